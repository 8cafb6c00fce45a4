//! The story's photos: where their files are, whether they can be used, and how big they are.
//!
//! A photo's `path` is written relative to the draft's folder. Exports reference it under its
//! *published* path (the same relative path, or only the file name when the path leaves the
//! draft's folder), and `export -o` copies the file there, next to the article.

use std::path::{Component, Path, PathBuf};

use crate::story::Draft;
use crate::template::{StepKind, Template};

/// The largest photo file read (in MB, and in bytes below): a camera's photo is a few MB; a bigger file is not meant
/// for an article, and reading it whole (or a device that never ends) would fill the memory.
pub const MAX_PHOTO_MB: usize = 20;
const MAX_PHOTO_BYTES: u64 = 20 * 1024 * 1024;

/// A photo of the draft, with its file found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// 1 for the first photo of its step.
    pub number: usize,
    /// The title of the photos step, as the librarian saw it in the wizard.
    pub step: String,
    /// The path as written in the draft.
    pub path: String,
    /// Where the file is on disk: `path` taken from the draft's folder.
    pub file: PathBuf,
    /// Where the photo goes next to an exported article (a relative path with `/`).
    pub published: String,
}

/// A photo read into memory, with what a Word document needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoData {
    pub bytes: Vec<u8>,
    pub format: ImageFormat,
    /// Pixels.
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
}

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error(
        "photo {number} in \"{step}\" has a caption but no file; add the file's path, or remove the photo"
    )]
    NoPath { number: usize, step: String },
    #[error(
        "photo {number} in \"{step}\" ({path}) is missing: {file} does not exist. Put the photo there, or fix its path in the draft (it is read from the draft's folder)"
    )]
    Missing {
        number: usize,
        step: String,
        path: String,
        file: String,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) cannot be read from {file}: {source}. Check that it is a file you may read"
    )]
    Unreadable {
        number: usize,
        step: String,
        path: String,
        file: String,
        source: std::io::Error,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) is not a file: {file} is a device, a pipe or another special file. Point the draft at the photo's own file"
    )]
    NotAFile {
        number: usize,
        step: String,
        path: String,
        file: String,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) is larger than {limit_mb} MB, too large for an article; save a smaller copy (any photo editor can) and change its path in the draft"
    )]
    TooBig {
        number: usize,
        step: String,
        path: String,
        limit_mb: usize,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) is not a PNG or JPEG image; save it as .jpg or .png (any photo editor can) and change its path in the draft"
    )]
    NotAnImage {
        number: usize,
        step: String,
        path: String,
    },
}

/// The draft's photos (blank items skipped), with files taken from `base_dir`
/// (the draft's folder; the current folder when `None`).
pub fn story_photos(template: &Template, draft: &Draft, base_dir: Option<&Path>) -> Vec<Photo> {
    let base = base_dir.unwrap_or_else(|| Path::new(""));
    let mut photos = Vec::new();
    for step in template.steps.iter().filter(|s| s.kind == StepKind::Photos) {
        let items = draft.answers.items(&step.id);
        for (i, item) in items.iter().filter(|item| !item.is_blank()).enumerate() {
            let path = item.get("path").trim().to_string();
            photos.push(Photo {
                number: i + 1,
                step: step.title.clone(),
                file: photo_file(base, &path),
                published: published_path(&path),
                path,
            });
        }
    }
    photos
}

impl Photo {
    /// Checks that the file is there and can be opened, without reading it.
    pub fn check(&self) -> Result<(), PhotoError> {
        self.open().map(drop)
    }

    /// Reads the file and finds its format and size in pixels.
    pub fn load(&self) -> Result<PhotoData, PhotoError> {
        use std::io::Read;
        let file = self.open()?;
        // The size was checked when opening; a file that grows since is still read only
        // up to the limit, so memory stays bounded whatever the path names.
        let mut bytes = Vec::new();
        file.take(MAX_PHOTO_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| self.unreadable(source))?;
        if bytes.len() as u64 > MAX_PHOTO_BYTES {
            return Err(self.too_big());
        }
        let (format, width, height) = image_info(&bytes).ok_or_else(|| PhotoError::NotAnImage {
            number: self.number,
            step: self.step.clone(),
            path: self.path.clone(),
        })?;
        Ok(PhotoData {
            bytes,
            format,
            width,
            height,
        })
    }

