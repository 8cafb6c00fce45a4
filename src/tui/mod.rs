//! The terminal wizard: a story written one step at a time.
//!
//! - [`app`]: the state (screens, the open draft); [`msg`]: terminal events turned into
//!   messages; [`terminal`]: the terminal's modes and the thread that reads it (with
//!   `msg`, the only crossterm users); [`update`]: what each message does.
//! - [`view`]: drawing, one file per screen; [`widgets`]: the editors of each step kind.
//! - [`layout`]: geometry both update (clicks) and view (drawing) need; [`keymap`]: every
//!   key binding, from which update's dispatch, the help window and the hint line come.
//! - [`store`]: drafts folder, settings, the effects that touch the disk (the draft's lock is
//!   [`crate::story::DraftLock`]); [`run`]: the event loop with autosave and the
//!   terminal's restore.

pub mod app;
pub mod keymap;
pub mod layout;
pub mod msg;
pub mod run;
pub mod store;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

use std::path::PathBuf;

pub use app::App;
pub use store::{Places, Rescue, Store, StoreError};

use crate::i18n::Catalog;
use crate::service::{Config, Templates};

/// How the wizard starts.
#[derive(Debug, Clone)]
pub enum Start {
    /// The home screen.
    Home,
    /// A new story from a template, in `file` or the drafts folder.
    New {
        template: String,
        file: Option<PathBuf>,
    },
    /// An existing draft.
    Edit(PathBuf),
    /// An existing draft opened by a trainer to comment on it; `reviewer` is the name from
    /// `--reviewer`.
    Review {
        file: PathBuf,
        reviewer: Option<String>,
    },
    /// A copy of a template's model story, in the drafts folder.
    Demo { template: String },
}

#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Template(#[from] crate::template::TemplateError),
    #[error("{0}")]
    Open(String),
    #[error(transparent)]
    Run(#[from] run::RunError),
}

/// Prepares the story (so a wrong file name is reported before the screen changes),
/// then runs the wizard.
pub fn start(
    catalog: Catalog,
    templates: Templates,
    config: Config,
    start: Start,
    safe_symbols: bool,
) -> Result<(), TuiError> {
    // Without a home folder there is no place of the librarian's own for her stories; a
    // shared temporary folder would let anyone on the computer read or replace them.
    let places =
        Places::from_system().ok_or_else(|| TuiError::Open(catalog.t("no-home-folder")))?;
    let today = chrono::Local::now().date_naive().to_string();
    let mut store = Store::new(places, today);
    store.clipboard_keeper = crate::service::clipboard_keeper();
    // Dictionaries load on a thread of their own when a story opens; the loop spells
    // after a pause in typing.
    let folders = crate::service::configured_dictionaries(&config);
    let export_defaults = app::ExportDefaults {
        layout: config.layout.clone(),
        format: config.format,
    };
    let safe_symbols = config.safe_symbols || safe_symbols;
    store.config = config;
    let personal = crate::coach::spelling::PersonalWords::load(&store.places.personal_words).ok();
    let theme = theme::Theme::from_env(safe_symbols);
    let mut app = App::new(catalog, templates, theme, (80, 24))
        .configured(
            export_defaults,
            Some(crate::coach::spelling::SpellerCache::new(folders)),
            personal.as_ref(),
        )
        .keeping_drafts_in(store.places.drafts.clone());
    let opening = |e: StoreError| TuiError::Open(e.text(&app.catalog));
    match start {
        Start::Home => {
            let recent = store.recent(&app.templates);
            let welcome = (!store.settings.welcomed).then(|| store.places.drafts.clone());
            app = app.at_home(recent, welcome);
        }
        Start::New { template, file } => {
            let loaded = app.templates.get(&template)?;
            let (path, draft) = store.create(loaded, file.as_deref()).map_err(opening)?;
            update::open_at_start(&mut app, path, draft).map_err(TuiError::Open)?;
        }
        Start::Demo { template } => {
            let loaded = app.templates.get(&template)?;
            let (path, draft) = store.copy_example(loaded).map_err(opening)?;
            update::open_at_start(&mut app, path, draft).map_err(TuiError::Open)?;
            let note = app.t("status-example-copy");
            update::done(&mut app, app::Done::Said(app::StatusKind::Info, note));
        }
        Start::Edit(path) => {
            let draft = store.open(&path).map_err(opening)?;
            let leftover = store.leftover_offer(&path, &app.catalog);
            update::open_at_start(&mut app, path, draft).map_err(TuiError::Open)?;
            if let Some(text) = leftover {
                update::done(&mut app, app::Done::Said(app::StatusKind::Warn, text));
            }
        }
        Start::Review { file, reviewer } => {
            let name = store.reviewer(reviewer.as_deref(), &app.t("review-default-reviewer"));
            let draft = store.open(&file).map_err(opening)?;
            let leftover = store.leftover_offer(&file, &app.catalog);
            let today = store.today.clone();
            let reviewer = app::Reviewer { name, today };
            update::open_for_review_at_start(&mut app, file, draft, reviewer)
                .map_err(TuiError::Open)?;
            if let Some(text) = leftover {
                update::done(&mut app, app::Done::Said(app::StatusKind::Warn, text));
            }
        }
    }
    run::run(app, store)?;
    Ok(())
}
