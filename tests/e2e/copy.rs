//! `povestitor copy` where no system clipboard can be reached (no DISPLAY, no
//! WAYLAND_DISPLAY, as in an SSH session) and its output is a terminal: the article goes to
//! the terminal's own clipboard sequence, OSC 52, as plain text in base64; the sentence
//! says so. The real binary in a pseudo-terminal.

use base64::Engine;

use crate::common;
use crate::pty::{Leader, Session};

#[test]
fn without_a_clipboard_the_terminal_gets_the_article_through_osc_52() {
    let home = tempfile::tempdir().unwrap();
    let draft = common::copy_example("success-story", home.path());
    let draft = draft.to_str().unwrap();
    let mut s = Session::start_with(
        home.path(),
        &["--lang", "en", "copy", draft, "--layout", "blog"],
        &[("DISPLAY", ""), ("WAYLAND_DISPLAY", "")],
        Leader::ControllingTerminal,
    );
    let code = s.wait_exit_code();
    let screen = s.finish_output();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("sent to the terminal") && screen.contains("Ctrl+V"),
        "{screen}"
    );

    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    let start = raw
        .find("\x1b]52;c;")
        .unwrap_or_else(|| panic!("an OSC 52 sequence in {raw:?}"))
        + "\x1b]52;c;".len();
    let end = start
        + raw[start..]
            .find('\x07')
            .expect("the sequence ends with BEL");
    let copied = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .expect("base64");
    let copied = String::from_utf8(copied).unwrap();

    // The plain text an export to txt makes of the same layout.
    let txt = common::povestitor(home.path())
        .args(["export", draft, "--layout", "blog", "--format", "txt"])
        .output()
        .unwrap();
    assert_eq!(copied, common::stdout_of(&txt).trim_end());
    assert!(copied.starts_with("„Bunicii online”"), "{copied}");
    assert!(!copied.contains("**"), "{copied}");
}
