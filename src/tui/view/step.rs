//! One step: progress, the template's prompt, guidance and example, and the editor.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{fit, severity_mark, side};
use crate::coach::{StepState, yes_no};
use crate::service::choice_id;
use crate::template::{Step, StepKind};
use crate::tui::app::{App, Focus, Session};
use crate::tui::keymap::{self, Action};
use crate::tui::layout::{body_split, guidance, guidance_within, prompt, step_main};
use crate::tui::widgets::{Editor, Field, ItemList, ItemsLook};

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let (side_area, _) = body_split(body);
    side::draw(frame, app, side_area);
    let (Some(session), Some(loaded), Some(step)) =
        (app.session.as_ref(), app.template(), app.current_step())
    else {
        return;
    };
    let main = step_main(body);
    let heading = heading(app, session, step, loaded.template.steps.len());
    let prompt = prompt(app, step);
    let guide = guidance(app, step, session.show_guidance);
    let findings = session.findings.of_step(session.step);
    let areas = Areas::of(app, session, step, findings.len(), (&prompt, &guide), main);
    panel(frame, app, session, findings, areas.panel);
    super::comments::draw(frame, app, session, &step.id, areas.comments);
    frame.render_widget(Paragraph::new(heading), areas.head);
    frame.render_widget(prompt, areas.prompt);
    // Cut to the rows it has, it keeps whole sentences.
    if guide.line_count(areas.guide.width) > usize::from(areas.guide.height)
        && session.show_guidance
    {
        let within = guidance_within(app, step, areas.guide.height, areas.guide.width);
        frame.render_widget(within, areas.guide);
    } else {
        frame.render_widget(guide, areas.guide);
    }
    let focused = session.focus == Focus::Editor && session.comments.writing.is_none();
    let count = word_count_line(
        app,
        step,
        session.step_words(session.step),
        session.step_state(session.step),
    );
    match &session.editor {
        Editor::Text(field) => text_editor(frame, app, field, count, focused, areas.editor),
        Editor::Items(list) => items_editor(frame, app, step, list, count, focused, areas.editor),
    }
    if let Some(picker) = &session.picker {
        super::picker::draw(frame, app, picker, main);
    }
    if let Some(menu) = &session.suggestions {
        super::suggestions::draw(frame, app, menu, main);
    }
}

/// "Step 2 of 7 · the step's title".
fn heading<'a>(app: &App, session: &Session, step: &'a Step, total: usize) -> Line<'a> {
    let theme = app.theme;
    let progress = app.catalog.t_args(
        "step-progress",
        &[("n", (session.step + 1).into()), ("total", total.into())],
    );
    Line::from(vec![
        Span::styled(progress, theme.quiet()),
        Span::raw(" · "),
        Span::styled(step.title.as_str(), theme.title()),
    ])
}

/// Where each part of a step goes, top to bottom: the heading, the prompt, the guidance,
/// (a blank row,) the editor, the trainer's comments and the coach's panel.
struct Areas {
    head: Rect,
    prompt: Rect,
    guide: Rect,
    editor: Rect,
    comments: Rect,
    panel: Rect,
}

impl Areas {
    /// The editor has its rows first; the coach's panel (at most `PANEL_ROWS` of the
    /// step's `findings`), then the trainer's comments, then the guidance take theirs from
    /// what is left, in that order.
    fn of(
        app: &App,
        session: &Session,
        step: &Step,
        findings: usize,
        (prompt, guide): (&Paragraph, &Paragraph),
        main: Rect,
    ) -> Areas {
        let (prompt_h, guide_h) = text_heights(app, session, prompt, guide, main.width);
        let editor_min = editor_min(step.kind);
        let room = main.height.saturating_sub(1 + prompt_h + 1);
        // The coach's panel takes its rows from the guidance, never from the editor.
        let panel_h = (findings.min(PANEL_ROWS) as u16).min(room.saturating_sub(editor_min));
        // So do the trainer's comments.
        let comments_h = super::comments::height(app, session, &step.id, main.width)
            .min(room.saturating_sub(editor_min + panel_h));
        let guide_h = guide_h.min(room.saturating_sub(editor_min + panel_h + comments_h));
        // A line's editor keeps its height and the rest stays empty below the panel; other
        // editors take all the room left.
        let (editor_constraint, rest) = match step.kind {
            StepKind::Line => (Constraint::Length(editor_min), Constraint::Min(0)),
            _ => (Constraint::Min(editor_min), Constraint::Length(0)),
        };
        let [head, prompt, guide, _, editor, comments, panel, _] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(prompt_h),
            Constraint::Length(guide_h),
            Constraint::Length(1),
            editor_constraint,
            Constraint::Length(comments_h),
            Constraint::Length(panel_h),
            rest,
        ])
        .areas(main);
        Areas {
            head,
            prompt,
            guide,
            editor,
            comments,
            panel,
        }
    }
}

