//! The terminal at the wizard's edge: its modes (raw, alternate screen, mouse, paste) and
//! its input, read on a thread of its own so that the event loop notices within a tick a
//! terminal that has gone away (a closed window, a dropped connection, stdin closed).
//!
//! Why a thread, and why poll(2) before crossterm: crossterm 0.29 retries a vanished
//! terminal forever (`read` returns 0 or EIO, the descriptor stays readable: crossterm
//! issue 793), so a call into it at that moment never returns, its timeout included, and
//! burns a core. The input thread therefore waits on the terminal itself and asks
//! crossterm only to parse what has already arrived; a hang-up seen there ends the thread
//! without touching crossterm. Should the thread be caught inside crossterm anyway, the
//! loop looks at the terminal on every tick, saves and leaves; the process ends with it.
//!
//! On Unix crossterm reads with its poll(2) reader (the `use-dev-tty` feature): its default
//! reader waits with edge-triggered epoll, hands out the first event of what it read and
//! leaves the rest of a long burst (a paste without bracketed paste) in the terminal, where
//! no new edge announces it until the next key.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::{cursor, execute, terminal};

use super::msg::{Msg, from_event};

/// At most this many messages are taken at once, so a long paste still redraws soon.
const BATCH: usize = 512;
/// How long the input thread waits on the terminal before it looks again (for a window
/// resize that crossterm noticed, and for the end of the wizard).
const STEP: Duration = Duration::from_millis(100);
/// How long crossterm may wait for the next event of a burst: the shortest wait it takes
/// as one (a zero wait reads nothing).
const AGAIN: Duration = Duration::from_millis(1);

/// Raw mode, the alternate screen, mouse clicks and bracketed paste.
pub fn enter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Puts the terminal back as it was; safe to call more than once, after errors, and
/// when the terminal is gone (nothing is then written anywhere).
pub fn leave() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// What the input thread hands to the loop.
enum Arrival {
    Msg(Msg),
    /// The terminal is gone; nothing more will arrive.
    Lost,
}

/// What arrived while the loop waited: messages to handle (in order), and whether the
/// terminal has gone away after them.
#[derive(Debug, Default)]
pub struct Batch {
    pub messages: Vec<Msg>,
    pub lost: bool,
}

/// The terminal's input, read on its own thread.
pub struct Input {
    arrivals: Receiver<Arrival>,
    tty: Arc<Tty>,
    done: Arc<AtomicBool>,
}

impl Input {
    /// Starts the input thread.
    pub fn start() -> io::Result<Input> {
        let tty = Arc::new(Tty::stdin());
        let done = Arc::new(AtomicBool::new(false));
        let (tx, arrivals) = mpsc::channel();
        let (thread_tty, thread_done) = (Arc::clone(&tty), Arc::clone(&done));
        std::thread::Builder::new()
            .name("terminal input".into())
            .spawn(move || read_input(&thread_tty, &thread_done, &tx))?;
        Ok(Input {
            arrivals,
            tty,
            done,
        })
    }

    /// Waits up to `timeout` for input, then takes what is already waiting, up to `BATCH`
    /// messages; the rest stays queued, in order, for the next call.
    pub fn wait(&self, timeout: Duration) -> Batch {
        let mut batch = gather(&self.arrivals, timeout);
        // With messages still queued, the terminal's state waits: they came before its end.
        if batch.messages.len() < BATCH {
            batch.lost = batch.lost || self.terminal_lost();
        }
        batch
    }

    /// Whether the terminal has hung up or failed, asked of the terminal itself.
    pub fn terminal_lost(&self) -> bool {
        self.tty.wait(Duration::ZERO) == Readiness::Lost
    }
}

/// Takes the first arrival (waiting up to `timeout` for it), then what is already queued,
/// never taking one more than `BATCH` holds: an arrival taken is an arrival kept.
fn gather(arrivals: &Receiver<Arrival>, timeout: Duration) -> Batch {
    let mut batch = Batch::default();
    let mut next = arrivals.recv_timeout(timeout).map_err(|e| match e {
        RecvTimeoutError::Timeout => TryRecvError::Empty,
        RecvTimeoutError::Disconnected => TryRecvError::Disconnected,
    });
    loop {
        match next {
            Ok(Arrival::Msg(msg)) => batch.messages.push(msg),
            Ok(Arrival::Lost) | Err(TryRecvError::Disconnected) => {
                batch.lost = true;
                return batch;
            }
            Err(TryRecvError::Empty) => return batch,
        }
        if batch.messages.len() == BATCH {
            return batch;
        }
        next = arrivals.try_recv();
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
    }
}

/// The input thread: waits on the terminal, lets crossterm parse what arrived, sends the
/// messages on, until the terminal is lost or the wizard no longer listens.
fn read_input(tty: &Tty, done: &AtomicBool, tx: &Sender<Arrival>) {
    loop {
        if done.load(Ordering::Relaxed) {
            return;
        }
        let first_wait = match tty.wait(STEP) {
            Readiness::Lost => {
                let _ = tx.send(Arrival::Lost);
                return;
            }
            // Only a window resize that crossterm noticed can be waiting.
            Readiness::Quiet => AGAIN,
            Readiness::Readable | Readiness::Unknown => STEP,
        };
        match take_events(first_wait, tx) {
            Ok(_) => {}
            Err(Stop::Lost) => {
                let _ = tx.send(Arrival::Lost);
                return;
            }
            Err(Stop::NotListening) => return,
        }
    }
}

