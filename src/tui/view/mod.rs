//! Drawing: each screen is a function of the state. Nothing here changes the state.

pub mod comments;
pub mod forms;
pub mod help;
pub mod home;
pub mod picker;
pub mod quit;
pub mod review;
pub mod side;
pub mod step;
pub mod suggestions;
pub mod symbols;
pub mod welcome;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Screen, StatusKind};
use super::keymap::{self, Page};
use super::layout::{chrome_of, status_text_area};
use crate::coach::Severity;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let parts = chrome_of(app, area);
    header(frame, app, parts.header);
    match app.screen {
        Screen::Home => home::draw(frame, app, parts.body),
        Screen::Step => step::draw(frame, app, parts.body),
        Screen::Review => review::draw(frame, app, parts.body),
        Screen::Details => forms::details(frame, app, parts.body),
        Screen::Preview => forms::preview(frame, app, parts.body),
        Screen::Export => forms::export(frame, app, parts.body),
    }
    status(frame, app, parts.status);
    keys(frame, app, parts.keys);
    if app.help {
        help::draw(frame, app, parts.body);
    }
    if let Some(drafts) = &app.welcome {
        welcome::draw(frame, app, drafts, parts.body);
    }
    if let Some(folder) = &app.quitting {
        quit::draw(frame, app, folder, parts.body);
    }
    if app.theme.safe_symbols {
        symbols::make_safe(frame.buffer_mut());
    }
}

fn header(frame: &mut Frame, app: &App, area: Rect) {
    let style = app.theme.header();
    let mut left = format!(" {}", app.t("app-name"));
    let mut right = String::new();
    if let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) {
        let file = session
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Review mode first: what is cut when the row is short is the file's name.
        if let Some(reviewer) = &session.comments.reviewer {
            let review = app.catalog.t_args(
                "header-reviewing",
                &[("name", reviewer.name.as_str().into())],
            );
            left = format!("{left} · {review}");
        }
        left = format!("{left} · {} · {file}", loaded.template.name);
        let counts = &session.findings;
        right = format!(
            "{}{} {}{} {}{} · {} ",
            severity_mark(Severity::Error),
            counts.errors,
            severity_mark(Severity::Warning),
            counts.warnings,
            severity_mark(Severity::Tip),
            counts.tips,
            app.t(if session.dirty {
                "header-saving"
            } else {
                "header-saved"
            })
        );
    }
    let room = (area.width as usize).saturating_sub(right.chars().count() + 1);
    let left = fit(&left, room);
    let pad = (area.width as usize).saturating_sub(left.chars().count() + right.chars().count());
    let line = format!("{left}{}{right}", " ".repeat(pad));
    frame.render_widget(Paragraph::new(line).style(style), area);
}

fn status(frame: &mut Frame, app: &App, area: Rect) {
    let Some(status) = &app.status else {
        return;
    };
    let style = match status.kind {
        StatusKind::Info => app.theme.quiet(),
        StatusKind::Done => app.theme.ok(),
        StatusKind::Warn => app.theme.warn(),
        StatusKind::Error => app.theme.error(),
    };
    // Wrapped between words over the rows `layout::status_rows` gave it.
    frame.render_widget(Paragraph::new("").style(style), area);
    let text = Paragraph::new(status.text.as_str())
        .wrap(ratatui::widgets::Wrap { trim: true })
        .style(style);
    frame.render_widget(text, status_text_area(area));
}

/// Which hint line of the keymap this moment shows.
fn page(app: &App) -> Page {
    if app.help {
        return Page::Help;
    }
    match app.screen {
        Screen::Home => Page::Home,
        Screen::Step if app.session.as_ref().is_some_and(|s| s.picker.is_some()) => Page::Picker,
        Screen::Step => match app.session.as_ref().map(|s| &s.comments) {
            Some(c) if c.writing.is_some() => Page::Comment,
            Some(c) if c.reviewing() => Page::Reviewing,
            _ => Page::Step,
        },
        Screen::Review => Page::Review,
        Screen::Details => Page::Details,
        Screen::Preview => Page::Preview,
        Screen::Export => Page::Export,
    }
}

fn keys(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, id) in keymap::hints(page(app)) {
        let label = app.t(id);
        let width = key.chars().count() + label.chars().count() + 3;
        if used + width > area.width as usize {
            break;
        }
        used += width;
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The mark before a coach finding (and its count in the title bar).
pub fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Tip => "•",
    }
}

/// Cuts `text` to `width` characters, ending with "…" when cut; borrowed when it fits.
pub fn fit_str(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= width {
        return text.into();
    }
    fit(text, width).into()
}

/// The parts of `text` (separated by " · ") that fit in `width` characters, whole, the last
/// ones left out first; the first part cut only when even it does not fit.
pub fn fit_parts(text: &str, width: usize) -> String {
    let mut kept = String::new();
    for part in text.split(" · ") {
        let with = if kept.is_empty() {
            part.to_string()
        } else {
            format!("{kept} · {part}")
        };
        if with.chars().count() > width {
            break;
        }
        kept = with;
    }
    if kept.is_empty() {
        return fit(text, width);
    }
    kept
}

/// Cuts `text` to `width` characters, ending with "…" when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

/// Where a window of text over the screen goes (the help, the welcome): the body less two
/// columns on each side.
fn window_area(body: Rect) -> Rect {
    Rect {
        x: body.x + 2,
        y: body.y,
        width: body.width.saturating_sub(4),
        height: body.height,
    }
}

/// A window of text over the screen: framed, titled with catalog message `title_id`, wrapped.
fn text_window<'a>(app: &App, title_id: &str, lines: Vec<Line<'a>>) -> Paragraph<'a> {
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focused_border())
        .title(Span::styled(
            format!(" {} ", app.t(title_id)),
            theme.title(),
        ));
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
}

/// One line of a list of keys: the keys in a column `width` wide, then what they do
/// (catalog message `id`).
fn key_line(app: &App, keys: &str, width: usize, id: &str) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {keys:<width$}"), app.theme.key()),
        Span::raw(app.t(id)),
    ])
}
