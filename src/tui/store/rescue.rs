//! When a save fails or was cut short: a copy of the story elsewhere, the rescue copy
//! written on the way out when the story cannot be saved, the words an interrupted save
//! left behind.

use std::path::{Path, PathBuf};

use super::Store;
use crate::service;
use crate::story::{Draft, DraftError, load_draft, save_draft};
use crate::tui::app::{App, StatusKind};

/// What became of the words on the way out, when the story's own file could not take them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rescue {
    /// Every word is in this copy.
    Copied(PathBuf),
    /// No copy could be written anywhere: why, in the interface language, and the draft's
    /// text, to be printed once the terminal is given back (the last place left).
    Failed { why: String, text: String },
}

impl Store {
    /// Writes the story, as it is in memory, into the copies folder under a new name: the
    /// way out when its own folder cannot be written. The draft keeps its own path; autosave
    /// goes on trying there.
    pub(super) fn save_copy(&mut self, app: &mut App) {
        let Some(session) = app.session.as_ref() else {
            return;
        };
        match write_copy(&session.path, &session.draft, &self.places.copies) {
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
                let text = service::error_text(&e.into(), &app.catalog);
                app.say(StatusKind::Error, text);
            }
        }
    }

    /// The save on every way out (quit, signal, closed window, fault): the story is saved;
    /// when it cannot be and its file does not hold every word, a rescue copy is written in
    /// the copies folder, else in the temporary folder, and [`Store::rescue`] says where (or
    /// why not). Whether every word is on disk somewhere.
    pub fn save_or_rescue(&mut self, app: &mut App) -> bool {
        if self.save(app) {
            return true;
        }
        let Some(session) = app.session.as_ref() else {
            return true;
        };
        // Nothing changed since the last save that worked: the file has every word.
        if load_draft(&session.path).is_ok_and(|on_disk| on_disk == session.draft) {
            return true;
        }
        let mut first_error = None;
        for folder in [self.places.copies.clone(), std::env::temp_dir()] {
            match write_copy(&session.path, &session.draft, &folder) {
                Ok(path) => {
                    self.rescue = Some(Rescue::Copied(path));
                    return true;
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        let why = first_error.map_or_else(String::new, |e| {
            service::error_text(&e.into(), &app.catalog)
        });
        let text = toml::to_string_pretty(&session.draft).unwrap_or_else(|_| {
            // Never expected (the draft is TOML values); the answers alone then.
            format!("{:?}", session.draft.answers)
        });
        self.rescue = Some(Rescue::Failed { why, text });
        false
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
                let text = service::error_text(&e.into(), &app.catalog);
                return app.say(StatusKind::Warn, text);
            }
        };
        let Some(session) = app.session.as_mut() else {
            return;
        };
        let Ok(loaded) = app.templates.get(&session.template_id) else {
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

/// Writes `draft` (from the file at `draft_path`) into `folder` as `NAME-copie.toml`, or
/// `NAME-copie-2.toml`… when taken. The path written.
fn write_copy(draft_path: &Path, draft: &Draft, folder: &Path) -> Result<PathBuf, DraftError> {
    let stem = draft_path
        .file_stem()
        .map_or_else(|| "poveste".into(), |s| s.to_string_lossy().into_owned());
    std::fs::create_dir_all(folder).map_err(|source| DraftError::Write {
        path: folder.display().to_string(),
        source,
    })?;
    let path = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}-copie.toml")),
            n => folder.join(format!("{stem}-copie-{n}.toml")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}-copie.toml")));
    save_draft(&path, draft)?;
    Ok(path)
}
