//! Structure checks: required steps, word limits, and quotes and photos that are complete;
//! and from them, how far each step is. The side list, the review and `check` all ask
//! here, so they cannot disagree.

use crate::story::Draft;
use crate::template::{Step, StepKind, Template};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Good to fix; the story can be published without it.
    Advice,
    /// Must be fixed before the story is sent.
    Fix,
}

/// One thing the coach noticed about one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub step_id: String,
    pub step_title: String,
    pub severity: Severity,
    pub kind: FindingKind,
}

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
    /// Item `index` (1-based) lacks `field` (e.g. a quote without its author's role).
    ItemFieldMissing {
        index: usize,
        field: &'static str,
    },
    /// The draft holds a value of the wrong kind (edited by hand).
    WrongType {
        found: &'static str,
    },
}

/// How far a step's answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// No answer yet.
    Empty,
    /// Answered, but fewer words than asked for.
    Short,
    /// Answered, but something must still be filled in (a quote's author, a photo's file)
    /// or the draft holds the wrong kind of value there.
    Incomplete,
    /// More words than the step allows.
    Over,
    /// Nothing must be fixed (advice may remain).
    Done,
}

impl StepState {
    /// The mark shown before the step in the side list and in `check`.
    pub fn marker(self) -> &'static str {
        match self {
            StepState::Empty => "·",
            StepState::Short | StepState::Incomplete => "…",
            StepState::Over => "!",
            StepState::Done => "✓",
        }
    }
}

/// What the coach found in a draft: the findings in step order, and each step's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// One per template step, in order.
    pub states: Vec<StepState>,
}

impl Report {
    /// Whether something must be fixed before the story is sent.
    pub fn needs_work(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Fix)
    }
}

/// Checks `draft` against `template`, in step order.
pub fn check(template: &Template, draft: &Draft) -> Report {
    let mut report = Report::default();
    for step in &template.steps {
        let first = report.findings.len();
        check_step(step, draft, &mut report.findings);
        let answered = draft.answers.is_answered(step);
        let state = state_of(answered, &report.findings[first..]);
        report.states.push(state);
    }
    report
}

/// How far one step is: the same judgement as [`check`] makes for it.
pub fn step_state(step: &Step, draft: &Draft) -> StepState {
    let mut findings = Vec::new();
    check_step(step, draft, &mut findings);
    state_of(draft.answers.is_answered(step), &findings)
}

/// The state that a step's own findings give it.
fn state_of(answered: bool, findings: &[Finding]) -> StepState {
    let has = |wanted: fn(&FindingKind) -> bool| findings.iter().any(|f| wanted(&f.kind));
    if has(|k| matches!(k, FindingKind::WrongType { .. })) {
        StepState::Incomplete
    } else if !answered {
        StepState::Empty
    } else if has(|k| matches!(k, FindingKind::TooManyWords { .. })) {
        StepState::Over
    } else if has(|k| matches!(k, FindingKind::TooFewWords { .. })) {
        StepState::Short
    } else if findings.iter().any(|f| f.severity == Severity::Fix) {
        StepState::Incomplete
    } else {
        StepState::Done
    }
}

fn check_step(step: &Step, draft: &Draft, findings: &mut Vec<Finding>) {
    let mut add = |severity, kind| {
        findings.push(Finding {
            step_id: step.id.clone(),
            step_title: step.title.clone(),
            severity,
            kind,
        })
    };
    let expected = if step.kind.is_repeatable() {
        "array"
    } else {
        "string"
    };
    if let Some(found) = draft.answers.value_type(&step.id)
        && found != expected
    {
        add(Severity::Fix, FindingKind::WrongType { found });
        return;
    }
    if !draft.answers.is_answered(step) {
        if step.required {
            add(Severity::Fix, FindingKind::Missing);
        }
        return;
    }
    let count = draft.answers.word_count(step);
    if let Some(min) = step.min_words
        && count < min
    {
        add(Severity::Fix, FindingKind::TooFewWords { count, min });
    }
    if let Some(max) = step.max_words
        && count > max
    {
        add(Severity::Fix, FindingKind::TooManyWords { count, max });
    }
    let (needed, advised): (&[&'static str], &[&'static str]) = match step.kind {
        StepKind::Quotes => (&["text", "author", "role"], &[]),
        StepKind::Photos => (&["path"], &["caption", "credit"]),
        StepKind::Line | StepKind::Text => (&[], &[]),
    };
    let items = draft.answers.items(&step.id);
    for (i, item) in items.iter().enumerate().filter(|(_, it)| !it.is_blank()) {
        for (fields, severity) in [(needed, Severity::Fix), (advised, Severity::Advice)] {
            for field in fields {
                if item.get(field).trim().is_empty() {
                    add(
                        severity,
                        FindingKind::ItemFieldMissing {
                            index: i + 1,
                            field,
                        },
                    );
                }
            }
        }
    }
}
