//! One window per draft (the wizard or the plain mode): a lock file next to the draft
//! (`.poveste.toml.lock`, holding the process id) so a second copy says so instead of
//! overwriting the first one's autosaves.
//!
//! The file is locked with the operating system's own file lock (`flock` on Unix,
//! `LockFileEx` on Windows), which the system drops when the process ends however it
//! ends. A lock file left behind by a killed copy is therefore not locked, and is simply
//! taken over; no process ids have to be checked.
//!
//! The lock file stays on disk when the wizard closes: only the lock is released. Deleting it
//! would race with a second copy: that copy may have opened the file just before the delete
//! and then lock the deleted file, while a third copy creates a new file of the same name and
//! locks that one; two wizards would then edit the same draft, each holding "the" lock. A
//! file that is never deleted is one file, so its lock is the only one. (It is a hidden file
//! of one line; deleting it by hand when no wizard is open is harmless.)

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Held while a draft is open; the lock is released when dropped (the file stays).
#[derive(Debug)]
pub struct DraftLock {
    /// The draft this lock is for.
    pub draft: PathBuf,
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
            // A file system without locks: the file is ours, but it may be someone else's
            // next moment too; it is left as it is.
            Err(TryLockError::Error(_)) => return Ok(unlocked()),
        }
        // Only a note for a curious person: the lock itself is the system's.
        let _ = file.set_len(0);
        let _ = writeln!(file, "{}", std::process::id());
        let _ = file.flush();
        Ok(DraftLock {
            draft: draft.to_path_buf(),
            file: Some(file),
        })
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            // Closing the file would release the lock too; saying it keeps the intent clear.
            let _ = file.unlock();
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
        assert!(lock.exists(), "the lock file stays: deleting it would race");
        let again = DraftLock::acquire(&draft).expect("free again at once");
        assert!(matches!(
            DraftLock::acquire(&draft),
            Err(LockError::Busy { .. })
        ));
        drop(again);
        assert!(lock.exists());
        DraftLock::acquire(&draft).expect("free again");
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
        assert!(lock.exists());
        assert!(DraftLock::acquire(&draft).is_ok(), "released");
    }

    #[test]
    fn the_file_a_holder_locked_is_the_file_the_next_copy_locks() {
        // The unlink race: with the file deleted on close, a copy that opened the old file
        // and a copy that created a new one could both lock "it". The file stays, so the
        // name always leads to the locked file.
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        let lock = lock_path(&draft);
        let first = DraftLock::acquire(&draft).unwrap();
        let opened_early = std::fs::OpenOptions::new().write(true).open(&lock).unwrap();
        drop(first);
        let second = DraftLock::acquire(&draft).unwrap();
        // The handle opened before the first copy closed is the same file: it sees the lock.
        assert!(matches!(
            opened_early.try_lock(),
            Err(TryLockError::WouldBlock)
        ));
        drop(second);
        assert!(opened_early.try_lock().is_ok());
    }

    #[test]
    fn a_folder_that_cannot_hold_a_lock_does_not_stop_the_opening() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("missing-folder").join("poveste.toml");
        assert!(DraftLock::acquire(&draft).is_ok());
    }
}
