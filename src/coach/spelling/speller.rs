//! A loaded dictionary and the check of a text against it.

use std::path::PathBuf;

use spellbook::Dictionary;

use super::dictionaries::{DictionaryFiles, DictionarySource, base_language, read_dictionary};
use super::words::{Candidate, candidates, is_all_caps};
use super::{KnownWords, SpellingError};

/// A word the dictionary did not accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// Character offset (not bytes) of the word's first character in the checked text.
    pub start: usize,
    /// Character offset just past the word.
    pub end: usize,
    /// The word as it stands in the text.
    pub word: String,
    pub kind: SlipKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlipKind {
    /// Not in the dictionary.
    Misspelt,
    /// A Moldovan spelling with `î` inside the word (`pînă`, `sînt`) whose modern form is
    /// right: a hint, not a mistake.
    OldSpelling { modern: String },
}

/// A Hunspell dictionary ready to check texts.
pub struct Speller {
    dictionary: Dictionary,
    language: Option<String>,
}

impl std::fmt::Debug for Speller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speller")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Speller {
    /// Reads and parses a dictionary (slow: hundreds of milliseconds in debug builds).
    pub fn load(files: &DictionaryFiles) -> Result<Speller, SpellingError> {
        let (aff, dic) = read_dictionary(files)?;
        let dictionary = Dictionary::new(&aff, &dic).map_err(|e| SpellingError::Parse {
            aff: files.aff.clone(),
            dic: files.dic.clone(),
            message: e.to_string(),
        })?;
        Ok(Speller {
            dictionary,
            language: Some(base_language(&files.language)),
        })
    }

    /// Reads and parses the dictionary of `source`, unpacking a built-in one first.
    pub fn load_from(source: &DictionarySource) -> Result<Speller, SpellingError> {
        match source {
            DictionarySource::Files(files) => Speller::load(files),
            DictionarySource::BuiltIn(built_in) => {
                let (aff, dic) = built_in.unpack()?;
                let dictionary =
                    Dictionary::new(&aff, &dic).map_err(|e| SpellingError::BuiltIn {
                        name: built_in.name.to_string(),
                        message: e.to_string(),
                    })?;
                Ok(Speller {
                    dictionary,
                    language: Some(base_language(built_in.name)),
                })
            }
        }
    }

    /// A speller from the texts of an `.aff` and a `.dic` file, for tests. Its language is
    /// unknown, so the Romanian `î` rule applies (see [`Speller::with_language`]).
    pub fn from_strings(aff: &str, dic: &str) -> Result<Speller, SpellingError> {
        let dictionary = Dictionary::new(aff, dic).map_err(|e| SpellingError::Parse {
            aff: PathBuf::from("(.aff text)"),
            dic: PathBuf::from("(.dic text)"),
            message: e.to_string(),
        })?;
        Ok(Speller {
            dictionary,
            language: None,
        })
    }

    /// Sets the language code; the old-`î` rule applies to Romanian and unknown languages.
    pub fn with_language(mut self, language: &str) -> Speller {
        self.language = Some(base_language(language));
        self
    }

    /// The base language code, when known.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Whether the dictionary accepts `word` as it is (after mending cedillas).
    pub fn accepts(&self, word: &str) -> bool {
        let word = mend(word);
        self.dictionary.check(&word)
    }

    /// The words of `text` the dictionary rejects, in order, with character offsets.
    pub fn check(&self, text: &str, known: &KnownWords) -> Vec<Slip> {
        let mut offsets = CharOffsets::new(text);
        let mut slips = Vec::new();
        for candidate in candidates(text) {
            self.check_candidate(text, &candidate, known, &mut |start, end, kind| {
                slips.push(Slip {
                    start: offsets.at(start),
                    end: offsets.at(end),
                    word: text[start..end].to_string(),
                    kind,
                });
            });
        }
        slips
    }

    fn check_candidate(
        &self,
        text: &str,
        candidate: &Candidate,
        known: &KnownWords,
        slip: &mut impl FnMut(usize, usize, SlipKind),
    ) {
        let whole = mend(&text[candidate.start..candidate.end]);
        if self.passes(&whole, known) {
            return;
        }
        if candidate.parts.len() == 1 {
            slip(candidate.start, candidate.end, self.judge(&whole));
            return;
        }
        // Hunspell knows `într-o` and `s-a` whole; other compounds are right when each part is.
        for &(start, end) in &candidate.parts {
            let part = mend(&text[start..end]);
            if part.chars().count() < 2 || is_all_caps(&part) || self.passes(&part, known) {
                continue;
            }
            slip(start, end, self.judge(&part));
        }
    }

    fn passes(&self, word: &str, known: &KnownWords) -> bool {
        known.contains(word) || self.dictionary.check(word) || {
            // A capitalised word (at a sentence start) is also tried in lowercase.
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase) && {
                let lower = word.to_lowercase();
                lower != word && self.dictionary.check(&lower)
            }
        }
    }

    fn judge(&self, word: &str) -> SlipKind {
        let romanian = self.language.as_deref().is_none_or(|l| l == "ro");
        match romanian.then(|| self.modern_spelling(word)).flatten() {
            Some(modern) => SlipKind::OldSpelling { modern },
            None => SlipKind::Misspelt,
        }
    }

    /// The modern form of a word written with `î` inside, if the dictionary accepts it:
    /// `sînt` → `sunt`, `pînă` → `până`, `întîmpină` → `întâmpină`; an `î` after a prefix
    /// (`neîntîmplat` → `neîntâmplat`) is kept when only that form is accepted.
    fn modern_spelling(&self, word: &str) -> Option<String> {
        let chars: Vec<char> = word.chars().collect();
        let inner: Vec<usize> = (1..chars.len().saturating_sub(1))
            .filter(|&i| matches!(chars[i], 'î' | 'Î'))
            .collect();
        if inner.is_empty() {
            return None;
        }
        let lower = word.to_lowercase();
        if let Some(rest) = lower.strip_prefix("sînt")
            && ["", "em", "eți", "eti"].contains(&rest)
        {
            let modern: String = chars
                .iter()
                .enumerate()
                .map(|(i, &c)| match (i, c) {
                    (1, 'î') => 'u',
                    (1, 'Î') => 'U',
                    _ => c,
                })
                .collect();
            if self.dictionary.check(&modern) || self.dictionary.check(&modern.to_lowercase()) {
                return Some(modern);
            }
        }
        // Try replacing as many inner `î` as possible first; at most 2⁴ forms.
        let count = inner.len().min(4);
        let mut masks: Vec<u32> = (1..(1u32 << count)).collect();
        masks.sort_by_key(|m| std::cmp::Reverse(m.count_ones()));
        masks.into_iter().find_map(|mask| {
            let mut form = chars.clone();
            for (bit, &i) in inner.iter().take(count).enumerate() {
                if mask & (1 << bit) != 0 {
                    form[i] = if form[i] == 'Î' { 'Â' } else { 'â' };
                }
            }
            let form: String = form.into_iter().collect();
            (self.dictionary.check(&form) || self.dictionary.check(&form.to_lowercase()))
                .then_some(form)
        })
    }
}

/// Cedilla ş ţ Ş Ţ → comma-below ș ț Ș Ț (what the dictionaries use), and the typographic
/// apostrophe → `'`; one character for one, so offsets stay the same.
pub(super) fn mend(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            'Ş' => 'Ș',
            'Ţ' => 'Ț',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// Byte offsets → character offsets, for offsets asked in increasing order.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            return self.text[..byte].chars().count();
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}
