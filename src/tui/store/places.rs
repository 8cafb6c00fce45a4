//! Where the wizard keeps things (drafts, settings, the personal word list, copies) and
//! what it remembers between stories.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::service;

/// The folders the wizard uses.
#[derive(Debug, Clone)]
pub struct Places {
    /// Where new drafts go.
    pub drafts: PathBuf,
    /// Where earlier versions put new drafts (the data folder): still listed on the home
    /// screen.
    pub earlier_drafts: Option<PathBuf>,
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
    /// The user's folders (`service::folders`: XDG on Linux, AppData on Windows).
    pub fn from_system() -> Option<Places> {
        Some(Places {
            drafts: service::drafts_folder()?,
            earlier_drafts: service::data_folder()
                .filter(|data| Some(data) != service::drafts_folder().as_ref()),
            settings: service::settings_path()?,
            personal_words: service::personal_words_path()?,
            photo_folders: service::user_photo_folders(),
            copies: service::copies_folder()?,
        })
    }

    /// All under one folder (tests), the photo
    /// folders as `Pictures`, `Downloads` and `Desktop` in it.
    pub fn under(folder: &Path) -> Places {
        Places {
            drafts: folder.join("drafts"),
            earlier_drafts: None,
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
    /// The first-run welcome was read.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welcomed: bool,
    /// Folders of Hunspell dictionaries, for a computer whose system has none (older
    /// settings written by hand; the configuration's `dictionary_folders` comes first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dictionaries: Vec<PathBuf>,
    /// The library's WordPress and the user name there, last published to (never a password).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wordpress_site: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wordpress_user: String,
    /// Keys of a newer version, or written by hand: kept.
    #[serde(flatten)]
    pub extra: toml::Table,
}
