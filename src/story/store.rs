//! Reading and saving draft files.
//!
//! A draft is read twice: with serde into [`Draft`], and with `toml_edit` into the
//! [`Document`] it carries, so that saving writes the changed values into the text as it was
//! and keeps comments, blank lines, key order and quoting. Each save keeps the previous
//! version as `FILE.bak`.

use std::io::Write;
use std::path::Path;

use super::{Document, Draft, backup_path, write_atomic_keeping_with};

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("cannot read the draft {path}: {source}. Check the file name and that the file exists")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "cannot save the draft {path}: {source}. The previous version of the file was kept; check there is free space and that the folder can be written to"
    )]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: the file is not UTF-8 text; save it again as UTF-8")]
    NotUtf8 { path: String },
    #[error(
        "{path}:{line}:{column}: {message}. Fix the draft at that place (it is a TOML file) and try again"
    )]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}. Fix the draft (it is a TOML file) and try again")]
    Shape { path: String, message: String },
    #[error(
        "{path} is not a file a story can be in (a folder, a pipe or a device); choose the story's .toml file"
    )]
    NotAFile { path: String },
    #[error(
        "{path} is a link to {target}; a story is saved only in its own file: open {target} itself"
    )]
    Link { path: String, target: String },
    #[error(
        "{path} is read-only, so the story cannot be saved in it; make the file writable, or save a copy under another name"
    )]
    ReadOnly { path: String },
    #[error(
        "{path} is larger than {limit_mb} MB, far more than any story; check that it is the right file"
    )]
    TooBig { path: String, limit_mb: usize },
}

/// The largest draft read, in MB: a long story with comments is some tens of KB; a bigger
/// file is not a story, and reading it whole (or a device that never ends) would fill memory.
pub const MAX_DRAFT_MB: usize = 20;

