//! The review: what the coach says about the whole article, who wrote it, then every
//! step with its findings and its answer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::comments::{OPEN_MARK, comment_text};
use super::step::word_count_line;
use super::{severity_mark, side};
use crate::coach::Finding;
use crate::story::{Draft, Meta};
use crate::template::{Step, StepKind};
use crate::tui::app::{App, Session};
use crate::tui::layout::body_split;

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let (side_area, main) = body_split(body);
    side::draw(frame, app, side_area);
    let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) else {
        return;
    };
    let steps = &loaded.template.steps;
    let mut lines: Vec<Line> = vec![Line::from(Span::styled(
        app.t("review-title"),
        app.theme.title(),
    ))];
    lines.push(readability(app, session));
    lines.extend(article_findings(app, session));
    lines.extend(open_comments(app, &session.draft, steps));
    lines.push(Line::default());
    lines.extend(details(app, &session.draft.meta));
    for (i, step) in steps.iter().enumerate() {
        lines.push(Line::default());
        lines.extend(step_lines(app, session, i, step));
    }
    draw_scrolled(frame, lines, main, session.review_scroll);
}

/// How the article reads: its words, sentences and reading time.
fn readability(app: &App, session: &Session) -> Line<'static> {
    let stats = session.report.readability.article;
    Line::from(Span::styled(
        app.catalog.t_args(
            "review-readability",
            &[
                ("words", stats.words.into()),
                ("sentences", stats.sentences.into()),
                (
                    "average",
                    (stats.average_sentence().round() as usize).into(),
                ),
                ("longest", stats.longest_sentence.into()),
                ("minutes", stats.reading_minutes().into()),
            ],
        ),
        app.theme.quiet(),
    ))
}

/// What the coach says: all good, or how many findings of each severity with those about
/// the whole article (each step's own findings are under its heading).
fn article_findings(app: &App, session: &Session) -> Vec<Line<'static>> {
    let theme = app.theme;
    let index = &session.findings;
    if session.report.findings.is_empty() {
        return vec![Line::from(Span::styled(
            app.t("check-all-good"),
            theme.ok(),
        ))];
    }
    let count = app.catalog.t_args(
        "review-count",
        &[
            ("errors", index.errors.into()),
            ("warnings", index.warnings.into()),
            ("tips", index.tips.into()),
        ],
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(app.t("review-missing"), theme.warn()),
        Span::raw(format!(" {count}")),
    ])];
    let selected = session.selected_index();
    lines.extend(
        index
            .article
            .iter()
            .map(|&i| finding_line(app, session, i, selected)),
    );
    lines.push(Line::from(Span::styled(
        app.t("review-enter"),
        theme.quiet(),
    )));
    lines
}

/// Finding `i` of the report with its severity's mark, highlighted when it is the
/// `selected` one.
fn finding_line(app: &App, session: &Session, i: usize, selected: Option<usize>) -> Line<'static> {
    let theme = app.theme;
    let finding: &Finding = &session.report.findings[i];
    let text = crate::service::describe(finding, &app.catalog);
    let mark = severity_mark(finding.severity);
    if Some(i) == selected {
        Line::from(Span::styled(format!("  {mark} {text}"), theme.selected()))
    } else {
        Line::from(vec![
            Span::styled(format!("  {mark} "), theme.severity(finding.severity)),
            Span::raw(text),
        ])
    }
}

/// How many of the trainer's comments are still open, over all the steps; nothing when
/// none is.
fn open_comments(app: &App, draft: &Draft, steps: &[Step]) -> Option<Line<'static>> {
    let open: usize = steps.iter().map(|s| draft.comments.open(&s.id)).sum();
    (open > 0).then(|| {
        Line::from(Span::styled(
            format!(
                "{OPEN_MARK} {}",
                app.catalog
                    .t_args("review-open-comments", &[("count", open.into())])
            ),
            app.theme.warn(),
        ))
    })
}

