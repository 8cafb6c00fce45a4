//! The event loop: draw, wait for input, update, carry out effects, autosave.
//! Also the terminal's setup and restore on every way out: normal, error, panic, signal,
//! and a terminal that has gone away (then only the saving is left to do).

use std::io::Write;
use std::panic::{AssertUnwindSafe, PanicHookInfo, catch_unwind};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::{App, Done, Effect};
use super::msg;
use super::store::{Rescue, Store};
use super::terminal::{self, Input};
use super::update::{self, update};
use super::view;
use crate::render;
use crate::service::Shutdown;

/// Save when the typing has paused this long…
const QUIET: Duration = Duration::from_millis(800);
/// …or when the oldest unsaved change is this old, even while typing goes on.
const AT_MOST: Duration = Duration::from_secs(2);
/// Spelling is checked when typing has paused this long (never on the keystroke path).
const SPELL_QUIET: Duration = Duration::from_millis(400);
/// How often the loop wakes without input, to autosave and notice signals and a closed
/// terminal.
const TICK: Duration = Duration::from_millis(200);
/// How often it wakes while a render runs off the loop, to show it soon after it is done.
const RENDER_TICK: Duration = Duration::from_millis(20);

/// While a render left behind still runs (a layout's loop that nothing can stop, see
/// `render::Layouts::render`), the program may hold this much memory: past it, the wizard
/// saves and ends, before the system ends it with the words unsaved.
const RUNAWAY_MEMORY: u64 = 1024 * 1024 * 1024;
/// Set to a number of MB, the limit above: only for the end-to-end test that proves it.
#[cfg(feature = "test-hooks")]
const TEST_RUNAWAY_MEMORY_MB: &str = "POVESTITOR_TEST_RUNAWAY_MEMORY_MB";

/// Set to a number, the wizard panics after that many keys: only for the end-to-end test
/// that proves a panic keeps the draft and gives the terminal back. Harmless otherwise.
#[cfg(feature = "test-hooks")]
const TEST_PANIC_AFTER_KEYS: &str = "POVESTITOR_TEST_PANIC_AFTER_KEYS";

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("the terminal could not be used: {0}")]
    Terminal(#[from] std::io::Error),
    /// A fault in the program; the text (in the interface language) says whether the
    /// story was saved and where it is.
    #[error("{0}")]
    Panicked(String),
    /// The story could be saved neither in its file nor as a copy anywhere: the text (in
    /// the interface language) says its words are printed above.
    #[error("{0}")]
    Unsaved(String),
}

/// How the guarded part of the run ended.
#[derive(Debug, PartialEq)]
pub enum Ending<T> {
    Returned(T),
    /// A panic; `saved` tells whether the draft was saved afterwards.
    Panicked {
        saved: bool,
    },
}

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    /// The librarian quit.
    Quit,
    /// SIGTERM, SIGHUP or SIGINT; on Windows also the console window closed, logoff or
    /// shutdown.
    Signal,
    /// The terminal hung up or failed: a closed window, a dropped connection.
    TerminalLost,
    /// A render left behind grew past [`RUNAWAY_MEMORY`].
    Runaway,
}

/// Runs the wizard until the librarian quits, a signal arrives or the terminal goes
/// away; saves on the way out.
pub fn run(app: App, store: Store) -> Result<(), RunError> {
    let shutdown = Shutdown::install();
    let result = run_until_stopped(app, store, shutdown);
    // Saved (or never started): a closed console window may now end the process.
    shutdown.finished();
    result
}

