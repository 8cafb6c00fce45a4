//! `povestitor copy` where no clipboard can be reached and the output is no terminal (a
//! pipe, a script): one sentence naming the file the article was put in instead, exit 1,
//! and the file holds the article's plain text; an existing file is never replaced.

use crate::common::{copy_example, povestitor, stderr_of, stdout_of};

#[test]
fn without_a_clipboard_or_a_terminal_the_article_goes_to_a_file_it_names() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story-ru", home.path());
    let run = || {
        povestitor(home.path())
            .args(["--lang", "en", "copy"])
            .arg(&draft)
            .args(["--layout", "facebook"])
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap()
    };
    let out = run();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty(), "no OSC 52 into a pipe");
    let said = stderr_of(&out);
    let first = said.lines().next().unwrap();
    assert!(
        first
            .starts_with("No clipboard can be reached here (there is no graphical session): open "),
        "{said}"
    );
    let path = first
        .split("open ")
        .nth(1)
        .and_then(|rest| rest.split(", where").next())
        .unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let export = povestitor(home.path())
        .arg("export")
        .arg(&draft)
        .args(["--layout", "facebook", "--format", "txt"])
        .output()
        .unwrap();
    assert_eq!(text, stdout_of(&export).trim_end());
    assert!(text.contains("#Бельцы"), "{text}");
    // The social post's cut is said too.
    assert!(said.contains("See more"), "{said}");

    // Again: a second file beside the first, which stays as it was.
    let again = run();
    assert_eq!(again.status.code(), Some(1));
    let second = stderr_of(&again);
    assert!(second.contains("(2).txt"), "{second}");
    assert_eq!(std::fs::read_to_string(path).unwrap(), text);
}

#[test]
fn copy_names_a_layout_that_does_not_exist() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let out = povestitor(home.path())
        .args(["--lang", "en", "copy"])
        .arg(&draft)
        .args(["--layout", "instagram"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = stderr_of(&out);
    assert!(
        said.contains("instagram") && said.contains("facebook"),
        "{said}"
    );
}
