//! Keys and pastes for a photo's file: Enter on an empty one opens the picker, Enter
//! after a typed path takes that file (and moves on, as Enter always did), the picker's
//! keys, and a path pasted into the field. What touches the disk is queued as effects for
//! the store.

use crate::template::StepKind;
use crate::tui::app::{App, Effect, Focus, Screen};
use crate::tui::keymap::{Action, Scope, action};
use crate::tui::msg::{Code, Key};
use crate::tui::widgets::Editor;

/// The photo row whose file field has the cursor, with the field's text.
fn file_field(app: &App) -> Option<(usize, String)> {
    let session = app.session.as_ref()?;
    if app.screen != Screen::Step || session.focus != Focus::Editor {
        return None;
    }
    if app.current_step()?.kind != StepKind::Photos {
        return None;
    }
    let Editor::Items(list) = &session.editor else {
        return None;
    };
    let (row, slot) = list.focus();
    if list.field_names().get(slot) != Some(&"path") {
        return None;
    }
    let text = list.field_text(row, "path")?;
    Some((row, text))
}

/// Enter on a photo's file field: an empty one opens the picker (the key is used up);
/// a typed path is queued to be taken, and the key goes on to the item list, which moves
/// to the caption. Whether the key was used up.
pub fn file_key(app: &mut App, key: Key) -> bool {
    if action(Scope::PhotoFile, key) != Some(Action::ChoosePhoto) {
        return false;
    }
    let Some((row, typed)) = file_field(app) else {
        return false;
    };
    if typed.trim().is_empty() {
        app.effects.push(Effect::ListPhotos { row });
        return true;
    }
    app.effects.push(Effect::TakeTyped { row, typed });
    false
}

/// Text pasted into a photo's file field goes to the store, which takes a file's path.
pub fn paste_into_file(app: &mut App, text: &str) -> bool {
    let Some((row, _)) = file_field(app) else {
        return false;
    };
    let text = text.to_string();
    app.effects.push(Effect::PastePhoto { row, text });
    true
}

/// Whether the photo picker is open (it then has every key but the global ones).
pub fn picker_open(app: &App) -> bool {
    app.screen == Screen::Step && app.session.as_ref().is_some_and(|s| s.picker.is_some())
}

pub fn picker_key(app: &mut App, key: Key) {
    let Some(picker) = app.session.as_mut().and_then(|s| s.picker.as_mut()) else {
        return;
    };
    match action(Scope::Picker, key) {
        Some(Action::Previous) => picker.move_by(-1),
        Some(Action::Next) => picker.move_by(1),
        Some(Action::PageUp) => picker.move_by(-10),
        Some(Action::PageDown) => picker.move_by(10),
        Some(Action::Open) => {
            let Some(file) = picker.highlighted().map(|f| f.path.clone()) else {
                return;
            };
            let row = picker.row;
            close(app);
            app.effects.push(Effect::TakePhoto { row, file });
        }
        Some(Action::Back) => close(app),
        _ => match key.code {
            Code::Char(c) if !key.ctrl && !key.alt => {
                let filter = format!("{}{c}", picker.filter);
                picker.set_filter(filter);
            }
            Code::Backspace => {
                let mut filter = picker.filter.clone();
                filter.pop();
                picker.set_filter(filter);
            }
            _ => {}
        },
    }
}

/// Pasted text narrows the picker's list, as typing does.
pub fn picker_paste(app: &mut App, text: &str) {
    if let Some(picker) = app.session.as_mut().and_then(|s| s.picker.as_mut()) {
        let filter = format!("{}{}", picker.filter, text.trim());
        picker.set_filter(filter);
    }
}

fn close(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        session.picker = None;
    }
}
