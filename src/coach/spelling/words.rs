//! Cutting a text into the words a dictionary should see, and deciding which to skip.

use unicode_segmentation::UnicodeSegmentation;

/// A word of the text as a byte range, with its hyphen-joined parts (`într-o` → `într`, `o`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Candidate {
    pub start: usize,
    pub end: usize,
    /// Byte ranges of the parts joined by hyphens; one part for a plain word.
    pub parts: Vec<(usize, usize)>,
}

/// Abbreviations that are often followed by a capital letter (`mun. Chișinău`), so the
/// "followed by a lowercase word" rule alone would miss them.
const ABBREVIATIONS: &[&str] = &[
    "mun", "or", "str", "bd", "bl", "sc", "ap", "jud", "com", "r", "nr", "tel", "prof", "conf",
    "lect", "dr", "dna", "dl", "ing", "acad", "univ", "pag", "vol", "ed", "cca", "aprox", "ex",
    "etc", "ian", "feb", "mar", "apr", "iun", "iul", "aug", "sept", "oct", "noi", "dec", "sf",
    // Russian
    "г", "ул", "пр", "им", "д", "с", "обл", "р", "ст", "тел", "проф", "см", "стр",
    // English
    "st", "rd", "ave", "no", "vs", "approx",
];

/// The longest lowercase word taken for an abbreviation when a dot and a lowercase word follow.
const SHORT: usize = 5;

fn is_joiner(segment: &str) -> bool {
    matches!(segment, "-" | "\u{2010}" | "\u{2011}")
}

fn is_wordy(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// The words of `text` worth checking, in order: numbers, words with digits, URLs, e-mail
/// addresses, all-caps abbreviations, dotted abbreviations and single letters are left out.
pub(super) fn candidates(text: &str) -> Vec<Candidate> {
    // `mun.Bălți`, `является.Труд`: a missing space (the typography rule's) cuts the word.
    let segments = super::super::words::cut_glued(text, text.split_word_bound_indices().collect());
    let mut out = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let (start, segment) = segments[i];
        if !is_wordy(segment) {
            i += 1;
            continue;
        }
        let mut parts = vec![(start, start + segment.len())];
        let mut last = i;
        while let (Some((_, joiner)), Some(&(next_start, next))) =
            (segments.get(last + 1), segments.get(last + 2))
        {
            if !is_joiner(joiner) || !is_wordy(next) {
                break;
            }
            parts.push((next_start, next_start + next.len()));
            last += 2;
        }
        i = last + 1;
        let end = parts.last().map_or(start, |&(_, e)| e);
        let candidate = Candidate { start, end, parts };
        if !skipped(text, &candidate, &segments[i..]) {
            out.push(candidate);
        }
    }
    out
}

