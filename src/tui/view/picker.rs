//! The photo picker, drawn over the photos step: where it looked, what was typed, and the
//! image files newest first with their size and date (those Word refuses marked so).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::fit;
use crate::service::PhotoFile;
use crate::tui::app::{App, PhotoPicker};

pub fn draw(frame: &mut Frame, app: &App, picker: &PhotoPicker, area: Rect) {
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Span::styled(
            format!(" {} ", app.t("picker-title")),
            theme.title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let folders = picker
        .folders
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let looking = app
        .catalog
        .t_args("picker-looking", &[("folders", folders.into())]);
    let mut lines = vec![
        Line::from(Span::styled(fit(&looking, width), theme.quiet())),
        Line::from(vec![
            Span::styled(format!("{} ", app.t("picker-search")), theme.strong()),
            Span::raw(picker.filter.clone()),
            Span::styled("▏", theme.focused_border()),
        ]),
        Line::default(),
    ];
    let shown = picker.shown();
    let rows = (inner.height as usize).saturating_sub(lines.len()).max(1);
    if shown.is_empty() {
        let text = if picker.filter.is_empty() {
            app.t("picker-none")
        } else {
            app.catalog
                .t_args("picker-no-match", &[("text", picker.filter.clone().into())])
        };
        lines.push(Line::from(Span::styled(text, theme.warn())));
    }
    let first = (picker.selected + 1).saturating_sub(rows);
    for (i, file) in shown.iter().enumerate().skip(first).take(rows) {
        let selected = i == picker.selected;
        let mark = if selected { "▸ " } else { "  " };
        let mut text = format!("{mark}{}  ·  {}", file.name, describe(file));
        if !file.usable {
            text = format!("{text}  ·  {}", app.t("picker-refused"));
        }
        let style = match (selected, file.usable) {
            (true, _) => theme.selected(),
            (false, false) => theme.warn(),
            (false, true) => ratatui::style::Style::default(),
        };
        lines.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "1.2 MB · 2026-11-20 17:45".
fn describe(file: &PhotoFile) -> String {
    let size = match file.size {
        s if s >= 1024 * 1024 => format!("{:.1} MB", s as f64 / (1024.0 * 1024.0)),
        s if s >= 1024 => format!("{} KB", s.div_ceil(1024)),
        s => format!("{s} B"),
    };
    let when = chrono::DateTime::<chrono::Local>::from(file.modified).format("%Y-%m-%d %H:%M");
    format!("{size}  ·  {when}")
}
