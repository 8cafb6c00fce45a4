//! The photo effects: listing the image files for the picker, and bringing the chosen,
//! typed or pasted photo beside the draft (`service::take_photo`); what came of it goes to
//! `update` as a `Done`, which writes the photo's file field.

use std::path::Path;

use super::Store;
use crate::service::{self, PhotoFile};
use crate::tui::app::{App, Done, StatusKind};

/// Enter after a typed path: a file not recorded as it is gets taken; a name that is
/// no file, or a path already relative to the draft, stays as typed.
pub fn take_typed(app: &App, row: usize, typed: &str) -> Option<Done> {
    let draft = &app.session.as_ref()?.path;
    let cleaned = service::clean_typed_path(typed);
    let file = service::resolve_photo(draft, &cleaned);
    let recorded = cleaned == typed.trim() && Path::new(&cleaned).is_relative();
    (!cleaned.is_empty() && file.is_file() && !recorded).then(|| take(app, row, &file))
}

/// Enter on the empty file field: the picker opens on the image files of the draft's
/// folder and the user's photo folders.
pub fn list(store: &Store, app: &App, row: usize) -> Option<Done> {
    let draft = &app.session.as_ref()?.path;
    let mut folders = vec![service::draft_folder(draft).to_path_buf()];
    folders.extend(store.places.photo_folders.iter().cloned());
    let files: Vec<PhotoFile> = service::list_photos(&folders);
    Some(Done::PickerOpened {
        row,
        folders,
        files,
    })
}

/// Pasted into the file field: a path to a file is taken, other text pasted as it is.
pub fn paste(app: &App, row: usize, text: &str) -> Done {
    if let Some(session) = app.session.as_ref() {
        let cleaned = service::clean_typed_path(text);
        let file = service::resolve_photo(&session.path, &cleaned);
        if !cleaned.is_empty() && file.is_file() {
            return take(app, row, &file);
        }
    }
    Done::PastedInField {
        row,
        text: text.to_string(),
    }
}

/// Copies `file` beside the draft when it is elsewhere: its path, for the photo's field.
pub fn take(app: &App, row: usize, file: &Path) -> Done {
    let Some(session) = app.session.as_ref() else {
        return Done::Said(StatusKind::Warn, app.t("export-no-story"));
    };
    match service::take_photo(&session.path, file) {
        Ok(path) => Done::PhotoTaken {
            row,
            said: app
                .catalog
                .t_args("photo-taken", &[("path", path.clone().into())]),
            path,
        },
        Err(err) => Done::Said(
            StatusKind::Warn,
            app.catalog
                .t_args("photo-take-failed", &[("error", err.to_string().into())]),
        ),
    }
}