fn skipped(text: &str, candidate: &Candidate, after: &[(usize, &str)]) -> bool {
    let word = &text[candidate.start..candidate.end];
    let first = candidate.parts.first().map_or(word, |&(s, e)| &text[s..e]);
    word.chars().any(|c| c.is_numeric())
        || word.contains('.')
        || letters(word) < 2
        || is_all_caps(first)
        || in_link(text, candidate.start, candidate.end)
        || is_dotted_abbreviation(word, after)
}

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// Whether the word at byte `start` opens a sentence: the text's start, a new line, or
/// after `.`, `!`, `?` or `…` (opening quotes and brackets between), but not after an
/// abbreviation's dot (`mun. Soroca`, `r-nul`, `B. P. Hasdeu`).
pub(super) fn starts_sentence(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let mut chars = before.char_indices().rev().peekable();
    let mut new_line = false;
    while let Some(&(_, c)) = chars.peek() {
        if c.is_whitespace() || "„“”\"«»'‘’([{—–-*•".contains(c) {
            new_line |= c == '\n';
            chars.next();
        } else {
            break;
        }
    }
    let Some((at, mark)) = chars.next() else {
        return true;
    };
    if new_line {
        return true;
    }
    match mark {
        '!' | '?' | '…' => true,
        '.' => {
            let word: String = before[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let lower = word.to_lowercase();
            !(word.chars().count() == 1 || ABBREVIATIONS.contains(&lower.as_str()))
        }
        _ => false,
    }
}

/// `BMB`, `ONG` (also `ONG-uri`: the first part decides), but not `A` or `Ana`.
pub(super) fn is_all_caps(word: &str) -> bool {
    letters(word) >= 2 && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether the whitespace-delimited chunk around the word is a URL or an e-mail address.
fn in_link(text: &str, start: usize, end: usize) -> bool {
    let chunk_start = text[..start].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let chunk_end = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    let chunk = &text[chunk_start..chunk_end];
    chunk.contains("://") || chunk.contains('@') || chunk.to_lowercase().contains("www.")
}

/// A short lowercase word directly followed by a dot, when it is a known abbreviation or
/// the dot is followed by a lowercase word or another abbreviation (`nr. înreg.`).
fn is_dotted_abbreviation(word: &str, after: &[(usize, &str)]) -> bool {
    if after.first().map(|&(_, s)| s) != Some(".") {
        return false;
    }
    if word.chars().count() > SHORT || word.chars().any(char::is_uppercase) {
        return ABBREVIATIONS.contains(&word.to_lowercase().as_str());
    }
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    let next = after[1..]
        .iter()
        .map(|&(_, s)| s)
        .find(|s| !s.trim().is_empty());
    next.and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        candidates(text)
            .into_iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn keeps_inner_hyphens_and_apostrophes() {
        assert_eq!(
            words("Într-o zi s-a dus, nu-i așa? L-am văzut — don’t."),
            [
                "Într-o", "zi", "s-a", "dus", "nu-i", "așa", "L-am", "văzut", "don’t"
            ]
        );
        let c = &candidates("dintr-un")[0];
        assert_eq!(c.parts, [(0, 5), (6, 8)]);
    }

    #[test]
    fn skips_numbers_links_abbreviations_and_single_letters() {
        let text = "În 2024 am avut 10-15 cititori în mun. Chișinău, str. Ștefan cel Mare nr. 5; \
                    vezi https://bnrm.md/carte și www.bmb.md sau scrie la info@bmb.md, \
                    BMB și ONG-urile, cărți, reviste ș.a.m.d. etc. O zi a venit, e.g. ieri.";
        assert_eq!(
            words(text),
            [
                "În",
                "am",
                "avut",
                "cititori",
                "în",
                "Chișinău",
                "Ștefan",
                "cel",
                "Mare",
                "vezi",
                "și",
                "sau",
                "scrie",
                "la",
                "și",
                "cărți",
                "reviste",
                "zi",
                "venit",
                "ieri"
            ]
        );
    }

    #[test]
    fn sentences_start_after_full_stops_not_after_abbreviations() {
        let at = |text: &str, word: &str| starts_sentence(text, text.find(word).expect(word));
        assert!(at("Soroca e aici.", "Soroca"));
        assert!(at("Am venit. „Soroca” e aici.", "Soroca"));
        assert!(at("Am venit\nSoroca e aici.", "Soroca"));
        assert!(!at("Am venit la Soroca.", "Soroca"));
        assert!(!at("În mun. Soroca, r. Ungheni.", "Soroca"));
        assert!(!at("În mun. Soroca, r. Ungheni.", "Ungheni"));
        assert!(!at("Biblioteca B. P. Hasdeu", "Hasdeu"));
        assert!(!at("Ea a spus: Novateca", "Novateca"));
    }

    #[test]
    fn a_short_word_before_a_full_stop_and_a_capital_is_still_checked() {
        assert_eq!(
            words("Am citit cartz. Apoi am plecat."),
            ["Am", "citit", "cartz", "Apoi", "am", "plecat"]
        );
        assert_eq!(words("vol. întâi"), ["întâi"]);
    }
}
