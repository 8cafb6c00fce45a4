//! `povestitor tidy`: the real binary on a draft in a temporary folder.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const EXAMPLE: &str = include_str!("../../story-templates/success-story/example.toml");

/// The model story typed the way editors reject: cedillas, straight quotes, spaces before
/// punctuation, double spaces, three dots and a spaced hyphen; plus keys tidy must keep.
fn untidy_draft() -> String {
    let replacements = [
        (
            "title = \"„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții\"",
            "title = '\"Bunicii online\" : cum au învăţat vârstnicii din Bălţi să-şi sune nepoţii'",
        ),
        (
            "Se simțeau singuri și „rămași în urmă”, cum",
            "Se simţeau  singuri şi \"rămaşi în urmă\" , cum",
        ),
        ("Până în martie nu știam", "Până în martie ... nu ştiam"),
        (
            "author = \"Valentina Popescu\"",
            "author = \"Valentina  Popescu\"",
        ),
        (
            "path = \"bunicii-online.png\"",
            "path = \"poze/şcoala - 1.png\"\nmood = \"vesel  ...\"",
        ),
        ("credit = \"Ion Rusu\"", "credit = \"Ion Rusu - Bălţi\""),
        (
            "template = \"success-story\"",
            "template = \"success-story\"\nreviewer_note = \"de văzut ... mîine  , ş\"",
        ),
    ];
    let mut draft = EXAMPLE.to_string();
    for (from, to) in replacements {
        assert!(draft.contains(from), "the example no longer has: {from}");
        draft = draft.replace(from, to);
    }
    draft
}

fn povestitor(config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("povestitor").unwrap();
    // No templates from the machine's own config folder.
    cmd.env("XDG_CONFIG_HOME", config).env("HOME", config);
    cmd
}

fn setup(draft: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("poveste.toml");
    std::fs::write(&path, draft).unwrap();
    (dir, path)
}

#[test]
fn without_apply_it_shows_the_changes_and_saves_nothing() {
    let (dir, path) = setup(&untidy_draft());
    povestitor(dir.path())
        .args(["--lang", "en", "tidy"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("texts in"))
        .stdout(predicate::str::contains("“Titlul”"))
        .stdout(predicate::str::contains(
            "  - \"Bunicii online\" : cum au învăţat vârstnicii din Bălţi să-şi sune nepoţii",
        ))
        .stdout(predicate::str::contains(
            "  + „Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții",
        ))
        .stdout(predicate::str::contains(
            "Se simțeau singuri și „rămași în urmă”, cum",
        ))
        .stdout(predicate::str::contains("“Citate”, no. 1, the text"))
        .stdout(predicate::str::contains("  + Valentina Popescu"))
        .stdout(predicate::str::contains("Run again with --apply"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), untidy_draft());
}

#[test]
fn only_changed_lines_of_a_long_answer_are_shown() {
    let (dir, path) = setup(&untidy_draft());
    let output = povestitor(dir.path())
        .args(["--lang", "en", "tidy"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    // The problem answer has two paragraphs; only the second one changes.
    assert!(!stdout.contains("În cartierul Dacia"), "{stdout}");
    assert!(stdout.contains("Un sondaj făcut la bibliotecă"), "{stdout}");
}

#[test]
fn with_apply_it_saves_the_fixes_and_keeps_everything_else() {
    let (dir, path) = setup(&untidy_draft());
    povestitor(dir.path())
        .args(["--lang", "en", "tidy", "--apply"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("The changes were saved in"));
    let saved = std::fs::read_to_string(&path).unwrap();
    let draft: toml::Table = toml::from_str(&saved).unwrap();
    let answers = draft["answers"].as_table().unwrap();
    assert_eq!(
        answers["title"].as_str().unwrap(),
        "„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții"
    );
    assert!(
        answers["problem"]
            .as_str()
            .unwrap()
            .contains("Se simțeau singuri și „rămași în urmă”, cum")
    );
    let quote = answers["quotes"].as_array().unwrap()[0].as_table().unwrap();
    assert!(
        quote["text"]
            .as_str()
            .unwrap()
            .contains("Până în martie… nu știam")
    );
    let photo = answers["photos"].as_array().unwrap()[0].as_table().unwrap();
    assert_eq!(photo["credit"].as_str().unwrap(), "Ion Rusu – Bălți");
    // A file name is the name of a file on disk; unknown fields are not the program's to fix.
    assert_eq!(photo["path"].as_str().unwrap(), "poze/şcoala - 1.png");
    assert_eq!(photo["mood"].as_str().unwrap(), "vesel  ...");
    assert_eq!(
        draft["reviewer_note"].as_str().unwrap(),
        "de văzut ... mîine  , ş"
    );
    let meta = draft["meta"].as_table().unwrap();
    assert_eq!(meta["author"].as_str().unwrap(), "Valentina Popescu");
    assert_eq!(meta["date"].as_str().unwrap(), "2026-11-25");

    // Tidying a tidy draft finds nothing, and leaves the file as it is.
    povestitor(dir.path())
        .args(["--lang", "en", "tidy", "--apply"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("already right"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
}

#[test]
fn the_model_story_needs_nothing() {
    let (dir, path) = setup(EXAMPLE);
    povestitor(dir.path())
        .args(["--lang", "ro", "tidy"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("este deja corectă"));
}

#[test]
fn messages_follow_the_interface_language() {
    let (dir, path) = setup(&untidy_draft());
    povestitor(dir.path())
        .args(["--lang", "ru", "tidy"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("«Titlul»"))
        .stdout(predicate::str::contains("Запустите ещё раз с --apply"));
    povestitor(dir.path())
        .args(["--lang", "ro", "tidy"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("„Titlul”"))
        .stdout(predicate::str::contains("Rulați din nou cu --apply"));
}

#[test]
fn a_missing_draft_is_an_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    povestitor(dir.path())
        .args(["--lang", "en", "tidy"])
        .arg(dir.path().join("nu-exista.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nu-exista.toml"));
}
