//! Reading the command line in the interface language: the language is decided before clap
//! runs (`--lang` anywhere, else the environment), clap's help speaks it (see `help`), and
//! clap's usage errors become one sentence in it that says where to look for help.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches, ValueEnum};

use super::Cli;
use super::help::localized_command;
use crate::i18n::{Arg as MsgArg, Catalog, Lang};

/// Why the command line did not give a [`Cli`] to run.
#[derive(Debug)]
pub enum ArgsError {
    /// Help or the version was asked for, or help is shown because a command was left
    /// incomplete: clap prints it (`--help` and `--version` to stdout, exit 0).
    Show(clap::Error),
    /// A mistake in the command line, in one sentence of the interface language (exit 2).
    Usage(String),
}

/// The language asked for with `--lang X` or `--lang=X`, before or after the command.
pub fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let mut tokens = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(token) = tokens.next() {
        let value = match token {
            Some("--") => return None,
            Some("--lang") => tokens.next().flatten(),
            Some(token) => token.strip_prefix("--lang="),
            None => None,
        };
        if let Some(value) = value {
            return Lang::from_str(value, false).ok();
        }
    }
    None
}

/// Parses `args` (the program's name first) with clap's words in the catalog's language.
pub fn parse(args: &[OsString], catalog: &Catalog) -> Result<Cli, ArgsError> {
    // A command line that parses needs none of the help's words, and wording the whole tree
    // costs more than the rest of a short command: the words are set only when help or a
    // mistake is shown. Parsing does not depend on them.
    match Cli::command().try_get_matches_from(args) {
        Ok(matches) => {
            if let Ok(cli) = Cli::from_arg_matches(&matches) {
                return Ok(cli);
            }
        }
        // `--version` prints the name and the number: no words to translate.
        Err(err) if err.kind() == ErrorKind::DisplayVersion => return Err(ArgsError::Show(err)),
        Err(_) => {}
    }
    let mut cmd = localized_command(catalog);
    let matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|err| args_error(err, &cmd, args, catalog))?;
    Cli::from_arg_matches(&matches).map_err(|err| args_error(err, &cmd, args, catalog))
}

fn args_error(err: clap::Error, cmd: &Command, args: &[OsString], catalog: &Catalog) -> ArgsError {
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => ArgsError::Show(err),
        _ => ArgsError::Usage(usage_error(&err, &help_hint(cmd, args), catalog)),
    }
}

/// `povestitor export --help`: where help is for the command the mistake was made in.
pub fn help_hint(cmd: &Command, args: &[OsString]) -> String {
    let mut words = vec![cmd.get_name().to_string()];
    words.extend(command_path(cmd, args));
    words.push("--help".to_string());
    words.join(" ")
}

/// The subcommands named in `args`, outermost first, skipping options and their values.
fn command_path(cmd: &Command, args: &[OsString]) -> Vec<String> {
    let mut path = Vec::new();
    let mut current = cmd;
    let mut tokens = args.iter().skip(1).filter_map(|arg| arg.to_str());
    while let Some(token) = tokens.next() {
        if token == "--" {
            break;
        } else if let Some(long) = token.strip_prefix("--") {
            let takes = current
                .get_arguments()
                .any(|arg| arg.get_long() == Some(long) && takes_value(arg));
            if takes {
                tokens.next();
            }
        } else if let Some(shorts) = token.strip_prefix('-').filter(|s| !s.is_empty()) {
            for (at, short) in shorts.char_indices() {
                let takes = current
                    .get_arguments()
                    .any(|arg| arg.get_short() == Some(short) && takes_value(arg));
                if takes {
                    // `-o FILE` takes the next word; `-oFILE` does not.
                    if at + short.len_utf8() == shorts.len() {
                        tokens.next();
                    }
                    break;
                }
            }
        } else if let Some(sub) = current.find_subcommand(token) {
            // `help` has no `--help` of its own: the hint stays with the command above it.
            if sub.get_name() == "help" {
                break;
            }
            path.push(sub.get_name().to_string());
            current = sub;
        }
    }
    path
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

/// One sentence for a clap error, naming the argument and ending with where help is.
pub fn usage_error(err: &clap::Error, help: &str, catalog: &Catalog) -> String {
    let first = |kind| strings(err, kind).into_iter().next();
    let help = || ("help", MsgArg::from(help));
    match err.kind() {
        ErrorKind::MissingRequiredArgument if first(ContextKind::InvalidArg).is_some() => {
            let missing = strings(err, ContextKind::InvalidArg);
            catalog.t_args(
                "cli-err-missing",
                &[
                    ("count", missing.len().into()),
                    ("args", listed(&missing, catalog).into()),
                    help(),
                ],
            )
        }
        ErrorKind::MissingSubcommand if first(ContextKind::ValidSubcommand).is_some() => catalog
            .t_args(
                "cli-err-no-command",
                &[
                    (
                        "command",
                        first(ContextKind::InvalidSubcommand)
                            .unwrap_or_default()
                            .into(),
                    ),
                    (
                        "valid",
                        strings(err, ContextKind::ValidSubcommand).join(", ").into(),
                    ),
                    help(),
                ],
            ),
        ErrorKind::InvalidValue if first(ContextKind::ValidValue).is_some() => catalog.t_args(
            "cli-err-value",
            &[
                (
                    "value",
                    first(ContextKind::InvalidValue).unwrap_or_default().into(),
                ),
                (
                    "arg",
                    first(ContextKind::InvalidArg).unwrap_or_default().into(),
                ),
                (
                    "valid",
                    strings(err, ContextKind::ValidValue).join(", ").into(),
                ),
                help(),
            ],
        ),
        ErrorKind::UnknownArgument if first(ContextKind::InvalidArg).is_some() => {
            let arg = (
                "arg",
                first(ContextKind::InvalidArg).unwrap_or_default().into(),
            );
            match first(ContextKind::SuggestedArg) {
                Some(suggestion) => catalog.t_args(
                    "cli-err-unknown-suggest",
                    &[arg, ("suggestion", suggestion.into()), help()],
                ),
                None => catalog.t_args("cli-err-unknown", &[arg, help()]),
            }
        }
        ErrorKind::InvalidSubcommand if first(ContextKind::InvalidSubcommand).is_some() => {
            let command = (
                "command",
                first(ContextKind::InvalidSubcommand)
                    .unwrap_or_default()
                    .into(),
            );
            match first(ContextKind::SuggestedSubcommand) {
                Some(suggestion) => catalog.t_args(
                    "cli-err-command-suggest",
                    &[command, ("suggestion", suggestion.into()), help()],
                ),
                None => catalog.t_args("cli-err-command", &[command, help()]),
            }
        }
        _ => {
            // clap's own sentence (English) is kept as the detail: better than nothing.
            let rendered = err.render().to_string();
            let line = rendered.lines().next().unwrap_or_default();
            let detail = line.strip_prefix("error: ").unwrap_or(line).to_string();
            catalog.t_args("cli-err-other", &[("detail", detail.into()), help()])
        }
    }
}

/// `a, b and c` in the catalog's language.
fn listed(items: &[String], catalog: &Catalog) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), catalog.t("cli-and")),
    }
}