enum Stop {
    Lost,
    NotListening,
}

/// Sends every event crossterm has, waiting at most `first_wait` for the first one;
/// returns how many there were. Every wait is longer than zero: crossterm's reader looks
/// at its parsed events and the terminal only when it may wait at all, and what it read but
/// has not handed out yet is seen by nobody else.
fn take_events(first_wait: Duration, tx: &Sender<Arrival>) -> Result<usize, Stop> {
    let mut count = 0;
    let mut wait = first_wait.max(AGAIN);
    while event::poll(wait).map_err(|_| Stop::Lost)? {
        let event = event::read().map_err(|_| Stop::Lost)?;
        count += 1;
        if let Some(msg) = from_event(event) {
            tx.send(Arrival::Msg(msg)).map_err(|_| Stop::NotListening)?;
        }
        wait = AGAIN;
    }
    Ok(count)
}

/// What the terminal's input looks like right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(unix), allow(dead_code))]
enum Readiness {
    /// Bytes are waiting.
    Readable,
    /// Nothing within the time given.
    Quiet,
    /// Hung up, failed or closed.
    Lost,
    /// This system cannot be asked; crossterm waits instead.
    Unknown,
}

/// The terminal the keys come from (standard input: the wizard starts only on a terminal).
struct Tty {
    #[cfg(unix)]
    stdin: Option<io::Stdin>,
}

#[cfg(unix)]
impl Tty {
    fn stdin() -> Tty {
        use std::io::IsTerminal;
        let stdin = io::stdin();
        Tty {
            stdin: stdin.is_terminal().then_some(stdin),
        }
    }

    fn wait(&self, timeout: Duration) -> Readiness {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let Some(stdin) = &self.stdin else {
            return Readiness::Unknown;
        };
        let mut fds = [PollFd::new(stdin, PollFlags::IN)];
        let timeout = Timespec::try_from(timeout).unwrap_or(Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        });
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => Readiness::Quiet,
            Ok(_) => {
                let events = fds[0].revents();
                if events.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    Readiness::Lost
                } else {
                    Readiness::Readable
                }
            }
            // A signal (a window resize): look again soon.
            Err(rustix::io::Errno::INTR) => Readiness::Quiet,
            Err(_) => Readiness::Lost,
        }
    }
}

#[cfg(not(unix))]
impl Tty {
    fn stdin() -> Tty {
        Tty {}
    }

    fn wait(&self, _timeout: Duration) -> Readiness {
        Readiness::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> Vec<Msg> {
        text.chars().map(|c| Msg::Paste(c.to_string())).collect()
    }

    #[test]
    fn a_burst_longer_than_a_batch_comes_back_whole_and_in_order_across_calls() {
        let text: String = (0..1300).map(|i| format!("{:04}_", i)).collect::<String>();
        let sent = typed(&text);
        let (tx, rx) = mpsc::channel();
        for msg in sent.clone() {
            tx.send(Arrival::Msg(msg)).unwrap();
        }
        let mut got = Vec::new();
        let mut sizes = Vec::new();
        loop {
            let batch = gather(&rx, Duration::ZERO);
            assert!(!batch.lost);
            if batch.messages.is_empty() {
                break;
            }
            sizes.push(batch.messages.len());
            got.extend(batch.messages);
        }
        assert_eq!(got, sent, "every arrival, in order");
        assert!(sizes.iter().all(|&n| n <= BATCH), "{sizes:?}");
        assert_eq!(sizes[0], BATCH);
        assert_eq!(sizes.len(), sent.len().div_ceil(BATCH));
    }

    #[test]
    fn the_end_of_the_terminal_comes_after_everything_typed_before_it() {
        let sent = typed(&"ș".repeat(BATCH + 3));
        let (tx, rx) = mpsc::channel();
        for msg in sent.clone() {
            tx.send(Arrival::Msg(msg)).unwrap();
        }
        tx.send(Arrival::Lost).unwrap();
        let first = gather(&rx, Duration::ZERO);
        assert_eq!(first.messages.len(), BATCH);
        assert!(!first.lost, "three messages are still queued");
        let second = gather(&rx, Duration::ZERO);
        assert_eq!(second.messages.len(), 3);
        assert!(second.lost);
        let mut got = first.messages;
        got.extend(second.messages);
        assert_eq!(got, sent);
    }

    #[test]
    fn a_batch_exactly_full_leaves_the_next_arrival_queued() {
        let sent = typed(&"a".repeat(BATCH + 1));
        let (tx, rx) = mpsc::channel();
        for msg in sent.clone() {
            tx.send(Arrival::Msg(msg)).unwrap();
        }
        drop(tx);
        assert_eq!(gather(&rx, Duration::ZERO).messages.len(), BATCH);
        let last = gather(&rx, Duration::ZERO);
        assert_eq!(last.messages, sent[BATCH..]);
        assert!(last.lost, "the sender is gone");
    }
}
