//! The one door to standard output for the commands. A reader that went away
//! (`povestitor check DRAFT | head -n 1`) ends the command quietly, as `ls | head` does.
//! Nothing here panics.

use std::fmt::Display;
use std::io::{ErrorKind, Write};

/// Writes one line; a failure other than a closed pipe (a full disk behind `>`) says so
/// in one line and exits 2.
pub fn line(text: impl Display) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = settle(writeln!(out, "{text}").and_then(|()| out.flush())) {
        eprintln!("povestitor: stdout: {e}");
        std::process::exit(2);
    }
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

fn settle(written: std::io::Result<()>) -> std::io::Result<()> {
    match written {
        // Whoever read the output has what they wanted; nothing more can be said to them.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        other => other,
    }
}
