//! Helpers shared by the integration tests: the real binary, isolated from the user's folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The real `povestitor` binary, with HOME and the XDG folders in `home` so no test
/// reads or writes the user's own drafts, settings, templates or cache.
pub fn povestitor(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("povestitor").expect("the binary is built");
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("LANG", "ro_RO.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// The built-in template folder of `id`.
pub fn template_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("story-templates")
        .join(id)
}

/// Copies the example story of `id` (and its photos) into `dir`; returns the draft's path.
pub fn copy_example(id: &str, dir: &Path) -> PathBuf {
    for entry in std::fs::read_dir(template_dir(id)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir.join("example.toml")
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Whether what a test needs from outside (a local WordPress, Wine, a program of Debian's) is
/// here. When it is not: under `CI=true` (set once by `.ci/run`, which installs and starts all
/// of them) the test fails, saying what is missing; anywhere else it is skipped with a
/// one-line note, so `cargo test` passes on a bare machine without installing anything.
pub fn needs(what: &str, here: bool) -> bool {
    if here {
        return true;
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "{what} is missing, and CI=true: .ci/run provides it"
    );
    // Straight to the standard error, past the test harness's capture: the note shows.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!("skipped: {what} is not here\n").as_bytes(),
    );
    false
}

/// Whether LibreOffice and pdftotext are here to render a document to pages (skip or fail as
/// [`needs`] says).
pub fn libreoffice_available() -> bool {
    let runs = |program: &str, arg: &str| {
        std::process::Command::new(program)
            .arg(arg)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    needs(
        "LibreOffice (soffice) and pdftotext (poppler-utils), which render a DOCX to pages",
        runs("soffice", "--version") && runs("pdftotext", "-v"),
    )
}

/// The document at `docx` rendered by LibreOffice (headless, with a profile of its own in
/// `profile`, so it never meets another instance) to PDF, then read by `pdftotext -layout`:
/// one string per page.
pub fn libreoffice_pages(docx: &Path, profile: &Path) -> Vec<String> {
    let pdf = rendered_pdf(docx, profile);
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The PDF LibreOffice makes of `docx`, beside it.
pub fn rendered_pdf(docx: &Path, profile: &Path) -> PathBuf {
    let dir = docx.parent().unwrap();
    let out = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(docx)
        .output()
        .unwrap();
    let pdf = docx.with_extension("pdf");
    assert!(
        out.status.success() && pdf.is_file(),
        "LibreOffice did not render {}: {}",
        docx.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

/// The small dictionary kept with the tests (a few dozen Romanian words).
pub fn test_speller() -> povestitor::coach::spelling::Speller {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries");
    let aff = std::fs::read_to_string(dir.join("xx_TEST.aff")).unwrap();
    let dic = std::fs::read_to_string(dir.join("xx_TEST.dic")).unwrap();
    povestitor::coach::spelling::Speller::from_strings(&aff, &dic)
        .unwrap()
        .with_language("ro")
}

/// The finding's span in `text`.
pub fn spanned(text: &str, finding: &povestitor::coach::Finding) -> String {
    let (start, end) = finding.span.expect("a span");
    text.chars().skip(start).take(end - start).collect()
}

/// Names the one test a test binary started again by `alone` runs.
const ALONE: &str = "POVESTITOR_TESTS_ALONE";

/// Whether the test `name` (its path in its binary: `module::test`) runs its body here: in a
/// process of its own. Called first by a test that changes what the whole process shares (a
/// panic hook) or leaves a thread running behind it. The tests of a binary share its process,
/// so anywhere else this starts the binary again with only that test, fails unless it ran
/// and passed there, and returns false.
pub fn alone(name: &str) -> bool {
    if std::env::var_os(ALONE).is_some_and(|v| v == name) {
        return true;
    }
    let out = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args([name, "--exact", "--test-threads=1"])
        .env(ALONE, name)
        .output()
        .expect("the test binary starts again");
    let text = stdout_of(&out) + &stderr_of(&out);
    assert!(out.status.success(), "{name}, alone, failed:\n{text}");
    assert!(
        text.contains("test result: ok. 1 passed"),
        "{name} did not run alone:\n{text}"
    );
    false
}
