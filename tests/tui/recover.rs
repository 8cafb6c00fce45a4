//! Words an interrupted save left beside a draft are offered when the draft opens, taken
//! into the story with one key, and saved; the leftover file then goes.

use crate::wizard::Wizard;
use povestitor::story::load_draft;
use povestitor::tui::app::{Effect, StatusKind};
use povestitor::tui::msg::{Code, Key};

#[test]
fn a_leftover_save_is_offered_taken_with_ctrl_o_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("poveste.toml");
    let old =
        "schema_version = 1\ntemplate = \"success-story\"\n\n[answers]\ntitle = \"Titlul vechi\"\n";
    std::fs::write(&draft, old).unwrap();
    let minute_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&draft)
        .unwrap()
        .set_modified(minute_ago)
        .unwrap();
    // What a save cut short by a crash leaves: newer words in a temporary file.
    let leftover = dir.path().join(".poveste.toml.tmp-a1b2c3");
    std::fs::write(
        &leftover,
        old.replace("Titlul vechi", "Titlul scris chiar înainte de pană"),
    )
    .unwrap();

    let mut w = Wizard::new(dir.path());
    w.app.effects.push(Effect::Open(draft.clone()));
    w.apply();
    let status = w
        .app
        .status
        .clone()
        .expect("the offer is on the status line");
    assert_eq!(status.kind, StatusKind::Warn);
    assert!(status.text.contains("Ctrl+O"), "{}", status.text);
    assert_eq!(
        load_draft(&draft).unwrap().title(),
        "Titlul vechi",
        "nothing taken yet"
    );

    w.keys(&[Key::ctrl(Code::Char('o'))]);
    let session = w.app.session.as_ref().unwrap();
    assert_eq!(session.draft.title(), "Titlul scris chiar înainte de pană");
    assert!(session.dirty, "saved by the next autosave");
    assert!(leftover.exists(), "kept until the words are saved");

    assert!(povestitor::tui::run::save(&mut w.app, &mut w.store));
    assert_eq!(
        load_draft(&draft).unwrap().title(),
        "Titlul scris chiar înainte de pană"
    );
    assert!(!leftover.exists(), "gone once saved");
}

#[test]
fn without_a_leftover_nothing_is_offered_and_ctrl_o_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("poveste.toml");
    std::fs::write(
        &draft,
        "template = \"success-story\"\n[answers]\ntitle = \"Titlu\"\n",
    )
    .unwrap();
    // An older temporary file is not newer words.
    let old_tmp = dir.path().join(".poveste.toml.tmp-000000");
    std::fs::write(&old_tmp, "template = \"success-story\"\n").unwrap();
    let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old_tmp)
        .unwrap()
        .set_modified(earlier)
        .unwrap();
    let mut w = Wizard::new(dir.path());
    w.app.effects.push(Effect::Open(draft));
    w.apply();
    assert!(w.app.status.is_none(), "{:?}", w.app.status);
    w.keys(&[Key::ctrl(Code::Char('o'))]);
    assert_eq!(w.app.status.as_ref().unwrap().kind, StatusKind::Info);
    assert_eq!(w.app.session.as_ref().unwrap().draft.title(), "Titlu");
}
