//! The first-run welcome, over the home screen: what the program does, the three keys that
//! matter, and where the drafts are kept. Any key closes it.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::app::App;

/// The keys named, as the keymap binds them: the steps, the help window, quitting.
const KEYS: [(&str, &str); 3] = [
    ("PgDn / PgUp", "welcome-key-steps"),
    ("F1", "welcome-key-help"),
    ("Ctrl+Q", "welcome-key-quit"),
];

pub fn draw(frame: &mut Frame, app: &App, drafts: &Path, body: Rect) {
    let theme = app.theme;
    let area = Rect {
        x: body.x + 2,
        y: body.y,
        width: body.width.saturating_sub(4),
        height: body.height,
    };
    let key_width = KEYS
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 3;
    let mut lines = vec![
        Line::raw(app.t("welcome-what")),
        Line::default(),
        Line::from(Span::styled(app.t("welcome-keys"), theme.title())),
    ];
    for (key, id) in KEYS {
        lines.push(Line::from(vec![
            Span::styled(format!("  {key:<key_width$}"), theme.key()),
            Span::raw(app.t(id)),
        ]));
    }
    lines.extend([
        Line::default(),
        Line::from(Span::styled(app.t("welcome-drafts"), theme.title())),
        Line::raw(format!("  {}", drafts.display())),
        Line::default(),
        Line::from(Span::styled(app.t("welcome-any-key"), theme.quiet())),
    ]);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Span::styled(
            format!(" {} ", app.t("welcome-title")),
            theme.title(),
        ));
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    // The whole body: a menu half hidden behind it would only puzzle a first-time reader.
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph, area);
}
