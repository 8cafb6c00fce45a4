//! clap's help pages in the interface language. The derive structs stay the one definition of
//! what exists (their English doc comments are what developers read); the words a librarian
//! reads come from the catalog's `cli-…` keys:
//! - `cli-about`, `cli-cmd-<command path>`: what a command does;
//! - `cli-arg-<command path>-<argument>` (global ones: `cli-arg-<argument>`): what an argument is;
//! - `cli-value-<argument>`: the placeholder for its value (`<CIORNĂ>`);
//! - `cli-value-<argument>-<value>`: what each possible value means.
//!
//! clap writes a few words of its own (headings, `[OPTIONS]`, `[default: …]`, the built-in
//! `-h`, `-V` and `help`); they are replaced here too.

use clap::builder::{Resettable, StyledStr};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::Catalog;

/// `Cli`'s command with every word of its help in the catalog's language, built and ready to
/// parse.
pub fn localized_command(catalog: &Catalog) -> Command {
    let mut cmd = Cli::command();
    // The subcommands are defined when they are built (`#[command(defer)]`: a command line
    // that parses builds only the command it names), so everything is built first. Building
    // also adds clap's own `-h`, `-V` and `help` (worded in `finish`) and copies the global
    // arguments into the subcommands (worded under their global keys).
    cmd.build();
    finish(localize(cmd, &[], catalog), catalog)
}

/// The catalog key of a command's description: `cli-about` for the program itself.
pub fn command_key(path: &[String]) -> String {
    if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-cmd-{}", path.join("-"))
    }
}

/// The catalog key of an argument's description (`path` is its command's).
pub fn arg_key(path: &[String], id: &str) -> String {
    if path.is_empty() {
        format!("cli-arg-{id}")
    } else {
        format!("cli-arg-{}-{id}", path.join("-"))
    }
}

/// Words set before building: descriptions, placeholders, defaults and possible values.
fn localize(cmd: Command, path: &[String], catalog: &Catalog) -> Command {
    let about = catalog.t(&command_key(path));
    let long_about = path
        .is_empty()
        .then(|| format!("{about}\n\n{}", catalog.t("cli-long-about")));
    cmd.about(about)
        .long_about(optional(long_about))
        .mut_args(|arg| match arg.get_action() {
            // clap's own flags: worded in `finish`.
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version => {
                arg
            }
            _ => {
                let key = if arg.is_global_set() {
                    arg_key(&[], arg.get_id().as_str())
                } else {
                    arg_key(path, arg.get_id().as_str())
                };
                localize_arg(arg, &key, catalog)
            }
        })
        .mut_subcommands(|sub| {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_string());
            localize(sub, &sub_path, catalog)
        })
}

fn localize_arg(arg: Arg, key: &str, catalog: &Catalog) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut help = catalog.t(key);
    if !arg.get_action().takes_values() {
        // A flag: nothing to name, and its true/false are not worth listing.
        return arg.help(help).long_help(optional(None));
    }
    let mut arg = arg.value_name(catalog.t(&format!("cli-value-{id}")));
    let mut long = None;
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help = format!(
            "{help} [{}: {}]",
            catalog.t("cli-default"),
            defaults.join(" ")
        );
        arg = arg.hide_default_value(true);
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|value| !value.is_hide_set())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
        let mut list = format!("{help}\n\n{}:", catalog.t("cli-values-heading"));
        // Aligned as clap aligns them: `- md:   Markdown…`.
        let width = 1 + names
            .iter()
            .map(|name| name.chars().count())
            .max()
            .unwrap_or(0);
        for name in &names {
            let meaning = catalog.t(&format!("cli-value-{id}-{name}"));
            let label = format!("{name}:");
            list.push_str(&format!("\n- {label:width$} {meaning}"));
        }
        long = Some(list);
        help = format!("{help} [{}: {}]", catalog.t("cli-values"), names.join(", "));
        arg = arg.hide_possible_values(true);
    }
    arg.help(help).long_help(optional(long))
}

/// Some text, or clap's "none" (`Option<String>` is not one of clap's own conversions).
fn optional(text: Option<String>) -> Resettable<StyledStr> {
    text.map_or(Resettable::Reset, |text| Resettable::Value(text.into()))
}

/// Words set after building: clap's own flags and `help` command, headings and usage lines.
fn finish(cmd: Command, catalog: &Catalog) -> Command {
    let mut cmd = cmd
        .mut_args(|arg| match arg.get_action() {
            ArgAction::Help => {
                let has_long = arg.get_long_help().is_some();
                let arg = arg.help(catalog.t(if has_long {
                    "cli-help-flag-short"
                } else {
                    "cli-help-flag"
                }));
                arg.long_help(optional(has_long.then(|| catalog.t("cli-help-flag-long"))))
            }
            ArgAction::Version => arg.help(catalog.t("cli-version-flag")),
            _ => arg,
        })
        .mut_subcommands(|sub| {
            let sub = if sub.get_name() == "help" {
                sub.about(catalog.t("cli-help-command"))
            } else {
                sub
            };
            finish(sub, catalog)
        })
        // After building, for the `help` command and its copies of the tree too.
        .subcommand_value_name(catalog.t("cli-command-value"));
    let template = template(&cmd, catalog);
    cmd = cmd.help_template(template);
    match usage(&mut cmd, catalog) {
        Some(usage) => cmd.override_usage(usage),
        None => cmd,
    }
}

