//! The built-in templates, checked through the real binary: each one validates, is listed,
//! and its model story passes `check`, exports in every layout and format, and reads well
//! even when only the required steps are answered.

use std::path::{Path, PathBuf};

use crate::common::{self, povestitor};
use toml::{Table, Value};

const FORMATS: [&str; 3] = ["md", "html", "txt"];

/// The templates the program must ship; others may be added, none may go missing.
const EXPECTED: [&str; 4] = [
    "success-story",
    "success-story-en",
    "success-story-ru",
    "most-significant-change",
];

fn templates_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("story-templates")
}

/// The ids (folder names) of every built-in template, sorted.
fn builtin_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(templates_root())
        .expect("story-templates/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("template.toml").is_file())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

fn read_toml(path: &Path) -> Table {
    let text = std::fs::read_to_string(path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn template_toml(id: &str) -> Table {
    read_toml(&templates_root().join(id).join("template.toml"))
}

fn tables<'a>(table: &'a Table, key: &str) -> impl Iterator<Item = &'a Table> {
    table
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_table)
}

fn str_of<'a>(table: &'a Table, key: &str) -> &'a str {
    table.get(key).and_then(Value::as_str).unwrap_or("")
}

fn layout_ids(id: &str) -> Vec<String> {
    tables(&template_toml(id), "layouts")
        .map(|l| str_of(l, "id").to_string())
        .collect()
}

/// Copies a built-in template's files (its example draft and photos) into `dir`.
fn copy_template(id: &str, dir: &Path) -> PathBuf {
    for entry in std::fs::read_dir(templates_root().join(id)).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    dir.join("example.toml")
}

fn export(home: &Path, draft: &Path, layout: &str, format: &str) -> String {
    let output = povestitor(home)
        .arg("export")
        .arg(draft)
        .args(["--layout", layout, "--format", format])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "export {} --layout {layout} --format {format} failed:\n{}",
        draft.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the article is UTF-8")
}

/// Spaces and quotation marks as typography may set them, made plain for comparing.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{a0}' | '\u{202f}' => ' ',
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect()
}

