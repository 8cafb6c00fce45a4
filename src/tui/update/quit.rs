//! Quitting: at once when the story is saved; through the store when it has unsaved
//! changes (saved first); and the question asked when that save fails, since the words are
//! then only on the screen.

use crate::tui::app::{App, Effect};
use crate::tui::keymap::{Action, Scope, action};
use crate::tui::msg::Key;

/// Ctrl+Q (and Esc on the home screen).
pub(super) fn quit(app: &mut App) {
    if app.session.as_ref().is_some_and(|s| s.dirty) {
        // The store saves, then quits; or, when the save fails, asks (`App::quitting`).
        app.effects.push(Effect::Quit);
    } else {
        app.quit = true;
    }
}

/// The question is open: Ctrl+Q again quits (the way out writes a rescue copy when the
/// story still cannot be saved), Ctrl+K makes a copy now and goes back to the story, Esc
/// goes back. Every other key is left alone, so no typing is lost behind the window.
pub(super) fn question_key(app: &mut App, key: Key) {
    if action(Scope::Always, key) == Some(Action::Quit) {
        app.quitting = None;
        app.quit = true;
    } else if action(Scope::Story, key) == Some(Action::SaveCopy) {
        app.quitting = None;
        app.effects.push(Effect::SaveCopy);
    // The question is a window over the screen, closed as the help window is.
    } else if action(Scope::Help, key) == Some(Action::Back) {
        app.quitting = None;
    }
}
