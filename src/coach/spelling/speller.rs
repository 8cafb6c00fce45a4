//! A loaded dictionary and the check of a text against it.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock, PoisonError, RwLock, RwLockReadGuard};

use spellbook::Dictionary;

use super::bundled::BuiltIn;
use super::dictionaries::{DictionaryFiles, DictionarySource, base_language, read_dictionary};
use super::field::field_words;
use super::learn::{Endings, model_flags};
use super::script::{is_capitalised, mixed_fix};
use super::words::{Candidate, candidates, is_all_caps, starts_sentence};
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
    /// An unknown capitalised word inside a sentence: most likely a name (a village, a
    /// surname), to be checked once, never flagged as a mistake.
    Name,
    /// Latin and Cyrillic letters in one word (`румынcкой`); `fixed` is the word in one
    /// alphabet, when every letter has a twin in it.
    MixedAlphabets { fixed: Option<String> },
}

/// A Hunspell dictionary ready to check texts, with the field's words (Moldova's places,
/// the sector's words) and the words taught to it.
pub struct Speller {
    /// Behind a lock so that taught words (the personal list, a template's) can be added
    /// while the speller is shared; checking only reads.
    dictionary: RwLock<Dictionary>,
    language: Option<String>,
    /// The `.aff` text, to try which flags make a taught word's forms.
    aff: String,
    /// Where the `.dic` text can be read again, for `endings`.
    dic: DicText,
    /// Read the first time a word is taught.
    endings: OnceLock<Endings>,
    /// Words already taught (or tried), so each is taught once.
    taught: Mutex<HashSet<String>>,
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
        Ok(Speller::new(
            dictionary,
            aff,
            (&dic, DicText::Files(files.clone())),
            Some(base_language(&files.language)),
        ))
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
                Ok(Speller::new(
                    dictionary,
                    aff,
                    (&dic, DicText::BuiltIn(*built_in)),
                    Some(base_language(built_in.name)),
                ))
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
        Ok(Speller::new(
            dictionary,
            aff.to_string(),
            (dic, DicText::Text(dic.to_string())),
            None,
        ))
    }

    /// A speller over `dictionary` (read from `aff` and `dic`), with the field words of
    /// `language` added.
    fn new(
        mut dictionary: Dictionary,
        aff: String,
        (dic, again): (&str, DicText),
        language: Option<String>,
    ) -> Self {
        let field = language.as_deref().map(field_words).unwrap_or_default();
        let models: HashSet<String> = field.iter().filter_map(|w| w.model.clone()).collect();
        let models = model_flags(dic, &models);
        for word in field {
            let line = match word.model.as_deref().and_then(|m| models.get(m)) {
                Some(flags) => format!("{}/{flags}", word.word),
                None => word.word,
            };
            // A line the dictionary's flag type cannot read is left out, nothing more.
            let _ = dictionary.add(&line);
        }
        Speller {
            dictionary: RwLock::new(dictionary),
            language,
            aff,
            dic: again,
            endings: OnceLock::new(),
            taught: Mutex::new(HashSet::new()),
        }
    }

    /// Sets the language code; the old-`î` rule applies to Romanian and unknown languages.
    /// The field words of the language are added when the speller had no language yet.
    pub fn with_language(mut self, language: &str) -> Speller {
        let language = base_language(language);
        if self.language.is_none() {
            let mut dictionary = self
                .dictionary
                .into_inner()
                .unwrap_or_else(PoisonError::into_inner);
            for word in field_words(&language) {
                let _ = dictionary.add(&word.word);
            }
            self.dictionary = RwLock::new(dictionary);
        }
        self.language = Some(language);
        self
    }

    fn dictionary(&self) -> RwLockReadGuard<'_, Dictionary> {
        self.dictionary
            .read()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Teaches the dictionary `words` (the personal list, a template's `known_words`) with
    /// their forms: each takes the affix flags of the dictionary words that end like it, as
    /// far as they make the word itself. Each word is taught once.
    pub fn teach<'w>(&self, words: impl IntoIterator<Item = &'w str>) {
        let mut taught = self.taught.lock().unwrap_or_else(PoisonError::into_inner);
        for word in words {
            let word = mend(word.trim());
            if word.is_empty() || word.contains(char::is_whitespace) || !taught.insert(word.clone())
            {
                continue;
            }
            if self.dictionary().check(&word) {
                continue;
            }
            let line = self
                .endings()
                .line_for(&word, self.language.as_deref(), &self.aff);
            let mut dictionary = self
                .dictionary
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            if dictionary.add(&line).is_err() {
                let _ = dictionary.add(&word);
            }
        }
    }

    fn endings(&self) -> &Endings {
        self.endings.get_or_init(|| {
            self.dic
                .text()
                .map(|dic| Endings::read(&dic))
                .unwrap_or_default()
        })
    }

    /// Up to three corrections for `word`, likeliest first: the word in one alphabet when
    /// it mixes two, else Hunspell's suggestions (the quick ones; the slower n-gram search
    /// only when those find nothing). Tens of milliseconds: not for the keystroke path.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        if let Some(fixed) = mixed_fix(word) {
            return fixed.into_iter().collect();
        }
        let mended = mend(word);
        let dictionary = self.dictionary();
        let mut found = Vec::new();
        dictionary
            .suggester()
            .with_ngram_suggestions(false)
            .suggest(&mended, &mut found);
        if found.is_empty() {
            dictionary.suggest(&mended, &mut found);
        }
        let mut out: Vec<String> = Vec::new();
        for suggestion in found {
            if suggestion != mended && suggestion != word && !out.contains(&suggestion) {
                out.push(suggestion);
            }
        }
        out.truncate(3);
        out
    }

    /// The base language code, when known.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Whether the dictionary accepts `word` as it is (after mending cedillas).
    pub fn accepts(&self, word: &str) -> bool {
        let word = mend(word);
        self.dictionary().check(&word)
    }

    /// The words of `text` the dictionary rejects, in order, with character offsets.
    /// The words taught with [`KnownWords::teach`] are taught to the dictionary first.
    pub fn check(&self, text: &str, known: &KnownWords) -> Vec<Slip> {
        self.teach(known.taught());
        let dictionary = self.dictionary();
        let mut offsets = CharOffsets::new(text);
        let mut slips = Vec::new();
        for candidate in candidates(text) {
            self.check_candidate(
                &dictionary,
                text,
                &candidate,
                known,
                &mut |start, end, kind| {
                    slips.push(Slip {
                        start: offsets.at(start),
                        end: offsets.at(end),
                        word: text[start..end].to_string(),
                        kind,
                    });
                },
            );
        }
        names_everywhere(&mut slips);
        slips
    }

    fn check_candidate(
        &self,
        dictionary: &Dictionary,
        text: &str,
        candidate: &Candidate,
        known: &KnownWords,
        slip: &mut impl FnMut(usize, usize, SlipKind),
    ) {
        let whole = mend(&text[candidate.start..candidate.end]);
        if let Some(fixed) = mixed_fix(&whole) {
            slip(
                candidate.start,
                candidate.end,
                SlipKind::MixedAlphabets { fixed },
            );
            return;
        }
        if passes(dictionary, &whole, known) {
            return;
        }
        let opening = starts_sentence(text, candidate.start);
        if candidate.parts.len() == 1 {
            slip(
                candidate.start,
                candidate.end,
                self.judge(dictionary, &whole, opening),
            );
            return;
        }
        // Hunspell knows `într-o` and `s-a` whole; other compounds are right when each part is.
        for (i, &(start, end)) in candidate.parts.iter().enumerate() {
            let part = mend(&text[start..end]);
            if part.chars().count() < 2 || is_all_caps(&part) || passes(dictionary, &part, known) {
                continue;
            }
            slip(start, end, self.judge(dictionary, &part, opening && i == 0));
        }
    }

    /// What an unknown word is: a name when it is capitalised inside a sentence (surnames
    /// keep their î: `Pînzaru`), an old spelling when its modern form is known, else a
    /// misspelling.
    fn judge(&self, dictionary: &Dictionary, word: &str, opening: bool) -> SlipKind {
        let capitalised = is_capitalised(word);
        if capitalised && !opening {
            // `Sînt` and `Romînia` are the common words' old spellings, never surnames.
            let lower = word.to_lowercase();
            if !(lower.starts_with("sînt") || lower.contains("romîn")) {
                return SlipKind::Name;
            }
        }
        let romanian = self.language.as_deref().is_none_or(|l| l == "ro");
        match romanian
            .then(|| modern_spelling(dictionary, word))
            .flatten()
        {
            Some(modern) => SlipKind::OldSpelling { modern },
            None => SlipKind::Misspelt,
        }
    }
}

