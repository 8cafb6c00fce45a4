//! Keys on the step and review screens: editing, moving between steps, the side list.

use super::{go_to, next, parts, previous};
use crate::tui::app::{App, Focus, Screen, StatusKind, Target};
use crate::tui::msg::{Code, Key};
use crate::tui::widgets::{Editor, ItemsOutcome, Outcome};

pub fn key(app: &mut App, key: Key) {
    // Moving between steps works wherever the focus is.
    match key.code {
        Code::PageDown if app.screen == Screen::Step => return next(app),
        Code::PageUp if app.screen == Screen::Step => return previous(app),
        Code::PageUp if app.screen == Screen::Review && !key.ctrl => return previous(app),
        Code::Char(_) if key.is_ctrl('n') => return next(app),
        Code::Char(_) if key.is_ctrl('p') => return previous(app),
        Code::Char(c @ '1'..='9') if key.alt && !key.ctrl => {
            let index = c as usize - '1' as usize;
            return go_to(app, Target::Step(index));
        }
        Code::F(6) => return toggle_list(app),
        Code::F(3) => {
            if let Some(session) = app.session.as_mut() {
                session.show_guidance = !session.show_guidance;
            }
            return;
        }
        _ => {}
    }
    let focus = app.session.as_ref().map(|s| s.focus);
    match (focus, app.screen) {
        (Some(Focus::Steps), _) => list_key(app, key),
        (_, Screen::Review) => review_key(app, key),
        _ => editor_key(app, key),
    }
}

fn toggle_list(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        session.focus = match session.focus {
            Focus::Editor => Focus::Steps,
            Focus::Steps => Focus::Editor,
        };
    }
}

fn editor_key(app: &mut App, key: Key) {
    if key.code == Code::Esc {
        return toggle_list(app);
    }
    let hint = {
        let Some((loaded, session)) = parts(app) else {
            return;
        };
        let Some(step) = loaded.template.steps.get(session.step) else {
            return;
        };
        let (changed, hint) = match &mut session.editor {
            Editor::Text(field) => match field.key(key) {
                Outcome::Changed => (true, None),
                Outcome::Ignored if key.code == Code::Enter => (false, Some("hint-line-enter")),
                _ => (false, None),
            },
            Editor::Items(list) => {
                let outcome = match key.code {
                    Code::F(7) | Code::Insert => list.add(),
                    Code::F(8) => list.remove(),
                    _ => list.key(key),
                };
                match outcome {
                    ItemsOutcome::Field(Outcome::Changed) | ItemsOutcome::Removed => (true, None),
                    ItemsOutcome::ConfirmRemove => (false, Some("hint-confirm-remove")),
                    _ => (false, None),
                }
            }
        };
        if changed {
            session.editor.store(step, &mut session.draft);
            session.edited(&loaded.template);
        }
        app.changed |= changed;
        hint
    };
    match hint {
        Some(id) => app.say(StatusKind::Info, app.t(id)),
        None if key.typed_char().is_some() => {
            if matches!(&app.status, Some(s) if s.kind == StatusKind::Info) {
                app.status = None;
            }
        }
        None => {}
    }
}

/// The side list: steps, then the review, then the details.
fn list_key(app: &mut App, key: Key) {
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let last = loaded.template.steps.len() + 1;
    let steps = loaded.template.steps.len();
    match key.code {
        Code::Up => session.list_cursor = session.list_cursor.saturating_sub(1),
        Code::Down => session.list_cursor = (session.list_cursor + 1).min(last),
        Code::Home => session.list_cursor = 0,
        Code::End => session.list_cursor = last,
        Code::Esc | Code::Tab | Code::Right => session.focus = Focus::Editor,
        Code::Char('?') => {
            app.help = true;
            app.help_scroll = 0;
        }
        Code::Enter => {
            let target = Target::in_list(session.list_cursor, steps).unwrap_or(Target::Details);
            session.focus = Focus::Editor;
            go_to(app, target);
        }
        _ => {}
    }
}

fn review_key(app: &mut App, key: Key) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let scroll = &mut session.review_scroll;
    match key.code {
        Code::Up => *scroll = scroll.saturating_sub(1),
        Code::Down => *scroll = scroll.saturating_add(1),
        Code::PageDown => *scroll = scroll.saturating_add(10),
        Code::Home => *scroll = 0,
        Code::Esc => session.focus = Focus::Steps,
        Code::Enter => {
            if let Some(target) = first_missing(app) {
                go_to(app, target);
            }
        }
        Code::Char('?') => {
            app.help = true;
            app.help_scroll = 0;
        }
        _ => {}
    }
}

/// The first step the review says needs work.
fn first_missing(app: &App) -> Option<Target> {
    let loaded = app.template()?;
    let session = app.session.as_ref()?;
    let first = session.report.findings.first()?;
    let index = loaded
        .template
        .steps
        .iter()
        .position(|s| s.id == first.step_id)?;
    Some(Target::Step(index))
}

/// Pasted text goes into the field being edited.
pub fn paste(app: &mut App, text: &str) {
    match app.screen {
        Screen::Step => {}
        Screen::Details | Screen::Export => return super::forms::paste(app, text),
        _ => return,
    }
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    if session.focus != Focus::Editor {
        return;
    }
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let outcome = match &mut session.editor {
        Editor::Text(field) => field.paste(text),
        Editor::Items(list) => list.paste(text),
    };
    if outcome == Outcome::Changed {
        session.editor.store(step, &mut session.draft);
        session.edited(&loaded.template);
        app.changed = true;
    }
}
