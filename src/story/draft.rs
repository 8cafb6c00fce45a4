//! The draft: which template, who wrote it, and the answers, step by step.
//!
//! Every level keeps keys the program does not know (`extra`), so a draft edited by a
//! newer version, or by hand, loses nothing when this version saves it again. The file's own
//! layout (comments, blank lines, order) travels with the draft in `document`.

use serde::{Deserialize, Deserializer, Serialize};
use toml::{Table, Value};

use super::{Comment, Comments, Document};
use crate::template::{Step, StepKind, Template};

/// The draft format's version, written into every saved draft so old ones can be migrated.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Draft {
    #[serde(default = "current_schema")]
    pub schema_version: i64,
    pub template: String,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub answers: Answers,
    /// A trainer's comments by step; never rendered into an article.
    #[serde(default, skip_serializing_if = "Comments::is_empty")]
    pub comments: Comments,
    #[serde(flatten)]
    pub extra: Table,
    /// The text the draft was read from, so saving keeps what a person wrote by hand. Not
    /// compared and not saved as such: `save_draft` writes the values into it.
    #[serde(skip)]
    pub document: Document,
}

fn current_schema() -> i64 {
    SCHEMA_VERSION
}

/// Who wrote the story, where, and when.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Meta {
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub institution: String,
    /// ISO date (`2026-11-25`); a bare TOML date is accepted too.
    #[serde(default, deserialize_with = "string_or_date")]
    pub date: String,
    #[serde(flatten)]
    pub extra: Table,
}

fn string_or_date<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => Ok(s),
        Value::Datetime(dt) => Ok(dt.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "the date must be text such as \"2026-11-25\", not {}",
            other.type_str()
        ))),
    }
}

impl Draft {
    /// An empty draft for `template`, with every step present so the file reads like a form.
    pub fn new(template: &Template) -> Self {
        let mut draft = Draft {
            schema_version: SCHEMA_VERSION,
            template: template.id.clone(),
            ..Draft::default()
        };
        for step in &template.steps {
            if step.kind.is_repeatable() {
                draft.answers.set_items(&step.id, Vec::new());
            } else {
                draft.answers.set_text(&step.id, String::new());
            }
        }
        draft
    }

    /// The comments on step `step_id`, in the order they were written.
    pub fn comments(&self, step_id: &str) -> Vec<Comment> {
        self.comments.of(step_id)
    }

    /// Adds a comment on step `step_id`.
    pub fn add_comment(&mut self, step_id: &str, comment: Comment) {
        self.comments.add(step_id, comment);
    }

    /// Marks comment `index` of step `step_id` resolved (or open again); whether it exists.
    pub fn set_resolved(&mut self, step_id: &str, index: usize, resolved: bool) -> bool {
        self.comments.set_resolved(step_id, index, resolved)
    }

    /// The story's title, when the template has a `title` step and it is answered.
    pub fn title(&self) -> &str {
        self.answers.text("title").trim()
    }
}

/// Answers by step id: text for `line` and `text` steps, a list of items otherwise.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct Answers(Table);

impl Answers {
    /// The text answer of a step; empty when missing or not text.
    pub fn text(&self, step_id: &str) -> &str {
        self.0.get(step_id).and_then(Value::as_str).unwrap_or("")
    }

    pub fn set_text(&mut self, step_id: &str, text: String) {
        self.0.insert(step_id.to_string(), Value::String(text));
    }

    /// The items of a repeatable step; empty when missing. Non-table entries are skipped.
    pub fn items(&self, step_id: &str) -> Vec<Item> {
        self.0
            .get(step_id)
            .and_then(Value::as_array)
            .map(|arr| {
                arr.iter()
                    .filter_map(Value::as_table)
                    .map(|t| Item(t.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn set_items(&mut self, step_id: &str, items: Vec<Item>) {
        let array = items.into_iter().map(|i| Value::Table(i.0)).collect();
        self.0.insert(step_id.to_string(), Value::Array(array));
    }

    /// Whether the step has an answer with some content.
    pub fn is_answered(&self, step: &Step) -> bool {
        match step.kind {
            StepKind::Line | StepKind::Text => !self.text(&step.id).trim().is_empty(),
            StepKind::Quotes | StepKind::Photos => {
                self.items(&step.id).iter().any(|i| !i.is_blank())
            }
        }
    }

    /// The words a step's answer holds (for quotes, the words of the quotes themselves).
    pub fn word_count(&self, step: &Step) -> usize {
        match step.kind {
            StepKind::Line | StepKind::Text => crate::text::word_count(self.text(&step.id)),
            StepKind::Quotes => self
                .items(&step.id)
                .iter()
                .map(|i| crate::text::word_count(i.get("text")))
                .sum(),
            StepKind::Photos => 0,
        }
    }

    /// The kind of value stored for a step, for reporting a draft edited by hand wrongly.
    pub fn value_type(&self, step_id: &str) -> Option<&'static str> {
        self.0.get(step_id).map(Value::type_str)
    }

    /// Step ids present in the draft, in file order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// One quote or photo: named text fields, unknown ones kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item(Table);

impl Item {
    pub fn get(&self, field: &str) -> &str {
        self.0.get(field).and_then(Value::as_str).unwrap_or("")
    }

    pub fn set(&mut self, field: &str, value: String) {
        self.0.insert(field.to_string(), Value::String(value));
    }

    /// Forgets a field (a choice set back to "not recorded").
    pub fn remove(&mut self, field: &str) {
        self.0.remove(field);
    }

    pub fn with(mut self, field: &str, value: &str) -> Self {
        self.set(field, value.to_string());
        self
    }

    /// The bytes of text its fields hold.
    pub fn text_len(&self) -> usize {
        self.0
            .values()
            .filter_map(Value::as_str)
            .map(str::len)
            .sum()
    }

    /// True when every text field is empty or blank.
    pub fn is_blank(&self) -> bool {
        self.0
            .values()
            .all(|v| v.as_str().is_some_and(|s| s.trim().is_empty()))
    }
}