/// A context value as plain strings (none when absent or of another shape).
fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(value)) => vec![value.clone()],
        Some(ContextValue::Strings(values)) => values.clone(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_before_or_after_the_command() {
        for (line, lang) in [
            ("povestitor --lang ru export x.toml", Some(Lang::Ru)),
            ("povestitor export x.toml --lang en", Some(Lang::En)),
            ("povestitor check --lang=ro x.toml", Some(Lang::Ro)),
            ("povestitor check x.toml", None),
            ("povestitor --lang xx", None),
            ("povestitor --lang", None),
            ("povestitor check -- --lang ru", None),
        ] {
            assert_eq!(lang_in_args(&args(line)), lang, "{line}");
        }
    }

    #[test]
    fn the_help_hint_names_the_command_the_mistake_is_in() {
        let cmd = localized_command(&Catalog::new(Lang::En));
        for (line, hint) in [
            ("povestitor", "povestitor --help"),
            ("povestitor exprot", "povestitor --help"),
            (
                "povestitor --lang ru export x.toml",
                "povestitor export --help",
            ),
            (
                "povestitor export -o check x.toml",
                "povestitor export --help",
            ),
            ("povestitor export -fmd check", "povestitor export --help"),
            (
                "povestitor --templates export check x",
                "povestitor check --help",
            ),
            (
                "povestitor templates show",
                "povestitor templates show --help",
            ),
            ("povestitor help export", "povestitor --help"),
        ] {
            assert_eq!(help_hint(&cmd, &args(line)), hint, "{line}");
        }
    }

    fn usage_error_of(line: &str, lang: Lang) -> String {
        match parse(&args(line), &Catalog::new(lang)) {
            Err(ArgsError::Usage(message)) => message,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn usage_mistakes_are_one_sentence_in_the_language() {
        assert_eq!(
            usage_error_of("povestitor publish x.toml --site a", Lang::Ro),
            "Comanda nu este completă: lipsește --user <NUME> \
             (vedeți povestitor publish --help)."
        );
        assert_eq!(
            usage_error_of("povestitor publish x.toml", Lang::En),
            "The command is incomplete: --site <ADDRESS> and --user <NAME> are missing \
             (see povestitor publish --help)."
        );
        assert_eq!(
            usage_error_of("povestitor export x.toml -l blog -f pdf", Lang::Ru),
            "«pdf» не подходит для --format <ФОРМАТ>; выберите одно из: md, html, txt, docx, wp \
             (см. povestitor export --help)."
        );
        assert!(usage_error_of("povestitor tidy x.toml --aply", Lang::Ro).contains("--apply"));
        assert!(usage_error_of("povestitor chek", Lang::En).contains("“check”"));
        assert_eq!(
            usage_error_of("povestitor templates --lang ru", Lang::Ru),
            "После «povestitor templates» нужна одна из команд: list, show, validate, new, help \
             (см. povestitor templates --help)."
        );
        let twice = usage_error_of("povestitor --lang ro --lang ro", Lang::Ro);
        assert!(
            twice.starts_with("Comanda nu a putut fi înțeleasă: "),
            "{twice}"
        );
    }

    #[test]
    fn help_and_version_are_shown_not_reported() {
        for line in ["povestitor --help", "povestitor export -h", "povestitor -V"] {
            match parse(&args(line), &Catalog::new(Lang::Ru)) {
                Err(ArgsError::Show(shown)) => assert_eq!(shown.exit_code(), 0, "{line}"),
                other => panic!("{line}: {other:?}"),
            }
        }
    }
}