/// The rows the prompt and the guidance take at `width`: as `update` measured them for
/// this step, width and guidance toggle, else measured now.
fn text_heights(
    app: &App,
    session: &Session,
    prompt: &Paragraph,
    guide: &Paragraph,
    width: u16,
) -> (u16, u16) {
    match &app.step_heights {
        Some(known)
            if known.fits(
                &session.template_id,
                session.step,
                width,
                session.show_guidance,
            ) =>
        {
            (known.prompt, known.guide)
        }
        _ => (
            prompt.line_count(width) as u16,
            guide.line_count(width) as u16,
        ),
    }
}

/// The fewest rows an editor of this kind is given.
fn editor_min(kind: StepKind) -> u16 {
    match kind {
        StepKind::Line => 4,
        StepKind::Text => 6,
        // The hint row and one whole item (its frame, fields and choices).
        StepKind::Quotes => 9,
        StepKind::Photos => 8,
    }
}

/// A text's editor: framed, titled, the word `count` on its right; the terminal's cursor in
/// it when it has the focus.
fn text_editor(
    frame: &mut Frame,
    app: &App,
    field: &Field,
    count: Line,
    focused: bool,
    area: Rect,
) {
    let theme = app.theme;
    let border = if focused {
        theme.focused_border()
    } else {
        theme.border()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Span::styled(
            format!(" {} ", app.t("editor-answer")),
            border,
        ))
        .title(count.right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(field.area(), inner);
    if focused && !app.help && !inner.is_empty() {
        frame.set_cursor_position(cursor_in(field.area(), inner));
    }
}

/// The quotes' or photos' editor: a hint row with the word `count` on its right, then the
/// items, each worded from the catalog.
fn items_editor(
    frame: &mut Frame,
    app: &App,
    step: &Step,
    list: &ItemList,
    count: Line,
    focused: bool,
    area: Rect,
) {
    let theme = app.theme;
    let [hint_area, list_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let count_width = count.width() as u16;
    let [hint_left, count_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(count_width)]).areas(hint_area);
    let hint = super::fit_parts(&app.t("items-hint"), hint_left.width as usize);
    frame.render_widget(Paragraph::new(Span::styled(hint, theme.quiet())), hint_left);
    frame.render_widget(Paragraph::new(count), count_area);
    let heading_id = if step.kind == StepKind::Quotes {
        "item-quote"
    } else {
        "item-photo"
    };
    let heading = |i: usize| app.catalog.t_args(heading_id, &[("n", (i + 1).into())]);
    let label = |name: &str| app.t(&format!("label-{name}"));
    let choice = |name: &str, value: &str, children: bool| {
        let id = choice_id(name, value, children).unwrap_or("choice-unset");
        let style = match (name, yes_no(value)) {
            ("children", _) => Style::default(),
            (_, None) => theme.warn(),
            (_, Some(true)) => theme.ok(),
            (_, Some(false)) => theme.error(),
        };
        (app.t(id), style)
    };
    let choice_hint = app.t("choice-hint");
    // As many of the item's keys as fit its frame's bottom border.
    let keys = if focused {
        super::fit_parts(
            &app.t("item-keys"),
            list_area.width.saturating_sub(4) as usize,
        )
    } else {
        String::new()
    };
    let photos = step.kind == StepKind::Photos;
    let empty = |name: &str| (photos && name == "path").then(|| app.t("photo-file-empty"));
    let focused_style = if focused {
        theme.focused_border()
    } else {
        theme.border()
    };
    let look = ItemsLook {
        heading: &heading,
        label: &label,
        choice: &choice,
        choice_hint: &choice_hint,
        keys: &keys,
        empty: &empty,
        styles: (theme.border(), focused_style, theme.quiet()),
    };
    list.render(list_area, frame.buffer_mut(), &look);
}

/// The most rows the coach's panel takes: beyond, "+N more" stands for the rest.
const PANEL_ROWS: usize = 3;

/// The coach's findings about the step on screen (most severe first, as the session's
/// index keeps them), each worded by the library with its severity's mark; the selected
/// one highlighted and always in view.
fn panel(frame: &mut Frame, app: &App, session: &Session, findings: &[usize], area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme;
    let width = area.width as usize;
    let rows = area.height as usize;
    let selected = session.selected_index();
    let at = selected.and_then(|s| findings.iter().position(|&i| i == s));
    // Each finding in one row, cut; the selected one whole, wrapped between words over the
    // rows it needs (as many as there are), saying first how to fix it.
    let text_width = width.saturating_sub(3).max(1);
    let texts: Vec<Vec<String>> = findings
        .iter()
        .map(|&i| {
            let finding = &session.report.findings[i];
            let mut text = crate::service::describe(finding, &app.catalog);
            if Some(i) != selected {
                return vec![fit(&text, text_width)];
            }
            if finding.fix.is_some()
                && let Some(key) = keymap::keys_of(Action::ApplyFix)
            {
                text = format!("{key}: {} · {text}", app.t("coach-fix-it"));
            }
            crate::text::wrap_words(&text, text_width)
        })
        .collect();
    let total: usize = texts.iter().map(Vec::len).sum();
    // Room for the "+N more" line when not everything fits.
    let budget = if total > rows {
        rows.saturating_sub(1).max(1)
    } else {
        rows
    };
    // From the first finding, or later so that the selected one is on show.
    let mut first = 0;
    if let Some(at) = at {
        while first < at && texts[first..=at].iter().map(Vec::len).sum::<usize>() > budget {
            first += 1;
        }
    }
    let mut lines: Vec<Line> = Vec::with_capacity(rows);
    let mut listed = 0;
    for (k, &i) in findings.iter().enumerate().skip(first) {
        let room = budget.saturating_sub(lines.len());
        if room == 0 {
            break;
        }
        let finding = &session.report.findings[i];
        let mark = severity_mark(finding.severity);
        let mut rows_of = texts[k].clone();
        if rows_of.len() > room {
            // Taller than the panel: its beginning, which says how to fix it.
            rows_of.truncate(room);
            if let Some(last) = rows_of.last_mut() {
                *last = fit(&format!("{last} …"), text_width);
            }
        }
        for (row, text) in rows_of.into_iter().enumerate() {
            let line = match (Some(i) == selected, row) {
                (true, 0) => Line::from(Span::styled(format!("▸{mark} {text}"), theme.selected())),
                (true, _) => Line::from(Span::styled(format!("   {text}"), theme.selected())),
                _ => Line::from(vec![
                    Span::styled(format!(" {mark} "), theme.severity(finding.severity)),
                    Span::raw(text),
                ]),
            };
            lines.push(line);
        }
        listed += 1;
    }
    let hidden = findings.len() - listed;
    if hidden > 0 {
        let mut more = app
            .catalog
            .t_args("coach-more", &[("count", hidden.into())]);
        if let Some(key) = keymap::keys_of(Action::NextFinding) {
            more = format!("{more} · {key}: {}", app.t("keys-next-finding"));
        }
        more.insert(0, ' ');
        lines.push(Line::from(Span::styled(fit(&more, width), theme.quiet())));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The terminal's own cursor goes where the text area's is, so input-method windows and
/// screen readers follow the typing. Read after drawing: the text area keeps its scroll then.
pub(super) fn cursor_in(area: &ratatui_textarea::TextArea, inner: Rect) -> Position {
    let at = area.screen_cursor();
    let (top, left) = area.scroll_offset();
    let x = at.col.saturating_sub(usize::from(left));
    let y = at.row.saturating_sub(usize::from(top));
    let x = u16::try_from(x).unwrap_or(u16::MAX).min(inner.width - 1);
    let y = u16::try_from(y).unwrap_or(u16::MAX).min(inner.height - 1);
    Position::new(inner.x + x, inner.y + y)
}

/// "12 words (aim for 30–150)", coloured by how the count stands against the limits.
/// `words` and `state` come from the session's report, checked when the draft changed
/// (never counted while drawing).
pub fn word_count_line<'a>(app: &App, step: &Step, words: usize, state: StepState) -> Line<'a> {
    let theme = app.theme;
    if step.kind == StepKind::Photos {
        return Line::default();
    }
    let count = app.catalog.t_args("words", &[("count", words.into())]);
    let limits = match (step.min_words, step.max_words) {
        (Some(min), Some(max)) => app
            .catalog
            .t_args("limit-range", &[("min", min.into()), ("max", max.into())]),
        (Some(min), None) => app.catalog.t_args("limit-min", &[("min", min.into())]),
        (None, Some(max)) => app.catalog.t_args("limit-max", &[("max", max.into())]),
        (None, None) => String::new(),
    };
    let style: Style = side::state_style(theme, state);
    let text = if limits.is_empty() {
        format!(" {count} ")
    } else {
        format!(" {count} {limits} ")
    };
    Line::from(Span::styled(text, style))
}
