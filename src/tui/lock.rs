//! One wizard per draft: a lock file next to the draft (`.poveste.toml.lock`, holding the
//! process id) so a second copy says so instead of overwriting the first one's autosaves.
//!
//! The file is locked with the operating system's own file lock (`flock` on Unix,
//! `LockFileEx` on Windows), which the system drops when the process ends however it
//! ends. A lock file left behind by a killed copy is therefore not locked, and is simply
//! taken over; no process ids have to be checked.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Held while a draft is open; removes the lock file when dropped.
#[derive(Debug)]
pub struct DraftLock {
    /// The draft this lock is for.
    pub draft: PathBuf,
    path: PathBuf,
    file: Option<File>,
}

/// Why a draft could not be locked.
#[derive(Debug)]
pub enum LockError {
    /// Another copy of the wizard has the draft open.
    Busy { lock: PathBuf },
}

impl DraftLock {
    /// Locks `draft`. When locking is not possible at all (a read-only folder, a file
    /// system without locks), the draft opens unlocked: saving will report the real
    /// problem, and refusing to open would only stand in the librarian's way.
    pub fn acquire(draft: &Path) -> Result<DraftLock, LockError> {
        let path = lock_path(draft);
        let unlocked = || DraftLock {
            draft: draft.to_path_buf(),
            path: path.clone(),
            file: None,
        };
        let Ok(mut file) = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
        else {
            return Ok(unlocked());
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy { lock: path }),
            Err(TryLockError::Error(_)) => {
                drop(file);
                let _ = std::fs::remove_file(&path);
                return Ok(unlocked());
            }
        }
        // Only a note for a curious person: the lock itself is the system's.
        let _ = file.set_len(0);
        let _ = writeln!(file, "{}", std::process::id());
        let _ = file.flush();
        Ok(DraftLock {
            draft: draft.to_path_buf(),
            path,
            file: Some(file),
        })
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        let Some(file) = self.file.take() else {
            return;
        };
        // Unix removes a file that is still open; Windows only once it is closed.
        let removed = std::fs::remove_file(&self.path).is_ok();
        drop(file);
        if !removed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// `folder/.name.toml.lock` for `folder/name.toml`.
pub fn lock_path(draft: &Path) -> PathBuf {
    let name = draft
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    draft.with_file_name(format!(".{name}.lock"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        let first = DraftLock::acquire(&draft).unwrap();
        let lock = dir.path().join(".poveste.toml.lock");
        let pid = std::fs::read_to_string(&lock).unwrap();
        assert_eq!(pid.trim(), std::process::id().to_string());
        assert!(matches!(
            DraftLock::acquire(&draft),
            Err(LockError::Busy { .. })
        ));
        drop(first);
        assert!(!lock.exists(), "the lock file is removed");
        let again = DraftLock::acquire(&draft).expect("free again");
        drop(again);
        assert!(!lock.exists());
    }

    #[test]
    fn a_lock_file_left_by_a_killed_copy_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        let lock = lock_path(&draft);
        std::fs::write(&lock, "999999999\n").unwrap();
        let taken = DraftLock::acquire(&draft).expect("stale lock taken over");
        let pid = std::fs::read_to_string(&lock).unwrap();
        assert_eq!(pid.trim(), std::process::id().to_string());
        drop(taken);
        assert!(!lock.exists());
    }

    #[test]
    fn a_folder_that_cannot_hold_a_lock_does_not_stop_the_opening() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("missing-folder").join("poveste.toml");
        assert!(DraftLock::acquire(&draft).is_ok());
    }
}
