//! The trainer's comments: writing one in review mode (the answers stay read-only there),
//! going through a step's comments, and marking one resolved. Each comment added or marked
//! is saved at once, as Ctrl+S would.

use super::parts;
use crate::story::Comment;
use crate::tui::app::{App, Effect, Focus, Screen, StatusKind};
use crate::tui::keymap::{self, Action, Scope, action};
use crate::tui::msg::{Code, Key};
use crate::tui::widgets::Editor;

/// Whether a comment is being written (its field has the keys).
pub fn writing(app: &App) -> bool {
    app.session
        .as_ref()
        .is_some_and(|s| s.comments.writing.is_some())
}

/// Whether the open draft is being reviewed (its answers are read-only).
pub fn reviewing(app: &App) -> bool {
    app.session.as_ref().is_some_and(|s| s.comments.reviewing())
}

/// Review mode, on a step: a comment field opens under the answer.
pub fn start(app: &mut App) {
    if app.screen != Screen::Step {
        return;
    }
    if let Some(session) = app.session.as_mut().filter(|s| s.comments.reviewing()) {
        session.comments.start_writing();
        app.clear_status();
    }
}

/// Keys while a comment is written: Enter or Ctrl+S adds it, Esc leaves it unwritten,
/// the rest edits it.
pub fn writing_key(app: &mut App, key: Key) {
    match action(Scope::Comment, key) {
        Some(Action::AddComment) => add(app),
        Some(Action::Back) => {
            if let Some(session) = app.session.as_mut() {
                session.comments.writing = None;
            }
        }
        _ => {
            if let Some(field) = app
                .session
                .as_mut()
                .and_then(|s| s.comments.writing.as_mut())
            {
                field.key(key);
            }
        }
    }
}

/// Pasted text: into the comment being written; on a step in review mode, nowhere (the
/// answers are read-only). Whether the paste was taken here.
pub fn paste(app: &mut App, text: &str) -> bool {
    let on_step = app.screen == Screen::Step;
    let Some(session) = app.session.as_mut() else {
        return false;
    };
    if let Some(field) = session.comments.writing.as_mut() {
        field.paste(text);
        return true;
    }
    on_step && session.comments.reviewing()
}

fn add(app: &mut App) {
    let Some(title) = add_to_draft(app) else {
        return;
    };
    let said = app
        .catalog
        .t_args("status-comment-added", &[("step", title.into())]);
    app.effects.push(Effect::Save);
    app.say(StatusKind::Done, said);
}

/// Adds the written comment to the step on screen; the step's title when it was added
/// (an empty comment is not).
fn add_to_draft(app: &mut App) -> Option<String> {
    let (loaded, session) = parts(app)?;
    let field = session.comments.writing.take()?;
    let step = loaded.template.steps.get(session.step)?;
    let reviewer = session.comments.reviewer.as_ref()?;
    let text = field.text().trim().to_string();
    if text.is_empty() {
        return None;
    }
    let comment = Comment::new(&reviewer.name, &reviewer.today, &text);
    session.draft.add_comment(&step.id, comment);
    session.comments.selected = session.draft.comments(&step.id).len().saturating_sub(1);
    session.dirty = true;
    Some(step.title.clone())
}

/// Selects the step's next comment, wrapping around.
pub fn next(app: &mut App) {
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let count = session.draft.comments(&step.id).len();
    if count > 0 {
        session.comments.selected = (session.comments.selected + 1) % count;
    }
}

/// Marks the selected comment of the step resolved, or open again if it was.
pub fn toggle_resolved(app: &mut App) {
    if app.screen != Screen::Step {
        return;
    }
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let comments = session.draft.comments(&step.id);
    let Some(comment) = comments.get(session.comments.selected) else {
        return;
    };
    let resolved = !comment.resolved;
    session
        .draft
        .set_resolved(&step.id, session.comments.selected, resolved);
    session.dirty = true;
    app.effects.push(Effect::Save);
    let id = if resolved {
        "status-comment-resolved"
    } else {
        "status-comment-reopened"
    };
    app.say(StatusKind::Done, app.t(id));
}

/// Keys on a read-only answer: the moving keys move through it, Esc goes to the side list
/// as usual; anything that would change it says how to comment instead.
pub fn read_only_key(app: &mut App, key: Key) {
    if action(Scope::Editor, key) == Some(Action::ToggleList) {
        if let Some(session) = app.session.as_mut() {
            session.focus = Focus::Steps;
        }
        return;
    }
    let moving = matches!(
        key.code,
        Code::Up | Code::Down | Code::Left | Code::Right | Code::Home | Code::End
    ) || matches!(key.code, Code::Tab | Code::BackTab) && !key.ctrl;
    if moving {
        // The editor only moves; nothing of it is stored into the draft in review mode.
        if let Some(session) = app.session.as_mut() {
            match &mut session.editor {
                Editor::Text(field) => {
                    let _ = field.key(key);
                }
                Editor::Items(list) => {
                    let _ = list.key(key);
                }
            }
        }
        return;
    }
    say_read_only(app);
}

/// The answers cannot change in review mode: the status line says so, and how to comment.
pub fn say_read_only(app: &mut App) {
    let key = keymap::keys_of(Action::WriteComment).unwrap_or_default();
    let text = app.catalog.t_args(
        "status-review-read-only",
        &[("key", key.into_owned().into())],
    );
    app.say(StatusKind::Info, text);
}
