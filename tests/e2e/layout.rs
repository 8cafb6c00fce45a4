//! A trainer's layout that runs without end, previewed in the wizard: the preview is
//! rendered off the loop, so the wizard goes on answering keys and saving while it runs,
//! says the layout took too long once its time is spent, and a closed window, SIGTERM or
//! Ctrl+Q still save the words and end the process at once, the render's thread with it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::pty::{CTRL_Q, Leader, Session, answer};

/// The issue's promise: the program is gone within two seconds.
const EXIT_WITHIN: Duration = Duration::from_secs(2);

const F2: &[u8] = b"\x1bOQ";
const RIGHT: &[u8] = b"\x1b[C";
const ESC: &[u8] = b"\x1b";

/// Loops inside one expression, which no budget call interrupts: 10^10 turns, so only the
/// clock ends the render, and its thread runs on after it is abandoned.
const ENDLESS: &str = "# {{ answers.title }}\n\n{% set_global s = \"ab\" %}{% for i in range(end=16) %}{% set_global s = s ~ s %}{% endfor %}\n{{ [0 for d in s if [c for c in s if false]] | length }}\n";

/// Loops inside one expression that build a list of lists: the abandoned render grows
/// until the program ends.
const GROWING: &str = "# {{ answers.title }}\n\n{% set_global s = \"ab\" %}{% for i in range(end=16) %}{% set_global s = s ~ s %}{% endfor %}\n{{ [[c for c in s] for d in s] | length }}\n";

/// A template in `home/templates/t` whose first layout is plain and whose second never
/// ends, and a draft of it; returns the draft's path.
fn endless_template(home: &Path) -> PathBuf {
    template_with(home, ENDLESS)
}

fn template_with(home: &Path, endless: &str) -> PathBuf {
    let folder = home.join("templates").join("t");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("template.toml"),
        "id = \"t\"\nname = \"T\"\nlanguage = \"en\"\n\n\
         [[layouts]]\nid = \"plain\"\nname = \"Plain\"\nfile = \"plain.md.tera\"\n\n\
         [[layouts]]\nid = \"endless\"\nname = \"Endless\"\nfile = \"endless.md.tera\"\n\n\
         [[steps]]\nid = \"title\"\ntitle = \"Title\"\nprompt = \"The story's title.\"\nkind = \"line\"\n\n\
         [[steps]]\nid = \"lead\"\ntitle = \"Lead\"\nprompt = \"The lead.\"\nkind = \"text\"\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("plain.md.tera"),
        "# PLAIN {{ answers.title }}\n",
    )
    .unwrap();
    std::fs::write(folder.join("endless.md.tera"), endless).unwrap();
    let draft = home.join("story.toml");
    std::fs::write(
        &draft,
        "schema_version = 1\ntemplate = \"t\"\n\n[answers]\ntitle = \"Start\"\n",
    )
    .unwrap();
    draft
}

/// The wizard on the endless layout's preview, back on the first step with `typed` on the
/// screen (and not yet saved) while the render runs.
fn typing_while_the_endless_layout_renders(home: &Path, draft: &Path, typed: &str) -> Session {
    typing_while_rendering(home, draft, typed, &[])
}

fn typing_while_rendering(home: &Path, draft: &Path, typed: &str, env: &[(&str, &str)]) -> Session {
    let templates = home.join("templates");
    let args = [
        "--lang",
        "en",
        "--templates",
        templates.to_str().unwrap(),
        "edit",
        draft.to_str().unwrap(),
    ];
    let mut s = Session::start_with(home, &args, env, Leader::ControllingTerminal);
    s.wait_for("Step 1 of 2");
    s.send(F2);
    s.wait_for("PLAIN Start");
    s.send(RIGHT);
    s.wait_for("Preparing the preview");
    s.send(ESC);
    s.wait_for("Step 1 of 2");
    s.send(typed.as_bytes());
    // On screen while the render runs: the loop answers keys.
    s.wait_for(typed);
    s
}

#[test]
fn a_closed_window_while_a_layout_runs_saves_the_words_and_ends_the_process() {
    let home = tempfile::tempdir().unwrap();
    let draft = endless_template(home.path());
    let typed = " and more words";
    let mut s = typing_while_the_endless_layout_renders(home.path(), &draft, typed);
    let closed = Instant::now();
    s.close_terminal();
    s.wait_exit_within(EXIT_WITHIN);
    assert!(closed.elapsed() < EXIT_WITHIN);
    assert!(
        answer(&draft, "title").contains(typed.trim()),
        "{}",
        answer(&draft, "title")
    );
}

