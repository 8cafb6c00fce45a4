//! The keys of a trainer's comments: writing one in review mode, and going through a
//! step's comments to mark them resolved.

use super::{A, Binding, COACH, Ctrl, Key, Page, S, bind, hint, hinted};
use crate::tui::msg::Code;

pub(super) const BINDINGS: &[Binding] = &[
    hinted(
        &[Ctrl('t')],
        A::WriteComment,
        S::Moving,
        (COACH, "help-write-comment"),
        hint("Ctrl+T", "keys-comment", &[(Page::Reviewing, 2)]),
    ),
    hinted(
        &[Key(Code::Enter), Ctrl('s')],
        A::AddComment,
        S::Comment,
        (COACH, "help-add-comment"),
        hint("Enter", "keys-add-comment", &[(Page::Comment, 0)]),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Comment,
        (COACH, "help-cancel-comment"),
        hint("Esc", "keys-cancel-comment", &[(Page::Comment, 1)]),
    ),
    bind(
        &[Ctrl('l')],
        A::NextComment,
        S::Moving,
        (COACH, "help-next-comment"),
    ),
    hinted(
        &[Ctrl('g')],
        A::ResolveComment,
        S::Moving,
        (COACH, "help-resolve-comment"),
        hint("Ctrl+G", "keys-resolve-comment", &[(Page::Reviewing, 3)]),
    ),
];
