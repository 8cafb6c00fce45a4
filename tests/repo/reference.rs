//! `docs/reference.md` is made by code: the keys from the wizard's keymap
//! (`tui::keymap::keys_markdown`), the commands from the clap definitions
//! (`cli::commands_markdown`), both in English. This test makes the text again and fails when
//! the file differs, so a key or a command changed without the file fails here;
//! `UPDATE_REFERENCE=1 cargo test --test repo reference` writes the file afresh.

use std::path::Path;

use povestitor::i18n::{Catalog, Lang};

/// The whole reference: a header, the keys, the commands.
fn reference() -> String {
    let catalog = Catalog::new(Lang::En);
    format!(
        "# Reference: keys and commands\n\n\
         <!-- Made by tests/repo/reference.rs from src/tui/keymap/ and src/cli/args.rs: \
         do not edit by hand; run `UPDATE_REFERENCE=1 cargo test --test repo reference`. -->\n\n\
         Every key of the wizard and every command of `povestitor`, in English (the program \
         speaks Romanian, English or Russian: `--lang`). How to use them: the librarian's guide \
         ([docs/librarian/](librarian/)) and the trainer's guide ([docs/trainer.md](trainer.md)).\n\n\
         {}\n{}",
        povestitor::tui::keymap::keys_markdown(&catalog),
        povestitor::cli::commands_markdown(&catalog)
    )
}

#[test]
fn the_reference_is_made_from_the_keymap_and_the_commands() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/reference.md");
    let made = reference();
    if std::env::var_os("UPDATE_REFERENCE").is_some() {
        std::fs::write(&path, &made).unwrap();
    }
    let file = std::fs::read_to_string(&path).unwrap_or_default();
    if file != made {
        let first = file
            .lines()
            .zip(made.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| file.lines().count().min(made.lines().count()));
        panic!(
            "docs/reference.md differs from the keymap and the commands at line {}:\n  file: {:?}\n  made: {:?}\n\
             Run `UPDATE_REFERENCE=1 cargo test --test repo reference` and read the diff.",
            first + 1,
            file.lines().nth(first),
            made.lines().nth(first)
        );
    }
}

#[test]
fn the_reference_names_every_help_line_and_every_command() {
    let text = reference();
    let catalog = Catalog::new(Lang::En);
    for (_, lines) in povestitor::tui::keymap::help_sections() {
        for line in lines {
            assert!(text.contains(&catalog.t(line.id)), "{} missing", line.id);
        }
    }
    let cmd = povestitor::cli::localized_command(&catalog);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let heading = format!("### `povestitor {}`", sub.get_name());
        assert!(text.lines().any(|l| l == heading), "{heading} missing");
    }
}
