//! The log (`--log`, `log = true`) and the bug report (`doctor --report`): what they hold,
//! and that neither holds the WordPress password or a story's words.

use std::path::{Path, PathBuf};

use crate::common::{copy_example, povestitor, stderr_of, stdout_of};

/// A sentence found in no template, no message and no path: if it shows anywhere, it came
/// from the story.
const SECRET_SENTENCE: &str = "Zmeul Ciripitor a împrumutat nouăzeci de atlase albastre";
const PASSWORD: &str = "abcd EFGH 1234 wxyz 5678 QRST";

fn log_file(home: &Path) -> PathBuf {
    home.join("data/povestitor/povestitor.log")
}

/// The model story with a sentence of its own in its lead, in `dir`.
fn story_with_a_sentence(dir: &Path) -> PathBuf {
    let draft = copy_example("success-story", dir);
    let text = std::fs::read_to_string(&draft).unwrap();
    let lead = "lead = \"\"\"\n";
    assert!(text.contains(lead));
    let text = text.replacen(lead, &format!("{lead}{SECRET_SENTENCE}. "), 1);
    std::fs::write(&draft, text).unwrap();
    draft
}

/// An address on this computer where nothing listens: publishing there fails at once.
fn closed_site() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn log_writes_the_commands_the_files_and_how_they_ended() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let draft = story_with_a_sentence(work.path());
    let article = work.path().join("articol.html");

    // Without --log, nothing is logged.
    let out = povestitor(home.path())
        .args(["check"])
        .arg(&draft)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(!log_file(home.path()).exists());

    let out = povestitor(home.path())
        .args([
            "--log", "export", "--layout", "blog", "--format", "html", "--output",
        ])
        .arg(&article)
        .arg(&draft)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let article_text = std::fs::read_to_string(&article).unwrap();
    assert!(
        article_text.contains(SECRET_SENTENCE),
        "the story is exported"
    );
    let log = std::fs::read_to_string(log_file(home.path())).expect("--log writes a log");
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 4, "{log}");
    assert!(lines[0].contains("command started") && lines[0].contains("command=\"export\""));
    assert!(lines[0].contains(&format!("version=\"{}\"", env!("CARGO_PKG_VERSION"))));
    assert!(lines[1].contains("draft read") && lines[1].contains(&draft.display().to_string()));
    assert!(lines[2].contains("file written") && lines[2].contains(&article.display().to_string()));
    assert!(lines[3].contains("command finished") && lines[3].contains("outcome=Done"));
    assert!(lines[3].contains("elapsed_ms="), "{log}");
    // Each line begins with its local time: 2026-12-05 10:30:00.123
    assert!(
        lines
            .iter()
            .all(|l| l.as_bytes().get(4) == Some(&b'-') && l.as_bytes().get(13) == Some(&b':')),
        "{log}"
    );
    assert!(
        !log.contains(SECRET_SENTENCE) && !log.contains("Bunicii"),
        "{log}"
    );

    // An error is logged as one, and a second run adds to the log.
    let out = povestitor(home.path())
        .args([
            "--log", "export", "--layout", "blog", "--format", "html", "--output",
        ])
        .arg(&article)
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let log = std::fs::read_to_string(log_file(home.path())).unwrap();
    let last = log.lines().last().unwrap();
    assert!(
        last.contains("ERROR command failed") && last.contains("articol.html"),
        "{log}"
    );
    assert_eq!(
        log.lines()
            .filter(|l| l.contains("command started"))
            .count(),
        2
    );
}

