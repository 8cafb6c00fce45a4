//! Photos prepared once: what [`super::Photo::prepared`] made of a photo is kept in the
//! user's cache folder, so the next export, book or upload of it takes the bytes at once.
//!
//! An entry is named by the SHA-256 of the photo's file (a changed file is another entry)
//! and by what it was made for (the longest side, the format, the JPEG quality), with the
//! version of the way photos are made, so a newer program never takes an older one's work:
//! `v3-<hash>-2000-q85.jpg`. Its bytes end with their own SHA-256, checked on every reading,
//! so a file cut short by a crash or changed by anything else is never used (entries are
//! written without waiting for the disk). The folder holds at most [`PhotoCache::bound`]
//! bytes: before an entry is added, the entries used longest ago go (each use renews an
//! entry's time).
//!
//! Nothing here is ever an error for the user: a folder that cannot be made, read or written
//! (read-only, deleted while in use, full) is only a photo prepared again.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use super::kind::ImageFormat;

/// The size the folder is kept under unless told otherwise: 500 MB, a thousand books'
/// worth of phone photos at a few hundred KB each.
pub const DEFAULT_BOUND: u64 = 500 * 1024 * 1024;

/// The version of the way photos are prepared (decoding, scaling, turning, encoding): raised
/// whenever the same photo would come out as other bytes, so old entries are never used.
/// v2: a camera's Y, Cb, Cr go from decoder to encoder as they are (v1 rounded them
/// through R, G, B). v3: its colours too, as the file stores them (v2 upsampled them first).
const VERSION: &str = "v3";

/// A temporary file older than this, left by a program that stopped while writing, is
/// removed when room is made.
const STALE: std::time::Duration = std::time::Duration::from_secs(3600);

/// The folder of prepared photos, and how large it may grow.
#[derive(Debug)]
pub struct PhotoCache {
    folder: PathBuf,
    bound: u64,
    /// One writer at a time in this process, so the folder's size is counted and kept
    /// under the bound by each writer in turn.
    writing: Mutex<()>,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

/// Which entry a photo's bytes are kept under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Key {
    name: String,
}

impl Key {
    /// The entry for the photo file `source` prepared to at most `long_side` pixels as
    /// `format`, at `quality` for a JPEG.
    pub(super) fn new(source: &[u8], long_side: u32, format: ImageFormat, quality: u8) -> Key {
        let hash = sha256_hex(source);
        let name = match format {
            ImageFormat::Jpeg => format!("{VERSION}-{hash}-{long_side}-q{quality}.jpg"),
            ImageFormat::Png => format!("{VERSION}-{hash}-{long_side}.png"),
        };
        Key { name }
    }
}

impl PhotoCache {
    /// The cache in `folder` (made when the first entry is written), kept under
    /// [`DEFAULT_BOUND`].
    pub fn new(folder: impl Into<PathBuf>) -> PhotoCache {
        PhotoCache::with_bound(folder, DEFAULT_BOUND)
    }

