//! `povestitor worksheet`: every built-in template's hand-out shows each step's prompt and
//! example in Markdown, HTML and DOCX (read back from its XML, and with pandoc when it is
//! installed), with ruled lines to write on and A4 pages in Word.

use std::path::Path;

use crate::common::{self, povestitor, stderr_of, stdout_of, template_dir};
use crate::export_common::{Docx, assert_well_formed};
use crate::workshop_common::{pandoc_available, pandoc_plain};

/// The built-in templates, as `templates list` gives them.
fn template_ids(home: &Path) -> Vec<String> {
    let out = povestitor(home)
        .args(["templates", "list"])
        .output()
        .unwrap();
    let ids: Vec<String> = stdout_of(&out)
        .lines()
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(ids.len() >= 3, "{ids:?}");
    ids
}

/// Each step's (prompt, example), whitespace folded.
fn steps(id: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(template_dir(id).join("template.toml")).unwrap();
    let template: toml::Table = text.parse().unwrap();
    let fold = |v: &toml::Value| {
        v.as_str()
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    template["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| (fold(&step["prompt"]), fold(&step["example"])))
        .collect()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn worksheet(home: &Path, id: &str, format: &str, out: Option<&Path>) -> std::process::Output {
    let mut cmd = povestitor(home);
    cmd.args([
        "--lang",
        "en",
        "worksheet",
        "--template",
        id,
        "--format",
        format,
    ]);
    if let Some(out) = out {
        cmd.arg("-o").arg(out);
    }
    cmd.output().unwrap()
}

#[test]
fn every_template_has_a_worksheet_with_every_prompt_and_example_in_each_format() {
    let home = tempfile::tempdir().unwrap();
    let pandoc = pandoc_available();
    for id in template_ids(home.path()) {
        let steps = steps(&id);
        assert!(steps.len() >= 5, "{id}: {steps:?}");

        let out = worksheet(home.path(), &id, "md", None);
        assert_eq!(out.status.code(), Some(0), "{id}: {}", stderr_of(&out));
        // Markdown escapes what would be markup; the text is the same without the escapes.
        let md = stdout_of(&out).replace('\\', "");
        for (prompt, example) in &steps {
            assert!(md.contains(prompt.as_str()), "{id}: no {prompt:?} in\n{md}");
            assert!(
                md.contains(example.as_str()),
                "{id}: no {example:?} in\n{md}"
            );
        }

        let out = worksheet(home.path(), &id, "html", None);
        assert_eq!(out.status.code(), Some(0), "{id}: {}", stderr_of(&out));
        let html = stdout_of(&out);
        assert_well_formed(&html);
        for (prompt, example) in &steps {
            assert!(html.contains(&escape_html(prompt)), "{id}: no {prompt:?}");
            assert!(html.contains(&escape_html(example)), "{id}: no {example:?}");
        }
        assert!(html.matches("<div class=\"line\">").count() >= 2 * steps.len());

        let path = home.path().join(format!("{id}.docx"));
        let out = worksheet(home.path(), &id, "docx", Some(&path));
        assert_eq!(out.status.code(), Some(0), "{id}: {}", stderr_of(&out));
        let mut docx = Docx::open(std::fs::read(&path).unwrap());
        let document = docx.part("word/document.xml");
        let text: String = docx
            .paragraphs()
            .iter()
            .map(|p| p.text.clone())
            .collect::<Vec<_>>()
            .join("\n");
        for (prompt, example) in &steps {
            assert!(text.contains(prompt.as_str()), "{id}: no {prompt:?}");
            assert!(text.contains(example.as_str()), "{id}: no {example:?}");
        }
        assert!(
            document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""),
            "{id}: A4"
        );
        // Ruled lines: paragraphs with a bottom border, at least two per step.
        let ruled = document.matches("<w:pBdr><w:bottom ").count();
        assert!(ruled >= 2 * steps.len(), "{id}: {ruled} ruled lines");
        // Each step is a table row that may not be split across pages, its heading and its
        // lines in it, so a step is not split when it fits on a page.
        let rows: Vec<&str> = document.split("<w:tr>").skip(1).collect();
        assert_eq!(rows.len(), steps.len(), "{id}: a row per step");
        for row in rows {
            assert!(row.contains("<w:cantSplit />"), "{id}: {row}");
            assert!(
                row.contains("<w:pStyle w:val=\"Heading1\" />"),
                "{id}: {row}"
            );
            assert!(
                row.matches("<w:pBdr><w:bottom ").count() >= 2,
                "{id}: {row}"
            );
        }
        if pandoc {
            let plain = pandoc_plain(&path)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for (prompt, _) in &steps {
                assert!(
                    plain.contains(prompt.as_str()),
                    "{id}: pandoc lacks {prompt:?}"
                );
            }
        }
    }
}

#[test]
fn the_words_around_the_steps_follow_the_template_language() {
    let home = tempfile::tempdir().unwrap();
    let out = worksheet(home.path(), "success-story", "md", None);
    let md = stdout_of(&out);
    assert!(md.contains("Exemplu:") && md.contains("Sfaturi:"), "{md}");
    let out = worksheet(home.path(), "success-story-en", "md", None);
    let md = stdout_of(&out);
    assert!(md.contains("Example:") && md.contains("Tips:"), "{md}");
}

#[test]
fn a_worksheet_file_is_replaced_only_with_force_and_an_unknown_template_is_named() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("fisa.md");
    std::fs::write(&path, "de păstrat").unwrap();
    let out = worksheet(home.path(), "success-story", "md", Some(&path));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "de păstrat");
    let mut cmd = povestitor(home.path());
    let out = cmd
        .args([
            "--lang",
            "en",
            "worksheet",
            "-t",
            "success-story",
            "-f",
            "md",
            "--force",
            "-o",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# Poveste de succes")
    );

    let out = worksheet(home.path(), "nu-exista", "md", None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("nu-exista"), "{}", stderr_of(&out));
}

/// The worksheet as LibreOffice prints it (to PDF, read back by `pdftotext -bbox`): no step's
/// heading is left at the bottom of a page while its writing lines go on to the next. The
/// ruled lines are the only thing on the sheet that is not text, so a page whose first text
/// stands well below the top margin begins with lines parted from their step.
#[test]
fn libreoffice_prints_each_step_with_its_lines() {
    if !common::libreoffice_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("fisa.docx");
    // No --format: the file's extension says Word.
    let out = povestitor(home.path())
        .args(["worksheet", "-t", "success-story", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let pdf = common::rendered_pdf(&path, &home.path().join("lo-profile"));
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    let number = |word: &str, key: &str| -> f64 {
        let at = word.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        word[at..word[at..].find('"').unwrap() + at]
            .parse()
            .unwrap()
    };
    let pages: Vec<&str> = html.split("<page ").skip(1).collect();
    let mut headings = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let words: Vec<&str> = page.split("<word ").skip(1).collect();
        let first = words
            .first()
            .unwrap_or_else(|| panic!("page {} holds only lines", n + 1));
        // The top margin is 2.5 cm (71 pt); a heading adds 18 pt of space above it.
        let top = number(first, "yMin");
        assert!(
            top < 100.0,
            "page {} starts {top:.0} pt down: the lines above it belong to the step before",
            n + 1
        );
        headings.extend(
            words
                .iter()
                .filter(|w| number(w, "xMin") < 80.0)
                .filter_map(|w| w.split('>').nth(1)?.split('<').next())
                .filter(|t| t.ends_with('.') && t[..t.len() - 1].parse::<u8>().is_ok())
                .map(str::to_string),
        );
    }
    let steps = steps("success-story").len();
    assert_eq!(
        headings,
        (1..=steps).map(|n| format!("{n}.")).collect::<Vec<_>>(),
        "every step is printed"
    );
}
