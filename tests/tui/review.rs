//! Review mode driven by key messages, its effects carried out in a temporary folder: a
//! trainer's comment on step 3 reaches the draft on disk, the answers stay as written, and
//! the librarian's wizard marks the comment resolved.

use std::path::Path;

use crate::wizard::Wizard;

use povestitor::story::{Comment, load_draft};
use povestitor::tui::app::{Screen, StatusKind};
use povestitor::tui::msg::{Code, Key, Msg};

impl Wizard {
    fn status(&self) -> (StatusKind, String) {
        let status = self.app.status.as_ref().expect("a status");
        (status.kind, status.text.clone())
    }
}

/// A librarian's draft with an answer on step 3.
fn librarian_draft(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("poveste.toml");
    let mut w = Wizard::new(dir);
    let loaded = w.app.templates.get("success-story").expect("template");
    let (path, draft) = w.store.create(loaded, Some(&file)).expect("create");
    w.app.open(path, draft).expect("open");
    w.keys(&[Key::alt(Code::Char('3'))]);
    w.typed("Vârstnicii stăteau singuri.");
    w.keys(&[Key::ctrl(Code::Char('s'))]);
    w.store.unlock();
    file
}

const CTRL_T: Key = Key::ctrl(Code::Char('t'));
const CTRL_G: Key = Key::ctrl(Code::Char('g'));
const ENTER: Key = Key::plain(Code::Enter);

#[test]
fn a_trainer_s_comment_on_step_3_is_saved_and_the_librarian_resolves_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = librarian_draft(dir.path());

    let mut w = Wizard::open(dir.path(), &file, Some("Ion Rusu"));
    w.keys(&[Key::alt(Code::Char('3'))]);
    // The answers are read-only: typing and pasting change nothing, and say how to comment.
    w.typed("x");
    w.keys(&[Key::plain(Code::Backspace)]);
    w.msg(Msg::Paste("lipit".into()));
    let (kind, text) = w.status();
    assert_eq!(kind, StatusKind::Info);
    assert!(text.contains("Ctrl+T"), "{text}");
    // Esc leaves a comment unwritten.
    w.keys(&[CTRL_T]);
    w.typed("nu");
    w.keys(&[Key::plain(Code::Esc)]);
    w.keys(&[CTRL_T]);
    w.typed("Câți vârstnici ");
    w.msg(Msg::Paste("au venit?".into()));
    w.keys(&[ENTER]);
    assert_eq!(w.status().0, StatusKind::Done);
    assert_eq!(w.app.screen, Screen::Step);
    let saved = load_draft(&file).unwrap();
    assert_eq!(
        saved.answers.text("problem"),
        "Vârstnicii stăteau singuri.",
        "the answer is as the librarian wrote it"
    );
    assert_eq!(
        saved.comments("problem"),
        [Comment::new(
            "Ion Rusu",
            "2026-11-25",
            "Câți vârstnici au venit?"
        )]
    );
    let on_disk = std::fs::read_to_string(&file).unwrap();
    assert!(on_disk.contains("[[comments.problem]]"), "{on_disk}");
    // Without --reviewer the next review signs with the name given last time.
    drop(w);
    let mut again = Wizard::new(dir.path());
    assert_eq!(again.store.reviewer(None, "Formator"), "Ion Rusu");

    // The librarian's wizard: the comment is beside step 3; Ctrl+G marks it resolved.
    let mut w = Wizard::open(dir.path(), &file, None);
    w.keys(&[Key::alt(Code::Char('3'))]);
    w.typed(" Acum vin.");
    w.keys(&[CTRL_G]);
    let saved = load_draft(&file).unwrap();
    assert!(saved.comments("problem")[0].resolved, "resolved is saved");
    assert_eq!(
        saved.answers.text("problem"),
        "Vârstnicii stăteau singuri. Acum vin.",
        "the librarian writes as usual"
    );
    // Once more: open again.
    w.keys(&[CTRL_G]);
    assert!(!load_draft(&file).unwrap().comments("problem")[0].resolved);
    // Ctrl+T writes nothing outside review mode.
    w.keys(&[CTRL_T]);
    w.typed("y");
    assert!(w.app.session.as_ref().unwrap().comments.writing.is_none());
}

#[test]
fn an_empty_comment_is_not_added_and_without_a_name_the_catalog_s_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let file = librarian_draft(dir.path());
    let mut w = Wizard::new(dir.path());
    assert_eq!(w.store.reviewer(None, "Formator"), "Formator");
    assert_eq!(w.store.reviewer(Some("  "), "Formator"), "Formator");
    drop(w);
    let mut w = Wizard::open(dir.path(), &file, Some("Formator"));
    w.keys(&[CTRL_T]);
    w.typed("   ");
    w.keys(&[ENTER]);
    assert!(load_draft(&file).unwrap().comments("title").is_empty());
    w.keys(&[CTRL_T]);
    w.typed("Titlul e bun.");
    w.keys(&[Key::ctrl(Code::Char('s'))]);
    let saved = load_draft(&file).unwrap();
    assert_eq!(saved.comments("title")[0].reviewer, "Formator");
}
