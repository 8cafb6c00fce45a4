//! The user's folders, worked out in one place: the configuration and settings (the config
//! folder), new drafts, the personal word list and the log (the data folder), the trainer's own
//! templates, the cache of prepared photos (the cache folder), where a copy of a story goes
//! when its own folder cannot be written, and where the photo picker looks. Linux: XDG
//! (`~/.config/povestitor`, `~/.local/share/povestitor`, `~/.cache/povestitor`); Windows:
//! `AppData\Roaming\povestitor` (the cache in `AppData\Local`). Without a home folder there
//! are none (never a shared temporary folder, which anyone on the computer could read).

use std::path::{Path, PathBuf};

use directories::{BaseDirs, ProjectDirs, UserDirs};

/// The environment variable that names another configuration file.
pub const CONFIG_ENV: &str = "POVESTITOR_CONFIG";
/// The configuration's file name, in the config folder.
pub const CONFIG_FILE: &str = "config.toml";

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "povestitor")
}

/// The configuration file: `POVESTITOR_CONFIG` when set, else `config.toml` in the config
/// folder.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(path));
    }
    Some(project()?.config_dir().join(CONFIG_FILE))
}

/// The settings file both front ends read (`settings.toml` in the config folder).
pub fn settings_path() -> Option<PathBuf> {
    Some(project()?.config_dir().join("settings.toml"))
}

/// Where new stories (and their exports, beside them) go: `Povestitor` in the user's
/// Documents, where a librarian finds them and a trainer collects them; the data folder
/// only when there are no Documents to name.
pub fn drafts_folder() -> Option<PathBuf> {
    documents()
        .map(|documents| documents.join("Povestitor"))
        .or_else(data_folder)
}

/// The data folder: the personal word list, and the new drafts of earlier versions (which
/// the home screen still lists).
pub fn data_folder() -> Option<PathBuf> {
    Some(project()?.data_dir().to_path_buf())
}

/// The user's Documents: where the system names them, else `Documents` in the home folder.
fn documents() -> Option<PathBuf> {
    let user = UserDirs::new()?;
    Some(
        user.document_dir()
            .map_or_else(|| user.home_dir().join("Documents"), Path::to_path_buf),
    )
}

/// The cache folder: what the program made and can make again (photos prepared for a
/// document or a blog: `photos/` in it). Linux: `~/.cache/povestitor`; Windows:
/// `AppData\Local\povestitor\cache`; macOS: `~/Library/Caches/povestitor`.
pub fn cache_folder() -> Option<PathBuf> {
    Some(project()?.cache_dir().to_path_buf())
}

/// The program's cache of prepared photos, in `photos/` of the cache folder (none without a
/// home folder: photos are then prepared each time).
pub fn photo_cache() -> Option<crate::render::PhotoCache> {
    Some(crate::render::PhotoCache::new(
        cache_folder()?.join("photos"),
    ))
}

/// The log file `--log` or the configuration's `log = true` writes:
/// `<data folder>/povestitor.log` (older ones beside it, `.1` and `.2`).
pub fn log_path() -> Option<PathBuf> {
    Some(project()?.data_dir().join("povestitor.log"))
}

/// The file of words the librarian taught the coach: `<data folder>/personal-words.txt`.
pub fn personal_words_path() -> Option<PathBuf> {
    Some(project()?.data_dir().join("personal-words.txt"))
}

/// Where the trainer's own templates folder is (or would be): `templates` in the config
/// folder.
pub fn templates_folder() -> Option<PathBuf> {
    Some(project()?.config_dir().join("templates"))
}

/// Where a copy of the story goes when its own folder cannot be written (a full USB
/// stick): the user's Documents as the system names them, else the home folder (never a
/// folder made for it), else the data folder.
pub fn copies_folder() -> Option<PathBuf> {
    match UserDirs::new() {
        Some(user) => Some(
            user.document_dir()
                .map_or_else(|| user.home_dir().to_path_buf(), Path::to_path_buf),
        ),
        None => data_folder(),
    }
}

/// The user's Pictures, Downloads and Desktop folders: where the system names them, else
/// `~/Pictures`, `~/Downloads`, `~/Desktop`.
pub fn user_photo_folders() -> Vec<PathBuf> {
    let home = BaseDirs::new().map(|b| b.home_dir().to_path_buf());
    let user = UserDirs::new();
    let named = [
        user.as_ref().and_then(|u| u.picture_dir()),
        user.as_ref().and_then(|u| u.download_dir()),
        user.as_ref().and_then(|u| u.desktop_dir()),
    ];
    let mut folders: Vec<PathBuf> = Vec::new();
    for (named, fallback) in named.into_iter().zip(["Pictures", "Downloads", "Desktop"]) {
        let folder = match (named, &home) {
            (Some(folder), _) => folder.to_path_buf(),
            (None, Some(home)) => home.join(fallback),
            (None, None) => continue,
        };
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    folders
}