/// Words as `povestitor check` counts them: letters or digits, inner - and ' kept.
fn word_count(text: &str) -> usize {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn is_heading(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

/// Headings with nothing under them, and lines of bare emphasis marks (`**`, `* *`).
fn layout_leftovers(markdown: &str) -> Vec<String> {
    let lines: Vec<&str> = markdown.lines().map(str::trim_end).collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if is_heading(line) {
            let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
            match next {
                None => found.push(format!("heading at the end: {line}")),
                Some(next) if is_heading(next) => {
                    found.push(format!("empty heading: {line} (followed by {next})"))
                }
                Some(_) => {}
            }
        }
        let bare = !line.trim().is_empty()
            && line.trim() != ">"
            && line.chars().all(|c| matches!(c, '*' | '_' | ' ' | '>'));
        if bare {
            found.push(format!("empty emphasis: {line:?}"));
        }
    }
    found
}

#[test]
fn the_expected_templates_are_built_in() {
    let ids = builtin_ids();
    for id in EXPECTED {
        assert!(ids.iter().any(|i| i == id), "{id} is missing from {ids:?}");
    }
}

#[test]
fn every_builtin_template_validates() {
    let home = tempfile::tempdir().unwrap();
    for id in builtin_ids() {
        let output = povestitor(home.path())
            .args(["templates", "validate"])
            .arg(templates_root().join(&id))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{id} does not validate:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let template = template_toml(&id);
        assert_eq!(str_of(&template, "id"), id, "the folder is named by the id");
        assert!(!layout_ids(&id).is_empty(), "{id} has layouts");
    }
}

#[test]
fn templates_list_names_every_builtin_template() {
    let home = tempfile::tempdir().unwrap();
    let output = povestitor(home.path())
        .args(["templates", "list"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let listed = String::from_utf8(output.stdout).unwrap();
    for id in builtin_ids() {
        let name = str_of(&template_toml(&id), "name").to_string();
        assert!(
            listed
                .lines()
                .any(|l| l.split_whitespace().next() == Some(id.as_str()) && l.contains(&name)),
            "{id} ({name}) is not listed:\n{listed}"
        );
    }
}

#[test]
fn every_example_story_passes_check() {
    let home = tempfile::tempdir().unwrap();
    for id in builtin_ids() {
        let dir = tempfile::tempdir().unwrap();
        let draft = copy_template(&id, dir.path());
        let output = povestitor(home.path())
            .arg("check")
            .arg(&draft)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "the example of {id} does not pass check:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

#[test]
fn every_example_story_is_a_complete_model() {
    for id in builtin_ids() {
        let template = template_toml(&id);
        let example = read_toml(&templates_root().join(&id).join("example.toml"));
        assert_eq!(str_of(&example, "template"), id);
        let meta = example["meta"].as_table().expect("the example has [meta]");
        for key in ["author", "institution", "date"] {
            assert!(!str_of(meta, key).is_empty(), "{id}: meta.{key} is empty");
        }
        let answers = example["answers"].as_table().expect("[answers]");
        let mut words = 0;
        for step in tables(&template, "steps") {
            let step_id = str_of(step, "id");
            match str_of(step, "kind") {
                "line" | "text" => {
                    let text = str_of(answers, step_id);
                    assert!(!text.trim().is_empty(), "{id}: {step_id} is not answered");
                    words += word_count(text);
                }
                "quotes" => {
                    let quotes: Vec<&Table> = tables(answers, step_id).collect();
                    assert!((1..=3).contains(&quotes.len()), "{id}: 1–3 quotes");
                    for q in quotes {
                        for field in ["text", "author", "role"] {
                            assert!(!str_of(q, field).is_empty(), "{id}: a quote lacks {field}");
                        }
                        words += word_count(str_of(q, "text"));
                    }
                }
                "photos" => {
                    let photos: Vec<&Table> = tables(answers, step_id).collect();
                    assert!(!photos.is_empty(), "{id}: the example shows a photo");
                    for p in photos {
                        let path = templates_root().join(&id).join(str_of(p, "path"));
                        let bytes = std::fs::read(&path)
                            .unwrap_or_else(|_| panic!("{id}: {} is missing", path.display()));
                        assert!(bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xff\xd8"));
                        assert!(
                            !str_of(p, "caption").is_empty() && !str_of(p, "credit").is_empty()
                        );
                    }
                }
                other => panic!("{id}: unknown kind {other}"),
            }
        }
        assert!(
            (300..=500).contains(&words),
            "{id}: the model story has {words} words; a success story has 300–500"
        );
    }
}

#[test]
fn every_example_exports_in_every_layout_and_format_with_its_title() {
    let home = tempfile::tempdir().unwrap();
    for id in builtin_ids() {
        let dir = tempfile::tempdir().unwrap();
        let draft = copy_template(&id, dir.path());
        let example = read_toml(&draft);
        let title = plain(str_of(example["answers"].as_table().unwrap(), "title").trim());
        let layouts = layout_ids(&id);
        let mut articles = Vec::new();
        for layout in &layouts {
            for format in FORMATS {
                let article = plain(&export(home.path(), &draft, layout, format));
                assert!(
                    article.contains(&title),
                    "{id}/{layout}/{format} lacks the title {title:?}:\n{article}"
                );
                if format == "md" {
                    assert_eq!(
                        layout_leftovers(&article),
                        Vec::<String>::new(),
                        "{id}/{layout}"
                    );
                    articles.push(article);
                }
            }
        }
        articles.dedup();
        assert_eq!(
            articles.len(),
            layouts.len(),
            "{id}: layouts give different articles"
        );
    }
}

#[test]
fn a_story_with_only_required_steps_leaves_no_empty_headings() {
    let home = tempfile::tempdir().unwrap();
    for id in builtin_ids() {
        let template = template_toml(&id);
        let optional: Vec<&str> = tables(&template, "steps")
            .filter(|s| !s.get("required").and_then(Value::as_bool).unwrap_or(false))
            .map(|s| str_of(s, "id"))
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let example = copy_template(&id, dir.path());
        let mut draft = read_toml(&example);
        let answers = draft["answers"].as_table_mut().unwrap();
        for step in &optional {
            answers.remove(*step);
        }
        let with_meta = dir.path().join("required.toml");
        std::fs::write(&with_meta, toml::to_string(&draft).unwrap()).unwrap();
        // And without author, institution or date: bylines must vanish cleanly too.
        draft.insert("meta".into(), Value::Table(Table::new()));
        let without_meta = dir.path().join("required-no-meta.toml");
        std::fs::write(&without_meta, toml::to_string(&draft).unwrap()).unwrap();

        for path in [&with_meta, &without_meta] {
            povestitor(home.path())
                .arg("check")
                .arg(path)
                .assert()
                .success();
            for layout in layout_ids(&id) {
                let article = export(home.path(), path, &layout, "md");
                assert_eq!(
                    layout_leftovers(&article),
                    Vec::<String>::new(),
                    "{id}/{layout} with only required steps ({}):\n{article}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn every_model_story_is_already_typographically_right() {
    // What a trainer shows must be what an editor wants: `tidy` finds nothing to change.
    let home = tempfile::tempdir().unwrap();
    // Every built-in, so a template added later is covered without touching this test.
    for id in builtin_ids() {
        let draft = common::template_dir(&id).join("example.toml");
        let out = common::povestitor(home.path())
            .args(["--lang", "en", "tidy"])
            .arg(&draft)
            .output()
            .unwrap();
        assert!(out.status.success());
        let report = common::stdout_of(&out);
        assert!(report.contains("nothing to change"), "{id}:\n{report}");
    }
}

#[test]
fn the_translated_success_stories_ask_the_same_steps_as_the_romanian_one() {
    // Same ids, kinds and required flags, in the same order: tools (and trainers' scripts)
    // that know `success-story` work on its English and Russian siblings.
    let shape = |id: &str| -> Vec<(String, String, bool)> {
        tables(&template_toml(id), "steps")
            .map(|s| {
                let required = s.get("required").and_then(Value::as_bool).unwrap_or(false);
                (
                    str_of(s, "id").to_string(),
                    str_of(s, "kind").to_string(),
                    required,
                )
            })
            .collect()
    };
    let romanian = shape("success-story");
    for id in ["success-story-en", "success-story-ru"] {
        assert_eq!(shape(id), romanian, "{id}");
    }
    let russian = template_toml("success-story-ru");
    assert_eq!(str_of(&russian, "language"), "ru");
    assert_eq!(
        layout_ids("success-story-ru"),
        ["blog", "report", "facebook"]
    );
    for step in tables(&russian, "steps") {
        let tips = step
            .get("guidance")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        assert!(
            (2..=4).contains(&tips),
            "{}: {tips} tips",
            str_of(step, "id")
        );
        assert!(
            !str_of(step, "example").is_empty(),
            "{}",
            str_of(step, "id")
        );
    }
}
