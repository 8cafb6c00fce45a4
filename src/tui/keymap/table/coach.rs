//! The keys of the writing coach: from finding to finding, fixing, and the consent
//! choices of quotes and photos.

use super::{A, Binding, COACH, Ctrl, ITEMS, InField, Key, Page, S, SCREENS, bind, hint, hinted};
use crate::tui::msg::Code;

pub(super) const BINDINGS: &[Binding] = &[
    // Shown on the hint line only where it fits after the usual keys (wide terminals).
    hinted(
        &[Ctrl('e'), Key(Code::F(12))],
        A::NextFinding,
        S::Moving,
        (COACH, "help-next-finding"),
        hint(
            "Ctrl+E",
            "keys-next-finding",
            &[(Page::Step, 5), (Page::Review, 6)],
        ),
    ),
    hinted(
        &[Ctrl('r')],
        A::ApplyFix,
        S::Moving,
        (COACH, "help-apply-fix"),
        hint("Ctrl+R", "keys-apply-fix", &[(Page::Step, 6)]),
    ),
    bind(
        &[Ctrl('d')],
        A::AddWord,
        S::Moving,
        (COACH, "help-add-word"),
    ),
    // The menu of a misspelling's corrections (Ctrl+R): the arrows choose, Enter replaces
    // the word (1–3 too), Esc closes it.
    bind(
        &[Key(Code::Up)],
        A::Previous,
        S::Suggestions,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::Down)],
        A::Next,
        S::Suggestions,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::Enter)],
        A::Open,
        S::Suggestions,
        (COACH, "help-choose-correction"),
    ),
    bind(
        &[Key(Code::Esc)],
        A::Back,
        S::Suggestions,
        (SCREENS, "keys-back"),
    ),
    // A quote's consent, a photo's children and consent: the item list cycles them.
    bind(
        &[InField("Space")],
        A::Edit,
        S::Editor,
        (ITEMS, "help-choice"),
    ),
];
