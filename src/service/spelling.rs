//! Spelling as both front ends set it up: the dictionary of a template's language (folders
//! the librarian names first, then the system's, then the built-in one), and her personal word list in the data
//! folder.

use std::path::PathBuf;

use super::Config;
use super::folders::{personal_words_path, settings_path};
use crate::coach::RuleId;
use crate::coach::spelling::{Dictionaries, KnownWords, PersonalWords, Speller, SpellingError};
use crate::template::Template;

/// Dictionary folders the user named, for a computer whose system has none: the
/// configuration's `dictionary_folders`, then the older `dictionaries` key of the settings.
pub fn configured_dictionaries(config: &Config) -> Vec<PathBuf> {
    let mut folders = config.dictionary_folders.clone();
    folders.extend(settings_dictionaries());
    folders
}

/// `dictionaries = ["D:/dictionare"]` written by hand into the settings before there was a
/// configuration; an unreadable settings file names none.
fn settings_dictionaries() -> Vec<PathBuf> {
    let Some(text) = settings_path().and_then(|p| std::fs::read_to_string(p).ok()) else {
        return Vec::new();
    };
    let Ok(table) = toml::from_str::<toml::Table>(&text) else {
        return Vec::new();
    };
    table
        .get("dictionaries")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(PathBuf::from))
        .collect()
}

/// The personal word list as known words; an unreadable list is as good as an empty one
/// (spelling then flags a few more words, nothing is lost).
pub fn personal_known_words() -> KnownWords {
    let mut known = KnownWords::new();
    if let Some(list) = personal_words_path().and_then(|p| PersonalWords::load(&p).ok()) {
        known.add_personal(&list);
    }
    known
}

/// The speller for `language`, looked for in `extra` folders, then the system's, then among
/// the dictionaries built into the program.
pub fn load_speller(language: &str, extra: &[PathBuf]) -> Result<Speller, SpellingError> {
    let source = Dictionaries::locate(language, extra).ok_or_else(|| SpellingError::NotFound {
        language: language.to_string(),
        searched: Dictionaries::searched(extra),
    })?;
    Ok(Speller::load_from(&source)?.with_language(language))
}

/// The speller a template's coach uses: none when the template switches spelling off,
/// otherwise its language's, looked for as `load_speller` does.
pub fn template_speller(
    template: &Template,
    extra: &[PathBuf],
) -> Result<Option<Speller>, SpellingError> {
    if !template.coach.is_on(RuleId::Spelling) {
        return Ok(None);
    }
    load_speller(&template.language, extra).map(Some)
}
