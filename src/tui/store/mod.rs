//! The wizard's files: drafts created, opened, locked, saved and remembered, and carrying
//! out the effects `update` queues. Where things live is in `places`; exporting in
//! `export`; a failing or interrupted save in `rescue`; photos, review and the coach's
//! personal words in their own files.

mod blog;
mod coach;
mod consent;
mod copy;
mod export;
mod photos;
mod places;
mod renders;
mod rescue;
mod review;

use std::path::{Path, PathBuf};

use super::app::{App, Done, Effect, RecentDraft, StatusKind};
use super::msg::Msg;
use crate::render::{self, LoadedTemplate};
use crate::service::{self, Config, ServiceError, Templates};
use crate::story::{
    Draft, DraftError, DraftLock, LockError, load_draft, parse_draft, save_draft, write_atomic,
};
use export::{ExportJob, describe};
pub use places::{Places, Settings};
pub use renders::preview_now;
pub use rescue::Rescue;

/// How many drafts the home screen lists.
const RECENT_SHOWN: usize = 8;
/// How many opened drafts the settings remember.
const RECENT_KEPT: usize = 30;

/// Carries out effects; owns the settings and today's date.
#[derive(Debug)]
pub struct Store {
    pub places: Places,
    pub settings: Settings,
    /// What the user configured; its names win over the remembered ones.
    pub config: Config,
    /// Today as `YYYY-MM-DD`, for new drafts and their file names.
    pub today: String,
    /// The copy of the story last saved elsewhere (its own folder could not be written).
    pub last_copy: Option<PathBuf>,
    /// A newer temporary file an interrupted save left beside the open draft, offered to
    /// the librarian; once taken, removed after the next save that works.
    pub leftover: Option<PathBuf>,
    /// Set on the way out when the story could not be saved: where its rescue copy is, or
    /// why there is none (`Store::save_or_rescue`).
    pub rescue: Option<Rescue>,
    recovered: Option<PathBuf>,
    /// The open draft's lock, so a second copy of the wizard cannot open it too.
    lock: Option<DraftLock>,
    /// Renders under way off the loop (and a sending to the blog, which uses the same way
    /// back).
    renders: renders::Renders,
    /// The flag that stops the sending under way (Esc).
    sending: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// The open draft, when it is the librarian's own story (see [`Store::is_hers`]):
    /// only there may the author and institution she types be remembered.
    own: Option<PathBuf>,
    /// The system's clipboard once something was copied, when the wizard serves it itself:
    /// kept open while the wizard runs, since on X11 the copying program serves what it
    /// copied.
    clipboard: Option<crate::service::SystemClipboard>,
    /// The program that keeps a copied article on the clipboard after the wizard ends (this
    /// program's file on Linux and the BSDs, `service::clipboard_keeper`): each copy is
    /// handed to it off the loop. Without one (Windows and macOS keep the clipboard
    /// themselves; a test's store), the wizard serves the clipboard while it runs.
    pub clipboard_keeper: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Draft(#[from] crate::story::DraftError),
    #[error(transparent)]
    Template(#[from] crate::template::TemplateError),
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} already exists; to continue it, run: povestitor edit \"{path}\"")]
    Exists { path: String },
    #[error(transparent)]
    Lock(#[from] LockError),
}

impl StoreError {
    /// The message for the librarian, in the interface language where it has one.
    pub fn text(&self, catalog: &crate::i18n::Catalog) -> String {
        match self {
            StoreError::Lock(e) => service::error_text(&e.clone().into(), catalog),
            StoreError::Exists { path } => {
                catalog.t_args("draft-exists", &[("path", path.clone().into())])
            }
            other => other.to_string(),
        }
    }
}

impl Store {
    /// Reads the settings; an unreadable settings file only loses the prefilled names.
    pub fn new(places: Places, today: String) -> Store {
        let settings = std::fs::read_to_string(&places.settings)
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default();
        Store {
            places,
            settings,
            config: Config::default(),
            today,
            last_copy: None,
            leftover: None,
            rescue: None,
            recovered: None,
            lock: None,
            renders: Default::default(),
            sending: None,
            own: None,
            clipboard: None,
            clipboard_keeper: None,
        }
    }

    /// Takes the draft's lock (and lets go of the previous draft's).
    fn lock(&mut self, path: &Path) -> Result<(), StoreError> {
        if self.lock.as_ref().is_some_and(|l| l.draft == path) {
            return Ok(());
        }
        self.lock = Some(DraftLock::acquire(path)?);
        Ok(())
    }

