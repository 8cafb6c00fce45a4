//! Where things are on screen: the geometry that drawing and mouse hits both need.
//!
//! Pure functions of the state and the terminal's size, kept in one place so that a click
//! lands on what was drawn there: `update` asks them where a click went, `view` where to
//! draw. Neither imports the other.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, HeightsKey, HomeEntry, Screen, StepHeights, Target};
use crate::template::Step;

/// The parts every screen shares.
pub struct Chrome {
    pub header: Rect,
    pub body: Rect,
    pub status: Rect,
    pub keys: Rect,
}

/// The title bar, the body, the status message (`status_rows` high) and the key hints.
pub fn chrome(area: Rect, status_rows: u16) -> Chrome {
    let [header, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_rows.max(1)),
        Constraint::Length(1),
    ])
    .areas(area);
    Chrome {
        header,
        body,
        status,
        keys,
    }
}

/// The width of the side list of steps: none on very narrow terminals.
pub fn side_width(width: u16) -> u16 {
    match width {
        0..60 => 0,
        60..100 => 24,
        _ => 30,
    }
}

/// The side list and the main area of the body.
pub fn body_split(body: Rect) -> (Rect, Rect) {
    let side = side_width(body.width);
    let [side, _, main] = Layout::horizontal([
        Constraint::Length(side),
        Constraint::Length(if side > 0 { 1 } else { 0 }),
        Constraint::Min(1),
    ])
    .areas(body);
    (side, main)
}

/// The chrome of the app's screen, `area` large: the status message as high as its words
/// need.
pub fn chrome_of(app: &App, area: Rect) -> Chrome {
    chrome(area, status_rows(app, area))
}

/// The most rows a status message takes: one that does not fit a row wraps between words
/// onto the next ones (the body gives them up), so a sentence that says what to do is read
/// whole, a file's folder and name included.
const STATUS_MOST_ROWS: u16 = 4;

/// Where the status message's words go in its rows: one column in from the left.
pub fn status_text_area(status: Rect) -> Rect {
    Rect {
        x: status.x.saturating_add(1).min(status.right()),
        width: status.width.saturating_sub(1),
        ..status
    }
}

/// How many rows the status message takes on a screen `area` large: as many as its words
/// wrapped need, at most four and at most a quarter of the screen; one when there is none.
pub fn status_rows(app: &App, area: Rect) -> u16 {
    let Some(status) = &app.status else {
        return 1;
    };
    let lines = ratatui::widgets::Paragraph::new(status.text.as_str())
        .wrap(ratatui::widgets::Wrap { trim: true })
        .line_count(status_text_area(area).width);
    let most = STATUS_MOST_ROWS.min(area.height / 4).max(1);
    u16::try_from(lines).unwrap_or(u16::MAX).clamp(1, most)
}

/// The body of the app's screen.
fn body_of(app: &App) -> Rect {
    chrome_of(app, Rect::new(0, 0, app.size.0, app.size.1)).body
}

// The side list.

/// The first list row is the heading; the entries follow.
pub const SIDE_FIRST_ENTRY: u16 = 1;

/// Where a click at (`column`, `row`) on the side list leads.
pub fn side_target_at(app: &App, column: u16, row: u16) -> Option<Target> {
    let (side, _) = body_split(body_of(app));
    if column >= side.right() || row < side.y + SIDE_FIRST_ENTRY {
        return None;
    }
    let index = (row - side.y - SIDE_FIRST_ENTRY) as usize;
    Target::in_list(index, app.template()?.template.steps.len())
}

// The home screen.

/// The first screen row of the home menu.
pub const HOME_TOP: u16 = 2;

