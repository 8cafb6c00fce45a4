//! A file another program holds (Word with the article open): the export tries it again for
//! a moment, then says so in one sentence and offers a free name beside it. The program runs
//! in a mount namespace of its own (`unshare --user --map-root-user --mount`, no root needed)
//! where the article's path is a mount point, which the system refuses to rename over
//! (EBUSY), as Windows refuses to replace a file Word has open: a real refusal, not a
//! stand-in.

use crate::common;
use crate::pty;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use pty::{CTRL_Q, Session};

/// Mounts `/dev/null` over `$HELD` (which must exist), then runs the program (`$0`, with its
/// arguments) with the file held.
const HOLD: &str = r#"mount --bind /dev/null "$HELD" && exec "$0" "$@""#;

/// The model story, copied into `dir`, and the article `export` writes for it by default.
fn story(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let draft = common::copy_example("success-story", dir);
    let text = std::fs::read_to_string(&draft).unwrap();
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let title = parsed["answers"]["title"].as_str().unwrap().to_string();
    let article = dir.join(povestitor::render::safe_file_name(&title, "docx"));
    (draft, article)
}

#[test]
fn export_over_a_file_held_by_another_program_names_it_and_a_name_beside_it() {
    pty::can_mount_in_a_namespace("mount --bind /dev/null /etc/hostname");
    let home = tempfile::tempdir().unwrap();
    let (draft, article) = story(home.path());
    std::fs::write(&article, "the article as Word has it open").unwrap();
    let out = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", HOLD])
        .arg(assert_cmd::cargo::cargo_bin!("povestitor"))
        .args(["--lang", "en", "export"])
        .arg(&draft)
        .args(["-l", "biblio-info", "-f", "docx", "--force", "-o"])
        .arg(&article)
        .env("HELD", &article)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .unwrap();
    let err = common::stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let beside = article.with_file_name(format!(
        "{} (2).docx",
        article.file_stem().unwrap().to_string_lossy()
    ));
    assert!(err.contains("is open in another program"), "{err}");
    assert!(
        err.contains(&format!("-o \"{}\"", beside.display())),
        "{err}"
    );
    // Nothing was written, nothing left behind.
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "the article as Word has it open"
    );
    let names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp") || n.contains("(2)"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn the_wizard_offers_to_write_beside_a_file_held_by_another_program() {
    pty::can_mount_in_a_namespace("mount --bind /dev/null /etc/hostname");
    let home = tempfile::tempdir().unwrap();
    let (draft, article) = story(home.path());
    std::fs::write(&article, "the article as Word has it open").unwrap();
    let article_env = article.to_str().unwrap().to_string();
    let wrapper = [
        "unshare",
        "--user",
        "--map-root-user",
        "--mount",
        "sh",
        "-c",
        HOLD,
    ];
    let args = ["--lang", "ro", "edit", draft.to_str().unwrap()];
    let mut s = Session::start_wrapped(home.path(), &wrapper, &args, &[("HELD", &article_env)]);
    s.wait_for("Pasul 1 din 8");
    // F5: the export screen, Word document and the suggested name; Enter, then Enter again
    // to replace the file that is there.
    s.send(b"\x1b[15~");
    s.wait_for("Export");
    s.send(b"\r");
    s.wait_for("există deja");
    s.send(b"\r");
    // Tried again for a moment, then said, the free name offered in the form.
    s.wait_for("este deschis în alt program");
    let beside = article.with_file_name(format!(
        "{} (2).docx",
        article.file_stem().unwrap().to_string_lossy()
    ));
    s.send(b"\r");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !beside.exists() {
        assert!(Instant::now() < deadline, "{}", s.screen());
        std::thread::yield_now();
    }
    s.wait_for("Articolul a fost scris");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    assert!(std::fs::read(&beside).unwrap().starts_with(b"PK"));
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "the article as Word has it open"
    );
}
