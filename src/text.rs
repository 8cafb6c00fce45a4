//! Small text helpers shared by checks, the wizard and error messages.

/// Counts words the way a librarian would: runs of letters or digits, with inner
/// hyphens and apostrophes kept (`într-o`, `n-am`, `10-15` are one word each).
pub fn word_count(text: &str) -> usize {
    // One pass (the side list counts every step on every frame): a word is a run of
    // letters, digits, hyphens and apostrophes holding at least one letter or digit.
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            in_word = true;
        } else if !(c == '-' || c == '\'' || c == '’') {
            count += usize::from(in_word);
            in_word = false;
        }
    }
    count + usize::from(in_word)
}

/// 1-based line and column (in characters) of a byte offset in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The smallest span of `old` (in characters) that differs from `new`, and what `new` has
/// there: what a fix or a tidy really changes, so only that is edited or shown.
pub fn changed_span(old: &[char], new: &[char]) -> (usize, usize, String) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let with: String = new[prefix..new.len() - suffix].iter().collect();
    (prefix, old.len() - suffix, with)
}

/// `poze/sala%201.jpg` → `poze/sala 1.jpg`, as the file is named on disk; text that does
/// not decode to UTF-8 stays as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_decode_and_broken_ones_stay() {
        assert_eq!(percent_decode("poze/sala%201.jpg"), "poze/sala 1.jpg");
        assert_eq!(percent_decode("C%C4%83rți%"), "Cărți%");
        assert_eq!(percent_decode("%FF%FE"), "%FF%FE");
    }

    #[test]
    fn changed_span_is_the_smallest_difference() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            changed_span(&chars("un  spațiu"), &chars("un spațiu")),
            (3, 4, String::new())
        );
        assert_eq!(
            changed_span(&chars("\"carte\""), &chars("„carte”")),
            (0, 7, "„carte”".into())
        );
        assert_eq!(
            changed_span(&chars("la fel"), &chars("la fel")),
            (6, 6, String::new())
        );
    }

    #[test]
    fn counts_romanian_russian_and_hyphenated_words() {
        assert_eq!(word_count("Știință și țară"), 3);
        assert_eq!(word_count("Într-o zi, 120 de copii au venit."), 7);
        assert_eq!(word_count("Не потерять — ни слова"), 4);
        assert_eq!(word_count("  \n\t "), 0);
        assert_eq!(word_count("„Cartea” – prietenul"), 2);
    }

    #[test]
    fn counts_as_splitting_on_separators_does() {
        let reference = |text: &str| {
            text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for text in [
            "",
            "-",
            "a",
            "- ' ’ --",
            "n-am 10-15 l’om -x- 'y' ‘z’",
            "Șapte\nzile,\tîn\r\nșir…—ok?!2026",
            " a  b ",
        ] {
            assert_eq!(word_count(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn line_col_is_one_based_and_counts_characters() {
        let s = "ab\nșțx\n";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 3), (2, 1));
        // "șț" is 4 bytes; offset 7 is before 'x', the third character.
        assert_eq!(line_col(s, 7), (2, 3));
    }
}
