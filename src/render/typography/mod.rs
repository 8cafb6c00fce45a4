//! Typography per language, applied to answers when rendering (and by `povestitor tidy`).
//!
//! The rules, by template language (see `docs/typography.md`):
//! - every language: repeated spaces inside a line become one, trailing spaces go, `...` → `…`;
//! - `ro`, `ru`, `en`: no space before `, . ; : ! ? …`; a spaced hyphen between words becomes a
//!   dash (`–` in ro and en, `—` in ru); quotes become the language's own (ro „…” with «…»
//!   inside, ru «…» with „…“ inside, en “…” with ‘…’ inside);
//! - `ro`: ş ţ Ş Ţ (cedilla) become ș ț Ș Ț (comma below);
//! - `en`: a straight apostrophe in a word becomes ’ (don’t).
//!
//! Work is done line by line (a line is a paragraph in an answer), so a stray quote affects at
//! most its own line. Leading indentation, list markers, code in backticks, links, e-mail
//! addresses and file names are copied exactly as typed. Applying twice gives the same text.

mod quotes;
mod spacing;
mod spans;

use std::ops::Range;

use quotes::QuoteStyle;
use spacing::SpacingRules;

/// Returns `text` with the typographic rules of `language` applied.
pub fn apply(text: &str, language: &str) -> String {
    let rules = Rules::for_language(language);
    let mut out = String::with_capacity(text.len() + text.len() / 32 + 8);
    let mut work = Scratch::default();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // A draft edited on Windows may keep `\r\n`; the `\r` is not part of the line's text.
        let (body, cr) = match line.strip_suffix('\r') {
            Some(body) => (body, "\r"),
            None => (line, ""),
        };
        work.line(body, &rules, &mut out);
        out.push_str(cr);
    }
    out
}

/// What one language asks for.
struct Rules {
    spacing: SpacingRules,
    quotes: Option<QuoteStyle>,
}

impl Rules {
    fn for_language(language: &str) -> Rules {
        // "ro-MD", "ru_RU" and "EN" mean the same rules as "ro", "ru" and "en".
        let primary = language
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "ro" => Rules {
                spacing: SpacingRules::known(spacing::EN_DASH, true),
                quotes: Some(QuoteStyle::ROMANIAN),
            },
            "ru" => Rules {
                spacing: SpacingRules::known(spacing::EM_DASH, false),
                quotes: Some(QuoteStyle::RUSSIAN),
            },
            "en" => Rules {
                spacing: SpacingRules::known(spacing::EN_DASH, false),
                quotes: Some(QuoteStyle::ENGLISH),
            },
            _ => Rules {
                spacing: SpacingRules::NEUTRAL,
                quotes: None,
            },
        }
    }
}

/// Buffers reused from line to line, so a whole answer costs a handful of allocations.
#[derive(Default)]
struct Scratch {
    spans: Vec<Range<usize>>,
    spaced: String,
    again: String,
    quotes: quotes::Scratch,
}

impl Scratch {
    fn line(&mut self, line: &str, rules: &Rules, out: &mut String) {
        spans::protected(line, &mut self.spans);
        self.spaced.clear();
        spacing::apply_line(line, &self.spans, &rules.spacing, &mut self.spaced);
        // Removing a space can join a word to a link or file name and change what is kept
        // verbatim; a line whose result would change again keeps its spacing as typed, so
        // tidying always gives the same text the second time.
        let stable = self.spaced == line || {
            spans::protected(&self.spaced, &mut self.spans);
            self.again.clear();
            spacing::apply_line(&self.spaced, &self.spans, &rules.spacing, &mut self.again);
            self.again == self.spaced
        };
        let spaced = if stable { self.spaced.as_str() } else { line };
        let Some(style) = &rules.quotes else {
            out.push_str(spaced);
            return;
        };
        spans::protected(spaced, &mut self.spans);
        self.quotes.apply_line(spaced, &self.spans, style, out);
    }
}

