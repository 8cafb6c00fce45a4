//! The first-run welcome, end to end: the real binary in a pseudo-terminal with HOME and
//! the XDG folders fresh, started twice.

use crate::pty::{CTRL_Q, Session};

/// The home screen's menu is drawn (the welcome, when shown, covers it).
fn home_menu_shown(screen: &vt100::Screen) -> bool {
    screen.contents().contains("Începeți o poveste nouă")
}

#[test]
fn the_welcome_appears_on_the_first_start_and_not_on_the_second() {
    let home = tempfile::tempdir().unwrap();
    let drafts = home.path().join("Documents/Povestitor");

    let mut first = Session::start_first_time(home.path(), &["--lang", "ro"]);
    // Its last line: the whole welcome is on screen.
    let screen = first.wait_for("Apăsați orice tastă pentru a începe.");
    assert!(screen.contains("Bun venit la povestitor"), "{screen}");
    for words in [
        "Trei taste",
        "PgDn / PgUp",
        "F1",
        "Ctrl+Q",
        "Ciornele se păstrează în",
    ] {
        assert!(screen.contains(words), "{words:?} in:\n{screen}");
    }
    assert!(
        screen.contains(&drafts.display().to_string()),
        "the drafts folder is named:\n{screen}"
    );
    // Any key dismisses it, even one that means nothing on the home screen.
    first.send(b"x");
    let screen = first.wait_until("the home menu", home_menu_shown);
    assert!(!screen.contains("Bun venit la povestitor"), "{screen}");
    first.send(CTRL_Q);
    assert!(first.wait_exit());
    let settings = home.path().join("config/povestitor/settings.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(text.contains("welcomed = true"), "{text}");

    let mut second = Session::start_first_time(home.path(), &["--lang", "ro"]);
    let screen = second.wait_until("the home menu", home_menu_shown);
    assert!(!screen.contains("Bun venit la povestitor"), "{screen}");
    second.send(CTRL_Q);
    assert!(second.wait_exit());
}

#[test]
fn the_welcome_speaks_the_interface_language() {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start_first_time(home.path(), &["--lang", "ru"]);
    let screen = s.wait_for("Нажмите любую клавишу, чтобы начать.");
    assert!(screen.contains("Добро пожаловать в povestitor"), "{screen}");
    assert!(screen.contains("Черновики хранятся в папке"), "{screen}");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
}
