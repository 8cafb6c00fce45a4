//! The wizard's files: where drafts live, the small settings file (author, institution,
//! recent drafts), and carrying out the effects `update` queues.

mod photos;
mod review;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::app::{App, Effect, ExportProblem, HomeEntry, RecentDraft, Screen, StatusKind};
use super::lock::{DraftLock, LockError};
use crate::coach::spelling::PersonalWords;
use crate::library::{self, Library, LibraryError};
use crate::render::LoadedTemplate;
use crate::render::{self, RenderOptions};
use crate::story::{Draft, DraftError, load_draft, parse_draft, save_draft, write_atomic};

/// How many drafts the home screen lists.
const RECENT_SHOWN: usize = 8;
/// How many opened drafts the settings remember.
const RECENT_KEPT: usize = 30;

/// The folders the wizard uses.
#[derive(Debug, Clone)]
pub struct Places {
    /// Where new drafts go.
    pub drafts: PathBuf,
    /// The settings file.
    pub settings: PathBuf,
    /// The words the librarian taught the spelling check, one a line.
    pub personal_words: PathBuf,
    /// Where the photo picker looks, after the draft's own folder: the user's Pictures,
    /// Downloads and Desktop.
    pub photo_folders: Vec<PathBuf>,
    /// Where a copy of the story goes when its own folder cannot be written (a full USB
    /// stick): the user's Documents, else the home folder.
    pub copies: PathBuf,
}

impl Places {
    /// The user's data and config folders (XDG on Linux, AppData on Windows).
    pub fn from_system() -> Option<Places> {
        let dirs = directories::ProjectDirs::from("", "", "povestitor")?;
        Some(Places {
            drafts: dirs.data_dir().to_path_buf(),
            settings: library::settings_path()?,
            personal_words: library::personal_words_path()?,
            photo_folders: library::user_photo_folders(),
            copies: directories::UserDirs::new()
                .map(|u| {
                    u.document_dir()
                        .map_or_else(|| u.home_dir().to_path_buf(), Path::to_path_buf)
                })
                .unwrap_or_else(|| dirs.data_dir().to_path_buf()),
        })
    }

    /// All under one folder (tests, or when the system gives no home folder), the photo
    /// folders as `Pictures`, `Downloads` and `Desktop` in it.
    pub fn under(folder: &Path) -> Places {
        Places {
            drafts: folder.join("drafts"),
            settings: folder.join("settings.toml"),
            personal_words: folder.join("personal-words.txt"),
            photo_folders: ["Pictures", "Downloads", "Desktop"]
                .iter()
                .map(|name| folder.join(name))
                .collect(),
            copies: folder.join("Documents"),
        }
    }
}

/// What the wizard remembers between stories.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub institution: String,
    #[serde(default)]
    pub recent: Vec<PathBuf>,
    /// The name a trainer last gave with `review --reviewer`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// Folders of Hunspell dictionaries, for a computer whose system has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dictionaries: Vec<PathBuf>,
    /// Keys of a newer version, or written by hand: kept.
    #[serde(flatten)]
    pub extra: toml::Table,
}

/// Carries out effects; owns the settings and today's date.
#[derive(Debug)]
pub struct Store {
    pub places: Places,
    pub settings: Settings,
    /// Today as `YYYY-MM-DD`, for new drafts and their file names.
    pub today: String,
    /// The copy of the story last saved elsewhere (its own folder could not be written).
    pub last_copy: Option<PathBuf>,
    /// A newer temporary file an interrupted save left beside the open draft, offered to
    /// the librarian; once taken, removed after the next save that works.
    pub leftover: Option<PathBuf>,
    recovered: Option<PathBuf>,
    /// The open draft's lock, so a second copy of the wizard cannot open it too.
    lock: Option<DraftLock>,
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
    #[error(
        "{path} is already open in another povestitor window; continue there, or close it and try again"
    )]
    Locked { path: String },
}

impl StoreError {
    /// The message for the librarian, in the interface language where it has one.
    pub fn text(&self, catalog: &crate::i18n::Catalog) -> String {
        match self {
            StoreError::Locked { path } => {
                catalog.t_args("draft-locked", &[("path", path.clone().into())])
            }
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
            today,
            last_copy: None,
            leftover: None,
            recovered: None,
            lock: None,
        }
    }

    /// Takes the draft's lock (and lets go of the previous draft's).
    fn lock(&mut self, path: &Path) -> Result<(), StoreError> {
        if self.lock.as_ref().is_some_and(|l| l.draft == path) {
            return Ok(());
        }
        match DraftLock::acquire(path) {
            Ok(lock) => {
                self.lock = Some(lock);
                Ok(())
            }
            Err(LockError::Busy { .. }) => Err(StoreError::Locked {
                path: path.display().to_string(),
            }),
        }
    }

