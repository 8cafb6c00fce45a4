//! End to end: the real binary in a pseudo-terminal, its screen read with vt100
//! (`pty/mod.rs`). HOME and the XDG folders point into a temporary folder.

use crate::pty::{self, CTRL_Q, Leader, PAGE_DOWN, Session, answer};
use std::path::Path;
use std::time::Duration;

use rustix::process::Signal;

/// The same draft opens again in a new window, with the text: the lock was released.
/// (The lock file itself stays; see `story/lock.rs`.)
fn reopens_at_once(home: &Path, file: &Path, typed: &str) {
    let mut again = Session::start(home, &["--lang", "ro", "edit", file.to_str().unwrap()]);
    let screen = again.wait_for(typed);
    assert!(!screen.contains("deja deschisă"), "{screen}");
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

/// Whether nobody holds the lock of a lock file (or there is none).
fn lock_is_free(lock: &Path) -> bool {
    match std::fs::OpenOptions::new().write(true).open(lock) {
        Ok(file) => file.try_lock().is_ok(),
        Err(_) => !lock.exists(),
    }
}

#[test]
fn type_a_title_and_a_paragraph_quit_and_reopen() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("poveste.toml");
    let file_arg = file.to_str().unwrap();
    let mut s = Session::start(home.path(), &pty::new_story("ro", file_arg));
    s.wait_for("Pasul 1 din 8");
    s.send("Titlu cu ă î ș ț".as_bytes());
    s.wait_for("Titlu cu ă î ș ț");
    s.send(PAGE_DOWN);
    s.wait_for("Pasul 2 din 8");
    s.send("Un paragraf despre bibliotecă.".as_bytes());
    s.wait_for("Un paragraf despre bibliotecă.");
    s.send(CTRL_Q);
    assert!(s.wait_exit(), "Ctrl+Q exits with success");
    assert_eq!(answer(&file, "title"), "Titlu cu ă î ș ț");
    assert_eq!(answer(&file, "lead"), "Un paragraf despre bibliotecă.");

    // A second run opens the same draft at once (the lock was released); the text is on screen.
    let mut again = Session::start(home.path(), &["edit", file_arg, "--lang", "en"]);
    let screen = again.wait_for("Titlu cu ă î ș ț");
    assert!(screen.contains("Step 1 of 8"), "{screen}");
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

/// A paste in a terminal without bracketed paste (Windows 10's console, PuTTY) arrives as a
/// burst of keys; every one of them reaches the draft, in order, however long the burst.
#[test]
fn a_burst_of_five_thousand_characters_in_one_write_is_saved_whole() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("burst.toml");
    let mut s = Session::start(home.path(), &pty::new_story("ro", file.to_str().unwrap()));
    s.wait_for("Pasul 1 din 8");
    s.send(PAGE_DOWN);
    s.wait_for("Pasul 2 din 8");
    // Numbered pieces, so a lost character shows where; ș and ț are two bytes each; a
    // paragraph ends every 100 characters, with the Enter a terminal sends.
    let paragraphs: Vec<String> = (0..50)
        .map(|p| (0..20).map(|i| format!("{:03}ș ", p * 20 + i)).collect())
        .collect();
    let burst = paragraphs.join("\r");
    assert_eq!(burst.chars().count(), 5049);
    s.send(burst.as_bytes());
    s.wait_for("999ș");
    s.send(CTRL_Q);
    assert_eq!(s.wait_exit_within(Duration::from_secs(60)).code, Some(0));
    assert_eq!(answer(&file, "lead"), paragraphs.join("\n"));
}

