//! Alphabets: a word that mixes Latin and Cyrillic letters (a Latin `c` typed on an English
//! keyboard in the middle of a Russian word) looks right and is not; and capitals.

/// Latin letters and the Cyrillic letters that look the same.
const TWINS: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('i', 'і'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
];

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

fn is_latin(c: char) -> bool {
    c.is_alphabetic()
        && (c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// `None` when `word` is written in one alphabet; otherwise `Some` of the word written in
/// the alphabet most of its letters use (`румынcкой` → `румынской`), or `Some(None)` when a
/// letter has no twin there.
pub(super) fn mixed_fix(word: &str) -> Option<Option<String>> {
    let cyrillic = word.chars().filter(|&c| is_cyrillic(c)).count();
    let latin = word.chars().filter(|&c| is_latin(c)).count();
    if cyrillic == 0 || latin == 0 {
        return None;
    }
    let to_cyrillic = cyrillic >= latin;
    let fixed: Option<String> = word
        .chars()
        .map(|c| {
            if to_cyrillic && is_latin(c) {
                TWINS.iter().find(|t| t.0 == c).map(|t| t.1)
            } else if !to_cyrillic && is_cyrillic(c) {
                TWINS.iter().find(|t| t.1 == c).map(|t| t.0)
            } else {
                Some(c)
            }
        })
        .collect();
    Some(fixed)
}

/// `Soroca`, `Ceadîr-Lunga`: a capital first, and not all capitals (`IREX`).
pub(super) fn is_capitalised(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_words_are_written_in_their_main_alphabet() {
        assert_eq!(mixed_fix("румынcкой"), Some(Some("румынской".to_string())));
        assert_eq!(mixed_fix("cаrte"), Some(Some("carte".to_string())));
        assert_eq!(mixed_fix("библиоtека"), Some(None));
        assert_eq!(mixed_fix("carte"), None);
        assert_eq!(mixed_fix("книга"), None);
        assert_eq!(mixed_fix("Ștefan"), None);
    }

    #[test]
    fn capitalised_is_a_capital_then_lowercase() {
        assert!(is_capitalised("Soroca") && is_capitalised("Ceadîr-Lunga"));
        assert!(!is_capitalised("IREX") && !is_capitalised("carte"));
    }
}