/// Every character that can open or close a quotation, straight or typographic.
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// Typography for text that the layout sets inside quotation marks (a quote's words):
/// its own quotes are inner quotes (`«…»` in Romanian), and quotation marks the librarian
/// typed around the whole text are dropped, since the layout adds its own.
pub fn apply_quoted(text: &str, language: &str) -> String {
    let mut out = quoted_once(text, language);
    // Marks typed around the whole text that pair only once set (`„Text"` → `«Text»`) wrap
    // it then: they go too, so tidying the result again finds nothing to do.
    for _ in 0..4 {
        let inner = strip_wrapping_quotes(&out);
        if inner.len() == out.len() {
            break;
        }
        out = quoted_once(inner, language);
    }
    out
}

fn quoted_once(text: &str, language: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let inner = strip_wrapping_quotes(&folded);
    if inner.is_empty() {
        return String::new();
    }
    // Set the words inside a pair of quotes, fix that line, then take the pair away again.
    let fixed = apply(&format!("\"{inner}\""), language);
    let mut chars = fixed.chars();
    match (chars.next(), chars.next_back()) {
        (Some(open), Some(close)) if is_quote(open) && is_quote(close) => {
            chars.as_str().to_string()
        }
        _ => apply(inner, language),
    }
}

/// `"Text"`, `„Text”`, `«Text»` → `Text`, when that first mark's partner is the last one;
/// anything else (`«Da» și «nu»`) unchanged.
fn strip_wrapping_quotes(text: &str) -> &str {
    let mut chars = text.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return text;
    };
    let inner = chars.as_str();
    let wraps = match (open, close) {
        // Straight marks cannot tell opening from closing: only a text with no others.
        ('"', '"') => !inner.contains('"'),
        ('„' | '“', '”') | ('«', '»') => {
            let mut depth = 0i32;
            inner.chars().all(|c| {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                }
                depth >= 0
            }) && depth == 0
        }
        _ => false,
    };
    if wraps { inner.trim() } else { text }
}

#[cfg(test)]
mod quoted_tests {
    use super::apply_quoted;

    /// Found by `tests/coach/properties.rs`: the marks paired only once set, and the second
    /// tidy took them away.
    #[test]
    fn marks_that_pair_once_set_go_the_first_time() {
        assert_eq!(apply_quoted("„#aA®𐠿A𐴰ꬑ\"", "ro"), "#aA®𐠿A𐴰ꬑ");
        for language in ["ro", "en", "ru"] {
            for typed in ["„#aA®𐠿A𐴰ꬑ\"", "„Da, sigur\"", "“Yes\"", "«Да\""] {
                let once = apply_quoted(typed, language);
                assert_eq!(apply_quoted(&once, language), once, "{language}: {typed}");
            }
        }
    }

    #[test]
    fn quotes_inside_a_quote_become_inner_quotes() {
        assert_eq!(
            apply_quoted("Mihai îmi zice \"Bunică, azi citesc eu\".", "ro"),
            "Mihai îmi zice «Bunică, azi citesc eu»."
        );
        assert_eq!(
            apply_quoted("Mihai îmi zice «Bunică, azi citesc eu».", "ro"),
            "Mihai îmi zice «Bunică, azi citesc eu»."
        );
        assert_eq!(
            apply_quoted("Он сказал \"привет\".", "ru"),
            "Он сказал „привет“."
        );
    }

    #[test]
    fn quotes_typed_around_the_whole_quote_are_dropped() {
        assert_eq!(apply_quoted("„Îmi place aici.”", "ro"), "Îmi place aici.");
        assert_eq!(apply_quoted("\"Îmi place aici.\"", "ro"), "Îmi place aici.");
        assert_eq!(
            apply_quoted("«Мне здесь нравится.»", "ru"),
            "Мне здесь нравится."
        );
    }

    #[test]
    fn two_quoted_phrases_are_not_one_wrapped_text() {
        assert_eq!(
            apply_quoted("\"Da\", a zis el, \"mîine\"", "ro"),
            "«Da», a zis el, «mîine»"
        );
    }

    #[test]
    fn applying_twice_changes_nothing() {
        for text in ["Mihai zice \"hai\".", "Simplu.", "„Da” și „nu”", ""] {
            let once = apply_quoted(text, "ro");
            assert_eq!(apply_quoted(&once, "ro"), once, "{text:?}");
        }
    }
}
