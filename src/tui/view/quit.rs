//! The question Ctrl+Q asks when the story could not be saved: a small window over the
//! screen saying the words are only here, and the three ways on (quit with a rescue copy in
//! the folder it names, a copy now, back to the story). The failed save's reason stays on
//! the status row below it.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Clear;

use crate::tui::app::App;
use crate::tui::keymap::{self, Action};

/// The window's widest.
const WIDTH: u16 = 72;

pub fn draw(frame: &mut Frame, app: &App, folder: &Path, body: Rect) {
    // Spelt as the keymap binds them, so the question cannot name a key that does not work.
    let spelt = |action| keymap::keys_of(action).unwrap_or_default().into_owned();
    let keys = [
        spelt(Action::Quit),
        spelt(Action::SaveCopy),
        spelt(Action::Back),
    ];
    let width = keys.iter().map(|k| k.chars().count()).max().unwrap_or(0) + 2;
    let [quit, copy, back] = keys;
    let lines = vec![
        Line::raw(app.t("quit-unsaved-why")),
        Line::default(),
        super::key_line(app, &quit, width, "quit-unsaved-quit"),
        Line::raw(format!("  {:width$}{}", "", folder.display())),
        super::key_line(app, &copy, width, "quit-unsaved-copy"),
        super::key_line(app, &back, width, "quit-unsaved-back"),
    ];
    let paragraph = super::text_window(app, "quit-unsaved-title", lines);
    let width = WIDTH.min(body.width.saturating_sub(4));
    // As tall as its wrapped lines (the borders included), so nothing is cut off.
    let height = u16::try_from(paragraph.line_count(width)).unwrap_or(u16::MAX);
    let area = centred(body, width, height);
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph, area);
}

/// A `width` × `height` window in the middle of the body (no larger than the body).
fn centred(body: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(body.width);
    let height = height.min(body.height);
    Rect {
        x: body.x + (body.width - width) / 2,
        y: body.y + (body.height - height) / 2,
        width,
        height,
    }
}
