//! The story's shape, step by step: required answers, word limits, quotes with their
//! author and role, photos with their file, consent; and from those, how far each step
//! is. The side list, the review and `check` all ask here, so they cannot disagree.

use super::finding::{Finding, FindingKind, RuleId, Severity};
use crate::story::{Draft, Item};
use crate::template::{CoachSettings, Step, StepKind, Template};

/// How far a step's answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// No answer yet.
    Empty,
    /// Answered, but fewer words than asked for.
    Short,
    /// Answered, but something must still be filled in (a quote's author, a photo's file,
    /// consent) or the draft holds the wrong kind of value there.
    Incomplete,
    /// More words than the step allows.
    Over,
    /// Nothing of the story's shape is missing (style tips may remain).
    Done,
}

impl StepState {
    /// The mark shown before the step in the side list and in the review.
    pub fn marker(self) -> &'static str {
        match self {
            StepState::Empty => "·",
            StepState::Short | StepState::Incomplete => "…",
            StepState::Over => "!",
            StepState::Done => "✓",
        }
    }
}

/// How far one step is: the same judgement as the whole check makes for it.
pub fn step_state(template: &Template, step: &Step, draft: &Draft) -> StepState {
    let mut findings = Vec::new();
    check_step(&template.coach, step, draft, &mut findings);
    state_of(draft.answers.is_answered(step), &findings)
}

/// The state that a step's own shape findings give it.
pub fn state_of(answered: bool, findings: &[Finding]) -> StepState {
    let shape = |f: &&Finding| is_shape_rule(f.rule) && f.severity >= Severity::Warning;
    let has = |wanted: fn(&FindingKind) -> bool| findings.iter().any(|f| wanted(&f.kind));
    if has(|k| matches!(k, FindingKind::WrongType { .. })) {
        StepState::Incomplete
    } else if !answered {
        StepState::Empty
    } else if has(|k| matches!(k, FindingKind::TooManyWords { .. })) {
        StepState::Over
    } else if has(|k| matches!(k, FindingKind::TooFewWords { .. })) {
        StepState::Short
    } else if findings.iter().any(|f| shape(&f)) {
        StepState::Incomplete
    } else {
        StepState::Done
    }
}

/// The rules about what a step must hold (not about its style or spelling).
fn is_shape_rule(rule: RuleId) -> bool {
    matches!(
        rule,
        RuleId::Required
            | RuleId::MinWords
            | RuleId::MaxWords
            | RuleId::QuoteAttribution
            | RuleId::QuoteCount
            | RuleId::Consent
    )
}

/// The shape findings of one step, in the order a librarian would fix them.
pub fn check_step(settings: &CoachSettings, step: &Step, draft: &Draft, out: &mut Vec<Finding>) {
    check_counted(
        settings,
        step,
        draft,
        || draft.answers.word_count(step),
        out,
    );
}

/// [`check_step`] with the step's words counted by `count` (only asked when needed), for
/// the keystroke path that already knows it.
pub fn check_counted(
    settings: &CoachSettings,
    step: &Step,
    draft: &Draft,
    count: impl FnOnce() -> usize,
    out: &mut Vec<Finding>,
) {
    let mut found = StepFindings {
        settings,
        step,
        out,
    };
    // A value of the wrong kind is all that is said: the rest cannot be read.
    if let Some(kind) = wrong_type(step, draft) {
        found.add(RuleId::Required, Severity::Error, None, None, kind);
        return;
    }
    if !draft.answers.is_answered(step) {
        found.unanswered();
        return;
    }
    found.word_limits(count());
    found.items(draft);
}

/// What the draft holds for the step, when it is the wrong kind of value (a text where a
/// list of quotes or photos belongs, or the other way round).
fn wrong_type(step: &Step, draft: &Draft) -> Option<FindingKind> {
    let expected = if step.kind.is_repeatable() {
        "array"
    } else {
        "string"
    };
    draft
        .answers
        .value_type(&step.id)
        .filter(|&found| found != expected)
        .map(|found| FindingKind::WrongType { found })
}

/// The findings of one step as they are made, each kept only when its rule is on.
struct StepFindings<'a> {
    settings: &'a CoachSettings,
    step: &'a Step,
    out: &'a mut Vec<Finding>,
}

