//! The trainer's comments in the wizard's model: who reviews (review mode), the comment
//! being written under the step's answer, and which of the step's comments is selected.

use crate::story::Draft;
use crate::tui::widgets::{Field, set_focused};

/// The trainer of a review: the name and the date each new comment gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewer {
    pub name: String,
    /// Today, ISO (`2026-11-25`): the store knows the clock, the update does not.
    pub today: String,
}

/// The comments' part of an open draft.
#[derive(Debug, Clone, Default)]
pub struct CommentsState {
    /// Review mode: the trainer comments and the answers are read-only. `None` in the
    /// librarian's wizard.
    pub reviewer: Option<Reviewer>,
    /// The comment being written under the step's answer (review mode only).
    pub writing: Option<Field>,
    /// The selected comment of the step on screen, as `Draft::comments` counts them.
    pub selected: usize,
}

impl CommentsState {
    /// Arriving at step `step_id`: nothing half-written, the first open comment selected.
    pub fn arrive(&mut self, draft: &Draft, step_id: &str) {
        self.writing = None;
        self.selected = draft
            .comments(step_id)
            .iter()
            .position(|c| !c.resolved)
            .unwrap_or(0);
    }

    /// Whether the answers are read-only (the wizard was opened to review).
    pub fn reviewing(&self) -> bool {
        self.reviewer.is_some()
    }

    /// Opens an empty one-line comment field (it wraps as it grows).
    pub fn start_writing(&mut self) {
        let mut field = Field::new("", false);
        set_focused(&mut field, true);
        self.writing = Some(field);
    }
}
