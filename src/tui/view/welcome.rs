//! The first-run welcome, over the home screen: what the program does, the three keys that
//! matter, and where the drafts are kept. Any key closes it.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use crate::tui::app::App;
use crate::tui::keymap::{self, Action};

/// The three keys named, spelt as the keymap binds them (so the welcome cannot drift from
/// the keys that work): the steps, the help window, quitting.
fn keys() -> [(String, &'static str); 3] {
    let spelt = |action| keymap::keys_of(action).unwrap_or_default().into_owned();
    [
        (
            format!(
                "{} / {}",
                spelt(Action::NextStep),
                spelt(Action::PreviousStep)
            ),
            "welcome-key-steps",
        ),
        (spelt(Action::Help), "welcome-key-help"),
        (spelt(Action::Quit), "welcome-key-quit"),
    ]
}

pub fn draw(frame: &mut Frame, app: &App, drafts: &Path, body: Rect) {
    let theme = app.theme;
    let area = super::window_area(body);
    let keys = keys();
    let key_width = keys
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
    for (key, id) in keys {
        lines.push(super::key_line(app, &key, key_width, id));
    }
    lines.extend([
        Line::default(),
        Line::from(Span::styled(app.t("welcome-drafts"), theme.title())),
        Line::raw(format!("  {}", drafts.display())),
        Line::default(),
        Line::from(Span::styled(app.t("welcome-any-key"), theme.quiet())),
    ]);
    let paragraph = super::text_window(app, "welcome-title", lines);
    // The whole body: a menu half hidden behind it would only puzzle a first-time reader.
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph, area);
}
