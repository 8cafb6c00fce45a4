//! What the coach says about a story: findings with their rule, severity, place, span and
//! fix, as data. The library layer words them in the interface language.

pub use crate::template::RuleId;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Style: the story is fine without it.
    Tip,
    /// Worth fixing before sending: limits, numbers, consent not recorded, spelling.
    Warning,
    /// The story cannot be published as it stands.
    Error,
}

impl Severity {
    /// As written in `check --format json`.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Tip => "tip",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing the coach noticed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// The step it is about; `None` for the whole article (its length, its date).
    pub step_id: Option<String>,
    /// The step's title as the template words it (empty for the whole article).
    pub step_title: String,
    /// The quote or photo (1-based) and its field, for repeatable steps.
    pub item: Option<usize>,
    pub field: Option<&'static str>,
    /// Character offsets (not bytes) in the text the finding is about.
    pub span: Option<(usize, usize)>,
    /// What replaces the span when the fix is applied, where a fix is safe.
    pub fix: Option<String>,
    pub kind: FindingKind,
}

/// What exactly was found, with the numbers and words a message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// A required step has no answer.
    Missing,
    TooFewWords {
        count: usize,
        min: usize,
    },
    TooManyWords {
        count: usize,
        max: usize,
    },
    /// A quote or photo lacks a field (the item and field are in the finding).
    ItemFieldMissing,
    /// The draft holds a value of the wrong kind (edited by hand).
    WrongType {
        found: &'static str,
    },
    ArticleTooShort {
        count: usize,
        min: usize,
    },
    ArticleTooLong {
        count: usize,
        max: usize,
    },
    TitleTooLong {
        chars: usize,
        max: usize,
    },
    TooFewQuotes {
        count: usize,
        min: usize,
    },
    /// The step names no number (how many people, events, visits).
    NoNumber,
    /// Whether the person (or, for children, a guardian) agreed is not recorded.
    ConsentNotRecorded {
        children: bool,
    },
    ConsentRefused {
        children: bool,
    },
    DateMissing,
    DateInvalid {
        text: String,
    },
    LongSentence {
        words: usize,
        max: usize,
    },
    RepeatedWord {
        word: String,
    },
    WeakPhrase {
        phrase: String,
    },
    /// ş ţ with a cedilla instead of ș ț with a comma.
    Cedilla,
    /// Straight quotation marks where the language has its own.
    StraightQuotes,
    DoubleSpace,
    SpaceBefore {
        mark: char,
    },
    /// Not in the dictionary; `suggestions` (up to three, likeliest first) are looked for
    /// only where they are shown (`check`, the wizard's menu), else empty.
    Misspelt {
        word: String,
        suggestions: Vec<String>,
    },
    /// Unknown capitalised words inside sentences: names, most likely, to be checked once
    /// and taught (one tip for the story).
    NamesToCheck {
        names: Vec<String>,
    },
    /// A Moldovan î spelling: right in its time, the norm now writes `modern`.
    OldSpelling {
        word: String,
        modern: String,
    },
}

impl Finding {
    /// A finding about the whole article.
    pub fn article(rule: RuleId, severity: Severity, kind: FindingKind) -> Finding {
        Finding {
            rule,
            severity,
            step_id: None,
            step_title: String::new(),
            item: None,
            field: None,
            span: None,
            fix: None,
            kind,
        }
    }
}

/// `text` with the finding's fix applied, when it has one and its span fits `text`.
pub fn apply_fix(text: &str, finding: &Finding) -> Option<String> {
    let (start, end) = finding.span?;
    let fix = finding.fix.as_ref()?;
    let chars: Vec<char> = text.chars().collect();
    if start > end || end > chars.len() {
        return None;
    }
    let mut fixed: String = chars[..start].iter().collect();
    fixed.push_str(fix);
    fixed.extend(&chars[end..]);
    Some(fixed)
}
