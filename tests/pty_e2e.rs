//! End to end: the real binary in a pseudo-terminal, its screen read with vt100.
//! HOME and the XDG folders point into a temporary folder, so nothing of the user's is touched.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 24;
const COLS: u16 = 80;

struct Session {
    parser: vt100::Parser,
    rx: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(home: &Path, args: &[&str]) -> Session {
        Session::start_with(home, args, &[])
    }

    fn start_with(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_povestitor"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("LANG", "C.UTF-8");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(
                NonZeroU16::new(ROWS).unwrap(),
                NonZeroU16::new(COLS).unwrap(),
                0,
            ),
            rx,
            writer,
            child,
            _master: pair.master,
        }
    }

    fn screen(&mut self) -> String {
        while let Ok(chunk) = self.rx.try_recv() {
            self.parser.process(&chunk);
        }
        self.parser.screen().contents()
    }

    fn wait_for(&mut self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = self.screen();
            if text.contains(needle) {
                return text;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {needle:?}; screen:\n{text}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> bool {
        self.wait_exit_code() == 0
    }

    fn wait_exit_code(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the wizard did not quit"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

const PAGE_DOWN: &[u8] = b"\x1b[6~";
const CTRL_Q: &[u8] = b"\x11";

fn draft(path: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn answer(path: &Path, id: &str) -> String {
    draft(path)["answers"][id]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn type_a_title_and_a_paragraph_quit_and_reopen() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("poveste.toml");
    let file_arg = file.to_str().unwrap();
    let mut s = Session::start(
        home.path(),
        &[
            "--lang",
            "ro",
            "new",
            "--template",
            "success-story",
            file_arg,
        ],
    );
    s.wait_for("Pasul 1 din 8");
    s.send("Titlu cu ă î ș ț".as_bytes());
    s.wait_for("Titlu cu ă î ș ț");
    s.send(PAGE_DOWN);
    s.wait_for("Pasul 2 din 8");
    s.send("Un paragraf despre bibliotecă.".as_bytes());
    s.wait_for("Un paragraf despre bibliotecă.");
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "Ctrl+Q exits with success");
    assert!(!home.path().join(".poveste.toml.lock").exists());
    assert_eq!(answer(&file, "title"), "Titlu cu ă î ș ț");
    assert_eq!(answer(&file, "lead"), "Un paragraf despre bibliotecă.");

    // A second run opens the same draft; the text is on screen.
    let mut again = Session::start(home.path(), &["edit", file_arg, "--lang", "en"]);
    let screen = again.wait_for("Titlu cu ă î ș ț");
    assert!(screen.contains("Step 1 of 8"), "{screen}");
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

#[test]
fn nothing_is_lost_when_killed_three_seconds_after_typing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("k.toml");
    let mut s = Session::start(
        home.path(),
        &[
            "--lang",
            "ru",
            "new",
            "--template",
            "success-story",
            file.to_str().unwrap(),
        ],
    );
    s.wait_for("Шаг 1 из 8");
    s.send("Не потерять ни слова".as_bytes());
    s.wait_for("Не потерять ни слова");
    thread::sleep(Duration::from_secs(3));
    s.child.kill().unwrap(); // SIGKILL: no chance to save on the way out
    let _ = s.child.wait();
    assert_eq!(answer(&file, "title"), "Не потерять ни слова");
}

/// Types, then sends `signal` with `kill`; the words are saved and the terminal given back.
fn signal_saves_and_restores_the_terminal(signal: &str) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("t.toml");
    let mut s = Session::start(
        home.path(),
        &[
            "--lang",
            "en",
            "new",
            "--template",
            "success-story",
            file.to_str().unwrap(),
        ],
    );
    s.wait_for("Step 1 of 8");
    let typed = format!("Saved on SIG{signal}");
    s.send(typed.as_bytes());
    s.wait_for(&typed);
    let pid = s.child.process_id().unwrap();
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(s.wait_exit());
    assert_eq!(answer(&file, "title"), typed);
    thread::sleep(Duration::from_millis(100));
    s.screen();
    assert!(
        !s.parser.screen().alternate_screen(),
        "the terminal is given back"
    );
    assert!(!home.path().join(".t.toml.lock").exists(), "no lock left");
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    signal_saves_and_restores_the_terminal("TERM");
}

#[test]
fn sighup_when_the_window_is_closed_saves_and_restores_the_terminal() {
    signal_saves_and_restores_the_terminal("HUP");
}

#[test]
fn a_panic_keeps_the_draft_gives_the_terminal_back_and_says_so_briefly() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("p.toml");
    let mut s = Session::start_with(
        home.path(),
        &[
            "--lang",
            "ro",
            "new",
            "--template",
            "success-story",
            file.to_str().unwrap(),
        ],
        &[("POVESTITOR_TEST_PANIC_AFTER_KEYS", "8")],
    );
    s.wait_for("Pasul 1 din 8");
    s.send("Cuvinte".as_bytes());
    s.wait_for("Cuvinte");
    s.send("!".as_bytes()); // the eighth key: the wizard panics right after it
    let code = s.wait_exit_code();
    assert_ne!(code, 0, "a fault is not a success");
    thread::sleep(Duration::from_millis(100));
    let screen = s.screen();
    assert!(
        !s.parser.screen().alternate_screen(),
        "the terminal is given back"
    );
    assert!(screen.contains("Povestea este salvată"), "{screen}");
    assert!(screen.contains("povestitor edit"), "{screen}");
    assert!(!screen.contains("panicked at"), "{screen}");
    assert!(!screen.contains("RUST_BACKTRACE"), "{screen}");
    assert!(
        screen.lines().count() < 12,
        "a few lines, not a dump:\n{screen}"
    );
    assert_eq!(answer(&file, "title"), "Cuvinte!");
    assert!(!home.path().join(".p.toml.lock").exists(), "no lock left");
}

#[test]
fn a_second_window_on_the_same_draft_is_told_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("d.toml");
    let file_arg = file.to_str().unwrap();
    let args = [
        "--lang",
        "ru",
        "new",
        "--template",
        "success-story",
        file_arg,
    ];
    let mut first = Session::start(home.path(), &args);
    first.wait_for("Шаг 1 из 8");
    first.send("Первое окно".as_bytes());
    first.wait_for("Первое окно");

    let mut second = Session::start(home.path(), &["--lang", "ru", "edit", file_arg]);
    assert_eq!(second.wait_exit_code(), 2);
    thread::sleep(Duration::from_millis(100));
    let screen = second.screen();
    assert!(screen.contains("уже открыта в другом окне"), "{screen}");
    assert!(!second.parser.screen().alternate_screen());

    first.send(CTRL_Q);
    assert!(first.wait_exit());
    assert_eq!(answer(&file, "title"), "Первое окно");
    // Once the first window is closed, the draft opens again.
    let mut third = Session::start(home.path(), &["--lang", "ru", "edit", file_arg]);
    third.wait_for("Первое окно");
    third.send(CTRL_Q);
    assert!(third.wait_exit());
}

