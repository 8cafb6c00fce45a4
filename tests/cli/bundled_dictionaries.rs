//! Spelling on a computer with no dictionaries of its own (a bare Windows PC): the real
//! binary's `check` with an empty system search path uses the Romanian dictionary built into
//! it; a dictionary the system has still wins.

use std::path::Path;

use crate::common::{copy_example, povestitor, stderr_of, stdout_of};
use serde_json::Value;

/// `check --format json` with the system's dictionary folders replaced by `system`.
fn check(home: &Path, draft: &Path, system: &str) -> (Value, String) {
    let out = povestitor(home)
        .env("POVESTITOR_SYSTEM_DICTIONARIES", system)
        .args(["--lang", "en", "check", "--format", "json"])
        .arg(draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let json = serde_json::from_str(&stdout_of(&out)).expect("check prints JSON");
    (json, stderr_of(&out))
}

fn spelling_messages(json: &Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "spelling")
        .map(|f| format!("{}: {}", f["severity"], f["message"]))
        .collect()
}

fn misspelt_draft(home: &Path) -> std::path::PathBuf {
    let draft = copy_example("success-story", home);
    let text = std::fs::read_to_string(&draft).unwrap().replacen(
        "problem = \"\"\"",
        "problem = \"\"\"Bibliotecra noastră pînă acum a lucrat cu Maria Ciobanu. ",
        1,
    );
    std::fs::write(&draft, text).unwrap();
    draft
}

#[test]
fn a_misspelling_is_found_with_no_dictionary_on_the_system() {
    let home = tempfile::tempdir().unwrap();
    let draft = misspelt_draft(home.path());
    let (json, err) = check(home.path(), &draft, "");
    // No "spelling was not checked" notice: the built-in dictionary was there.
    assert!(err.is_empty(), "{err}");
    let slips = spelling_messages(&json);
    assert_eq!(slips.len(), 2, "{slips:?}");
    assert!(
        slips[0].starts_with("\"warning\"") && slips[0].contains("Bibliotecra"),
        "{slips:?}"
    );
    assert!(
        slips[1].starts_with("\"tip\"") && slips[1].contains("până"),
        "{slips:?}"
    );
}

#[test]
fn a_dictionary_on_the_system_wins_over_the_built_in_one() {
    let home = tempfile::tempdir().unwrap();
    let draft = misspelt_draft(home.path());
    // The tests' small dictionary as the system's Romanian one: it knows a few dozen words,
    // so most of the story is flagged, which the built-in dictionary would not do.
    let system = home.path().join("hunspell");
    std::fs::create_dir(&system).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries");
    std::fs::copy(fixtures.join("xx_TEST.aff"), system.join("ro_RO.aff")).unwrap();
    std::fs::copy(fixtures.join("xx_TEST.dic"), system.join("ro_RO.dic")).unwrap();
    let (json, _) = check(home.path(), &draft, system.to_str().unwrap());
    let slips = spelling_messages(&json);
    assert!(
        slips.len() > 50,
        "the system's dictionary was used: {slips:?}"
    );
}