#[test]
fn the_configuration_s_log_key_keeps_a_log_and_config_show_says_so() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(&config, "log = true\n").unwrap();
    let out = povestitor(home.path())
        .env("POVESTITOR_CONFIG", &config)
        .args(["--lang", "en", "config", "show"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("log = true  # configuration"));
    let log = std::fs::read_to_string(log_file(home.path())).expect("log = true writes a log");
    assert!(log.contains("command=\"config show\""), "{log}");

    let out = povestitor(home.path())
        .args(["--lang", "en", "--log", "config", "show"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("log = true  # --log"));
    let out = povestitor(home.path())
        .args(["--lang", "en", "config", "show"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("# log: not set"));
}

#[test]
fn doctor_report_holds_the_version_configuration_findings_and_log_but_no_password_or_story() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    story_with_a_sentence(work.path());
    let config = home.path().join("config.toml");
    std::fs::write(&config, "author = \"Ana Rusu\"\nlayout = \"blog\"\n").unwrap();
    let run = |args: &[&str]| {
        povestitor(home.path())
            .env("POVESTITOR_CONFIG", &config)
            .env("POVESTITOR_WP_PASSWORD", PASSWORD)
            .current_dir(work.path())
            .args(args)
            .output()
            .unwrap()
    };

    // A publish that fails (nothing listens there), logged, with the password set.
    let site = closed_site();
    let out = run(&[
        "--log",
        "publish",
        "example.toml",
        "--site",
        &site,
        "--user",
        "ana",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let out = run(&[
        "--log",
        "export",
        "--format",
        "md",
        "--output",
        "poveste.md",
        "example.toml",
    ]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        std::fs::read_to_string(work.path().join("poveste.md"))
            .unwrap()
            .contains(SECRET_SENTENCE)
    );

    // Without a file: povestitor-report.txt in the current folder, said where.
    let out = run(&["--lang", "en", "doctor", "--report"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report_path = work.path().join("povestitor-report.txt");
    let said = stderr_of(&out);
    assert!(
        said.contains(&format!("The report is in {}", report_path.display())),
        "{said}"
    );
    // The findings are printed as without --report.
    assert!(stdout_of(&out).contains("Everything is usable."));
    let report = std::fs::read_to_string(&report_path).expect("the report is written");
    for part in [
        &format!("povestitor {}", env!("CARGO_PKG_VERSION")),
        std::env::consts::OS,
        "== Configuration ==",
        "author = \"Ana Rusu\"  # configuration",
        "layout = \"blog\"  # configuration",
        "== What doctor found ==",
        "Everything is usable.",
        "== The log's last lines ==",
        "command started command=\"publish\"",
        "publish: started",
        &site,
        "ERROR command failed command=\"publish\"",
        "command started command=\"export\"",
        "file written path=poveste.md",
    ] {
        assert!(report.contains(part), "{part:?} in:\n{report}");
    }
    let log = std::fs::read_to_string(log_file(home.path())).unwrap();
    for text in [&report, &log] {
        assert!(!text.contains(PASSWORD), "the password:\n{text}");
        assert!(!text.contains("EFGH"), "part of the password:\n{text}");
        assert!(!text.contains(SECRET_SENTENCE), "the story:\n{text}");
        assert!(
            !text.contains("Bunicii online"),
            "the story's title:\n{text}"
        );
    }

    // A file of one's own, in Romanian.
    let out = run(&["doctor", "--report", "raport.txt"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = std::fs::read_to_string(work.path().join("raport.txt")).unwrap();
    assert!(
        report.contains("== Configurația ==")
            && report.contains("== Ultimele rânduri din jurnal ==")
    );
    assert!(stderr_of(&out).contains("Raportul este în"));
}

#[test]
fn a_report_before_any_log_says_how_to_get_one_and_a_report_that_cannot_be_written_says_so() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .current_dir(home.path())
        .args(["--lang", "en", "doctor", "--report"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = std::fs::read_to_string(home.path().join("povestitor-report.txt")).unwrap();
    assert!(
        report.contains("No log yet: run the command that goes wrong with --log"),
        "{report}"
    );
    assert!(report.contains("not kept: add --log"), "{report}");

    let out = povestitor(home.path())
        .args(["--lang", "en", "doctor", "--report"])
        .arg(home.path().join("no-such-folder/report.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("Cannot write the report"),
        "{}",
        stderr_of(&out)
    );
}