impl StepFindings<'_> {
    fn add(
        &mut self,
        rule: RuleId,
        severity: Severity,
        item: Option<usize>,
        field: Option<&'static str>,
        kind: FindingKind,
    ) {
        if self.settings.is_on(rule) {
            self.out.push(Finding {
                rule,
                severity,
                step_id: Some(self.step.id.clone()),
                step_title: self.step.title.clone(),
                item,
                field,
                span: None,
                fix: None,
                more: Vec::new(),
                kind,
            });
        }
    }

    /// A step without an answer: missing when required; else, for quotes, too few of them
    /// when the template asks for some.
    fn unanswered(&mut self) {
        if self.step.required {
            let kind = FindingKind::Missing;
            self.add(RuleId::Required, Severity::Error, None, None, kind);
        } else if self.step.kind == StepKind::Quotes {
            self.quote_count(0);
        }
    }

    /// Fewer words than the step's least, or more than its most.
    fn word_limits(&mut self, count: usize) {
        if let Some(min) = self.step.min_words
            && count < min
        {
            let kind = FindingKind::TooFewWords { count, min };
            self.add(RuleId::MinWords, Severity::Warning, None, None, kind);
        }
        if let Some(max) = self.step.max_words
            && count > max
        {
            let kind = FindingKind::TooManyWords { count, max };
            self.add(RuleId::MaxWords, Severity::Warning, None, None, kind);
        }
    }

    /// Each quote or photo that is not blank: its fields that must be filled in and its
    /// consent; then whether the quotes that have words are enough.
    fn items(&mut self, draft: &Draft) {
        let Some((rule, fields)) = item_rules(self.step.kind) else {
            return;
        };
        let items = draft.answers.items(&self.step.id);
        let filled = || items.iter().enumerate().filter(|(_, it)| !it.is_blank());
        for (i, item) in filled() {
            self.item(rule, fields, i + 1, item);
        }
        if self.step.kind == StepKind::Quotes {
            let count = filled()
                .filter(|(_, it)| !it.get("text").trim().is_empty())
                .count();
            self.quote_count(count);
        }
    }

    /// Quote or photo `number`: each of its `fields` left empty (under `rule`, with the
    /// field's severity), and its consent.
    fn item(
        &mut self,
        rule: RuleId,
        fields: &[(&'static str, Severity)],
        number: usize,
        item: &Item,
    ) {
        for &(field, severity) in fields {
            if item.get(field).trim().is_empty() {
                let kind = FindingKind::ItemFieldMissing;
                self.add(rule, severity, Some(number), Some(field), kind);
            }
        }
        // A photo of children needs their parents' or guardians' consent.
        let children =
            self.step.kind == StepKind::Photos && yes_no(item.get("children")) == Some(true);
        if let Some((severity, kind)) = consent(item, children) {
            let field = Some("consent");
            self.add(RuleId::Consent, severity, Some(number), field, kind);
        }
    }

    /// Fewer quotes (`count`, those with words) than the template asks for.
    fn quote_count(&mut self, count: usize) {
        let min = self.settings.quotes_min;
        if count < min {
            let kind = FindingKind::TooFewQuotes { count, min };
            self.add(RuleId::QuoteCount, Severity::Warning, None, None, kind);
        }
    }
}

/// What a quote or photo must hold, as the rule that says so and each field with the
/// severity of leaving it empty: quotes need their words and who said them; photos their
/// file, caption and credit. Texts have no items.
fn item_rules(kind: StepKind) -> Option<(RuleId, &'static [(&'static str, Severity)])> {
    match kind {
        StepKind::Quotes => Some((
            RuleId::QuoteAttribution,
            &[
                ("text", Severity::Error),
                ("author", Severity::Error),
                ("role", Severity::Warning),
            ],
        )),
        StepKind::Photos => Some((
            RuleId::Required,
            &[
                ("path", Severity::Error),
                ("caption", Severity::Warning),
                ("credit", Severity::Warning),
            ],
        )),
        StepKind::Line | StepKind::Text => None,
    }
}

/// A quote's or photo's consent: not recorded is a warning, refused is an error, agreed
/// without a signed form noted is a tip; a signed form noted satisfies it.
fn consent(item: &Item, children: bool) -> Option<(Severity, FindingKind)> {
    let value = item.get("consent");
    match yes_no(value) {
        Some(true) if is_signed(value) => None,
        Some(true) => Some((Severity::Tip, FindingKind::ConsentUnsigned { children })),
        Some(false) => Some((Severity::Error, FindingKind::ConsentRefused { children })),
        None => Some((
            Severity::Warning,
            FindingKind::ConsentNotRecorded { children },
        )),
    }
}

/// A consent noted with its signed form kept at the library (`signed`, as the wizard writes
/// it; a hand-edited draft may say it in its language).
pub fn is_signed(value: &str) -> bool {
    matches!(
        value.trim().to_lowercase().as_str(),
        "signed" | "semnat" | "подписано"
    )
}

/// The value a choice takes after `value` when Space cycles it: not recorded, yes, (for a
/// consent: the signed form noted,) no, not recorded again.
pub fn next_choice(name: &str, value: &str) -> Option<&'static str> {
    match yes_no(value) {
        None => Some("yes"),
        Some(true) if name == "consent" && !is_signed(value) => Some("signed"),
        Some(true) => Some("no"),
        Some(false) => None,
    }
}

/// A choice as typed in its language (yes, no; for a consent also "signed"), in the words the
/// draft keeps; `None` for anything else.
pub fn typed_choice(name: &str, text: &str) -> Option<&'static str> {
    match yes_no(text) {
        Some(true) if name == "consent" && is_signed(text) => Some("signed"),
        Some(true) => Some("yes"),
        Some(false) => Some("no"),
        None => None,
    }
}

/// `yes`/`no` as the wizard writes them; a hand-edited draft may say it in its language.
pub fn yes_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "da" | "да" | "true" => Some(true),
        // Agreed, and the signed form is kept.
        signed if is_signed(signed) => Some(true),
        "no" | "nu" | "нет" | "false" => Some(false),
        _ => None,
    }
}
