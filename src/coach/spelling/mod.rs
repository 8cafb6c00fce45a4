//! Spelling for the writing coach: Hunspell dictionaries found on the system (or in folders
//! the librarian names), checked with spellbook, loaded once and off the keystroke path.
//!
//! - [`Dictionaries::find`] finds `ro_RO.aff` + `ro_RO.dic` (and the like) for a language;
//!   [`Dictionaries::locate`] falls back on the dictionaries built into the program
//!   ([`BuiltIn`]: Romanian, Russian, English), so spelling works on a bare computer.
//! - [`Speller::check`] returns the [`Slip`]s of a text, with character offsets; Moldovan
//!   spellings with an inner `î` (`pînă`, `sînt`) are [`SlipKind::OldSpelling`], not mistakes.
//! - [`KnownWords`] (names from the story, the [`PersonalWords`] list) are never flagged;
//!   the personal list and a template's words are taught with their forms
//!   ([`Speller::teach`]: each takes the flags of dictionary words ending like it).
//! - The field's words are built in (`dictionaries/field/`: Moldova's districts, towns and
//!   villages, programmes, the sector's words), in Romanian, Russian and English.
//! - An unknown capitalised word inside a sentence is a name: one tip lists them
//!   ([`one_names_tip`]); [`Speller::suggest`] gives up to three corrections, asked for
//!   when wanted ([`suggest_all`] for `check`), never on the keystroke path.
//! - [`SpellerCache`] loads each language once, on a background thread.

mod bundled;
mod cache;
mod dictionaries;
mod field;
mod findings;
mod known;
mod learn;
mod script;
mod speller;
mod words;

use std::path::PathBuf;

pub use bundled::BuiltIn;
pub use cache::{SpellerCache, SpellerStatus};
pub use dictionaries::{Dictionaries, DictionaryFiles, DictionarySource, SYSTEM_DICTIONARIES_VAR};
pub(super) use findings::spelling_findings;
pub use findings::{one_names_tip, suggest_all};
pub use known::{KnownWords, PersonalWords};
pub use speller::{Slip, SlipKind, Speller};

/// What can go wrong with dictionaries and the personal word list.
#[derive(Debug, thiserror::Error)]
pub enum SpellingError {
    #[error(
        "cannot read {path}: {source}. Check that the file exists and can be read, or point \
         --dictionaries to another folder."
    )]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}. Check that its folder exists and can be written to.")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid {encoding} text. Save it as {encoding}.")]
    Encoding { path: PathBuf, encoding: String },
    #[error(
        "{path} uses the {encoding} encoding, which povestitor cannot read. Convert the .aff and \
         .dic files to UTF-8 (iconv -f {encoding} -t UTF-8) and change the .aff's SET line to \
         `SET UTF-8`."
    )]
    UnsupportedEncoding { path: PathBuf, encoding: String },
    #[error(
        "the dictionary {aff} (with {dic}) cannot be read: {message}. Replace both files with a \
         Hunspell dictionary that works in LibreOffice."
    )]
    Parse {
        aff: PathBuf,
        dic: PathBuf,
        message: String,
    },
    #[error(
        "the built-in dictionary {name} cannot be read: {message}. Point --dictionaries to a \
         folder with a Hunspell dictionary for this language."
    )]
    BuiltIn { name: String, message: String },
    #[error(
        "no Hunspell dictionary for \"{language}\" in {}. Install one (on Debian: apt install \
         hunspell-{language}) or point --dictionaries to a folder with {language}_XX.aff and \
         {language}_XX.dic.",
        folder_list(.searched)
    )]
    NotFound {
        language: String,
        searched: Vec<PathBuf>,
    },
}

fn folder_list(folders: &[PathBuf]) -> String {
    if folders.is_empty() {
        return "no folder (none given, and this system has no standard one)".to_string();
    }
    folders
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\nTRY aeiou\n\nSFX P Y 1\nSFX P 0 le .\n";
    const DIC: &str = "8\nla\ncarte/P\nșir\nîntâmpină\npână\nsunt\nneîntrerupt\npânzari\n";

    fn speller() -> Speller {
        Speller::from_strings(AFF, DIC).expect("dictionary")
    }

    fn slips(text: &str) -> Vec<(usize, usize, String, SlipKind)> {
        speller()
            .check(text, &KnownWords::new())
            .into_iter()
            .map(|s| (s.start, s.end, s.word, s.kind))
            .collect()
    }

    #[test]
    fn spans_are_in_characters() {
        assert_eq!(
            slips("șir șir cartea carte"),
            [(8, 14, "cartea".to_string(), SlipKind::Misspelt)]
        );
        assert!(slips("Cartele șir.").is_empty());
    }

    #[test]
    fn old_spellings_name_their_modern_form() {
        let old = |modern: &str| SlipKind::OldSpelling {
            modern: modern.to_string(),
        };
        assert_eq!(
            slips("pînă Sînt întîmpină neîntrerupt"),
            [
                (0, 4, "pînă".to_string(), old("până")),
                (5, 9, "Sînt".to_string(), old("Sunt")),
                (10, 19, "întîmpină".to_string(), old("întâmpină")),
            ]
        );
        // A capitalised word inside a sentence is a surname: it keeps its î.
        assert_eq!(
            slips("pînă la Pînzari"),
            [
                (0, 4, "pînă".to_string(), old("până")),
                (8, 15, "Pînzari".to_string(), SlipKind::Name),
            ]
        );
        // Not Romanian: the same words are plain mistakes.
        let russian = speller().with_language("ru");
        assert!(
            russian
                .check("pînă", &KnownWords::new())
                .iter()
                .all(|s| s.kind == SlipKind::Misspelt)
        );
    }

    #[test]
    fn a_latin_1_dictionary_loads() {
        let folder = tempfile::tempdir().expect("temp dir");
        let files = DictionaryFiles {
            language: "fr".into(),
            aff: folder.path().join("fr.aff"),
            dic: folder.path().join("fr.dic"),
        };
        std::fs::write(&files.aff, b"SET ISO8859-1\nTRY e\n").expect("aff");
        std::fs::write(&files.dic, b"2\ncaf\xE9\nth\xE9\n").expect("dic");
        let speller = Speller::load(&files).expect("loads");
        assert!(speller.accepts("café") && speller.accepts("thé"));
        let text = "café cafe";
        let slips = speller.check(text, &KnownWords::new());
        assert_eq!(slips.len(), 1);
        assert_eq!((slips[0].start, slips[0].end), (5, 9));
    }

    #[test]
    fn errors_say_what_to_do() {
        let message = SpellingError::NotFound {
            language: "ro".into(),
            searched: vec![PathBuf::from("/usr/share/hunspell")],
        }
        .to_string();
        assert!(message.contains("/usr/share/hunspell"), "{message}");
        assert!(message.contains("hunspell-ro"), "{message}");
    }
}
