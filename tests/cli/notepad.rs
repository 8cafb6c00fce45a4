//! Files written with Windows' Notepad: a byte order mark and `\r\n` line ends, in a draft,
//! a template, its layouts and the configuration. They read as if neither were there, nothing
//! made from them carries a `\r` or a mark, and a draft saved back keeps the line ends it had.

use std::path::Path;

use crate::common::{povestitor, stderr_of, stdout_of, template_dir};

/// `text` as Notepad saves it.
fn notepad(text: &str) -> Vec<u8> {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(text.replace('\n', "\r\n").into_bytes());
    bytes
}

fn copy_as_notepad(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let text_file = [".toml", ".tera"]
            .iter()
            .any(|e| name.to_string_lossy().ends_with(e));
        let bytes = match text_file {
            true => notepad(std::str::from_utf8(&bytes).unwrap()),
            false => bytes,
        };
        std::fs::write(to.join(name), bytes).unwrap();
    }
}

#[test]
fn a_draft_from_notepad_is_read_and_saved_back_with_its_line_ends() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("atelier");
    copy_as_notepad(&template_dir("success-story"), &dir);
    let draft = dir.join("example.toml");
    // A cedilla for tidy to fix.
    let text = String::from_utf8(std::fs::read(&draft).unwrap()).unwrap();
    std::fs::write(&draft, text.replacen("din Bălți să", "din Bălţi să", 1)).unwrap();

    let out = povestitor(home.path())
        .args(["check", draft.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).contains("sedilă"),
        "{}{}",
        stdout_of(&out),
        stderr_of(&out)
    );

    let out = povestitor(home.path())
        .args(["tidy", "--apply", draft.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let saved = std::fs::read(&draft).unwrap();
    assert!(saved.starts_with(b"\xef\xbb\xbf"), "the mark is kept");
    let saved = String::from_utf8(saved).unwrap();
    assert!(saved.contains("din Bălți să"), "the fix is saved");
    let lines = saved.matches('\n').count();
    assert_eq!(
        saved.matches("\r\n").count(),
        lines,
        "every line end stays \\r\\n"
    );
    assert!(!saved.contains("\r\r"));
}

#[test]
fn a_template_and_a_configuration_from_notepad_read_as_if_typed_anywhere() {
    let home = tempfile::tempdir().unwrap();
    let templates = home.path().join("sabloane");
    copy_as_notepad(&template_dir("success-story"), &templates.join("notepad"));
    let folder = templates.join("notepad");
    let toml = String::from_utf8(std::fs::read(folder.join("template.toml")).unwrap()).unwrap();
    std::fs::write(
        folder.join("template.toml"),
        toml.replacen("id = \"success-story\"", "id = \"notepad\"", 1),
    )
    .unwrap();
    let example = folder.join("example.toml");
    let draft = String::from_utf8(std::fs::read(&example).unwrap()).unwrap();
    std::fs::write(
        &example,
        draft.replacen("template = \"success-story\"", "template = \"notepad\"", 1),
    )
    .unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        notepad("author = \"Ana Rusu\"\nlayout = \"blog\"\n"),
    )
    .unwrap();

    let out = povestitor(home.path())
        .args(["templates", "validate", folder.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        stdout_of(&out),
        stderr_of(&out)
    );

    let out = povestitor(home.path())
        .env("POVESTITOR_CONFIG", &config)
        .args(["config", "show"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("Ana Rusu"), "{}", stdout_of(&out));

    for format in ["md", "html", "txt", "wp"] {
        let out = povestitor(home.path())
            .env("POVESTITOR_CONFIG", &config)
            .args(["--templates", templates.to_str().unwrap(), "export"])
            .arg(&example)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr_of(&out));
        let article = stdout_of(&out);
        assert!(article.contains("Bunicii online"), "{format}");
        assert!(
            !article.contains('\r'),
            "{format}: a \\r reached the article"
        );
        assert!(
            !article.contains('\u{feff}'),
            "{format}: the mark reached the article"
        );
    }
}
