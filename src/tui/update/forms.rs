//! Keys on the details, preview and export screens.

use std::path::PathBuf;

use super::parts;
use crate::render;
use crate::tui::app::{App, Details, Effect, FORMATS, Password, Screen};
use crate::tui::keymap::{Action, Scope, action};
use crate::tui::msg::{Key, Rendering};
use crate::tui::widgets::{Field, Outcome, set_focused};

/// Remembers where to come back to, unless already on a side screen.
fn leave_for(app: &mut App, screen: Screen) {
    if let Some(session) = app.session.as_mut()
        && matches!(app.screen, Screen::Step | Screen::Review)
    {
        session.back_to = app.screen;
    }
    app.clear_status();
    app.screen = screen;
}

pub fn open_details(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        // The fields start again from the draft; what was typed into them is still known.
        let typed = session.details.typed;
        session.details = Details::new(&session.draft);
        session.details.typed = typed;
    }
    leave_for(app, Screen::Details);
}

pub fn toggle_details(app: &mut App) {
    if app.screen == Screen::Details {
        app.back();
    } else {
        open_details(app);
    }
}

pub fn details_key(app: &mut App, key: Key) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let details = &mut session.details;
    let last = details.fields.len() - 1;
    let move_to = match action(Scope::Details, key) {
        Some(Action::Back) => return app.back(),
        Some(Action::Confirm) if details.focus == last => return app.back(),
        Some(Action::NextField | Action::Confirm) => Some(details.focus + 1),
        // Before the first field the key goes to the field, as any other.
        Some(Action::PreviousField) => details.focus.checked_sub(1),
        _ => None,
    };
    if let Some(focus) = move_to {
        if focus < details.fields.len() {
            details.focus = focus;
            for (i, field) in details.fields.iter_mut().enumerate() {
                set_focused(field, i == focus);
            }
        }
        return;
    }
    if details.fields[details.focus].key(key) == Outcome::Changed {
        store_details(app);
    }
}

fn store_details(app: &mut App) {
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let details = &mut session.details;
    let [author, institution, date] = &details.fields;
    let meta = &mut session.draft.meta;
    let (author, institution) = (author.text(), institution.text());
    details.typed.author |= author != meta.author;
    details.typed.institution |= institution != meta.institution;
    meta.author = author;
    meta.institution = institution;
    // Stored as ISO however it was written; what is not a date (an emptied field on the
    // way to another date too) leaves the draft's date as it was.
    let typed = date.text();
    details.date_refused = false;
    match crate::story::parse_date(&typed) {
        Some(day) => meta.date = day.format("%Y-%m-%d").to_string(),
        None => details.date_refused = !typed.trim().is_empty(),
    }
    session.edited(&loaded.template);
    app.changed = true;
}

/// Asks for the article (only here and on a layout change, never per key): it is rendered
/// off the loop, and `Msg::Rendered` brings it.
pub fn toggle_preview(app: &mut App) {
    if app.screen == Screen::Preview {
        return app.back();
    }
    if let Some(session) = app.session.as_mut() {
        session.preview.scroll = 0;
    }
    render_preview(app);
    leave_for(app, Screen::Preview);
}

fn render_preview(app: &mut App) {
    let (nothing, waiting) = (app.t("preview-no-layout"), app.t("preview-rendering"));
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let layouts = &loaded.template.layouts;
    let preview = &mut session.preview;
    preview.layout = preview.layout.min(layouts.len().saturating_sub(1));
    let Some(layout) = layouts.get(preview.layout) else {
        preview.text = nothing;
        preview.waiting = None;
        return;
    };
    preview.requests += 1;
    preview.waiting = Some(preview.requests);
    preview.text = waiting;
    let effect = Effect::RenderPreview {
        request: preview.requests,
        layout: layout.id.clone(),
    };
    app.effects.push(effect);
}

/// A preview rendered off the loop: shown when it answers the last request, else dropped.
pub fn rendered(app: &mut App, request: u64, outcome: Rendering) {
    let text = match outcome {
        Rendering::Text(text) | Rendering::Failed(text) => text,
        Rendering::TooSlow(problem) => app.catalog.t_args(
            "preview-too-slow",
            &[
                ("seconds", render::TIME_BUDGET.as_secs().to_string().into()),
                ("problem", problem.to_string().into()),
            ],
        ),
    };
    if let Some(session) = app.session.as_mut()
        && session.preview.waiting == Some(request)
    {
        session.preview.waiting = None;
        session.preview.text = text;
    }
}

pub fn preview_key(app: &mut App, key: Key) {
    let page = app.size.1.saturating_sub(6).max(1);
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let layouts = loaded.template.layouts.len();
    let preview = &mut session.preview;
    let bound = action(Scope::Preview, key);
    match bound {
        Some(Action::ScrollUp) => preview.scroll = preview.scroll.saturating_sub(1),
        Some(Action::ScrollDown) => preview.scroll = preview.scroll.saturating_add(1),
        Some(Action::PageUp) => preview.scroll = preview.scroll.saturating_sub(page),
        Some(Action::PageDown) => preview.scroll = preview.scroll.saturating_add(page),
        Some(Action::ScrollTop) => preview.scroll = 0,
        Some(Action::ChoosePrevious | Action::ChooseNext) if layouts > 1 => {
            let forward = bound == Some(Action::ChooseNext);
            preview.layout = cycle(preview.layout, layouts, forward);
            preview.scroll = 0;
            render_preview(app);
        }
        Some(Action::Back) => app.back(),
        Some(Action::Help) => super::open_help(app),
        _ => {}
    }
}

