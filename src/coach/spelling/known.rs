//! Words never flagged: names from the story and the librarian's personal word list.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use super::SpellingError;
use super::speller::mend;

/// Words the check never flags, compared case-insensitively (cedillas mended). Words
/// taught with [`KnownWords::teach`] are also taught to the speller with their forms.
#[derive(Debug, Clone, Default)]
pub struct KnownWords {
    words: HashSet<String>,
    taught: BTreeSet<String>,
}

impl KnownWords {
    pub fn new() -> KnownWords {
        KnownWords::default()
    }

    /// Adds every word of `text`: a whole name such as `Maria Popescu-Ceban` adds `Maria`,
    /// `Popescu-Ceban`, `Popescu` and `Ceban`.
    pub fn insert(&mut self, text: &str) {
        for word in text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            if word.contains('-') {
                for part in word.split('-').filter(|p| !p.is_empty()) {
                    self.words.insert(key(part));
                }
            }
            self.words.insert(key(word));
        }
    }

    /// Adds the words of `text` as [`KnownWords::insert`] does, and has the speller learn
    /// their forms too (a personal word, a template's): `Novateca` then knows `Novatecii`.
    pub fn teach(&mut self, text: &str) {
        self.insert(text);
        for word in text.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !word.is_empty() {
                self.taught.insert(mend(word));
            }
        }
    }

    /// The words given to [`KnownWords::teach`], as written (cedillas mended).
    pub fn taught(&self) -> impl Iterator<Item = &str> {
        self.taught.iter().map(String::as_str)
    }

    /// Adds the words of a personal word list, with their forms.
    pub fn add_personal(&mut self, personal: &PersonalWords) {
        for word in personal.words() {
            self.teach(word);
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        !self.words.is_empty() && self.words.contains(&key(word))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl<S: AsRef<str>> Extend<S> for KnownWords {
    fn extend<I: IntoIterator<Item = S>>(&mut self, iter: I) {
        for text in iter {
            self.insert(text.as_ref());
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for KnownWords {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut known = KnownWords::new();
        known.extend(iter);
        known
    }
}

fn key(word: &str) -> String {
    mend(word).to_lowercase()
}

/// The librarian's own word list: one word a line, UTF-8, saved atomically.
#[derive(Debug, Clone)]
pub struct PersonalWords {
    path: PathBuf,
    words: BTreeSet<String>,
}

impl PersonalWords {
    /// Reads the list at `path`; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<PersonalWords, SpellingError> {
        let words = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes)
                .map_err(|_| SpellingError::Encoding {
                    path: path.to_path_buf(),
                    encoding: "UTF-8".to_string(),
                })?
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(mend)
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeSet::new(),
            Err(source) => {
                return Err(SpellingError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Ok(PersonalWords {
            path: path.to_path_buf(),
            words,
        })
    }

    /// Adds a word (trimmed, cedillas mended); false when it is empty or already there.
    pub fn add(&mut self, word: &str) -> bool {
        let word = mend(word.trim());
        !word.is_empty() && !word.contains('\n') && self.words.insert(word)
    }

    /// Writes the list back (sorted), creating its folder if needed.
    pub fn save(&self) -> Result<(), SpellingError> {
        let write_error = |source| SpellingError::Write {
            path: self.path.clone(),
            source,
        };
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(write_error)?;
        }
        let mut text = String::new();
        for word in &self.words {
            text.push_str(word);
            text.push('\n');
        }
        crate::story::write_atomic(&self.path, text.as_bytes()).map_err(write_error)
    }

    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(&mend(word))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_match_case_insensitively_and_with_cedillas() {
        let known: KnownWords = ["Maria Popescu-Ceban", "„Ştefănuţ”"].into_iter().collect();
        for word in [
            "maria",
            "MARIA",
            "Popescu-Ceban",
            "ceban",
            "Ștefănuț",
            "ştefănuţ",
        ] {
            assert!(known.contains(word), "{word}");
        }
        assert!(!known.contains("Ion"));
    }

    #[test]
    fn personal_words_round_trip() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("data").join("words.txt");
        let mut personal = PersonalWords::load(&path).expect("missing is empty");
        assert_eq!(personal.words().count(), 0);
        assert!(personal.add(" Lecturiada "));
        assert!(personal.add("Ţânţăreni"));
        assert!(!personal.add("Lecturiada"));
        assert!(!personal.add("  "));
        personal.save().expect("save");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "Lecturiada\nȚânțăreni\n"
        );
        let again = PersonalWords::load(&path).expect("load");
        assert!(again.contains("Ţânţăreni"));
        let mut known = KnownWords::new();
        known.add_personal(&again);
        assert!(known.contains("lecturiada"));
    }
}
