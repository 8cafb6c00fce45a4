//! The side screens: who and where (details), the preview, and the export form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::app::{App, ExportForm, FORMATS, StatusKind};
use crate::tui::widgets::Field;

/// The body with a margin on both sides.
fn inset(body: Rect) -> Rect {
    Rect {
        x: body.x + 2,
        width: body.width.saturating_sub(4),
        ..body
    }
}

/// A one-line field in a frame titled `label`.
fn field_box(frame: &mut Frame, app: &App, area: Rect, label: &str, field: &Field, focused: bool) {
    let style = if focused {
        app.theme.focused_border()
    } else {
        app.theme.border()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(format!(" {label} "), style));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(field.area(), inner);
}

pub fn details(frame: &mut Frame, app: &App, body: Rect) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let area = inset(body);
    let [title, intro, a, b, c, note, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(app.t("details-title"), app.theme.title())),
        title,
    );
    frame.render_widget(
        Paragraph::new(app.t("details-intro"))
            .style(app.theme.quiet())
            .wrap(Wrap { trim: true }),
        intro,
    );
    let labels = ["details-author", "details-institution", "details-date"];
    for (i, (rect, label)) in [a, b, c].into_iter().zip(labels).enumerate() {
        let field = &session.details.fields[i];
        field_box(
            frame,
            app,
            rect,
            &app.t(label),
            field,
            i == session.details.focus,
        );
    }
    date_note(frame, app, session, note);
}

/// Under the date: the date as a reader writes it, or why what was typed is not one.
fn date_note(frame: &mut Frame, app: &App, session: &crate::tui::app::Session, area: Rect) {
    let line = if session.details.date_refused {
        Span::styled(
            format!(" {}", app.t("details-date-refused")),
            app.theme.warn(),
        )
    } else if let Some(date) = crate::story::iso_date(&session.draft.meta.date) {
        let words = crate::story::date_words(date, app.catalog.lang().code());
        let text = app
            .catalog
            .t_args("details-date-read", &[("date", words.into())]);
        Span::styled(format!(" {text}"), app.theme.quiet())
    } else {
        return;
    };
    frame.render_widget(Paragraph::new(line), area);
}

pub fn preview(frame: &mut Frame, app: &App, body: Rect) {
    let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) else {
        return;
    };
    let area = inset(body);
    let [top, text_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let layout_name = loaded
        .template
        .layouts
        .get(session.preview.layout)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    let heading = Line::from(vec![
        Span::styled(format!("{} ", app.t("preview-title")), app.theme.title()),
        Span::styled(format!("‹ {layout_name} ›"), app.theme.strong()),
    ]);
    frame.render_widget(Paragraph::new(heading), top);
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(app.theme.border());
    let paragraph = Paragraph::new(session.preview.text.clone())
        .block(block)
        .wrap(Wrap { trim: false });
    let height = paragraph.line_count(text_area.width) as u16;
    let scroll = session
        .preview
        .scroll
        .min(height.saturating_sub(text_area.height));
    frame.render_widget(paragraph.scroll((scroll, 0)), text_area);
}

pub fn export(frame: &mut Frame, app: &App, body: Rect) {
    let (Some(session), Some(loaded)) = (app.session.as_ref(), app.template()) else {
        return;
    };
    let form = &session.export;
    let theme = app.theme;
    let area = inset(body);
    // A file in the data folder has a long path: its box grows so that it shows whole,
    // never only its end (which would look like the whole name).
    let path_rows = field_rows(&form.path, area.width.saturating_sub(2), PATH_ROWS);
    let [title, layout_area, format_area, _, path_area, note] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(path_rows + 2),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(app.t("export-title"), theme.title())),
        title,
    );
    let choice = |label: &str, value: String, focused: bool| {
        let style = if focused {
            theme.selected()
        } else {
            theme.strong()
        };
        Line::from(vec![
            Span::raw(if focused { "▸ " } else { "  " }),
            Span::raw(format!("{label}: ")),
            Span::styled(format!("‹ {value} ›"), style),
        ])
    };
    let layout_name = loaded
        .template
        .layouts
        .get(form.layout)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    frame.render_widget(
        Paragraph::new(choice(
            &app.t("export-layout"),
            layout_name,
            form.focus == 0,
        )),
        layout_area,
    );
    let format_name = if form.is_wordpress() {
        app.t("format-wordpress")
    } else {
        let format = FORMATS[form.format.min(FORMATS.len() - 1)];
        app.t(&format!("format-{}", format.extension()))
    };
    frame.render_widget(
        Paragraph::new(choice(
            &app.t("export-format"),
            format_name,
            form.focus == 1,
        )),
        format_area,
    );
    if form.is_wordpress() {
        return wordpress_fields(frame, app, form, path_area.union(note));
    }
    field_box(
        frame,
        app,
        path_area,
        &app.t("export-path"),
        &form.path,
        form.focus == 2,
    );
    frame.render_widget(
        Paragraph::new(app.t("export-note"))
            .style(theme.quiet())
            .wrap(Wrap { trim: true }),
        note,
    );
}

/// The most rows the export's file path takes; a longer one scrolls with the cursor.
const PATH_ROWS: u16 = 3;

/// The rows `field` needs, at `width` columns, to show its text and the cursor after it,
/// from one up to `most`.
fn field_rows(field: &Field, width: u16, most: u16) -> u16 {
    let text = Line::raw(field.text()).width();
    let rows = text / usize::from(width.max(1)) + 1;
    u16::try_from(rows).unwrap_or(most).clamp(1, most)
}

/// The site, the user and the (masked) application password, then what Enter does.
fn wordpress_fields(frame: &mut Frame, app: &App, form: &ExportForm, area: Rect) {
    let [site, user, password, note] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Min(0),
    ])
    .areas(area);
    field_box(
        frame,
        app,
        site,
        &app.t("export-site"),
        &form.site,
        form.focus == 2,
    );
    field_box(
        frame,
        app,
        user,
        &app.t("export-user"),
        &form.user,
        form.focus == 3,
    );
    field_box(
        frame,
        app,
        password,
        &app.t("export-password"),
        &form.password,
        form.focus == 4,
    );
    // Why the last try did not go (a published post, with the command that would change
    // it): whole, above the note, since the status row shows only its start.
    let mut lines = Vec::new();
    if let Some(status) = app.status.as_ref().filter(|s| s.kind == StatusKind::Warn) {
        lines.push(Line::styled(status.text.clone(), app.theme.warn()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        app.t("export-publish-note"),
        app.theme.quiet(),
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), note);
}
