//! The export screen's copy key (Ctrl+B, from the keymap): the chosen layout's article goes
//! to the system's clipboard and the status line says so; where no clipboard can be reached
//! (no graphical session, as in these tests on a server) the status line says that, names
//! the way out, and the wizard writes nothing to the terminal of its own.

use povestitor::tui::app::{Screen, StatusKind};
use povestitor::tui::msg::{Code, Key};

use crate::wizard::Wizard;

fn graphical() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
}

#[test]
fn ctrl_b_on_the_export_screen_copies_the_chosen_layout_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("c.toml"));
    w.typed("Bunicii online");
    w.keys(&[Key::plain(Code::F(5))]);
    assert_eq!(w.app.screen, Screen::Export);
    w.keys(&[Key::ctrl(Code::Char('b'))]);
    let status = w.app.status.clone().expect("the copy says what it did");
    assert_eq!(w.app.screen, Screen::Export, "the form stays open");
    if graphical() {
        assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
        assert!(
            status
                .text
                .starts_with("Articolul este copiat: lipiți-l cu Ctrl+V"),
            "{}",
            status.text
        );
    } else {
        assert_eq!(status.kind, StatusKind::Warn, "{}", status.text);
        assert_eq!(
            status.text,
            "Clipboardul sistemului nu se poate folosi aici (nu există o sesiune grafică): exportați articolul (Enter) și copiați-l din fișier."
        );
    }
    // Nothing was written beside the draft: no article file to copy from.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            ![".txt", ".html", ".docx", ".md"]
                .iter()
                .any(|ext| name.ends_with(ext)),
            "{name}"
        );
    }
}

/// The article is rendered off the loop (a trainer's layout may run to its time budget): the
/// key returns at once with the render under way, and its outcome comes back as a message.
#[test]
fn the_copy_is_rendered_off_the_loop() {
    use povestitor::tui::msg::Msg;
    use povestitor::tui::update::{take_effects, update};
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("c.toml"));
    w.typed("Bunicii online");
    w.keys(&[Key::plain(Code::F(5))]);
    w.app.status = None;
    update(&mut w.app, Msg::Key(Key::ctrl(Code::Char('b'))));
    for effect in take_effects(&mut w.app) {
        povestitor::tui::run::carry_out(&mut w.app, &mut w.store, effect);
    }
    assert!(w.store.rendering(), "the copy is under way off the loop");
    assert!(w.app.status.is_none(), "{:?}", w.app.status);
    w.apply();
    assert!(
        w.arrived.iter().any(|m| matches!(m, Msg::Copied(_))),
        "{:?}",
        w.arrived
    );
    assert!(w.app.status.is_some(), "the outcome is said");
}
