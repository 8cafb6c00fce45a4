//! What kind of picture a file holds, told from its first bytes (never from its name, which
//! a phone or a renaming may have got wrong): one of the two every format can carry, or the
//! name of one it cannot, so the message can say what the file is and what to do.

/// The picture formats an article carries: Word, browsers and WordPress all show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
}

impl ImageFormat {
    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
        }
    }

    /// The usual file extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Usable(ImageFormat),
    /// A picture in a format the article cannot carry, by its common name ("HEIC").
    Unsupported(&'static str),
    /// Not a picture we know.
    Unknown,
}

pub fn sniff(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Kind::Usable(ImageFormat::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Kind::Usable(ImageFormat::Jpeg);
    }
    // ISO base media files (HEIC, AVIF): a box size, then `ftyp` and the major brand.
    if bytes.get(4..8) == Some(b"ftyp") {
        match bytes.get(8..12) {
            Some(b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1") => {
                return Kind::Unsupported("HEIC");
            }
            Some(b"avif" | b"avis") => return Kind::Unsupported("AVIF"),
            _ => {}
        }
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Kind::Unsupported("WEBP");
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Kind::Unsupported("GIF");
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Kind::Unsupported("TIFF");
    }
    if bytes.starts_with(b"BM") && bytes.len() > 14 {
        return Kind::Unsupported("BMP");
    }
    if bytes.starts_with(&[0xFF, 0x0A]) || bytes.starts_with(b"\0\0\0\x0CJXL \r\n\x87\n") {
        return Kind::Unsupported("JPEG XL");
    }
    Kind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_usable_formats_are_known_by_their_signatures() {
        let png = std::fs::read("story-templates/success-story/bunicii-online.png").unwrap();
        assert_eq!(sniff(&png), Kind::Usable(ImageFormat::Png));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Kind::Usable(ImageFormat::Jpeg)
        );
    }

    #[test]
    fn phone_and_web_formats_are_named() {
        assert_eq!(
            sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Kind::Unsupported("HEIC")
        );
        assert_eq!(
            sniff(b"\0\0\0\x1cftypmif1\0\0\0\0mif1heic"),
            Kind::Unsupported("HEIC")
        );
        assert_eq!(sniff(b"\0\0\0\x1cftypavif"), Kind::Unsupported("AVIF"));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Kind::Unsupported("WEBP"));
        assert_eq!(sniff(b"GIF89a\x01\0"), Kind::Unsupported("GIF"));
        assert_eq!(sniff(b"II*\0\x08\0\0\0"), Kind::Unsupported("TIFF"));
    }

    #[test]
    fn other_files_are_unknown() {
        assert_eq!(sniff(b""), Kind::Unknown);
        assert_eq!(sniff(b"hello"), Kind::Unknown);
        assert_eq!(sniff(b"\0\0\0\x18ftypmp42"), Kind::Unknown);
        assert_eq!(sniff(b"\x89PNG"), Kind::Unknown);
    }
}
