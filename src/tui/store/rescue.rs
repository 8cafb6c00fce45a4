//! When a save fails or was cut short: a copy of the story elsewhere, the rescue copy
//! written on the way out when the story cannot be saved, the words an interrupted save
//! left behind.

use std::path::{Path, PathBuf};

use super::Store;
use crate::i18n::Catalog;
use crate::service;
use crate::story::{Draft, DraftError, load_draft, save_draft};
use crate::tui::app::{App, Done, StatusKind};

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
    pub(super) fn save_copy(&mut self, app: &App) -> Done {
        let Some(session) = app.session.as_ref() else {
            return Done::Said(StatusKind::Warn, app.t("export-no-story"));
        };
        match write_copy(&session.path, &session.draft, &self.places.copies) {
            Ok(path) => {
                let text = app.catalog.t_args(
                    "status-copy-saved",
                    &[("path", path.display().to_string().into())],
                );
                // Said again with the next failed autosave, which takes the status line.
                self.last_copy = Some(path);
                Done::Said(StatusKind::Done, text)
            }
            Err(e) => Done::Said(
                StatusKind::Error,
                service::error_text(&e.into(), &app.catalog),
            ),
        }
    }

    /// The save on every way out (quit, signal, closed window, fault): the story is saved;
    /// when it cannot be and its file does not hold every word, a rescue copy is written in
    /// the copies folder, else in the temporary folder, and [`Store::rescue`] says where (or
    /// why not). Whether every word is on disk somewhere.
    pub fn save_or_rescue(&mut self, app: &App) -> bool {
        if matches!(self.save(app), Done::Saved) {
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

    /// What to say when an interrupted save left newer words beside the draft at `path`,
    /// just opened (kept, for Ctrl+O to take).
    pub fn leftover_offer(&mut self, path: &Path, catalog: &Catalog) -> Option<String> {
        self.leftover = crate::story::leftover(path);
        let found = self.leftover.as_ref()?;
        let when = std::fs::metadata(found)
            .and_then(|m| m.modified())
            .map(|t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        Some(catalog.t_args("status-leftover", &[("time", when.into())]))
    }

    /// The leftover's words, for `update` to take into the open story (they are saved by
    /// the next autosave, which then removes the leftover).
    pub(super) fn recover(&mut self, app: &App) -> Done {
        let Some(found) = self.leftover.take() else {
            return Done::Said(StatusKind::Info, app.t("status-no-leftover"));
        };
        match load_draft(&found) {
            Ok(draft) => {
                self.recovered = Some(found);
                Done::Recovered(draft)
            }
            Err(e) => Done::Said(
                StatusKind::Warn,
                service::error_text(&e.into(), &app.catalog),
            ),
        }
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
