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
use crate::template::StepKind;
use crate::tui::app::App;
use crate::tui::layout::body_split;

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let (side_area, main) = body_split(body);
    side::draw(frame, app, side_area);
    let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) else {
        return;
    };
    let theme = app.theme;
    let draft = &session.draft;
    let mut lines: Vec<Line> = vec![Line::from(Span::styled(
        app.t("review-title"),
        theme.title(),
    ))];
    // How the article reads: its words, sentences and reading time.
    let stats = session.report.readability.article;
    lines.push(Line::from(Span::styled(
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
        theme.quiet(),
    )));
    let findings = &session.report.findings;
    let index = &session.findings;
    let selected = session.selected_index();
    let finding_line = |i: usize| -> Line {
        let finding: &Finding = &findings[i];
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
    };
    if findings.is_empty() {
        lines.push(Line::from(Span::styled(
            app.t("check-all-good"),
            theme.ok(),
        )));
    } else {
        let count = app.catalog.t_args(
            "review-count",
            &[
                ("errors", index.errors.into()),
                ("warnings", index.warnings.into()),
                ("tips", index.tips.into()),
            ],
        );
        lines.push(Line::from(vec![
            Span::styled(app.t("review-missing"), theme.warn()),
            Span::raw(format!(" {count}")),
        ]));
        // What is about the whole article; each step's own findings are under its heading.
        lines.extend(index.article.iter().map(|&i| finding_line(i)));
        lines.push(Line::from(Span::styled(
            app.t("review-enter"),
            theme.quiet(),
        )));
    }
    let open: usize = loaded
        .template
        .steps
        .iter()
        .map(|s| draft.comments.open(&s.id))
        .sum();
    if open > 0 {
        lines.push(Line::from(Span::styled(
            format!(
                "{OPEN_MARK} {}",
                app.catalog
                    .t_args("review-open-comments", &[("count", open.into())])
            ),
            theme.warn(),
        )));
    }
    lines.push(Line::default());
    let meta = &draft.meta;
    let unset = app.t("review-unset");
    let or_unset = |s: &str| {
        if s.trim().is_empty() {
            unset.clone()
        } else {
            s.to_string()
        }
    };
    for (label, value) in [
        ("details-author", &meta.author),
        ("details-institution", &meta.institution),
        ("details-date", &meta.date),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", app.t(label)), theme.strong()),
            Span::raw(or_unset(value)),
        ]));
    }
    lines.push(Line::from(Span::styled(
        app.t("review-details-key"),
        theme.quiet(),
    )));
    for (i, step) in loaded.template.steps.iter().enumerate() {
        lines.push(Line::default());
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
        lines.push(Line::from(heading));
        lines.extend(index.of_step(i).iter().map(|&f| finding_line(f)));
        // The trainer's open comments on the step, under its findings.
        for comment in draft.comments(&step.id).iter().filter(|c| !c.resolved) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {OPEN_MARK} "), theme.warn()),
                Span::raw(comment_text(comment)),
            ]));
        }
        let answer: Vec<String> = match step.kind {
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
        };
        if answer.iter().all(|l| l.trim().is_empty()) {
            lines.push(Line::from(Span::styled(
                app.t("review-no-answer"),
                theme.quiet(),
            )));
        } else {
            lines.extend(answer.into_iter().map(Line::from));
        }
    }
    let main = Rect {
        width: main.width.saturating_sub(1),
        ..main
    };
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = paragraph.line_count(main.width) as u16;
    let scroll = session
        .review_scroll
        .min(height.saturating_sub(main.height));
    frame.render_widget(paragraph.scroll((scroll, 0)), main);
}
