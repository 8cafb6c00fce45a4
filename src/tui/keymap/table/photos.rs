//! The keys of photos: Enter on a photo's file opens the picker; in the picker the arrows
//! choose, Enter takes the photo, Esc goes back (letters narrow the list).

use super::{A, Binding, ITEMS, Key, Page, S, SCREENS, bind, hint, hinted};
use crate::tui::msg::Code;

pub(super) const BINDINGS: &[Binding] = &[
    bind(
        &[Key(Code::Enter)],
        A::ChoosePhoto,
        S::PhotoFile,
        (ITEMS, "help-choose-photo"),
    ),
    hinted(
        &[Key(Code::Up)],
        A::Previous,
        S::Picker,
        (SCREENS, "keys-choose"),
        hint("↑↓", "keys-choose", &[(Page::Picker, 0)]),
    ),
    bind(
        &[Key(Code::Down)],
        A::Next,
        S::Picker,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::PageUp)],
        A::PageUp,
        S::Picker,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageDown)],
        A::PageDown,
        S::Picker,
        (SCREENS, "keys-scroll"),
    ),
    hinted(
        &[Key(Code::Enter)],
        A::Open,
        S::Picker,
        (ITEMS, "help-choose-photo"),
        hint("Enter", "keys-take-photo", &[(Page::Picker, 1)]),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Picker,
        (SCREENS, "keys-back"),
        hint("Esc", "keys-back", &[(Page::Picker, 2)]),
    ),
];
