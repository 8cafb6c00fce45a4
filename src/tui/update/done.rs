//! What came of an effect (`Done`, from the store) applied to the model, and the few other
//! ways the loop changes it (the effects taken out, the changed flag read and cleared, the
//! spelling caught up after a pause): `update` is the one writer of the wizard's state.

use std::path::PathBuf;

use super::super::app::{App, Done, Effect, HomeEntry, PhotoPicker, Screen, StatusKind};
use super::super::widgets::{Editor, Field, Outcome};
use crate::story::Draft;

/// Shows what the store did.
pub fn done(app: &mut App, done: Done) {
    match done {
        Done::Saved => {
            if let Some(session) = app.session.as_mut() {
                session.dirty = false;
            }
            // A failed save's message goes once a save works.
            if matches!(&app.status, Some(s) if s.kind == StatusKind::Error) {
                app.status = None;
            }
        }
        Done::SaveFailed(text) => app.say(StatusKind::Error, text),
        Done::Said(kind, text) => app.say(kind, text),
        Done::Opened {
            path,
            draft,
            note,
            leftover,
        } => match app.open(path, draft) {
            Ok(()) => {
                for (kind, text) in [(StatusKind::Info, note), (StatusKind::Warn, leftover)] {
                    if let Some(text) = text {
                        app.say(kind, text);
                    }
                }
            }
            // Not a failed save: the message goes with the screen, and must not stay on
            // (and be printed at exit) as if the words were in danger.
            Err(message) => app.say(StatusKind::Warn, message),
        },
        Done::Closed { recent, path } => closed(app, recent, &path),
        Done::PickerOpened {
            row,
            folders,
            files,
        } => {
            if let Some(session) = app.session.as_mut() {
                session.picker = Some(PhotoPicker::new(row, folders, files));
            }
        }
        Done::PhotoTaken { row, path, said } => {
            edit_file_field(app, row, |field| {
                let chars = field.text().chars().count();
                let outcome = field.replace_chars(0, chars, &path);
                // The one-line field shows the photo's folder and name from their start
                // ("poveste-foto/clubul-de-lectura.jpg"), not the tail its cursor would.
                field.cursor_to_start();
                outcome
            });
            app.say(StatusKind::Done, said);
        }
        Done::PastedInField { row, text } => edit_file_field(app, row, |field| field.paste(&text)),
        Done::WordAdded { word, said } => {
            app.personal.insert(&word);
            if let Some(session) = app.session.as_mut()
                && let Ok(loaded) = app.templates.get(&session.template_id)
            {
                session.respell_all(&loaded.template);
            }
            app.say(StatusKind::Done, said);
        }
        Done::Recovered(draft) => recovered(app, draft),
        Done::SiteRemembered { site, user } => {
            if let Some(session) = app.session.as_mut() {
                let form = &mut session.export;
                for (field, value) in [(&mut form.site, site), (&mut form.user, user)] {
                    if field.text().trim().is_empty() && !value.is_empty() {
                        *field = Field::new(&value, false);
                    }
                }
            }
        }
        Done::Quit => app.quit = true,
        Done::AskBeforeQuit(copies) => app.quitting = Some(copies),
    }
    super::remember_heights(app);
}

/// The effects the last messages queued, for the loop to carry out.
pub fn take_effects(app: &mut App) -> Vec<Effect> {
    std::mem::take(&mut app.effects)
}

/// Whether the text changed since the loop last asked (for autosave's timing).
pub fn take_changed(app: &mut App) -> bool {
    std::mem::take(&mut app.changed)
}

/// After a pause in typing: the spelling caught up (see [`App::spell_pending`]). Whether
/// anything was done, so the screen is drawn again.
pub fn paused(app: &mut App) -> bool {
    app.spell_pending()
}

/// The draft the wizard starts on (`povestitor new`, `edit`, `demo`): shown, or why not.
pub fn open_at_start(app: &mut App, path: PathBuf, draft: Draft) -> Result<(), String> {
    app.open(path, draft)?;
    super::remember_heights(app);
    Ok(())
}

/// A draft the wizard starts on to review (`povestitor review`): shown, or why not.
pub fn open_for_review_at_start(
    app: &mut App,
    path: PathBuf,
    draft: Draft,
    reviewer: crate::tui::app::Reviewer,
) -> Result<(), String> {
    app.open_for_review(path, draft, reviewer)?;
    super::remember_heights(app);
    Ok(())
}

/// Back to the home screen with `recent`, the draft just closed (`path`) selected.
fn closed(app: &mut App, recent: Vec<crate::tui::app::RecentDraft>, path: &std::path::Path) {
    app.session = None;
    app.set_recent(recent);
    let closed = app.home.entries.iter().position(|e| {
        matches!(e, HomeEntry::Recent(i) if app.home.recent.get(*i).is_some_and(|r| r.path == path))
    });
    app.home.selected = closed.unwrap_or(0);
    app.screen = Screen::Home;
    app.clear_status();
}

/// Takes the leftover's words into the open story (saved by the next autosave).
fn recovered(app: &mut App, draft: Draft) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let Ok(loaded) = app.templates.get(&session.template_id) else {
        return;
    };
    // The file as it is on disk stays the one edited: only the answers come back.
    let document = std::mem::take(&mut session.draft.document);
    session.draft = draft;
    session.draft.document = document;
    if let Some(step) = loaded.template.steps.get(session.step) {
        session.editor = Editor::for_step(step, &session.draft);
    }
    session.edited(&loaded.template);
    // Every step may differ from the file's: the coach reads the whole draft.
    session.recheck(&loaded.template);
    app.changed = true;
    app.say(StatusKind::Done, app.t("status-recovered"));
}

/// Edits photo `row`'s file field as typing would (it can be undone), then writes the
/// photos into the draft.
fn edit_file_field(app: &mut App, row: usize, edit: impl FnOnce(&mut Field) -> Outcome) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let Ok(loaded) = app.templates.get(&session.template_id) else {
        return;
    };
    let Some(step) = loaded.template.steps.get(session.step) else {
        return;
    };
    let Editor::Items(list) = &mut session.editor else {
        return;
    };
    let Some(field) = list.field_mut(row, "path") else {
        return;
    };
    edit(field);
    session.editor.store(step, &mut session.draft);
    session.edited(&loaded.template);
    app.changed = true;
}
