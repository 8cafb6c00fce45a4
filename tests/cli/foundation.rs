//! The foundation's promises, shown by running the real binary: export, check, templates.

use crate::common::{copy_example, povestitor, stderr_of, stdout_of, template_dir};
use std::path::Path;

const LAYOUTS: [&str; 2] = ["biblio-info", "blog"];
const FORMATS: [&str; 3] = ["md", "html", "txt"];

fn export_to(home: &Path, draft: &Path, layout: &str, format: &str, out: &Path) {
    povestitor(home)
        .args([
            "export",
            draft.to_str().unwrap(),
            "--layout",
            layout,
            "--format",
            format,
            "-o",
        ])
        .arg(out)
        .assert()
        .success();
}

/// Replaces a line `key = ...` (single- or triple-quoted) of a draft with `replacement`.
fn with_answer(draft: &str, key: &str, replacement: &str) -> String {
    let start = draft.find(&format!("\n{key} = ")).expect("key present") + 1;
    let rest = &draft[start..];
    let value_start = rest.find('=').unwrap() + 2;
    let end = if rest[value_start..].starts_with("\"\"\"") {
        value_start + 3 + rest[value_start + 3..].find("\"\"\"").unwrap() + 3
    } else {
        rest.find('\n').unwrap()
    };
    format!("{}{replacement}{}", &draft[..start], &rest[end..])
}

#[test]
fn a_romanian_draft_exports_to_every_format_in_both_layouts_keeping_its_letters() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let original = std::fs::read_to_string(&draft_path).unwrap();
    let title = "Știință și țară: cărți noi în satul Bârlădeni";
    let draft = with_answer(&original, "title", &format!("title = \"{title}\""));
    std::fs::write(&draft_path, &draft).unwrap();

    let paragraphs = [
        title,
        "Se simțeau singuri și „rămași în urmă”, cum ne-a spus una dintre cititoare.",
        "Am pregătit împreună cu Liceul Teoretic „Mihai Eminescu” programul „Bunicii online”.",
    ];
    let mut articles = std::collections::BTreeMap::new();
    for layout in LAYOUTS {
        for format in FORMATS {
            let out = home.path().join(format!("{layout}.{format}"));
            export_to(home.path(), &draft_path, layout, format, &out);
            let text = std::fs::read_to_string(&out).unwrap();
            for p in paragraphs {
                // "„…”" are not HTML-special, so every format keeps them byte for byte.
                assert!(text.contains(p), "{layout}.{format} lacks {p:?}:\n{text}");
            }
            for letter in ["ă", "â", "î", "ș", "ț", "„", "”"] {
                assert!(text.contains(letter), "{layout}.{format} lost {letter}");
            }
            for q in [
                ("Maria Ciobanu", "participantă la curs, 72 de ani"),
                ("Andrei Lungu", "voluntar, elev în clasa a XI-a"),
            ] {
                assert!(
                    text.contains(q.0) && text.contains(q.1),
                    "{layout}.{format} lacks {q:?}"
                );
            }
            articles.insert((layout, format), text);
        }
    }
    for format in FORMATS {
        assert_ne!(
            articles[&("biblio-info", format)],
            articles[&("blog", format)],
            "the two layouts give the same {format}"
        );
    }
    assert!(articles[&("biblio-info", "md")].contains("## Problema"));
    assert!(!articles[&("blog", "md")].contains("## Problema"));
    assert!(articles[&("blog", "md")].contains("Vă așteptăm la bibliotecă"));
    let txt = &articles[&("biblio-info", "txt")];
    for mark in ["# ", "**", "> ", "]("] {
        assert!(
            !txt.contains(mark),
            "the text for Word keeps the Markdown mark {mark:?}:\n{txt}"
        );
    }
    assert!(
        txt.contains("\n\nProblema\n\n"),
        "paragraphs are separated by blank lines"
    );
}

#[test]
fn without_output_the_article_goes_to_stdout() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let out = povestitor(home.path())
        .args([
            "export",
            draft.to_str().unwrap(),
            "--layout",
            "blog",
            "--format",
            "md",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stdout_of(&out).starts_with("---\ntitle: \"„Bunicii online”")
            && stdout_of(&out).contains("\n---\n\n# „Bunicii online”"),
        "front matter, then the article: {}",
        stdout_of(&out)
    );
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let out = home.path().join("articol.md");
    std::fs::write(&out, "păstrat").unwrap();
    let refused = povestitor(home.path())
        .args([
            "export",
            draft.to_str().unwrap(),
            "--layout",
            "blog",
            "--format",
            "md",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr_of(&refused).contains("--force"),
        "{}",
        stderr_of(&refused)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "păstrat");
    povestitor(home.path())
        .args([
            "export",
            draft.to_str().unwrap(),
            "--layout",
            "blog",
            "--format",
            "md",
            "--force",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Bunicii online")
    );
}

#[test]
fn a_folder_output_gets_a_safe_name_from_any_title() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let original = std::fs::read_to_string(&draft_path).unwrap();
    let cases = [
        (
            "Cărți „noi” pentru Țara de Sus",
            "carti-noi-pentru-tara-de-sus.html",
        ),
        ("../../etc/passwd", "etc-passwd.html"),
        ("CON", "con-poveste.html"),
        ("a:b*c?d|e<f>g\\\\h", "a-b-c-d-e-f-g-h.html"),
        ("Читаем вместе", "chitaem-vmeste.html"),
        ("🎉🎉🎉", "poveste.html"),
    ];
    for (i, (title, expected)) in cases.iter().enumerate() {
        let draft = with_answer(&original, "title", &format!("title = \"{title}\""));
        std::fs::write(&draft_path, draft).unwrap();
        let folder = home.path().join(format!("out{i}"));
        std::fs::create_dir(&folder).unwrap();
        let target = format!("{}/", folder.display());
        povestitor(home.path())
            .args([
                "export",
                draft_path.to_str().unwrap(),
                "--layout",
                "blog",
                "--format",
                "html",
                "-o",
                &target,
            ])
            .assert()
            .success();
        let names: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".html"))
            .collect();
        assert_eq!(names, vec![expected.to_string()], "title {title:?}");
    }
}

