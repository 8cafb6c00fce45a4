//! The photo effects: listing the image files for the picker, and bringing the chosen,
//! typed or pasted photo beside the draft (`service::take_photo`) into the photo's file.

use std::path::Path;

use super::Store;
use crate::service::{self, PhotoFile};
use crate::tui::app::{App, PhotoPicker, StatusKind};
use crate::tui::widgets::Editor;

/// Enter after a typed path: a file not recorded as it is gets taken; a name that is
/// no file, or a path already relative to the draft, stays as typed.
pub fn take_typed(app: &mut App, row: usize, typed: &str) {
    let Some(draft) = app.session.as_ref().map(|s| s.path.clone()) else {
        return;
    };
    let cleaned = service::clean_typed_path(typed);
    let file = service::resolve_photo(&draft, &cleaned);
    let recorded = cleaned == typed.trim() && Path::new(&cleaned).is_relative();
    if !cleaned.is_empty() && file.is_file() && !recorded {
        take(app, row, &file);
    }
}

/// Enter on the empty file field: the picker opens on the image files of the draft's
/// folder and the user's photo folders.
pub fn list(store: &Store, app: &mut App, row: usize) {
    let Some(draft) = app.session.as_ref().map(|s| s.path.clone()) else {
        return;
    };
    let mut folders = vec![service::draft_folder(&draft).to_path_buf()];
    folders.extend(store.places.photo_folders.iter().cloned());
    let files: Vec<PhotoFile> = service::list_photos(&folders);
    if let Some(session) = app.session.as_mut() {
        session.picker = Some(PhotoPicker::new(row, folders, files));
    }
}

/// Pasted into the file field: a path to a file is taken, other text pasted as it is.
pub fn paste(app: &mut App, row: usize, text: &str) {
    let Some(draft) = app.session.as_ref().map(|s| s.path.clone()) else {
        return;
    };
    let cleaned = service::clean_typed_path(text);
    let file = service::resolve_photo(&draft, &cleaned);
    if !cleaned.is_empty() && file.is_file() {
        return take(app, row, &file);
    }
    edit_file_field(app, row, |field| field.paste(text));
}

/// Copies `file` beside the draft when it is elsewhere, and records its path.
pub fn take(app: &mut App, row: usize, file: &Path) {
    let Some(draft) = app.session.as_ref().map(|s| s.path.clone()) else {
        return;
    };
    match service::take_photo(&draft, file) {
        Ok(path) => {
            edit_file_field(app, row, |field| {
                let chars = field.text().chars().count();
                field.replace_chars(0, chars, &path)
            });
            let text = app.catalog.t_args("photo-taken", &[("path", path.into())]);
            app.say(StatusKind::Done, text);
        }
        Err(err) => {
            let text = app
                .catalog
                .t_args("photo-take-failed", &[("error", err.to_string().into())]);
            app.say(StatusKind::Warn, text);
        }
    }
}

/// Edits photo `row`'s file field as typing would (it can be undone), then writes the
/// photos into the draft.
fn edit_file_field(
    app: &mut App,
    row: usize,
    edit: impl FnOnce(&mut crate::tui::widgets::Field) -> crate::tui::widgets::Outcome,
) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let Ok(loaded) = app.templates.get(&session.template_id) else {
        return;
    };
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let Editor::Items(list) = &mut session.editor else {
        return;
    };
    let Some(field) = list.field_mut(row, "path") else {
        return;
    };
    edit(field);
    session.editor.store(step, &mut session.draft);
    session.edited(&loaded.template);
    app.changed = true;
}