/// The bytes of a draft file: only a regular file (a link to one is fine), never more than
/// the limit, and a pipe is refused without waiting for someone to write into it.
fn read_draft_file(path: &Path, display: &str) -> Result<Vec<u8>, DraftError> {
    use std::io::Read;
    let read_error = |source| DraftError::Read {
        path: display.to_string(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(read_error)?;
    let meta = file.metadata().map_err(read_error)?;
    if !meta.is_file() {
        return Err(DraftError::NotAFile {
            path: display.to_string(),
        });
    }
    let limit = (MAX_DRAFT_MB * 1024 * 1024) as u64;
    let too_big = || DraftError::TooBig {
        path: display.to_string(),
        limit_mb: MAX_DRAFT_MB,
    };
    if meta.len() > limit {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Parses draft text; `path` is only used in messages.
pub fn parse_draft(text: &str, path: &str) -> Result<Draft, DraftError> {
    let mut draft: Draft = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().trim_end_matches('.').to_string();
        match e.span() {
            Some(span) => {
                let (line, column) = crate::text::line_col(text, span.start);
                DraftError::Syntax {
                    path: path.to_string(),
                    line,
                    column,
                    message,
                }
            }
            None => DraftError::Shape {
                path: path.to_string(),
                message,
            },
        }
    })?;
    draft.document = Document::parse(text);
    Ok(draft)
}

pub fn load_draft(path: &Path) -> Result<Draft, DraftError> {
    let display = path.display().to_string();
    let bytes = read_draft_file(path, &display)?;
    let (file, size) = (display.as_str(), bytes.len());
    tracing::info!(path = file, bytes = size, "draft read");
    let text = String::from_utf8(bytes).map_err(|_| DraftError::NotUtf8 {
        path: display.clone(),
    })?;
    parse_draft(&text, &display)
}

/// Whether a story may be saved at `path`: a link is never written through or replaced by a
/// file (it may lead anywhere; `Link` names where), and a read-only file stays as it is.
pub fn writable_draft(path: &Path) -> Result<(), DraftError> {
    let display = || path.display().to_string();
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        let target =
            std::fs::read_link(path).map_or_else(|_| "?".into(), |t| t.display().to_string());
        return Err(DraftError::Link {
            path: display(),
            target,
        });
    }
    if meta.is_file() && meta.permissions().readonly() {
        return Err(DraftError::ReadOnly { path: display() });
    }
    Ok(())
}

/// Saves atomically, keeping the previous version as `FILE.bak`: on any failure the file
/// and its backup on disk are as they were.
pub fn save_draft(path: &Path, draft: &Draft) -> Result<(), DraftError> {
    save_draft_with(path, draft, |file, bytes| file.write_all(bytes))
}

fn save_draft_with(
    path: &Path,
    draft: &Draft,
    fill: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), DraftError> {
    let display = path.display().to_string();
    writable_draft(path)?;
    let text = draft_text(draft, &display).map_err(|source| DraftError::Write {
        path: display.clone(),
        source,
    })?;
    write_atomic_keeping_with(path, text.as_bytes(), &backup_path(path), fill).map_err(|source| {
        DraftError::Write {
            path: display,
            source,
        }
    })
}

/// The text of `draft`: its kept document with the new values when that reads back as the
/// same draft, else the draft written afresh (which loses only comments and layout).
fn draft_text(draft: &Draft, path: &str) -> std::io::Result<String> {
    let fresh = toml::to_string_pretty(draft).map_err(|e| std::io::Error::other(e.to_string()))?;
    let reads_back = |text: &String| parse_draft(text, path).is_ok_and(|again| again == *draft);
    let text = draft
        .document
        .merged(&fresh)
        .filter(reads_back)
        .unwrap_or(fresh);
    // The file's own line ends and byte order mark, when the draft reads the same with them.
    let styled = draft.document.in_file_style(&text);
    Ok(if styled == text || !reads_back(&styled) {
        text
    } else {
        styled
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HAND_EDITED: &str = r#"template = "success-story"
reviewer_note = "de văzut"

[meta]
author = "Ana Rusu"
date = 2026-11-25
phone = "+373 231 00000"

[answers]
title = "Clubul „Lectura de sîmbătă”"
problem = """
Copiii nu veneau.

Acum vin."""
future_step = 42

[[answers.quotes]]
text = "Îmi place."
author = "Ion"
role = "cititor"
mood = "vesel"
"#;

    #[test]
    fn load_then_save_keeps_unknown_keys_and_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        let draft = parse_draft(HAND_EDITED, "d.toml").unwrap();
        save_draft(&path, &draft).unwrap();
        let again = load_draft(&path).unwrap();
        assert_eq!(again, draft);
        let saved = std::fs::read_to_string(&path).unwrap();
        for kept in [
            "reviewer_note = \"de văzut\"",
            "phone = \"+373 231 00000\"",
            "future_step = 42",
            "mood = \"vesel\"",
            "Clubul „Lectura de sîmbătă”",
        ] {
            assert!(saved.contains(kept), "{kept} lost in:\n{saved}");
        }
        assert_eq!(again.meta.date, "2026-11-25");
        assert_eq!(
            again.answers.text("problem"),
            "Copiii nu veneau.\n\nAcum vin."
        );
        assert_eq!(again.answers.items("quotes")[0].get("role"), "cititor");
        assert!(saved.contains("schema_version = 1"));
    }

    #[test]
    fn a_failed_save_leaves_the_draft_and_its_backup_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        std::fs::write(&path, HAND_EDITED).unwrap();
        let mut draft = load_draft(&path).unwrap();
        draft.answers.set_text("title", "Primul".into());
        save_draft(&path, &draft).unwrap();
        let (kept, backup) = (
            std::fs::read_to_string(&path).unwrap(),
            std::fs::read_to_string(dir.path().join("d.toml.bak")).unwrap(),
        );
        assert_eq!(backup, HAND_EDITED);
        draft.answers.set_text("title", "Al doilea".into());
        let failed = save_draft_with(&path, &draft, |file, bytes| {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(std::io::Error::other("disk full"))
        });
        let message = failed.unwrap_err().to_string();
        assert!(message.contains("disk full"), "{message}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), kept);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("d.toml.bak")).unwrap(),
            backup
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn comments_survive_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.toml");
        let mut draft = parse_draft(HAND_EDITED, "d.toml").unwrap();
        let comment = crate::story::Comment::new("Ion Rusu", "2026-11-25", "Mai scurt, vă rog.");
        draft.add_comment("problem", comment.clone());
        draft.add_comment("problem", comment.clone());
        assert!(draft.set_resolved("problem", 1, true));
        save_draft(&path, &draft).unwrap();
        let saved = std::fs::read_to_string(&path).unwrap();
        assert!(saved.contains("[[comments.problem]]"), "{saved}");
        assert!(saved.contains("reviewer_note = \"de văzut\""), "{saved}");
        let again = load_draft(&path).unwrap();
        assert_eq!(again, draft);
        let back = again.comments("problem");
        assert_eq!(back[0], comment);
        assert!(back[1].resolved);
        // A draft without comments is written without a `comments` table.
        let plain = parse_draft(HAND_EDITED, "d.toml").unwrap();
        assert!(!toml::to_string(&plain).unwrap().contains("comments"));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = parse_draft("template = \"x\"\ntitle = \n", "p.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("p.toml:2:"), "{msg}");
    }
}
