//! Every command that prints, with its output going to a pipe whose reader has gone away
//! (`povestitor check DRAFT | head -n 1` once `head` has its line): the command ends
//! quietly, without a panic message, and changes nothing it would not have changed anyway.
//! The reader is closed before the command starts, so each write meets the closed pipe.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{self, copy_example};

/// Runs `povestitor ARGS` with standard output a pipe nobody reads; returns the exit code
/// and what it said on standard error.
fn into_closed_pipe(home: &Path, args: &[&str], input: &str) -> (Option<i32>, String) {
    let (reader, writer) = rustix::pipe::pipe().unwrap();
    drop(reader);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("povestitor"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("LANG", "ro_RO.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_printing_command_ends_quietly_when_its_reader_has_gone() {
    let home = tempfile::tempdir().unwrap();
    let workshop = home.path().join("atelier");
    std::fs::create_dir(&workshop).unwrap();
    let draft = copy_example("success-story", &workshop);
    let draft = draft.to_str().unwrap();
    let folder = workshop.to_str().unwrap();
    let plain = home.path().join("plain.toml");
    let plain = plain.to_str().unwrap();
    let template = common::template_dir("success-story");
    let template = template.to_str().unwrap();

    let commands: &[&[&str]] = &[
        &["check", draft],
        &["check", draft, "--format", "json"],
        &["workshop", "status", folder],
        &["workshop", "status", folder, "--format", "csv"],
        &["workshop", "status", folder, "--format", "json"],
        &["tidy", draft],
        &["templates", "list"],
        &["templates", "show", "success-story"],
        &["templates", "validate", template],
        &["export", draft, "--format", "md"],
        &["export", draft, "--format", "html"],
        &["worksheet", "success-story", "--format", "md"],
        &["config", "path"],
        &["config", "show"],
        &["doctor"],
        &["completions", "bash"],
        &["manpage"],
        &["--help"],
        &["--version"],
        &["workshop", "--help"],
        &["new", "--plain", plain],
    ];
    for args in commands {
        let (code, err) = into_closed_pipe(home.path(), args, "Titlu\n");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.contains("Broken pipe"), "{args:?}: {err}");
        assert!(!err.contains("RUST_BACKTRACE"), "{args:?}: {err}");
        assert!(
            matches!(code, Some(0..=2)),
            "{args:?} ended with {code:?}: {err}"
        );
    }
}
