//! Words taught to a dictionary the way Hunspell teaches them: a new word takes the affix
//! flags of dictionary words that end like it, so its inflected forms are known too (a
//! librarian who adds `Novateca` no longer sees `Novatecii` flagged).

use std::collections::{HashMap, HashSet};

use spellbook::Dictionary;

/// How many last letters decide which dictionary words a new word inflects like.
const ENDING: usize = 3;
/// The flag sets tried for a new word, most common first.
const TRIED: usize = 3;

/// The flags of the model words a field list names, as their `.dic` lines give them (all
/// lines of a word together). One pass over the `.dic` text, allocating only for them.
pub(super) fn model_flags(dic: &str, models: &HashSet<String>) -> HashMap<String, String> {
    let mut found: HashMap<String, String> = HashMap::new();
    if models.is_empty() {
        return found;
    }
    for line in dic.lines().skip(1) {
        let Some((word, flags)) = entry(line) else {
            continue;
        };
        if models.contains(word) {
            let own = found.entry(word.to_string()).or_default();
            for flag in flags.chars() {
                if !own.contains(flag) {
                    own.push(flag);
                }
            }
        }
    }
    found
}

/// A `.dic` line's word and flags, when it has flags.
fn entry(line: &str) -> Option<(&str, &str)> {
    let entry = line.split(['\t', ' ']).next().unwrap_or("");
    let (word, flags) = entry.split_once('/')?;
    (!word.is_empty() && !flags.is_empty()).then_some((word, flags))
}

/// What the `.dic` file says about endings: for each word ending, the flag sets of the
/// words that end so, most common first. Read only when a word is taught (a pass over the
/// whole `.dic`: tens of milliseconds).
#[derive(Debug, Default)]
pub(super) struct Endings {
    by_ending: HashMap<String, Vec<String>>,
}

impl Endings {
    pub fn read(dic: &str) -> Endings {
        let mut counts: HashMap<String, HashMap<&str, u32>> = HashMap::new();
        for line in dic.lines().skip(1) {
            let Some((word, flags)) = entry(line) else {
                continue;
            };
            if word.chars().any(|c| !c.is_alphabetic()) {
                continue;
            }
            for length in [ENDING, ENDING - 1] {
                let key = ending(word, length);
                *counts.entry(key).or_default().entry(flags).or_default() += 1;
            }
        }
        let by_ending = counts
            .into_iter()
            .map(|(key, sets)| {
                let mut sets: Vec<(&str, u32)> = sets.into_iter().collect();
                sets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                let top = sets.into_iter().take(TRIED).map(|(f, _)| f.to_string());
                (key, top.collect())
            })
            .collect();
        Endings { by_ending }
    }

    /// The flag sets of dictionary words that end as `word` does, most common first.
    fn flags_for(&self, word: &str) -> &[String] {
        for length in [ENDING, ENDING - 1] {
            if word.chars().count() > length
                && let Some(sets) = self.by_ending.get(&ending(word, length))
            {
                return sets;
            }
        }
        &[]
    }

    /// The `.dic` line that teaches `word`: a stem it is a form of, with the flags that
    /// make `word` itself, tried on a dictionary of that line alone (built from `aff`);
    /// the word bare when no flag set makes it.
    pub fn line_for(&self, word: &str, language: Option<&str>, aff: &str) -> String {
        for stem in stems(word, language) {
            let Some(first) = self.flags_for(&stem).first() else {
                continue;
            };
            // The word as its own stem: the flags add forms, the word itself is made.
            if stem == word {
                return format!("{stem}/{first}");
            }
            for flags in self.flags_for(&stem) {
                let line = format!("{stem}/{flags}");
                // A dictionary of that line alone: parsing the .aff takes a millisecond.
                let makes_it = Dictionary::new(aff, &format!("1\n{line}\n"))
                    .is_ok_and(|d| d.check(word) && d.check(&stem));
                if makes_it {
                    return line;
                }
            }
        }
        word.to_string()
    }
}

/// The last `length` letters of `word`, lowercased.
fn ending(word: &str, length: usize) -> String {
    let chars: Vec<char> = word.chars().collect();
    chars[chars.len().saturating_sub(length)..]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// The stems `word` may be a form of, likeliest first, ending with the word itself:
/// `Novatecii` → `Novatecă`; `trainingul` → `training`; `Оргеева` → `Оргеев`.
fn stems(word: &str, language: Option<&str>) -> Vec<String> {
    let rules: &[(&str, &str)] = match language {
        Some("ro") | None => &[
            ("urilor", ""),
            ("urile", ""),
            ("ului", ""),
            ("uri", ""),
            ("ul", ""),
            ("ii", "ă"),
            ("ei", "ă"),
            ("a", "ă"),
        ],
        Some("ru") => &[
            ("ией", "ия"),
            ("ии", "ия"),
            ("ию", "ия"),
            ("ом", ""),
            ("ой", "а"),
            ("у", ""),
            ("е", ""),
            ("а", ""),
        ],
        Some("en") => &[("'s", ""), ("s", "")],
        Some(_) => &[],
    };
    let mut stems = Vec::new();
    for (ending, instead) in rules {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 3
        {
            let stem = format!("{stem}{instead}");
            if !stems.contains(&stem) {
                stems.push(stem);
            }
        }
    }
    stems.push(word.to_string());
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\n\nSFX A Y 2\nSFX A ă a ă\nSFX A ă ii ă\n\nSFX C Y 2\nSFX C 0 ul .\nSFX C 0 uri .\n";
    const DIC: &str = "4\nbibliotecă/A\ndiscotecă/A\nblog/C\nclub/C\n";

    #[test]
    fn a_new_word_inflects_like_the_words_that_end_as_it_does() {
        let models = model_flags(DIC, &HashSet::from(["club".to_string()]));
        assert_eq!(models.get("club").map(String::as_str), Some("C"));
        let endings = Endings::read(DIC);
        assert_eq!(endings.line_for("Novatecii", Some("ro"), AFF), "Novatecă/A");
        assert_eq!(endings.line_for("vlog", Some("ro"), AFF), "vlog/C");
        assert_eq!(endings.line_for("vlogul", Some("ro"), AFF), "vlog/C");
        // Nothing ends like it: the word alone.
        assert_eq!(endings.line_for("Soroca", Some("ro"), AFF), "Sorocă/A");
        assert_eq!(endings.line_for("Orhei", Some("ro"), AFF), "Orhei");
    }
}