fn run_until_stopped(app: App, store: Store, stop: &Shutdown) -> Result<(), RunError> {
    #[cfg(feature = "test-hooks")]
    let panic_after = std::env::var(TEST_PANIC_AFTER_KEYS)
        .ok()
        .and_then(|n| n.trim().parse().ok());
    #[cfg(not(feature = "test-hooks"))]
    let panic_after = None;
    if let Err(e) = terminal::enter() {
        // Raw mode may be on even though the alternate screen failed.
        terminal::leave();
        return Err(e.into());
    }
    let input = match Input::start() {
        Ok(input) => input,
        Err(e) => {
            terminal::leave();
            return Err(e.into());
        }
    };
    let fault = FaultHook::install(terminal::leave);
    let mut state = (app, store);
    let ending = guarded(
        &mut state,
        |(app, store)| event_loop(app, store, &input, stop, panic_after),
        // A story that cannot be saved leaves a rescue copy (or, failing that, its text).
        |(app, store)| store.save_or_rescue(app),
        terminal::leave,
    );
    let fault = fault.uninstall();
    let (app, store) = state;
    let terminal_lost = matches!(ending, Ending::Returned(Ok(Exit::TerminalLost)));
    let runaway = matches!(ending, Ending::Returned(Ok(Exit::Runaway)));
    let panicked = matches!(ending, Ending::Panicked { .. });
    if terminal_lost {
        // Nowhere to print.
    } else if let Some(Rescue::Copied(copy)) = &store.rescue
        && !panicked
    {
        // The last line on the terminal, once it is given back: it outlasts the screen.
        let text = app.catalog.t_args(
            "rescue-written",
            &[
                ("draft", draft_path(&app).into()),
                ("path", copy.display().to_string().into()),
            ],
        );
        // Not `eprintln!`: it panics when the terminal has just gone.
        let text = crate::text::terminal_safe(&text);
        let _ = writeln!(std::io::stderr(), "povestitor: {text}");
    } else if let Some(Rescue::Failed { text, .. }) = &store.rescue {
        // The last place left for the words; the message that says so follows (main).
        let _ = writeln!(std::io::stdout(), "{}", crate::text::terminal_safe(text));
    } else if runaway {
        let text = app.catalog.t_args(
            "layout-runaway-ended",
            &[
                ("draft", draft_path(&app).into()),
                ("mb", (runaway_limit() / (1024 * 1024)).to_string().into()),
            ],
        );
        let _ = writeln!(std::io::stderr(), "povestitor: {text}");
    }
    match (ending, &store.rescue) {
        (Ending::Panicked { saved }, rescue) => Err(RunError::Panicked(panic_text(
            &app,
            saved,
            rescue.as_ref(),
            fault,
        ))),
        // (A closed window hears nothing more: main must not write to it.)
        (Ending::Returned(_), Some(Rescue::Failed { why, .. })) if !terminal_lost => {
            Err(RunError::Unsaved(app.catalog.t_args(
                "rescue-failed",
                &[
                    ("draft", draft_path(&app).into()),
                    ("error", why.clone().into()),
                ],
            )))
        }
        (Ending::Returned(result), _) => result.map(|_| ()),
    }
}

/// The open draft's path, for a message.
fn draft_path(app: &App) -> String {
    app.session
        .as_ref()
        .map(|s| s.path.display().to_string())
        .unwrap_or_default()
}

/// Runs `body`, then, however it ended (returned or panicked), `save` and then `restore`:
/// the words are kept first, then the terminal is given back. A panic while saving is
/// caught too, so the terminal is restored whatever happens.
pub fn guarded<S, T>(
    state: &mut S,
    body: impl FnOnce(&mut S) -> T,
    save: impl FnOnce(&mut S) -> bool,
    restore: impl FnOnce(),
) -> Ending<T> {
    let outcome = catch_unwind(AssertUnwindSafe(|| body(state)));
    let saved = catch_unwind(AssertUnwindSafe(|| save(state))).unwrap_or(false);
    restore();
    match outcome {
        Ok(value) => Ending::Returned(value),
        Err(_) => Ending::Panicked { saved },
    }
}

/// The few lines printed after a panic: what happened to the story, and for whoever
/// fixes the program, where it failed (no backtrace: it would only alarm the librarian).
fn panic_text(app: &App, saved: bool, rescue: Option<&Rescue>, fault: Option<String>) -> String {
    let mut text = match (&app.session, saved, rescue) {
        (None, _, _) => app.t("panic-no-story"),
        (Some(_), true, Some(Rescue::Copied(copy))) => app.catalog.t_args(
            "panic-rescued",
            &[("path", copy.display().to_string().into())],
        ),
        (Some(session), saved, _) => {
            let id = if saved {
                "panic-saved"
            } else {
                "panic-unsaved"
            };
            let path = session.path.display().to_string();
            app.catalog.t_args(id, &[("path", path.into())])
        }
    };
    if let Some(fault) = fault {
        text.push('\n');
        text.push_str(
            &app.catalog
                .t_args("panic-detail", &[("fault", fault.into())]),
        );
    }
    text
}

