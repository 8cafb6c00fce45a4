//! A workshop folder made like a real one, shared by the trainer's tests that need two good
//! stories: the model story, a second complete one by another author, a half-written one,
//! one with an error the coach reports, and a file that is not TOML at all.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use super::common::copy_example;

/// The title and author of the model story (`ana.toml`).
pub const ANA_TITLE: &str = "„Bunicii online”: cum au învățat vârstnicii din Bălți";
pub const ANA_AUTHOR: &str = "Valentina Popescu";
/// The second complete story (`zina.toml`): it sorts first by title and by author.
pub const ZINA_TITLE: &str = "Atelierul de benzi desenate din Florești";
pub const ZINA_AUTHOR: &str = "Andrei Munteanu";
/// The titles of the drafts that must be left out.
pub const ION_TITLE: &str = "Clubul de lectură pentru adolescenți";
pub const MARIA_TITLE: &str = "A doua poveste: „Bunicii online”";

pub fn workshop(home: &Path) -> PathBuf {
    let folder = home.join("atelier");
    std::fs::create_dir_all(&folder).unwrap();
    let example = copy_example("success-story", &folder);
    let model = std::fs::read_to_string(&example).unwrap();
    std::fs::rename(&example, folder.join("ana.toml")).unwrap();
    let zina = model
        .replacen(
            "title = \"„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții\"",
            &format!("title = \"{ZINA_TITLE}\""),
            1,
        )
        .replacen(
            &format!("author = \"{ANA_AUTHOR}\""),
            &format!("author = \"{ZINA_AUTHOR}\""),
            1,
        );
    assert!(zina.contains(ZINA_TITLE) && zina.contains(ZINA_AUTHOR));
    std::fs::write(folder.join("zina.toml"), zina).unwrap();
    // Half-written: only the title and the lead.
    let half = format!(
        "schema_version = 1\ntemplate = \"success-story\"\n\n[meta]\nauthor = \"Ion Rusu\"\n\n[answers]\ntitle = \"{ION_TITLE}\"\nlead = \"Zece adolescenți citesc împreună în fiecare vineri.\"\n"
    );
    std::fs::write(folder.join("ion.toml"), half).unwrap();
    // A quote without its author: an error.
    let error = model.replacen("author = \"Maria Ciobanu\"", "author = \"\"", 1);
    let error = error.replacen(
        "title = \"„Bunicii online”",
        "title = \"A doua poveste: „Bunicii online”",
        1,
    );
    assert!(error.contains(MARIA_TITLE));
    std::fs::write(folder.join("maria.toml"), error).unwrap();
    std::fs::write(
        folder.join("stricat.toml"),
        "template = \"success-story\"\n[answers\n",
    )
    .unwrap();
    // A lock and a backup beside a draft are not drafts.
    std::fs::write(folder.join(".ana.toml.lock"), "1").unwrap();
    std::fs::write(folder.join("ana.toml.bak"), model).unwrap();
    folder
}

/// Whether pandoc can be run; under `CI=true` it must be (`.ci/run` installs it).
pub fn pandoc_available() -> bool {
    let found = std::process::Command::new("pandoc")
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    super::common::needs("pandoc, which reads the DOCX back", found)
}

/// The DOCX at `path` as plain text, read by pandoc.
pub fn pandoc_plain(path: &Path) -> String {
    let out = std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "plain", "--wrap=none"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The Word files in `folder`, in name order.
pub fn docx_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    files
}