/// clap's default page, with the headings in the catalog's language.
fn template(cmd: &Command, catalog: &Catalog) -> String {
    let styles = cmd.get_styles();
    let heading = |key: &str| {
        let style = styles.get_header();
        format!(
            "{}{}:{}",
            style.render(),
            catalog.t(key),
            style.render_reset()
        )
    };
    let usage_style = styles.get_usage();
    let mut page = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}",
        usage_style.render(),
        catalog.t("cli-usage-heading"),
        usage_style.render_reset()
    );
    let visible = |positional: bool| {
        cmd.get_arguments()
            .any(|arg| arg.is_positional() == positional && !arg.is_hide_set())
    };
    if cmd.get_subcommands().any(|sub| !sub.is_hide_set()) {
        page.push_str(&format!(
            "\n\n{}\n{{subcommands}}",
            heading("cli-commands-heading")
        ));
    }
    if visible(true) {
        page.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            heading("cli-arguments-heading")
        ));
    }
    if visible(false) {
        page.push_str(&format!(
            "\n\n{}\n{{options}}",
            heading("cli-options-heading")
        ));
    }
    page.push_str("{after-help}");
    page
}

/// clap's usage line with `[OPTIONS]` in the catalog's language; `None` if clap's rendering
/// is not the one this was written for (clap's own line is then kept).
fn usage(cmd: &mut Command, catalog: &Catalog) -> Option<String> {
    let style = cmd.get_styles().get_usage();
    let title = format!("{}Usage:{} ", style.render(), style.render_reset());
    let rendered = cmd.render_usage().ansi().to_string();
    let line = rendered.strip_prefix(&title)?;
    Some(line.replace("[OPTIONS]", &format!("[{}]", catalog.t("cli-options-tag"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every key `localize` looks up for `cmd` at `path`, with the English clap has from the
    /// doc comments (where there is one).
    fn keys(cmd: &Command, path: &[String], out: &mut Vec<(String, Option<String>)>) {
        out.push((command_key(path), cmd.get_about().map(ToString::to_string)));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            out.push((arg_key(path, id), arg.get_help().map(ToString::to_string)));
            if arg.get_action().takes_values() {
                out.push((format!("cli-value-{id}"), None));
                for value in arg.get_possible_values() {
                    let key = format!("cli-value-{id}-{}", value.get_name());
                    out.push((key, value.get_help().map(ToString::to_string)));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_string());
            keys(sub, &sub_path, out);
        }
    }

    fn all_keys() -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        keys(&Cli::command(), &[], &mut out);
        out
    }

    #[test]
    fn every_command_and_argument_has_words_in_every_language() {
        let wanted = all_keys();
        assert!(wanted.len() > 30, "{wanted:?}");
        for lang in Lang::ALL {
            let catalog = Catalog::new(lang);
            for (key, _) in &wanted {
                assert_ne!(&catalog.t(key), key, "{} lacks {key}", lang.code());
            }
        }
    }

    #[test]
    fn the_english_catalog_says_what_the_doc_comments_say() {
        let en = Catalog::new(Lang::En);
        for (key, english) in all_keys() {
            if let Some(english) = english {
                assert_eq!(en.t(&key), english, "{key}");
            }
        }
        let long = Cli::command().get_long_about().map(ToString::to_string);
        let ours = format!("{}\n\n{}", en.t("cli-about"), en.t("cli-long-about"));
        assert_eq!(long.as_deref(), Some(ours.as_str()));
    }

    /// Every help page of `cmd` and its subcommands, short and long.
    fn pages(cmd: &mut Command, out: &mut Vec<String>) {
        out.push(cmd.render_help().to_string());
        out.push(cmd.render_long_help().to_string());
        for sub in cmd.get_subcommands_mut() {
            pages(sub, out);
        }
    }

    #[test]
    fn romanian_and_russian_pages_keep_no_english_from_clap() {
        for lang in [Lang::Ro, Lang::Ru] {
            let mut out = Vec::new();
            pages(&mut localized_command(&Catalog::new(lang)), &mut out);
            assert!(out.len() > 20);
            for page in &out {
                for english in [
                    "Usage",
                    "Options",
                    "OPTIONS",
                    "Commands",
                    "COMMAND",
                    "Arguments",
                    "Print",
                    "ossible values",
                    "default",
                    "DRAFT",
                    "LAYOUT",
                    "FILE",
                ] {
                    assert!(!page.contains(english), "{english:?} in:\n{page}");
                }
            }
        }
    }

    #[test]
    fn defaults_and_choices_are_worded_in_the_language() {
        let mut cmd = localized_command(&Catalog::new(Lang::Ro));
        let new = cmd
            .find_subcommand_mut("new")
            .map(|new| new.render_help().to_string());
        assert!(
            new.unwrap_or_default()
                .contains("[implicit: success-story]")
        );
        let export = cmd
            .find_subcommand_mut("export")
            .map(|e| e.render_long_help().to_string());
        let export = export.unwrap_or_default();
        assert!(export.contains("Valori posibile:"), "{export}");
        assert!(
            export.contains("- docx: Document Word pentru revistă"),
            "{export}"
        );
    }
}
