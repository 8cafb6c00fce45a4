//! The menu of a misspelling's corrections (Ctrl+R), drawn over the step: the word, up to
//! three corrections numbered, the chosen one highlighted, and its keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::fit;
use crate::tui::app::{App, Suggestions};

pub fn draw(frame: &mut Frame, app: &App, menu: &Suggestions, area: Rect) {
    let theme = app.theme;
    let title = app.catalog.t_args(
        "coach-suggestions-title",
        &[("word", menu.word.clone().into())],
    );
    let hint = app.t("coach-suggestions-hint");
    let rows: Vec<String> = menu
        .choices
        .iter()
        .enumerate()
        .map(|(i, choice)| format!("{} {choice}", i + 1))
        .collect();
    let widest = rows
        .iter()
        .chain([&title, &hint])
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0);
    let width = u16::try_from(widest + 6)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let height = u16::try_from(rows.len() + 3)
        .unwrap_or(u16::MAX)
        .min(area.height);
    if width < 8 || height < 3 {
        return;
    }
    let at = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Span::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(at);
    frame.render_widget(Clear, at);
    frame.render_widget(block, at);
    let room = inner.width as usize;
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            if i == menu.selected {
                Line::from(Span::styled(
                    fit(&format!("▸ {row}"), room),
                    theme.selected(),
                ))
            } else {
                Line::from(Span::raw(fit(&format!("  {row}"), room)))
            }
        })
        .collect();
    lines.push(Line::from(Span::styled(fit(&hint, room), theme.quiet())));
    frame.render_widget(Paragraph::new(lines), inner);
}
