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
    let on = |rule| settings.is_on(rule);
    let mut add = |rule, severity, item: Option<usize>, field, kind| {
        if on(rule) {
            out.push(Finding {
                rule,
                severity,
                step_id: Some(step.id.clone()),
                step_title: step.title.clone(),
                item,
                field,
                span: None,
                fix: None,
                more: Vec::new(),
                kind,
            });
        }
    };
    let expected = if step.kind.is_repeatable() {
        "array"
    } else {
        "string"
    };
    if let Some(found) = draft.answers.value_type(&step.id)
        && found != expected
    {
        add(
            RuleId::Required,
            Severity::Error,
            None,
            None,
            FindingKind::WrongType { found },
        );
        return;
    }
    if !draft.answers.is_answered(step) {
        if step.required {
            add(
                RuleId::Required,
                Severity::Error,
                None,
                None,
                FindingKind::Missing,
            );
        } else if step.kind == StepKind::Quotes && settings.quotes_min > 0 {
            let kind = FindingKind::TooFewQuotes {
                count: 0,
                min: settings.quotes_min,
            };
            add(RuleId::QuoteCount, Severity::Warning, None, None, kind);
        }
        return;
    }
    let count = count();
    if let Some(min) = step.min_words
        && count < min
    {
        let kind = FindingKind::TooFewWords { count, min };
        add(RuleId::MinWords, Severity::Warning, None, None, kind);
    }
    if let Some(max) = step.max_words
        && count > max
    {
        let kind = FindingKind::TooManyWords { count, max };
        add(RuleId::MaxWords, Severity::Warning, None, None, kind);
    }
    // Quotes need their words and who said them; photos their file, caption and credit.
    let (rule, fields): (RuleId, &[(&'static str, Severity)]) = match step.kind {
        StepKind::Quotes => (
            RuleId::QuoteAttribution,
            &[
                ("text", Severity::Error),
                ("author", Severity::Error),
                ("role", Severity::Warning),
            ],
        ),
        StepKind::Photos => (
            RuleId::Required,
            &[
                ("path", Severity::Error),
                ("caption", Severity::Warning),
                ("credit", Severity::Warning),
            ],
        ),
        StepKind::Line | StepKind::Text => return,
    };
    let items = draft.answers.items(&step.id);
    let filled = || items.iter().enumerate().filter(|(_, it)| !it.is_blank());
    for (i, item) in filled() {
        for &(field, severity) in fields {
            if item.get(field).trim().is_empty() {
                let kind = FindingKind::ItemFieldMissing;
                add(rule, severity, Some(i + 1), Some(field), kind);
            }
        }
        // A photo of children needs their parents' or guardians' consent.
        let children = step.kind == StepKind::Photos && yes_no(item.get("children")) == Some(true);
        if let Some((severity, kind)) = consent(item, children) {
            add(
                RuleId::Consent,
                severity,
                Some(i + 1),
                Some("consent"),
                kind,
            );
        }
    }
    if step.kind == StepKind::Quotes {
        let count = filled()
            .filter(|(_, it)| !it.get("text").trim().is_empty())
            .count();
        if count < settings.quotes_min {
            let kind = FindingKind::TooFewQuotes {
                count,
                min: settings.quotes_min,
            };
            add(RuleId::QuoteCount, Severity::Warning, None, None, kind);
        }
    }
}

/// A quote's or photo's consent: not recorded is a warning, refused is an error.
fn consent(item: &Item, children: bool) -> Option<(Severity, FindingKind)> {
    match yes_no(item.get("consent")) {
        Some(true) => None,
        Some(false) => Some((Severity::Error, FindingKind::ConsentRefused { children })),
        None => Some((
            Severity::Warning,
            FindingKind::ConsentNotRecorded { children },
        )),
    }
}

/// `yes`/`no` as the wizard writes them; a hand-edited draft may say it in its language.
pub fn yes_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "da" | "да" | "true" => Some(true),
        "no" | "nu" | "нет" | "false" => Some(false),
        _ => None,
    }
}
