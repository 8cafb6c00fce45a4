//! The table of bindings. The help window lists them in this order (a line per catalog id);
//! the hint line orders them by the positions given in each hint.

use super::{Action as A, Binding, Chord, Hint, Page, Scope as S, Section};
use crate::tui::msg::Code;

use Chord::{AltDigit, Ctrl, InField, Key, NoCtrl};

const fn bind(
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

const fn hinted(
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

const fn hint(label: &'static str, id: &'static str, on: &'static [(Page, u8)]) -> Hint {
    Hint { label, id, on }
}

const MOVING: Section = Section::Moving;
const EDITING: Section = Section::Editing;
const ITEMS: Section = Section::Items;
const SCREENS: Section = Section::Screens;

pub const KEYMAP: &[Binding] = &[
    // Moving around a story.
    hinted(
        &[Key(Code::PageDown)],
        A::NextStep,
        S::StepPages,
        (MOVING, "help-next"),
        hint("PgUp/PgDn", "keys-steps", &[(Page::Step, 1)]),
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
            &[(Page::Home, 2), (Page::Step, 0), (Page::Review, 0)],
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
    // The home screen.
    hinted(
        &[Key(Code::Up), Key(Code::BackTab)],
        A::Previous,
        S::Home,
        (SCREENS, "keys-choose"),
        hint("↑↓", "keys-choose", &[(Page::Home, 0)]),
    ),
    bind(
        &[Key(Code::Down), Key(Code::Tab)],
        A::Next,
        S::Home,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::Home), Key(Code::PageUp)],
        A::First,
        S::Home,
        (SCREENS, "help-first-last"),
    ),
    bind(
        &[Key(Code::End), Key(Code::PageDown)],
        A::Last,
        S::Home,
        (SCREENS, "help-first-last"),
    ),
    hinted(
        &[Key(Code::Enter)],
        A::Open,
        S::Home,
        (SCREENS, "keys-open"),
        hint("Enter", "keys-open", &[(Page::Home, 1)]),
    ),
    bind(&[Key(Code::Esc)], A::Quit, S::Home, (SCREENS, "keys-quit")),
    // The side list of steps.
    bind(
        &[Key(Code::Up)],
        A::Previous,
        S::List,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::Down)],
        A::Next,
        S::List,
        (SCREENS, "keys-choose"),
    ),
    bind(
        &[Key(Code::Home)],
        A::First,
        S::List,
        (SCREENS, "help-first-last"),
    ),
    bind(
        &[Key(Code::End)],
        A::Last,
        S::List,
        (SCREENS, "help-first-last"),
    ),
    bind(
        &[Key(Code::Enter)],
        A::Open,
        S::List,
        (SCREENS, "keys-open"),
    ),
    bind(
        &[Key(Code::Esc), Key(Code::Tab), Key(Code::Right)],
        A::FocusEditor,
        S::List,
        (SCREENS, "help-back-to-answer"),
    ),
    // The help window: any key it does not use closes it.
    bind(
        &[Key(Code::Up)],
        A::ScrollUp,
        S::Help,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Down)],
        A::ScrollDown,
        S::Help,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageUp)],
        A::PageUp,
        S::Help,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageDown)],
        A::PageDown,
        S::Help,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Home)],
        A::ScrollTop,
        S::Help,
        (SCREENS, "keys-scroll"),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Help,
        (SCREENS, "keys-close"),
        hint("Esc", "keys-close", &[(Page::Help, 0)]),
    ),
    // The review.
    bind(
        &[Key(Code::Up)],
        A::ScrollUp,
        S::Review,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Down)],
        A::ScrollDown,
        S::Review,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageDown)],
        A::PageDown,
        S::Review,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Home)],
        A::ScrollTop,
        S::Review,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Enter)],
        A::FixFirst,
        S::Review,
        (SCREENS, "help-fix-first"),
    ),
    // Author, library and date.
    hinted(
        &[Key(Code::Tab), Key(Code::Down)],
        A::NextField,
        S::Details,
        (SCREENS, "keys-next-field"),
        hint("Tab", "keys-next-field", &[(Page::Details, 0)]),
    ),
    bind(
        &[Key(Code::Enter)],
        A::Confirm,
        S::Details,
        (SCREENS, "keys-next-field"),
    ),
    bind(
        &[Key(Code::BackTab), Key(Code::Up)],
        A::PreviousField,
        S::Details,
        (SCREENS, "help-previous-field"),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Details,
        (SCREENS, "keys-back"),
        hint("Esc", "keys-back", &[(Page::Details, 1)]),
    ),
    // The preview.
    bind(
        &[Key(Code::Left)],
        A::ChoosePrevious,
        S::Preview,
        (SCREENS, "keys-layout"),
    ),
    hinted(
        &[Key(Code::Right), Key(Code::Tab)],
        A::ChooseNext,
        S::Preview,
        (SCREENS, "keys-layout"),
        hint("←→", "keys-layout", &[(Page::Preview, 0)]),
    ),
    hinted(
        &[Key(Code::Up)],
        A::ScrollUp,
        S::Preview,
        (SCREENS, "keys-scroll"),
        hint("↑↓ PgUp PgDn", "keys-scroll", &[(Page::Preview, 1)]),
    ),
    bind(
        &[Key(Code::Down)],
        A::ScrollDown,
        S::Preview,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageUp)],
        A::PageUp,
        S::Preview,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::PageDown), Key(Code::Char(' '))],
        A::PageDown,
        S::Preview,
        (SCREENS, "keys-scroll"),
    ),
    bind(
        &[Key(Code::Home)],
        A::ScrollTop,
        S::Preview,
        (SCREENS, "keys-scroll"),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Preview,
        (SCREENS, "keys-back"),
        hint("Esc", "keys-back", &[(Page::Preview, 2)]),
    ),
    // The export form.
    hinted(
        &[Key(Code::Tab), Key(Code::Down)],
        A::NextField,
        S::Export,
        (SCREENS, "keys-next-field"),
        hint("Tab", "keys-next-field", &[(Page::Export, 0)]),
    ),
    bind(
        &[Key(Code::BackTab), Key(Code::Up)],
        A::PreviousField,
        S::Export,
        (SCREENS, "help-previous-field"),
    ),
    bind(
        &[Key(Code::Left)],
        A::ChoosePrevious,
        S::Export,
        (SCREENS, "keys-choose"),
    ),
    hinted(
        &[Key(Code::Right)],
        A::ChooseNext,
        S::Export,
        (SCREENS, "keys-choose"),
        hint("←→", "keys-choose", &[(Page::Export, 1)]),
    ),
    hinted(
        &[Key(Code::Enter)],
        A::DoExport,
        S::Export,
        (SCREENS, "keys-do-export"),
        hint("Enter", "keys-do-export", &[(Page::Export, 2)]),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Export,
        (SCREENS, "keys-back"),
        hint("Esc", "keys-back", &[(Page::Export, 3)]),
    ),
];
