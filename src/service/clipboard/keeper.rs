//! The article kept on the clipboard after the program that copied it ends (X11, Wayland).
//!
//! There the program that copied serves the clipboard to every program that pastes, so
//! what it copied goes when it ends, unless a clipboard manager takes it over (many
//! desktops have none). As `xclip` and `wl-copy` do, the article is handed to a process of
//! its own: this program's file started again with the hidden command `keep-clipboard`, in
//! a process group of its own (a Ctrl+C in the terminal does not reach it), its folder the
//! root (it keeps no disk busy), no terminal for input or errors. It reads the article on
//! its standard input, puts it on the clipboard, and once the article can be read back
//! from the clipboard it answers `ok` on its standard output (else `error: ` and why);
//! the program that started it waits for that answer, so "copied" is said only when it is
//! true. Then it serves the article until another program copies something (arboard's
//! `SetExtLinux::wait` returns) or the graphical session ends (the article cannot be read
//! back any more), and ends.

use std::io::{Read, Write};
#[cfg(all(unix, not(target_os = "macos")))]
use std::time::Duration;

use super::{ClipboardError, Payload};

/// The first words of an answer that says why the clipboard could not take the article.
pub(super) const REFUSED: &str = "error: ";

/// The answer that says the article is on the clipboard.
const KEPT: &str = "ok";

/// How long the process has to say it has the article on the clipboard (it starts, reads
/// the article and takes the clipboard in milliseconds; this is for a busy computer).
#[cfg(all(unix, not(target_os = "macos")))]
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// How long it tries to read the article back before it says the clipboard did not take it.
#[cfg(all(unix, not(target_os = "macos")))]
const TAKEN_WITHIN: Duration = Duration::from_secs(5);

/// How often, while it serves, it makes sure the article is still its own to serve (on X11
/// the end of the session would not wake it otherwise).
#[cfg(all(unix, not(target_os = "macos")))]
const STILL_THERE_EVERY: Duration = Duration::from_secs(5);

/// The article as the process reads it: the HTML's length in bytes on a line, the HTML,
/// then the plain text.
fn framed(payload: &Payload) -> Vec<u8> {
    let mut bytes = format!("{}\n", payload.html.len()).into_bytes();
    bytes.extend_from_slice(payload.html.as_bytes());
    bytes.extend_from_slice(payload.text.as_bytes());
    bytes
}

/// The article [`framed`] wrote, or why it is not one.
fn unframed(bytes: Vec<u8>) -> Result<Payload, String> {
    let broken = || "the article given is not complete".to_string();
    let line = bytes.iter().position(|&b| b == b'\n').ok_or_else(broken)?;
    let length: usize = std::str::from_utf8(&bytes[..line])
        .ok()
        .and_then(|n| n.parse().ok())
        .ok_or_else(broken)?;
    let rest = &bytes[line + 1..];
    if length > rest.len() {
        return Err(broken());
    }
    let (html, text) = rest.split_at(length);
    Ok(Payload {
        html: String::from_utf8(html.to_vec()).map_err(|_| broken())?,
        text: String::from_utf8(text.to_vec()).map_err(|_| broken())?,
    })
}

/// Starts the process that keeps `payload` on the clipboard, from `program`, and waits
/// for its answer.
#[cfg(all(unix, not(target_os = "macos")))]
pub(super) fn hand_over(
    program: &std::path::Path,
    payload: &Payload,
) -> Result<(), ClipboardError> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};

    let mut child = Command::new(program)
        .arg(super::KEEP_COMMAND)
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(ClipboardError::KeeperNotStarted)?;
    let (input, output) = (child.stdin.take(), child.stdout.take());
    let given = input.is_some_and(|mut input| input.write_all(&framed(payload)).is_ok());
    let (Some(mut output), true) = (output, given) else {
        return stop(child, Err(ClipboardError::KeeperSilent));
    };
    let (sender, answer) = std::sync::mpsc::channel();
    let reading = std::thread::Builder::new()
        .name("clipboard-answer".into())
        .spawn(move || {
            // One short line; the process keeps its standard output (unread) open after it.
            let mut line = Vec::new();
            let mut byte = [0u8; 1];
            while let Ok(1) = output.read(&mut byte) {
                if byte[0] == b'\n' {
                    break;
                }
                line.push(byte[0]);
            }
            let _ = sender.send(String::from_utf8_lossy(&line).into_owned());
        });
    if reading.is_err() {
        return stop(child, Err(ClipboardError::KeeperSilent));
    }
    let outcome = match answer.recv_timeout(ANSWER_WITHIN) {
        Ok(line) if line == KEPT => Ok(()),
        Ok(line) => match line.strip_prefix(REFUSED) {
            Some(why) => Err(ClipboardError::Failed(why.to_string())),
            None => Err(ClipboardError::KeeperSilent),
        },
        Err(_) => Err(ClipboardError::KeeperSilent),
    };
    if outcome.is_ok() {
        reap(child);
        return Ok(());
    }
    stop(child, outcome)
}

