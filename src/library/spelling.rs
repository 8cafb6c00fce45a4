//! Spelling as both front ends set it up: the dictionary of a template's language (folders
//! the librarian names first, then the system's), and her personal word list in the data
//! folder.

use std::path::PathBuf;

use crate::coach::spelling::{Dictionaries, KnownWords, PersonalWords, Speller, SpellingError};

/// The file of words the librarian taught the coach: `<data folder>/personal-words.txt`.
pub fn personal_words_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "povestitor")?;
    Some(dirs.data_dir().join("personal-words.txt"))
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

/// The speller for `language`, looked for in `extra` folders, then the system's.
pub fn load_speller(language: &str, extra: &[PathBuf]) -> Result<Speller, SpellingError> {
    let files = Dictionaries::find(language, extra).ok_or_else(|| SpellingError::NotFound {
        language: language.to_string(),
        searched: extra
            .iter()
            .cloned()
            .chain(Dictionaries::system_folders())
            .collect(),
    })?;
    Ok(Speller::load(&files)?.with_language(language))
}