#[test]
fn the_terminal_cursor_follows_the_typing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("c.toml");
    let mut s = Session::start(
        home.path(),
        &[
            "--lang",
            "en",
            "new",
            "--template",
            "success-story",
            file.to_str().unwrap(),
        ],
    );
    s.wait_for("Step 1 of 8");
    s.send("Cursor here".as_bytes());
    s.wait_for("Cursor here");
    thread::sleep(Duration::from_millis(300));
    s.screen();
    let screen = s.parser.screen();
    assert!(!screen.hide_cursor(), "the cursor is shown while editing");
    let (row, col) = screen.cursor_position();
    let before: String = (col.saturating_sub(4)..col)
        .filter_map(|c| screen.cell(row, c).map(|cell| cell.contents().to_string()))
        .collect();
    assert_eq!(before, "here", "the cursor is right after the typed text");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
}

#[test]
fn no_arguments_open_the_home_screen() {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start(home.path(), &["--lang", "ru"]);
    let screen = s.wait_for("Начать новую историю");
    assert!(screen.contains("Poveste de succes"), "{screen}");
    // Enter starts a new story in the data folder.
    s.send(b"\r");
    s.wait_for("Шаг 1 из 8");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    let drafts = home.path().join("data/povestitor");
    let names: Vec<_> = std::fs::read_dir(&drafts).unwrap().flatten().collect();
    assert_eq!(names.len(), 1, "one new draft in {}", drafts.display());
}

#[test]
fn a_new_story_over_an_existing_file_says_how_to_continue_it_in_romanian() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("deja.toml");
    std::fs::write(&file, "nu se atinge").unwrap();
    let file_arg = file.to_str().unwrap();
    let args = [
        "--lang",
        "ro",
        "new",
        "--template",
        "success-story",
        file_arg,
    ];
    let mut s = Session::start(home.path(), &args);
    assert_eq!(s.wait_exit_code(), 2);
    thread::sleep(Duration::from_millis(100));
    let screen = s.screen();
    assert!(screen.contains("există deja"), "{screen}");
    assert!(screen.contains("povestitor edit"), "{screen}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "nu se atinge");
    assert!(!home.path().join(".deja.toml.lock").exists());
}
