//! The texts of a draft a reader sees, each with its place: the answers of text steps and
//! the fields of quotes and photos (not a photo's file name).

use std::borrow::Cow;

use super::finding::{Finding, FindingKind, RuleId, Severity};
use crate::story::Draft;
use crate::template::{Step, StepKind, Template};

/// One text and where it is.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub step: &'a Step,
    /// 1-based, for quotes and photos.
    pub item: Option<usize>,
    pub field: Option<&'static str>,
    /// Borrowed from the draft where it can be (an answer), copied otherwise (a quote's).
    pub text: Cow<'a, str>,
}

impl Text<'_> {
    /// A quote's own words (set inside quotation marks by the layout).
    pub fn is_quoted(&self) -> bool {
        self.step.kind == StepKind::Quotes && self.field == Some("text")
    }

    /// A finding about a span of this text.
    pub fn finding(
        &self,
        rule: RuleId,
        severity: Severity,
        span: (usize, usize),
        fix: Option<String>,
        kind: FindingKind,
    ) -> Finding {
        Finding {
            rule,
            severity,
            step_id: Some(self.step.id.clone()),
            step_title: self.step.title.clone(),
            item: self.item,
            field: self.field,
            span: Some(span),
            fix,
            more: Vec::new(),
            kind,
        }
    }
}

/// The text `finding` is about as `draft` holds it (a step's answer, or a quote's or
/// photo's field); `None` when it is about no span of a text.
pub fn text_of<'a>(draft: &'a Draft, finding: &Finding) -> Option<Cow<'a, str>> {
    finding.span?;
    let step = finding.step_id.as_deref()?;
    match (finding.item, finding.field) {
        (None, _) => Some(Cow::Borrowed(draft.answers.text(step))),
        (Some(n), Some(field)) => {
            let items = draft.answers.items(step);
            let item = items.get(n.checked_sub(1)?)?;
            Some(Cow::Owned(item.get(field).to_string()))
        }
        (Some(_), None) => None,
    }
}

/// Every text a reader sees, in step order; empty ones left out.
pub fn reader_texts<'a>(template: &'a Template, draft: &'a Draft) -> Vec<Text<'a>> {
    template
        .steps
        .iter()
        .flat_map(|step| step_texts(step, draft))
        .collect()
}

/// The texts of one step a reader sees; empty ones left out.
pub fn step_texts<'a>(step: &'a Step, draft: &'a Draft) -> Vec<Text<'a>> {
    let mut texts = Vec::new();
    match step.kind {
        StepKind::Line | StepKind::Text => texts.push(Text {
            step,
            item: None,
            field: None,
            text: Cow::Borrowed(draft.answers.text(&step.id)),
        }),
        StepKind::Quotes | StepKind::Photos => {
            for (i, item) in draft.answers.items(&step.id).iter().enumerate() {
                for field in step.kind.item_fields().iter().filter(|f| **f != "path") {
                    texts.push(Text {
                        step,
                        item: Some(i + 1),
                        field: Some(field),
                        text: Cow::Owned(item.get(field).to_string()),
                    });
                }
            }
        }
    }
    texts.retain(|t| !t.text.trim().is_empty());
    texts
}