#[test]
fn sigterm_while_a_layout_runs_saves_the_words_and_ends_the_process() {
    let home = tempfile::tempdir().unwrap();
    let draft = endless_template(home.path());
    let typed = " typed before the signal";
    let s = typing_while_the_endless_layout_renders(home.path(), &draft, typed);
    s.signal(rustix::process::Signal::TERM);
    let mut s = s;
    s.wait_exit_within(EXIT_WITHIN);
    assert!(
        answer(&draft, "title").contains(typed.trim()),
        "{}",
        answer(&draft, "title")
    );
}

#[test]
fn the_preview_abandons_a_layout_out_of_time_and_the_wizard_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let draft = endless_template(home.path());
    let templates = home.path().join("templates");
    let args = [
        "--lang",
        "en",
        "--templates",
        templates.to_str().unwrap(),
        "edit",
        draft.to_str().unwrap(),
    ];
    let mut s = Session::start_with(home.path(), &args, &[], Leader::ControllingTerminal);
    s.wait_for("Step 1 of 2");
    s.send(F2);
    s.wait_for("PLAIN Start");
    s.send(RIGHT);
    let screen = s.wait_for("took too long");
    assert!(screen.contains("endless.md.tera:3:"), "{screen}");
    // The first layout still renders, and the story is still written and saved.
    s.send(RIGHT);
    s.wait_for("PLAIN Start");
    s.send(ESC);
    s.wait_for("Step 1 of 2");
    let typed = " after the abandoned render";
    s.send(typed.as_bytes());
    s.wait_for(typed);
    s.send(CTRL_Q);
    // The abandoned render still runs on its thread: quitting ends it with the process.
    let exit = s.wait_exit_within(EXIT_WITHIN);
    assert_eq!(exit.code, Some(0));
    assert!(
        answer(&draft, "title").contains(typed.trim()),
        "{}",
        answer(&draft, "title")
    );
}

#[test]
fn an_abandoned_layout_that_keeps_growing_ends_the_wizard_with_the_words_saved() {
    let home = tempfile::tempdir().unwrap();
    let draft = template_with(home.path(), GROWING);
    let typed = " kept when the layout grew";
    // 1 GB in the program; 200 MB here, so that a debug build gets there soon.
    let env = [("POVESTITOR_TEST_RUNAWAY_MEMORY_MB", "200")];
    let mut s = typing_while_rendering(home.path(), &draft, typed, &env);
    // Nothing is pressed: the wizard ends by itself once the render it left behind holds
    // more than the limit.
    let exit = s.wait_exit_within(Duration::from_secs(60));
    assert_eq!(exit.code, Some(0));
    let said = s.finish_output();
    assert!(said.contains("more than 200 MB"), "{said}");
    assert!(
        answer(&draft, "title").contains(typed.trim()),
        "{}",
        answer(&draft, "title")
    );
}

#[test]
fn an_export_through_a_layout_out_of_time_leaves_the_wizard_answering_and_says_why() {
    let home = tempfile::tempdir().unwrap();
    let draft = endless_template(home.path());
    let templates = home.path().join("templates");
    let args = [
        "--lang",
        "en",
        "--templates",
        templates.to_str().unwrap(),
        "edit",
        draft.to_str().unwrap(),
    ];
    let mut s = Session::start_with(home.path(), &args, &[], Leader::ControllingTerminal);
    s.wait_for("Step 1 of 2");
    s.send(b"\x1b[15~"); // F5
    s.wait_for("Export the article");
    // The endless layout, then Enter: the article is written off the loop.
    s.send(RIGHT);
    s.wait_for("Endless");
    s.send(b"\r");
    s.wait_for("Writing the article");
    s.send(ESC);
    s.wait_for("Step 1 of 2");
    let typed = " while the export runs";
    s.send(typed.as_bytes());
    s.wait_for(typed);
    // The status row holds the start of the message: the layout's file (the rest, that it
    // took longer than 2 s, is past the 80 columns).
    let screen = s.wait_for("could not be written");
    assert!(screen.contains("templates/t/endless.md.tera"), "{screen}");
    s.send(CTRL_Q);
    let exit = s.wait_exit_within(EXIT_WITHIN);
    assert_eq!(exit.code, Some(0));
    assert!(
        answer(&draft, "title").contains(typed.trim()),
        "{}",
        answer(&draft, "title")
    );
    assert!(!home.path().join("start.md").exists());
}
