//! Console colours: the wizard draws in colour, and with none at all when NO_COLOR is set
//! (a screen reader, a console that shows escape codes as text). The real binary in a
//! pseudo-terminal; every cell of the home screen is looked at.
#![cfg(unix)]

use crate::pty::{CTRL_Q, Leader, Session};

/// Whether any cell on the screen has a colour of its own (text or background).
fn has_colour(screen: &vt100::Screen) -> bool {
    let (rows, cols) = screen.size();
    let (rows, cols) = (u16::from(rows), u16::from(cols));
    (0..rows).any(|row| {
        (0..cols).any(|col| {
            screen.cell(row, col).is_some_and(|cell| {
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
            })
        })
    })
}

/// The home screen's colours, with `env` added.
fn home_screen_coloured(env: &[(&str, &str)]) -> bool {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start_with(
        home.path(),
        &["--lang", "ro"],
        env,
        Leader::ControllingTerminal,
    );
    // The key hints are drawn last, on the bottom line: then the whole screen is there.
    let coloured = std::cell::Cell::new(false);
    s.wait_until("the whole home screen", |screen| {
        coloured.set(has_colour(screen));
        screen.contents().contains("Ctrl+Q")
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    coloured.get()
}

#[test]
fn colours_are_drawn_and_no_color_leaves_none() {
    assert!(home_screen_coloured(&[]), "the home screen has colours");
    assert!(
        !home_screen_coloured(&[("NO_COLOR", "1")]),
        "NO_COLOR leaves every cell without colour"
    );
}
