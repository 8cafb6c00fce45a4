//! The commands part of `docs/reference.md`: every command and its arguments, from the clap
//! definitions (`args.rs`) worded as `--help` words them in the catalog's language
//! (`help::localized_command`). tests/repo/reference.rs compares it with the file, so a
//! command or option added, renamed or reworded without the file made again fails there.

use clap::{Arg, ArgAction, Command};

use super::help::localized_command;
use crate::i18n::Catalog;

/// Every command as Markdown: a `##` heading, then a `###` section per command, in the
/// order `--help` lists them, subcommands after their parent.
pub fn commands_markdown(catalog: &Catalog) -> String {
    let root = localized_command(catalog);
    let mut out = String::from(
        "## Commands\n\nEvery command, as `povestitor COMMAND --help` describes it. The options \
         `--lang` and `--templates` (under `povestitor`) work with every command, before or after \
         its name.\n",
    );
    command(&root, &[], catalog, &mut out);
    out
}

fn command(cmd: &Command, path: &[&str], catalog: &Catalog, out: &mut String) {
    let name = std::iter::once("povestitor")
        .chain(path.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    out.push_str(&format!("\n### `{name}`\n\n"));
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        out.push_str(&format!("{}\n\n", about.to_string().trim()));
    }
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, line)| line);
    out.push_str(&format!("```\n{}\n```\n", usage.trim()));
    let args: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|arg| shown(arg, path.is_empty()))
        .collect();
    if !args.is_empty() {
        out.push('\n');
    }
    for arg in args {
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        out.push_str(&format!("- `{}`: {}\n", spelling(arg), help.trim()));
        if arg.get_action().takes_values() {
            for value in arg.get_possible_values() {
                if value.is_hide_set() {
                    continue;
                }
                let key = format!("cli-value-{}-{}", arg.get_id(), value.get_name());
                out.push_str(&format!(
                    "  - `{}`: {}\n",
                    value.get_name(),
                    catalog.t(&key)
                ));
            }
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name());
        command(sub, &sub_path, catalog, out);
    }
}

/// Whether the reference lists `arg` under its command: not clap's own `-h`/`-V`, not a
/// hidden one, and the global ones only under `povestitor` itself.
fn shown(arg: &Arg, top: bool) -> bool {
    let own = matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
    );
    !own && !arg.is_hide_set() && (top || !arg.is_global_set())
}

/// How a user types it: `<DRAFT>`, `[FILE]`, `-t, --template <TEMPLATE>`, `--force`.
fn spelling(arg: &Arg) -> String {
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.to_string())
        .unwrap_or_else(|| arg.get_id().to_string().to_uppercase());
    if arg.is_positional() {
        return if arg.is_required_set() {
            format!("<{value}>")
        } else {
            format!("[{value}]")
        };
    }
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(format!("-{short}"));
    }
    if let Some(long) = arg.get_long() {
        names.push(format!("--{long}"));
    }
    let mut text = names.join(", ");
    if arg.get_action().takes_values() {
        text.push_str(&format!(" <{value}>"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_command_and_option_is_in_the_reference() {
        let text = commands_markdown(&Catalog::new(Lang::En));
        for heading in [
            "### `povestitor`",
            "### `povestitor export`",
            "### `povestitor workshop compile`",
            "### `povestitor templates new`",
        ] {
            assert!(text.lines().any(|l| l == heading), "{heading} in:\n{text}");
        }
        assert!(!text.contains("### `povestitor help`"), "{text}");
        for option in [
            "`--subtitle <",
            "`-o, --output <",
            "`--update-live`",
            "`--lang <",
        ] {
            assert!(text.contains(option), "{option} in:\n{text}");
        }
        // The global options are told once, under the program itself.
        assert_eq!(text.matches("`--lang <").count(), 1, "{text}");
    }
}