/// One row of the home menu; headings and notes are catalog ids.
pub enum HomeRow {
    Blank,
    Heading(&'static str),
    Note(&'static str),
    Entry(usize),
}

/// The home menu's rows, from the top: the view draws them, a click is matched against them.
pub fn home_rows(app: &App) -> Vec<HomeRow> {
    let mut rows = vec![HomeRow::Heading("home-welcome"), HomeRow::Blank];
    let section = |rows: &mut Vec<HomeRow>,
                   title: &'static str,
                   empty: Option<&'static str>,
                   pick: &dyn Fn(&HomeEntry) -> bool| {
        rows.push(HomeRow::Heading(title));
        let before = rows.len();
        for (i, entry) in app.home.entries.iter().enumerate() {
            if pick(entry) {
                rows.push(HomeRow::Entry(i));
            }
        }
        if rows.len() == before
            && let Some(empty) = empty
        {
            rows.push(HomeRow::Note(empty));
        }
        rows.push(HomeRow::Blank);
    };
    section(&mut rows, "home-new", None, &|e| {
        matches!(e, HomeEntry::New(_))
    });
    section(&mut rows, "home-recent", Some("home-no-recent"), &|e| {
        matches!(e, HomeEntry::Recent(_))
    });
    section(&mut rows, "home-examples", None, &|e| {
        matches!(e, HomeEntry::Example(_))
    });
    rows
}

/// The menu entry drawn on screen row `row`, if any.
pub fn home_entry_at(app: &App, row: u16) -> Option<usize> {
    let index = row.checked_sub(HOME_TOP)? as usize;
    match home_rows(app).get(index)? {
        HomeRow::Entry(i) => Some(*i),
        _ => None,
    }
}

// The step screen.

/// The text column of a step screen whose body is `body` (the side list and a gap left
/// of it, one column of air right of it).
pub fn step_main(body: Rect) -> Rect {
    let main = body_split(body).1;
    Rect {
        width: main.width.saturating_sub(1),
        ..main
    }
}

/// The heights of the step on screen at the app's size: `known` again when nothing they
/// depend on changed, else measured anew. `None` off the step screen.
pub fn measure(app: &App, known: Option<StepHeights>) -> Option<StepHeights> {
    let session = app.session.as_ref()?;
    if app.screen != Screen::Step {
        return known;
    }
    let step = app.current_step()?;
    let width = step_main(body_of(app)).width;
    if let Some(known) = known
        && known.fits(
            &session.template_id,
            session.step,
            width,
            session.show_guidance,
        )
    {
        return Some(known);
    }
    Some(StepHeights {
        key: HeightsKey {
            template_id: session.template_id.clone(),
            step: session.step,
            width,
            show_guidance: session.show_guidance,
        },
        prompt: prompt(app, step).line_count(width) as u16,
        guide: guidance(app, step, session.show_guidance).line_count(width) as u16,
    })
}

/// The step's prompt, as drawn. Built here so that measuring and drawing wrap the same text.
pub fn prompt<'a>(app: &App, step: &'a Step) -> Paragraph<'a> {
    Paragraph::new(step.prompt.as_str())
        .style(app.theme.strong())
        .wrap(Wrap { trim: true })
}

/// The guidance in `rows` rows at `width` when it does not fit them, never cut inside a
/// sentence: the bullets that fit whole, then as many of the example's sentences as fit,
/// "…" after the last one shown; the line saying how to hide it goes first.
pub fn guidance_within(app: &App, step: &Step, rows: u16, width: u16) -> Paragraph<'static> {
    let theme = app.theme;
    let fits = |lines: &[Line<'static>]| {
        Paragraph::new(lines.to_vec())
            .wrap(Wrap { trim: true })
            .line_count(width)
            <= usize::from(rows)
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    for g in &step.guidance {
        let line = Line::from(vec![
            Span::styled("• ", theme.quiet()),
            Span::styled(g.clone(), theme.quiet()),
        ]);
        lines.push(line);
        if !fits(&lines) {
            lines.pop();
            break;
        }
    }
    if !step.example.is_empty() {
        let label = format!("{} ", app.t("guidance-example"));
        let sentences = sentences(&step.example);
        for shown in (1..=sentences.len()).rev() {
            let mut text = sentences[..shown].concat().trim_end().to_string();
            if shown < sentences.len() {
                text.push_str(" …");
            }
            let line = Line::from(vec![
                Span::styled(label.clone(), theme.strong()),
                Span::styled(text, theme.example()),
            ]);
            lines.push(line);
            if fits(&lines) {
                break;
            }
            lines.pop();
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: true })
}

/// `text` in sentences, each with the spaces after it: split after `.`, `!`, `?` and `…`
/// followed by a space.
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, (at, c)) in chars.iter().enumerate() {
        let ends = matches!(c, '.' | '!' | '?' | '…')
            && chars
                .get(k + 1)
                .is_some_and(|(_, next)| next.is_whitespace());
        if ends {
            let end = at + c.len_utf8();
            found.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        found.push(&text[start..]);
    }
    found
}

/// Guidance bullets and the example, or one line saying how to show them.
pub fn guidance<'a>(app: &App, step: &'a Step, show: bool) -> Paragraph<'a> {
    let theme = app.theme;
    if !show {
        let line = Line::from(Span::styled(app.t("guidance-hidden"), theme.quiet()));
        return Paragraph::new(line).wrap(Wrap { trim: true });
    }
    let mut lines: Vec<Line> = step
        .guidance
        .iter()
        .map(|g| {
            Line::from(vec![
                Span::styled("• ", theme.quiet()),
                Span::styled(g.as_str(), theme.quiet()),
            ])
        })
        .collect();
    if !step.example.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", app.t("guidance-example")), theme.strong()),
            Span::styled(step.example.as_str(), theme.example()),
        ]));
    }
    lines.push(Line::from(Span::styled(
        app.t("guidance-hide"),
        theme.quiet(),
    )));
    Paragraph::new(lines).wrap(Wrap { trim: true })
}
