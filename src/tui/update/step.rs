//! Keys on the step and review screens: editing, moving between steps, the side list.

use super::{go_to, next, open_help, parts, previous};
use crate::tui::app::{App, Effect, Focus, Screen, StatusKind, Target};
use crate::tui::keymap::{Action, Scope, action};
use crate::tui::msg::{Code, Key};
use crate::tui::widgets::{Editor, ItemsOutcome, Outcome};

pub fn key(app: &mut App, key: Key) {
    // Moving between steps works wherever the focus is.
    let pages = if app.screen == Screen::Step {
        Scope::StepPages
    } else {
        Scope::ReviewPages
    };
    match action(Scope::Moving, key).or_else(|| action(pages, key)) {
        Some(Action::NextStep) => return next(app),
        Some(Action::PreviousStep) => return previous(app),
        Some(Action::JumpToStep) => {
            if let Code::Char(c @ '1'..='9') = key.code {
                let index = c as usize - '1' as usize;
                go_to(app, Target::Step(index));
            }
            return;
        }
        Some(Action::ToggleList) => return toggle_list(app),
        Some(Action::NextFinding) => return super::coach::next_finding(app),
        Some(Action::ApplyFix) if super::comments::reviewing(app) => {
            return super::comments::say_read_only(app);
        }
        Some(Action::ApplyFix) => return super::coach::apply_fix(app),
        Some(Action::WriteComment) => return super::comments::start(app),
        Some(Action::NextComment) => return super::comments::next(app),
        Some(Action::ResolveComment) => return super::comments::toggle_resolved(app),
        Some(Action::AddWord) => return super::coach::add_word(app),
        Some(Action::ToggleGuidance) => {
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
    if super::comments::reviewing(app) {
        return super::comments::read_only_key(app, key);
    }
    if super::photos::file_key(app, key) {
        return;
    }
    let bound = action(Scope::Editor, key);
    if bound == Some(Action::ToggleList) {
        return toggle_list(app);
    }
    if bound == Some(Action::ConsentForm) {
        return consent_form(app);
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
                let outcome = match bound {
                    Some(Action::AddItem) => list.add(),
                    Some(Action::RemoveItem) => list.remove(),
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

/// Ctrl+U: the consent form of the quote or photo the cursor is in, written by the store
/// beside the draft (the draft keeps the list's items in its order).
fn consent_form(app: &mut App) {
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let target = match &session.editor {
        Editor::Items(list) => Some((step.id.clone(), list.focus().0)),
        Editor::Text(_) => None,
    };
    match target {
        Some((step, index)) => app.effects.push(Effect::ConsentForm { step, index }),
        None => app.say(StatusKind::Info, app.t("consent-wizard-where")),
    }
}

/// The side list: steps, then the review, then the details.
fn list_key(app: &mut App, key: Key) {
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let last = loaded.template.steps.len() + 1;
    let steps = loaded.template.steps.len();
    match action(Scope::List, key) {
        Some(Action::Previous) => session.list_cursor = session.list_cursor.saturating_sub(1),
        Some(Action::Next) => session.list_cursor = (session.list_cursor + 1).min(last),
        Some(Action::First) => session.list_cursor = 0,
        Some(Action::Last) => session.list_cursor = last,
        Some(Action::FocusEditor) => session.focus = Focus::Editor,
        Some(Action::Help) => open_help(app),
        Some(Action::Open) => {
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
    match action(Scope::Review, key) {
        Some(Action::ScrollUp) => *scroll = scroll.saturating_sub(1),
        Some(Action::ScrollDown) => *scroll = scroll.saturating_add(1),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(10),
        Some(Action::ScrollTop) => *scroll = 0,
        Some(Action::ToggleList) => session.focus = Focus::Steps,
        Some(Action::FixFirst) => {
            if let Some(target) = first_missing(app) {
                go_to(app, target);
            }
        }
        Some(Action::Help) => open_help(app),
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
        .position(|s| Some(&s.id) == first.step_id.as_ref())?;
    Some(Target::Step(index))
}

/// Pasted text goes into the field being edited.
pub fn paste(app: &mut App, text: &str) {
    if super::comments::paste(app, text) {
        return;
    }
    if super::photos::picker_open(app) {
        return super::photos::picker_paste(app, text);
    }
    if super::photos::paste_into_file(app, text) {
        return;
    }
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
