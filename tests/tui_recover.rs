//! Words an interrupted save left beside a draft are offered when the draft opens, taken
//! into the story with one key, and saved; the leftover file then goes.

use std::path::Path;

use povestitor::i18n::{Catalog, Lang};
use povestitor::library::Library;
use povestitor::story::load_draft;
use povestitor::tui::app::{Effect, StatusKind};
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::{App, Places, Store};

fn wizard(folder: &Path) -> (App, Store) {
    let library = Library::builtin().unwrap();
    let app = App::new(
        Catalog::new(Lang::Ro),
        library,
        Theme { color: false },
        (80, 24),
    );
    (app, Store::new(Places::under(folder), "2026-11-25".into()))
}

fn apply(app: &mut App, store: &mut Store) {
    for effect in std::mem::take(&mut app.effects) {
        store.apply(app, effect);
    }
}

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

    let (mut app, mut store) = wizard(dir.path());
    app.effects.push(Effect::Open(draft.clone()));
    apply(&mut app, &mut store);
    let status = app.status.clone().expect("the offer is on the status line");
    assert_eq!(status.kind, StatusKind::Warn);
    assert!(status.text.contains("Ctrl+O"), "{}", status.text);
    assert_eq!(
        load_draft(&draft).unwrap().title(),
        "Titlul vechi",
        "nothing taken yet"
    );

    update(&mut app, Msg::Key(Key::ctrl(Code::Char('o'))));
    apply(&mut app, &mut store);
    let session = app.session.as_ref().unwrap();
    assert_eq!(session.draft.title(), "Titlul scris chiar înainte de pană");
    assert!(session.dirty, "saved by the next autosave");
    assert!(leftover.exists(), "kept until the words are saved");

    assert!(store.save(&mut app));
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
    let (mut app, mut store) = wizard(dir.path());
    app.effects.push(Effect::Open(draft));
    apply(&mut app, &mut store);
    assert!(app.status.is_none(), "{:?}", app.status);
    update(&mut app, Msg::Key(Key::ctrl(Code::Char('o'))));
    apply(&mut app, &mut store);
    assert_eq!(app.status.as_ref().unwrap().kind, StatusKind::Info);
    assert_eq!(app.session.as_ref().unwrap().draft.title(), "Titlu");
}
