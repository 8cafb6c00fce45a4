//! The coach's keys: open the story's next finding, apply the selected finding's fix (or,
//! for a misspelling, choose one of its corrections in a small menu), teach it a word.
//! Both read the session's report; a fix goes through the editor like typing, so the
//! field can undo it, the report is checked again and autosave runs.

use super::{go_to, parts};
use crate::coach::{self, Finding, FindingKind};
use crate::tui::app::{App, Effect, Focus, Screen, StatusKind, Suggestions, Target};
use crate::tui::keymap::{Action, Scope, action};
use crate::tui::msg::{Code, Key};
use crate::tui::widgets::Outcome;

/// Opens the next finding of the story (after the selected one, or from the step on
/// screen), wrapping around: its step, its quote or photo and field, the cursor at the
/// start of its span. The finding is selected. A finding found in several places is
/// visited place by place before the next one.
pub fn next_finding(app: &mut App) {
    if next_place(app) {
        return;
    }
    let on_step = app.screen == Screen::Step;
    let found = {
        let Some((loaded, session)) = parts(app) else {
            return;
        };
        let steps = &loaded.template.steps;
        let findings = &session.report.findings;
        let step_of = |f: &Finding| -> Option<usize> {
            steps.iter().position(|s| Some(&s.id) == f.step_id.as_ref())
        };
        let next = match session.selected_index() {
            Some(i) => Some((i + 1) % findings.len()),
            None if on_step => findings
                .iter()
                .position(|f| step_of(f).is_none_or(|s| s >= session.step))
                .or((!findings.is_empty()).then_some(0)),
            None => (!findings.is_empty()).then_some(0),
        };
        next.map(|i| (findings[i].clone(), step_of(&findings[i])))
    };
    let Some((finding, step)) = found else {
        if let Some(session) = app.session.as_mut() {
            session.selected = None;
        }
        app.say(StatusKind::Info, app.t("coach-nothing"));
        return;
    };
    match step {
        Some(step) => open_at(app, step, &finding),
        None => {
            // About the whole article: its date is on the details screen; the rest is
            // said on the status line.
            let dated = matches!(
                finding.kind,
                FindingKind::DateMissing | FindingKind::DateInvalid { .. }
            );
            if dated && app.screen != Screen::Details {
                go_to(app, Target::Details);
            }
            let text = crate::service::describe(&finding, &app.catalog);
            app.say(StatusKind::Warn, text);
        }
    }
    if let Some(session) = app.session.as_mut() {
        session.selected = Some(finding);
        session.place = 0;
    }
}

/// Goes to the selected finding's next place, when it has one after the place last
/// visited; whether it did.
fn next_place(app: &mut App) -> bool {
    let next = app.session.as_ref().and_then(|session| {
        let i = session.selected_index()?;
        let finding = &session.report.findings[i];
        let place = session.place + 1;
        let here = finding.at_place(place)?;
        let step = app.template().and_then(|loaded| {
            let id = finding.step_id.as_ref()?;
            loaded.template.steps.iter().position(|s| &s.id == id)
        })?;
        Some((step, place, here))
    });
    let Some((step, place, here)) = next else {
        return false;
    };
    open_at(app, step, &here);
    if let Some(session) = app.session.as_mut() {
        session.place = place;
    }
    true
}

/// Shows step `step` with the cursor where `finding` is.
fn open_at(app: &mut App, step: usize, finding: &Finding) {
    let here = app.screen == Screen::Step && app.session.as_ref().is_some_and(|s| s.step == step);
    if !here {
        go_to(app, Target::Step(step));
    }
    app.clear_status();
    if let Some(session) = app.session.as_mut() {
        session.focus = Focus::Editor;
        session.editor.go_to_finding(finding);
    }
}

/// Replaces the selected finding's span with its fix, in its step's editor: every place
/// of it, in one edit (undone at once).
pub fn apply_fix(app: &mut App) {
    let selected = app.session.as_ref().and_then(|s| {
        let i = s.selected_index()?;
        let finding = &s.report.findings[i];
        let edit = coach::text_of(&s.draft, finding)
            .and_then(|text| coach::one_edit(&text, finding))
            .unwrap_or_else(|| finding.clone());
        Some(edit)
    });
    let Some(finding) = selected else {
        app.say(StatusKind::Info, app.t("coach-select-first"));
        return;
    };
    if finding.fix.is_none()
        && let FindingKind::Misspelt { word, .. } = &finding.kind
    {
        let word = word.clone();
        return open_suggestions(app, finding, word);
    }
    replace(app, &finding);
}