    /// The cache in `folder`, kept under `bound` bytes.
    pub fn with_bound(folder: impl Into<PathBuf>, bound: u64) -> PhotoCache {
        PhotoCache {
            folder: folder.into(),
            bound,
            writing: Mutex::new(()),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The most bytes its entries take together.
    pub fn bound(&self) -> u64 {
        self.bound
    }

    /// How many photos were taken from the cache since it was opened.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }

    /// How many photos were looked for and not found (and so were prepared).
    pub fn misses(&self) -> usize {
        self.misses.load(Ordering::Relaxed)
    }

    /// The bytes the entries take now (0 when there is no folder).
    pub fn size(&self) -> u64 {
        self.entries().iter().map(|e| e.size).sum()
    }

    /// The bytes kept under `key`, when they are there whole; their time renewed.
    pub(super) fn get(&self, key: &Key) -> Option<Vec<u8>> {
        let found = self.read(key);
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    fn read(&self, key: &Key) -> Option<Vec<u8>> {
        let path = self.folder.join(&key.name);
        let mut bytes = std::fs::read(&path).ok()?;
        let split = bytes.len().checked_sub(32)?;
        if Sha256::digest(&bytes[..split]).as_slice() != &bytes[split..] {
            // Cut short or changed: never used, and out of the way of the next writer.
            let _ = std::fs::remove_file(&path);
            return None;
        }
        bytes.truncate(split);
        renew(&path);
        Some(bytes)
    }

    /// Keeps `bytes` under `key`, making room first; quietly does nothing when the folder
    /// cannot be written or the bytes alone are more than the bound.
    pub(super) fn put(&self, key: &Key, bytes: &[u8]) {
        let size = bytes.len() as u64 + 32;
        if size > self.bound {
            return;
        }
        let Ok(_turn) = self.writing.lock() else {
            return;
        };
        if make_folder(&self.folder).is_err() {
            return;
        }
        self.make_room(size);
        let mut stored = Vec::with_capacity(bytes.len() + 32);
        stored.extend_from_slice(bytes);
        stored.extend_from_slice(&Sha256::digest(bytes));
        let _ = crate::story::write_derived(&self.folder.join(&key.name), &stored);
    }

    /// Removes the entries used longest ago until `incoming` more bytes fit under the bound,
    /// and temporary files a stopped program left.
    fn make_room(&self, incoming: u64) {
        let mut entries = self.entries();
        let now = SystemTime::now();
        for entry in entries.iter().filter(|e| e.temporary) {
            if now
                .duration_since(entry.modified)
                .is_ok_and(|age| age > STALE)
            {
                let _ = std::fs::remove_file(&entry.path);
            }
        }
        // Oldest first; a temporary file being written counts towards the size, but is not
        // removed from under its writer.
        entries.sort_by_key(|e| (e.temporary, e.modified));
        let mut total: u64 = entries.iter().map(|e| e.size).sum();
        for entry in entries.iter().filter(|e| !e.temporary) {
            if total + incoming <= self.bound {
                break;
            }
            // Gone already (another program made room too) is as good as removed.
            let _ = std::fs::remove_file(&entry.path);
            total = total.saturating_sub(entry.size);
        }
    }

    /// The folder's files: entries and temporary files (none when it cannot be read).
    fn entries(&self) -> Vec<Entry> {
        let Ok(listing) = std::fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        listing
            .flatten()
            .filter_map(|item| {
                let name = item.file_name();
                let name = name.to_str()?;
                let temporary = name.starts_with('.') && name.contains(".tmp-");
                if !temporary && !name.starts_with("v") {
                    return None;
                }
                let metadata = item.metadata().ok().filter(|m| m.is_file())?;
                Some(Entry {
                    path: item.path(),
                    size: metadata.len(),
                    modified: metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                    temporary,
                })
            })
            .collect()
    }
}

#[derive(Debug)]
struct Entry {
    path: PathBuf,
    size: u64,
    modified: SystemTime,
    temporary: bool,
}

/// Marks the entry at `path` used now: the last to go when room is made. A folder that cannot
/// be written keeps the old time, which only matters to that order. Never through a symbolic
/// link put in the entry's place: the time of whatever it points at is not the cache's to
/// change (the file is opened with `O_NOFOLLOW`, which refuses a link).
fn renew(path: &Path) {
    let mut options = std::fs::File::options();
    options.append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
    if let Ok(file) = options.open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// The folder, readable only by its owner where the system says so: the photos are of
/// people (children among them), and another account on the computer has no business there.
fn make_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
}

/// SHA-256 of `bytes`, in hex: how the cache names a photo's file, and how publishing
/// knows a photo it sent.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The cache the whole program uses, set once by the program at its start
/// ([`use_photo_cache`]); none in a library that never set one (tests among them).
static SHARED: OnceLock<PhotoCache> = OnceLock::new();

/// Makes `cache` the one every [`super::Photo::prepared`] uses from now on; only the first
/// call counts.
pub fn use_photo_cache(cache: PhotoCache) {
    let _ = SHARED.set(cache);
}

/// The cache set by [`use_photo_cache`], if any.
pub fn shared() -> Option<&'static PhotoCache> {
    SHARED.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> Key {
        Key::new(&[n], 2000, ImageFormat::Jpeg, 85)
    }

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn an_entry_is_named_by_its_source_and_purpose() {
        let a = Key::new(b"photo", 2000, ImageFormat::Jpeg, 85);
        assert!(a.name.starts_with("v3-"), "{}", a.name);
        assert!(a.name.ends_with("-2000-q85.jpg"), "{}", a.name);
        assert_ne!(a, Key::new(b"photo!", 2000, ImageFormat::Jpeg, 85));
        assert_ne!(a, Key::new(b"photo", 2560, ImageFormat::Jpeg, 85));
        assert_ne!(a, Key::new(b"photo", 2000, ImageFormat::Jpeg, 90));
        assert_ne!(a, Key::new(b"photo", 2000, ImageFormat::Png, 85));
    }

    #[test]
    fn what_is_kept_comes_back_and_a_damaged_entry_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PhotoCache::new(dir.path().join("photos"));
        assert_eq!(cache.get(&key(1)), None);
        cache.put(&key(1), b"prepared bytes");
        assert_eq!(cache.get(&key(1)).as_deref(), Some(&b"prepared bytes"[..]));
        assert_eq!((cache.hits(), cache.misses()), (1, 1));
        // Cut short, as a crash before the disk held it could leave it.
        let path = cache.folder().join(&key(1).name);
        let whole = std::fs::read(&path).unwrap();
        std::fs::write(&path, &whole[..whole.len() - 3]).unwrap();
        assert_eq!(cache.get(&key(1)), None);
        assert!(!path.exists(), "a damaged entry is removed");
    }

    #[test]
    fn the_entries_used_longest_ago_make_room() {
        let dir = tempfile::tempdir().unwrap();
        // Room for three entries of 100 bytes (each with its 32-byte check).
        let cache = PhotoCache::with_bound(dir.path(), 3 * 132);
        let hour = std::time::Duration::from_secs(3600);
        for n in 1..=3 {
            cache.put(&key(n), &[n; 100]);
            // Each an hour older than the next, whatever the clock's grain.
            let file = std::fs::File::options()
                .append(true)
                .open(dir.path().join(&key(n).name))
                .unwrap();
            file.set_modified(SystemTime::now() - hour * u32::from(10 - n))
                .unwrap();
        }
        // Entry 1 is used: now it is the newest, and 2 the oldest.
        assert!(cache.get(&key(1)).is_some());
        cache.put(&key(4), &[4; 100]);
        assert!(cache.size() <= cache.bound());
        let kept: Vec<bool> = (1..=4).map(|n| cache.get(&key(n)).is_some()).collect();
        assert_eq!(kept, [true, false, true, true]);
        // Bytes larger than the whole bound are never kept, and take nothing out.
        cache.put(&key(5), &[5; 400]);
        assert!(cache.get(&key(5)).is_none());
        assert!(cache.get(&key(3)).is_some());
    }

    #[cfg(unix)]
    #[test]
    fn only_its_owner_can_read_the_folder() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let cache = PhotoCache::new(dir.path().join("cache").join("photos"));
        cache.put(&key(1), b"a child's photo");
        for folder in [cache.folder(), &dir.path().join("cache")] {
            let mode = std::fs::metadata(folder).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{}", folder.display());
        }
    }