#[test]
fn raw_html_in_answers_is_shown_not_run() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let original = std::fs::read_to_string(&draft_path).unwrap();
    let draft = with_answer(
        &original,
        "problem",
        "problem = \"\"\"\nCititorii scriau <script>alert('x')</script> și <b onclick=\"x()\">bold</b>.\n# Nu e un titlu\n\"\"\"",
    );
    std::fs::write(&draft_path, draft).unwrap();
    for standalone in [false, true] {
        let mut cmd = povestitor(home.path());
        cmd.args([
            "export",
            draft_path.to_str().unwrap(),
            "--layout",
            "biblio-info",
            "--format",
            "html",
        ]);
        if standalone {
            cmd.arg("--standalone");
        }
        let html = stdout_of(&cmd.output().unwrap());
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(
            !html.contains("<h1>Nu e un titlu"),
            "an answer added a heading:\n{html}"
        );
        assert!(html.contains("# Nu e un titlu"));
    }
}

#[test]
fn check_names_a_missing_required_step_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let complete = povestitor(home.path())
        .arg("check")
        .arg(&draft_path)
        .output()
        .unwrap();
    assert_eq!(complete.status.code(), Some(0), "{}", stdout_of(&complete));

    let original = std::fs::read_to_string(&draft_path).unwrap();
    std::fs::write(
        &draft_path,
        with_answer(&original, "result", "result = \"\""),
    )
    .unwrap();
    let missing = povestitor(home.path())
        .arg("check")
        .arg(&draft_path)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let report = stdout_of(&missing);
    assert!(
        report.contains("„Rezultatele”: lipsește răspunsul."),
        "{report}"
    );
    assert!(
        !report.contains("Problema"),
        "only what is wrong is listed:\n{report}"
    );
}

#[test]
fn check_reports_word_limits_and_incomplete_quotes_in_the_chosen_language() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let original = std::fs::read_to_string(&draft_path).unwrap();
    let draft = with_answer(&original, "title", "title = \"Bunicii\"")
        .replace("role = \"participantă la curs, 72 de ani\"", "role = \"\"");
    std::fs::write(&draft_path, &draft).unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "check"])
        .arg(&draft_path)
        .output()
        .unwrap();
    // A short title and a quote without its role can be published: warnings, exit 0.
    assert_eq!(out.status.code(), Some(0));
    let report = stdout_of(&out);
    let warnings = report.split("To check:").nth(1).unwrap_or_default();
    assert!(
        warnings.contains("“Titlul”: 1 of at least 3 words."),
        "{report}"
    );
    assert!(
        warnings.contains("“Citate”, no. 1: the role is missing."),
        "{report}"
    );

    // A quote without its author cannot: an error, exit 1.
    std::fs::write(
        &draft_path,
        draft.replace("author = \"Maria Ciobanu\"", "author = \"\""),
    )
    .unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "check"])
        .arg(&draft_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_of(&out);
    let errors = report.split("To fix:").nth(1).unwrap_or_default();
    assert!(
        errors.contains("“Citate”, no. 1: the name is missing."),
        "{report}"
    );
}

