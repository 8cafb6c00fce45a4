//! Words and sentences of a text, with their character offsets, for the style rules; the
//! places where a space is missing after a mark, for the typography and spelling rules.

use super::abbreviations::{self, Stop};

/// One word: a run of letters or digits with inner hyphens and apostrophes
/// (`într-o`, `n-am`), the same words `text::word_count` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    /// Character offsets in the whole text.
    pub start: usize,
    pub end: usize,
}

fn joins(c: char) -> bool {
    c == '-' || c == '\'' || c == '’'
}

/// The words of `text`, in order.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut chars = text.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        // Skip to the next letter or digit.
        let (start_char, (start_byte, _)) = loop {
            let (n, (b, c)) = chars.next()?;
            if c.is_alphanumeric() {
                break (n, (b, c));
            }
        };
        let mut end_char = start_char + 1;
        let mut end_byte = start_byte + text[start_byte..].chars().next().map_or(1, char::len_utf8);
        while let Some(&(n, (b, c))) = chars.peek() {
            if c.is_alphanumeric() {
                end_char = n + 1;
                end_byte = b + c.len_utf8();
                chars.next();
            } else if joins(c) {
                // Inside a word only when a letter or digit follows.
                let next = text[b + c.len_utf8()..].chars().next();
                if next.is_some_and(char::is_alphanumeric) {
                    chars.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        Some(Word {
            text: &text[start_byte..end_byte],
            start: start_char,
            end: end_char,
        })
    })
}

/// One sentence: its character span and how many words it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub words: usize,
}

/// The sentences of `text` in `language` (the story's): ended by . ! ? … before a space or
/// the end (or before a capitalised word with the space missing: `является.Труд`), or by
/// a new line; not by the full stop of an abbreviation of that language (`mun.`, `г.`,
/// `Dr.`) or of an initial before a name (`E. Coșeriu`, `A.S. Pușkin`).
pub fn sentences(text: &str, language: &str) -> Vec<Sentence> {
    let language = abbreviations::primary(language);
    let chars: Vec<char> = text.chars().collect();
    // `является.Труд`: a full stop with its space missing ends a sentence too.
    let glued = glued_marks(text);
    let mut found = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => {
                let mark = i;
                // Closing marks and quotes stay with the sentence.
                while i + 1 < chars.len()
                    && matches!(chars[i + 1], '.' | '!' | '?' | '”' | '»' | '"' | ')')
                {
                    i += 1;
                }
                let before_space = i + 1 == chars.len()
                    || chars[i + 1].is_whitespace()
                    || (i == mark && glued.contains(&mark));
                before_space && (c != '.' || i != mark || !continues(&chars, mark, &language))
            }
            _ => false,
        };
        if ends {
            push_sentence(&chars, start, i + 1, &mut found);
            start = i + 1;
        }
        i += 1;
    }
    push_sentence(&chars, start, chars.len(), &mut found);
    found
}

/// Whether the sentence goes on after the full stop at `dot` (followed by a space).
fn continues(chars: &[char], dot: usize, language: &str) -> bool {
    let from = chars[..dot]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let word: String = chars[from..=dot]
        .iter()
        .skip_while(|c| !c.is_alphanumeric())
        .collect();
    if word.len() < 2 {
        return false;
    }
    let next = chars[dot + 1..]
        .iter()
        .take_while(|c| **c != '\n')
        .find(|c| c.is_alphanumeric())
        .copied();
    let number_before = chars[..from]
        .iter()
        .rev()
        .take_while(|c| **c != '\n')
        .find(|c| !c.is_whitespace())
        .is_some_and(char::is_ascii_digit);
    match abbreviations::stop(&word, language, next, number_before) {
        Stop::Ends => false,
        Stop::Continues => next.is_some(),
        Stop::EndsBeforeCapital => next.is_some_and(|c| !c.is_uppercase()),
    }
}

