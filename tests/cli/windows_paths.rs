//! What Windows does differently, through the same code Linux runs: keys arriving twice
//! (Press, then Release), and photo paths written with `\` in a draft made on Windows.

use crate::common;
use crate::wizard::Wizard;
use povestitor::tui::msg::from_event;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
};

fn key(c: char, kind: KeyEventKind) -> Event {
    let modifiers = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    Event::Key(KeyEvent {
        code: KeyCode::Char(c),
        modifiers,
        kind,
        state: KeyEventState::NONE,
    })
}

#[test]
fn keys_arriving_as_press_and_release_type_each_letter_once() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("poveste.toml");
    let mut w = Wizard::new_story(folder.path(), &file);
    // Windows' console reports every key twice; a held key repeats.
    for c in "Bălți".chars() {
        for kind in [KeyEventKind::Press, KeyEventKind::Release] {
            if let Some(msg) = from_event(key(c, kind)) {
                w.msg(msg);
            }
        }
    }
    for kind in [
        KeyEventKind::Press,
        KeyEventKind::Repeat,
        KeyEventKind::Release,
    ] {
        if let Some(msg) = from_event(key('!', kind)) {
            w.msg(msg);
        }
    }
    assert_eq!(w.draft().answers.text("title"), "Bălți!!");
}

#[test]
fn a_photo_path_written_on_windows_is_found_on_linux() {
    let home = tempfile::tempdir().unwrap();
    let draft = common::copy_example("success-story", home.path());
    // The photo in a folder, named the Windows way in the draft.
    std::fs::create_dir(home.path().join("poze")).unwrap();
    std::fs::rename(
        home.path().join("bunicii-online.png"),
        home.path().join("poze/bunicii-online.png"),
    )
    .unwrap();
    let text = std::fs::read_to_string(&draft).unwrap().replace(
        "path = \"bunicii-online.png\"",
        "path = 'poze\\bunicii-online.png'",
    );
    assert!(text.contains("poze\\bunicii-online.png"));
    std::fs::write(&draft, text).unwrap();
    let out = home.path().join("articol/");
    let run = common::povestitor(home.path())
        .args([
            "--lang", "en", "export", "--layout", "blog", "--format", "html",
        ])
        .arg("-o")
        .arg(&out)
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", common::stderr_of(&run));
    // Copied beside the article under the same folder, and named with `/` in the HTML.
    assert!(
        home.path()
            .join("articol/poze/bunicii-online.png")
            .is_file()
    );
    let html = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .expect("an HTML file");
    assert!(html.contains("src=\"poze/bunicii-online.png\""), "{html}");
}
