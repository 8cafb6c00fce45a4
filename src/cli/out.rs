//! The one door to the terminal for the commands: every line they print, on standard output
//! or standard error, passes [`crate::text::terminal_safe`], so a draft's, a template's, a
//! file name's or a server's escape sequences are shown, never obeyed. A reader that went
//! away (`povestitor check DRAFT | head -n 1`) ends the command quietly, as `ls | head` does.
//! Nothing here panics.

use std::fmt::Display;
use std::io::{ErrorKind, Write};

use crate::text::terminal_safe;

/// Writes one line; a failure other than a closed pipe (a full disk behind `>`) says so
/// in one line and exits 2.
pub fn line(text: impl Display) {
    let text = text.to_string();
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "{}", terminal_safe(&text)).and_then(|()| out.flush());
    if let Err(e) = settle(written) {
        eprintln!("povestitor: stdout: {e}");
        std::process::exit(2);
    }
}

/// Writes one line on standard error: news and problems. A standard error that cannot be
/// written is left alone (there is nowhere else to say so).
pub fn note(text: impl Display) {
    let text = text.to_string();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", terminal_safe(&text));
}

/// Writes bytes as they are (an article, a document, a script); the caller words a failure
/// other than a closed pipe.
pub fn bytes(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    settle(out.write_all(bytes).and_then(|()| out.flush()))
}

/// `println!` through the door.
macro_rules! say {
    () => {
        $crate::cli::out::line("")
    };
    ($($arg:tt)*) => {
        $crate::cli::out::line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// `eprintln!` through the door.
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::cli::out::note(format_args!($($arg)*))
    };
}
pub(crate) use tell;

fn settle(written: std::io::Result<()>) -> std::io::Result<()> {
    match written {
        // Whoever read the output has what they wanted; nothing more can be said to them.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        other => other,
    }
}
