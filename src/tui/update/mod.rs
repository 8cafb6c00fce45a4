//! `update(&mut App, Msg)`: what each message does to the state. No disk, no terminal:
//! work that touches files is queued in `app.effects` for the loop (see `store`).

mod coach;
mod comments;
mod done;
mod forms;
mod photos;
mod quit;
mod step;

use super::app::{App, Effect, Focus, HomeEntry, Screen, Session, StatusKind, Target};
use super::keymap::{Action, Scope, action};
use super::layout;
use super::msg::{Code, Key, Msg};
use super::widgets::Editor;
use crate::render::LoadedTemplate;

pub use done::{done, open_at_start, open_for_review_at_start, paused, take_changed, take_effects};

pub fn update(app: &mut App, msg: Msg) {
    if app.quitting.is_some()
        && !matches!(
            msg,
            Msg::Key(_)
                | Msg::Resize { .. }
                | Msg::Rendered { .. }
                | Msg::Exported(_)
                | Msg::Publishing(_)
                | Msg::PublishRecorded { .. }
                | Msg::Published { .. }
                | Msg::CopyRendered { .. }
                | Msg::Copied(_)
                | Msg::ConsentWritten(_)
        )
    {
        // The question waits for its answer: a click or a paste behind it does nothing.
        return;
    }
    match msg {
        Msg::Resize { width, height } => app.size = (width, height),
        Msg::Key(key) => on_key(app, key),
        Msg::Paste(text) => step::paste(app, &text),
        Msg::Click { column, row } => on_click(app, column, row),
        Msg::Scroll(delta) => on_scroll(app, delta),
        Msg::Rendered { request, outcome } => forms::rendered(app, request, outcome),
        Msg::Exported(result) => app.exported(result),
        Msg::Publishing(text) => {
            // Stopped: what it still says until it ends is no news.
            if app.publishing {
                app.say(StatusKind::Info, text);
            }
        }
        Msg::PublishRecorded { path, record } => {
            // Saved at once with the words as they are now: the file must know of every
            // upload before anything else can happen to it.
            if let Some(session) = app.session.as_mut().filter(|s| s.path == path) {
                session.draft.set_wordpress(&record);
                session.dirty = true;
                app.effects.push(Effect::Save);
            } else {
                // Closed while the sending ran: into its file all the same.
                app.effects.push(Effect::RecordPublished { path, record });
            }
        }
        // Put on the clipboard by the store before it comes here.
        Msg::CopyRendered { .. } => {}
        Msg::Copied(Ok(text)) => app.say(StatusKind::Done, text),
        Msg::Copied(Err(text)) => app.say(StatusKind::Warn, text),
        Msg::ConsentWritten(Ok(text)) => app.say(StatusKind::Done, text),
        Msg::ConsentWritten(Err(text)) => app.say(StatusKind::Warn, text),
        Msg::Published { result, .. } => {
            app.publishing = false;
            app.published(result);
        }
    }
    remember_heights(app);
}

/// Measures what drawing needs and changes rarely (the wrapped heights of the step on
/// screen); cheap when nothing it depends on changed. Called after each update.
fn remember_heights(app: &mut App) {
    let known = app.step_heights.take();
    app.step_heights = layout::measure(app, known);
}

fn on_key(app: &mut App, key: Key) {
    // Read is read, even when the key that closes the welcome also quits.
    if app.welcome.is_some() {
        dismiss_welcome(app);
        app.quit = action(Scope::Always, key) == Some(Action::Quit);
        return;
    }
    if app.quitting.is_some() {
        return quit::question_key(app, key);
    }
    if app.publishing && key == Key::plain(Code::Esc) {
        app.publishing = false;
        app.effects.push(Effect::CancelPublish);
        return app.say(StatusKind::Info, app.t("publish-stopping"));
    }
    if action(Scope::Always, key) == Some(Action::Quit) {
        return quit::quit(app);
    }
    if app.help {
        help_key(app, key);
        return;
    }
    if action(Scope::Screens, key) == Some(Action::Help) {
        return open_help(app);
    }
    if app.screen == Screen::Home {
        home_key(app, key);
        return;
    }
    if app.session.is_none() {
        return;
    }
    if photos::picker_open(app) {
        return photos::picker_key(app, key);
    }
    if coach::suggestions_open(app) {
        return coach::suggestions_key(app, key);
    }
    if comments::writing(app) {
        return comments::writing_key(app, key);
    }
    match action(Scope::Story, key) {
        Some(Action::Save) => {
            app.effects.push(Effect::Save);
            app.say(StatusKind::Done, app.t("status-saved"));
            return;
        }
        Some(Action::SaveCopy) => return app.effects.push(Effect::SaveCopy),
        Some(Action::Recover) => return app.effects.push(Effect::Recover),
        Some(Action::Preview) => return forms::toggle_preview(app),
        Some(Action::Details) => return forms::toggle_details(app),
        Some(Action::Export) => return forms::toggle_export(app),
        // Saved first; the store closes the story only once it is on disk.
        Some(Action::Close) => return app.effects.push(Effect::Close),
        _ => {}
    }
    match app.screen {
        Screen::Home => {}
        Screen::Step | Screen::Review => step::key(app, key),
        Screen::Details => forms::details_key(app, key),
        Screen::Preview => forms::preview_key(app, key),
        Screen::Export => forms::export_key(app, key),
    }
}

