//! A photo's bytes as they are sent to the site, their hash, and the name they get there.

use sha2::{Digest, Sha256};

use crate::render::photos::ImageFormat;
use crate::render::{Photo, PhotoError, safe_stem};

/// The bytes to upload for `photo`, and their MIME type.
///
/// The one place publishing reads a photo: when photos are scaled down and turned upright
/// before they leave the computer, this is where the scaled copy comes from, and the hash
/// kept in the draft is then the hash of what was sent.
pub fn upload_bytes(photo: &Photo) -> Result<(Vec<u8>, &'static str), PhotoError> {
    let data = photo.load()?;
    let mime = match data.format {
        ImageFormat::Png => "image/png",
        ImageFormat::Jpeg => "image/jpeg",
    };
    Ok((data.bytes, mime))
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
