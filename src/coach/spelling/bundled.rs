//! The Romanian, Russian and English dictionaries built into the program, for a computer
//! that has none (Windows, macOS): Debian's files unchanged, gzip-compressed
//! (`dictionaries/`, licences in `dictionaries/LICENSES/`). They are only unpacked when a
//! speller is loaded, off the keystroke path, never when the program starts.

use std::io::Read;

use super::SpellingError;
use super::dictionaries::base_language;

/// One built-in dictionary: its name (`ro_RO`) and its two files, compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltIn {
    pub name: &'static str,
    aff: &'static [u8],
    dic: &'static [u8],
}

macro_rules! built_in {
    ($name:literal) => {
        BuiltIn {
            name: $name,
            aff: include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/dictionaries/",
                $name,
                ".aff.gz"
            )),
            dic: include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/dictionaries/",
                $name,
                ".dic.gz"
            )),
        }
    };
}

const BUILT_IN: [BuiltIn; 3] = [built_in!("ro_RO"), built_in!("ru_RU"), built_in!("en_US")];

impl BuiltIn {
    /// The built-in dictionary for `language` (`ro`, `ro_MD`, `en-GB`…), if there is one.
    pub fn for_language(language: &str) -> Option<BuiltIn> {
        let base = base_language(language);
        BUILT_IN
            .into_iter()
            .find(|b| base_language(b.name) == base && !base.is_empty())
    }

    /// The languages that have a built-in dictionary (`ro`, `ru`, `en`).
    pub fn languages() -> Vec<String> {
        BUILT_IN.iter().map(|b| base_language(b.name)).collect()
    }

    /// Both files unpacked, as text (the three are UTF-8).
    pub(super) fn unpack(&self) -> Result<(String, String), SpellingError> {
        let unpack = |bytes: &[u8], extension: &str| {
            let mut text = String::new();
            flate2::read::GzDecoder::new(bytes)
                .read_to_string(&mut text)
                .map_err(|e| SpellingError::BuiltIn {
                    name: format!("{}.{extension}", self.name),
                    message: e.to_string(),
                })?;
            Ok(text)
        };
        Ok((unpack(self.aff, "aff")?, unpack(self.dic, "dic")?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_and_its_regions_find_their_dictionary() {
        assert_eq!(BuiltIn::languages(), ["ro", "ru", "en"]);
        for (language, name) in [
            ("ro", "ro_RO"),
            ("ro-MD", "ro_RO"),
            ("RU", "ru_RU"),
            ("en_GB", "en_US"),
        ] {
            assert_eq!(BuiltIn::for_language(language).map(|b| b.name), Some(name));
        }
        assert_eq!(BuiltIn::for_language("fr"), None);
        assert_eq!(BuiltIn::for_language(""), None);
    }

    #[test]
    fn the_files_unpack_to_debians_dictionaries() {
        let (aff, dic) = BuiltIn::for_language("ru")
            .expect("ru")
            .unpack()
            .expect("unpacks");
        assert!(aff.starts_with("SET UTF-8"), "{}", &aff[..40]);
        // A .dic starts with its number of words.
        let count: usize = dic
            .lines()
            .next()
            .expect("count")
            .trim()
            .parse()
            .expect("number");
        assert!(count > 100_000 && dic.lines().count() > 100_000);
    }
}
