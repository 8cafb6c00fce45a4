//! The log file, kept when `--log` or the configuration's `log = true` asks: what the program
//! did, for a bug report (`doctor --report` adds its last lines). Events only: a command
//! started and how it ended, with its duration; the files read and written, by path; each
//! publishing step; errors. Never a password, never the words of a story: events name files,
//! steps and counts, and the publishing request (which holds the password) is never logged.
//!
//! `povestitor.log` in the data folder ([`log_path`](super::log_path)), at most [`LOG_LIMIT`]
//! bytes: a line that would pass it moves the file to `povestitor.log.1` (and that one to
//! `.2`), so there are at most [`LOG_FILES`] files.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

/// The size a log file is kept under.
pub const LOG_LIMIT: u64 = 1024 * 1024;
/// How many log files there are at most: the current one and the older ones.
pub const LOG_FILES: usize = 3;

/// Starts writing the log to `path` (its folder made when missing) for the rest of the
/// process. A second start in the same process leaves the first one in place.
pub fn start_log(path: &Path) -> std::io::Result<()> {
    let file = Rotating::open(path, LOG_LIMIT)?;
    let _ = tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_target(false)
        .with_timer(LocalTime)
        .with_max_level(tracing::Level::INFO)
        .try_init();
    Ok(())
}

/// The last `count` lines of the log at `path`, the older file's first when the current one
/// has fewer; empty when there is no log.
pub fn log_tail(path: &Path, count: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for file in [numbered(path, 1), path.to_path_buf()] {
        if let Ok(bytes) = std::fs::read(&file) {
            lines.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
        }
    }
    let skip = lines.len().saturating_sub(count);
    lines.split_off(skip)
}

/// `path` for 0, else `path.N`: the Nth older log.
fn numbered(path: &Path, n: usize) -> PathBuf {
    if n == 0 {
        return path.to_path_buf();
    }
    let mut name = path.as_os_str().to_os_string();
    name.push(format!(".{n}"));
    PathBuf::from(name)
}

/// The time of a log line, the computer's own (a librarian says when it happened in hers).
struct LocalTime;

impl FormatTime for LocalTime {
    fn format_time(&self, w: &mut Writer<'_>) -> std::fmt::Result {
        write!(
            w,
            "{}",
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S%.3f")
        )
    }
}

/// A log file that moves aside when a write would take it past its limit.
struct Rotating {
    path: PathBuf,
    limit: u64,
    file: File,
    size: u64,
}

impl Rotating {
    fn open(path: &Path, limit: u64) -> std::io::Result<Rotating> {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let size = file.metadata()?.len();
        Ok(Rotating {
            path: path.to_path_buf(),
            limit,
            file,
            size,
        })
    }

    /// `.1` becomes `.2` and so on (the oldest replaced), the current file `.1`, and a new
    /// current file is begun.
    fn rotate(&mut self) -> std::io::Result<()> {
        for n in (1..LOG_FILES).rev() {
            let from = numbered(&self.path, n - 1);
            match std::fs::rename(&from, numbered(&self.path, n)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        *self = Rotating::open(&self.path, self.limit)?;
        Ok(())
    }
}

impl Write for Rotating {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.size > 0 && self.size + buf.len() as u64 > self.limit {
            self.rotate()?;
        }
        let written = self.file.write(buf)?;
        self.size += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_log_moves_aside_and_at_most_three_files_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logs").join("povestitor.log");
        let mut log = Rotating::open(&path, 100).unwrap();
        for n in 0..12 {
            log.write_all(format!("line {n:02} {}\n", "x".repeat(30)).as_bytes())
                .unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["povestitor.log", "povestitor.log.1", "povestitor.log.2"]
        );
        for n in 0..LOG_FILES {
            let size = std::fs::metadata(numbered(&path, n)).unwrap().len();
            assert!(size <= 100, "{n}: {size}");
        }
        // Three lines of 40 bytes to a file: the newest two files hold the last lines.
        let tail = log_tail(&path, 4);
        assert_eq!(tail.len(), 4);
        assert!(tail[0].starts_with("line 08"), "{tail:?}");
        assert!(tail[3].starts_with("line 11"), "{tail:?}");
        let current = std::fs::read_to_string(&path).unwrap();
        assert!(current.starts_with("line 10"), "{current}");
    }

    #[test]
    fn a_log_goes_on_where_it_was_and_no_log_has_no_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("povestitor.log");
        assert!(log_tail(&path, 10).is_empty());
        std::fs::write(&path, "one\ntwo\n").unwrap();
        let mut log = Rotating::open(&path, 1000).unwrap();
        log.write_all(b"three\n").unwrap();
        assert_eq!(log_tail(&path, 2), ["two", "three"]);
    }
}
