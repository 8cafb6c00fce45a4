//! The event loop: draw, wait for input, update, carry out effects, autosave.
//! Also the terminal's setup and restore on every way out: normal, error, panic, signal.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::App;
use super::msg;
use super::store::Store;
use super::update::update;
use super::view;

/// Save when the typing has paused this long…
const QUIET: Duration = Duration::from_millis(800);
/// …or when the oldest unsaved change is this old, even while typing goes on.
const AT_MOST: Duration = Duration::from_secs(2);
/// How often the loop wakes without input, to autosave and notice signals.
const TICK: Duration = Duration::from_millis(200);

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("the terminal could not be used: {0}")]
    Terminal(#[from] std::io::Error),
    #[error("the program stopped because of an internal fault; the draft was saved")]
    Panicked,
}

/// Runs the wizard until the librarian quits or a signal arrives; saves on the way out.
pub fn run(mut app: App, mut store: Store) -> Result<(), RunError> {
    let stop = stop_flag();
    install_panic_hook(app.t("panic-message"));
    msg::enter_terminal()?;
    let result = catch_unwind(AssertUnwindSafe(|| event_loop(&mut app, &mut store, &stop)));
    // Whatever happened, the words are kept first, then the terminal is given back.
    store.save(&mut app);
    msg::leave_terminal();
    if let Some(status) = app
        .status
        .as_ref()
        .filter(|s| s.kind == super::app::StatusKind::Error)
    {
        eprintln!("povestitor: {}", status.text);
    }
    match result {
        Ok(result) => result,
        Err(_) => Err(RunError::Panicked),
    }
}

fn event_loop(app: &mut App, store: &mut Store, stop: &AtomicBool) -> Result<(), RunError> {
    let backend = CrosstermBackend::new(std::io::stdout());
    let mut terminal = Terminal::new(backend)?;
    let mut first_change: Option<Instant> = None;
    let mut last_change = Instant::now();
    let mut redraw = true;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if redraw {
            let size = terminal.size()?;
            app.size = (size.width, size.height);
            terminal.draw(|frame| view::draw(frame, app))?;
            redraw = false;
        }
        let messages = msg::wait(TICK)?;
        for message in messages {
            update(app, message);
            redraw = true;
            for effect in std::mem::take(&mut app.effects) {
                store.apply(app, effect);
            }
            if app.quit {
                return Ok(());
            }
        }
        let now = Instant::now();
        if std::mem::take(&mut app.changed) {
            last_change = now;
            first_change.get_or_insert(now);
        }
        let dirty = app.session.as_ref().is_some_and(|s| s.dirty);
        if !dirty {
            first_change = None;
        } else if let Some(first) = first_change
            && (now - last_change >= QUIET || now - first >= AT_MOST)
        {
            // A failed save is retried after AT_MOST; the message line says what is wrong.
            first_change = if store.save(app) { None } else { Some(now) };
            redraw = true;
        }
    }
}

/// A flag raised by SIGTERM, SIGHUP (the window was closed) and SIGINT.
fn stop_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        // Without the handler the autosave still runs; the last second may be lost.
        let _ = signal_hook::flag::register(signal, Arc::clone(&flag));
    }
    flag
}

/// On a panic: give the terminal back, then say what happened in a few words.
fn install_panic_hook(message: String) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        msg::leave_terminal();
        eprintln!("\npovestitor: {message}\n");
        previous(info);
    }));
}
