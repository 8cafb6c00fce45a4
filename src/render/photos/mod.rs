//! The story's photos: where their files are, whether they can be used, and how big they are.
//!
//! A photo's `path` is written relative to the draft's folder. Exports reference it under its
//! *published* path (the same relative path, or only the file name when the path leaves the
//! draft's folder), and `export -o` copies the file there, next to the article.
//!
//! What is embedded, copied or uploaded is the photo [`Photo::prepared`] for its purpose:
//! upright, no larger than needed, otherwise the file itself.

use std::path::{Component, Path, PathBuf};

use crate::story::Draft;
use crate::template::{StepKind, Template};

mod cache;
mod jpeg;
mod kind;
mod many;
mod planes;
mod prepare;
mod scale;
mod upright;

pub use cache::{DEFAULT_BOUND as CACHE_BOUND, PhotoCache, sha256_hex, use_photo_cache};
pub use kind::ImageFormat;
pub use many::{prepare_all, prepare_all_in};
pub use prepare::{Fit, JPEG_QUALITY, MAX_PIXELS, Prepared};
use prepare::{Made, Unprepared};

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
        "photo {number} in \"{step}\" ({path}) is on another computer of the network; copy the photo onto this computer and change its path in the draft"
    )]
    OnTheNetwork {
        number: usize,
        step: String,
        path: String,
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
    #[error(
        "photo {number} in \"{step}\" ({path}) is a picture in {kind} format, which Word documents and web pages cannot all show; save it as JPEG (a phone's gallery can share or export it as JPEG; on a computer, open it in Paint or Photos and save it as .jpg) and change its path in the draft"
    )]
    Unsupported {
        number: usize,
        step: String,
        path: String,
        /// The format's common name: HEIC, WEBP, AVIF, GIF, TIFF, BMP, JPEG XL.
        kind: &'static str,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) has {width}×{height} pixels, more than {limit_mp} million, too many to make smaller here; save a copy of at most 4,000 pixels on the long side (any photo editor can) and change its path in the draft"
    )]
    TooManyPixels {
        number: usize,
        step: String,
        path: String,
        width: u32,
        height: u32,
        limit_mp: u64,
    },
    #[error(
        "photo {number} in \"{step}\" ({path}) is damaged and cannot be read as a picture ({reason}); open it in a photo editor, save it again as .jpg and change its path in the draft"
    )]
    Damaged {
        number: usize,
        step: String,
        path: String,
        reason: String,
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

    /// The bytes to embed or publish for `fit`: upright by the photo's EXIF orientation,
    /// scaled down to `fit.long_side` and made a JPEG when larger, otherwise the file itself,
    /// byte for byte (only its header read). Errors name the photo and say what to do.
    /// What was made once is taken from the program's cache ([`use_photo_cache`]).
    pub fn prepared(&self, fit: Fit) -> Result<Prepared, PhotoError> {
        self.prepared_with(fit, cache::shared())
    }

    /// [`Photo::prepared`] with `cache` (or none) instead of the program's.
    pub fn prepared_with(
        &self,
        fit: Fit,
        cache: Option<&PhotoCache>,
    ) -> Result<Prepared, PhotoError> {
        let started = std::time::Instant::now();
        let (prepared, made) =
            prepare::prepare(self.read()?, fit, cache).map_err(|why| self.unprepared(why))?;
        let how = match made {
            Made::AsIs => return Ok(prepared),
            Made::Cached => "cache",
            Made::Now { scale: 1 } => "decoded whole",
            Made::Now { scale: 2 } => "decoded at 1/2",
            Made::Now { scale: 4 } => "decoded at 1/4",
            Made::Now { .. } => "decoded at 1/8",
        };
        tracing::info!(
            path = %self.file.display(),
            long_side = fit.long_side,
            how,
            ms = started.elapsed().as_millis(),
            "photo prepared"
        );
        Ok(prepared)
    }

    /// The file's bytes, never more than the limit whatever the path names.
    fn read(&self) -> Result<Vec<u8>, PhotoError> {
        use std::io::Read;
        let file = self.open()?;
        // The size was checked when opening; a file that grows since is still read only
        // up to the limit, so memory stays bounded.
        let mut bytes = Vec::new();
        file.take(MAX_PHOTO_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| self.unreadable(source))?;
        if bytes.len() as u64 > MAX_PHOTO_BYTES {
            return Err(self.too_big());
        }
        Ok(bytes)
    }

    fn unprepared(&self, why: Unprepared) -> PhotoError {
        let (number, step, path) = (self.number, self.step.clone(), self.path.clone());
        match why {
            Unprepared::Unsupported(kind) => PhotoError::Unsupported {
                number,
                step,
                path,
                kind,
            },
            Unprepared::NotAnImage => PhotoError::NotAnImage { number, step, path },
            Unprepared::TooManyPixels {
                width,
                height,
                limit_mp,
            } => PhotoError::TooManyPixels {
                number,
                step,
                path,
                width,
                height,
                limit_mp,
            },
            Unprepared::Damaged(reason) => PhotoError::Damaged {
                number,
                step,
                path,
                reason,
            },
        }
    }

    fn open(&self) -> Result<std::fs::File, PhotoError> {
        if self.path.is_empty() {
            return Err(PhotoError::NoPath {
                number: self.number,
                step: self.step.clone(),
            });
        }
        // `\\host\share\a.jpg`: even asking whether it exists would make Windows contact
        // that host (and hand it the user's credentials); a draft never decides that.
        if on_the_network(&self.path) {
            return Err(PhotoError::OnTheNetwork {
                number: self.number,
                step: self.step.clone(),
                path: self.path.clone(),
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
/// Whether a photo path names a file on another computer: `\\host\share\…`, `//host/…`
/// (both separators count, since drafts travel between Windows and Linux).
pub fn on_the_network(path: &str) -> bool {
    let mut start = path.trim_start().chars();
    matches!(
        (start.next(), start.next()),
        (Some('\\' | '/'), Some('\\' | '/'))
    )
}

pub fn photo_file(base: &Path, path: &str) -> PathBuf {
    base.join(path.trim().replace('\\', "/"))
}

/// `poze/atelier.jpg` stays as it is; `../poze/a.jpg`, `/home/ana/a.jpg` and `C:\poze\a.jpg`
/// become `a.jpg`, so the copy next to the article never lands outside its folder.
/// Whether a photo's path leads out of the draft's folder (an absolute path, a drive, `..`):
/// a draft from someone else then takes a file of this computer's into the article.
pub fn leaves_folder(path: &str) -> bool {
    let normal = path.trim().replace('\\', "/");
    normal.as_bytes().get(1) == Some(&b':')
        || !Path::new(&normal)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

pub fn published_path(path: &str) -> String {
    // A control character (a newline in a file name) has no place in a link: the copy beside
    // the article and the link to it both get `_` instead, so they stay the same name.
    let normal: String = path
        .trim()
        .chars()
        .map(|c| match c {
            '\\' => '/',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_network_path_is_refused_before_anything_asks_for_it() {
        let photo = Photo {
            number: 2,
            step: "Fotografii".into(),
            path: "\\\\server\\share\\a.jpg".into(),
            file: PathBuf::from("//server/share/a.jpg"),
            published: "a.jpg".into(),
        };
        assert!(matches!(
            photo.check(),
            Err(PhotoError::OnTheNetwork { number: 2, .. })
        ));
        assert!(on_the_network("//server/a.jpg"));
        assert!(on_the_network(" \\\\?\\UNC\\server\\a.jpg"));
        assert!(!on_the_network("C:\\Poze\\a.jpg"));
        assert!(!on_the_network("/home/ana/a.jpg"));
        assert!(!on_the_network("poze/a.jpg"));
    }

    #[test]
    fn a_newline_in_a_photos_name_is_the_same_in_its_copy_and_its_link() {
        assert_eq!(published_path("poze/a\nb.jpg"), "poze/a_b.jpg");
        assert_eq!(published_path("/home/ana/a\r\u{1b}b.jpg"), "a__b.jpg");
        assert_eq!(
            crate::render::markdown_safe::url(&published_path("a\nb.jpg")),
            "a_b.jpg"
        );
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