    /// Lets go of the open draft's lock.
    pub fn unlock(&mut self) {
        self.lock = None;
    }

    /// A new draft for `loaded`, with the remembered author and institution and today's date.
    pub fn new_draft(&self, loaded: &LoadedTemplate) -> Draft {
        let mut draft = Draft::new(&loaded.template);
        draft.meta.author = self.settings.author.clone();
        draft.meta.institution = self.settings.institution.clone();
        draft.meta.date = self.today.clone();
        draft
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
            None => self.fresh_path(&format!("{}-{}", self.today, loaded.id()))?,
        };
        self.lock(&path)?;
        let draft = self.new_draft(loaded);
        save_draft(&path, &draft)?;
        self.remember(&path, &draft);
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
        self.remember(&path, &draft);
        Ok((path, draft))
    }

    /// Reads a draft and locks it for this window.
    pub fn open(&mut self, path: &Path) -> Result<Draft, StoreError> {
        let draft = load_draft(path)?;
        self.lock(path)?;
        self.remember(path, &draft);
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

    /// Keeps the path among the recent drafts and the names for the next story.
    fn remember(&mut self, path: &Path, draft: &Draft) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let mut settings = self.settings.clone();
        settings.recent.retain(|p| p != &path);
        settings.recent.insert(0, path);
        settings.recent.truncate(RECENT_KEPT);
        if !draft.meta.author.trim().is_empty() {
            settings.author = draft.meta.author.clone();
        }
        if !draft.meta.institution.trim().is_empty() {
            settings.institution = draft.meta.institution.clone();
        }
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

    /// Saves the open draft; returns whether it worked (the message says why not).
    pub fn save(&mut self, app: &mut App) -> bool {
        let Some(session) = app.session.as_mut() else {
            return true;
        };
        match save_draft_or_test_fault(&session.path, &session.draft) {
            Ok(()) => {
                session.dirty = false;
                // The words taken from a leftover are in the draft now.
                if let Some(taken) = self.recovered.take() {
                    let _ = std::fs::remove_file(taken);
                }
                let (path, draft) = (session.path.clone(), session.draft.clone());
                self.remember(&path, &draft);
                if matches!(&app.status, Some(s) if s.kind == StatusKind::Error) {
                    app.status = None;
                }
                true
            }
            Err(e) => {
                // In a line: why, that the text is safe here, and the way out.
                let why = match e {
                    DraftError::Write { source, .. } => app.catalog.t_args(
                        "status-save-failed",
                        &[(
                            "error",
                            library::io_reason_text(&source, &app.catalog).into(),
                        )],
                    ),
                    other => library::error_text(&LibraryError::Draft(other), &app.catalog),
                };
                let after = match &self.last_copy {
                    Some(copy) => app.catalog.t_args(
                        "status-save-copy-made",
                        &[("name", copy.display().to_string().into())],
                    ),
                    None => app.t("status-save-copy-hint"),
                };
                let text = format!("{why} {after}");
                app.say(StatusKind::Error, text);
                false
            }
        }
    }

    /// Does what `update` asked for.
    pub fn apply(&mut self, app: &mut App, effect: Effect) {
        match effect {
            Effect::Save => {
                self.save(app);
            }
            Effect::Close => self.close(app),
            Effect::AddWord(word) => self.add_word(app, &word),
            Effect::SaveCopy => self.save_copy(app),
            Effect::Recover => self.recover(app),
            Effect::Open(path) => {
                let opened = self.open(&path).map(|draft| (path, draft));
                self.show(app, opened, None);
            }
            Effect::NewDraft { template } => {
                let created = app
                    .library
                    .get(&template)
                    .map_err(StoreError::from)
                    .and_then(|loaded| self.create(loaded, None));
                self.show(app, created, None);
            }
            Effect::CopyExample { template } => {
                let copied = app
                    .library
                    .get(&template)
                    .map_err(StoreError::from)
                    .and_then(|loaded| self.copy_example(loaded));
                self.show(app, copied, Some("status-example-copy"));
            }
            Effect::ListPhotos { row } => photos::list(self, app, row),
            Effect::TakeTyped { row, typed } => photos::take_typed(app, row, &typed),
            Effect::PastePhoto { row, text } => photos::paste(app, row, &text),
            Effect::TakePhoto { row, file } => photos::take(app, row, &file),
            Effect::Export {
                path,
                layout,
                format,
                overwrite,
            } => {
                let result = export(app, &path, &layout, format, overwrite);
                app.exported(result);
            }
        }
    }

    /// Back to the home screen, the draft saved and unlocked. A draft that cannot be
    /// saved stays open, with the message saying why: closing it would lose words.
    /// Adds `word` to the personal list on disk, and has the open story's spelling checked
    /// again with it.
    fn add_word(&mut self, app: &mut App, word: &str) {
        let saved = PersonalWords::load(&self.places.personal_words).and_then(|mut list| {
            list.add(word);
            list.save()
        });
        match saved {
            Ok(()) => {
                app.personal.insert(word);
                if let Some(session) = app.session.as_mut()
                    && let Ok(loaded) = app.library.get(&session.template_id)
                {
                    session.respell_all(&loaded.template);
                }
                let text = app
                    .catalog
                    .t_args("coach-word-added", &[("word", word.into())]);
                app.say(StatusKind::Done, text);
            }
            Err(err) => app.say(StatusKind::Warn, err.to_string()),
        }
    }

    /// Writes the story, as it is in memory, into the copies folder under a new name: the
    /// way out when its own folder cannot be written. The draft keeps its own path; autosave
    /// goes on trying there.
    fn save_copy(&mut self, app: &mut App) {
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
    fn recover(&mut self, app: &mut App) {
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
        app.changed = true;
        self.recovered = Some(found);
        app.say(StatusKind::Done, app.t("status-recovered"));
    }

    fn close(&mut self, app: &mut App) {
        let Some(path) = app.session.as_ref().map(|s| s.path.clone()) else {
            return;
        };
        if !self.save(app) {
            return;
        }
        self.unlock();
        app.session = None;
        app.set_recent(self.recent(&app.library));
        let path = std::path::absolute(&path).unwrap_or(path);
        let closed = app.home.entries.iter().position(|e| {
            matches!(e, HomeEntry::Recent(i) if app.home.recent.get(*i).is_some_and(|r| r.path == path))
        });
        app.home.selected = closed.unwrap_or(0);
        app.screen = Screen::Home;
        app.clear_status();
    }

    fn show(
        &mut self,
        app: &mut App,
        result: Result<(PathBuf, Draft), StoreError>,
        note: Option<&str>,
    ) {
        let opened = result
            .map_err(|e| e.text(&app.catalog))
            .and_then(|(path, draft)| app.open(path, draft));
        match opened {
            Ok(()) => {
                if let Some(id) = note {
                    app.say(StatusKind::Info, app.t(id));
                }
                self.offer_leftover(app);
            }
            // Not a failed save: the message goes with the screen, and must not stay on
            // (and be printed at exit) as if the words were in danger.
            Err(message) => app.say(StatusKind::Warn, message),
        }
    }

    /// The drafts to offer on the home screen, newest first.
    pub fn recent(&self, library: &Library) -> Vec<RecentDraft> {
        let mut paths: Vec<PathBuf> = self.settings.recent.clone();
        if let Ok(entries) = std::fs::read_dir(&self.places.drafts) {
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
                let loaded = library.get(&draft.template).ok()?;
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

fn describe(
    path: &Path,
    draft: &Draft,
    loaded: &LoadedTemplate,
    modified: std::time::SystemTime,
) -> RecentDraft {
    let steps = &loaded.template.steps;
    let title = match draft.title() {
        "" => path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        title => title.to_string(),
    };
    RecentDraft {
        path: path.to_path_buf(),
        title,
        template_name: loaded.template.name.clone(),
        edited: chrono::DateTime::<chrono::Local>::from(modified)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        done: steps
            .iter()
            .filter(|s| draft.answers.is_answered(s))
            .count(),
        total: steps.len(),
    }
}

/// Renders and writes the article; an existing file is replaced only when confirmed.
fn export(
    app: &App,
    path: &Path,
    layout: &str,
    format: crate::render::Format,
    overwrite: bool,
) -> Result<PathBuf, ExportProblem> {
    let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
        return Err(ExportProblem::Failed("no story is open".into()));
    };
    let failed = |e: LibraryError| match e {
        LibraryError::OutputExists { .. } => ExportProblem::Exists(path.to_path_buf()),
        other => ExportProblem::Failed(library::error_text(&other, &app.catalog)),
    };
    if path.exists() && !overwrite {
        return Err(ExportProblem::Exists(path.to_path_buf()));
    }
    let base_dir = Some(library::draft_folder(&session.path));
    let options = RenderOptions {
        standalone: false,
        base_dir,
    };
    let article = render::render(loaded, &session.draft, layout, format, options)
        .map_err(|e| failed(e.into()))?;
    let target = library::ArticleFile {
        loaded,
        draft: &session.draft,
        base_dir,
        layout,
        format,
        path,
        force: overwrite,
    };
    library::write_article(&target, &article).map_err(failed)?;
    Ok(path.to_path_buf())
}

/// Set to a file's path, saves of drafts fail as on a full disk while that file exists:
/// only for the end-to-end test that fills the disk and frees it again. Harmless otherwise.
const TEST_DISK_FULL_WHILE: &str = "POVESTITOR_TEST_DISK_FULL_WHILE";

fn save_draft_or_test_fault(path: &Path, draft: &Draft) -> Result<(), DraftError> {
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
