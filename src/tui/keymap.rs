//! Every key binding of the wizard, declared once as data.
//!
//! A [`Binding`] names its keys, the [`Action`] they do, where they apply ([`Scope`]), the
//! catalog id of its line in the help window and, if it has one, its place in the key-hint
//! line at the bottom. `update` resolves keys through [`action`]; the help window
//! ([`help_sections`]) and the hint line ([`hints`]) are generated from the same table, so
//! a key cannot be bound in one place and documented differently in another.
//!
//! Typing into fields stays in the widgets: their keys are listed here ([`Chord::InField`])
//! only so that the help window shows them.

use std::borrow::Cow;

use super::msg::{Code, Key};

/// One way of pressing a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chord {
    /// This key, whatever the modifiers.
    Key(Code),
    /// This key without Ctrl.
    NoCtrl(Code),
    /// Ctrl and a letter (either case), without Alt: Ctrl+Alt is AltGr on Windows, which
    /// types a character.
    Ctrl(char),
    /// Alt and a digit 1…9, without Ctrl.
    AltDigit,
    /// Handled by the field widgets themselves; spelled here for the help window only.
    InField(&'static str),
}

/// Where a binding applies. `update` asks the scopes in the order its dispatch runs, so a
/// key is looked up only where it can act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Always, even over the help window.
    Always,
    /// On every screen while the help window is closed.
    Screens,
    /// The help window is open.
    Help,
    Home,
    /// Every screen of an open story.
    Story,
    /// The step and review screens.
    Moving,
    /// The step screen only (PgUp/PgDn move between steps there).
    StepPages,
    /// The review only (PgDn scrolls there).
    ReviewPages,
    /// A step's answer has the keys.
    Editor,
    /// A photo's file field has the keys (looked up before `Editor`).
    PhotoFile,
    /// The photo picker is open over the photos step.
    Picker,
    /// The menu of a misspelling's corrections is open over the step.
    Suggestions,
    /// The side list of steps has the keys.
    List,
    Review,
    Details,
    Preview,
    Export,
    /// A comment is being written under the step's answer (looked up before `Story`).
    Comment,
}

/// What a key does; `update` matches on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Save,
    Preview,
    Details,
    Export,
    /// Save and close the story, back to the home screen.
    Close,
    NextStep,
    PreviousStep,
    /// Alt+1…9: the digit says which step.
    JumpToStep,
    ToggleList,
    ToggleGuidance,
    AddItem,
    RemoveItem,
    /// Editing inside a field (the widgets handle it).
    Edit,
    /// The entry before or after the selected one in a menu or list.
    Previous,
    Next,
    First,
    Last,
    Open,
    /// From the side list back to the answer.
    FocusEditor,
    /// The first step the review says needs work.
    FixFirst,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    ScrollTop,
    /// Close the help window, or leave details, preview or export.
    Back,
    NextField,
    PreviousField,
    /// Enter on the details: the next field, or back after the last one.
    Confirm,
    ChoosePrevious,
    ChooseNext,
    DoExport,
    /// The export screen: put the chosen layout's article on the system's clipboard.
    Copy,
    /// The coach: open the story's next finding (wrapping around), cursor on its span.
    NextFinding,
    /// The coach: replace the selected finding's span with its fix.
    ApplyFix,
    /// The coach: add the selected misspelt word to the personal word list.
    AddWord,
    /// Enter on a photo's file: open the photo picker when it is empty, else take the
    /// typed path (and move on to the caption).
    ChoosePhoto,
    /// Save a copy of the story elsewhere (its folder cannot be written).
    SaveCopy,
    /// Take the newer words an interrupted save left beside the draft.
    Recover,
    /// Review mode: open a comment field under the step's answer.
    WriteComment,
    /// In the comment field: add the comment to the step (and save).
    AddComment,
    /// Select the step's next comment (wrapping around).
    NextComment,
    /// Mark the selected comment resolved, or open again.
    ResolveComment,
    /// Quotes and photos: write the consent form of the item the cursor is in.
    ConsentForm,
}

/// The sections of the help window, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Moving,
    Editing,
    Items,
    Coach,
    Screens,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Moving,
        Section::Editing,
        Section::Items,
        Section::Coach,
        Section::Screens,
    ];

    /// The catalog id of the section's title.
    pub fn title(self) -> &'static str {
        match self {
            Section::Moving => "help-moving",
            Section::Editing => "help-editing",
            Section::Items => "help-items",
            Section::Coach => "help-coach",
            Section::Screens => "help-screens",
        }
    }
}

/// What the key-hint line shows; one line per page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Step,
    Review,
    Details,
    Preview,
    Export,
    Help,
    Picker,
    /// The step screen in review mode.
    Reviewing,
    /// A comment being written.
    Comment,
}

/// A binding's entry in the hint line: a short spelling of its keys (it may stand for
/// a pair, like "PgUp/PgDn"), the catalog id, and its position on each page it shows on.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub label: &'static str,
    pub id: &'static str,
    pub on: &'static [(Page, u8)],
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Chord],
    pub action: Action,
    pub scope: Scope,
    /// The help window's section and the catalog id of the line; bindings with the same id
    /// share one line.
    pub help: (Section, &'static str),
    pub hint: Option<Hint>,
}

mod reference;
mod table;
pub use reference::keys_markdown;
pub use table::bindings;

