//! Atomic file writes: a temporary file in the same folder, flushed to disk, then renamed
//! over the target, so a crash or a failed write never leaves half a file behind.
//!
//! The temporary file is named `.NAME.tmp-XXXXXX` beside `NAME`, so a file left by a crash
//! can be told apart and found again (see `story::leftover`).

use std::io::Write;
use std::path::{Path, PathBuf};

/// The start of the name of every temporary file written for `path`: `.NAME.tmp-`.
pub(crate) fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "povestitor".into(), |n| n.to_string_lossy());
    format!(".{name}.tmp-")
}

/// The folder `path` is in; `.` for a bare file name.
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// Writes to `path` atomically through `fill`; when `fill` fails, the old file (if any)
/// is left exactly as it was and the temporary file is removed.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    replace(path, path, fill, Durability::Flushed, || Ok(()))
}

/// Writes a file made from others (an exported article, a workshop's book, a photo copied
/// beside an article) atomically, like [`write_atomic`], without waiting for the disk to
/// hold it. Such a file can be made again from the draft; waiting for the disk costs more
/// than making it (BENCHMARKS.md). The words a person wrote (drafts, the personal word
/// list, settings) always wait.
pub fn write_derived(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if holds_exactly(path, bytes) {
        // Made again from unchanged drafts (a book compiled twice): the file already holds
        // these bytes, and writing them again (37 MB for a book with 90 photos, a third of a
        // second compile's time) would change nothing but its time, which is renewed.
        let mut options = std::fs::OpenOptions::new();
        options.append(true);
        super::lock::never_follow(&mut options);
        if let Ok(file) = options.open(path) {
            let _ = file.set_modified(std::time::SystemTime::now());
        }
        tracing::info!(path = %path.display(), "file unchanged");
        return Ok(());
    }
    replace(
        path,
        path,
        |file| file.write_all(bytes),
        Durability::Cached,
        || Ok(()),
    )
}

