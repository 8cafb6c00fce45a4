//! Small text helpers shared by checks, the wizard and error messages.

use unicode_width::UnicodeWidthStr;

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

/// `text` in lines of at most `width` columns, broken between words (a word longer than a
/// line, such as a path, is cut into pieces).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() {
            UnicodeWidthStr::width(word)
        } else {
            UnicodeWidthStr::width(line.as_str()) + 1 + UnicodeWidthStr::width(word)
        };
        if needed <= width {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word;
        while UnicodeWidthStr::width(rest) > width {
            let mut used = 0;
            let at = rest
                .char_indices()
                .find(|(_, c)| {
                    used += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
                    used > width
                })
                .map_or(rest.len(), |(at, _)| at);
            lines.push(rest[..at].to_string());
            rest = &rest[at..];
        }
        line.push_str(rest);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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

/// Text from a draft, a template, a file name or a server, made safe to print on a terminal:
/// control characters are shown, not sent (ESC as `^[`, BEL as `^G`, CR as `^M`, DEL as `^?`,
/// C1 controls as `\u{9b}`), so no escape sequence of someone else's can move the cursor,
/// retitle the window, write the clipboard or clear the screen. Tabs and newlines stay.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n' && c != '\t') || c == '\u{7f}';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{7f}' => out.push_str("^?"),
            c if u32::from(c) < 0x20 => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether XML 1.0 (and so a Word document) refuses the character, or it is a control or a
/// noncharacter no reader means to see: C0 controls but tab, newline and carriage return,
/// DEL, C1 controls, U+FDD0–U+FDEF and every U+xFFFE and U+xFFFF.
pub fn is_forbidden(c: char) -> bool {
    let n = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || n & 0xFFFE == 0xFFFE
}

/// `text` without the characters [`is_forbidden`] names: what every article format is made of.
pub fn without_forbidden(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_forbidden) {
        std::borrow::Cow::Owned(text.chars().filter(|&c| !is_forbidden(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// [`without_forbidden`] for a text already owned: returned as it is when nothing is dropped.
pub fn into_without_forbidden(text: String) -> String {
    match without_forbidden(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

#[cfg(test)]
mod safe_tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_sent() {
        let hostile = "Ana\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\r\u{7f}ș\tă\n";
        let shown = terminal_safe(hostile);
        assert_eq!(shown, "Ana^[]0;pwned^G^[[2J\\u{9b}31m^M^?ș\tă\n");
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t')
        );
        assert!(matches!(
            terminal_safe("Bălți „ok”"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn what_xml_forbids_is_dropped_and_the_rest_kept() {
        let text = "a\u{0}b\u{b}c\u{fffe}d\u{ffff}e\u{1fffe}f\u{fdd0}g\u{85}h\tî\r\nș\u{1b}";
        assert_eq!(without_forbidden(text), "abcdefgh\tî\r\nș");
        assert!(matches!(
            without_forbidden("Сорока «да»"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
