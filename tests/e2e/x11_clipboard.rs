//! The article on a real X11 clipboard: a virtual X server (Xvfb) of each test's own, the
//! real binary with DISPLAY set to it (and no Wayland). `povestitor copy` and the wizard's
//! Ctrl+B put the article there as HTML (headings, quotes, bold) with plain text beside it
//! (no Markdown marks), read back here by another X client as a word processor pastes it;
//! and it stays there after the program ends, served by the process `copy` started, until
//! another program copies something.
//!
//! The read-back is an X client of this test's own (x11rb, told the display): arboard
//! takes its display from the environment, which a test cannot set for itself. It only
//! asks for the clipboard, never owns it, so what it reads is what the program serves.
//! Without Xvfb the tests are skipped with a note (and fail under CI=true, which installs
//! it).

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, CreateWindowAux, WindowClass};

use crate::common::{self, copy_example, povestitor, stderr_of, stdout_of};
use crate::pty::{Leader, Session};

/// How long the X server has to start, and the clipboard to answer.
const DEADLINE: Duration = Duration::from_secs(20);

/// A virtual X server of the test's own, ended with the test, with every process that
/// keeps an article on its clipboard.
struct Display {
    xvfb: Child,
    /// `:N`
    name: String,
}

impl Display {
    /// Starts one on a free display, or `None` (skipped, with a note) where Xvfb is not
    /// here.
    fn start() -> Option<Display> {
        let spawned = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let mut xvfb = match spawned {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                common::needs("Xvfb (Debian's xvfb package), a virtual X server", false);
                return None;
            }
            spawned => spawned.expect("Xvfb starts"),
        };
        // Xvfb writes the display's number once it takes connections.
        let mut out = xvfb.stdout.take().unwrap();
        let (sender, number) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = Vec::new();
            let mut byte = [0u8; 1];
            while let Ok(1) = out.read(&mut byte) {
                if byte[0] == b'\n' {
                    break;
                }
                line.push(byte[0]);
            }
            let _ = sender.send(String::from_utf8_lossy(&line).trim().to_string());
        });
        let number = number.recv_timeout(DEADLINE);
        let display = Display {
            xvfb,
            name: format!(":{}", number.as_deref().unwrap_or("")),
        };
        match number {
            Ok(n) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => Some(display),
            other => panic!("Xvfb did not say its display: {other:?}"),
        }
    }

    /// The processes that keep an article on this display's clipboard (`povestitor
    /// keep-clipboard`, with DISPLAY set to it).
    fn keepers(&self) -> Vec<u32> {
        let display = format!("DISPLAY={}", self.name);
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|entry| {
                let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
                let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
                let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
                let keeps = args.len() >= 2
                    && args[0].ends_with(b"povestitor")
                    && args[1] == b"keep-clipboard";
                let environ = std::fs::read(entry.path().join("environ")).ok()?;
                let here = environ
                    .split(|&b| b == 0)
                    .any(|var| var == display.as_bytes());
                (keeps && here).then_some(pid)
            })
            .collect()
    }

    /// The clipboard's content as `target` (`text/html`, `UTF8_STRING`), asked for as a
    /// program that pastes asks; `None` when nobody serves it.
    fn read(&self, target: &'static str) -> Option<String> {
        let name = self.name.clone();
        let (sender, read) = mpsc::channel();
        // On a thread: a clipboard that never answers fails the test at the deadline (the
        // thread ends when the X server does).
        std::thread::spawn(move || {
            let _ = sender.send(read_selection(&name, target));
        });
        read.recv_timeout(DEADLINE)
            .unwrap_or_else(|_| panic!("the clipboard did not answer for {target}"))
    }

    /// Waits until `pid` has ended (what a keeper does once another program copies), at
    /// most the deadline.
    fn ended(&self, pid: u32) -> bool {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        use rustix::process::{Pid, PidfdFlags, pidfd_open};
        let Some(pid) = Pid::from_raw(pid as i32) else {
            return false;
        };
        // Gone already: ended (the number is not reused this soon).
        let Ok(process) = pidfd_open(pid, PidfdFlags::empty()) else {
            return true;
        };
        // Readable once the process has ended.
        let mut fds = [PollFd::new(&process, PollFlags::IN)];
        let timeout = Timespec {
            tv_sec: DEADLINE.as_secs() as i64,
            tv_nsec: 0,
        };
        poll(&mut fds, Some(&timeout)).is_ok_and(|ready| ready == 1)
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        for pid in self.keepers() {
            if let Some(pid) = rustix::process::Pid::from_raw(pid as i32) {
                let _ = rustix::process::kill_process(pid, rustix::process::Signal::KILL);
            }
        }
        // Asked to end, Xvfb removes its socket and lock file (killed, it would leave them).
        if let Some(pid) = rustix::process::Pid::from_raw(self.xvfb.id() as i32) {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
        let _ = self.xvfb.wait();
    }
}

