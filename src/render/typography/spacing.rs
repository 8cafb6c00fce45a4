//! Spaces, dots, dashes and Romanian letters: the rules that look at one character and its
//! neighbours, in a single pass over a line.

use std::ops::Range;

pub const EN_DASH: char = '–';
pub const EM_DASH: char = '—';

/// Which of this module's rules a language uses.
pub struct SpacingRules {
    /// Remove spaces before `, . ; : ! ? …` (French, for one, wants them).
    attach_punctuation: bool,
    /// What a spaced hyphen between words becomes.
    dash: Option<char>,
    /// ş ţ Ş Ţ → ș ț Ș Ț.
    comma_below: bool,
}

impl SpacingRules {
    /// Only what holds in any language: repeated and trailing spaces, `...` → `…`.
    pub const NEUTRAL: SpacingRules = SpacingRules {
        attach_punctuation: false,
        dash: None,
        comma_below: false,
    };

    pub const fn known(dash: char, comma_below: bool) -> SpacingRules {
        SpacingRules {
            attach_punctuation: true,
            dash: Some(dash),
            comma_below,
        }
    }
}

/// Appends `line` to `out` with the rules applied; `verbatim` ranges are copied as they are.
pub fn apply_line(line: &str, verbatim: &[Range<usize>], rules: &SpacingRules, out: &mut String) {
    // Indentation and list markers at the start of a line are the author's layout.
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    out.push_str(&line[..indent]);
    let mut spans = verbatim.iter().peekable();
    let mut i = indent;
    while i < line.len() {
        let next_span = spans.peek().map_or(line.len(), |s| s.start);
        if next_span == i {
            if let Some(span) = spans.next() {
                out.push_str(&line[span.clone()]);
                i = span.end;
            }
            continue;
        }
        let rest = &line[i..next_span];
        let Some(c) = rest.chars().next() else { break };
        match c {
            ' ' | '\t' => {
                let run = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                let after = &line[i + run..];
                let at_span = i + run == next_span;
                let special = after.bytes().next().is_some_and(|b| {
                    matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?' | b'-' | 0xE2)
                });
                if after.is_empty() {
                    // Trailing spaces: invisible, and Markdown would read two as a line break.
                } else if !special {
                    // The usual case, a space before a word: only its length matters.
                    if run == 1 {
                        out.push(c);
                    } else {
                        out.push(' ');
                    }
                } else if !at_span
                    && rules.attach_punctuation
                    && attaches(after)
                    // ". .." joined would become a new ellipsis on the next pass.
                    && !(out.ends_with(['.', '…']) && after.starts_with(['.', '…']))
                {
                    // "cuvînt ," → "cuvînt,"
                } else if let Some(len) = rules.dash.and_then(|_| spaced_hyphen(after)) {
                    out.push(' ');
                    out.extend(rules.dash);
                    out.push(' ');
                    i += run + len;
                    continue;
                } else if run == 1 {
                    out.push(c);
                } else {
                    out.push(' ');
                }
                i += run;
            }
            '.' => {
                let run = rest.bytes().take_while(|&b| b == b'.').count();
                if run >= 3 {
                    out.push('…');
                } else {
                    out.push_str(&rest[..run]);
                }
                i += run;
            }
            'ş' | 'ţ' | 'Ş' | 'Ţ' if rules.comma_below => {
                out.push(comma_below(c));
                i += c.len_utf8();
            }
            // A decomposed cedilla (s + U+0327) becomes the single comma-below letter.
            '\u{327}' if rules.comma_below && out.ends_with(['s', 't', 'S', 'T']) => {
                let base = out.pop().unwrap_or('s');
                out.push(comma_below(base));
                i += c.len_utf8();
            }
            _ => {
                // Copy up to the next character a rule looks at in one go.
                let len = rest
                    .bytes()
                    .skip(1)
                    .position(|b| matters(b, rules))
                    .map_or(rest.len(), |p| p + 1);
                out.push_str(&rest[..len]);
                i += len;
            }
        }
    }
}

/// Whether byte `b` may start something this module changes: spaces, dots, and the lead
/// bytes of ş ţ Ş Ţ (0xC5) and of the combining cedilla (0xCC).
fn matters(b: u8, rules: &SpacingRules) -> bool {
    matches!(b, b' ' | b'\t' | b'.') || (rules.comma_below && matches!(b, 0xC5 | 0xCC))
}

fn comma_below(c: char) -> char {
    match c {
        'ş' | 's' => 'ș',
        'ţ' | 't' => 'ț',
        'Ş' | 'S' => 'Ș',
        'Ţ' | 'T' => 'Ț',
        other => other,
    }
}

const ATTACHING: &[char] = &[',', '.', ';', ':', '!', '?', '…'];

/// Whether `after` (what follows some spaces) is punctuation that belongs to the previous
/// word: a run of `, . ; : ! ? …` that ends the word, not one that starts another
/// (`.jpg`, `,5`) and not a smiley (`:)`).
fn attaches(after: &str) -> bool {
    let punct = after.trim_start_matches(ATTACHING);
    let run = &after[..after.len() - punct.len()];
    if run.is_empty() {
        return false;
    }
    match punct.chars().next() {
        None => true,
        Some(c) if c.is_whitespace() || super::is_quote(c) || c == '*' || c == '_' => true,
        Some(')' | ']') => !matches!(run, ":" | ";"),
        Some(_) => false,
    }
}

/// The length of `-` or `--` plus the spaces after it, when `after` is a hyphen standing
/// between two words (something follows it on the line).
fn spaced_hyphen(after: &str) -> Option<usize> {
    let hyphens = after.bytes().take_while(|&b| b == b'-').count();
    if !(1..=2).contains(&hyphens) {
        return None;
    }
    let rest = &after[hyphens..];
    let words = rest.trim_start_matches([' ', '\t']);
    let spaces = rest.len() - words.len();
    // "- -" or "- –" is not one dash between two words; converting it would not be stable.
    // Nor is one before punctuation, which will lose its space.
    let word_follows =
        !words.is_empty() && !words.starts_with(['-', EN_DASH, EM_DASH]) && !attaches(words);
    (spaces > 0 && word_follows).then_some(hyphens + spaces)
}
