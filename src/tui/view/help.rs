//! The help window: every key of the keymap, in the interface language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::keymap::help_sections;

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
    for (section, keys) in help_sections() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            app.t(section.title()),
            theme.title(),
        )));
        for line in keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<key_width$}", line.keys), theme.key()),
                Span::raw(app.t(line.id)),
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
