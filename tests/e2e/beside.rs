//! Commands that change a draft, run while the same draft is open in the wizard (the real
//! binary in a pseudo-terminal): they take the draft's lock, so they refuse in one sentence
//! and change nothing, instead of saving what the wizard's next autosave would undo.

use crate::common;
use crate::pty::{self, CTRL_Q, Session, answer};

#[test]
fn tidy_apply_waits_for_the_wizard_to_close_and_then_keeps_its_fixes() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("poveste.toml");
    let file_arg = file.to_str().unwrap();
    let mut s = Session::start(home.path(), &pty::new_story("ro", file_arg));
    s.wait_for("Pasul 1 din 8");
    // Straight quotes and a cedilla: both are what `tidy` fixes.
    let typed = "Clubul \"Lectura\" la Bălţi";
    s.send(typed.as_bytes());
    s.wait_until("the autosave", |screen| {
        let text = screen.contents();
        text.contains("Lectura") && text.contains("✓ salvat")
    });
    assert_eq!(answer(&file, "title"), typed);

    let out = common::povestitor(home.path())
        .args(["tidy", "--apply", file_arg])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr_of(&out);
    assert!(err.contains("deja deschisă"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(
        answer(&file, "title"),
        typed,
        "nothing changed under the wizard"
    );

    // Looking without applying is always possible.
    let look = common::povestitor(home.path())
        .args(["tidy", file_arg])
        .output()
        .unwrap();
    assert!(look.status.success(), "{}", common::stderr_of(&look));
    assert!(common::stdout_of(&look).contains("„Lectura”"));

    s.send(CTRL_Q);
    assert!(s.wait_exit());
    let out = common::povestitor(home.path())
        .args(["tidy", "--apply", file_arg])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    assert_eq!(answer(&file, "title"), "Clubul „Lectura” la Bălți");

    // The next window opens the fixed text and saves it as it is.
    let mut again = Session::start(home.path(), &["--lang", "ro", "edit", file_arg]);
    again.wait_for("Clubul „Lectura” la Bălți");
    again.send(CTRL_Q);
    assert!(again.wait_exit());
    assert_eq!(answer(&file, "title"), "Clubul „Lectura” la Bălți");
}