fn cycle(index: usize, len: usize, forward: bool) -> usize {
    if forward {
        (index + 1) % len
    } else {
        (index + len - 1) % len
    }
}

pub fn toggle_export(app: &mut App) {
    if app.screen == Screen::Export {
        return app.back();
    }
    if let Some(session) = app.session.as_mut() {
        session.export.focus = 0;
        session.export.confirm_overwrite = None;
        if !session.export.path_edited {
            let path = suggested_path(session);
            session.export.path = Field::new(&path, false);
        }
        refocus_export(app);
    }
    app.effects.push(Effect::RememberedSite);
    leave_for(app, Screen::Export);
}

/// Next to the draft, named from the title, with the format's extension.
fn suggested_path(session: &crate::tui::app::Session) -> String {
    let format = FORMATS[session.export.format.min(FORMATS.len() - 1)];
    let name = render::safe_file_name(session.draft.title(), format.extension());
    let folder = session.path.parent().map(PathBuf::from).unwrap_or_default();
    folder.join(name).display().to_string()
}

fn refocus_export(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        let form = &mut session.export;
        let wordpress = form.is_wordpress();
        let focus = form.focus;
        set_focused(&mut form.path, !wordpress && focus == 2);
        set_focused(&mut form.site, wordpress && focus == 2);
        set_focused(&mut form.user, wordpress && focus == 3);
        set_focused(&mut form.password, wordpress && focus == 4);
    }
}

pub fn export_key(app: &mut App, key: Key) {
    let publishing = app.publishing;
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let layouts = loaded.template.layouts.len();
    let form = &mut session.export;
    let bound = action(Scope::Export, key);
    let forward = bound == Some(Action::ChooseNext);
    let last = form.last_field();
    // The path (focus 2), or the site, user and password, get every key the form does not
    // use there.
    match (bound, form.focus) {
        (Some(Action::Back), _) => return app.back(),
        (Some(Action::NextField), f) if f < last => form.focus += 1,
        (Some(Action::PreviousField), f) if f > 0 => form.focus -= 1,
        (Some(Action::ChoosePrevious | Action::ChooseNext), 0) if layouts > 0 => {
            form.layout = cycle(form.layout, layouts, forward);
        }
        (Some(Action::ChoosePrevious | Action::ChooseNext), 1) => {
            // The formats, then the WordPress draft.
            form.format = cycle(form.format, FORMATS.len() + 1, forward);
            form.confirm_overwrite = None;
            if !form.is_wordpress() && !form.path_edited {
                let path = suggested_path(session);
                session.export.path = Field::new(&path, false);
            }
        }
        (Some(Action::Copy), _) => {
            if let Some(layout) = loaded.template.layouts.get(form.layout) {
                let layout = layout.id.clone();
                app.effects.push(Effect::Copy { layout });
            }
            return;
        }
        (Some(Action::DoExport), _) if form.is_wordpress() => {
            // One sending at a time: Esc stops the one under way.
            if publishing {
                return;
            }
            let Some(layout) = loaded.template.layouts.get(form.layout) else {
                return;
            };
            let (site, user) = (form.site.text(), form.user.text());
            let (site, user) = (site.trim(), user.trim());
            if site.is_empty() || user.is_empty() {
                form.focus = if site.is_empty() { 2 } else { 3 };
                return refocus_export(app);
            }
            let effect = Effect::Publish {
                layout: layout.id.clone(),
                site: site.to_string(),
                user: user.to_string(),
                password: Password(form.password.text().trim().to_string()),
            };
            app.effects.push(effect);
            app.publishing = true;
            return;
        }
        (Some(Action::DoExport), _) => {
            let path = PathBuf::from(form.path.text().trim());
            let Some(layout) = loaded.template.layouts.get(form.layout) else {
                return;
            };
            if path.as_os_str().is_empty() {
                return;
            }
            let overwrite = form.confirm_overwrite.as_ref() == Some(&path);
            let effect = Effect::Export {
                path,
                layout: layout.id.clone(),
                format: FORMATS[form.format],
                overwrite,
            };
            app.effects.push(effect);
            return;
        }
        (_, 2) if !form.is_wordpress() && form.path.key(key) == Outcome::Changed => {
            form.path_edited = true;
            form.confirm_overwrite = None;
        }
        (_, 2..) if form.is_wordpress() => {
            if let Some(field) = form.field_mut() {
                field.key(key);
            }
        }
        _ => {}
    }
    refocus_export(app);
}

pub fn paste(app: &mut App, text: &str) {
    let screen = app.screen;
    let Some(session) = app.session.as_mut() else {
        return;
    };
    match screen {
        Screen::Details => {
            let focus = session.details.focus;
            if session.details.fields[focus].paste(text) == Outcome::Changed {
                store_details(app);
            }
        }
        Screen::Export if session.export.is_wordpress() => {
            if let Some(field) = session.export.field_mut() {
                field.paste(text);
            }
        }
        Screen::Export
            if session.export.focus == 2 && session.export.path.paste(text) == Outcome::Changed =>
        {
            session.export.path_edited = true;
            session.export.confirm_overwrite = None;
        }
        _ => {}
    }
}
