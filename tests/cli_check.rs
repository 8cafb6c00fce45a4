//! `povestitor check` as scripts and trainers use it: the JSON shape, spans that point into
//! the answer, exit codes (0 publishable, 1 an error, 2 unreadable), and the `[coach]` table
//! of a template checked like the rest of it.

mod common;

use std::path::Path;

use common::{copy_example, povestitor, stderr_of, stdout_of, template_dir};
use serde_json::Value;

fn check_json(home: &Path, draft: &Path) -> (Value, Option<i32>) {
    let out = povestitor(home)
        .args(["--lang", "en", "check", "--format", "json"])
        .arg(draft)
        .output()
        .unwrap();
    let json = serde_json::from_str(&stdout_of(&out)).expect("check prints JSON");
    (json, out.status.code())
}

fn answers(draft: &Path) -> toml::Table {
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(draft).unwrap()).unwrap();
    table["answers"].as_table().unwrap().clone()
}

#[test]
fn the_model_stories_have_no_error_and_the_json_has_its_shape() {
    for id in [
        "success-story",
        "success-story-en",
        "most-significant-change",
    ] {
        let home = tempfile::tempdir().unwrap();
        let draft = copy_example(id, home.path());
        let (json, code) = check_json(home.path(), &draft);
        assert_eq!(code, Some(0), "{id}: {json}");
        let findings = json["findings"].as_array().expect("findings");
        for f in findings {
            for key in ["rule", "severity", "message"] {
                assert!(f[key].is_string(), "{id}: {key} in {f}");
            }
            assert_ne!(f["severity"], "error", "{id}: {f}");
        }
        let stats = json["stats"].as_object().expect("stats");
        assert!(stats["words"].as_u64().unwrap() > 250, "{id}: {stats:?}");
        assert!(stats["sentences"].as_u64().unwrap() > 10);
        assert!(stats["reading_minutes"].as_u64().unwrap() >= 1);
        assert_eq!(stats["errors"], 0);
        let steps = json["steps"].as_array().unwrap();
        assert!(
            steps.iter().all(|s| s["state"] == "done"),
            "{id}: {steps:?}"
        );
    }
}

#[test]
fn slips_are_found_with_spans_into_the_answer_and_keys_without_values_left_out() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&draft).unwrap();
    let text = text
        .replacen(
            "problem = \"\"\"",
            "problem = \"\"\"Biblioteca  noastră a observat asta . ",
            1,
        )
        .replacen("date = \"2026-", "date = \"1999-02-31\"\n# was \"2026-", 1);
    std::fs::write(&draft, text).unwrap();
    let (json, code) = check_json(home.path(), &draft);
    assert_eq!(code, Some(0), "slips are warnings: {json}");
    let problem = answers(&draft)["problem"].as_str().unwrap().to_string();
    let findings = json["findings"].as_array().unwrap();
    let spans: Vec<String> = findings
        .iter()
        .filter(|f| f["rule"] == "typography-spaces" && f["step"] == "problem")
        .map(|f| {
            let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            problem
                .chars()
                .skip(start as usize)
                .take((end - start) as usize)
                .collect()
        })
        .collect();
    assert_eq!(spans, ["  ", " "], "{findings:?}");
    let date = findings
        .iter()
        .find(|f| f["rule"] == "date")
        .expect("a date finding");
    let date = date.as_object().unwrap();
    assert_eq!(date["severity"], "warning");
    for absent in ["step", "item", "field", "start", "end", "fix"] {
        assert!(!date.contains_key(absent), "{absent} in {date:?}");
    }
}

#[test]
fn exit_codes_error_one_unreadable_two() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&draft).unwrap();
    std::fs::write(&draft, text.replacen("author = \"Maria Ciobanu\"", "", 1)).unwrap();
    let (json, code) = check_json(home.path(), &draft);
    assert_eq!(code, Some(1));
    let error = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["severity"] == "error")
        .expect("an error");
    assert_eq!(error["rule"], "quote-attribution");
    assert_eq!(error["step"], "quotes");
    assert_eq!(error["item"], 1);
    assert_eq!(error["field"], "author");

    let text_out = povestitor(home.path())
        .arg("check")
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(text_out.status.code(), Some(1));

    let missing = povestitor(home.path())
        .args(["check", "--format", "json"])
        .arg(home.path().join("nu-exista.toml"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stdout_of(&missing).is_empty(), "no partial JSON");
    assert!(!stderr_of(&missing).is_empty());
}

#[test]
fn the_coach_table_of_a_template_is_checked_with_its_line() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("sablon");
    std::fs::create_dir(&folder).unwrap();
    for entry in std::fs::read_dir(template_dir("success-story")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    let toml_path = folder.join("template.toml");
    let original = std::fs::read_to_string(&toml_path).unwrap();
    let line = original.lines().position(|l| l == "[coach]").unwrap() + 2;

    std::fs::write(&toml_path, format!("{original}off = [\"spelin\"]\n")).unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "templates", "validate"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stdout_of(&out) + &stderr_of(&out);
    assert!(err.contains("spelin"), "{err}");
    let off_line = original.lines().count() + 1;
    assert!(err.contains(&format!("template.toml:{off_line}:")), "{err}");

    let wrong_step = original.replace(
        "number_steps = [\"result\"]",
        "number_steps = [\"results\"]",
    );
    std::fs::write(&toml_path, wrong_step).unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "templates", "validate"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stdout_of(&out) + &stderr_of(&out);
    assert!(err.contains("\"results\""), "{err}");
    assert!(
        err.contains(&format!("template.toml:{}:", line + 2)),
        "{err}"
    );
}
