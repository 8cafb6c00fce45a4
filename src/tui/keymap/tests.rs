//! The table is consistent: no key bound twice where one lookup sees it, every action in
//! the help window, a hint line without gaps.

use super::*;

/// The scopes one key press is looked up in, in the order `update` asks them: a key bound
/// twice along one of these paths would leave one binding dead.
const PATHS: &[&[Scope]] = &[
    &[Scope::Always, Scope::Help],
    &[Scope::Always, Scope::Screens, Scope::Home],
    &[
        Scope::Always,
        Scope::Screens,
        Scope::Story,
        Scope::Moving,
        Scope::StepPages,
        Scope::PhotoFile,
        Scope::Editor,
    ],
    &[Scope::Always, Scope::Screens, Scope::Picker],
    &[Scope::Always, Scope::Screens, Scope::Suggestions],
    &[
        Scope::Always,
        Scope::Screens,
        Scope::Story,
        Scope::Moving,
        Scope::StepPages,
        Scope::List,
    ],
    &[
        Scope::Always,
        Scope::Screens,
        Scope::Story,
        Scope::Moving,
        Scope::ReviewPages,
        Scope::Review,
    ],
    &[
        Scope::Always,
        Scope::Screens,
        Scope::Story,
        Scope::Moving,
        Scope::ReviewPages,
        Scope::List,
    ],
    &[Scope::Always, Scope::Screens, Scope::Story, Scope::Details],
    &[Scope::Always, Scope::Screens, Scope::Story, Scope::Preview],
    &[Scope::Always, Scope::Screens, Scope::Story, Scope::Export],
    // Writing a comment: its keys are looked up before the story's.
    &[Scope::Always, Scope::Screens, Scope::Comment],
];