    /// An entry replaced by a symbolic link to a file elsewhere (with the same bytes, so it
    /// is read and used): its use renews no time, least of all the other file's.
    #[cfg(unix)]
    #[test]
    fn a_use_renews_no_time_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PhotoCache::new(dir.path().join("photos"));
        cache.put(&key(1), b"prepared bytes");
        let entry = cache.folder().join(&key(1).name);
        let elsewhere = dir.path().join("elsewhere");
        std::fs::rename(&entry, &elsewhere).unwrap();
        let long_ago = SystemTime::now() - std::time::Duration::from_secs(10 * 3600);
        std::fs::File::options()
            .append(true)
            .open(&elsewhere)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        std::os::unix::fs::symlink(&elsewhere, &entry).unwrap();
        assert_eq!(cache.get(&key(1)).as_deref(), Some(&b"prepared bytes"[..]));
        let modified = std::fs::metadata(&elsewhere).unwrap().modified().unwrap();
        let hour = std::time::Duration::from_secs(3600);
        assert!(
            modified < SystemTime::now() - 9 * hour,
            "the file the link points at keeps its time"
        );
        // A real entry is renewed as before.
        cache.put(&key(2), b"other bytes");
        let real = cache.folder().join(&key(2).name);
        std::fs::File::options()
            .append(true)
            .open(&real)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        assert!(cache.get(&key(2)).is_some());
        let renewed = std::fs::metadata(&real).unwrap().modified().unwrap();
        assert!(
            renewed > SystemTime::now() - hour,
            "a used entry is the newest"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        std::fs::write(&file, "not a folder").unwrap();
        let cache = PhotoCache::new(file.join("photos"));
        cache.put(&key(1), b"bytes");
        assert_eq!(cache.get(&key(1)), None);
        assert_eq!(cache.size(), 0);
    }
}
