//! Quotation marks: straight or foreign ones become the language's own, nested ones its
//! inner pair, apostrophes stay apostrophes.
//!
//! Marks are paired within a line, by kind (double with double, single with single), from the
//! context of each mark: one after a space opens, one before a space or punctuation closes;
//! typographic marks keep their role when the context does not tell. A mark left without a
//! partner is left as typed, so one stray `"` changes nothing beyond itself.

use std::ops::Range;

use super::{is_quote, spans};

/// A language's outer and inner quotation marks.
pub struct QuoteStyle {
    outer: (char, char),
    inner: (char, char),
    /// Straight apostrophes become ’ (English: don’t, the librarians’ club).
    apostrophe: bool,
}

impl QuoteStyle {
    pub const ROMANIAN: QuoteStyle = QuoteStyle {
        outer: ('„', '”'),
        inner: ('«', '»'),
        apostrophe: false,
    };
    /// Russian inner quotes are „лапки“: the closing one is U+201C, as in Russian print.
    pub const RUSSIAN: QuoteStyle = QuoteStyle {
        outer: ('«', '»'),
        inner: ('„', '“'),
        apostrophe: false,
    };
    pub const ENGLISH: QuoteStyle = QuoteStyle {
        outer: ('“', '”'),
        inner: ('‘', '’'),
        apostrophe: true,
    };

