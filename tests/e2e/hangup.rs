//! A terminal window closed while the wizard runs: the words typed last are saved, the
//! process ends at once without spinning, and the story opens again straight away.
//!
//! The test closes the pseudo-terminal's master side, as a terminal emulator does when its
//! window is closed, or an SSH connection when it drops; it sends no signal itself.

use std::path::Path;
use std::time::Duration;

use crate::pty::{self, CTRL_Q, Leader, Session, answer};

/// The promise: the program is gone within two seconds of the window closing.
const EXIT_WITHIN: Duration = Duration::from_secs(2);
/// And it does not spin on the dead terminal meanwhile.
const CPU_AFTER_CLOSE: Duration = Duration::from_millis(500);

fn closing_the_window_saves_and_exits(leader: Leader, lang: &str, step: &str, typed: &str) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("fereastra.toml");
    let file_arg = file.to_str().unwrap();
    let args = pty::new_story(lang, file_arg);
    let mut s = Session::start_with(home.path(), &args, &[], leader);
    s.wait_for(step);
    s.send(typed.as_bytes());
    // On screen, but not saved yet: the autosave waits for a pause in the typing.
    s.wait_for(typed);

    let cpu_before = s.cpu();
    s.close_terminal();
    let exit = s.wait_exit_within(EXIT_WITHIN);
    let spent = exit.cpu.saturating_sub(cpu_before);
    assert!(
        spent < CPU_AFTER_CLOSE,
        "{spent:?} of processor time after the window closed"
    );
    assert_eq!(answer(&file, "title"), typed, "the last words are on disk");
    reopens_at_once(home.path(), file_arg, typed);
}

/// The same draft opens again in a new window, with the text: the lock was released.
fn reopens_at_once(home: &Path, file: &str, typed: &str) {
    let mut again = Session::start(home, &["--lang", "ro", "edit", file]);
    let screen = again.wait_for(typed);
    assert!(!screen.contains("deja deschisă"), "{screen}");
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

#[test]
fn closing_the_terminal_saves_the_last_words_and_exits() {
    // No controlling terminal: no SIGHUP arrives, the terminal just stops answering.
    closing_the_window_saves_and_exits(
        Leader::NoControllingTerminal,
        "ro",
        "Pasul 1 din 8",
        "Ultimele cuvinte înainte de închidere",
    );
}

#[test]
fn the_hangup_of_the_session_it_leads_saves_the_last_words_and_exits() {
    // The wizard leads the session of its terminal: closing it sends SIGHUP as well.
    closing_the_window_saves_and_exits(
        Leader::ControllingTerminal,
        "ru",
        "Шаг 1 из 8",
        "Последние слова перед закрытием",
    );
}
