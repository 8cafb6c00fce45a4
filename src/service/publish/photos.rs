//! A photo's bytes as they are sent to the site, their hash, and the name they get there.

use crate::render::{Fit, Photo, PhotoError, safe_stem};

/// SHA-256 of `bytes`, in hex: the one helper, shared with the photo cache.
pub use crate::render::sha256_hex;

/// The bytes to upload for `photo`, and their MIME type: the photo as a blog shows it,
/// turned upright by its EXIF orientation and at most 2,560 px on its long side
/// (`Fit::BLOG`, what WordPress itself would make of it), otherwise the file byte for byte.
///
/// The one place publishing reads a photo, so the hash kept in the draft is the hash of what
/// was sent.
pub fn upload_bytes(photo: &Photo) -> Result<(Vec<u8>, &'static str), PhotoError> {
    let prepared = photo.prepared(Fit::BLOG)?;
    let mime = prepared.mime();
    Ok((prepared.bytes, mime))
}

/// A plain ASCII file name for the media library (`sală 1.JPG` → `sala-1.jpg`).
pub fn upload_name(photo: &Photo, mime: &str) -> String {
    let stem = std::path::Path::new(&photo.path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = if mime == "image/png" { "png" } else { "jpg" };
    format!("{}.{extension}", safe_stem(&stem))
}
