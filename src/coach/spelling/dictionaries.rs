//! Finding Hunspell dictionaries (`.aff` + `.dic`) for a language, and reading them as text.

use std::path::{Path, PathBuf};

use super::SpellingError;
use super::bundled::BuiltIn;

/// Set, it replaces the system's dictionary folders (a list like `PATH`; empty: none), so a
/// test can stand for a computer without dictionaries.
pub const SYSTEM_DICTIONARIES_VAR: &str = "POVESTITOR_SYSTEM_DICTIONARIES";

/// Where a language's dictionary comes from: files found in a folder, or built in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DictionarySource {
    Files(DictionaryFiles),
    BuiltIn(BuiltIn),
}

impl DictionarySource {
    /// The `.dic` file's path, or `built-in ro_RO`, for a person to read.
    pub fn describe(&self) -> String {
        match self {
            DictionarySource::Files(files) => files.dic.display().to_string(),
            DictionarySource::BuiltIn(built_in) => format!("built-in {}", built_in.name),
        }
    }
}

/// The two files of one Hunspell dictionary, and the language code they were found for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryFiles {
    /// The base language code the files were looked up for (`ro`, `ru`, `en`).
    pub language: String,
    /// The affix file (`ro_RO.aff`).
    pub aff: PathBuf,
    /// The word list (`ro_RO.dic`).
    pub dic: PathBuf,
}

/// Where dictionaries are looked for.
pub struct Dictionaries;

impl Dictionaries {
    /// Looks for a dictionary for `language` (`ro`, `ru`, `en`, or a full code such as
    /// `en_GB`), first in the `extra` folders in their order, then in the system folders.
    pub fn find(language: &str, extra: &[PathBuf]) -> Option<DictionaryFiles> {
        Self::find_in(language, &Self::searched(extra))
    }

    /// Where `language`'s dictionary comes from: the `extra` folders, then the system's, then
    /// the ones built into the program (Romanian, Russian, English).
    pub fn locate(language: &str, extra: &[PathBuf]) -> Option<DictionarySource> {
        Self::find(language, extra)
            .map(DictionarySource::Files)
            .or_else(|| BuiltIn::for_language(language).map(DictionarySource::BuiltIn))
    }

    /// The folders searched for `language`, in order, as `NotFound` names them.
    pub fn searched(extra: &[PathBuf]) -> Vec<PathBuf> {
        let mut folders = extra.to_vec();
        folders.extend(Self::system_folders());
        folders
    }

    /// Looks for a dictionary for `language` in `folders` only, in their order.
    pub fn find_in(language: &str, folders: &[PathBuf]) -> Option<DictionaryFiles> {
        let base = base_language(language);
        if base.is_empty() {
            return None;
        }
        folders.iter().find_map(|folder| {
            candidate_names(language, &base, folder)
                .into_iter()
                .find_map(|name| {
                    let aff = folder.join(format!("{name}.aff"));
                    let dic = folder.join(format!("{name}.dic"));
                    // `is_file` follows symbolic links (Debian links its dictionaries) and is
                    // false for a dangling one.
                    (aff.is_file() && dic.is_file()).then(|| DictionaryFiles {
                        language: base.clone(),
                        aff,
                        dic,
                    })
                })
        })
    }

    /// The folders where the system keeps Hunspell dictionaries (none on Windows and macOS),
    /// or those of `POVESTITOR_SYSTEM_DICTIONARIES` when it is set.
    pub fn system_folders() -> Vec<PathBuf> {
        if let Some(list) = std::env::var_os(SYSTEM_DICTIONARIES_VAR) {
            std::env::split_paths(&list)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        } else if cfg!(all(unix, not(target_os = "macos"))) {
            [
                "/usr/share/hunspell",
                "/usr/share/myspell/dicts",
                "/usr/share/myspell",
            ]
            .into_iter()
            .map(PathBuf::from)
            .collect()
        } else {
            Vec::new()
        }
    }
}

/// `ro` from `ro`, `ro_RO`, `ro-MD`, `RO`.
pub(super) fn base_language(language: &str) -> String {
    language
        .split(['_', '-'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// File names (without extension) to try in `folder`, best first: the exact code asked for,
/// the usual regions of the language, the bare language, then any other region in order.
fn candidate_names(language: &str, base: &str, folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut push = |name: String| {
        if !names.contains(&name) {
            names.push(name);
        }
    };
    if language.len() > base.len() {
        let (_, region) = language.split_at(base.len() + 1);
        push(format!("{base}_{}", region.to_ascii_uppercase()));
    }
    let usual: &[&str] = match base {
        "ro" => &["ro_RO", "ro_MD"],
        "ru" => &["ru_RU"],
        "en" => &["en_US", "en_GB"],
        _ => &[],
    };
    for name in usual {
        push((*name).to_string());
    }
    push(base.to_string());
    let mut others: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".aff")?;
            stem.strip_prefix(base)?
                .starts_with(['_', '-'])
                .then(|| stem.to_string())
        })
        .collect();
    others.sort();
    for name in others {
        push(name);
    }
    names
}

/// Reads both files of a dictionary as text: UTF-8, or ISO-8859-1 when the `.aff`'s `SET`
/// line says so. Other 8-bit encodings are refused with a message that says how to convert.
pub(super) fn read_dictionary(files: &DictionaryFiles) -> Result<(String, String), SpellingError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| SpellingError::Read {
            path: path.to_path_buf(),
            source,
        })
    };
    let aff_bytes = read(&files.aff)?;
    let encoding = declared_encoding(&aff_bytes);
    let aff = decode(&aff_bytes, &encoding, &files.aff)?;
    let dic = decode(&read(&files.dic)?, &encoding, &files.dic)?;
    Ok((aff, dic))
}

