//! `doctor`'s look at the computer: where templates, drafts, dictionaries, the
//! configuration and the settings are, and whether each can be used. Only facts here; the
//! front end words them (and the fix for each problem) in the interface language.

use std::path::{Path, PathBuf};

use super::{
    Config, ConfigError, ServiceError, Templates, config_path, configured_dictionaries,
    drafts_folder, settings_path,
};
use crate::coach::spelling::{Dictionaries, DictionarySource};
use crate::template::{Problem, builtin_sources};

/// The languages the interface and the built-in templates speak, so the ones whose
/// dictionaries matter.
pub const DICTIONARY_LANGUAGES: [&str; 3] = ["ro", "ru", "en"];

/// What a line of the report is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The user's configuration file.
    Config,
    /// The program's memory (recent drafts, names last typed).
    Settings,
    /// Where new drafts go.
    Drafts,
    /// The cache of photos made ready for a document or a blog: how many MB it keeps, and
    /// the most it may.
    PhotoCache { kept_mb: usize, bound_mb: usize },
    /// The templates inside the program (how many).
    BuiltinTemplates(usize),
    /// The templates folder in the config folder.
    UserTemplates,
    /// A folder named in `template_folders`.
    TemplateFolder,
    /// A folder named in `dictionary_folders` (or the settings' older `dictionaries`).
    DictionaryFolder,
    /// The Hunspell dictionary of a language.
    Dictionary(&'static str),
}

/// Whether it can be used.
#[derive(Debug)]
pub enum State {
    /// Usable.
    Fine,
    /// Usable: the copy built into the program (a dictionary no folder has).
    BuiltIn,
    /// Not there, and not needed: made when wanted, or only for those who want it.
    Optional,
    /// Not there yet; made the first time it is needed (its folder can be written).
    WillBeMade,
    /// Named by the user but not there.
    Missing,
    /// Not found anywhere it was looked for (a dictionary).
    NotFound,
    /// There, but cannot be read.
    Unreadable(std::io::Error),
    /// There, but cannot be written (or made).
    NotWritable(std::io::Error),
    /// Read, but wrong: what is wrong, worded as any other error.
    Invalid(ServiceError),
    /// The program's own file, unreadable as TOML: what is wrong, located.
    Damaged(Problem),
}

impl State {
    /// Whether this needs the user's attention.
    pub fn is_problem(&self) -> bool {
        !matches!(
            self,
            State::Fine | State::BuiltIn | State::Optional | State::WillBeMade
        )
    }
}

/// One line of the report.
#[derive(Debug)]
pub struct Check {
    pub place: Place,
    pub path: Option<PathBuf>,
    pub state: State,
}

/// Everything `doctor` looked at, in the order it is shown.
#[derive(Debug)]
pub struct Checkup {
    pub checks: Vec<Check>,
    /// The configuration file, for fixes that say where to change something.
    pub config_path: Option<PathBuf>,
}

impl Checkup {
    /// Looks at everything; `config` is the configuration as it was read (or why not).
    pub fn run(config: &Result<Config, ConfigError>) -> Checkup {
        let config_file = config_path();
        let mut checks = vec![config_check(config_file.as_deref(), config)];
        let empty = Config::default();
        let config = config.as_ref().unwrap_or(&empty);
        checks.push(settings_check());
        checks.push(Check {
            place: Place::Drafts,
            state: drafts_folder().map_or(State::Missing, |f| writable_folder(&f)),
            path: drafts_folder(),
        });
        checks.push(photo_cache_check());
        checks.push(Check {
            place: Place::BuiltinTemplates(builtin_sources().len()),
            path: None,
            state: match Templates::builtin() {
                Ok(_) => State::Fine,
                Err(e) => State::Invalid(e.into()),
            },
        });
        let user = super::templates_folder();
        checks.push(Check {
            place: Place::UserTemplates,
            state: match &user {
                Some(folder) if folder.is_dir() => templates_state(folder),
                _ => State::Optional,
            },
            path: user,
        });
        for folder in &config.template_folders {
            checks.push(Check {
                place: Place::TemplateFolder,
                path: Some(folder.clone()),
                state: if folder.exists() {
                    templates_state(folder)
                } else {
                    State::Missing
                },
            });
        }
        let folders = configured_dictionaries(config);
        for folder in &folders {
            checks.push(Check {
                place: Place::DictionaryFolder,
                path: Some(folder.clone()),
                state: match std::fs::read_dir(folder) {
                    Ok(_) => State::Fine,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => State::Missing,
                    Err(e) => State::Unreadable(e),
                },
            });
        }
        for language in DICTIONARY_LANGUAGES {
            // A folder's dictionary is named by its path; the built-in copy needs no folder.
            let (state, path) = match Dictionaries::locate(language, &folders) {
                Some(DictionarySource::Files(files)) => (State::Fine, Some(files.dic)),
                Some(DictionarySource::BuiltIn(_)) => (State::BuiltIn, None),
                None => (State::NotFound, None),
            };
            checks.push(Check {
                place: Place::Dictionary(language),
                state,
                path,
            });
        }
        Checkup {
            checks,
            config_path: config_file,
        }
    }

