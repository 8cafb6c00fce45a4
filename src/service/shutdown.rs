//! A request from outside to stop: SIGTERM, SIGHUP (the window was closed) or SIGINT on Unix;
//! Ctrl+C, Ctrl+Break, the console window closed, logoff or shutdown on Windows.
//!
//! Every request raises a flag that a front end's loop checks each tick; the loop then saves
//! and calls [`Shutdown::finished`]. On Unix the process lives on until then. Windows ends the
//! process as soon as its handler for a closed window, logoff or shutdown returns (or after
//! about 5 s), so that handler raises the flag and then *waits* for `finished`, at most
//! [`WINDOWS_WAIT`]: the loop wakes within its tick (0.2 s) and saving takes milliseconds.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

/// How long a closed console window waits for the draft to be saved: below the 5 s after
/// which Windows ends the process anyway.
pub const WINDOWS_WAIT: Duration = Duration::from_secs(4);

/// The stop flag, and whether the front end has saved after it.
#[derive(Debug, Default)]
pub struct Shutdown {
    requested: AtomicBool,
    finished: Mutex<bool>,
    changed: Condvar,
}

static PROCESS: OnceLock<Shutdown> = OnceLock::new();

impl Shutdown {
    pub fn new() -> Shutdown {
        Shutdown::default()
    }

    /// The process's one `Shutdown`, its handlers installed on the first call. When a handler
    /// cannot be installed the autosave still runs; only the last second may be lost.
    pub fn install() -> &'static Shutdown {
        let mut first = false;
        let shutdown = PROCESS.get_or_init(|| {
            first = true;
            Shutdown::new()
        });
        if first {
            let _ = ctrlc::set_handler(|| Shutdown::process().request());
            // After ctrlc, on purpose: Windows calls the handler added last first, so a closed
            // window reaches the one that waits, and Ctrl+C is passed on to ctrlc's.
            let _ = console_close::on_close(|| {
                Shutdown::process().request_and_wait(WINDOWS_WAIT);
            });
        }
        shutdown
    }

    fn process() -> &'static Shutdown {
        PROCESS.get_or_init(Shutdown::new)
    }

    /// Whether a stop was asked for.
    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }

    /// Asks the loop to stop, and returns at once.
    pub fn request(&self) {
        self.requested.store(true, Ordering::SeqCst);
    }

    /// Asks the loop to stop and waits until it has saved, or `at_most`; true when it saved.
    pub fn request_and_wait(&self, at_most: Duration) -> bool {
        self.request();
        let deadline = Instant::now() + at_most;
        let mut finished = self.lock();
        while !*finished {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            finished = self
                .changed
                .wait_timeout(finished, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }

    /// The front end has saved (or had nothing to save) and is on its way out: whoever waits
    /// in [`request_and_wait`](Self::request_and_wait) may let the process end.
    pub fn finished(&self) {
        *self.lock() = true;
        self.changed.notify_all();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, bool> {
        self.finished.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Whether the program, ending with an error, should wait for Enter before it ends: only when
/// it is the one process of its console (`processes`, from `console_close`: a double-click on
/// Windows, whose window closes the moment the program ends, taking the message with it) and
/// someone can press a key there.
pub fn waits_for_enter(processes: Option<u32>, keys_can_come: bool) -> bool {
    processes == Some(1) && keys_can_come
}

/// After a message the window must keep: asks for Enter and waits for it (or for the end of
/// the input).
pub fn wait_for_enter(prompt: &str) {
    use std::io::{BufRead, Write};
    let mut err = std::io::stderr();
    let _ = write!(err, "{prompt} ");
    let _ = err.flush();
    let _ = std::io::stdin().lock().read_line(&mut String::new());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_console_of_its_own_waits_for_enter() {
        // A double-click: the one process of its console, a keyboard at hand.
        assert!(waits_for_enter(Some(1), true));
        // Started from a command prompt or PowerShell: they stay, and so does the message.
        assert!(!waits_for_enter(Some(2), true));
        assert!(!waits_for_enter(Some(3), true));
        // Input from a file or a pipe: nobody is there to press Enter.
        assert!(!waits_for_enter(Some(1), false));
        // Linux and macOS, or a console Windows cannot describe.
        assert!(!waits_for_enter(None, true));
    }
    use std::sync::Arc;

    /// The loop as the front ends run it: check the flag each tick, save, say so.
    fn a_loop(shutdown: Arc<Shutdown>, saved: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            while !shutdown.requested() {
                std::thread::park_timeout(Duration::from_millis(20));
            }
            saved.store(true, Ordering::SeqCst);
            shutdown.finished();
        })
    }

    #[test]
    fn a_closed_window_waits_until_the_loop_has_saved() {
        let shutdown = Arc::new(Shutdown::new());
        let saved = Arc::new(AtomicBool::new(false));
        let looping = a_loop(Arc::clone(&shutdown), Arc::clone(&saved));
        assert!(shutdown.request_and_wait(Duration::from_secs(30)));
        // The handler returned only after the save: Windows may end the process now.
        assert!(saved.load(Ordering::SeqCst));
        looping.join().expect("loop");
    }

    #[test]
    fn a_loop_that_never_saves_does_not_hold_the_handler_for_ever() {
        let shutdown = Shutdown::new();
        let started = Instant::now();
        assert!(!shutdown.request_and_wait(Duration::from_millis(50)));
        assert!(shutdown.requested());
        assert!(started.elapsed() >= Duration::from_millis(50));
    }

    #[test]
    fn a_request_after_the_loop_ended_returns_at_once() {
        let shutdown = Shutdown::new();
        shutdown.finished();
        assert!(shutdown.request_and_wait(Duration::from_secs(30)));
    }
}