/// The marks `. , : ;` of `text` written straight before a word with no space after
/// (`mun.Bălți`, `является.Труд`, `cărți,reviste`), as character offsets. Never in a
/// number (`3.5`, `1,5`), a time, a web or e-mail address or a file name, nor inside a
/// dotted abbreviation or initials (`ș.a.`, `т.е.`, `A.S.`); a full stop only before a
/// capitalised word (`2020г.Автор`).
pub fn glued_marks(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '.' | ',' | ':' | ';') || i == 0 {
            continue;
        }
        let before = chars[i - 1];
        let Some(&after) = chars.get(i + 1) else {
            continue;
        };
        // After a closing mark too; not after a straight `"`, whose role the quotes rule
        // decides from the spaces around it.
        let closes = matches!(before, '”' | '»' | '“' | ')' | '’');
        if !(before.is_alphanumeric() || closes) || !after.is_alphabetic() {
            continue;
        }
        if c == '.' {
            // A capitalised word of two letters or more: `Bălți`, not `S.` of `A.S.`.
            let word: Vec<char> = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphabetic())
                .copied()
                .collect();
            if word.len() < 2 || !word[0].is_uppercase() || !word[1].is_lowercase() {
                continue;
            }
        }
        if in_address(&chars, i) {
            continue;
        }
        found.push(i);
    }
    found
}

/// Whether the mark at `at` is part of a web or e-mail address, a file name or code rather
/// than between words: the run of characters around a `.` or `:` (the runs on each side
/// of a `,` or `;`), up to a space, a quotation mark, a bracket, a comma or a semicolon.
fn in_address(chars: &[char], at: usize) -> bool {
    let bound = |c: &char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | '"'
                    | '\''
                    | '„'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
                    | '‘'
                    | '’'
                    | '('
                    | ')'
                    | '['
                    | ']'
            )
    };
    let start = chars[..at].iter().rposition(bound).map_or(0, |i| i + 1);
    let end = chars[at + 1..]
        .iter()
        .position(bound)
        .map_or(chars.len(), |i| at + 1 + i);
    if matches!(chars[at], ',' | ';') {
        return address(&chars[start..at]) || address(&chars[at + 1..end]);
    }
    address(&chars[start..end])
}

