//! The editors of the wizard, one per kind of step: a field for `line` and `text`
//! steps, an item list for `quotes` and `photos`.

pub mod field;
pub mod items;

use ratatui::style::{Modifier, Style};

pub use field::{Field, Outcome};
pub use items::{ItemList, ItemsLook, ItemsOutcome};

use crate::coach::Finding;
use crate::story::Draft;
use crate::template::{Step, StepKind};

/// The editor of the step on screen.
#[derive(Debug, Clone)]
pub enum Editor {
    Text(Box<Field>),
    Items(ItemList),
}

impl Editor {
    /// An editor holding the step's current answer.
    pub fn for_step(step: &Step, draft: &Draft) -> Editor {
        match step.kind {
            StepKind::Line | StepKind::Text => {
                let mut field =
                    Field::new(draft.answers.text(&step.id), step.kind == StepKind::Text);
                set_focused(&mut field, true);
                Editor::Text(Box::new(field))
            }
            StepKind::Quotes | StepKind::Photos => Editor::Items(
                ItemList::new(step.kind.item_fields(), draft.answers.items(&step.id))
                    .with_choices(choices(step.kind)),
            ),
        }
    }

    /// Shows where `finding` is: its quote or photo and field get the focus, and the
    /// cursor goes to the start of its span.
    pub fn go_to_finding(&mut self, finding: &Finding) {
        let start = finding.span.map(|(start, _)| start);
        match self {
            Editor::Text(field) => {
                if let Some(start) = start {
                    field.cursor_to_char(start);
                }
            }
            Editor::Items(list) => {
                let Some(row) = finding.item.and_then(|n| list.row_of(n.checked_sub(1)?)) else {
                    return;
                };
                let name = finding.field.unwrap_or(list.field_names()[0]);
                if list.focus_on(row, name)
                    && let (Some(start), Some(field)) = (start, list.field_mut(row, name))
                {
                    field.cursor_to_char(start);
                }
            }
        }
    }

    /// Replaces `finding`'s span with its fix in the text it is about, as typing would
    /// (the field can undo it). `Ignored` when it has no fix or its text is not here.
    pub fn apply_fix(&mut self, finding: &Finding) -> Outcome {
        let (Some((start, end)), Some(fix)) = (finding.span, finding.fix.as_deref()) else {
            return Outcome::Ignored;
        };
        let field = match self {
            Editor::Text(field) if finding.item.is_none() => Some(field.as_mut()),
            Editor::Text(_) => None,
            Editor::Items(list) => match (finding.item, finding.field) {
                (Some(n), Some(name)) => n
                    .checked_sub(1)
                    .and_then(|i| list.row_of(i))
                    .and_then(|row| list.field_mut(row, name)),
                _ => None,
            },
        };
        match field {
            Some(field) => field.replace_chars(start, end, fix),
            None => Outcome::Ignored,
        }
    }

    /// Underlines `words` (the step's misspellings) in every field of the editor.
    pub fn mark_words(&mut self, words: &[String], style: Style) {
        match self {
            Editor::Text(field) => field.mark_words(words, style),
            Editor::Items(list) => {
                for field in list.fields_mut() {
                    field.mark_words(words, style);
                }
            }
        }
    }

    /// Writes the editor's content into the draft.
    pub fn store(&self, step: &Step, draft: &mut Draft) {
        match self {
            Editor::Text(field) => draft.answers.set_text(&step.id, field.text()),
            Editor::Items(list) => draft.answers.set_items(&step.id, list.items()),
        }
    }
}

/// The yes/no choices under each item: a quote's consent; whether a photo shows
/// children, then the consent (a parent's or guardian's when it does).
pub fn choices(kind: StepKind) -> &'static [&'static str] {
    kind.item_choices()
}

/// Shows the cursor only in the field being edited.
pub fn set_focused(field: &mut Field, focused: bool) {
    let style = if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    };
    field.area_mut().set_cursor_style(style);
}
