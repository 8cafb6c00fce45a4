//! A save cut short by a crash leaves its temporary file (`.NAME.toml.tmp-XXXXXX`) beside
//! the draft; when it is newer than the draft and reads as a draft, it may hold the last
//! words written, which the librarian can be offered.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic::{folder_of, temp_prefix};
use super::load_draft;

/// The newest temporary file left beside `draft_path` by an interrupted save that is newer
/// than the draft (any, when the draft is missing) and reads as a draft.
pub fn leftover(draft_path: &Path) -> Option<PathBuf> {
    let prefix = temp_prefix(draft_path);
    let draft_time = std::fs::metadata(draft_path)
        .and_then(|m| m.modified())
        .ok();
    let mut found: Vec<(SystemTime, PathBuf)> = std::fs::read_dir(folder_of(draft_path))
        .ok()?
        .flatten()
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .is_some_and(|name| name.starts_with(&prefix) && name.len() > prefix.len())
        })
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            let time = meta.modified().ok()?;
            (meta.is_file() && draft_time.is_none_or(|d| time > d)).then(|| (time, entry.path()))
        })
        .collect();
    found.sort_by_key(|(time, _)| std::cmp::Reverse(*time));
    found
        .into_iter()
        .map(|(_, path)| path)
        .find(|path| load_draft(path).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const DRAFT: &str = "template = \"success-story\"\n\n[answers]\ntitle = \"Salut\"\n";

    /// Writes `text` to `dir/name` and dates it `seconds` after the epoch's 2026.
    fn file(dir: &Path, name: &str, text: &str, seconds: u64) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000 + seconds);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        path
    }

    #[test]
    fn the_newest_readable_leftover_newer_than_the_draft_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let draft = file(dir.path(), "poveste.toml", DRAFT, 100);
        assert_eq!(leftover(&draft), None);
        file(dir.path(), ".poveste.toml.tmp-old111", DRAFT, 50);
        assert_eq!(leftover(&draft), None, "older than the draft");
        let newer = file(dir.path(), ".poveste.toml.tmp-abc123", DRAFT, 200);
        assert_eq!(leftover(&draft), Some(newer.clone()));
        // Newest, but half written: not a draft.
        file(
            dir.path(),
            ".poveste.toml.tmp-zzz999",
            "template = \"succ",
            300,
        );
        // Another draft's, the lock, the backup: none of them.
        file(dir.path(), ".alta.toml.tmp-def456", DRAFT, 400);
        file(dir.path(), ".poveste.toml.lock", DRAFT, 400);
        file(dir.path(), "poveste.toml.bak", DRAFT, 400);
        file(dir.path(), ".poveste.toml.bak.tmp-ghi789", DRAFT, 400);
        assert_eq!(leftover(&draft), Some(newer.clone()));
        let newest = file(dir.path(), ".poveste.toml.tmp-new000", DRAFT, 250);
        assert_eq!(leftover(&draft), Some(newest));
    }

    #[test]
    fn without_the_draft_any_readable_leftover_counts() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        assert_eq!(leftover(&draft), None);
        let temp = file(dir.path(), ".poveste.toml.tmp-abc123", DRAFT, 5);
        assert_eq!(leftover(&draft), Some(temp));
    }

    #[test]
    fn the_atomic_writer_s_temporary_file_is_the_one_found() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        std::fs::write(&draft, DRAFT).unwrap();
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let options = std::fs::File::options().write(true).open(&draft);
        options.unwrap().set_modified(old).unwrap();
        let newer = DRAFT.replace("Salut", "Salut, lume");
        // The process "dies" once the new text is on disk: a copy of the temporary file is
        // what a crash would leave (the writer removes its own on failure).
        let crash = crate::story::write_atomic_with(&draft, |f| {
            f.write_all(newer.as_bytes())?;
            f.sync_all()?;
            let temp = std::fs::read_dir(dir.path())?
                .flatten()
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().contains(".poveste.toml.tmp-"))
                .ok_or_else(|| std::io::Error::other("no temporary file"))?;
            std::fs::copy(&temp, dir.path().join(".poveste.toml.tmp-crash1"))?;
            Err(std::io::Error::other("crash"))
        });
        assert!(crash.is_err());
        let found = leftover(&draft).unwrap();
        assert_eq!(std::fs::read_to_string(found).unwrap(), newer);
    }
}
