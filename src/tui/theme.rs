//! The wizard's one place for colours and emphasis; without colours when NO_COLOR is set.

use ratatui::style::{Color, Modifier, Style};

use crate::coach::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Only symbols every Windows console font has (WGL4): see `view::symbols`.
    pub safe_symbols: bool,
}

impl Theme {
    /// Colours unless the NO_COLOR environment variable is set and not empty; the safe
    /// symbols when asked (`--safe-symbols`, `safe_symbols` in the configuration) or when
    /// the terminal is not known to draw more: on Windows, a console other than Windows
    /// Terminal (which sets `WT_SESSION`), whose fonts have no fallback for a missing mark.
    pub fn from_env(safe_symbols: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let classic_console = cfg!(windows) && std::env::var_os("WT_SESSION").is_none();
        Theme {
            color: !no_color,
            safe_symbols: safe_symbols || classic_console,
        }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }

    /// The bar at the top.
    pub fn header(self) -> Style {
        if self.color {
            Style::default().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn strong(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    /// Guidance, examples and other quiet text.
    pub fn quiet(self) -> Style {
        if self.color {
            Style::default().fg(Color::Gray)
        } else {
            Style::default()
        }
    }

    pub fn example(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::ITALIC)
    }

    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        if self.color {
            Style::default().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn border(self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn focused_border(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn warn(self) -> Style {
        self.fg(Color::Yellow)
    }

    /// A word the spelling check does not know: underlined, red where there is colour.
    pub fn misspelt(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::UNDERLINED)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// A coach finding's mark and its sentence, by how much it matters.
    pub fn severity(self, severity: Severity) -> Style {
        match severity {
            Severity::Error => self.error(),
            Severity::Warning => self.warn(),
            Severity::Tip => self.fg(Color::Cyan),
        }
    }
}
