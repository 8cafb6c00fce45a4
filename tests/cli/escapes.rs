//! The escape corpus: control and escape sequences (a window title, a screen clear, an OSC 8
//! link, an OSC 52 clipboard write, C1 controls, a bell) typed into every field of a draft,
//! a trainer's template and a file name, then every command that prints run on them. No raw
//! ESC, BEL or C1 control reaches any output: the commands show them (`^[`), never send them.

use std::path::{Path, PathBuf};

use crate::common::{self, copy_example, povestitor, template_dir};

/// What a draft handed over at a workshop might hold.
const PAYLOAD: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{9d}0;t\u{9c}\u{7}";

/// The payload as a TOML basic string writes it: controls as `\uXXXX`, `\` and `"` escaped.
fn toml_escaped(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\\' => "\\\\".to_string(),
            '"' => "\\\"".to_string(),
            c if c.is_control() => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

/// The model story with the payload in its title, names, a quote, a photo's caption and
/// credit, and a photo path that names a missing file with the payload in its name.
fn hostile_draft(folder: &Path, name: &str, missing_photo: bool) -> PathBuf {
    let example = copy_example("success-story", folder);
    let mut text = std::fs::read_to_string(&example).unwrap();
    std::fs::remove_file(&example).unwrap();
    let escaped = toml_escaped(PAYLOAD);
    for (from, to) in [
        ("title = \"„Bunicii", format!("title = \"{escaped}„Bunicii")),
        (
            "author = \"Valentina Popescu\"",
            format!("author = \"Valentina{escaped}\""),
        ),
        (
            "institution = \"Biblioteca",
            format!("institution = \"{escaped}Biblioteca"),
        ),
        (
            "author = \"Maria Ciobanu\"",
            format!("author = \"Maria{escaped}\""),
        ),
        (
            "credit = \"Ion Rusu\"",
            format!("credit = \"Ion{escaped}\""),
        ),
        ("caption = \"Primul", format!("caption = \"{escaped}Primul")),
        (
            "lead = \"\"\"\n",
            format!("lead = \"\"\"\n{escaped}  ,,Vai\" "),
        ),
    ] {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, &to, 1);
    }
    if missing_photo {
        text = text.replacen(
            "path = \"bunicii-online.png\"",
            &format!("path = \"poza{escaped}.png\""),
            1,
        );
    }
    let path = folder.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A trainer's template whose name, description and step titles carry the payload.
fn hostile_template(folders: &Path) -> PathBuf {
    let dir = folders.join("atelier-rau");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(template_dir("success-story")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let escaped = toml_escaped(PAYLOAD);
    let toml = std::fs::read_to_string(dir.join("template.toml")).unwrap();
    let toml = toml
        .replacen("id = \"success-story\"", "id = \"atelier-rau\"", 1)
        .replacen(
            "name = \"Poveste de succes\"",
            &format!("name = \"Rău{escaped}\""),
            1,
        )
        .replace("\ntitle = \"", &format!("\ntitle = \"{escaped}"));
    std::fs::write(dir.join("template.toml"), toml).unwrap();
    std::fs::remove_file(dir.join("example.toml")).unwrap();
    dir
}

/// The bytes a terminal would obey: ESC, BEL and the C1 controls (UTF-8 `C2 80`–`C2 9F`).
fn obeyed(bytes: &[u8]) -> Option<usize> {
    bytes.iter().enumerate().position(|(i, &b)| {
        b == 0x1b
            || b == 0x07
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

#[test]
fn no_command_sends_a_drafts_or_a_templates_escape_sequences_to_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let workshop = home.path().join("atelier");
    std::fs::create_dir_all(&workshop).unwrap();
    let draft = hostile_draft(&workshop, "poveste.toml", false);
    let broken = hostile_draft(&workshop, "fara-poza.toml", true);
    let templates = home.path().join("sabloane");
    let template = hostile_template(&templates);
    let out_dir = home.path().join("iesire");
    std::fs::create_dir_all(&out_dir).unwrap();
    let plain = home.path().join("simplu.toml");
    let (d, b, w, t, o, p) = (
        draft.to_str().unwrap(),
        broken.to_str().unwrap(),
        workshop.to_str().unwrap(),
        template.to_str().unwrap(),
        out_dir.to_str().unwrap(),
        plain.to_str().unwrap(),
    );
    let ts = templates.to_str().unwrap();
    let docx_out = format!("{o}/a.docx");

    let runs: Vec<(Vec<&str>, String)> = vec![
        (vec!["check", d], String::new()),
        (vec!["check", b], String::new()),
        (vec!["check", d, "--format", "json"], String::new()),
        (vec!["workshop", "status", w], String::new()),
        (
            vec!["workshop", "status", w, "--format", "csv"],
            String::new(),
        ),
        (
            vec!["workshop", "status", w, "--format", "json"],
            String::new(),
        ),
        (vec!["workshop", "compile", w, "-o", o], String::new()),
        (vec!["tidy", d], String::new()),
        (vec!["--templates", ts, "templates", "list"], String::new()),
        (
            vec!["--templates", ts, "templates", "show", "atelier-rau"],
            String::new(),
        ),
        (vec!["templates", "validate", t], String::new()),
        (
            vec![
                "--templates",
                ts,
                "worksheet",
                "atelier-rau",
                "--format",
                "md",
            ],
            String::new(),
        ),
        (vec!["export", d, "--format", "md"], String::new()),
        (vec!["export", d, "--format", "txt"], String::new()),
        (vec!["export", d, "--format", "html"], String::new()),
        (
            vec!["export", d, "--format", "wp", "--layout", "blog"],
            String::new(),
        ),
        (
            vec!["export", d, "--format", "docx", "-o", &docx_out],
            String::new(),
        ),
        (
            vec!["export", b, "--format", "html", "-o", o],
            String::new(),
        ),
        (
            vec![
                "--templates",
                ts,
                "new",
                "--plain",
                "--template",
                "atelier-rau",
                p,
            ],
            format!("Titlu{PAYLOAD}\n\n"),
        ),
        (vec!["edit", "--plain", d], ":check\n".to_string()),
        (vec!["--templates", ts, "check", p], String::new()),
    ];
    let mut shown: Vec<String> = Vec::new();
    for (args, input) in &runs {
        let out = povestitor(home.path())
            .args(args)
            .write_stdin(input.clone())
            .output()
            .unwrap();
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            // A Word document is a zip, not text for a terminal.
            if args.contains(&"docx") && name == "stdout" {
                continue;
            }
            if let Some(at) = obeyed(bytes) {
                let from = at.saturating_sub(60);
                panic!(
                    "{args:?}: a raw control on {name} at byte {at}: {:?}",
                    String::from_utf8_lossy(&bytes[from..(at + 20).min(bytes.len())])
                );
            }
        }
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{args:?}"
        );
        if String::from_utf8_lossy(&out.stdout).contains("^[")
            || String::from_utf8_lossy(&out.stderr).contains("^[")
        {
            shown.push(args.join(" "));
        }
    }
    // The payload was read and shown, not lost on the way (an article drops it instead).
    for command in [
        "check",
        "workshop status",
        "templates show",
        "tidy",
        "edit --plain",
    ] {
        assert!(
            shown.iter().any(|s| s.contains(command)),
            "{command} did not show the payload: {shown:?}"
        );
    }
}

/// Noncharacters and the controls XML forbids (U+FFFE and U+FFFF make Word and LibreOffice
/// refuse a document) are left out of every format; the words around them stay.
#[test]
fn what_xml_forbids_reaches_no_format() {
    let home = tempfile::tempdir().unwrap();
    let example = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&example).unwrap();
    let forbidden = "\\uFFFE\\uFFFF\\u0001\\u000B\\u0085\\uFDD0\\U0001FFFE";
    let text = text
        .replacen(
            "title = \"„Bunicii",
            &format!("title = \"Noi{forbidden}„Bunicii"),
            1,
        )
        .replacen(
            "author = \"Valentina",
            &format!("author = \"{forbidden}Valentina"),
            1,
        )
        .replacen(
            "caption = \"Primul",
            &format!("caption = \"{forbidden}Primul"),
            1,
        );
    std::fs::write(&example, text).unwrap();
    let bad = |c: char| {
        let n = u32::from(c);
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || (0xFDD0..=0xFDEF).contains(&n)
            || n & 0xFFFE == 0xFFFE
    };
    for format in ["md", "html", "txt", "wp", "docx"] {
        for layout in ["biblio-info", "blog"] {
            let out_path = home.path().join(format!("{layout}.{format}"));
            let out = povestitor(home.path())
                .args([
                    "export",
                    example.to_str().unwrap(),
                    "--format",
                    format,
                    "--layout",
                    layout,
                    "-o",
                ])
                .arg(&out_path)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", common::stderr_of(&out));
            let texts: Vec<String> = if format == "docx" {
                let file = std::fs::File::open(&out_path).unwrap();
                let mut zip = zip::ZipArchive::new(file).unwrap();
                (0..zip.len())
                    .filter_map(|i| {
                        let mut part = zip.by_index(i).unwrap();
                        let mut s = String::new();
                        std::io::Read::read_to_string(&mut part, &mut s)
                            .ok()
                            .map(|_| s)
                    })
                    .collect()
            } else {
                vec![std::fs::read_to_string(&out_path).unwrap()]
            };
            let all = texts.concat();
            assert!(!all.chars().any(bad), "{layout} {format}");
            assert!(all.contains("Valentina"), "{layout} {format}");
        }
    }
}