#[test]
fn nothing_is_lost_when_killed_after_the_autosave() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("k.toml");
    let mut s = Session::start(home.path(), &pty::new_story("ru", file.to_str().unwrap()));
    s.wait_for("Шаг 1 из 8");
    s.send("Не потерять ни слова".as_bytes());
    // The autosave is shown in the title bar; nothing else tells that it has happened.
    s.wait_until("the autosave", |screen| {
        let text = screen.contents();
        text.contains("Не потерять ни слова") && text.contains("✓ сохранено")
    });
    s.signal(Signal::KILL); // no chance to save on the way out
    s.wait_exit_within(Duration::from_secs(5));
    assert_eq!(answer(&file, "title"), "Не потерять ни слова");
}

/// Types, then sends `signal`; the words are saved and the terminal given back.
fn signal_saves_and_restores_the_terminal(signal: Signal, name: &str) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("t.toml");
    let mut s = Session::start(home.path(), &pty::new_story("en", file.to_str().unwrap()));
    s.wait_for("Step 1 of 8");
    let typed = format!("Saved on SIG{name}");
    s.send(typed.as_bytes());
    s.wait_for(&typed);
    s.signal(signal);
    assert!(s.wait_exit());
    assert_eq!(answer(&file, "title"), typed);
    s.finish_output();
    assert!(
        !s.parser.screen().alternate_screen(),
        "the terminal is given back"
    );
    reopens_at_once(home.path(), &file, &typed);
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    signal_saves_and_restores_the_terminal(Signal::TERM, "TERM");
}

#[test]
fn sighup_when_the_window_is_closed_saves_and_restores_the_terminal() {
    signal_saves_and_restores_the_terminal(Signal::HUP, "HUP");
}

#[test]
fn a_panic_keeps_the_draft_gives_the_terminal_back_and_says_so_briefly() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("p.toml");
    let mut s = Session::start_with(
        home.path(),
        &pty::new_story("ro", file.to_str().unwrap()),
        &[("POVESTITOR_TEST_PANIC_AFTER_KEYS", "8")],
        Leader::ControllingTerminal,
    );
    s.wait_for("Pasul 1 din 8");
    s.send("Cuvinte".as_bytes());
    s.wait_for("Cuvinte");
    s.send("!".as_bytes()); // the eighth key: the wizard panics right after it
    let code = s.wait_exit_code();
    assert_ne!(code, 0, "a fault is not a success");
    let screen = s.finish_output();
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
    reopens_at_once(home.path(), &file, "Cuvinte!");
}

#[test]
fn a_second_window_on_the_same_draft_is_told_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("d.toml");
    let file_arg = file.to_str().unwrap();
    let args = pty::new_story("ru", file_arg);
    let mut first = Session::start(home.path(), &args);
    first.wait_for("Шаг 1 из 8");
    first.send("Первое окно".as_bytes());
    first.wait_for("Первое окно");

    let mut second = Session::start(home.path(), &["--lang", "ru", "edit", file_arg]);
    assert_eq!(second.wait_exit_code(), 2);
    let screen = second.finish_output();
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
    let mut s = Session::start(home.path(), &pty::new_story("en", file.to_str().unwrap()));
    s.wait_for("Step 1 of 8");
    s.send("Cursor here".as_bytes());
    // The cursor is shown, right after the typed text.
    s.wait_until("the cursor after the text", |screen| {
        !screen.hide_cursor() && text_before_cursor(screen, 4) == "here"
    });
    s.send(CTRL_Q);
    assert!(s.wait_exit());
}

fn text_before_cursor(screen: &vt100::Screen, width: u16) -> String {
    let (row, col) = screen.cursor_position();
    (col.saturating_sub(width)..col)
        .filter_map(|c| screen.cell(row, c).map(|cell| cell.contents().to_string()))
        .collect()
}

#[test]
fn no_arguments_open_the_home_screen() {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start(home.path(), &["--lang", "ru"]);
    let screen = s.wait_for("Начать новую историю");
    assert!(screen.contains("Poveste de succes"), "{screen}");
    // Enter starts a new story in Documents/Povestitor.
    s.send(b"\r");
    s.wait_for("Шаг 1 из 8");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    let drafts = home.path().join("Documents/Povestitor");
    let mut names: Vec<String> = std::fs::read_dir(&drafts)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // One new draft, and its lock file, which stays (released) by design: see story/lock.rs.
    assert_eq!(
        names.len(),
        2,
        "one new draft in {}: {names:?}",
        drafts.display()
    );
    assert_eq!(names[0], format!(".{}.lock", names[1]), "{names:?}");
    assert!(lock_is_free(&drafts.join(&names[0])));
}

