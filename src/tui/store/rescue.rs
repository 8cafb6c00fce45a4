//! When a save fails or was cut short: a copy of the story elsewhere, the words an
//! interrupted save left behind, and the test hook that fills the disk.

use std::path::Path;

use super::Store;
use crate::library;
use crate::story::{Draft, DraftError, load_draft, save_draft};
use crate::tui::app::{App, StatusKind};

impl Store {
    /// Writes the story, as it is in memory, into the copies folder under a new name: the
    /// way out when its own folder cannot be written. The draft keeps its own path; autosave
    /// goes on trying there.
    pub(super) fn save_copy(&mut self, app: &mut App) {
        let Some(session) = app.session.as_ref() else {
            return;
        };
        let stem = session
            .path
            .file_stem()
            .map_or_else(|| "poveste".into(), |s| s.to_string_lossy().into_owned());
        let folder = &self.places.copies;
        let written = std::fs::create_dir_all(folder)
            .map_err(|source| DraftError::Write {
                path: folder.display().to_string(),
                source,
            })
            .and_then(|()| {
                let path = (1..)
                    .map(|n| match n {
                        1 => folder.join(format!("{stem}-copie.toml")),
                        n => folder.join(format!("{stem}-copie-{n}.toml")),
                    })
                    .find(|p| !p.exists())
                    .unwrap_or_else(|| folder.join(format!("{stem}-copie.toml")));
                save_draft(&path, &session.draft).map(|()| path)
            });
        match written {
            Ok(path) => {
                let text = app.catalog.t_args(
                    "status-copy-saved",
                    &[("path", path.display().to_string().into())],
                );
                app.say(StatusKind::Done, text);
                // Said again with the next failed autosave, which takes the status line.
                self.last_copy = Some(path);
            }
            Err(e) => {
                let text = library::error_text(&e.into(), &app.catalog);
                app.say(StatusKind::Error, text);
            }
        }
    }

    /// Says so when an interrupted save left newer words beside the draft just opened.
    pub fn offer_leftover(&mut self, app: &mut App) {
        self.leftover = app
            .session
            .as_ref()
            .and_then(|session| crate::story::leftover(&session.path));
        if let Some(found) = &self.leftover {
            let when = std::fs::metadata(found)
                .and_then(|m| m.modified())
                .map(|t| {
                    chrono::DateTime::<chrono::Local>::from(t)
                        .format("%H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            let text = app
                .catalog
                .t_args("status-leftover", &[("time", when.into())]);
            app.say(StatusKind::Warn, text);
        }
    }

    /// Takes the leftover's words into the open story (they are saved by the next autosave).
    pub(super) fn recover(&mut self, app: &mut App) {
        let Some(found) = self.leftover.take() else {
            app.say(StatusKind::Info, app.t("status-no-leftover"));
            return;
        };
        let draft = match load_draft(&found) {
            Ok(draft) => draft,
            Err(e) => {
                let text = library::error_text(&e.into(), &app.catalog);
                return app.say(StatusKind::Warn, text);
            }
        };
        let Some(session) = app.session.as_mut() else {
            return;
        };
        let Ok(loaded) = app.library.get(&session.template_id) else {
            return;
        };
        // The file as it is on disk stays the one edited: only the answers come back.
        let document = std::mem::take(&mut session.draft.document);
        session.draft = draft;
        session.draft.document = document;
        if let Some(step) = loaded.template.steps.get(session.step) {
            session.editor = crate::tui::widgets::Editor::for_step(step, &session.draft);
        }
        session.edited(&loaded.template);
        // Every step may differ from the file's: the coach reads the whole draft.
        session.recheck(&loaded.template);
        app.changed = true;
        self.recovered = Some(found);
        app.say(StatusKind::Done, app.t("status-recovered"));
    }
}

/// Set to a file's path, saves of drafts fail as on a full disk while that file exists:
/// only for the end-to-end test that fills the disk and frees it again. Harmless otherwise.
const TEST_DISK_FULL_WHILE: &str = "POVESTITOR_TEST_DISK_FULL_WHILE";

pub(super) fn save_draft_or_test_fault(path: &Path, draft: &Draft) -> Result<(), DraftError> {
    if let Some(flag) = std::env::var_os(TEST_DISK_FULL_WHILE)
        && Path::new(&flag).exists()
    {
        return Err(DraftError::Write {
            path: path.display().to_string(),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        });
    }
    save_draft(path, draft)
}
