//! `povestitor check` as scripts and trainers use it: the JSON shape, spans that point into
//! the answer, exit codes (0 publishable, 1 an error, 2 unreadable), and the `[coach]` table
//! of a template checked like the rest of it.

use std::path::Path;

use crate::common::{self, copy_example, povestitor, stderr_of, stdout_of, template_dir};
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
        "success-story-ru",
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

/// Debian's hunspell-ro, which `.ci/run` installs.
fn romanian_dictionary_installed() -> bool {
    common::needs(
        "Debian's Romanian dictionary (the hunspell-ro package)",
        Path::new("/usr/share/hunspell/ro_RO.dic").exists(),
    )
}

fn spelling_slips(json: &Value) -> Vec<(String, String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "spelling")
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["step"].as_str().unwrap_or_default().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn spelling_with_debian_s_romanian_dictionary_and_the_personal_list() {
    if !romanian_dictionary_installed() {
        eprintln!("hunspell-ro is not installed here; skipped");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&draft).unwrap().replacen(
        "problem = \"\"\"",
        "problem = \"\"\"Bibliotecra noastră pînă acum a lucrat cu Maria Ciobanu. ",
        1,
    );
    std::fs::write(&draft, text).unwrap();
    let (json, code) = check_json(home.path(), &draft);
    assert_eq!(code, Some(0));
    let slips = spelling_slips(&json);
    assert_eq!(slips.len(), 2, "{slips:?}");
    assert_eq!(slips[0].0, "warning");
    assert!(slips[0].2.contains("Bibliotecra"), "{slips:?}");
    assert_eq!(slips[1].0, "tip", "an î spelling is only a tip");
    assert!(slips[1].2.contains("până"), "{slips:?}");
    let problem = answers(&draft)["problem"].as_str().unwrap().to_string();
    let first = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "spelling")
        .unwrap();
    let (start, end) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    let word: String = problem.chars().skip(start).take(end - start).collect();
    assert_eq!(word, "Bibliotecra");

    // A word the librarian added to her list is no longer a slip.
    let list = home.path().join("data/povestitor/personal-words.txt");
    std::fs::create_dir_all(list.parent().unwrap()).unwrap();
    std::fs::write(&list, "Bibliotecra\n").unwrap();
    let (json, _) = check_json(home.path(), &draft);
    let slips = spelling_slips(&json);
    assert_eq!(slips.len(), 1, "{slips:?}");
    assert_eq!(slips[0].0, "tip");
}

#[test]
fn dictionaries_named_with_the_option_come_first_and_a_missing_one_is_one_notice() {
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    // The tests' small dictionary as the Romanian one: most of the story is unknown to it.
    let folder = home.path().join("dictionare");
    std::fs::create_dir(&folder).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries");
    std::fs::copy(fixtures.join("xx_TEST.aff"), folder.join("ro.aff")).unwrap();
    std::fs::copy(fixtures.join("xx_TEST.dic"), folder.join("ro.dic")).unwrap();
    let out = povestitor(home.path())
        .args(["check", "--format", "json", "--dictionaries"])
        .arg(&folder)
        .arg(&draft)
        .output()
        .unwrap();
    let json: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(
        spelling_slips(&json).len() > 50,
        "the small dictionary was used"
    );

    // The same folder named in the settings, for a computer with no dictionary of its own.
    let settings = home.path().join("config/povestitor/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    let folder_toml = toml::Value::String(folder.display().to_string());
    std::fs::write(
        &settings,
        format!("author = \"Ana\"\ndictionaries = [{folder_toml}]\n"),
    )
    .unwrap();
    let (json, _) = check_json(home.path(), &draft);
    assert!(
        spelling_slips(&json).len() > 50,
        "the settings' folder was used"
    );
    std::fs::remove_file(&settings).unwrap();

    // A template in a language with no dictionary anywhere: one notice, the rest is checked.
    let templates = home.path().join("sabloane/fr");
    std::fs::create_dir_all(&templates).unwrap();
    for entry in std::fs::read_dir(template_dir("success-story")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), templates.join(entry.file_name())).unwrap();
    }
    let toml_path = templates.join("template.toml");
    let text = std::fs::read_to_string(&toml_path)
        .unwrap()
        .replace("id = \"success-story\"", "id = \"histoire\"")
        .replace("language = \"ro\"", "language = \"fr\"");
    std::fs::write(&toml_path, text).unwrap();
    let story = std::fs::read_to_string(&draft)
        .unwrap()
        .replace("template = \"success-story\"", "template = \"histoire\"");
    std::fs::write(&draft, story).unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "check", "--format", "json", "--templates"])
        .arg(home.path().join("sabloane"))
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_str(&stdout_of(&out)).expect("JSON on stdout");
    assert!(spelling_slips(&json).is_empty());
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("Spelling was not checked") && err.contains("fr"),
        "{err}"
    );
}