/// One request for the CLIPBOARD selection as `target`, on a connection of its own.
fn read_selection(display: &str, target: &str) -> Option<String> {
    let (conn, screen) = x11rb::connect(Some(display)).expect("the X server takes connections");
    let root = conn.setup().roots[screen].root;
    let window = conn.generate_id().unwrap();
    conn.create_window(
        x11rb::COPY_DEPTH_FROM_PARENT,
        window,
        root,
        0,
        0,
        1,
        1,
        0,
        WindowClass::INPUT_OUTPUT,
        0,
        &CreateWindowAux::new(),
    )
    .unwrap();
    let atom = |name: &str| {
        conn.intern_atom(false, name.as_bytes())
            .unwrap()
            .reply()
            .unwrap()
            .atom
    };
    let (clipboard, wanted, into) = (atom("CLIPBOARD"), atom(target), atom("TEST_PASTE"));
    conn.convert_selection(window, clipboard, wanted, into, x11rb::CURRENT_TIME)
        .unwrap();
    conn.flush().unwrap();
    loop {
        let Event::SelectionNotify(notify) = conn.wait_for_event().unwrap() else {
            continue;
        };
        if notify.property == u32::from(AtomEnum::NONE) {
            return None;
        }
        let reply = conn
            .get_property(true, window, into, AtomEnum::ANY, 0, u32::MAX / 4)
            .unwrap()
            .reply()
            .unwrap();
        assert_ne!(
            reply.type_,
            atom("INCR"),
            "an article small enough for one reply"
        );
        return Some(String::from_utf8(reply.value).expect("UTF-8"));
    }
}

/// The HTML a word processor pastes: the article's headings, quotes and bold, the text
/// told to be UTF-8; and the plain text beside it, the one an export to txt makes.
fn assert_the_article_is_on(display: &Display, home: &Path, draft: &Path) {
    let html = display.read("text/html").expect("the HTML is served");
    assert!(html.starts_with("<meta charset=\"utf-8\">"), "{html}");
    for part in [
        "<h1>„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții</h1>",
        "<blockquote>\n<p><strong>„Acum o văd pe nepoata mea în fiecare seară",
        "<strong>Vă așteptăm la bibliotecă!</strong>",
        "<cite>— Maria Ciobanu, participantă la curs, 72 de ani</cite>",
    ] {
        assert!(html.contains(part), "{part} in {html}");
    }
    let text = display
        .read("UTF8_STRING")
        .expect("the plain text is served");
    let txt = povestitor(home)
        .arg("export")
        .arg(draft)
        .args(["--layout", "blog", "--format", "txt"])
        .output()
        .unwrap();
    assert_eq!(text, stdout_of(&txt).trim_end());
    assert!(text.starts_with("„Bunicii online”: cum"), "{text}");
    for mark in ["**", "# ", "> ", "<", "]("] {
        assert!(!text.contains(mark), "{mark:?} in {text}");
    }
}

