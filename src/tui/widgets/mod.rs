//! The editors of the wizard, one per kind of step: a field for `line` and `text`
//! steps, an item list for `quotes` and `photos`.

pub mod field;
pub mod items;

use ratatui::style::{Modifier, Style};

pub use field::{Field, Outcome};
pub use items::{ItemList, ItemsOutcome};

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
            StepKind::Quotes | StepKind::Photos => Editor::Items(ItemList::new(
                step.kind.item_fields(),
                draft.answers.items(&step.id),
            )),
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

/// Shows the cursor only in the field being edited.
pub fn set_focused(field: &mut Field, focused: bool) {
    let style = if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    };
    field.area_mut().set_cursor_style(style);
}
