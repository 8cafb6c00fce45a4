//! The names a story of the librarian's own is signed with, as in the wizard: the
//! configuration's author and institution, else the ones she typed last in the details of
//! a story of hers, kept in the same `settings.toml` the wizard keeps them in. A name that
//! came with a draft (a participant's, a model story) is never remembered.

use std::path::Path;

use crate::service::{Config, settings_path};
use crate::story::{Draft, write_atomic};

/// The two names the settings remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    Author,
    Institution,
}

impl Name {
    fn key(self) -> &'static str {
        match self {
            Name::Author => "author",
            Name::Institution => "institution",
        }
    }
}

/// The author and institution a new story of hers starts with: the configured ones, else
/// the remembered ones (none when the settings cannot be read).
pub fn her_names(config: &Config) -> (String, String) {
    let settings = settings_path()
        .map(|path| read(&path).unwrap_or_default())
        .unwrap_or_default();
    let remembered = |name: Name| {
        settings
            .get(name.key())
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let author = (config.author.clone()).unwrap_or_else(|| remembered(Name::Author));
    let institution = (config.institution.clone()).unwrap_or_else(|| remembered(Name::Institution));
    (author, institution)
}

/// Whether an existing draft is her own story: signed with her name, or not signed yet.
/// Names typed into a draft signed by someone else are not hers to remember.
pub fn is_hers(draft: &Draft, config: &Config) -> bool {
    let author = draft.meta.author.trim();
    author.is_empty() || author == her_names(config).0.trim()
}

/// Remembers a name she typed as her own for her next story, keeping everything else the
/// settings hold. An empty name forgets nothing; a settings file that is not TOML is left
/// as it is (the wizard and `doctor` say what is wrong with it), and a failure to write
/// only loses the prefilled name.
pub fn remember(name: Name, value: &str) {
    let value = value.trim();
    let Some(path) = settings_path() else {
        return;
    };
    if value.is_empty() {
        return;
    }
    let Some(mut settings) = read(&path) else {
        return;
    };
    if settings.get(name.key()).and_then(toml::Value::as_str) == Some(value) {
        return;
    }
    settings.insert(name.key().to_string(), value.into());
    let Ok(text) = toml::to_string(&settings) else {
        return;
    };
    if let Some(folder) = path.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    let _ = write_atomic(&path, text.as_bytes());
}

/// The settings as a table: empty when there is no file yet, `None` when it cannot be
/// read or is not TOML.
fn read(path: &Path) -> Option<toml::Table> {
    match std::fs::read_to_string(path) {
        Ok(text) => text.parse::<toml::Table>().ok(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(toml::Table::new()),
        Err(_) => None,
    }
}