    fn open(&self) -> Result<std::fs::File, PhotoError> {
        if self.path.is_empty() {
            return Err(PhotoError::NoPath {
                number: self.number,
                step: self.step.clone(),
            });
        }
        if !self.file.exists() {
            return Err(PhotoError::Missing {
                number: self.number,
                step: self.step.clone(),
                path: self.path.clone(),
                file: self.file.display().to_string(),
            });
        }
        if self.file.is_dir() {
            return Err(self.unreadable(std::io::Error::other("it is a folder, not a file")));
        }
        let metadata = std::fs::metadata(&self.file).map_err(|source| self.unreadable(source))?;
        // `/dev/zero`, a pipe or a socket would never end (or never start) being read.
        if !metadata.is_file() {
            return Err(PhotoError::NotAFile {
                number: self.number,
                step: self.step.clone(),
                path: self.path.clone(),
                file: self.file.display().to_string(),
            });
        }
        if metadata.len() > MAX_PHOTO_BYTES {
            return Err(self.too_big());
        }
        std::fs::File::open(&self.file).map_err(|source| self.unreadable(source))
    }

    fn too_big(&self) -> PhotoError {
        PhotoError::TooBig {
            number: self.number,
            step: self.step.clone(),
            path: self.path.clone(),
            limit_mb: MAX_PHOTO_MB,
        }
    }

    fn unreadable(&self, source: std::io::Error) -> PhotoError {
        PhotoError::Unreadable {
            number: self.number,
            step: self.step.clone(),
            path: self.path.clone(),
            file: self.file.display().to_string(),
            source,
        }
    }
}

/// The file a photo's path names, from the draft's folder `base`. `\` separates folders on
/// every system, so a draft written on Windows (`poze\atelier.jpg`) finds its photos on
/// Linux and macOS too (Windows reads `/` as well).
pub fn photo_file(base: &Path, path: &str) -> PathBuf {
    base.join(path.trim().replace('\\', "/"))
}

/// `poze/atelier.jpg` stays as it is; `../poze/a.jpg`, `/home/ana/a.jpg` and `C:\poze\a.jpg`
/// become `a.jpg`, so the copy next to the article never lands outside its folder.
pub fn published_path(path: &str) -> String {
    let normal = path.trim().replace('\\', "/");
    let has_drive = normal.as_bytes().get(1) == Some(&b':');
    let parts: Vec<Component> = Path::new(&normal).components().collect();
    let stays_inside = !has_drive
        && parts
            .iter()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if stays_inside {
        parts
            .iter()
            .filter_map(|c| match c {
                Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/")
    } else {
        normal.rsplit('/').next().unwrap_or_default().to_string()
    }
}

/// The format and size of a PNG or JPEG, read from its header; `None` for anything else.
pub fn image_info(bytes: &[u8]) -> Option<(ImageFormat, u32, u32)> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        // The IHDR chunk comes first: length, "IHDR", width, height (big-endian).
        if bytes.get(12..16)? != b"IHDR" {
            return None;
        }
        let width = u32::from_be_bytes(bytes.get(16..20)?.try_into().ok()?);
        let height = u32::from_be_bytes(bytes.get(20..24)?.try_into().ok()?);
        return (width > 0 && height > 0).then_some((ImageFormat::Png, width, height));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        let (width, height) = jpeg_size(bytes)?;
        return Some((ImageFormat::Jpeg, width, height));
    }
    None
}

/// Walks the JPEG markers up to the first start-of-frame, which holds the size.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Markers may be padded with extra 0xFF bytes.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        at += 2;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let height = u16::from_be_bytes([*bytes.get(at + 3)?, *bytes.get(at + 4)?]);
            let width = u16::from_be_bytes([*bytes.get(at + 5)?, *bytes.get(at + 6)?]);
            return (width > 0 && height > 0).then_some((u32::from(width), u32::from(height)));
        }
        if length < 2 {
            return None;
        }
        at += length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_comes_from_its_header() {
        let bytes = std::fs::read("story-templates/success-story/bunicii-online.png").unwrap();
        assert_eq!(image_info(&bytes), Some((ImageFormat::Png, 160, 90)));
    }

    #[test]
    fn jpeg_size_comes_from_its_frame_header() {
        // SOI, an APP0 segment, then a baseline frame header of 640×480.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        jpeg.extend([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]);
        jpeg.extend([0; 9]);
        assert_eq!(image_info(&jpeg), Some((ImageFormat::Jpeg, 640, 480)));
    }

    #[test]
    fn other_files_are_not_images() {
        assert_eq!(image_info(b"GIF89a...."), None);
        assert_eq!(image_info(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(image_info(&[0xFF, 0xD8, 0xFF, 0xD9]), None);
        assert_eq!(image_info(b""), None);
    }

    #[test]
    fn published_paths_never_leave_the_article_folder() {
        assert_eq!(published_path("poze/atelier.jpg"), "poze/atelier.jpg");
        assert_eq!(published_path("./atelier.jpg"), "atelier.jpg");
        assert_eq!(published_path("poze\\atelier 1.jpg"), "poze/atelier 1.jpg");
        assert_eq!(published_path("../poze/a.jpg"), "a.jpg");
        assert_eq!(published_path("/home/ana/a.jpg"), "a.jpg");
        assert_eq!(published_path("C:\\Poze\\a.jpg"), "a.jpg");
    }
}
