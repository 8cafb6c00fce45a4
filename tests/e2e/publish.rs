//! Sending to the blog runs off the wizard's loop (the real binary in a pseudo-terminal): a
//! site that never answers does not freeze the window, Esc stops the sending at once, and
//! nothing is written on the site.

use crate::common;
use crate::pty;

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pty::{CTRL_Q, Session};

/// A site that takes connections, reads what is asked and never answers: what it was
/// asked (the request lines), and the connections it holds open.
struct SilentSite {
    url: String,
    asked: Arc<Mutex<Vec<String>>>,
}

impl SilentSite {
    fn start() -> SilentSite {
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                std::thread::spawn(move || hold(stream, &log));
            }
        });
        SilentSite { url, asked }
    }

    fn asked(&self) -> Vec<String> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

/// Reads the request (its first line goes to `log`) and keeps the connection open, silent,
/// until the other side lets go.
fn hold(mut stream: TcpStream, log: &Mutex<Vec<String>>) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let mut logged = false;
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            return;
        }
        seen.extend_from_slice(&buf[..n]);
        if !logged && let Some(end) = seen.windows(2).position(|w| w == b"\r\n") {
            if let Ok(mut log) = log.lock() {
                log.push(String::from_utf8_lossy(&seen[..end]).into_owned());
            }
            logged = true;
        }
    }
}

#[test]
fn esc_stops_a_sending_to_a_site_that_never_answers_and_the_wizard_goes_on() {
    let site = SilentSite::start();
    let home = tempfile::tempdir().unwrap();
    let draft = common::copy_example("success-story", home.path());
    let draft_arg = draft.to_str().unwrap();
    let before = std::fs::read_to_string(&draft).unwrap();
    let mut s = Session::start_with(
        home.path(),
        &["--lang", "ro", "edit", draft_arg],
        &[
            ("POVESTITOR_WP_PASSWORD", "abcd efgh ijkl mnop qrst uvwx"),
            // Far longer than the test: only Esc can end the wait.
            ("POVESTITOR_WP_TIMEOUT", "600"),
        ],
        pty::Leader::ControllingTerminal,
    );
    s.wait_for("Pasul 1 din 8");
    // F5, the blog layout, then past the formats to the WordPress draft post; the site's
    // address and the user; Enter sends (the password from the environment).
    s.send(b"\x1b[15~");
    s.wait_for("Export");
    s.send(b"\x1b[C\t\x1b[D\t");
    s.send(site.url.as_bytes());
    s.send(b"\teditor\r");
    s.wait_for("Se trimite povestea pe blog");
    // The site has the first request, and holds it.
    let deadline = Instant::now() + Duration::from_secs(10);
    while site.asked().is_empty() {
        assert!(Instant::now() < deadline, "the site was never asked");
        std::thread::yield_now();
    }

    let pressed = Instant::now();
    s.send(b"\x1b");
    s.wait_for("Se oprește trimiterea pe blog");
    assert!(
        pressed.elapsed() < Duration::from_secs(1),
        "Esc was answered after {:?}",
        pressed.elapsed()
    );
    // The wizard answers as ever: back to the story, and typing goes into it.
    s.send(b"\x1b");
    s.wait_for("Pasul 1 din 8");
    s.send("Oprit la timp".as_bytes());
    s.wait_for("Oprit la timp");
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "the wizard ends, its sending with it");

    // Nothing was written on the site: it was only asked for its front page.
    let asked = site.asked();
    assert!(
        asked.iter().all(|line| line.starts_with("GET ")),
        "{asked:?}"
    );
    // The draft has the words typed, and no post recorded.
    let after = std::fs::read_to_string(&draft).unwrap();
    assert!(after.contains("Oprit la timp"), "{after}");
    assert!(!after.contains("[wordpress]"), "{after}");
    assert!(!before.contains("[wordpress]"));
}
