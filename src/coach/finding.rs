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
    /// The same thing found again in the same text (a cedilla letter, a word misspelt
    /// each time, two spaces): its other places, in order after `span`. One finding says
    /// how many ([`Finding::count`]) and its fix mends them all ([`apply_fix`]).
    pub more: Vec<Place>,
    pub kind: FindingKind,
}

/// One more place of a finding: its span and what replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub span: (usize, usize),
    pub fix: Option<String>,
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
    /// The person (or a guardian) agreed, but no signed form is noted.
    ConsentUnsigned {
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
    /// Straight quotation marks where the story's language (`language`, the template's)
    /// has its own.
    StraightQuotes {
        language: String,
    },
    /// Two commas typed as an opening quotation mark (`,,Inițiativa”`); the fix is the
    /// story's language's own, `quote`.
    CommaQuote {
        quote: char,
    },
    /// A space just inside a quotation mark (`„ Nu ”`).
    SpaceInsideQuotes,
    DoubleSpace,
    SpaceBefore {
        mark: char,
    },
    /// No space after `. , : ;` before a word (`mun.Bălți`, `cărți,reviste`).
    SpaceAfter {
        mark: char,
    },
    /// A hyphen between a name and a word where a dash is meant (`Курдогло-гагаузский
    /// писатель`); the fix puts `dash` between spaces.
    HyphenForDash {
        dash: char,
    },
    /// A word form the norm writes otherwise: a calque (`visa-vis` → `vizavi`), the
    /// article after an abbreviation (`APL-lui` → `APL-ului`).
    WordForm {
        word: String,
        better: String,
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
            more: Vec::new(),
            kind,
        }
    }

    /// In how many places of its text it was found (one for a finding without a span).
    pub fn count(&self) -> usize {
        1 + self.more.len()
    }

    /// Every place, the first (`span`, `fix`) included, in order.
    pub fn places(&self) -> impl Iterator<Item = Place> + '_ {
        let first = self.span.map(|span| Place {
            span,
            fix: self.fix.clone(),
        });
        first.into_iter().chain(self.more.iter().cloned())
    }

    /// The finding at its `n`th place only (0 is the first), as one finding of one place:
    /// what the wizard goes to when it visits the places one by one.
    pub fn at_place(&self, n: usize) -> Option<Finding> {
        let place = self.places().nth(n)?;
        Some(Finding {
            span: Some(place.span),
            fix: place.fix,
            more: Vec::new(),
            ..self.clone()
        })
    }

    /// Whether `other` says the same thing about the same text: the same rule, severity,
    /// place and kind (only the span differs), so the two are one finding of two places.
    fn same_as(&self, other: &Finding) -> bool {
        self.rule == other.rule
            && self.severity == other.severity
            && self.step_id == other.step_id
            && self.item == other.item
            && self.field == other.field
            && self.kind == other.kind
            && self.span.is_some()
            && other.span.is_some()
    }
}

/// `found` (the findings of one text, in the order the rules give them) with each
/// repeat folded into the first finding that says the same: one finding per rule, text
/// and word (or letter, or mark), its places in order. The order of the first places is
/// kept, so reading a text a paragraph at a time and then grouping gives what grouping
/// the whole text's findings gives.
pub fn group(found: Vec<Finding>) -> Vec<Finding> {
    let mut grouped: Vec<Finding> = Vec::with_capacity(found.len());
    for finding in found {
        match grouped.iter_mut().find(|g| g.same_as(&finding)) {
            Some(first) => first.more.extend(finding.places()),
            None => grouped.push(finding),
        }
    }
    for finding in &mut grouped {
        // Places come in the order of their rule, which is text order: kept sorted anyway.
        finding.more.sort_by_key(|p| p.span);
    }
    grouped
}

/// `text` with the finding's fix applied at every place, when it has one and its spans
/// fit `text` (a place overlapping the one before it is left as it is).
pub fn apply_fix(text: &str, finding: &Finding) -> Option<String> {
    let edit = one_edit(text, finding)?;
    let (start, end) = edit.span?;
    let chars: Vec<char> = text.chars().collect();
    let mut fixed: String = chars[..start].iter().collect();
    fixed.push_str(edit.fix.as_deref()?);
    fixed.extend(&chars[end..]);
    Some(fixed)
}

/// The finding as one replacement in `text`: from its first place to its last, with what
/// lies between kept, so that an editor mends every place in one edit (undone at once).
pub fn one_edit(text: &str, finding: &Finding) -> Option<Finding> {
    let chars: Vec<char> = text.chars().collect();
    let places: Vec<Place> = finding.places().collect();
    let first = places.first()?.span.0;
    let mut with = String::new();
    let mut at = first;
    for place in &places {
        let (start, end) = place.span;
        if start > end || end > chars.len() {
            return None;
        }
        if start < at {
            continue;
        }
        with.extend(&chars[at..start]);
        with.push_str(place.fix.as_deref()?);
        at = end;
    }
    Some(Finding {
        span: Some((first, at)),
        fix: Some(with),
        more: Vec::new(),
        ..finding.clone()
    })
}
