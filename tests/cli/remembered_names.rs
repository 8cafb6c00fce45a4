//! The names a new story is signed with, end to end through the real binary: the wizard in
//! a pseudo-terminal (`demo`, `review`, a story of her own), the plain mode and the command
//! line with piped input, HOME and the XDG folders in a temporary folder. A librarian's
//! next story carries the name she typed in her own story, or none: never the model
//! story's author's, never a participant's.

use std::path::{Path, PathBuf};

use crate::common::{self, povestitor};
use crate::pty::{self, CTRL_Q, PAGE_DOWN, Session};

const F4: &[u8] = b"\x1bOS";
const TAB: &[u8] = b"\t";
const ENTER: &[u8] = b"\r";
const CTRL_T: &[u8] = b"\x14";

const ANA: (&str, &str) = ("Ana Rusu", "Biblioteca Publică Cahul");
const NOBODY: (&str, &str) = ("", "");

/// The author and library of the draft at `path`.
fn names(path: &Path) -> (String, String) {
    let draft = pty::draft(path);
    let meta = draft["meta"].as_table().expect("a [meta] table");
    let name = |key| meta[key].as_str().unwrap_or_default().to_string();
    (name("author"), name("institution"))
}

fn owned((author, institution): (&str, &str)) -> (String, String) {
    (author.to_string(), institution.to_string())
}

/// The wizard on `args`, left with Ctrl+Q once `shown` is on screen, after `keys`.
fn wizard(home: &Path, args: &[&str], shown: &str, keys: impl FnOnce(&mut Session)) {
    let mut args = args.to_vec();
    args.extend(["--lang", "ro"]);
    let mut s = Session::start(home, &args);
    s.wait_for(shown);
    keys(&mut s);
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "Ctrl+Q exits with success");
}

/// The names of a new story made by each front end: the wizard (`new FILE` in a
/// terminal), the plain mode (`new --plain FILE`), the command line (`new FILE` with no
/// terminal, which writes the draft and ends). Each is removed afterwards.
fn next_stories(home: &Path) -> [(String, String); 3] {
    let file = |name: &str| home.join(name);
    let in_wizard = file("in-wizard.toml");
    wizard(home, &["new", arg(&in_wizard)], "Pasul 1 din 8", |_| {});
    let plain = file("plain.toml");
    let out = povestitor(home)
        .args(["new", "--plain", arg(&plain)])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    let cli = file("cli.toml");
    let out = povestitor(home).args(["new", arg(&cli)]).output().unwrap();
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    [in_wizard, plain, cli].map(|path| {
        let names = names(&path);
        std::fs::remove_file(&path).unwrap();
        names
    })
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A participant's draft, signed with her name, brought to the trainer's computer.
fn participant_s_draft(home: &Path) -> PathBuf {
    let file = home.join("participanta.toml");
    std::fs::write(
        &file,
        "schema_version = 1\ntemplate = \"success-story\"\n\n[meta]\n\
         author = \"Maria Ciobanu\"\ninstitution = \"Biblioteca din Soroca\"\n\
         date = \"2026-11-20\"\n\n[answers]\ntitle = \"Clubul de șah al bibliotecii\"\n",
    )
    .unwrap();
    file
}

/// `povestitor demo`: the model story read, its details looked at; then `povestitor review`
/// of a participant's draft: a comment added (saved at once), the details looked at.
fn demo_then_review(home: &Path) {
    wizard(home, &["demo"], "Bunicii online", |s| {
        s.send(PAGE_DOWN);
        s.wait_for("Pasul 2 din 8");
        s.send(F4);
        s.wait_for("Valentina Popescu");
    });
    let participant = participant_s_draft(home);
    let args = ["review", arg(&participant), "--reviewer", "Ion Rusu"];
    wizard(home, &args, "Clubul de șah", |s| {
        s.send(CTRL_T);
        s.send("Titlul e bun.".as_bytes());
        s.wait_for("Titlul e bun.");
        s.send(ENTER);
        s.wait_for("Comentariul este salvat");
        s.send(F4);
        s.wait_for("Maria Ciobanu");
    });
    let saved = std::fs::read_to_string(&participant).unwrap();
    assert!(
        saved.contains("Titlul e bun."),
        "the review saved:\n{saved}"
    );
    assert!(saved.contains("Maria Ciobanu"), "{saved}");
}

#[test]
fn after_demo_and_review_a_new_story_is_unsigned_when_she_never_typed_her_name() {
    let home = tempfile::tempdir().unwrap();
    demo_then_review(home.path());
    let nobody = owned(NOBODY);
    assert_eq!(next_stories(home.path()), [(); 3].map(|()| nobody.clone()));
    let settings = home.path().join("config/povestitor/settings.toml");
    let settings = std::fs::read_to_string(settings).unwrap();
    assert!(!settings.contains("Valentina"), "{settings}");
    assert!(!settings.contains("Maria"), "{settings}");
}

#[test]
fn after_demo_and_review_a_new_story_carries_the_name_she_typed_in_her_own() {
    let home = tempfile::tempdir().unwrap();
    // Her own story in the wizard: her name and library typed in its details (F4).
    let own = home.path().join("a-mea.toml");
    wizard(home.path(), &["new", arg(&own)], "Pasul 1 din 8", |s| {
        s.send(F4);
        s.wait_for("Autorul");
        s.send(ANA.0.as_bytes());
        s.send(TAB);
        s.send(ANA.1.as_bytes());
        s.wait_for(ANA.1);
    });
    assert_eq!(names(&own), owned(ANA));
    let ana = owned(ANA);
    // The wizard and the plain mode start her next story with them; the command line
    // starts it with the configured names only, and none are configured here.
    let expected = [ana.clone(), ana.clone(), owned(NOBODY)];
    assert_eq!(next_stories(home.path()), expected);
    demo_then_review(home.path());
    assert_eq!(next_stories(home.path()), expected);
}