    fn pair(&self, depth: u32) -> (char, char) {
        if depth.is_multiple_of(2) {
            self.outer
        } else {
            self.inner
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Closes when a mark of its kind is open, opens otherwise.
    Either,
    /// An apostrophe inside a word; never part of a pair.
    Apostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    c: char,
    kind: Kind,
    role: Role,
    partner: Option<usize>,
    depth: u32,
    /// English: a straight ' after a letter or before a digit is an apostrophe if unpaired.
    apostrophe_if_alone: bool,
}

/// Buffers reused from line to line.
#[derive(Default)]
pub struct Scratch {
    marks: Vec<Mark>,
    open_double: Vec<usize>,
    open_single: Vec<usize>,
    first: String,
    second: String,
    spans: Vec<Range<usize>>,
}

impl Scratch {
    /// Appends `line` to `out` with its quotes made typographic.
    ///
    /// A line whose result would pair differently when tidied again (crossed or stray marks
    /// can do that) keeps its quotes as typed: tidying must give the same text every time.
    pub fn apply_line(
        &mut self,
        line: &str,
        verbatim: &[Range<usize>],
        style: &QuoteStyle,
        out: &mut String,
    ) {
        self.first.clear();
        if !self.convert(line, verbatim, style, false) {
            out.push_str(line);
            return;
        }
        let mut first = std::mem::take(&mut self.first);
        let mut spans = std::mem::take(&mut self.spans);
        spans::protected(&first, &mut spans);
        self.second.clear();
        let again = self.convert(&first, &spans, style, true);
        out.push_str(if again { line } else { &first });
        first.clear();
        self.first = first;
        self.spans = spans;
    }

    /// Writes the converted `line` into `first` (or `second`); true when it differs.
    fn convert(
        &mut self,
        line: &str,
        verbatim: &[Range<usize>],
        style: &QuoteStyle,
        into_second: bool,
    ) -> bool {
        self.find_marks(line, verbatim, style);
        if self.marks.is_empty() {
            return false;
        }
        self.pair();
        let out = if into_second {
            &mut self.second
        } else {
            &mut self.first
        };
        emit(line, &mut self.marks, style, out)
    }

    fn find_marks(&mut self, line: &str, verbatim: &[Range<usize>], style: &QuoteStyle) {
        self.marks.clear();
        let bytes = line.as_bytes();
        let mut spans = verbatim.iter().peekable();
        // Every quotation mark starts with `"`, `'`, 0xC2 (« ») or 0xE2 (U+2018–U+203A).
        for (at, _) in bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
        {
            let Some(c) = line[at..].chars().next().filter(|&c| is_quote(c)) else {
                continue;
            };
            while spans.peek().is_some_and(|s| s.end <= at) {
                spans.next();
            }
            if spans.peek().is_some_and(|s| s.start <= at) {
                continue;
            }
            let prev = line[..at].chars().next_back();
            let next = line[at + c.len_utf8()..].chars().next();
            if let Some((kind, role)) = classify(prev, c, next, style) {
                self.marks.push(Mark {
                    at,
                    c,
                    kind,
                    role,
                    partner: None,
                    depth: 0,
                    apostrophe_if_alone: style.apostrophe
                        && c == '\''
                        && (prev.is_some_and(char::is_alphanumeric)
                            || next.is_some_and(|n| n.is_ascii_digit())),
                });
            }
        }
    }

    /// Pairs each closing mark with the nearest open one of its kind; marks of the other
    /// kind opened in between stay unpaired, so pairs never cross.
    fn pair(&mut self) {
        self.open_double.clear();
        self.open_single.clear();
        for i in 0..self.marks.len() {
            let mark = self.marks[i];
            let (same, other) = match mark.kind {
                Kind::Double => (&mut self.open_double, &mut self.open_single),
                Kind::Single => (&mut self.open_single, &mut self.open_double),
            };
            let role = match mark.role {
                Role::Either if same.is_empty() => Role::Open,
                Role::Either => Role::Close,
                role => role,
            };
            match role {
                Role::Open => same.push(i),
                Role::Close => {
                    if let Some(open) = same.pop() {
                        while other.last().is_some_and(|&o| o > open) {
                            other.pop();
                        }
                        self.marks[open].partner = Some(i);
                        self.marks[i].partner = Some(open);
                    }
                }
                Role::Either | Role::Apostrophe => {}
            }
        }
    }
}

/// The kind and role of a mark from its neighbours, or `None` when it is not a quotation mark.
fn classify(
    prev: Option<char>,
    c: char,
    next: Option<char>,
    style: &QuoteStyle,
) -> Option<(Kind, Role)> {
    let in_word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    if matches!(c, '\'' | '’') && in_word(prev) && in_word(next) {
        return (style.apostrophe && c == '\'').then_some((Kind::Single, Role::Apostrophe));
    }
    let kind = match c {
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' => Kind::Double,
        '\'' | '‘' | '’' | '‚' => Kind::Single,
        _ => return None,
    };
    let opens = next.is_some_and(|n| !n.is_whitespace())
        && prev.is_none_or(|p| {
            p.is_whitespace()
                || is_quote(p)
                || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '*' | '_')
        });
    let closes = prev.is_some_and(|p| !p.is_whitespace())
        && next.is_none_or(|n| {
            n.is_whitespace()
                || is_quote(n)
                || matches!(
                    n,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | '…'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '*'
                        | '_'
                )
        });
    let role = match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        // The context does not tell: a typographic mark keeps its shape's role, a straight
        // double one is decided by what is open, a straight single one is left alone.
        (both, _) => match c {
            '„' | '‟' | '«' | '‚' | '‘' => Role::Open,
            '”' | '»' | '’' => Role::Close,
            '“' => Role::Either,
            '"' if both => Role::Either,
            _ => return None,
        },
    };
    Some((kind, role))
}

/// Writes `line` with the marks replaced; true when anything changed.
fn emit(line: &str, marks: &mut [Mark], style: &QuoteStyle, out: &mut String) -> bool {
    let mut depth = 0u32;
    for i in 0..marks.len() {
        let Some(partner) = marks[i].partner else {
            continue;
        };
        if partner > i {
            marks[i].depth = depth;
            depth += 1;
        } else {
            depth = depth.saturating_sub(1);
            marks[i].depth = marks[partner].depth;
        }
    }
    let mut changed = false;
    let mut copied = 0;
    for (i, mark) in marks.iter().enumerate() {
        let new = match mark.partner {
            _ if mark.role == Role::Apostrophe => '’',
            Some(partner) => {
                let (open, close) = style.pair(mark.depth);
                if partner > i { open } else { close }
            }
            None if mark.apostrophe_if_alone => '’',
            None => mark.c,
        };
        out.push_str(&line[copied..mark.at]);
        out.push(new);
        copied = mark.at + mark.c.len_utf8();
        changed |= new != mark.c;
    }
    out.push_str(&line[copied..]);
    changed
}