    /// Lets go of the open draft's lock.
    pub fn unlock(&mut self) {
        self.lock = None;
        self.own = None;
    }

    /// The author and institution a story of the librarian's own starts with: the
    /// configured ones, else the ones she typed in the details of a story of hers.
    fn her_names(&self) -> (String, String) {
        let config = &self.config;
        let author = (config.author.clone()).unwrap_or_else(|| self.settings.author.clone());
        let institution =
            (config.institution.clone()).unwrap_or_else(|| self.settings.institution.clone());
        (author, institution)
    }

    /// A new draft for `loaded`, with her author and institution and today's date.
    pub fn new_draft(&self, loaded: &LoadedTemplate) -> Draft {
        let mut draft = Draft::new(&loaded.template);
        (draft.meta.author, draft.meta.institution) = self.her_names();
        draft.meta.date = self.today.clone();
        draft
    }

    /// Whether an existing draft is the librarian's own story: signed with her name, or
    /// not signed yet (a story she started and has not reached the details of). A draft
    /// signed by someone else (a participant's, a model story) is not: the names in it,
    /// and the ones typed into it, are never remembered as hers.
    fn is_hers(&self, draft: &Draft) -> bool {
        let author = draft.meta.author.trim();
        author.is_empty() || author == self.her_names().0.trim()
    }

    /// Creates and saves a new draft at `file`, or in the drafts folder named from the date.
    pub fn create(
        &mut self,
        loaded: &LoadedTemplate,
        file: Option<&Path>,
    ) -> Result<(PathBuf, Draft), StoreError> {
        let path = match file {
            Some(file) if file.exists() => {
                return Err(StoreError::Exists {
                    path: file.display().to_string(),
                });
            }
            Some(file) => file.to_path_buf(),
            None => {
                // Every laptop of a workshop makes a story on the same day: the author (else
                // the template) and a few random letters keep the names apart when the
                // trainer copies them into one folder.
                let author = self.new_draft(loaded).meta.author;
                let who = match render::safe_stem(&author) {
                    stem if author.trim().is_empty() || stem.is_empty() => loaded.id().to_string(),
                    stem => stem,
                };
                self.fresh_path(&format!("{}-{who}-{}", self.today, random_letters()))?
            }
        };
        self.lock(&path)?;
        let draft = self.new_draft(loaded);
        save_draft(&path, &draft)?;
        self.remember(&path);
        self.own = Some(path.clone());
        Ok((path, draft))
    }

    /// Copies the template's example story (and its photos) into the drafts folder.
    pub fn copy_example(
        &mut self,
        loaded: &LoadedTemplate,
    ) -> Result<(PathBuf, Draft), StoreError> {
        let text = loaded.example().unwrap_or_default();
        let draft = parse_draft(&text, &loaded.source.display_path("example.toml"))?;
        let path = self.fresh_path(&render::safe_stem(draft.title()))?;
        let mut skip = vec!["template.toml".to_string(), "example.toml".to_string()];
        skip.extend(loaded.template.layouts.iter().map(|l| l.file_name()));
        // Photos are a nicety: the story is usable without them.
        let _ = loaded.source.copy_assets_to(&self.places.drafts, &skip);
        self.lock(&path)?;
        save_draft(&path, &draft)?;
        self.remember(&path);
        // Signed by the model story's author: not hers, whatever is typed into it.
        self.own = None;
        Ok((path, draft))
    }

    /// Reads a draft and locks it for this window.
    pub fn open(&mut self, path: &Path) -> Result<Draft, StoreError> {
        let draft = load_draft(path)?;
        self.lock(path)?;
        self.remember(path);
        self.own = self.is_hers(&draft).then(|| path.to_path_buf());
        Ok(draft)
    }