/// `https://…`, `www.…`, `info@bmb.md`, `biblioteca.md`, `Raport.Final.docx`, `a_b=c`.
fn address(token: &[char]) -> bool {
    let token: String = token.iter().collect();
    let token = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower = token.to_lowercase();
    if lower.contains("://")
        || lower.contains("www.")
        || token.contains(['@', '/', '\\', '_', '=', '&', '#', '%', '~', '+'])
    {
        return true;
    }
    // Ends in a domain or a file's extension, written in small letters.
    token.rsplit_once('.').is_some_and(|(_, tail)| {
        (2..=4).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// `segments` of `text` (byte offset, text, as a word splitter gives them) with each one
/// cut where [`glued_marks`] finds a missing space (`mun.Bălți` → `mun`, `.`, `Bălți`), so
/// a spelling checker sees both words.
pub fn cut_glued<'a>(text: &'a str, segments: Vec<(usize, &'a str)>) -> Vec<(usize, &'a str)> {
    let marks: Vec<usize> = {
        let glued = glued_marks(text);
        if glued.is_empty() {
            return segments;
        }
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        glued.into_iter().map(|i| bytes[i]).collect()
    };
    let mut out = Vec::with_capacity(segments.len() + 2 * marks.len());
    for (start, segment) in segments {
        let end = start + segment.len();
        let mut at = start;
        // The marks are ASCII: one byte each.
        for &mark in marks.iter().filter(|&&m| m > start && m + 1 < end) {
            out.push((at, &text[at..mark]));
            out.push((mark, &text[mark..mark + 1]));
            at = mark + 1;
        }
        out.push((at, &text[at..end]));
    }
    out
}

fn push_sentence(chars: &[char], start: usize, end: usize, found: &mut Vec<Sentence>) {
    let slice: String = chars[start..end].iter().collect();
    let leading = slice.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed = slice.trim();
    let words = crate::text::word_count(trimmed);
    if words > 0 {
        found.push(Sentence {
            start: start + leading,
            end: start + leading + trimmed.chars().count(),
            words,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_count_characters() {
        let text = "Într-o zi, ș-a venit: 48 de «vârstnici».";
        let found: Vec<_> = words(text).map(|w| (w.text, w.start, w.end)).collect();
        assert_eq!(
            found,
            [
                ("Într-o", 0, 6),
                ("zi", 7, 9),
                ("ș-a", 11, 14),
                ("venit", 15, 20),
                ("48", 22, 24),
                ("de", 25, 27),
                ("vârstnici", 29, 38),
            ]
        );
    }

    #[test]
    fn sentences_end_at_marks_before_a_space_and_at_new_lines() {
        let text = "Prima frază. A doua?\nA treia, fără punct";
        let found = sentences(text, "ro");
        assert_eq!(found.len(), 3);
        assert_eq!((found[0].start, found[0].end, found[0].words), (0, 12, 2));
        assert_eq!(found[1].words, 2);
        assert_eq!(found[2].words, 4);
        // A number with a dot does not end a sentence.
        assert_eq!(sentences("Cu 2.5 ore.", "ro").len(), 1);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        let count = |text: &str, language: &str| sentences(text, language).len();
        assert_eq!(
            count(
                "Am fost în mun. Bălți, str. Independenței nr. 5. Apoi acasă.",
                "ro"
            ),
            2
        );
        assert_eq!(
            count("Lingvistul E. Coșeriu și A.S. Pușkin. Gata.", "ro"),
            2
        );
        assert_eq!(count("Cărți, reviste etc. Apoi am plecat.", "ro"), 2);
        assert_eq!(count("Cărți, reviste etc. și altele.", "ro"), 1);
        assert_eq!(
            count("Мы были в г. Бельцы, ул. Пушкина. Потом дома.", "ru"),
            2
        );
        assert_eq!(
            count("Это было в 2020 г. Автор книги К. Келеша пришёл.", "ru"),
            2
        );
        assert_eq!(count("We met Dr. Smith and Mr. Brown. Then home.", "en"), 2);
        // An abbreviation of another language is a word like any.
        assert_eq!(count("I went to mun. Then home.", "en"), 2);
        // A missing space after a full stop: the sentence ends unless an abbreviation
        // stands before it.
        assert_eq!(count("Поэт является.Труд его жизни издан.", "ru"), 2);
        assert_eq!(count("Biblioteca din mun.Bălți a deschis o sală.", "ro"), 1);
    }

    #[test]
    fn glued_marks_are_found_outside_numbers_addresses_and_abbreviations() {
        let marks = |text: &str| -> Vec<char> {
            let chars: Vec<char> = text.chars().collect();
            glued_marks(text).into_iter().map(|i| chars[i]).collect()
        };
        assert_eq!(marks("mun.Bălți"), ['.']);
        assert_eq!(marks("2020г.Автор"), ['.']);
        assert_eq!(marks("является.Труд"), ['.']);
        assert_eq!(marks("cărți,reviste;ziare:Ion"), [',', ';', ':']);
        for fine in [
            "3.5 ore",
            "1,5 lei",
            "ora 10:30",
            "bnrm.md",
            "www.Bibl.md",
            "info@bmb.md",
            "https://x.ro/a",
            "ș.a.",
            "т.е.",
            "A.S. Pușkin",
            "A.S.",
            "fișier.docx",
            "Raport.Final.docx",
            ",,Citat”",
            "Mun. Bălți",
        ] {
            assert!(marks(fine).is_empty(), "{fine}: {:?}", marks(fine));
        }
    }

    #[test]
    fn a_word_splitter_cut_at_glued_marks_sees_both_words() {
        let text = "în mun.Bălți";
        let cut = cut_glued(text, vec![(0, "în"), (3, " "), (4, "mun.Bălți")]);
        let pieces: Vec<&str> = cut.iter().map(|(_, s)| *s).collect();
        assert_eq!(pieces, ["în", " ", "mun", ".", "Bălți"]);
        assert!(cut.iter().all(|(at, s)| &text[*at..*at + s.len()] == *s));
    }
}