/// Who wrote the story, where and when (each said unset when empty), and the key that
/// changes them.
fn details(app: &App, meta: &Meta) -> Vec<Line<'static>> {
    let theme = app.theme;
    let unset = app.t("review-unset");
    let or_unset = |s: &str| {
        if s.trim().is_empty() {
            unset.clone()
        } else {
            s.to_string()
        }
    };
    let mut lines: Vec<Line> = [
        ("details-author", &meta.author),
        ("details-institution", &meta.institution),
        ("details-date", &meta.date),
    ]
    .into_iter()
    .map(|(label, value)| {
        Line::from(vec![
            Span::styled(format!("{}: ", app.t(label)), theme.strong()),
            Span::raw(or_unset(value)),
        ])
    })
    .collect();
    lines.push(Line::from(Span::styled(
        app.t("review-details-key"),
        theme.quiet(),
    )));
    lines
}

/// Step `i`: its heading (state, number, title, word count), its findings, the trainer's
/// open comments on it, then its answer.
fn step_lines(app: &App, session: &Session, i: usize, step: &Step) -> Vec<Line<'static>> {
    let theme = app.theme;
    let draft = &session.draft;
    let mut lines = vec![step_heading(app, session, i, step)];
    let selected = session.selected_index();
    lines.extend(
        session
            .findings
            .of_step(i)
            .iter()
            .map(|&f| finding_line(app, session, f, selected)),
    );
    // The trainer's open comments on the step, under its findings.
    for comment in draft.comments(&step.id).iter().filter(|c| !c.resolved) {
        lines.push(Line::from(vec![
            Span::styled(format!("  {OPEN_MARK} "), theme.warn()),
            Span::raw(comment_text(comment)),
        ]));
    }
    let answer = answer_lines(draft, step);
    if answer.iter().all(|l| l.trim().is_empty()) {
        lines.push(Line::from(Span::styled(
            app.t("review-no-answer"),
            theme.quiet(),
        )));
    } else {
        lines.extend(answer.into_iter().map(Line::from));
    }
    lines
}

/// A step's heading: its state's marker, number and title, and its word count when it has
/// one.
fn step_heading(app: &App, session: &Session, i: usize, step: &Step) -> Line<'static> {
    let theme = app.theme;
    let state = session.step_state(i);
    let mut heading = vec![
        Span::styled(state.marker(), side::state_style(theme, state)),
        Span::styled(format!(" {}. {}", i + 1, step.title), theme.title()),
    ];
    let count = word_count_line(app, step, session.step_words(i), state);
    if count.width() > 0 {
        heading.push(Span::styled(" ·", theme.quiet()));
        heading.extend(count.spans);
    }
    Line::from(heading)
}

/// A step's answer as lines: a text's own lines, or one `•` line per quote or photo that is
/// not blank, its fields joined by dashes.
fn answer_lines(draft: &Draft, step: &Step) -> Vec<String> {
    match step.kind {
        StepKind::Line | StepKind::Text => draft
            .answers
            .text(&step.id)
            .lines()
            .map(str::to_string)
            .collect(),
        StepKind::Quotes | StepKind::Photos => draft
            .answers
            .items(&step.id)
            .iter()
            .filter(|item| !item.is_blank())
            .map(|item| {
                let parts: Vec<&str> = step
                    .kind
                    .item_fields()
                    .iter()
                    .map(|f| item.get(f).trim())
                    .filter(|v| !v.is_empty())
                    .collect();
                format!("• {}", parts.join(" — "))
            })
            .collect(),
    }
}

/// The review's lines, wrapped, scrolled down by `scroll` rows at most as far as the last
/// line shows, one column clear of the area's right edge.
fn draw_scrolled(frame: &mut Frame, lines: Vec<Line>, main: Rect, scroll: u16) {
    let main = Rect {
        width: main.width.saturating_sub(1),
        ..main
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = paragraph.line_count(main.width) as u16;
    let scroll = scroll.min(height.saturating_sub(main.height));
    frame.render_widget(paragraph.scroll((scroll, 0)), main);
}
