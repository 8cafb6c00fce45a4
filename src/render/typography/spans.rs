//! The parts of a line typography must copy exactly as typed: code in backticks, links,
//! e-mail addresses and file names. A file name or an address with its letters "corrected"
//! would no longer point to anything.

use std::ops::Range;

use super::is_quote;

/// Fills `out` with the byte ranges of `line` to keep verbatim, sorted and disjoint.
///
/// Only what a word carries around it (quotes, brackets, emphasis, final punctuation) is
/// left outside a range, so `„www.exemplu.md”.` keeps its quotes and full stop typographic.
pub fn protected(line: &str, out: &mut Vec<Range<usize>>) {
    out.clear();
    let bytes = line.as_bytes();
    let mut token_start: Option<usize> = None;
    // Backtick run lengths (below 64) known to have no closing run later in the line.
    let mut unclosed: u64 = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                let known_unclosed = run < 64 && unclosed & (1 << run) != 0;
                let close = if known_unclosed {
                    None
                } else {
                    closing_run(bytes, i + run, run)
                };
                match close {
                    Some(end) => {
                        if let Some(start) = token_start.take() {
                            token(line, start..i, out);
                        }
                        out.push(i..end);
                        i = end;
                    }
                    None => {
                        if run < 64 {
                            unclosed |= 1 << run;
                        }
                        token_start.get_or_insert(i);
                        i += run;
                    }
                }
            }
            b' ' | b'\t' | b'\r' => {
                if let Some(start) = token_start.take() {
                    token(line, start..i, out);
                }
                i += 1;
            }
            _ => {
                token_start.get_or_insert(i);
                i += 1;
            }
        }
    }
    if let Some(start) = token_start {
        token(line, start..bytes.len(), out);
    }
}

/// The end of the first run of exactly `run` backticks at or after `from`.
fn closing_run(bytes: &[u8], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let n = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            if n == run {
                return Some(i + n);
            }
            i += n;
        } else {
            i += 1;
        }
    }
    None
}

/// Protects the core of one whitespace-separated token when it is a link, address or file.
fn token(line: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let text = &line[range.clone()];
    // Every link, address and file name has one of these; most words have none.
    if !text.bytes().any(|b| matches!(b, b'.' | b'@' | b':')) {
        return;
    }
    let core = text.trim_start_matches(|c: char| {
        is_quote(c) || matches!(c, '(' | '[' | '{' | '<' | '*' | '_')
    });
    let start = range.start + (text.len() - core.len());
    let core = core.trim_end_matches(|c: char| {
        is_quote(c)
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}' | '>' | '*' | '_'
            )
    });
    if !core.is_empty() && is_verbatim(core) {
        out.push(start..start + core.len());
    }
}

fn is_verbatim(core: &str) -> bool {
    is_link(core) || is_email(core) || is_file_name(core)
}

fn is_link(core: &str) -> bool {
    let starts = |prefix: &str| {
        core.as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    starts("www.") || starts("mailto:") || core.contains("://")
}

fn is_email(core: &str) -> bool {
    match core.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain
                    .split_once('.')
                    .is_some_and(|(name, tld)| !name.is_empty() && !tld.is_empty())
        }
        None => false,
    }
}

/// `poza.jpg`, `poze/lansare.JPG`, `biblioteca.md`: a stem and a short extension that is all
/// lower or all upper case (so a missing space, as in `Bălți.Apoi`, is not taken for a file).
fn is_file_name(core: &str) -> bool {
    let Some((stem, ext)) = core.rsplit_once('.') else {
        return false;
    };
    let ext_ok = (1..=5).contains(&ext.len())
        && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        && ext.bytes().any(|b| b.is_ascii_alphabetic())
        && (ext.bytes().all(|b| !b.is_ascii_uppercase())
            || ext.bytes().all(|b| !b.is_ascii_lowercase()));
    ext_ok && !stem.is_empty() && !stem.ends_with('.') && !stem.contains(is_quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(line: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        protected(line, &mut spans);
        spans.into_iter().map(|r| &line[r]).collect()
    }

    #[test]
    fn finds_code_links_addresses_and_files() {
        assert_eq!(
            kept("Vezi `a  ...  b`, „www.bib.md”, (https://x.md/a?b=1). Scrieți la ana@bib.md!"),
            [
                "`a  ...  b`",
                "www.bib.md",
                "https://x.md/a?b=1",
                "ana@bib.md"
            ]
        );
        assert_eq!(
            kept("Poza poze/lansare.JPG și poza.jpg."),
            ["poze/lansare.JPG", "poza.jpg"]
        );
    }

    #[test]
    fn leaves_words_numbers_and_unclosed_backticks() {
        assert!(kept("Bălți.Apoi 3.5 1,5 10:30 2026-11-25 etc... `neînchis").is_empty());
    }
}
