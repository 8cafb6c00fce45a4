//! The help window: every key of the keymap, in the interface language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use crate::tui::app::App;
use crate::tui::keymap::help_sections;

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let theme = app.theme;
    let area = super::window_area(body);
    let key_width = 24;
    let mut lines = vec![Line::from(Span::styled(app.t("help-intro"), theme.quiet()))];
    for (section, keys) in help_sections() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            app.t(section.title()),
            theme.title(),
        )));
        for line in keys {
            lines.push(super::key_line(app, &line.keys, key_width, line.id));
        }
    }
    let paragraph = super::text_window(app, "help-title", lines);
    let height = paragraph.line_count(area.width) as u16;
    let scroll = app.help_scroll.min(height.saturating_sub(area.height));
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph.scroll((scroll, 0)), area);
}
