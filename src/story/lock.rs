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
#[derive(Debug, Clone, thiserror::Error)]
pub enum LockError {
    /// Another copy of the wizard has the draft open.
    #[error(
        "{} is already open in another povestitor window; continue there, or close it and try again",
        draft.display()
    )]
    Busy { draft: PathBuf, lock: PathBuf },
    /// The lock file's name is taken by something that is not a plain file of its own (a
    /// link, a folder, a pipe, a file with a second name): it is left alone.
    #[error(
        "{} cannot be locked: {} is not a plain file (a link, a folder or a pipe); delete it, then open the story again",
        draft.display(),
        lock.display()
    )]
    NotAFile { draft: PathBuf, lock: PathBuf },
}

impl DraftLock {
    /// Locks `draft`. When locking is not possible at all (a read-only folder, a file
    /// system without locks), the draft opens unlocked: saving will report the real
    /// problem, and refusing to open would only stand in the librarian's way.
    pub fn acquire(draft: &Path) -> Result<DraftLock, LockError> {
        let path = lock_path(draft);
        let not_a_file = |lock| LockError::NotAFile {
            draft: draft.to_path_buf(),
            lock,
        };
        let unlocked = || DraftLock {
            draft: draft.to_path_buf(),
            file: None,
        };
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !plain_file(&m)) {
            return Err(not_a_file(path));
        }
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        never_follow(&mut options);
        let mut file = match options.open(&path) {
            Ok(file) => file,
            // A link or a folder put there since the look above: refused all the same.
            Err(_) if std::fs::symlink_metadata(&path).is_ok_and(|m| !plain_file(&m)) => {
                return Err(not_a_file(path));
            }
            Err(_) => return Ok(unlocked()),
        };
        // What was opened, not what the name showed a moment before.
        if file.metadata().is_ok_and(|m| !plain_file(&m)) {
            return Err(not_a_file(path));
        }
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(LockError::Busy {
                    draft: draft.to_path_buf(),
                    lock: path,
                });
            }
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

/// A plain file with no other name: the only kind of lock file that may be written.
fn plain_file(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    let one_name = std::os::unix::fs::MetadataExt::nlink(meta) <= 1;
    #[cfg(not(unix))]
    let one_name = true;
    meta.file_type().is_file() && one_name
}

/// Opens the name itself, never what a link points at; a pipe opens without waiting.
pub(super) fn never_follow(options: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(flags.bits() as i32);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        /// FILE_FLAG_OPEN_REPARSE_POINT: the link itself is opened, then refused as not a file.
        const OPEN_REPARSE_POINT: u32 = 0x0020_0000;
        options.custom_flags(OPEN_REPARSE_POINT);
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

    #[cfg(unix)]
    #[test]
    fn a_lock_name_that_is_not_a_plain_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        let lock = lock_path(&draft);
        let victim = dir.path().join("victim.txt");
        let refused = |what: &str| match DraftLock::acquire(&draft) {
            Err(LockError::NotAFile { lock: named, .. }) => assert_eq!(named, lock, "{what}"),
            other => panic!("{what}: {other:?}"),
        };

        // A link to a file the user can write: the file keeps every byte.
        std::fs::write(&victim, "alias ls='ls --color'\n").unwrap();
        std::os::unix::fs::symlink(&victim, &lock).unwrap();
        refused("a link to a file");
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "alias ls='ls --color'\n"
        );
        std::fs::remove_file(&lock).unwrap();

        // A link to nothing yet: nothing is created where it points.
        let nowhere = dir.path().join("created-by-nobody");
        std::os::unix::fs::symlink(&nowhere, &lock).unwrap();
        refused("a dangling link");
        assert!(!nowhere.exists());
        std::fs::remove_file(&lock).unwrap();

        // A second name of another file.
        std::fs::hard_link(&victim, &lock).unwrap();
        refused("a hard link");
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "alias ls='ls --color'\n"
        );
        std::fs::remove_file(&lock).unwrap();

        // A folder.
        std::fs::create_dir(&lock).unwrap();
        refused("a folder");
        assert!(lock.is_dir());
        std::fs::remove_dir(&lock).unwrap();

        // A pipe: refused at once, without waiting for a writer.
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &lock,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .unwrap();
        refused("a pipe");
        std::fs::remove_file(&lock).unwrap();

        // The plain file of its own is used as before.
        let held = DraftLock::acquire(&draft).expect("a plain lock file");
        drop(held);
    }
}