/// The encoding named by the `.aff`'s `SET` line, upper-cased; UTF-8 when there is none.
fn declared_encoding(aff: &[u8]) -> String {
    aff.split(|&b| b == b'\n')
        .find_map(|line| {
            let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
            let rest = line.strip_prefix(b"SET")?;
            rest.first()
                .is_some_and(u8::is_ascii_whitespace)
                .then(|| String::from_utf8_lossy(rest).trim().to_ascii_uppercase())
        })
        .unwrap_or_else(|| "UTF-8".to_string())
}

fn decode(bytes: &[u8], encoding: &str, path: &Path) -> Result<String, SpellingError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match encoding {
        "UTF-8" | "UTF8" => {
            String::from_utf8(bytes.to_vec()).map_err(|_| SpellingError::Encoding {
                path: path.to_path_buf(),
                encoding: "UTF-8".to_string(),
            })
        }
        // ISO-8859-1 maps every byte to the code point of the same number.
        "ISO8859-1" | "ISO-8859-1" | "LATIN1" => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        other => match std::str::from_utf8(bytes) {
            // A file whose bytes are all ASCII reads the same in every 8-bit encoding.
            Ok(text) if text.is_ascii() => Ok(text.to_string()),
            _ => Err(SpellingError::UnsupportedEncoding {
                path: path.to_path_buf(),
                encoding: other.to_string(),
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_language_takes_the_part_before_the_region() {
        assert_eq!(base_language("ro"), "ro");
        assert_eq!(base_language("ro_RO"), "ro");
        assert_eq!(base_language("EN-gb"), "en");
        assert_eq!(base_language(""), "");
    }

    #[test]
    fn finds_in_extra_folders_first_and_follows_links() {
        let first = tempfile::tempdir().expect("temp dir");
        let second = tempfile::tempdir().expect("temp dir");
        for (folder, name) in [(&first, "ro"), (&second, "ro_RO")] {
            std::fs::write(folder.path().join(format!("{name}.aff")), "SET UTF-8\n").expect("aff");
            std::fs::write(folder.path().join(format!("{name}.dic")), "1\na\n").expect("dic");
        }
        let folders = [first.path().to_path_buf(), second.path().to_path_buf()];
        let found = Dictionaries::find_in("ro", &folders).expect("found");
        assert_eq!(found.aff, first.path().join("ro.aff"));
        assert_eq!(found.language, "ro");
        // The region the caller asked for wins over the usual one in the same folder.
        std::fs::write(second.path().join("ro_MD.aff"), "").expect("aff");
        std::fs::write(second.path().join("ro_MD.dic"), "").expect("dic");
        let found = Dictionaries::find_in("ro-md", &folders[1..]).expect("found");
        assert_eq!(found.dic, second.path().join("ro_MD.dic"));
        assert!(Dictionaries::find_in("ru", &folders).is_none());

        #[cfg(unix)]
        {
            let linked = tempfile::tempdir().expect("temp dir");
            let aff = linked.path().join("en_GB.aff");
            std::os::unix::fs::symlink(second.path().join("ro_RO.aff"), &aff).expect("link");
            std::os::unix::fs::symlink(
                second.path().join("ro_RO.dic"),
                linked.path().join("en_GB.dic"),
            )
            .expect("link");
            // A dangling link is no dictionary.
            std::os::unix::fs::symlink(
                linked.path().join("nowhere"),
                linked.path().join("en_US.aff"),
            )
            .expect("link");
            let found = Dictionaries::find_in("en", &[linked.path().to_path_buf()]).expect("found");
            assert_eq!(found.aff, aff);
            let (aff_text, dic_text) = read_dictionary(&found).expect("read");
            assert_eq!(
                (aff_text.as_str(), dic_text.as_str()),
                ("SET UTF-8\n", "1\na\n")
            );
        }
    }

    #[test]
    fn reads_latin1_and_refuses_other_8_bit_encodings_by_name() {
        let folder = tempfile::tempdir().expect("temp dir");
        let files = DictionaryFiles {
            language: "xx".into(),
            aff: folder.path().join("xx.aff"),
            dic: folder.path().join("xx.dic"),
        };
        std::fs::write(&files.aff, b"SET ISO8859-1\nTRY e\n").expect("aff");
        std::fs::write(&files.dic, b"1\ncaf\xE9\n").expect("dic");
        let (_, dic) = read_dictionary(&files).expect("latin-1");
        assert_eq!(dic, "1\ncafé\n");

        std::fs::write(&files.aff, b"SET KOI8-R\n").expect("aff");
        std::fs::write(&files.dic, b"1\n\xC1\n").expect("dic");
        let message = read_dictionary(&files).expect_err("koi8-r").to_string();
        assert!(
            message.contains("KOI8-R") && message.contains("xx.dic"),
            "{message}"
        );

        std::fs::write(&files.aff, b"SET UTF-8\n").expect("aff");
        let message = read_dictionary(&files).expect_err("not utf-8").to_string();
        assert!(
            message.contains("xx.dic") && message.contains("UTF-8"),
            "{message}"
        );
    }
}