/// The step of `finding`, by index.
fn step_of(app: &App, finding: &Finding) -> Option<usize> {
    app.template().and_then(|loaded| {
        let id = finding.step_id.as_ref()?;
        loaded.template.steps.iter().position(|s| &s.id == id)
    })
}

/// Replaces `finding`'s span with its fix, in its step's editor, as typing would.
fn replace(app: &mut App, finding: &Finding) {
    let step = step_of(app, finding);
    let (Some(step), Some(_), Some(_)) = (step, finding.span, finding.fix.as_ref()) else {
        app.say(StatusKind::Info, app.t("coach-no-fix"));
        return;
    };
    open_at(app, step, finding);
    let changed = {
        let Some((loaded, session)) = parts(app) else {
            return;
        };
        let Some(step) = loaded.template.steps.get(step) else {
            return;
        };
        let changed = session.editor.apply_fix(finding) == Outcome::Changed;
        if changed {
            session.editor.store(step, &mut session.draft);
            session.edited(&loaded.template);
            session.selected = None;
        }
        changed
    };
    app.changed |= changed;
    if changed {
        app.say(StatusKind::Done, app.t("coach-fixed"));
    } else {
        app.say(StatusKind::Warn, app.t("coach-no-fix"));
    }
}

/// Looks up the corrections of the selected misspelling (with the dictionary the loop
/// loaded: tens of milliseconds, once, on this key) and opens their menu at the word.
fn open_suggestions(app: &mut App, finding: Finding, word: String) {
    let choices = match &finding.kind {
        FindingKind::Misspelt { suggestions, .. } if !suggestions.is_empty() => suggestions.clone(),
        _ => {
            let speller = app
                .template()
                .and_then(|loaded| app.spellers.as_ref()?.ready(&loaded.template.language));
            let Some(speller) = speller else {
                app.say(StatusKind::Info, app.t("coach-dictionary-loading"));
                return;
            };
            speller.suggest(&word)
        }
    };
    if choices.is_empty() {
        let text = app
            .catalog
            .t_args("coach-no-suggestions", &[("word", word.into())]);
        app.say(StatusKind::Info, text);
        return;
    }
    if let Some(step) = step_of(app, &finding) {
        open_at(app, step, &finding);
    }
    if let Some(session) = app.session.as_mut() {
        session.suggestions = Some(Suggestions {
            finding,
            word,
            choices,
            selected: 0,
        });
    }
}

/// Whether the menu of a misspelling's corrections is open.
pub fn suggestions_open(app: &App) -> bool {
    app.session
        .as_ref()
        .is_some_and(|s| s.suggestions.is_some())
}

/// The menu's keys: the arrows choose, Enter (or 1–3) replaces the word, Esc closes.
pub fn suggestions_key(app: &mut App, key: Key) {
    let Some(menu) = app.session.as_mut().and_then(|s| s.suggestions.as_mut()) else {
        return;
    };
    let last = menu.choices.len().saturating_sub(1);
    let chosen = match action(Scope::Suggestions, key) {
        Some(Action::Previous) => {
            menu.selected = menu.selected.saturating_sub(1);
            None
        }
        Some(Action::Next) => {
            menu.selected = (menu.selected + 1).min(last);
            None
        }
        Some(Action::Open) => Some(menu.selected),
        Some(Action::Back) => {
            menu_closed(app);
            return;
        }
        _ => match key.code {
            Code::Char(c @ '1'..='9') if !key.ctrl && !key.alt => {
                let i = c as usize - '1' as usize;
                (i <= last).then_some(i)
            }
            _ => None,
        },
    };
    let Some(i) = chosen else {
        return;
    };
    let menu = app.session.as_mut().and_then(|s| s.suggestions.take());
    let Some((mut finding, choice)) =
        menu.and_then(|m| Some((m.finding, m.choices.get(i)?.clone())))
    else {
        return;
    };
    finding.fix = Some(choice);
    replace(app, &finding);
}

fn menu_closed(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        session.suggestions = None;
    }
}

/// Adds the selected misspelt word to the librarian's personal list, or every name the
/// names tip lists (the loop writes the list and checks the spelling again).
pub fn add_word(app: &mut App) {
    let words = app.session.as_ref().and_then(|s| {
        let i = s.selected_index()?;
        match &s.report.findings[i].kind {
            FindingKind::Misspelt { word, .. } => Some(vec![word.clone()]),
            FindingKind::NamesToCheck { names } => Some(names.clone()),
            _ => None,
        }
    });
    match words {
        Some(words) => app.effects.extend(words.into_iter().map(Effect::AddWord)),
        None => app.say(StatusKind::Info, app.t("coach-add-word-first")),
    }
}
