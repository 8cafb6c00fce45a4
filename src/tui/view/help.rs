//! The help window: every key, in the interface language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::app::App;

/// Sections of (keys, catalog id of what they do).
pub const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "help-moving",
        &[
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
        ],
    ),
    (
        "help-editing",
        &[
            ("Enter", "help-enter"),
            ("Ctrl+← →", "help-word"),
            ("Home, End", "help-line"),
            ("Ctrl+Home, Ctrl+End", "help-ends"),
            ("Ctrl+Backspace", "help-delete-word"),
            ("Ctrl+Z, Ctrl+Y", "help-undo"),
            ("Shift+← → ↑ ↓", "help-select"),
            ("Ctrl+C, Ctrl+X, Ctrl+V", "help-clipboard"),
            ("Ctrl+Shift+V", "help-paste"),
        ],
    ),
    (
        "help-items",
        &[
            ("F7, Insert", "help-add-item"),
            ("F8", "help-remove-item"),
            ("Tab, Shift+Tab", "help-fields"),
        ],
    ),
];

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let theme = app.theme;
    let area = Rect {
        x: body.x + 2,
        y: body.y,
        width: body.width.saturating_sub(4),
        height: body.height,
    };
    let key_width = 24;
    let mut lines = vec![Line::from(Span::styled(app.t("help-intro"), theme.quiet()))];
    for (section, keys) in KEYS {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(app.t(section), theme.title())));
        for (key, id) in *keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {key:<key_width$}"), theme.key()),
                Span::raw(app.t(id)),
            ]));
        }
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Span::styled(
            format!(" {} ", app.t("help-title")),
            theme.title(),
        ));
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    let height = paragraph.line_count(area.width) as u16;
    let scroll = app.help_scroll.min(height.saturating_sub(area.height));
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph.scroll((scroll, 0)), area);
}
