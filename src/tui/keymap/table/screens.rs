//! The keys of single screens: home, the side list, help, review, details, preview, export.

use super::{A, Binding, Ctrl, Key, Page, S, SCREENS, bind, hint, hinted};
use crate::tui::msg::Code;

pub(super) const BINDINGS: &[Binding] = &[
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
    // Ctrl+C copies within a field: the whole article is copied with Ctrl+B.
    hinted(
        &[Ctrl('b')],
        A::Copy,
        S::Export,
        (SCREENS, "help-copy"),
        hint("Ctrl+B", "keys-copy", &[(Page::Export, 4)]),
    ),
    hinted(
        &[Key(Code::Esc)],
        A::Back,
        S::Export,
        (SCREENS, "keys-back"),
        hint("Esc", "keys-back", &[(Page::Export, 3)]),
    ),
];
