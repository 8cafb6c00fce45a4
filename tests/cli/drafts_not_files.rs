//! Drafts that are not files come from other people too (a zip of a workshop folder, a
//! link left by a script): a pipe named `*.toml`, a link to `/dev/zero`, a file of hundreds
//! of MB. Every command that reads a draft, the workshop tools and the wizard's home screen
//! refuse them at once in one sentence, without waiting on them or reading them whole.

#![cfg(unix)]

use std::path::Path;
use std::time::Duration;

use crate::common::{copy_example, povestitor, stderr_of};
use crate::pty;

/// Long enough for a slow machine, far shorter than a pipe that waits forever.
const DEADLINE: Duration = Duration::from_secs(20);

fn fifo(path: &Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
        0,
    )
    .unwrap();
}

/// Runs a command that must end by itself; returns its exit code and what it said.
fn run(home: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = povestitor(home)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .timeout(DEADLINE)
        .write_stdin("")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr_of(&out),
    )
}

#[test]
fn a_pipe_a_device_and_a_huge_file_are_refused_in_one_sentence() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let pipe = dir.join("pipe.toml");
    fifo(&pipe);
    let zero = dir.join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let huge = dir.join("huge.toml");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap(); // sparse: nothing written
    for (draft, says) in [
        (&pipe, "is not a file a story can be in"),
        (&zero, "is not a file a story can be in"),
        (&huge, "is larger than 20 MB"),
    ] {
        let d = draft.to_str().unwrap();
        let out_file = dir.join("out.md");
        for args in [
            vec!["check", d],
            vec!["tidy", d],
            vec!["tidy", "--apply", d],
            vec![
                "export",
                d,
                "--format",
                "md",
                "--layout",
                "blog",
                "-o",
                out_file.to_str().unwrap(),
            ],
            vec!["edit", "--plain", d],
        ] {
            let (code, _, err) = run(dir, &args);
            assert_eq!(code, Some(2), "{args:?}: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        }
        assert!(!out_file.exists());
    }
    assert_eq!(std::fs::metadata(&huge).unwrap().len(), 300 * 1024 * 1024);
}

#[test]
fn the_workshop_tools_name_a_pipe_and_go_on_with_the_real_drafts() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("atelier");
    std::fs::create_dir_all(&folder).unwrap();
    copy_example("success-story", &folder);
    fifo(&folder.join("pipe.toml"));
    let f = folder.to_str().unwrap();
    let (code, out, err) = run(home.path(), &["workshop", "status", f]);
    assert!(matches!(code, Some(0 | 1)), "{err}");
    assert!(out.contains("example.toml"), "{out}");
    assert!(out.contains("pipe.toml"), "{out}");
    // The reason is wrapped to the table's 80 columns.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("is not a file a story can be in"), "{out}");

    let book = home.path().join("book.md");
    let (code, _, err) = run(
        home.path(),
        &[
            "workshop",
            "compile",
            f,
            "--layout",
            "blog",
            "--format",
            "md",
            "-o",
            book.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("pipe.toml"), "{err}");
    assert!(book.is_file());
}

#[test]
fn the_home_screen_opens_beside_a_pipe_in_the_drafts_folder() {
    let home = tempfile::tempdir().unwrap();
    let drafts = home.path().join("data/povestitor");
    std::fs::create_dir_all(&drafts).unwrap();
    copy_example("success-story", &drafts);
    fifo(&drafts.join("pipe.toml"));
    std::os::unix::fs::symlink("/dev/zero", drafts.join("zero.toml")).unwrap();
    let mut s = pty::Session::start(home.path(), &["--lang", "en"]);
    s.wait_for("Start a new story");
    s.send(pty::CTRL_Q);
    assert!(s.wait_exit());
}

/// A read-only draft stays as it is, and a link is neither written through nor replaced by a
/// file: `tidy --apply` says so in one sentence and changes nothing.
#[test]
fn a_read_only_draft_and_a_linked_draft_are_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let example = copy_example("success-story", dir);
    // Something for tidy to fix: straight quotes.
    let text = std::fs::read_to_string(&example).unwrap().replacen(
        "„Bunicii online”",
        "\\\"Bunicii online\\\"",
        1,
    );
    std::fs::write(&example, &text).unwrap();

    let read_only = dir.join("doar-citire.toml");
    std::fs::write(&read_only, &text).unwrap();
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, err) = run(dir, &["tidy", "--apply", read_only.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is read-only"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(std::fs::read_to_string(&read_only).unwrap(), text);
    let mode = std::fs::metadata(&read_only).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);

    let link = dir.join("legatura.toml");
    std::os::unix::fs::symlink(&example, &link).unwrap();
    let (code, _, err) = run(dir, &["tidy", "--apply", link.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is a link to"), "{err}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&example).unwrap(), text);

    // Looking is always possible, through the link too.
    let (code, _, err) = run(dir, &["tidy", link.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
}
