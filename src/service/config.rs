//! The user's configuration: `config.toml` in the config folder, written by hand and never
//! by the program. The program's own memory (recent drafts, the names last typed) is
//! `settings.toml` beside it; where both name something, the configuration wins, because it
//! is what the user said on purpose.
//!
//! `POVESTITOR_CONFIG` names another file (a trainer's USB stick, tests).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Lang;
use crate::render::Format;
use crate::template::Problem;

pub use super::folders::{CONFIG_ENV, CONFIG_FILE, config_path};

/// The keys a configuration may hold, in the order the librarian's guide lists them (docs/librarian/, "Configuration").
pub const CONFIG_KEYS: [&str; 12] = [
    "language",
    "author",
    "institution",
    "layout",
    "format",
    "book_title",
    "book_subtitle",
    "template_folders",
    "dictionary_folders",
    "featured_photo_in_body",
    "safe_symbols",
    "log",
];

/// The file as written: every key optional, any other key refused with its place.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    language: Option<Lang>,
    author: Option<String>,
    institution: Option<String>,
    layout: Option<String>,
    format: Option<Format>,
    book_title: Option<String>,
    book_subtitle: Option<String>,
    #[serde(default)]
    template_folders: Vec<PathBuf>,
    #[serde(default)]
    dictionary_folders: Vec<PathBuf>,
    #[serde(default)]
    featured_photo_in_body: bool,
    #[serde(default)]
    safe_symbols: bool,
    #[serde(default)]
    log: bool,
}

/// What the user configured; empty when there is no file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The file this came from, when it exists.
    pub file: Option<PathBuf>,
    /// The interface language, after `--lang` and before the system's.
    pub language: Option<Lang>,
    /// The author's name a new draft starts with.
    pub author: Option<String>,
    /// The institution a new draft starts with.
    pub institution: Option<String>,
    /// The layout `export` uses when none is given.
    pub layout: Option<String>,
    /// The format `export` uses when none is given.
    pub format: Option<Format>,
    /// The title of a workshop's book (`workshop compile`) when `--title` is not given.
    pub book_title: Option<String>,
    /// Its subtitle when `--subtitle` is not given.
    pub book_subtitle: Option<String>,
    /// Template folders, after the user's templates folder and before `--templates`;
    /// relative ones are taken from the configuration's folder.
    pub template_folders: Vec<PathBuf>,
    /// Dictionary folders, searched before the system's; relative ones as above.
    pub dictionary_folders: Vec<PathBuf>,
    /// A WordPress post shows its first photo (the featured image) in its body too, for a
    /// theme that does not show featured images. Off: the theme shows it above the post, and
    /// the body keeps only its caption, so the photo is seen once.
    pub featured_photo_in_body: bool,
    /// The wizard draws only the marks every Windows console font has (`--safe-symbols`).
    pub safe_symbols: bool,
    /// Keep a log file in the data folder (as `--log` does), for a bug report.
    pub log: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A TOML mistake or a key that does not exist, located.
    #[error(
        "{0}. Correct this line of the configuration or delete it (the librarian's guide, \"Configuration\", describes every key)"
    )]
    Invalid(Problem),
    #[error("cannot read the configuration {path}: {source}. Check that the file can be opened")]
    Read {
        path: String,
        source: std::io::Error,
    },
}

impl Config {
    /// The configuration at [`config_path`]; none at all when the file does not exist.
    pub fn load() -> Result<Config, ConfigError> {
        match config_path() {
            Some(path) => Config::read(&path),
            None => Ok(Config::default()),
        }
    }

    /// The configuration in `path`; an empty one when the file does not exist.
    pub fn read(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                });
            }
        };
        Config::parse(&text, path)
    }

    /// A configuration's text; `path` names it in errors and anchors relative folders.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            ConfigError::Invalid(Problem::from_toml(&path.display().to_string(), text, &e))
        })?;
        let base = path.parent().unwrap_or(Path::new(""));
        let folders = |list: Vec<PathBuf>| -> Vec<PathBuf> {
            list.into_iter().map(|folder| base.join(folder)).collect()
        };
        let named = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        Ok(Config {
            file: Some(path.to_path_buf()),
            language: file.language,
            author: named(file.author),
            institution: named(file.institution),
            layout: named(file.layout),
            format: file.format,
            book_title: named(file.book_title),
            book_subtitle: named(file.book_subtitle),
            template_folders: folders(file.template_folders),
            dictionary_folders: folders(file.dictionary_folders),
            featured_photo_in_body: file.featured_photo_in_body,
            safe_symbols: file.safe_symbols,
            log: file.log,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("/conf/config.toml"))
    }

    #[test]
    fn every_key_is_read_and_folders_are_taken_from_the_file_s_folder() {
        let config = parse(
            "language = \"ru\"\nauthor = \"Ana\"\ninstitution = \"Biblioteca\"\n\
             layout = \"blog\"\nformat = \"html\"\n\
             book_title = \"Povești din Bălți\"\nbook_subtitle = \"Atelierul din mai\"\n\
             template_folders = [\"sabloane\", \"/abs\"]\ndictionary_folders = [\"dic\"]\n\
             featured_photo_in_body = true\nlog = true\n",
        )
        .unwrap();
        assert_eq!(config.language, Some(Lang::Ru));
        assert_eq!(config.author.as_deref(), Some("Ana"));
        assert_eq!(config.institution.as_deref(), Some("Biblioteca"));
        assert_eq!(config.layout.as_deref(), Some("blog"));
        assert_eq!(config.format, Some(Format::Html));
        assert_eq!(config.book_title.as_deref(), Some("Povești din Bălți"));
        assert_eq!(config.book_subtitle.as_deref(), Some("Atelierul din mai"));
        assert_eq!(
            config.template_folders,
            [PathBuf::from("/conf/sabloane"), PathBuf::from("/abs")]
        );
        assert_eq!(config.dictionary_folders, [PathBuf::from("/conf/dic")]);
        assert!(config.featured_photo_in_body);
        assert!(config.log);
        let none = parse("").unwrap();
        assert!(
            !none.featured_photo_in_body && !none.log,
            "off unless asked"
        );
    }

    #[test]
    fn an_unknown_key_is_refused_with_its_line_and_column() {
        let err = parse("language = \"ro\"\n  autor = \"Ana\"\n").unwrap_err();
        let ConfigError::Invalid(problem) = &err else {
            panic!("{err}");
        };
        assert_eq!((problem.line, problem.column), (Some(2), Some(3)));
        let text = err.to_string();
        assert!(text.starts_with("/conf/config.toml:2:3: "), "{text}");
        assert!(text.contains("autor"), "{text}");
    }

    #[test]
    fn a_language_or_format_that_does_not_exist_is_refused_where_it_is() {
        let err = parse("\nlanguage = \"de\"\n").unwrap_err().to_string();
        assert!(err.contains(":2:12: "), "{err}");
        let err = parse("format = \"pdf\"\n").unwrap_err().to_string();
        assert!(err.contains(":1:10: "), "{err}");
    }

    #[test]
    fn empty_names_are_no_names_and_a_missing_file_is_no_configuration() {
        let config = parse("author = \"  \"\n").unwrap();
        assert_eq!(config.author, None);
        let missing = Config::read(Path::new("/nonexistent/povestitor/config.toml")).unwrap();
        assert_eq!(missing, Config::default());
    }
}