impl Chord {
    pub fn matches(self, key: Key) -> bool {
        match self {
            Chord::Key(code) => key.code == code,
            Chord::NoCtrl(code) => key.code == code && !key.ctrl,
            Chord::Ctrl(c) => key.is_ctrl(c),
            Chord::AltDigit => key.alt && !key.ctrl && matches!(key.code, Code::Char('1'..='9')),
            Chord::InField(_) => false,
        }
    }

    /// How the help window spells it.
    pub fn label(self) -> Cow<'static, str> {
        match self {
            Chord::Key(code) | Chord::NoCtrl(code) => code_label(code),
            Chord::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()).into(),
            Chord::AltDigit => "Alt+1…9".into(),
            Chord::InField(label) => label.into(),
        }
    }

    /// Whether some key would match both chords (for the duplicate test).
    #[cfg(test)]
    fn overlaps(self, other: Chord) -> bool {
        let digit = |code| matches!(code, Code::Char('1'..='9'));
        match (self, other) {
            (Chord::InField(_), _) | (_, Chord::InField(_)) => false,
            (Chord::Key(a) | Chord::NoCtrl(a), Chord::Key(b) | Chord::NoCtrl(b)) => a == b,
            (Chord::Ctrl(a), Chord::Ctrl(b)) => a.eq_ignore_ascii_case(&b),
            (Chord::Ctrl(c), Chord::Key(Code::Char(k)))
            | (Chord::Key(Code::Char(k)), Chord::Ctrl(c)) => c.eq_ignore_ascii_case(&k),
            (Chord::Ctrl(_), _) | (_, Chord::Ctrl(_)) => false,
            (Chord::AltDigit, Chord::AltDigit) => true,
            (Chord::AltDigit, Chord::Key(code)) | (Chord::Key(code), Chord::AltDigit) => {
                digit(code)
            }
            (Chord::AltDigit, Chord::NoCtrl(_)) | (Chord::NoCtrl(_), Chord::AltDigit) => false,
        }
    }
}

fn code_label(code: Code) -> Cow<'static, str> {
    let label = match code {
        Code::Char(' ') => "Space",
        Code::Char(c) => return c.to_string().into(),
        Code::F(n) => return format!("F{n}").into(),
        Code::Enter => "Enter",
        Code::Esc => "Esc",
        Code::Tab => "Tab",
        Code::BackTab => "Shift+Tab",
        Code::Backspace => "Backspace",
        Code::Delete => "Delete",
        Code::Insert => "Insert",
        Code::Left => "←",
        Code::Right => "→",
        Code::Up => "↑",
        Code::Down => "↓",
        Code::Home => "Home",
        Code::End => "End",
        Code::PageUp => "PgUp",
        Code::PageDown => "PgDn",
    };
    label.into()
}

/// What `key` does in `scope`, if anything.
pub fn action(scope: Scope, key: Key) -> Option<Action> {
    bindings()
        .filter(|b| b.scope == scope)
        .find(|b| b.keys.iter().any(|chord| chord.matches(key)))
        .map(|b| b.action)
}

/// How the help window spells the keys of `action` (its first binding), e.g. "Ctrl+E".
pub fn keys_of(action: Action) -> Option<Cow<'static, str>> {
    let binding = bindings().find(|b| b.action == action)?;
    binding.keys.first().map(|chord| chord.label())
}

/// One line of the help window: the keys, and the catalog id of what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub id: &'static str,
}

/// The help window's sections and their lines, in the table's order. Bindings that share
/// a catalog id share a line, their keys joined with ", " (each spelling once).
pub fn help_sections() -> Vec<(Section, Vec<HelpLine>)> {
    let mut sections: Vec<(Section, Vec<HelpLine>)> =
        Section::ALL.iter().map(|&s| (s, Vec::new())).collect();
    let mut placed: Vec<(&'static str, Section)> = Vec::new();
    for binding in bindings() {
        let (section, id) = binding.help;
        // A line stays in the section of its first binding.
        let section = match placed.iter().find(|(known, _)| *known == id) {
            Some((_, first)) => *first,
            None => {
                placed.push((id, section));
                section
            }
        };
        let Some((_, lines)) = sections.iter_mut().find(|(s, _)| *s == section) else {
            continue;
        };
        let line = match lines.iter_mut().position(|l| l.id == id) {
            Some(i) => &mut lines[i],
            None => {
                lines.push(HelpLine {
                    keys: String::new(),
                    id,
                });
                let last = lines.len() - 1;
                &mut lines[last]
            }
        };
        for chord in binding.keys {
            let label = chord.label();
            if line.keys.split(", ").any(|known| known == label) {
                continue;
            }
            if !line.keys.is_empty() {
                line.keys.push_str(", ");
            }
            line.keys.push_str(&label);
        }
    }
    sections
}

/// The hint line of `page`: (keys, catalog id) in order.
pub fn hints(page: Page) -> Vec<(&'static str, &'static str)> {
    let mut shown: Vec<(u8, &'static str, &'static str)> = bindings()
        .filter_map(|b| b.hint)
        .filter_map(|hint| {
            let (_, at) = hint.on.iter().find(|(p, _)| *p == page)?;
            Some((*at, hint.label, hint.id))
        })
        .collect();
    shown.sort_by_key(|(at, _, _)| *at);
    shown
        .into_iter()
        .map(|(_, label, id)| (label, id))
        .collect()
}

#[cfg(test)]
mod tests;
