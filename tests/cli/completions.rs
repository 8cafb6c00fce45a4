//! `povestitor completions SHELL` and `povestitor manpage`, made from the clap definitions:
//! the real binary's scripts load in their shell and name every command, and the manual page
//! is roff in the interface language.

use crate::common::{povestitor, stderr_of, stdout_of};

fn run(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path()).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

/// Commands a completion script and the manual page must know.
const COMMANDS: [&str; 8] = [
    "new",
    "edit",
    "export",
    "check",
    "templates",
    "workshop",
    "completions",
    "manpage",
];

#[test]
fn every_shell_gets_a_script_that_names_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = run(&["completions", shell]);
        for command in COMMANDS {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        assert!(script.contains("dictionaries"), "{shell}");
    }
}

#[test]
fn the_bash_script_loads_and_completes_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("povestitor.bash");
    std::fs::write(&script, run(&["completions", "bash"])).unwrap();
    // Ask the loaded completion what follows `povestitor ex`, as Tab would.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(
            "source \"$1\" && COMP_WORDS=(povestitor ex) COMP_CWORD=1 && \
             _povestitor povestitor ex povestitor && printf '%s\\n' \"${COMPREPLY[@]}\"",
        )
        .arg("bash")
        .arg(&script)
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim(), "export");
}

#[test]
fn the_manual_page_is_roff_in_the_interface_language() {
    let english = run(&["--lang", "en", "manpage"]);
    assert!(english.contains(".TH povestitor 1"), "{english}");
    assert!(english.contains(".SH NAME"));
    assert!(english.contains("Write a library success story step by step"));
    for command in COMMANDS {
        assert!(
            english.contains(&format!("povestitor\\-{command}(1)")),
            "{command}"
        );
    }
    let romanian = run(&["--lang", "ro", "manpage"]);
    assert!(
        romanian.contains("Scrieți pas cu pas povestea de succes a bibliotecii"),
        "{romanian}"
    );
}

#[test]
fn an_unknown_shell_is_one_sentence_that_lists_the_shells() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "completions", "cmd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("bash, elvish, fish, powershell, zsh") && err.lines().count() == 1,
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
