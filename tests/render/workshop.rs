//! The trainer's kit on a workshop folder made like a real one (`workshop_common`): two
//! complete stories, a half-written one, one with an error the coach reports, and a file
//! that is not TOML at all, plus the photos. The real binary, as the trainer runs it.

use crate::common::{povestitor, stderr_of, stdout_of};
use crate::workshop_common::workshop;
use serde_json::Value;

fn rows(json: &Value) -> Vec<&Value> {
    json["drafts"].as_array().expect("drafts").iter().collect()
}

#[test]
fn status_gives_one_row_per_draft_and_the_reason_for_a_broken_one() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let out = povestitor(home.path())
        .args(["--lang", "en", "workshop", "status", "--format", "json"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "an error and a broken file need the trainer"
    );
    let json: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let rows = rows(&json);
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            "ana.toml",
            "ion.toml",
            "maria.toml",
            "stricat.toml",
            "zina.toml"
        ]
    );
    let by = |name: &str| rows.iter().find(|r| r["file"] == name).unwrap();

    let ana = by("ana.toml");
    assert_eq!(ana["author"], "Valentina Popescu");
    assert_eq!(ana["steps_done"], 8);
    assert_eq!(ana["steps_total"], 8);
    assert!(ana["words"].as_u64().unwrap() > 300);
    assert_eq!(ana["errors"], 0);
    assert!(ana["problem"].is_null());

    let ion = by("ion.toml");
    assert_eq!(ion["author"], "Ion Rusu");
    assert_eq!(ion["title"], "Clubul de lectură pentru adolescenți");
    assert_eq!(ion["steps_done"], 1, "the title is done; the lead is short");
    assert!(ion["errors"].as_u64().unwrap() >= 5, "empty required steps");

    assert_eq!(by("maria.toml")["errors"], 1);

    let broken = by("stricat.toml");
    let problem = broken["problem"].as_str().expect("the reason");
    assert!(problem.contains("stricat.toml"), "{problem}");
    assert!(broken["errors"].is_null());
    for key in ["steps_done", "steps_total", "words", "warnings", "tips"] {
        assert!(
            broken.get(key).is_some(),
            "{key} is there, even without a value"
        );
    }
}

#[test]
fn status_as_a_table_and_as_csv_in_the_interface_language() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let out = povestitor(home.path())
        .args(["--lang", "ro", "workshop", "status"])
        .arg(&folder)
        .output()
        .unwrap();
    let text = stdout_of(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Fișier"), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("ana.toml") && l.contains("8/8")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("stricat.toml:") && l.contains("stricat.toml")),
        "the reason in full under the table:\n{text}"
    );

    let out = povestitor(home.path())
        .args(["workshop", "status", "--format", "csv"])
        .arg(&folder)
        .output()
        .unwrap();
    let csv = stdout_of(&out);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("file,author,title,steps_done,steps_total,words,errors,warnings,tips,problem")
    );
    let ana = lines.next().unwrap();
    assert!(
        ana.starts_with("ana.toml,Valentina Popescu,„Bunicii online”: cum au"),
        "{ana}"
    );
    assert!(
        ana.contains(",8,8,") && ana.ends_with(",0,"),
        "8 of 8 steps, no error, no problem: {ana}"
    );
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn status_reads_sub_folders_only_when_asked() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let group = folder.join("grupa-2");
    std::fs::create_dir(&group).unwrap();
    std::fs::copy(folder.join("ion.toml"), group.join("elena.toml")).unwrap();
    let count = |recursive: bool| {
        let mut cmd = povestitor(home.path());
        cmd.args(["workshop", "status", "--format", "json"])
            .arg(&folder);
        if recursive {
            cmd.arg("--recursive");
        }
        let json: Value = serde_json::from_str(&stdout_of(&cmd.output().unwrap())).unwrap();
        json["drafts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["file"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(count(false).len(), 5);
    assert!(count(true).contains(&"grupa-2/elena.toml".to_string()));
}

#[test]
fn a_folder_that_does_not_exist_is_one_sentence_and_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "workshop", "status"])
        .arg(home.path().join("nu-exista"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("Cannot read the folder"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn a_trainer_copies_a_template_under_a_new_id_and_it_is_listed() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .args([
            "--lang",
            "en",
            "templates",
            "new",
            "atelier-balti",
            "--from",
            "success-story",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let folder = home
        .path()
        .join("config/povestitor/templates/atelier-balti");
    let toml = std::fs::read_to_string(folder.join("template.toml")).unwrap();
    assert!(toml.contains("id = \"atelier-balti\""), "{toml}");
    assert!(toml.contains("# "), "the template's comments are kept");
    let example = std::fs::read_to_string(folder.join("example.toml")).unwrap();
    assert!(example.contains("template = \"atelier-balti\""));
    assert!(stdout_of(&out).contains("is valid") || stdout_of(&out).contains("atelier-balti"));

    let list = stdout_of(
        &povestitor(home.path())
            .args(["templates", "list"])
            .output()
            .unwrap(),
    );
    assert!(list.contains("atelier-balti"), "{list}");
    // Its model story checks against the copy.
    let out = povestitor(home.path())
        .arg("check")
        .arg(folder.join("example.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_of(&out));

    // The same id again, or one that is not an id: one sentence, nothing written.
    let again = povestitor(home.path())
        .args(["--lang", "en", "templates", "new", "atelier-balti"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr_of(&again).contains("already exists"));
    let bad = povestitor(home.path())
        .args(["--lang", "en", "templates", "new", "../afara"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr_of(&bad).contains("cannot be a template id"));
    assert!(!home.path().join("config/povestitor/afara").exists());
}

#[test]
fn demo_without_a_terminal_says_how_to_run_it() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "ro", "demo"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("povestitor demo"),
        "{}",
        stderr_of(&out)
    );
}