    /// How many lines need attention.
    pub fn problems(&self) -> usize {
        self.checks.iter().filter(|c| c.state.is_problem()).count()
    }
}

fn config_check(path: Option<&Path>, config: &Result<Config, ConfigError>) -> Check {
    let state = match config {
        Err(ConfigError::Read { source, .. }) => {
            State::Unreadable(std::io::Error::new(source.kind(), source.to_string()))
        }
        Err(ConfigError::Invalid(problem)) => {
            State::Invalid(ConfigError::Invalid(problem.clone()).into())
        }
        Ok(config) if config.file.is_some() => State::Fine,
        Ok(_) => State::Optional,
    };
    Check {
        place: Place::Config,
        path: path.map(Path::to_path_buf),
        state,
    }
}

/// The settings: read if there, else their folder must be one the program can write.
fn settings_check() -> Check {
    let path = settings_path();
    let state = match &path {
        None => State::Missing,
        Some(file) => match std::fs::read_to_string(file) {
            // The wizard would quietly start afresh, forgetting the drafts it listed.
            Ok(text) => match (text.parse::<toml::Table>(), file.parent()) {
                (Err(e), _) => {
                    State::Damaged(Problem::from_toml(&file.display().to_string(), &text, &e))
                }
                (Ok(_), Some(folder)) => writable_folder(folder),
                (Ok(_), None) => State::Fine,
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match file.parent().map(writable_folder) {
                    Some(State::Fine) | None => State::WillBeMade,
                    Some(other) => other,
                }
            }
            Err(e) => State::Unreadable(e),
        },
    };
    Check {
        place: Place::Settings,
        path,
        state,
    }
}

/// The photo cache's folder: one the program can write (made when first needed), and what
/// it keeps. Without a home folder there is none, and none is needed (photos are then made
/// each time).
fn photo_cache_check() -> Check {
    let megabytes = |bytes: u64| usize::try_from(bytes.div_ceil(1024 * 1024)).unwrap_or(usize::MAX);
    let Some(cache) = super::photo_cache() else {
        return Check {
            place: Place::PhotoCache {
                kept_mb: 0,
                bound_mb: megabytes(crate::render::CACHE_BOUND),
            },
            path: None,
            state: State::Optional,
        };
    };
    Check {
        place: Place::PhotoCache {
            kept_mb: megabytes(cache.size()),
            bound_mb: megabytes(cache.bound()),
        },
        state: writable_folder(cache.folder()),
        path: Some(cache.folder().to_path_buf()),
    }
}

/// The templates of a folder load and compile.
fn templates_state(folder: &Path) -> State {
    match Templates::load(&[folder.to_path_buf()]) {
        Ok(_) => State::Fine,
        Err(e) => State::Invalid(e.into()),
    }
}

/// A folder the program writes into: there and writable, or its nearest existing parent
/// writable (then it is made when first needed).
pub fn writable_folder(folder: &Path) -> State {
    if folder.is_dir() {
        return match tempfile::tempfile_in(folder) {
            Ok(_) => State::Fine,
            Err(e) => State::NotWritable(e),
        };
    }
    let Some(parent) = folder.ancestors().skip(1).find(|a| a.is_dir()) else {
        return State::Missing;
    };
    match tempfile::tempfile_in(parent) {
        Ok(_) => State::WillBeMade,
        Err(e) => State::NotWritable(e),
    }
}