/// The welcome is read once: whatever the key, it goes, and the store remembers that.
fn dismiss_welcome(app: &mut App) {
    app.welcome = None;
    app.effects.push(Effect::Welcomed);
}

pub(super) fn open_help(app: &mut App) {
    app.help = true;
    app.help_scroll = 0;
}

/// The help window scrolls with the keys it uses; any other key closes it.
fn help_key(app: &mut App, key: Key) {
    let scroll = &mut app.help_scroll;
    match action(Scope::Help, key) {
        Some(Action::ScrollUp) => *scroll = scroll.saturating_sub(1),
        Some(Action::ScrollDown) => *scroll = scroll.saturating_add(1),
        Some(Action::PageUp) => *scroll = scroll.saturating_sub(10),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(10),
        Some(Action::ScrollTop) => *scroll = 0,
        _ => app.help = false,
    }
}

fn home_key(app: &mut App, key: Key) {
    let count = app.home.entries.len();
    let home = &mut app.home;
    match action(Scope::Home, key) {
        Some(Action::Previous) => home.selected = home.selected.saturating_sub(1),
        Some(Action::Next) => home.selected = (home.selected + 1).min(count.saturating_sub(1)),
        Some(Action::First) => home.selected = 0,
        Some(Action::Last) => home.selected = count.saturating_sub(1),
        Some(Action::Open) => choose_home_entry(app),
        Some(Action::Help) => open_help(app),
        Some(Action::Quit) => quit::quit(app),
        _ => {}
    }
}

fn choose_home_entry(app: &mut App) {
    let Some(entry) = app.home.entries.get(app.home.selected) else {
        return;
    };
    let effect = match entry {
        HomeEntry::New(id) => Effect::NewDraft {
            template: id.clone(),
        },
        HomeEntry::Example(id) => Effect::CopyExample {
            template: id.clone(),
        },
        HomeEntry::Recent(i) => match app.home.recent.get(*i) {
            Some(recent) => Effect::Open(recent.path.clone()),
            None => return,
        },
    };
    app.effects.push(effect);
}

/// The template and the session of the open draft, borrowed together.
pub(super) fn parts(app: &mut App) -> Option<(&LoadedTemplate, &mut Session)> {
    let session = app.session.as_mut()?;
    let loaded = app.templates.get(&session.template_id).ok()?;
    Some((loaded, session))
}

/// Moves to a step, the review or the details; saves first if anything changed.
pub fn go_to(app: &mut App, target: Target) {
    let save;
    let misspelt = app.theme.misspelt();
    let screen = {
        let Some((loaded, session)) = parts(app) else {
            return;
        };
        let steps = &loaded.template.steps;
        save = session.dirty;
        match target {
            Target::Step(i) => {
                let Some(step) = steps.get(i) else {
                    return;
                };
                session.step = i;
                session.editor = Editor::for_step(step, &session.draft);
                session.comments.arrive(&session.draft, &step.id);
                session.mark_misspelt(&step.id, misspelt);
                session.focus = Focus::Editor;
                session.list_cursor = i;
                Screen::Step
            }
            Target::Review => {
                session.comments.writing = None;
                session.review_scroll = 0;
                session.list_cursor = steps.len();
                Screen::Review
            }
            Target::Details => {
                session.comments.writing = None;
                Screen::Details
            }
        }
    };
    if save {
        app.effects.push(Effect::Save);
    }
    app.clear_status();
    if screen == Screen::Details {
        forms::open_details(app);
    } else {
        app.screen = screen;
    }
}

/// The step after the one on screen, or the review after the last step.
pub fn next(app: &mut App) {
    let screen = app.screen;
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let count = loaded.template.steps.len();
    let target = match screen {
        Screen::Step if session.step + 1 < count => Target::Step(session.step + 1),
        Screen::Step => Target::Review,
        _ => return,
    };
    go_to(app, target);
}

pub fn previous(app: &mut App) {
    let screen = app.screen;
    let Some((loaded, session)) = parts(app) else {
        return;
    };
    let count = loaded.template.steps.len();
    let target = match screen {
        Screen::Step if session.step > 0 => Target::Step(session.step - 1),
        Screen::Review if count > 0 => Target::Step(count - 1),
        _ => return,
    };
    go_to(app, target);
}

fn on_click(app: &mut App, column: u16, row: u16) {
    if app.welcome.is_some() {
        return dismiss_welcome(app);
    }
    if app.help {
        app.help = false;
        return;
    }
    match app.screen {
        Screen::Home => {
            if let Some(i) = layout::home_entry_at(app, row) {
                app.home.selected = i;
                choose_home_entry(app);
            }
        }
        Screen::Step | Screen::Review => {
            if let Some(target) = layout::side_target_at(app, column, row) {
                go_to(app, target);
            }
        }
        _ => {}
    }
}

fn on_scroll(app: &mut App, delta: i16) {
    let key = Key::plain(if delta < 0 { Code::Up } else { Code::Down });
    if app.help {
        help_key(app, key);
        return;
    }
    match app.screen {
        Screen::Review => step::key(app, key),
        Screen::Preview => forms::preview_key(app, key),
        _ => {}
    }
}
