//! Structure checks: required steps, word limits, and quotes and photos that are complete.

use crate::story::Draft;
use crate::template::{StepKind, Template};

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

/// Checks `draft` against `template`, in step order.
pub fn check_structure(template: &Template, draft: &Draft) -> Vec<Finding> {
    let mut findings = Vec::new();
    for step in &template.steps {
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
            continue;
        }
        if !draft.answers.is_answered(step) {
            if step.required {
                add(Severity::Fix, FindingKind::Missing);
            }
            continue;
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
    findings
}
