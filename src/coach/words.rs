//! Words and sentences of a text, with their character offsets, for the style rules.

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

/// The sentences of `text`: ended by . ! ? … before a space or the end, or by a new line.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => {
                // Closing marks and quotes stay with the sentence.
                while i + 1 < chars.len()
                    && matches!(chars[i + 1], '.' | '!' | '?' | '”' | '»' | '"' | ')')
                {
                    i += 1;
                }
                i + 1 == chars.len() || chars[i + 1].is_whitespace()
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
        let found = sentences(text);
        assert_eq!(found.len(), 3);
        assert_eq!((found[0].start, found[0].end, found[0].words), (0, 12, 2));
        assert_eq!(found[1].words, 2);
        assert_eq!(found[2].words, 4);
        // A number with a dot does not end a sentence.
        assert_eq!(sentences("Cu 2.5 ore.").len(), 1);
    }
}