/// Whether `path` is a file of its own (not a symbolic link) that holds exactly `bytes`,
/// read a piece at a time, never more than `bytes` of it.
fn holds_exactly(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let same_size = std::fs::symlink_metadata(path)
        .is_ok_and(|meta| meta.file_type().is_file() && meta.len() == bytes.len() as u64);
    if !same_size {
        return false;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    super::lock::never_follow(&mut options);
    let Ok(mut file) = options.open(path) else {
        return false;
    };
    let mut piece = vec![0; 1 << 16];
    let mut rest = bytes;
    loop {
        match file.read(&mut piece) {
            Ok(0) => return rest.is_empty(),
            Ok(read) => match rest.split_at_checked(read) {
                Some((same, after)) if same == &piece[..read] => rest = after,
                _ => return false,
            },
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

/// Whether a write waits until the disk holds the new file before it replaces the old one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Durability {
    Flushed,
    Cached,
}

/// Writes `bytes` to `path` atomically, keeping what `path` held before in `backup`.
///
/// The order makes a crash at any point leave a complete draft at `path`, old or new:
/// 1. the new text goes to a temporary file beside `path`, flushed to disk: until the rename
///    below, `path` is untouched (a crash here leaves the temporary file, which
///    `story::leftover` finds);
/// 2. the old text is copied to `backup`, itself written atomically, so `backup` is always a
///    whole file, the earlier backup or the old draft; `path` is still untouched. A failure
///    here fails the save: a draft is never replaced without its backup;
/// 3. the temporary file is renamed over `path`, which the system does at once.
///
/// Renaming `path` to `backup` instead of copying would leave no draft at all between the
/// two renames. When `path` does not exist yet, or already holds exactly `bytes`, `backup`
/// is left alone, so it keeps the last version that differs.
pub fn write_atomic_keeping(path: &Path, bytes: &[u8], backup: &Path) -> std::io::Result<()> {
    write_atomic_keeping_with(path, bytes, backup, |file, bytes| file.write_all(bytes))
}

/// [`write_atomic_keeping`] with the writing of the new text done by `fill`, so tests can
/// make it fail.
pub fn write_atomic_keeping_with(
    path: &Path,
    bytes: &[u8],
    backup: &Path,
    fill: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let old = match std::fs::read(path) {
        Ok(old) => Some(old),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    replace(
        path,
        path,
        |file| fill(file, bytes),
        Durability::Flushed,
        || match old {
            // The backup is the draft as it was: readable by whom the draft was.
            Some(old) if old != bytes => replace(
                backup,
                path,
                |file| file.write_all(&old),
                Durability::Flushed,
                || Ok(()),
            ),
            _ => Ok(()),
        },
    )
}

/// `FILE.bak` beside `FILE`: where the previous version of a draft is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The temporary file filled (and flushed to disk when `durability` says so), given the
/// mode of `mode_of` (0644 when it does not exist), then `before_rename`, then the rename. On
/// any failure the temporary file is removed and `path` is left as it was.
fn replace(
    path: &Path,
    mode_of: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
    durability: Durability,
    before_rename: impl FnOnce() -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix("")
        .tempfile_in(folder_of(path))?;
    fill(temp.as_file_mut())?;
    if durability == Durability::Flushed {
        temp.as_file().sync_all()?;
    }
    keep_permissions(mode_of, temp.as_file())?;
    before_rename()?;
    let temp = temp.into_temp_path();
    persist_patiently(HELD_PATIENCE, || std::fs::rename(&temp, path))?;
    // Renamed: nothing is left at the temporary name to remove.
    let _ = temp.keep();
    // The path only: what was written is the person's.
    tracing::info!(path = %path.display(), "file written");
    Ok(())
}

/// How long a rename over a file another program holds is tried again: an antivirus or a
/// backup tool lets go within a moment; Word holds its file until it is closed.
const HELD_PATIENCE: Patience = Patience {
    tries: 8,
    pause: std::time::Duration::from_millis(120),
};

/// How many times, and how far apart, a held file is tried.
#[derive(Clone, Copy)]
struct Patience {
    tries: u32,
    pause: std::time::Duration,
}

/// Runs `rename` until it works, tried again while the file is held by another program
/// ([`is_held`]), at most `patience.tries` times; the last error otherwise.
fn persist_patiently(
    patience: Patience,
    mut rename: impl FnMut() -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut tried = 1;
    loop {
        match rename() {
            Err(e) if is_held(&e) && tried < patience.tries => {
                tried += 1;
                std::thread::sleep(patience.pause);
            }
            done => return done,
        }
    }
}

/// Whether `err` says another program holds the file (Word with the document open, an
/// antivirus reading it): Windows' sharing and lock violations, and the access denied it
/// answers a rename over a file open without delete sharing; a busy resource elsewhere.
pub fn is_held(err: &std::io::Error) -> bool {
    err.kind() == std::io::ErrorKind::ResourceBusy
        || (cfg!(windows) && err.raw_os_error().is_some_and(held_code))
}

/// The Windows error codes of a file held by another program: ERROR_ACCESS_DENIED (5, a
/// rename over a file open without delete sharing), ERROR_SHARING_VIOLATION (32),
/// ERROR_LOCK_VIOLATION (33).
pub fn held_code(code: i32) -> bool {
    matches!(code, 5 | 32 | 33)
}

/// Temporary files are created 0600; a document should keep the mode of the file it
/// replaces, or get the usual 0644 so other programs (a mail client, Word) can read it.
#[cfg(unix)]
fn keep_permissions(path: &Path, temp: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
    temp.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn keep_permissions(_path: &Path, _temp: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the files in `dir`: a temporary file left behind would show here.
    fn file_names(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("poveste.toml");
        std::fs::write(&path, "title = \"vechi\"\n").unwrap();
        let result = write_atomic_with(&path, |f| {
            f.write_all(b"title = \"nou, pe jum")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "title = \"vechi\"\n"
        );
        assert_eq!(file_names(dir.path()), ["poveste.toml"]);
    }

    /// A file made again with the bytes it already holds is not written again (the same
    /// file, its time renewed); with other bytes, or other bytes of the same length, it is
    /// replaced; the bytes differing only after the first piece read are seen too.
    #[test]
    fn a_derived_file_holding_the_same_bytes_is_left_and_its_time_renewed() {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("carte.docx");
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        write_derived(&path, &bytes).unwrap();
        let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1 << 30);
        std::fs::File::options()
            .append(true)
            .open(&path)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        #[cfg(unix)]
        let inode = std::fs::metadata(&path).unwrap().ino();
        write_derived(&path, &bytes).unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        #[cfg(unix)]
        assert_eq!(meta.ino(), inode, "the file itself was kept");
        assert!(meta.modified().unwrap() > long_ago, "its time renewed");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        let mut late_change = bytes.clone();
        *late_change.last_mut().unwrap() ^= 1;
        write_derived(&path, &late_change).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), late_change);
        #[cfg(unix)]
        assert_ne!(std::fs::metadata(&path).unwrap().ino(), inode);
        write_derived(&path, &bytes[..10]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), &bytes[..10]);
        assert_eq!(file_names(dir.path()), ["carte.docx"]);
    }

    /// A symbolic link at the name is never taken for the file, even when what it points at
    /// holds the same bytes: the link is replaced by a file, what it points at untouched.
    #[cfg(unix)]
    #[test]
    fn a_link_holding_the_same_bytes_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("altundeva.docx");
        std::fs::write(&target, b"aceleasi").unwrap();
        let path = dir.path().join("carte.docx");
        std::os::unix::fs::symlink(&target, &path).unwrap();
        write_derived(&path, b"aceleasi").unwrap();
        assert!(
            std::fs::symlink_metadata(&path)
                .unwrap()
                .file_type()
                .is_file()
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"aceleasi");
        assert_eq!(std::fs::read(&target).unwrap(), b"aceleasi");
    }

    /// A rename that meets a file held by another program (`held` times), then works.
    fn held_rename(held: u32, calls: &std::cell::Cell<u32>) -> impl FnMut() -> std::io::Result<()> {
        move || {
            calls.set(calls.get() + 1);
            if calls.get() <= held {
                Err(std::io::Error::from(std::io::ErrorKind::ResourceBusy))
            } else {
                Ok(())
            }
        }
    }

    const AT_ONCE: Patience = Patience {
        tries: 8,
        pause: std::time::Duration::ZERO,
    };

    #[test]
    fn a_file_held_for_a_moment_is_written_when_it_is_let_go() {
        let calls = std::cell::Cell::new(0);
        assert!(persist_patiently(AT_ONCE, held_rename(2, &calls)).is_ok());
        assert_eq!(calls.get(), 3);
    }

    #[test]
    fn a_file_held_on_is_tried_a_few_times_then_said_to_be_held() {
        let calls = std::cell::Cell::new(0);
        let err = persist_patiently(AT_ONCE, held_rename(u32::MAX, &calls)).unwrap_err();
        assert!(is_held(&err));
        assert_eq!(calls.get(), AT_ONCE.tries);
    }

    #[test]
    fn another_failure_is_not_tried_again() {
        let calls = std::cell::Cell::new(0);
        let err = persist_patiently(AT_ONCE, || {
            calls.set(calls.get() + 1);
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        })
        .unwrap_err();
        assert!(!is_held(&err));
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn windows_codes_of_a_held_file_are_known() {
        // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
        for code in [5, 32, 33] {
            assert!(held_code(code), "{code}");
        }
        // ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND, ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL.
        for code in [2, 3, 39, 112] {
            assert!(!held_code(code), "{code}");
        }
    }

    #[test]
    fn a_successful_write_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, "nou: ă î ș ț".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "nou: ă î ș ț");
    }

    #[test]
    fn a_made_file_replaces_the_old_one_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("articol.html");
        std::fs::write(&path, "vechi").unwrap();
        write_derived(&path, "nou: ă î ș ț".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "nou: ă î ș ț");
        assert_eq!(file_names(dir.path()), ["articol.html"]);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("articol.html");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
    }

    #[test]
    fn the_previous_version_is_kept_as_the_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("poveste.toml");
        let backup = backup_path(&path);
        assert_eq!(backup, dir.path().join("poveste.toml.bak"));
        write_atomic_keeping(&path, b"unu", &backup).unwrap();
        assert!(!backup.exists(), "nothing to keep before the first save");
        write_atomic_keeping(&path, b"doi", &backup).unwrap();
        write_atomic_keeping(&path, b"trei", &backup).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"trei");
        assert_eq!(std::fs::read(&backup).unwrap(), b"doi");
        // Saving the same text again keeps the last version that differs.
        write_atomic_keeping(&path, b"trei", &backup).unwrap();
        assert_eq!(std::fs::read(&backup).unwrap(), b"doi");
    }

    #[test]
    fn a_failed_save_leaves_the_file_and_its_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("poveste.toml");
        let backup = backup_path(&path);
        std::fs::write(&path, "nou").unwrap();
        std::fs::write(&backup, "vechi").unwrap();
        let result = write_atomic_keeping_with(&path, b"mai nou", &backup, |f, bytes| {
            f.write_all(&bytes[..3])?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "nou");
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), "vechi");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn temporary_files_are_named_after_their_target() {
        let path = Path::new("dosar/poveste.toml");
        assert_eq!(temp_prefix(path), ".poveste.toml.tmp-");
        assert_eq!(folder_of(path), Path::new("dosar"));
        assert_eq!(folder_of(Path::new("poveste.toml")), Path::new("."));
    }

    #[cfg(unix)]
    #[test]
    fn the_backup_keeps_the_drafts_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        let backup = backup_path(&path);
        std::fs::write(&path, "vechi").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic_keeping(&path, b"nou", &backup).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o640);
        assert_eq!(mode(&backup), 0o640, "no wider than the draft");
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), "vechi");
    }
}