#[test]
fn an_unknown_template_lists_the_available_ones() {
    let home = tempfile::tempdir().unwrap();
    let draft_path = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&draft_path)
        .unwrap()
        .replace("template = \"success-story\"", "template = \"no-such\"");
    std::fs::write(&draft_path, text).unwrap();
    let out = povestitor(home.path())
        .arg("check")
        .arg(&draft_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("Nu există șablonul „no-such”") && err.contains("success-story"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one clear sentence:\n{err}");
}

#[test]
fn a_broken_draft_names_file_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("stricat.toml");
    std::fs::write(
        &path,
        "template = \"success-story\"\n[answers]\ntitle = \"fără sfîrșit\n",
    )
    .unwrap();
    let out = povestitor(home.path())
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("stricat.toml:3:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A copy of the built-in success-story template, for breaking it in tests.
fn template_copy(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("mine");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(template_dir("success-story")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    folder
}

#[test]
fn validate_reports_a_syntax_error_with_its_line_and_exit_1() {
    let home = tempfile::tempdir().unwrap();
    let folder = template_copy(home.path());
    let file = folder.join("template.toml");
    let mut lines: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    lines.insert(2, "= = \"oops".to_string());
    std::fs::write(&file, lines.join("\n")).unwrap();
    for target in [&folder, &file] {
        let out = povestitor(home.path())
            .args(["templates", "validate"])
            .arg(target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let report = stdout_of(&out);
        assert!(report.contains("template.toml:3:"), "{report}");
    }
}

#[test]
fn validate_reports_every_problem_at_once() {
    let home = tempfile::tempdir().unwrap();
    let folder = template_copy(home.path());
    let file = folder.join("template.toml");
    let text = std::fs::read_to_string(&file).unwrap()
        + "\n[[steps]]\nid = \"lead\"\ntitle = \"Din nou\"\nprompt = \"?\"\nkind = \"text\"\n";
    std::fs::write(&file, text).unwrap();
    let layout = folder.join("blog.md.tera");
    let broken = std::fs::read_to_string(&layout)
        .unwrap()
        .replace("{{ answers.result }}", "{{ answers.rezultat }}");
    std::fs::write(&layout, broken).unwrap();
    let out = povestitor(home.path())
        .args(["templates", "validate"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_of(&out);
    assert!(
        report.contains("the step id \"lead\" is used twice"),
        "{report}"
    );
    let layout_line = report
        .lines()
        .find(|l| l.contains("blog.md.tera:"))
        .unwrap_or_else(|| panic!("{report}"));
    let expected_line = std::fs::read_to_string(&layout)
        .unwrap()
        .lines()
        .position(|l| l.contains("answers.rezultat"))
        .unwrap()
        + 1;
    assert!(
        layout_line.contains(&format!("blog.md.tera:{expected_line}:")),
        "{layout_line}"
    );
}

#[test]
fn validate_rejects_unknown_keys_with_their_line() {
    let home = tempfile::tempdir().unwrap();
    let folder = template_copy(home.path());
    let file = folder.join("template.toml");
    let text =
        std::fs::read_to_string(&file)
            .unwrap()
            .replacen("required = true", "requierd = true", 1);
    std::fs::write(&file, &text).unwrap();
    let out = povestitor(home.path())
        .args(["templates", "validate"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let line = text
        .lines()
        .position(|l| l.starts_with("requierd"))
        .unwrap()
        + 1;
    let report = stdout_of(&out);
    assert!(
        report.contains(&format!("template.toml:{line}:")) && report.contains("requierd"),
        "{report}"
    );
}

#[test]
fn a_user_template_folder_overrides_a_builtin_and_layout_errors_name_the_file() {
    let home = tempfile::tempdir().unwrap();
    let folder = template_copy(home.path());
    let name = folder.join("template.toml");
    let text = std::fs::read_to_string(&name)
        .unwrap()
        .replace("name = \"Poveste de succes\"", "name = \"Povestea mea\"");
    std::fs::write(&name, text).unwrap();
    let list = povestitor(home.path())
        .args(["templates", "list", "--templates"])
        .arg(&folder)
        .output()
        .unwrap();
    let listed = stdout_of(&list);
    assert!(
        listed.contains("Povestea mea") && !listed.contains("Poveste de succes"),
        "{listed}"
    );

    std::fs::write(
        folder.join("blog.md.tera"),
        "# {{ answers.title }}\n{% if %}\n",
    )
    .unwrap();
    let draft = copy_example("success-story", &home.path().join("d").tap_mkdir());
    let out = povestitor(home.path())
        .args([
            "export",
            draft.to_str().unwrap(),
            "--layout",
            "blog",
            "--format",
            "md",
            "--templates",
        ])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("blog.md.tera:2:"), "{err}");
}

trait TapMkdir {
    fn tap_mkdir(self) -> Self;
}
impl TapMkdir for std::path::PathBuf {
    fn tap_mkdir(self) -> Self {
        std::fs::create_dir_all(&self).unwrap();
        self
    }
}

#[test]
fn version_and_help_speak_plainly() {
    let home = tempfile::tempdir().unwrap();
    let version = povestitor(home.path()).arg("--version").output().unwrap();
    assert!(stdout_of(&version).starts_with("povestitor "));
    let help = povestitor(home.path())
        .args(["--lang", "en", "export", "--help"])
        .output()
        .unwrap();
    let text = stdout_of(&help);
    assert!(text.contains("Turn a draft into an article"), "{text}");
    assert!(text.contains("--force"));
}

#[test]
fn errors_speak_the_interface_language() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("nu-exista.toml");
    for (lang, words) in [
        ("ro", "Nu pot citi ciorna"),
        ("en", "Cannot read the draft"),
        ("ru", "Не удаётся прочитать черновик"),
    ] {
        let out = povestitor(home.path())
            .args(["--lang", lang, "check"])
            .arg(&missing)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(
            err.contains(words) && err.contains("nu-exista.toml"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}