#[test]
fn a_new_story_over_an_existing_file_says_how_to_continue_it_in_romanian() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("deja.toml");
    std::fs::write(&file, "nu se atinge").unwrap();
    let file_arg = file.to_str().unwrap();
    let args = pty::new_story("ro", file_arg);
    let mut s = Session::start(home.path(), &args);
    assert_eq!(s.wait_exit_code(), 2);
    let screen = s.finish_output();
    assert!(screen.contains("există deja"), "{screen}");
    assert!(screen.contains("povestitor edit"), "{screen}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "nu se atinge");
    assert!(lock_is_free(&home.path().join(".deja.toml.lock")));
}

#[test]
fn demo_opens_a_copy_of_the_model_story_in_the_wizard() {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start(home.path(), &["--lang", "ro", "demo"]);
    // The status line says it is a copy; the model story is on screen.
    let screen = s.wait_for("Aceasta este o copie");
    assert!(screen.contains("Pasul 1 din 8"), "{screen}");
    assert!(screen.contains("Bunicii online"), "{screen}");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    let drafts = home.path().join("Documents/Povestitor");
    let names: Vec<String> = std::fs::read_dir(&drafts)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.ends_with(".toml") && n.contains("bunicii")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.ends_with(".png")),
        "the photo comes along: {names:?}"
    );
    // The template's own model story is untouched: the copy is what was opened.
    let original = povestitor::service::Templates::builtin().unwrap();
    assert!(original.get("success-story").unwrap().example().is_some());
}

#[test]
fn a_photo_is_chosen_from_pictures_and_copied_beside_the_draft() {
    let home = tempfile::tempdir().unwrap();
    // A Romanian system names its Pictures folder "Imagini" in the XDG user dirs file.
    let pictures = home.path().join("Imagini");
    std::fs::create_dir_all(&pictures).unwrap();
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    let user_dirs = "XDG_PICTURES_DIR=\"$HOME/Imagini\"\n";
    std::fs::write(home.path().join("config/user-dirs.dirs"), user_dirs).unwrap();
    let photo = std::fs::read("story-templates/success-story/bunicii-online.png").unwrap();
    std::fs::write(pictures.join("Lansarea-Cartii.png"), &photo).unwrap();
    std::fs::write(pictures.join("vacanta.jpg"), b"another photo").unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    let file = stories.join("poveste.toml");
    let mut s = Session::start(home.path(), &pty::new_story("ro", file.to_str().unwrap()));
    s.wait_for("Pasul 1 din 8");
    for step in 2..=7 {
        s.send(PAGE_DOWN);
        s.wait_for(&format!("Pasul {step} din 8"));
    }
    s.send(b"\r");
    s.wait_for("Alegeți fotografia");
    s.wait_for("vacanta.jpg");
    s.send(b"lansarea");
    s.wait_until("the list narrowed", |screen| {
        let text = screen.contents();
        text.contains("Lansarea-Cartii.png") && !text.contains("vacanta.jpg")
    });
    s.send(b"\r");
    s.wait_for("Fotografia este acum lângă poveste");
    s.send(CTRL_Q);
    assert!(s.wait_exit());
    let copied = stories.join("poveste-foto/Lansarea-Cartii.png");
    assert_eq!(
        std::fs::read(copied).unwrap(),
        photo,
        "copied byte for byte"
    );
    let draft = pty::draft(&file);
    assert_eq!(
        draft["answers"]["photos"][0]["path"].as_str(),
        Some("poveste-foto/Lansarea-Cartii.png")
    );
}