type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// A panic hook for the time the wizard owns the terminal: it gives the terminal back at
/// once (so nothing is printed into the alternate screen) and keeps the panic's message
/// and place instead of printing Rust's report.
pub struct FaultHook {
    fault: Arc<Mutex<Option<String>>>,
    previous: Option<Hook>,
}

impl FaultHook {
    pub fn install(restore: impl Fn() + Send + Sync + 'static) -> FaultHook {
        let fault = Arc::new(Mutex::new(None));
        let slot = Arc::clone(&fault);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            if let Ok(mut slot) = slot.lock() {
                slot.get_or_insert_with(|| describe(info));
            }
        }));
        FaultHook {
            fault,
            previous: Some(previous),
        }
    }

    /// Puts the previous hook back; returns the first panic's message and place, if any.
    pub fn uninstall(mut self) -> Option<String> {
        self.put_back();
        self.fault.lock().ok().and_then(|mut f| f.take())
    }

    fn put_back(&mut self) {
        if let Some(previous) = self.previous.take() {
            std::panic::set_hook(previous);
        }
    }
}

impl Drop for FaultHook {
    fn drop(&mut self) {
        self.put_back();
    }
}

/// `message (src/file.rs:12)`.
fn describe(info: &PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string());
    match info.location() {
        Some(place) => format!("{message} ({}:{})", place.file(), place.line()),
        None => message,
    }
}

/// [`RUNAWAY_MEMORY`], unless a test set its own.
fn runaway_limit() -> u64 {
    #[cfg(feature = "test-hooks")]
    if let Some(mb) = std::env::var(TEST_RUNAWAY_MEMORY_MB)
        .ok()
        .and_then(|mb| mb.trim().parse::<u64>().ok())
    {
        return mb * 1024 * 1024;
    }
    RUNAWAY_MEMORY
}

/// Whether a render left behind is running and the program has grown past the limit.
fn runaway_too_large(limit: u64) -> bool {
    render::runaway_renders() > 0 && render::resident_memory().is_some_and(|bytes| bytes > limit)
}

fn event_loop(
    app: &mut App,
    store: &mut Store,
    input: &Input,
    stop: &Shutdown,
    mut panic_after: Option<usize>,
) -> Result<Exit, RunError> {
    let backend = CrosstermBackend::new(std::io::stdout());
    let mut terminal = Terminal::new(backend)?;
    let mut first_change: Option<Instant> = None;
    let mut last_change = Instant::now();
    let mut redraw = true;
    let runaway_memory = runaway_limit();
    loop {
        if stop.requested() {
            return Ok(Exit::Signal);
        }
        if runaway_too_large(runaway_memory) {
            return Ok(Exit::Runaway);
        }
        if redraw {
            if let Err(e) = draw(&mut terminal, app) {
                // Writing fails once the window is closed: that is no error to report.
                return if input.terminal_lost() {
                    Ok(Exit::TerminalLost)
                } else {
                    Err(e.into())
                };
            }
            redraw = false;
        }
        let tick = if store.rendering() { RENDER_TICK } else { TICK };
        let mut batch = input.wait(tick);
        // Renders that came back (never waited for: the loop stays the loop's).
        batch.messages.extend(store.rendered(Duration::ZERO));
        // What was typed before the terminal went away is handled, then saved on the way out.
        for message in batch.messages {
            let is_key = matches!(message, msg::Msg::Key(_));
            update(app, message);
            if is_key && let Some(left) = panic_after.as_mut() {
                *left = left.saturating_sub(1);
                assert!(*left > 0, "the test's panic after so many keys");
            }
            redraw = true;
            for effect in update::take_effects(app) {
                carry_out(app, store, effect);
            }
            if app.quit {
                return Ok(Exit::Quit);
            }
        }
        if batch.lost {
            return Ok(Exit::TerminalLost);
        }
        let now = Instant::now();
        if update::take_changed(app) {
            last_change = now;
            first_change.get_or_insert(now);
        }
        if now - last_change >= SPELL_QUIET && update::paused(app) {
            redraw = true;
        }
        let dirty = app.session.as_ref().is_some_and(|s| s.dirty);
        if !dirty {
            first_change = None;
        } else if let Some(first) = first_change
            && (now - last_change >= QUIET || now - first >= AT_MOST)
        {
            // A failed save is retried after AT_MOST; the message line says what is wrong.
            first_change = if save(app, store) { None } else { Some(now) };
            redraw = true;
        }
    }
}

