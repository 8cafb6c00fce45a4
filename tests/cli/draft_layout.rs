//! Drafts keep what a person wrote by hand (comments, blank lines, order, unknown keys)
//! through the wizard's autosaves and `tidy --apply`, and each save keeps the previous
//! version as `FILE.bak`.

use std::path::{Path, PathBuf};

use crate::common;
use povestitor::story::{Draft, Item, load_draft, parse_draft, save_draft};

const EXAMPLE: &str = include_str!("../../story-templates/success-story/example.toml");

/// What a librarian adds in Notepad: a comment, a blank line, a key the program does not know.
const COMMENT: &str = "# De întrebat-o pe Elena dacă putem pune și numele școlii.";
const UNKNOWN: &str = "reviewer_note = \"de văzut luni\"";

/// The model story edited by hand, with some untidy text for `tidy` to fix.
fn hand_written() -> String {
    let replacements = [
        ("[answers]\n", &*format!("[answers]\n{COMMENT}\n")),
        (
            "template = \"success-story\"\n",
            &*format!("template = \"success-story\"\n{UNKNOWN}\n"),
        ),
        ("\n[[answers.quotes]]", "\n\n\n[[answers.quotes]]"),
        (
            "author = \"Valentina Popescu\"",
            "author = \"Valentina  Popescu\"   # cu diacritice!",
        ),
    ];
    let mut text = EXAMPLE.to_string();
    for (from, to) in replacements {
        assert!(text.contains(from), "the example no longer has: {from}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// Everything written by hand is still there, as written.
fn assert_hand_writing_kept(text: &str) {
    for kept in [
        COMMENT,
        UNKNOWN,
        "\n\n\n[[answers.quotes]]",
        "   # cu diacritice!",
        "# Povestea-model a șablonului „success-story”",
    ] {
        assert!(text.contains(kept), "{kept:?} lost in:\n{text}");
    }
}

fn setup(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("poveste.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn bak(path: &Path) -> PathBuf {
    path.with_file_name("poveste.toml.bak")
}

#[test]
fn hand_writing_survives_ten_autosaves_and_the_backup_is_the_save_before() {
    let (_dir, path) = setup(&hand_written());
    // The wizard loads the draft once and saves it as the librarian types.
    let mut draft = load_draft(&path).unwrap();
    let mut previous = std::fs::read_to_string(&path).unwrap();
    for round in 1..=10 {
        let lead = format!(
            "{}\nRândul {round} scris în asistent.",
            draft.answers.text("lead")
        );
        draft.answers.set_text("lead", lead);
        draft
            .answers
            .set_text("title", format!("Titlul nr. {round}"));
        let mut quotes = draft.answers.items("quotes");
        quotes.push(Item::default().with("text", &format!("Citatul {round}")));
        draft.answers.set_items("quotes", quotes);
        draft.meta.institution = format!("Filiala {round}");
        save_draft(&path, &draft).unwrap();

        let saved = std::fs::read_to_string(&path).unwrap();
        assert_hand_writing_kept(&saved);
        assert_eq!(std::fs::read_to_string(bak(&path)).unwrap(), previous);
        assert_eq!(load_draft(&path).unwrap(), draft, "round {round}:\n{saved}");
        previous = saved;
    }
    let saved = std::fs::read_to_string(&path).unwrap();
    // Text with several lines stays readable, and the order of the file is kept.
    assert!(saved.contains("lead = \"\"\"\n"), "{saved}");
    assert!(
        saved.contains("Rândul 10 scris în asistent.\"\"\""),
        "{saved}"
    );
    let order = [
        "template =",
        UNKNOWN,
        "[meta]",
        "[answers]",
        COMMENT,
        "title =",
    ];
    let at: Vec<usize> = order.iter().map(|k| saved.find(k).unwrap()).collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "order changed:\n{saved}"
    );
    assert_eq!(draft.answers.items("quotes").len(), 12);
}

#[test]
fn saving_an_unchanged_draft_writes_the_file_as_it_was() {
    let (_dir, path) = setup(&hand_written());
    let draft = load_draft(&path).unwrap();
    save_draft(&path, &draft).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand_written());
}

#[test]
fn tidy_apply_keeps_hand_writing_and_the_previous_version() {
    let (dir, path) = setup(&hand_written());
    common::povestitor(dir.path())
        .args(["--lang", "en", "tidy", "--apply"])
        .arg(&path)
        .assert()
        .success();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_hand_writing_kept(&saved);
    assert!(
        saved.contains("author = \"Valentina Popescu\"   # cu diacritice!"),
        "{saved}"
    );
    assert_eq!(std::fs::read_to_string(bak(&path)).unwrap(), hand_written());
    // Only the author changed: every other line is as it was written.
    let before = hand_written();
    let changed: Vec<_> = saved
        .lines()
        .zip(before.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(saved.lines().count(), before.lines().count());
}

/// The model stories and the golden drafts: read, saved, read again, the same draft; and
/// saved unchanged, the same bytes.
#[test]
fn every_model_story_and_golden_draft_round_trips() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in ["story-templates", "tests/golden"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let entry = entry.unwrap().path();
            for name in ["example.toml", "draft.toml"] {
                if entry.join(name).is_file() {
                    files.push(entry.join(name));
                }
            }
        }
    }
    assert!(files.len() >= 5, "{files:?}");
    let dir = tempfile::tempdir().unwrap();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let draft = parse_draft(&text, &file.display().to_string()).unwrap();
        let path = dir.path().join("copie.toml");
        save_draft(&path, &draft).unwrap();
        let saved = std::fs::read_to_string(&path).unwrap();
        // A draft written before the format had a version gets one, and nothing else.
        let versioned = saved.replacen("schema_version = 1\n", "", 1);
        let expected = if text.contains("schema_version") {
            &saved
        } else {
            &versioned
        };
        assert_eq!(*expected, text, "{} changed on save", file.display());
        let mut changed = draft.clone();
        changed
            .answers
            .set_text("title", "Alt titlu\npe două rânduri".into());
        save_draft(&path, &changed).unwrap();
        assert_eq!(load_draft(&path).unwrap(), changed, "{}", file.display());
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn a_draft_made_by_the_program_is_written_afresh() {
    let template = povestitor::service::Templates::builtin()
        .unwrap()
        .get("success-story")
        .unwrap()
        .template
        .clone();
    let draft = Draft::new(&template);
    assert!(!draft.document.is_kept());
    let (_dir, path) = setup("");
    std::fs::remove_file(&path).unwrap();
    save_draft(&path, &draft).unwrap();
    assert!(!bak(&path).exists(), "a new draft has no previous version");
    let again = load_draft(&path).unwrap();
    assert_eq!(again, draft);
    assert!(again.document.is_kept());
}

/// A trainer's comments written by hand (with a remark of the trainer's own and a key this
/// version does not know) stay as written when the wizard adds one and marks one resolved.
#[test]
fn a_comment_added_to_a_hand_written_draft_keeps_the_other_comments() {
    use povestitor::story::Comment;
    let text = format!(
        "{}\n# Observațiile formatoarei, scrise de mînă.\n[[comments.problem]]\n\
         reviewer = \"Elena Cojocaru\"\ndate = 2026-11-20\n\
         text = \"Câți vîrstnici au venit?\"  # de verificat\nresolved = false\n\
         priority = \"mare\"\n",
        hand_written()
    );
    let (_dir, path) = setup(&text);
    let mut draft = load_draft(&path).unwrap();
    assert_eq!(draft.comments("problem").len(), 1);
    draft.add_comment(
        "problem",
        Comment::new("Ion Rusu", "2026-11-25", "Un citat ar ajuta."),
    );
    draft.add_comment(
        "title",
        Comment::new("Ion Rusu", "2026-11-25", "Bun titlu."),
    );
    assert!(draft.set_resolved("problem", 0, true));
    save_draft(&path, &draft).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_hand_writing_kept(&saved);
    for kept in [
        "# Observațiile formatoarei, scrise de mînă.",
        "text = \"Câți vîrstnici au venit?\"  # de verificat",
        "date = 2026-11-20",
        "priority = \"mare\"",
    ] {
        assert!(saved.contains(kept), "{kept:?} lost in:\n{saved}");
    }
    let again = load_draft(&path).unwrap();
    assert_eq!(again, draft);
    let problem = again.comments("problem");
    assert_eq!(problem.len(), 2);
    assert!(problem[0].resolved);
    assert_eq!(
        problem[1],
        Comment::new("Ion Rusu", "2026-11-25", "Un citat ar ajuta.")
    );
    assert_eq!(again.comments("title")[0].text, "Bun titlu.");
}