/// Ends a process that did not take the clipboard (it must not take it later, once the
/// librarian was told the copy failed).
#[cfg(all(unix, not(target_os = "macos")))]
fn stop(
    mut child: std::process::Child,
    outcome: Result<(), ClipboardError>,
) -> Result<(), ClipboardError> {
    let _ = child.kill();
    reap(child);
    outcome
}

/// Waits for the process on a thread of its own, so that while the wizard runs one that
/// ended (another program copied something) leaves nothing behind.
#[cfg(all(unix, not(target_os = "macos")))]
fn reap(mut child: std::process::Child) {
    let _ = std::thread::Builder::new()
        .name("clipboard-keeper".into())
        .spawn(move || child.wait());
}

/// The hidden command's work; see the module's description.
#[cfg(all(unix, not(target_os = "macos")))]
pub(super) fn keep(mut input: impl Read, mut answer: impl Write) -> Result<(), ClipboardError> {
    use arboard::SetExtLinux;
    use std::sync::mpsc::RecvTimeoutError;

    let refuse = |answer: &mut dyn Write, why: String| {
        let _ = writeln!(answer, "{REFUSED}{why}");
        let _ = answer.flush();
        Err(ClipboardError::Failed(why))
    };
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return refuse(&mut answer, e.to_string());
    }
    let payload = match unframed(bytes) {
        Ok(payload) => payload,
        Err(why) => return refuse(&mut answer, why),
    };
    // Two handles on the one clipboard: one serves (and waits), one reads back.
    let (mut serving, mut reading) = match (arboard::Clipboard::new(), arboard::Clipboard::new()) {
        (Ok(serving), Ok(reading)) => (serving, reading),
        (Err(e), _) | (_, Err(e)) => return refuse(&mut answer, e.to_string()),
    };
    let (sender, ended) = std::sync::mpsc::channel();
    let (html, text) = (payload.html.clone(), payload.text.clone());
    let served = std::thread::Builder::new()
        .name("clipboard".into())
        .spawn(move || {
            // Returns once another program takes the clipboard over.
            let _ = sender.send(serving.set().wait().html(html, Some(text)));
        });
    if let Err(e) = served {
        return refuse(&mut answer, e.to_string());
    }
    let mut still_there = || reading.get().html().is_ok_and(|html| html == payload.html);

    // Said only once the article can be read back from the clipboard.
    let deadline = std::time::Instant::now() + TAKEN_WITHIN;
    loop {
        match ended.recv_timeout(Duration::from_millis(10)) {
            Ok(Err(e)) => return refuse(&mut answer, e.to_string()),
            Ok(Ok(())) | Err(RecvTimeoutError::Disconnected) => {
                return refuse(&mut answer, "the clipboard was taken over at once".into());
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
        if still_there() {
            break;
        }
        if std::time::Instant::now() > deadline {
            return refuse(
                &mut answer,
                "the clipboard does not give the article back".into(),
            );
        }
    }
    let _ = writeln!(answer, "{KEPT}");
    let _ = answer.flush();
    drop(answer);

    // Served until another program copies something, or the session ends.
    loop {
        match ended.recv_timeout(STILL_THERE_EVERY) {
            Err(RecvTimeoutError::Timeout) if still_there() => {}
            _ => return Ok(()),
        }
    }
}

/// Elsewhere the system keeps the clipboard: nothing to do.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub(super) fn keep(input: impl Read, mut answer: impl Write) -> Result<(), ClipboardError> {
    let _ = (input, framed, unframed, KEPT);
    let why = "the system keeps the clipboard here".to_string();
    let _ = writeln!(answer, "{REFUSED}{why}");
    Err(ClipboardError::Failed(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_read_back_is_the_article_given() {
        let payload = Payload {
            html: "<meta charset=\"utf-8\"><h1>Bălți\n</h1>".into(),
            text: "Bălți\n\nUn rând.".into(),
        };
        assert_eq!(unframed(framed(&payload)), Ok(payload));
    }

    #[test]
    fn a_cut_article_is_refused() {
        let payload = Payload {
            html: "<p>ă</p>".into(),
            text: "ă".into(),
        };
        let mut bytes = framed(&payload);
        // Into the middle of the text's last letter, and into the middle of the HTML.
        for cut in [12, 6] {
            bytes.truncate(cut);
            assert!(unframed(bytes.clone()).is_err(), "{bytes:?}");
        }
        assert!(unframed(b"<p>no length</p>".to_vec()).is_err());
    }
}