    /// A file name in the drafts folder that is not taken: `stem.toml`, `stem-2.toml`, …
    fn fresh_path(&self, stem: &str) -> Result<PathBuf, StoreError> {
        let folder = &self.places.drafts;
        std::fs::create_dir_all(folder).map_err(|source| StoreError::Folder {
            path: folder.display().to_string(),
            source,
        })?;
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{stem}.toml")
            } else {
                format!("{stem}-{n}.toml")
            };
            let path = folder.join(name);
            if !path.exists() {
                return Ok(path);
            }
            n += 1;
        }
    }

    /// Keeps the path among the recent drafts. The names in a draft are never taken from
    /// it here: opening or saving someone else's story must not sign the next one.
    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let mut settings = self.settings.clone();
        settings.recent.retain(|p| p != &path);
        settings.recent.insert(0, path);
        settings.recent.truncate(RECENT_KEPT);
        self.keep(settings);
    }

    /// Remembers, for her next story, the author and institution the librarian typed in
    /// the details of the open draft, when it is her own story and she is not reviewing
    /// it. An emptied field forgets nothing.
    fn remember_names(&mut self, app: &App) {
        let Some(session) = app.session.as_ref() else {
            return;
        };
        if self.own.as_ref() != Some(&session.path) || session.comments.reviewing() {
            return;
        }
        let (typed, meta) = (&session.details.typed, &session.draft.meta);
        let mut settings = self.settings.clone();
        for (typed, value, kept) in [
            (typed.author, &meta.author, &mut settings.author),
            (
                typed.institution,
                &meta.institution,
                &mut settings.institution,
            ),
        ] {
            if typed && !value.trim().is_empty() {
                kept.clone_from(value);
            }
        }
        self.keep(settings);
    }

    /// Writes the settings when they changed.
    fn keep(&mut self, settings: Settings) {
        if settings != self.settings {
            self.settings = settings;
            self.write_settings();
        }
    }

    fn write_settings(&self) {
        let Ok(text) = toml::to_string(&self.settings) else {
            return;
        };
        if let Some(folder) = self.places.settings.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        // Settings only prefill fields; failing to keep them must not stop the writing.
        let _ = write_atomic(&self.places.settings, text.as_bytes());
    }

    /// Saves the open draft: `Done::Saved`, or `Done::SaveFailed` saying why.
    pub fn save(&mut self, app: &App) -> Done {
        let Some(session) = app.session.as_ref() else {
            return Done::Saved;
        };
        match save_draft(&session.path, &session.draft) {
            Ok(()) => {
                // The words taken from a leftover are in the draft now.
                if let Some(taken) = self.recovered.take() {
                    let _ = std::fs::remove_file(taken);
                }
                self.remember(&session.path);
                self.remember_names(app);
                Done::Saved
            }
            Err(e) => {
                // In a line: why, that the text is safe here, and the way out.
                let why = match e {
                    DraftError::Write { source, .. } => app.catalog.t_args(
                        "status-save-failed",
                        &[(
                            "error",
                            service::io_reason_text(&source, &app.catalog).into(),
                        )],
                    ),
                    other => service::error_text(&ServiceError::Draft(other), &app.catalog),
                };
                let after = match &self.last_copy {
                    Some(copy) => app.catalog.t_args(
                        "status-save-copy-made",
                        &[("name", copy.display().to_string().into())],
                    ),
                    None => app.t("status-save-copy-hint"),
                };
                Done::SaveFailed(format!("{why} {after}"))
            }
        }
    }

    /// Does what `update` asked for, reading the model; what came of it goes back to
    /// `update` (`update::done`), the one writer of the model.
    pub fn apply(&mut self, app: &App, effect: Effect) -> Vec<Done> {
        let done = match effect {
            Effect::Save => self.save(app),
            Effect::Close => return self.close(app),
            Effect::Welcomed => {
                self.settings.welcomed = true;
                self.write_settings();
                return Vec::new();
            }
            Effect::AddWord(word) => self.add_word(app, &word),
            Effect::SaveCopy => self.save_copy(app),
            Effect::Recover => self.recover(app),
            Effect::Open(path) => {
                let opened = self.open(&path).map(|draft| (path, draft));
                self.show(app, opened, None)
            }
            Effect::NewDraft { template } => {
                let created = app
                    .templates
                    .get(&template)
                    .map_err(StoreError::from)
                    .and_then(|loaded| self.create(loaded, None));
                self.show(app, created, None)
            }
            Effect::CopyExample { template } => {
                let copied = app
                    .templates
                    .get(&template)
                    .map_err(StoreError::from)
                    .and_then(|loaded| self.copy_example(loaded));
                self.show(app, copied, Some("status-example-copy"))
            }
            Effect::ListPhotos { row } => {
                return photos::list(self, app, row).into_iter().collect();
            }
            Effect::TakeTyped { row, typed } => {
                return photos::take_typed(app, row, &typed).into_iter().collect();
            }
            Effect::PastePhoto { row, text } => photos::paste(app, row, &text),
            Effect::TakePhoto { row, file } => photos::take(app, row, &file),
            Effect::RenderPreview { request, layout } => {
                self.start_preview(app, request, layout);
                return Vec::new();
            }
            Effect::Export {
                path,
                layout,
                format,
                overwrite,
            } => match ExportJob::new(app, path, layout, format, overwrite) {
                Ok(job) => self.start_export(app, job),
                // No story to export: said the way every export's end is.
                Err(problem) => {
                    let _ = self.renders.sender.send(Msg::Exported(Err(problem)));
                    self.renders.running += 1;
                    return Vec::new();
                }
            },
            Effect::Copy { layout } => return self.copy(app, &layout),
            Effect::ConsentForm { step, index } => return self.consent_form(app, &step, index),
            Effect::RememberedSite => self.remembered_site(),
            Effect::Publish {
                layout,
                site,
                user,
                password,
            } => return self.publish(app, &layout, site, user, &password.0),
            Effect::CancelPublish => {
                self.cancel_publish();
                return Vec::new();
            }
            Effect::RecordPublished { path, record } => {
                return blog::record_closed(app, &path, &record)
                    .into_iter()
                    .collect();
            }
            Effect::Quit => match self.save(app) {
                Done::Saved => return vec![Done::Saved, Done::Quit],
                // The words are only on the screen: ask, naming where a copy would go.
                failed => return vec![failed, Done::AskBeforeQuit(self.places.copies.clone())],
            },
        };
        vec![done]
    }

    /// Saves and lets go of the open draft, for the home screen. A draft that cannot be
    /// saved stays open, with the message saying why: closing it would lose words.
    fn close(&mut self, app: &App) -> Vec<Done> {
        let Some(path) = app.session.as_ref().map(|s| s.path.clone()) else {
            return Vec::new();
        };
        let saved = self.save(app);
        if !matches!(saved, Done::Saved) {
            return vec![saved];
        }
        self.unlock();
        let recent = self.recent(&app.templates);
        let path = std::path::absolute(&path).unwrap_or(path);
        vec![saved, Done::Closed { recent, path }]
    }

    /// A draft opened (or why not), with the sentence `note` and the offer of what an
    /// interrupted save left beside it.
    fn show(
        &mut self,
        app: &App,
        result: Result<(PathBuf, Draft), StoreError>,
        note: Option<&str>,
    ) -> Done {
        match result {
            Ok((path, draft)) => {
                let leftover = self.leftover_offer(&path, &app.catalog);
                Done::Opened {
                    path,
                    draft,
                    note: note.map(|id| app.t(id)),
                    leftover,
                }
            }
            // Not a failed save: the message goes with the screen, and must not stay on
            // (and be printed at exit) as if the words were in danger.
            Err(e) => Done::Said(StatusKind::Warn, e.text(&app.catalog)),
        }
    }

    /// The drafts to offer on the home screen, newest first.
    pub fn recent(&self, templates: &Templates) -> Vec<RecentDraft> {
        let mut paths: Vec<PathBuf> = self.settings.recent.clone();
        let folders = std::iter::once(&self.places.drafts).chain(&self.places.earlier_drafts);
        for entries in folders.filter_map(|folder| std::fs::read_dir(folder).ok()) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "toml") {
                    let path = std::path::absolute(&path).unwrap_or(path);
                    if !paths.contains(&path) {
                        paths.push(path);
                    }
                }
            }
        }
        let mut found: Vec<(std::time::SystemTime, RecentDraft)> = paths
            .into_iter()
            .filter_map(|path| {
                let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
                let draft = load_draft(&path).ok()?;
                let loaded = templates.get(&draft.template).ok()?;
                Some((modified, describe(&path, &draft, loaded, modified)))
            })
            .collect();
        found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
        found
            .into_iter()
            .take(RECENT_SHOWN)
            .map(|(_, r)| r)
            .collect()
    }
}

/// Four letters or digits no other computer is likely to pick on the same day (from the
/// standard library's per-process random hash keys: no crate needed for so little).
fn random_letters() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut bits = hasher.finish();
    (0..4)
        .map(|_| {
            let c = ALPHABET[(bits % ALPHABET.len() as u64) as usize];
            bits /= ALPHABET.len() as u64;
            char::from(c)
        })
        .collect()
}