#[test]
fn copy_leaves_the_article_on_the_clipboard_as_html_and_text_until_another_copy() {
    let Some(display) = Display::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let copy = |layout: &str| {
        povestitor(home.path())
            .args(["--lang", "en", "copy"])
            .arg(&draft)
            .args(["--layout", layout])
            .env("DISPLAY", &display.name)
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap()
    };
    assert_eq!(
        display.read("UTF8_STRING"),
        None,
        "an empty clipboard first"
    );

    let out = copy("blog");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).starts_with("The article is copied: paste it with Ctrl+V"),
        "{}",
        stderr_of(&out)
    );
    assert!(out.stdout.is_empty(), "no OSC 52 besides the clipboard");
    // The command has ended; one process of its own serves the article.
    let keepers = display.keepers();
    assert_eq!(keepers.len(), 1, "{keepers:?}");
    assert_the_article_is_on(&display, home.path(), &draft);

    // Another program copies (here the same one, another layout): the first keeper ends,
    // the clipboard holds the new article.
    let out = copy("facebook");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(display.ended(keepers[0]), "the first keeper ended");
    let text = display.read("UTF8_STRING").unwrap();
    assert!(text.contains("#Bălți"), "{text}");
    assert_eq!(display.keepers().len(), 1);
}

#[test]
fn the_wizard_copy_stays_on_the_clipboard_after_the_wizard_quits() {
    let Some(display) = Display::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let args = ["--lang", "en", "edit", draft.to_str().unwrap()];
    let env = [("DISPLAY", display.name.as_str()), ("WAYLAND_DISPLAY", "")];
    let mut s = Session::start_with(home.path(), &args, &env, Leader::ControllingTerminal);
    s.wait_for("Step 1 of");
    s.send(b"\x1b[15~"); // F5
    s.wait_for("Export the article");
    // The layouts in the template's order: the magazine's, then the blog post.
    s.send(b"\x1b[C"); // →
    s.wait_for("Layout: ‹ Postare pe blogul bibliotecii ›");
    s.send(b"\x02"); // Ctrl+B
    s.wait_for("The article is copied");
    assert_the_article_is_on(&display, home.path(), &draft);

    s.send(b"\x11"); // Ctrl+Q
    assert_eq!(s.wait_exit_code(), 0);
    assert_eq!(display.keepers().len(), 1, "a keeper serves the article");
    assert_the_article_is_on(&display, home.path(), &draft);
}

/// When the program's own file is gone while the wizard runs (an upgrade replaced it), the
/// process that would keep the article cannot start: the wizard keeps it on the clipboard
/// itself, and says it stays there only while the wizard is open.
#[test]
fn the_wizard_keeps_the_copy_itself_when_its_program_file_is_gone() {
    let Some(display) = Display::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let program = home.path().join("povestitor-before-the-upgrade");
    let args = ["--lang", "en", "edit", draft.to_str().unwrap()];
    let env = [
        ("DISPLAY", display.name.as_str()),
        ("WAYLAND_DISPLAY", ""),
        ("PROGRAM", program.to_str().unwrap()),
    ];
    // The program runs from a copy of its file, which is then deleted.
    let wrapper = ["sh", "-c", r#"cp "$0" "$PROGRAM" && exec "$PROGRAM" "$@""#];
    let mut s = Session::start_wrapped(home.path(), &wrapper, &args, &env);
    s.wait_for("Step 1 of");
    std::fs::remove_file(&program).unwrap();
    s.send(b"\x1b[15~"); // F5
    s.wait_for("Export the article");
    s.send(b"\x1b[C"); // →
    s.wait_for("Layout: ‹ Postare pe blogul bibliotecii ›");
    s.send(b"\x02"); // Ctrl+B
    s.wait_for("copied while the wizard is open");
    assert_eq!(display.keepers().len(), 0, "no keeping process started");
    assert_the_article_is_on(&display, home.path(), &draft);
    s.send(b"\x11"); // Ctrl+Q
    assert_eq!(s.wait_exit_code(), 0);
}
