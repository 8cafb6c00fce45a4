//! The plain mode, for screen readers (NVDA, Orca) and for input from a pipe: the wizard's
//! steps asked as lines of text on standard input and output. Nothing is drawn, coloured
//! or moved: each step says its number, title and prompt and the current answer, and the
//! person types the answer.
//!
//! - a one-line answer ends with Enter; a text answer ends with an empty line (each line a
//!   paragraph); an empty answer keeps the current one ([`session`]);
//! - quotes and photos are asked field by field, then their yes/no choices ([`items`]);
//! - commands on a line of their own ([`command`]): back, skip, help, check ([`check`]),
//!   export ([`export`]), clear, remove, quit;
//! - after the steps, the author, library and date, then the end ([`end`]); a new story
//!   starts with her names, and the ones she types in a story of her own are remembered
//!   for the next ([`names`]).
//!
//! Every answer is saved at once, atomically; the draft is locked as the wizard locks it;
//! the end of the input saves and ends.

mod check;
mod command;
mod console;
mod end;
mod export;
mod items;
mod names;
mod session;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::i18n::Catalog;
use crate::service::{self, Config, ServiceError, Templates, configured_dictionaries};
use crate::story::{Draft, DraftError, DraftLock, load_draft, save_draft};
use crate::template::TemplateError;
use console::Console;
use session::Session;

#[derive(Debug, thiserror::Error)]
pub enum PlainError {
    /// A draft that cannot be read or written, a template that is missing.
    #[error(transparent)]
    Templates(#[from] ServiceError),
    #[error("{path} already exists; to continue it, run: povestitor edit --plain \"{path}\"")]
    Exists { path: String },
    #[error("the story could not be saved: {0}")]
    NotSaved(String),
}

impl PlainError {
    /// The message for the librarian, in the interface language where it has one.
    pub fn text(&self, catalog: &Catalog) -> String {
        match self {
            PlainError::Exists { path } => {
                catalog.t_args("plain-draft-exists", &[("path", path.clone().into())])
            }
            PlainError::NotSaved(error) => {
                catalog.t_args("plain-save-failed", &[("error", error.clone().into())])
            }
            PlainError::Templates(err) => service::error_text(err, catalog),
        }
    }
}

impl From<DraftError> for PlainError {
    fn from(err: DraftError) -> Self {
        PlainError::Templates(err.into())
    }
}

impl From<TemplateError> for PlainError {
    fn from(err: TemplateError) -> Self {
        PlainError::Templates(err.into())
    }
}

/// Continues the draft at `path`, reading answers from `input`.
pub fn edit(
    catalog: Catalog,
    templates: &Templates,
    config: &Config,
    path: &Path,
    input: impl BufRead,
    output: impl Write,
) -> Result<(), PlainError> {
    if !path.exists() {
        // Says the draft is missing before a lock file is made beside it.
        load_draft(path)?;
    }
    let lock = lock(path)?;
    let draft = load_draft(path)?;
    let own = names::is_hers(&draft, config);
    let result = run(
        catalog,
        templates,
        config,
        (path.to_path_buf(), draft, own),
        input,
        output,
    );
    drop(lock);
    result
}

/// Starts a new story from `template` at `file` (which must not exist yet), dated today,
/// then asks its steps.
pub fn new(
    catalog: Catalog,
    templates: &Templates,
    config: &Config,
    template: &str,
    file: &Path,
    input: impl BufRead,
    output: impl Write,
) -> Result<(), PlainError> {
    let loaded = templates.get(template)?;
    if file.exists() {
        return Err(PlainError::Exists {
            path: file.display().to_string(),
        });
    }
    let lock = lock(file)?;
    let mut draft = Draft::new(&loaded.template);
    draft.meta.date = chrono::Local::now().date_naive().to_string();
    (draft.meta.author, draft.meta.institution) = names::her_names(config);
    save_draft(file, &draft)?;
    let result = run(
        catalog,
        templates,
        config,
        (file.to_path_buf(), draft, true),
        input,
        output,
    );
    drop(lock);
    result
}

fn lock(path: &Path) -> Result<DraftLock, PlainError> {
    DraftLock::acquire(path).map_err(|e| PlainError::Templates(e.into()))
}

/// Walks the story at `path`; `own` says whether it is the librarian's own story (names
/// typed in its details are remembered).
fn run(
    catalog: Catalog,
    templates: &Templates,
    config: &Config,
    (path, draft, own): (PathBuf, Draft, bool),
    input: impl BufRead,
    output: impl Write,
) -> Result<(), PlainError> {
    let loaded = templates.get(&draft.template)?;
    let mut session = Session {
        con: Console::new(input, output, catalog),
        loaded,
        draft,
        path,
        own,
        dictionaries: configured_dictionaries(config),
        save_failed: None,
    };
    let title = session.con.t_args(
        "plain-opened",
        &[
            ("path", session.path.display().to_string().into()),
            ("template", loaded.template.name.clone().into()),
        ],
    );
    session.con.say(&title);
    session.con.say_t("plain-how");
    session.say_commands();
    session.walk();
    // Every answer was saved as it came; only a save that failed is tried once more.
    if session.save_failed.is_some() {
        session.save();
    }
    match session.save_failed.take() {
        Some(error) => Err(PlainError::NotSaved(error)),
        None => {
            let path = session.path.display().to_string();
            session.con.say_args("plain-bye", &[("path", path.into())]);
            Ok(())
        }
    }
}
