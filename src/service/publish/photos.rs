//! A photo's bytes as they are sent to the site, their hash, and the name they get there.

use sha2::{Digest, Sha256};

use crate::render::{Fit, Photo, PhotoError, safe_stem};

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

/// SHA-256 of `bytes`, in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
