//! Photo files on the librarian's computer: the image files of a few folders (the draft's,
//! Pictures, Downloads, Desktop), a path as a terminal pastes it, and a chosen photo
//! brought beside the draft so that the story and its exports always find it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::draft_folder;

/// Extensions of the photos a Word document can hold.
const USABLE: &[&str] = &["jpg", "jpeg", "png"];
/// Extensions of images the export refuses: listed, marked, so she knows to convert them.
const REFUSED: &[&str] = &["heic", "heif", "webp", "gif", "bmp", "tif", "tiff", "avif"];

/// An image file found in one of the folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoFile {
    pub path: PathBuf,
    /// The file's name, as shown and searched.
    pub name: String,
    /// Bytes.
    pub size: u64,
    pub modified: SystemTime,
    /// JPEG or PNG, which every export takes.
    pub usable: bool,
}

/// The image files directly in `folders` (not in folders inside them), newest first; a
/// folder that is missing or unreadable gives nothing.
pub fn list_photos(folders: &[PathBuf]) -> Vec<PhotoFile> {
    let mut found: Vec<PhotoFile> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(extension) = path.extension().map(|e| e.to_string_lossy().to_lowercase())
            else {
                continue;
            };
            let usable = USABLE.contains(&extension.as_str());
            if !usable && !REFUSED.contains(&extension.as_str()) {
                continue;
            }
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !meta.is_file() || seen.contains(&real) {
                continue;
            }
            seen.push(real);
            found.push(PhotoFile {
                name: entry.file_name().to_string_lossy().into_owned(),
                size: meta.len(),
                modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                usable,
                path,
            });
        }
    }
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.name.cmp(&b.name)));
    found
}

/// A path as typed or pasted: surrounding spaces and quotes gone (Windows Terminal pastes
/// a dropped file as `"C:\Users\Ana\Pictures\a.jpg"`), and a `file://` address made a path.
pub fn clean_typed_path(text: &str) -> String {
    let mut text = text.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)) {
            text = inner.trim();
        }
    }
    let Some(address) = text.strip_prefix("file://") else {
        return text.to_string();
    };
    // file:///home/ana/a.jpg, file://localhost/…, file:///C:/Users/…
    let address = address.strip_prefix("localhost").unwrap_or(address);
    let decoded = crate::text::percent_decode(address);
    let windows_drive = decoded.len() > 2 && decoded.as_bytes()[2] == b':';
    match decoded.strip_prefix('/') {
        Some(rest) if windows_drive => rest.to_string(),
        _ => decoded,
    }
}

/// Where `typed` (cleaned) points: taken from the draft's folder when relative.
pub fn resolve_photo(draft: &Path, typed: &str) -> PathBuf {
    let path = Path::new(typed);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        // `poze\a.jpg` typed on Windows reads the same on Linux.
        crate::render::photo_file(draft_folder(draft), typed)
    }
}

/// The folder beside the draft that holds its photos: `poveste.toml` → `poveste-foto/`.
pub fn photo_folder_name(draft: &Path) -> String {
    let stem = draft
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "poveste".into());
    format!("{stem}-foto")
}

/// Brings `file` beside the draft and gives the path the draft records, relative to its
/// folder with `/`. A file already inside the draft's folder stays where it is; any other
/// is copied into the draft's photo folder, never over a different file of the same name
/// (`a-2.jpg`, `a-3.jpg`… instead), an identical copy already there used again.
pub fn take_photo(draft: &Path, file: &Path) -> std::io::Result<String> {
    let folder = draft_folder(draft);
    let real = std::fs::canonicalize(file)?;
    if !real.is_file() {
        return Err(std::io::Error::other(format!(
            "{} is not a file",
            file.display()
        )));
    }
    let home = std::fs::canonicalize(folder)?;
    if let Ok(inside) = real.strip_prefix(&home) {
        return Ok(slashed(inside));
    }
    let sub = photo_folder_name(draft);
    let target_folder = folder.join(&sub);
    std::fs::create_dir_all(&target_folder)?;
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "foto.jpg".into());
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_string(), format!(".{ext}")),
        _ => (name.clone(), String::new()),
    };
    for n in 1.. {
        let candidate = if n == 1 {
            name.clone()
        } else {
            format!("{stem}-{n}{extension}")
        };
        let target = target_folder.join(&candidate);
        if !target.exists() {
            std::fs::copy(&real, &target)?;
            return Ok(format!("{sub}/{candidate}"));
        }
        if same_bytes(&real, &target)? {
            return Ok(format!("{sub}/{candidate}"));
        }
    }
    Err(std::io::Error::other("no free file name"))
}

fn same_bytes(a: &Path, b: &Path) -> std::io::Result<bool> {
    if std::fs::metadata(a)?.len() != std::fs::metadata(b)?.len() {
        return Ok(false);
    }
    Ok(std::fs::read(a)? == std::fs::read(b)?)
}

fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_paths_lose_their_quotes_and_file_addresses() {
        assert_eq!(
            clean_typed_path("  \"/home/ana/a b.jpg\" "),
            "/home/ana/a b.jpg"
        );
        assert_eq!(clean_typed_path("'C:\\Poze\\a.jpg'"), "C:\\Poze\\a.jpg");
        assert_eq!(
            clean_typed_path("file:///home/ana/a%20b.jpg"),
            "/home/ana/a b.jpg"
        );
        assert_eq!(clean_typed_path("file:///C:/Poze/a.jpg"), "C:/Poze/a.jpg");
        assert_eq!(clean_typed_path("poze/a.jpg"), "poze/a.jpg");
    }

    #[test]
    fn a_photo_is_copied_once_and_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("poveste.toml");
        let outside = tempfile::tempdir().unwrap();
        let first = outside.path().join("a.jpg");
        std::fs::write(&first, b"one").unwrap();
        assert_eq!(take_photo(&draft, &first).unwrap(), "poveste-foto/a.jpg");
        assert_eq!(take_photo(&draft, &first).unwrap(), "poveste-foto/a.jpg");
        let other = outside.path().join("x");
        std::fs::create_dir(&other).unwrap();
        let second = other.join("a.jpg");
        std::fs::write(&second, b"two").unwrap();
        assert_eq!(take_photo(&draft, &second).unwrap(), "poveste-foto/a-2.jpg");
        let kept = std::fs::read(dir.path().join("poveste-foto/a.jpg")).unwrap();
        assert_eq!(kept, b"one");
        let inside = dir.path().join("poze");
        std::fs::create_dir(&inside).unwrap();
        std::fs::write(inside.join("b.png"), b"three").unwrap();
        assert_eq!(
            take_photo(&draft, &inside.join("b.png")).unwrap(),
            "poze/b.png"
        );
    }

    #[test]
    fn only_images_are_listed_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.JPG", "b.png", "c.heic", "notes.txt"] {
            std::fs::write(dir.path().join(name), name).unwrap();
        }
        let found = list_photos(&[dir.path().to_path_buf(), dir.path().join("none")]);
        let mut names: Vec<(&str, bool)> =
            found.iter().map(|f| (f.name.as_str(), f.usable)).collect();
        names.sort();
        assert_eq!(names, [("a.JPG", true), ("b.png", true), ("c.heic", false)]);
        assert!(found.windows(2).all(|w| w[0].modified >= w[1].modified));
    }
}