#[test]
fn no_key_is_bound_twice_on_one_screen() {
    let mut problems = Vec::new();
    for path in PATHS {
        let chords: Vec<(Chord, &Binding)> = bindings()
            .filter(|b| path.contains(&b.scope))
            .flat_map(|b| b.keys.iter().map(move |c| (*c, b)))
            .collect();
        for (i, (a, first)) in chords.iter().enumerate() {
            for (b, second) in &chords[i + 1..] {
                if a.overlaps(*b) {
                    problems.push(format!(
                        "{} is bound to {:?} ({:?}) and {:?} ({:?})",
                        a.label(),
                        first.action,
                        first.scope,
                        second.action,
                        second.scope
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_scope_is_on_some_path() {
    for binding in bindings() {
        assert!(
            PATHS.iter().any(|p| p.contains(&binding.scope)),
            "{:?} is never looked up",
            binding.scope
        );
    }
}

#[test]
fn the_duplicate_check_sees_a_duplicate() {
    assert!(Chord::Key(Code::PageUp).overlaps(Chord::NoCtrl(Code::PageUp)));
    assert!(Chord::Ctrl('n').overlaps(Chord::Ctrl('N')));
    assert!(Chord::AltDigit.overlaps(Chord::Key(Code::Char('3'))));
    assert!(!Chord::Ctrl('n').overlaps(Chord::Key(Code::Down)));
}

#[test]
fn keys_resolve_as_the_dispatch_expects() {
    use Action as A;
    let plain = Key::plain;
    assert_eq!(
        action(Scope::Always, Key::ctrl(Code::Char('Q'))),
        Some(A::Quit)
    );
    assert_eq!(
        action(Scope::StepPages, Key::ctrl(Code::PageUp)),
        Some(A::PreviousStep)
    );
    assert_eq!(action(Scope::ReviewPages, Key::ctrl(Code::PageUp)), None);
    assert_eq!(
        action(Scope::Moving, Key::alt(Code::Char('7'))),
        Some(A::JumpToStep)
    );
    assert_eq!(action(Scope::Moving, Key::plain(Code::Char('7'))), None);
    // AltGr arrives as Ctrl+Alt and types: not a binding.
    let altgr = Key {
        alt: true,
        ..Key::ctrl(Code::Char('s'))
    };
    assert_eq!(action(Scope::Story, altgr), None);
    assert_eq!(action(Scope::Home, Key::ctrl(Code::Char('?'))), None);
    assert_eq!(action(Scope::Home, plain(Code::Char('?'))), Some(A::Help));
    assert_eq!(
        action(Scope::Editor, plain(Code::Enter)),
        None,
        "Enter is typed"
    );
    assert_eq!(
        action(Scope::Preview, plain(Code::Char(' '))),
        Some(A::PageDown)
    );
}

/// The help window's text as the view builds it, before translation.
fn help_text() -> String {
    let mut text = String::new();
    for (section, lines) in help_sections() {
        text.push_str(section.title());
        text.push('\n');
        for line in lines {
            text.push_str(&format!("  {} {}\n", line.keys, line.id));
        }
    }
    text
}

#[test]
fn the_help_window_lists_every_binding_and_every_action() {
    let sections = help_sections();
    for binding in bindings() {
        let (_, id) = binding.help;
        let lines = sections
            .iter()
            .flat_map(|(_, lines)| lines)
            .filter(|l| l.id == id)
            .collect::<Vec<_>>();
        assert_eq!(lines.len(), 1, "{id} is one line of the help window");
        for chord in binding.keys {
            assert!(
                lines[0].keys.contains(chord.label().as_ref()),
                "{:?} ({}) is missing from the line of {id}:\n{}",
                binding.action,
                chord.label(),
                help_text()
            );
        }
    }
    let listed: Vec<Action> = bindings().map(|b| b.action).collect();
    let all = [
        Action::Quit,
        Action::Help,
        Action::Save,
        Action::Preview,
        Action::Details,
        Action::Export,
        Action::Close,
        Action::NextStep,
        Action::PreviousStep,
        Action::JumpToStep,
        Action::ToggleList,
        Action::ToggleGuidance,
        Action::AddItem,
        Action::RemoveItem,
        Action::Edit,
        Action::Previous,
        Action::Next,
        Action::First,
        Action::Last,
        Action::Open,
        Action::FocusEditor,
        Action::FixFirst,
        Action::ScrollUp,
        Action::ScrollDown,
        Action::PageUp,
        Action::PageDown,
        Action::ScrollTop,
        Action::Back,
        Action::NextField,
        Action::PreviousField,
        Action::Confirm,
        Action::ChoosePrevious,
        Action::ChooseNext,
        Action::DoExport,
        Action::NextFinding,
        Action::ApplyFix,
        Action::AddWord,
        Action::ChoosePhoto,
        Action::SaveCopy,
        Action::Recover,
        Action::WriteComment,
        Action::AddComment,
        Action::NextComment,
        Action::ResolveComment,
        Action::Copy,
        Action::ConsentForm,
    ];
    for action in all {
        // A new action must be added above too: the match fails to compile otherwise.
        match action {
            Action::Quit
            | Action::Help
            | Action::Save
            | Action::Preview
            | Action::Details
            | Action::Export
            | Action::Close
            | Action::NextStep
            | Action::PreviousStep
            | Action::JumpToStep
            | Action::ToggleList
            | Action::ToggleGuidance
            | Action::AddItem
            | Action::RemoveItem
            | Action::Edit
            | Action::Previous
            | Action::Next
            | Action::First
            | Action::Last
            | Action::Open
            | Action::FocusEditor
            | Action::FixFirst
            | Action::ScrollUp
            | Action::ScrollDown
            | Action::PageUp
            | Action::PageDown
            | Action::ScrollTop
            | Action::Back
            | Action::NextField
            | Action::PreviousField
            | Action::Confirm
            | Action::ChoosePrevious
            | Action::ChooseNext
            | Action::DoExport
            | Action::NextFinding
            | Action::ApplyFix
            | Action::AddWord
            | Action::ChoosePhoto
            | Action::SaveCopy
            | Action::Recover
            | Action::WriteComment
            | Action::AddComment
            | Action::NextComment
            | Action::ResolveComment
            | Action::Copy
            | Action::ConsentForm => {}
        }
        assert!(listed.contains(&action), "{action:?} has no key");
    }
}

#[test]
fn the_first_help_lines_are_the_ones_librarians_know() {
    let sections = help_sections();
    let (section, lines) = &sections[0];
    assert_eq!(*section, Section::Moving);
    let got: Vec<(&str, &str)> = lines.iter().map(|l| (l.keys.as_str(), l.id)).collect();
    assert_eq!(
        got,
        [
            ("PgDn, Ctrl+N", "help-next"),
            ("PgUp, Ctrl+P", "help-previous"),
            ("Alt+1…9", "help-jump"),
            ("Esc, F6", "help-list"),
            ("F2", "help-preview"),
            ("F3", "help-guidance"),
            ("F4", "help-details"),
            ("F5", "help-export"),
            ("Ctrl+S", "help-save"),
            ("F9", "help-home"),
            ("Ctrl+Q", "help-quit"),
            ("F1, ?", "help-help"),
        ]
    );
}

#[test]
fn each_hint_line_is_numbered_without_gaps() {
    for page in [
        Page::Home,
        Page::Step,
        Page::Review,
        Page::Details,
        Page::Preview,
        Page::Export,
        Page::Help,
        Page::Picker,
        Page::Reviewing,
        Page::Comment,
    ] {
        let mut at: Vec<u8> = bindings()
            .filter_map(|b| b.hint)
            .flat_map(|h| h.on.iter().filter(|(p, _)| *p == page).map(|(_, n)| *n))
            .collect();
        at.sort_unstable();
        let expected: Vec<u8> = (0..at.len() as u8).collect();
        assert_eq!(at, expected, "{page:?}");
    }
}
