//! The side list of steps: where the librarian is, what is done, empty or too long.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::{fit, fit_str};
use crate::coach::StepState;
use crate::tui::app::{App, Focus, Screen};
use crate::tui::theme::Theme;

/// The colour of a step's state, wherever it is shown.
pub fn state_style(theme: Theme, state: StepState) -> Style {
    match state {
        StepState::Done => theme.ok(),
        StepState::Over => theme.error(),
        StepState::Short | StepState::Incomplete => theme.warn(),
        StepState::Empty => theme.quiet(),
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) else {
        return;
    };
    if area.width == 0 {
        return;
    }
    let theme = app.theme;
    let width = area.width.saturating_sub(1) as usize;
    let steps = &loaded.template.steps;
    let current = match app.screen {
        Screen::Review => steps.len(),
        Screen::Details => steps.len() + 1,
        _ => session.step,
    };
    let listing = session.focus == Focus::Steps;
    let heading_style = if listing {
        theme.focused_border()
    } else {
        theme.title()
    };
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(theme.border());
    let inner = block.inner(area);
    let buf = frame.buffer_mut();
    block.render(area, buf);
    // One row per entry, drawn straight into the buffer: the list never wraps, and each
    // text is already cut to fit.
    let mut rows = inner.rows();
    let Some(row) = rows.next() else {
        return;
    };
    let heading = fit(&app.t("side-steps"), width);
    buf.set_stringn(row.x, row.y, &heading, row.width as usize, heading_style);
    let review = app.t("side-review");
    let details = app.t("side-details");
    let mut text = String::new();
    for (i, row) in (0..steps.len() + 2).zip(rows) {
        let mut commented = false;
        let (mark, mark_style) = match steps.get(i) {
            Some(step) => {
                commented = session.draft.comments.open(&step.id) > 0;
                let state = session.step_state(i);
                text.clear();
                let _ = write!(text, "{}. {}", i + 1, step.title);
                (state.marker(), state_style(theme, state))
            }
            None => {
                text.clear();
                text.push_str(if i == steps.len() { &review } else { &details });
                ("»", theme.quiet())
            }
        };
        let pointer = if i == current { "▸" } else { " " };
        let text_style = if listing && i == session.list_cursor {
            theme.selected()
        } else if i == current {
            theme.strong()
        } else {
            Default::default()
        };
        // A step with open comments from the trainer ends with their mark.
        let room = width.saturating_sub(if commented { 6 } else { 4 });
        let mut spans = vec![
            Span::raw(pointer),
            Span::styled(mark, mark_style),
            Span::styled(" ", mark_style),
            Span::styled(fit_str(&text, room), text_style),
        ];
        if commented {
            spans.push(Span::styled(
                format!(" {}", super::comments::OPEN_MARK),
                theme.warn(),
            ));
        }
        let line = Line::from(spans);
        buf.set_line(row.x, row.y, &line, row.width);
    }
}
