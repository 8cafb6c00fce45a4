//! The bindings, in two tables: the keys of a story (moving, writing, quotes and photos),
//! then the keys of single screens (home, side list, help, review, details, preview,
//! export). The help window lists them in this order (a line per catalog id); the hint
//! line orders them by the positions given in each hint.

use super::{Action as A, Binding, Chord, Hint, Page, Scope as S, Section};
use crate::tui::msg::Code;

use Chord::{AltDigit, Ctrl, InField, Key, NoCtrl};

mod coach;
mod comments;
mod photos;
mod screens;

/// Every binding, in help-window order.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    STORY
        .iter()
        .chain(screens::BINDINGS)
        .chain(coach::BINDINGS)
        .chain(photos::BINDINGS)
        .chain(comments::BINDINGS)
}

pub(super) const fn bind(
    keys: &'static [Chord],
    action: A,
    scope: S,
    help: (Section, &'static str),
) -> Binding {
    Binding {
        keys,
        action,
        scope,
        help,
        hint: None,
    }
}

pub(super) const fn hinted(
    keys: &'static [Chord],
    action: A,
    scope: S,
    help: (Section, &'static str),
    hint: Hint,
) -> Binding {
    Binding {
        keys,
        action,
        scope,
        help,
        hint: Some(hint),
    }
}

pub(super) const fn hint(label: &'static str, id: &'static str, on: &'static [(Page, u8)]) -> Hint {
    Hint { label, id, on }
}

pub(super) const MOVING: Section = Section::Moving;
pub(super) const EDITING: Section = Section::Editing;
pub(super) const ITEMS: Section = Section::Items;
pub(super) const SCREENS: Section = Section::Screens;
pub(super) const COACH: Section = Section::Coach;

const STORY: &[Binding] = &[
    // Moving around a story.
    hinted(
        &[Key(Code::PageDown)],
        A::NextStep,
        S::StepPages,
        (MOVING, "help-next"),
        hint(
            "PgUp/PgDn",
            "keys-steps",
            &[(Page::Step, 1), (Page::Reviewing, 1)],
        ),
    ),
    bind(&[Ctrl('n')], A::NextStep, S::Moving, (MOVING, "help-next")),
    bind(
        &[Key(Code::PageUp)],
        A::PreviousStep,
        S::StepPages,
        (MOVING, "help-previous"),
    ),
    hinted(
        &[NoCtrl(Code::PageUp)],
        A::PreviousStep,
        S::ReviewPages,
        (MOVING, "help-previous"),
        hint("PgUp", "keys-previous", &[(Page::Review, 1)]),
    ),
    bind(
        &[Ctrl('p')],
        A::PreviousStep,
        S::Moving,
        (MOVING, "help-previous"),
    ),
    bind(&[AltDigit], A::JumpToStep, S::Moving, (MOVING, "help-jump")),
    bind(
        &[Key(Code::Esc)],
        A::ToggleList,
        S::Editor,
        (MOVING, "help-list"),
    ),
    bind(
        &[Key(Code::F(6))],
        A::ToggleList,
        S::Moving,
        (MOVING, "help-list"),
    ),
    bind(
        &[Key(Code::Esc)],
        A::ToggleList,
        S::Review,
        (MOVING, "help-list"),
    ),
    hinted(
        &[Key(Code::F(2))],
        A::Preview,
        S::Story,
        (MOVING, "help-preview"),
        hint("F2", "keys-preview", &[(Page::Step, 2), (Page::Review, 3)]),
    ),
    bind(
        &[Key(Code::F(3))],
        A::ToggleGuidance,
        S::Moving,
        (MOVING, "help-guidance"),
    ),
    hinted(
        &[Key(Code::F(4))],
        A::Details,
        S::Story,
        (MOVING, "help-details"),
        hint("F4", "keys-details", &[(Page::Review, 2)]),
    ),
    hinted(
        &[Key(Code::F(5))],
        A::Export,
        S::Story,
        (MOVING, "help-export"),
        hint("F5", "keys-export", &[(Page::Step, 3), (Page::Review, 4)]),
    ),
    bind(&[Ctrl('s')], A::Save, S::Story, (MOVING, "help-save")),
    // Rarely needed (a full disk, a read-only stick): with the screens, not on the first
    // page of the help.
    bind(
        &[Ctrl('k')],
        A::SaveCopy,
        S::Story,
        (SCREENS, "help-save-copy"),
    ),
    bind(
        &[Ctrl('o')],
        A::Recover,
        S::Story,
        (SCREENS, "help-recover"),
    ),
    // Saved first; the store closes the story only once it is on disk.
    bind(
        &[Key(Code::F(9))],
        A::Close,
        S::Story,
        (MOVING, "help-home"),
    ),
    hinted(
        &[Ctrl('q')],
        A::Quit,
        S::Always,
        (MOVING, "help-quit"),
        hint(
            "Ctrl+Q",
            "keys-quit",
            &[
                (Page::Home, 3),
                (Page::Step, 4),
                (Page::Review, 5),
                (Page::Details, 2),
                (Page::Reviewing, 4),
                (Page::Comment, 2),
            ],
        ),
    ),
    hinted(
        &[Key(Code::F(1))],
        A::Help,
        S::Screens,
        (MOVING, "help-help"),
        hint(
            "F1",
            "keys-help",
            &[
                (Page::Home, 2),
                (Page::Step, 0),
                (Page::Review, 0),
                (Page::Reviewing, 0),
            ],
        ),
    ),
    bind(
        &[NoCtrl(Code::Char('?'))],
        A::Help,
        S::Home,
        (MOVING, "help-help"),
    ),
    bind(
        &[Key(Code::Char('?'))],
        A::Help,
        S::List,
        (MOVING, "help-help"),
    ),
    bind(
        &[Key(Code::Char('?'))],
        A::Help,
        S::Review,
        (MOVING, "help-help"),
    ),
    bind(
        &[Key(Code::Char('?'))],
        A::Help,
        S::Preview,
        (MOVING, "help-help"),
    ),
    // Writing: the field widgets handle these.
    bind(
        &[InField("Enter")],
        A::Edit,
        S::Editor,
        (EDITING, "help-enter"),
    ),
    bind(
        &[InField("Ctrl+← →")],
        A::Edit,
        S::Editor,
        (EDITING, "help-word"),
    ),
    bind(
        &[InField("Home, End")],
        A::Edit,
        S::Editor,
        (EDITING, "help-line"),
    ),
    bind(
        &[InField("Ctrl+Home, Ctrl+End")],
        A::Edit,
        S::Editor,
        (EDITING, "help-ends"),
    ),
    bind(
        &[InField("Ctrl+Backspace")],
        A::Edit,
        S::Editor,
        (EDITING, "help-delete-word"),
    ),
    bind(
        &[InField("Ctrl+Z, Ctrl+Y")],
        A::Edit,
        S::Editor,
        (EDITING, "help-undo"),
    ),
    bind(
        &[InField("Shift+← → ↑ ↓")],
        A::Edit,
        S::Editor,
        (EDITING, "help-select"),
    ),
    bind(
        &[InField("Ctrl+C, Ctrl+X, Ctrl+V")],
        A::Edit,
        S::Editor,
        (EDITING, "help-clipboard"),
    ),
    // The terminal's own paste: it arrives as pasted text, not as keys.
    bind(
        &[InField("Ctrl+Shift+V")],
        A::Edit,
        S::Editor,
        (EDITING, "help-paste"),
    ),
    // Quotes and photos.
    bind(
        &[Key(Code::F(7)), Key(Code::Insert)],
        A::AddItem,
        S::Editor,
        (ITEMS, "help-add-item"),
    ),
    bind(
        &[Key(Code::F(8))],
        A::RemoveItem,
        S::Editor,
        (ITEMS, "help-remove-item"),
    ),
    bind(
        &[InField("Tab, Shift+Tab")],
        A::Edit,
        S::Editor,
        (ITEMS, "help-fields"),
    ),
    bind(
        &[Ctrl('u')],
        A::ConsentForm,
        S::Editor,
        (ITEMS, "help-consent-form"),
    ),
];
