//! What can happen to the wizard, in its own terms, and crossterm's events turned into it.
//!
//! Everything else (update, views, widgets, tests) sees only [`Msg`] and [`Key`], so the
//! wizard is driven in tests without a terminal. The terminal itself (its modes and the
//! thread that reads it) is in `terminal.rs`, the only other place crossterm is named.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::service::Payload;
use crate::story::WordPressRecord;
use crate::template::Problem;

/// Something that happened: a key, pasted text, a mouse click or wheel, a new size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    /// Mouse wheel: negative is up.
    Scroll(i16),
    Resize {
        width: u16,
        height: u16,
    },
    /// A preview rendered off the loop (`Effect::RenderPreview`, carried out on a thread of
    /// the store's): the request it answers, and what came of it.
    Rendered {
        request: u64,
        outcome: Rendering,
    },
    /// An export carried out off the loop (`Effect::Export`): the file written and the
    /// sentences saying what the layout leaves out, or why there is no file.
    Exported(Result<(PathBuf, Vec<String>), ExportProblem>),
    /// A step of the sending to the blog (`Effect::Publish`, carried out on a thread of the
    /// store's), as the status line says it.
    Publishing(String),
    /// What the draft at `path` now remembers of the blog (its `[wordpress]` table): kept
    /// in the open draft, which the next autosave writes.
    PublishRecorded {
        path: PathBuf,
        record: WordPressRecord,
    },
    /// The article of layout `name` rendered off the loop for the clipboard (`Effect::Copy`),
    /// or why not, in `lang`; the store puts it on the clipboard and makes it `Msg::Copied`.
    CopyRendered {
        lang: Lang,
        name: String,
        payload: Result<Payload, String>,
        /// The process that keeps an article after the wizard ends could not start (the
        /// program's file replaced while it runs): the wizard keeps it, while it is open.
        keeper_failed: bool,
    },
    /// What became of a copy: the status line's words, said as done or as a warning.
    Copied(Result<String, String>),
    /// A consent form written off the loop (`Effect::ConsentForm`): the status line's words,
    /// said as done or as a warning.
    ConsentWritten(Result<String, String>),
    /// The sending ended: the status line's words (the post's edit link and the photos, or
    /// why not), and where it went.
    Published {
        result: Result<String, String>,
        site: String,
        user: String,
    },
}

/// Why an export did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportProblem {
    /// The file is there; the librarian must confirm.
    Exists(PathBuf),
    /// Another program holds the file (Word with it open): the free name beside it.
    Held {
        path: PathBuf,
        beside: PathBuf,
    },
    Failed(String),
}

/// What a render off the loop came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendering {
    /// The article, as text.
    Text(String),
    /// Why there is none (a layout's mistake, a photo), as the library words it.
    Failed(String),
    /// The layout ran out of time and was abandoned, at this place.
    TooSlow(Problem),
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// The keys the wizard knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
}

impl Key {
    pub const fn plain(code: Code) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    pub const fn ctrl(code: Code) -> Key {
        Key {
            code,
            ctrl: true,
            alt: false,
            shift: false,
        }
    }

    pub const fn alt(code: Code) -> Key {
        Key {
            code,
            ctrl: false,
            alt: true,
            shift: false,
        }
    }

    /// A character that should be typed into a field. On Windows, AltGr arrives as
    /// Ctrl+Alt, so a character with both is typed too (ș on a Romanian keyboard).
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            Code::Char(c) if self.ctrl == self.alt => Some(c),
            _ => None,
        }
    }

    /// Ctrl+`c` (letters compared without case).
    pub fn is_ctrl(&self, c: char) -> bool {
        self.ctrl && !self.alt && matches!(self.code, Code::Char(k) if k.eq_ignore_ascii_case(&c))
    }
}

impl From<Code> for Key {
    fn from(code: Code) -> Key {
        Key::plain(code)
    }
}

/// Turns a terminal event into a message; `None` for events the wizard ignores
/// (key releases and repeats on Windows, mouse moves, focus changes).
pub fn from_event(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => from_key(key).map(Msg::Key),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollUp => Some(Msg::Scroll(-1)),
            MouseEventKind::ScrollDown => Some(Msg::Scroll(1)),
            _ => None,
        },
        _ => None,
    }
}

fn from_key(key: KeyEvent) -> Option<Key> {
    if key.kind != KeyEventKind::Press && key.kind != KeyEventKind::Repeat {
        return None;
    }
    let code = match key.code {
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::F(n) => Code::F(n),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Tab => Code::Tab,
        KeyCode::BackTab => Code::BackTab,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Delete => Code::Delete,
        KeyCode::Insert => Code::Insert,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        _ => return None,
    };
    let m = key.modifiers;
    Some(Key {
        code,
        ctrl: m.contains(KeyModifiers::CONTROL),
        alt: m.contains(KeyModifiers::ALT),
        shift: m.contains(KeyModifiers::SHIFT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn event(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    }

    #[test]
    fn releases_are_ignored_and_altgr_types() {
        let release = event(
            KeyCode::Char('ș'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        );
        assert_eq!(from_event(release), None);
        let altgr = event(
            KeyCode::Char('ș'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
            KeyEventKind::Press,
        );
        let Some(Msg::Key(key)) = from_event(altgr) else {
            panic!("no key")
        };
        assert_eq!(key.typed_char(), Some('ș'));
        let ctrl_s = event(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL,
            KeyEventKind::Press,
        );
        let Some(Msg::Key(key)) = from_event(ctrl_s) else {
            panic!("no key")
        };
        assert_eq!(key.typed_char(), None);
        assert!(key.is_ctrl('s'));
    }
}
