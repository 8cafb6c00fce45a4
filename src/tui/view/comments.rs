//! The trainer's comments under a step's answer: the field of the one being written
//! (review mode), then the step's comments with the trainer's name and date, open ones
//! marked ✎, resolved ones dimmed ✓, the selected one shown whole.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::fit;
use crate::story::Comment;
use crate::tui::app::{App, Session};
use crate::tui::keymap::{self, Action};

/// The comment field: a frame around a line that wraps as it grows.
const WRITING_ROWS: u16 = 4;
/// The most rows the list of comments takes; the selected one stays in view.
const LIST_ROWS: u16 = 6;

/// The mark of an open comment (also in the side list and the review).
pub const OPEN_MARK: &str = "✎";

/// The rows the comments of `step_id` want at `width`: none when it has none and none is
/// being written.
pub fn height(app: &App, session: &Session, step_id: &str, width: u16) -> u16 {
    let writing = if session.comments.writing.is_some() {
        WRITING_ROWS
    } else {
        0
    };
    let list: u16 = list_lines(app, session, step_id, width)
        .iter()
        .map(|(_, rows)| *rows)
        .sum();
    writing + list.min(LIST_ROWS)
}

/// "Ion Rusu, 2026-11-25: text", as the side of a step and the review show a comment.
pub fn comment_text(comment: &Comment) -> String {
    format!(
        "{}, {}: {}",
        comment.reviewer.trim(),
        comment.date.trim(),
        comment.text.trim()
    )
}

/// The list's lines, each with the rows it takes at `width`: a heading with the open
/// count and the keys, then one line per comment (the selected one wrapped whole).
fn list_lines<'a>(app: &App, session: &Session, step_id: &str, width: u16) -> Vec<(Line<'a>, u16)> {
    let comments = session.draft.comments(step_id);
    if comments.is_empty() {
        return Vec::new();
    }
    let theme = app.theme;
    let w = width as usize;
    let open = comments.iter().filter(|c| !c.resolved).count();
    let mut heading = app
        .catalog
        .t_args("comments-heading", &[("open", open.into())]);
    let mut keys = vec![(Action::ResolveComment, "keys-resolve-comment")];
    if comments.len() > 1 {
        keys.push((Action::NextComment, "keys-next-comment"));
    }
    for (action, id) in keys {
        if let Some(key) = keymap::keys_of(action) {
            heading = format!("{heading} · {key}: {}", app.t(id));
        }
    }
    let mut lines = vec![(
        Line::from(Span::styled(
            // The keys whole or left out, the last first (never "Ct…").
            super::fit_parts(&format!("{OPEN_MARK} {heading}"), w),
            theme.title(),
        )),
        1,
    )];
    let selected = session.comments.selected.min(comments.len() - 1);
    for (i, comment) in comments.iter().enumerate() {
        let mark = if comment.resolved { "✓" } else { OPEN_MARK };
        let text = comment_text(comment);
        if i == selected {
            let line = Line::from(Span::styled(format!("▸{mark} {text}"), theme.selected()));
            let rows = Paragraph::new(line.clone())
                .wrap(Wrap { trim: false })
                .line_count(width) as u16;
            lines.push((line, rows));
        } else {
            let style = if comment.resolved {
                theme.quiet()
            } else {
                Default::default()
            };
            let text = fit(&format!(" {mark} {text}"), w);
            lines.push((Line::from(Span::styled(text, style)), 1));
        }
    }
    lines
}

/// Draws the comment field (when one is being written) and the step's comments in `area`.
pub fn draw(frame: &mut Frame, app: &App, session: &Session, step_id: &str, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme;
    let writing_h = if session.comments.writing.is_some() {
        WRITING_ROWS.min(area.height)
    } else {
        0
    };
    let [writing_area, list_area] =
        Layout::vertical([Constraint::Length(writing_h), Constraint::Min(0)]).areas(area);
    if let (Some(field), Some(reviewer)) = (
        session.comments.writing.as_ref(),
        session.comments.reviewer.as_ref(),
    ) {
        let title = app.catalog.t_args(
            "comment-writing",
            &[("name", reviewer.name.as_str().into())],
        );
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focused_border())
            .title(Span::styled(format!(" {title} "), theme.focused_border()));
        let inner = block.inner(writing_area);
        frame.render_widget(block, writing_area);
        frame.render_widget(field.area(), inner);
        if !app.help && !inner.is_empty() {
            frame.set_cursor_position(super::step::cursor_in(field.area(), inner));
        }
    }
    if list_area.height == 0 {
        return;
    }
    let lines = list_lines(app, session, step_id, list_area.width);
    let total: u16 = lines.iter().map(|(_, rows)| *rows).sum();
    // When all does not fit, the list starts at the selected comment.
    let first = if total > list_area.height {
        session.comments.selected.min(lines.len().saturating_sub(2)) + 1
    } else {
        0
    };
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(first)
        .map(|(line, _)| line)
        .collect();
    frame.render_widget(Paragraph::new(shown).wrap(Wrap { trim: false }), list_area);
}