fn passes(dictionary: &Dictionary, word: &str, known: &KnownWords) -> bool {
    known.contains(word) || dictionary.check(word) || {
        // A capitalised word (at a sentence start) is also tried in lowercase.
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && {
            let lower = word.to_lowercase();
            lower != word && dictionary.check(&lower)
        }
    }
}

/// A capitalised word that is a name inside a sentence is a name at a sentence's start too.
fn names_everywhere(slips: &mut [Slip]) {
    let names: HashSet<String> = slips
        .iter()
        .filter(|s| s.kind == SlipKind::Name)
        .map(|s| s.word.clone())
        .collect();
    for slip in slips.iter_mut() {
        if slip.kind != SlipKind::Name && names.contains(&slip.word) {
            slip.kind = SlipKind::Name;
        }
    }
}

/// The modern form of a word written with `î` inside, if the dictionary accepts it:
/// `sînt` → `sunt`, `pînă` → `până`, `întîmpină` → `întâmpină`; an `î` after a prefix
/// (`neîntîmplat` → `neîntâmplat`) is kept when only that form is accepted.
fn modern_spelling(dictionary: &Dictionary, word: &str) -> Option<String> {
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
        if dictionary.check(&modern) || dictionary.check(&modern.to_lowercase()) {
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
        (dictionary.check(&form) || dictionary.check(&form.to_lowercase())).then_some(form)
    })
}

/// Where a speller's `.dic` text can be read again (it is not kept: megabytes).
enum DicText {
    Files(DictionaryFiles),
    BuiltIn(BuiltIn),
    Text(String),
}

impl DicText {
    /// The text, or `None` when it cannot be read any more (words are then taught bare).
    fn text(&self) -> Option<String> {
        match self {
            DicText::Files(files) => read_dictionary(files).ok().map(|(_, dic)| dic),
            DicText::BuiltIn(built_in) => built_in.unpack().ok().map(|(_, dic)| dic),
            DicText::Text(text) => Some(text.clone()),
        }
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
