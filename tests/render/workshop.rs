//! The trainer's kit on a workshop folder made like a real one (`workshop_common`): two
//! complete stories, a half-written one, one with an error the coach reports, and a file
//! that is not TOML at all, plus the photos. The real binary, as the trainer runs it.

use crate::common::{self, povestitor, stderr_of, stdout_of};
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
    // Only the required steps count as the work to do; the optional one is counted apart.
    assert_eq!(ana["steps_done"], 7);
    assert_eq!(ana["steps_total"], 7);
    assert_eq!(ana["optional_done"], 1);
    assert_eq!(ana["optional_total"], 1);
    assert_eq!(ana["in_book"], true);
    assert_eq!(
        ana["layout"], "biblio-info",
        "the template's layout for print"
    );
    assert!(ana["left_out"].is_null());
    assert_eq!(ana["open_comments"], 0);
    assert!(
        ana["saved"].as_str().is_some_and(|s| s.starts_with("20")),
        "{}",
        ana["saved"]
    );
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
    assert_eq!(broken["in_book"], false);
    let left_out = broken["left_out"]
        .as_str()
        .expect("why the book leaves it out");
    assert!(
        left_out.starts_with("stricat.toml was left out: ") && left_out.contains(problem),
        "{left_out}"
    );
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
            .any(|l| l.starts_with("ana.toml") && l.contains("7/7 +1")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("stricat.toml a fost lăsat deoparte")),
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
        Some(
            "file,author,title,in_book,layout,left_out,steps_done,steps_total,optional_done,\
             optional_total,words,errors,warnings,tips,open_comments,saved,problem"
        )
    );
    let ana = lines.next().unwrap();
    assert!(
        ana.starts_with("ana.toml,Valentina Popescu,„Bunicii online”: cum au"),
        "{ana}"
    );
    assert!(
        ana.contains(",true,biblio-info,,7,7,1,1,") && ana.ends_with(','),
        "in the book, 7 of 7 required steps and the optional one, no problem: {ana}"
    );
    let cells: Vec<&str> = ana.split(',').collect();
    assert_eq!(cells[11], "0", "no error: {ana}");
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

/// Before compiling, the trainer asks which drafts the book will take. At 80 columns, each
/// draft on two lines: a ready one and one with a reviewer's open comments go in, one whose
/// photo was not copied does not, and why is said in the very words `compile` then prints.
#[test]
fn status_at_80_columns_says_which_drafts_go_in_the_book_and_why_as_compile_does() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("atelier");
    std::fs::create_dir_all(&folder).unwrap();
    let example = common::copy_example("success-story", &folder);
    let model = std::fs::read_to_string(&example).unwrap();
    std::fs::remove_file(&example).unwrap();
    std::fs::write(folder.join("gata.toml"), &model).unwrap();
    let no_photo = model.replacen(
        "path = \"bunicii-online.png\"",
        "path = \"poza-necopiata.jpg\"",
        1,
    );
    assert_ne!(no_photo, model);
    std::fs::write(folder.join("fara-poza.toml"), no_photo).unwrap();
    let commented = format!(
        "{model}\n[[comments.problem]]\nreviewer = \"Formatoarea\"\ndate = \"2026-12-01\"\n\
         text = \"Câți pensionari exact?\"\nresolved = false\n\n[[comments.result]]\n\
         reviewer = \"Formatoarea\"\ndate = \"2026-12-01\"\ntext = \"Bine.\"\nresolved = true\n"
    );
    std::fs::write(folder.join("cu-comentarii.toml"), commented).unwrap();

    let out = povestitor(home.path())
        .args(["--lang", "ro", "workshop", "status"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a draft is left out");
    let text = stdout_of(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    let verdict = |file: &str| -> &str {
        let mut lines = text.lines().skip_while(|l| !l.starts_with(file));
        assert!(lines.next().is_some(), "no row for {file}:\n{text}");
        lines.next().unwrap_or_default()
    };
    for (file, expected) in [
        (
            "gata.toml",
            "  ✓ intră în carte · Valentina Popescu · „Bunicii online”",
        ),
        (
            "cu-comentarii.toml",
            "  ✓ intră în carte · Valentina Popescu",
        ),
        (
            "fara-poza.toml",
            "  ✗ nu intră în carte · Valentina Popescu",
        ),
    ] {
        assert!(verdict(file).starts_with(expected), "{file}:\n{text}");
    }
    let json: Value = serde_json::from_str(&stdout_of(
        &povestitor(home.path())
            .args(["workshop", "status", "--format", "json"])
            .arg(&folder)
            .output()
            .unwrap(),
    ))
    .unwrap();
    let open: Vec<(String, u64)> = rows(&json)
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap().to_string();
            (file, r["open_comments"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(
        open,
        [
            ("cu-comentarii.toml".to_string(), 1),
            ("fara-poza.toml".to_string(), 0),
            ("gata.toml".to_string(), 0)
        ],
        "a resolved comment is not open"
    );

    // compile leaves out the same draft, saying the same sentence.
    let out = povestitor(home.path())
        .args(["--lang", "ro", "workshop", "compile"])
        .arg(&folder)
        .arg("-o")
        .arg(home.path().join("carte.md"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let said: Vec<String> = stderr_of(&out)
        .lines()
        .filter_map(|l| l.strip_prefix("povestitor: "))
        .map(str::to_string)
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("fara-poza.toml a fost lăsat deoparte: "),
        "{said:?}"
    );
    assert!(said[0].contains("poza-necopiata.jpg"), "{said:?}");
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat(&text).contains(&flat(&said[0])),
        "status does not say {:?}:\n{text}",
        said[0]
    );
}
