//! The home screen: start a story, continue a draft, or open an example story.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::fit;
use crate::tui::app::{App, HomeEntry};
use crate::tui::layout::{HOME_TOP as TOP, HomeRow, home_rows};

fn entry_text(app: &App, entry: &HomeEntry) -> String {
    match entry {
        HomeEntry::New(id) | HomeEntry::Example(id) => app
            .templates
            .get(id)
            .map(|t| t.template.name.clone())
            .unwrap_or_else(|_| id.clone()),
        HomeEntry::Recent(i) => match app.home.recent.get(*i) {
            Some(r) => {
                let line = app.catalog.t_args(
                    "home-recent-line",
                    &[
                        ("title", r.title.as_str().into()),
                        ("template", r.template_name.as_str().into()),
                        ("edited", r.edited.as_str().into()),
                        ("done", r.done.into()),
                        ("total", r.total.into()),
                    ],
                );
                // Two drafts of one title (a story copied, two laptops' drafts collected):
                // told apart by their files, the part a reader can read at a glance.
                let namesakes = app
                    .home
                    .recent
                    .iter()
                    .filter(|o| o.title == r.title)
                    .count();
                if namesakes > 1 {
                    format!("{} · {line}", short_path(&r.path))
                } else {
                    line
                }
            }
            None => String::new(),
        },
    }
}

/// A draft's file with the folder it is in: `atelier/ana.toml`.
fn short_path(path: &std::path::Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy());
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy());
    match (folder, name) {
        (Some(folder), Some(name)) => format!("{folder}/{name}"),
        (None, Some(name)) => name.into_owned(),
        _ => path.display().to_string(),
    }
}

/// What the selected entry is about: a template's description and where new stories are
/// kept, or the draft's file.
fn about(app: &App) -> String {
    match app.home.entries.get(app.home.selected) {
        Some(HomeEntry::New(id)) => {
            let mut about = app
                .templates
                .get(id)
                .map(|t| t.template.description.clone())
                .unwrap_or_default();
            if let Some(folder) = &app.drafts_folder {
                let kept = app.catalog.t_args(
                    "home-drafts-folder",
                    &[("folder", folder.display().to_string().into())],
                );
                about = format!("{about}\n{kept}");
            }
            about
        }
        Some(HomeEntry::Example(id)) => {
            let name = app
                .templates
                .get(id)
                .map(|t| t.template.name.clone())
                .unwrap_or_default();
            app.catalog
                .t_args("home-example-about", &[("template", name.into())])
        }
        Some(HomeEntry::Recent(i)) => app
            .home
            .recent
            .get(*i)
            .map(|r| r.path.display().to_string())
            .unwrap_or_default(),
        None => String::new(),
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let width = area.width.saturating_sub(4) as usize;
    let mut lines = Vec::new();
    for row in home_rows(app) {
        lines.push(match row {
            HomeRow::Blank => Line::default(),
            HomeRow::Heading(id) => Line::from(Span::styled(fit(&app.t(id), width), theme.title())),
            HomeRow::Note(id) => {
                Line::from(Span::styled(format!("  {}", app.t(id)), theme.quiet()))
            }
            HomeRow::Entry(i) => {
                let selected = i == app.home.selected;
                let marker = if selected { "▸ " } else { "  " };
                let text = fit(
                    &entry_text(app, &app.home.entries[i]),
                    width.saturating_sub(2),
                );
                let style = if selected {
                    theme.selected()
                } else {
                    Default::default()
                };
                Line::from(vec![Span::raw(marker), Span::styled(text, style)])
            }
        });
    }
    let menu_height = lines.len() as u16;
    let menu = Rect::new(
        area.x + 2,
        area.y + TOP - 1,
        area.width.saturating_sub(4),
        menu_height.min(area.height.saturating_sub(TOP - 1)),
    );
    frame.render_widget(Paragraph::new(lines), menu);
    let below = menu.bottom();
    if below < area.bottom() {
        let rect = Rect::new(menu.x, below, menu.width, area.bottom() - below);
        let text = Paragraph::new(about(app))
            .style(theme.quiet())
            .wrap(Wrap { trim: true });
        frame.render_widget(text, rect);
    }
}