/// Carries out `effect` and shows what came of it: the store reads the model, `update`
/// writes it.
pub fn carry_out(app: &mut App, store: &mut Store, effect: Effect) {
    for done in store.apply(app, effect) {
        update::done(app, done);
    }
}

/// Saves the open draft and shows what came of it; whether it worked.
pub fn save(app: &mut App, store: &mut Store) -> bool {
    let done = store.save(app);
    let saved = matches!(done, Done::Saved);
    update::done(app, done);
    saved
}

fn draw(
    terminal: &mut Terminal<CrosstermBackend<std::io::Stdout>>,
    app: &mut App,
) -> std::io::Result<()> {
    let size = terminal.size()?;
    if app.size != (size.width, size.height) {
        let (width, height) = (size.width, size.height);
        update(app, msg::Msg::Resize { width, height });
    }
    terminal.draw(|frame| view::draw(frame, app))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// Runs `guarded` with a body, recording the order of the save and restore.
    fn run_guarded(
        body: impl FnOnce(&mut Vec<&'static str>) -> u8,
        save_works: bool,
    ) -> (Ending<u8>, Vec<&'static str>) {
        let log = RefCell::new(Vec::new());
        let mut state = Vec::new();
        let ending = guarded(
            &mut state,
            body,
            |state| {
                state.push("save");
                log.borrow_mut().push("save");
                assert!(save_works, "the disk is gone");
                true
            },
            || log.borrow_mut().push("restore"),
        );
        (ending, log.into_inner())
    }

    #[test]
    fn a_normal_end_saves_then_restores() {
        let (ending, log) = run_guarded(|_| 7, true);
        assert_eq!(ending, Ending::Returned(7));
        assert_eq!(log, ["save", "restore"]);
    }

    #[test]
    fn a_panic_saves_what_was_typed_then_restores() {
        let (ending, log) = run_guarded(
            |typed| {
                typed.push("words");
                panic!("a fault in the middle of typing")
            },
            true,
        );
        assert_eq!(ending, Ending::Panicked { saved: true });
        assert_eq!(log, ["save", "restore"]);
    }

    #[test]
    fn a_panic_while_saving_still_restores_the_terminal() {
        let (ending, log) = run_guarded(|_| panic!("first"), false);
        assert_eq!(ending, Ending::Panicked { saved: false });
        assert_eq!(log, ["save", "restore"]);
    }

    #[test]
    fn a_fault_on_a_story_that_could_not_be_saved_names_its_rescue_copy() {
        let templates = crate::service::Templates::builtin().expect("built-in templates");
        let catalog = crate::i18n::Catalog::new(crate::i18n::Lang::En);
        let theme = crate::tui::theme::Theme {
            color: false,
            safe_symbols: false,
        };
        let mut app = App::new(catalog, templates, theme, (80, 24));
        let loaded = app.templates.get("success-story").expect("template");
        let draft = crate::story::Draft::new(&loaded.template);
        update::open_at_start(&mut app, "/stick/story.toml".into(), draft).expect("open");
        let copy = Rescue::Copied("/home/ana/Documents/story-copie.toml".into());
        let text = panic_text(&app, true, Some(&copy), Some("boom (x.rs:1)".into()));
        assert!(text.contains("internal fault"), "{text}");
        assert!(
            text.contains("povestitor edit \"/home/ana/Documents/story-copie.toml\""),
            "{text}"
        );
        assert!(!text.contains("/stick/story.toml"), "{text}");
        assert!(text.ends_with("boom (x.rs:1)"), "{text}");
        // Without a rescue, a saved story is named as before.
        let text = panic_text(&app, true, None, None);
        assert!(text.contains("/stick/story.toml"), "{text}");
    }
}
