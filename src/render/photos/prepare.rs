//! A photo made ready for a document or a blog, as phones make them: turned upright by its
//! EXIF orientation (Word and many viewers ignore it, so a portrait would lie on its side),
//! and scaled down when it is larger than the purpose needs (a 4,000 px, 5 MB photo makes a
//! 40 MB document). A photo that needs neither is left byte for byte, and only its header is
//! read: exports of stories with small photos stay fast.

use std::io::Cursor;

use image::codecs::jpeg::{JpegDecoder, JpegEncoder};
use image::codecs::png::{PngDecoder, PngEncoder};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, Limits, RgbImage};

use super::kind::{ImageFormat, Kind, sniff};
use super::scale;

/// How a scaled or turned photo is compressed again: photographs stay clean at a third of
/// the size of the camera's own file.
pub const JPEG_QUALITY: u8 = 85;

/// The most pixels a photo may have to be scaled: 120 million (a 108-megapixel phone photo
/// fits) need about 360 MB while they are worked on; more would risk an old computer's memory.
pub const MAX_PIXELS: u64 = 120_000_000;
/// The most memory a photo's decoded pixels may take: 120 million RGB pixels.
pub const MAX_DECODED_BYTES: u64 = 3 * MAX_PIXELS;

/// What a photo is prepared for: the longest side it may keep, and whether a photo that must
/// be made again keeps the PNG format (a file beside an article keeps the name the article
/// gives it, so a `.png` must stay a PNG; a Word document or a blog upload has no such name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Pixels, on the longer side.
    pub long_side: u32,
    pub keep_png: bool,
}

impl Fit {
    /// A Word document: 2,000 px is sharp across an A4 page's text width at 300 dpi.
    pub const DOCX: Fit = Fit {
        long_side: 2000,
        keep_png: false,
    };
    /// A blog upload: WordPress itself scales anything larger than 2,560 px.
    pub const BLOG: Fit = Fit {
        long_side: 2560,
        keep_png: false,
    };
    /// A copy beside a Markdown or HTML article, usually bound for a web page.
    pub const BESIDE_ARTICLE: Fit = Fit {
        long_side: 2560,
        keep_png: true,
    };
}

/// The bytes to embed or publish for a photo, with their format and size in pixels (upright:
/// a turned photo's width and height are those after turning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
}

impl Prepared {
    pub fn mime(&self) -> &'static str {
        self.format.mime()
    }

    /// A name for these bytes from the photo's own file name: kept when its extension fits
    /// the format (`IMG_1.JPG`), given the format's extension otherwise (a large `scan.png`
    /// made a JPEG is uploaded as `scan.jpg`).
    pub fn file_name(&self, original: &str) -> String {
        let name = original.rsplit(['/', '\\']).next().unwrap_or(original);
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        let fits = match self.format {
            ImageFormat::Jpeg => ["jpg", "jpeg", "jpe"]
                .iter()
                .any(|e| extension.eq_ignore_ascii_case(e)),
            ImageFormat::Png => extension.eq_ignore_ascii_case("png"),
        };
        if fits {
            name.to_string()
        } else {
            format!("{stem}.{}", self.format.extension())
        }
    }
}

/// Why a file's bytes could not be prepared; the photo's own error names the photo.
#[derive(Debug)]
pub(super) enum Unprepared {
    Unsupported(&'static str),
    NotAnImage,
    TooManyPixels {
        width: u32,
        height: u32,
        limit_mp: u64,
    },
    Damaged(String),
}

impl From<ImageError> for Unprepared {
    fn from(err: ImageError) -> Self {
        Unprepared::Damaged(err.to_string())
    }
}

/// The photo's bytes as `fit` needs them.
pub(super) fn prepare(bytes: Vec<u8>, fit: Fit) -> Result<Prepared, Unprepared> {
    let format = match sniff(&bytes) {
        Kind::Usable(format) => format,
        Kind::Unsupported(name) => return Err(Unprepared::Unsupported(name)),
        Kind::Unknown => return Err(Unprepared::NotAnImage),
    };
    let (width, height, orientation, decoded_bytes) = header(&bytes, format)?;
    let too_large = width.max(height) > fit.long_side;
    if !too_large && orientation == Orientation::NoTransforms {
        return Ok(Prepared {
            bytes,
            format,
            width,
            height,
        });
    }
    // Decoded, a pixel takes 3 bytes (RGB) to 8 (16-bit RGBA): the limit is in memory, so a
    // deep image may have fewer pixels than a camera's photo.
    let pixels = u64::from(width) * u64::from(height);
    let per_pixel = decoded_bytes.div_ceil(pixels).max(1);
    let limit = MAX_PIXELS.min(MAX_DECODED_BYTES / per_pixel);
    let too_many = || Unprepared::TooManyPixels {
        width,
        height,
        limit_mp: limit / 1_000_000,
    };
    if pixels > limit {
        return Err(too_many());
    }
    let mut image = decode(&bytes, format).map_err(|err| match err {
        // More memory than the decoder's allowance.
        ImageError::Limits(_) => too_many(),
        other => other.into(),
    })?;
    drop(bytes);
    if too_large {
        image = scale::to_long_side(image, fit.long_side);
    }
    image.apply_orientation(orientation);
    let format = if fit.keep_png && format == ImageFormat::Png {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let (width, height) = (image.width(), image.height());
    Ok(Prepared {
        bytes: encode(image, format)?,
        format,
        width,
        height,
    })
}

/// Size, orientation and the bytes its pixels take decoded, from the file's header, without
/// decoding them.
fn header(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32, Orientation, u64), Unprepared> {
    let mut decoder: Box<dyn ImageDecoder + '_> = match format {
        ImageFormat::Jpeg => Box::new(JpegDecoder::new(Cursor::new(bytes))?),
        ImageFormat::Png => Box::new(PngDecoder::new(Cursor::new(bytes))?),
    };
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(Unprepared::Damaged("it has no pixels".into()));
    }
    // A damaged EXIF block is no reason to refuse a photo that shows well otherwise.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let decoded = decoder.total_bytes();
    Ok((width, height, orientation, decoded))
}

fn decode(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, ImageError> {
    let mut limits = Limits::default();
    // The decoded pixels and the decoder's own buffers, however the header lied.
    limits.max_alloc = Some(MAX_DECODED_BYTES + MAX_DECODED_BYTES / 4);
    let image = match format {
        ImageFormat::Jpeg => {
            let mut decoder = JpegDecoder::new(Cursor::new(bytes))?;
            decoder.set_limits(limits)?;
            DynamicImage::from_decoder(decoder)?
        }
        ImageFormat::Png => {
            DynamicImage::from_decoder(PngDecoder::with_limits(Cursor::new(bytes), limits)?)?
        }
    };
    Ok(image)
}

fn encode(image: DynamicImage, format: ImageFormat) -> Result<Vec<u8>, Unprepared> {
    let mut out = Vec::new();
    match format {
        ImageFormat::Png => image.write_with_encoder(PngEncoder::new(&mut out))?,
        ImageFormat::Jpeg => {
            let encoder = JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            opaque(image).write_with_encoder(encoder)?;
        }
    }
    Ok(out)
}

/// JPEG has no transparency: transparent parts become white, as on a page, not black.
fn opaque(image: DynamicImage) -> DynamicImage {
    let color = image.color();
    if !color.has_alpha() {
        return if color.has_color() {
            DynamicImage::ImageRgb8(image.into_rgb8())
        } else {
            DynamicImage::ImageLuma8(image.into_luma8())
        };
    }
    let rgba = image.into_rgba8();
    let blend = |value: u8, alpha: u8| {
        let (v, a) = (u16::from(value), u16::from(alpha));
        ((v * a + 255 * (255 - a) + 127) / 255) as u8
    };
    DynamicImage::ImageRgb8(RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        image::Rgb([blend(r, a), blend(g, a), blend(b, a)])
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, Rgba, RgbaImage};

    fn png(image: DynamicImage) -> Vec<u8> {
        let mut out = Vec::new();
        image.write_with_encoder(PngEncoder::new(&mut out)).unwrap();
        out
    }

    /// A PNG that is only its header: `width`×`height` pixels of `bit_depth` and `color`
    /// (6: RGBA, 2: RGB), and no pixels; what a header promises is all a limit may read.
    fn png_header(width: u32, height: u32, bit_depth: u8, color: u8) -> Vec<u8> {
        fn crc(bytes: &[u8]) -> u32 {
            let mut c = 0xFFFF_FFFFu32;
            for &b in bytes {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 == 1 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            !c
        }
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc(&body).to_be_bytes());
            out
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[bit_depth, color, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        out.extend(chunk(b"IHDR", &ihdr));
        // An empty zlib stream: the decoder finds the data begun, and its pixels missing.
        out.extend(chunk(
            b"IDAT",
            &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        out.extend(chunk(b"IEND", &[]));
        out
    }

    #[test]
    fn a_deep_image_is_refused_by_the_memory_its_pixels_would_take() {
        // 100 million 16-bit RGBA pixels: 800 MB decoded, under the pixel limit.
        let bytes = png_header(10_000, 10_000, 16, 6);
        match prepare(bytes, Fit::DOCX) {
            Err(Unprepared::TooManyPixels {
                width: 10_000,
                height: 10_000,
                limit_mp,
            }) => assert_eq!(limit_mp, 45),
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("prepared"),
        }
        // The same pixels in 8-bit RGB are a camera's photo: only its missing pixels fail.
        let rgb = png_header(10_000, 10_000, 8, 2);
        assert!(matches!(
            prepare(rgb, Fit::DOCX),
            Err(Unprepared::Damaged(_))
        ));
    }

    #[test]
    fn a_small_upright_photo_is_left_byte_for_byte() {
        let bytes = std::fs::read("story-templates/success-story/bunicii-online.png").unwrap();
        let prepared = prepare(bytes.clone(), Fit::DOCX).unwrap();
        assert_eq!(prepared.bytes, bytes);
        assert_eq!(
            (prepared.format, prepared.width, prepared.height),
            (ImageFormat::Png, 160, 90)
        );
        assert_eq!(prepared.mime(), "image/png");
    }

    #[test]
    fn a_name_follows_the_bytes_format() {
        let prepared = |format| Prepared {
            bytes: Vec::new(),
            format,
            width: 1,
            height: 1,
        };
        let jpeg = prepared(ImageFormat::Jpeg);
        assert_eq!(jpeg.file_name("poze/IMG_1.JPG"), "IMG_1.JPG");
        assert_eq!(jpeg.file_name("C:\\Poze\\scan.png"), "scan.jpg");
        assert_eq!(jpeg.file_name("fara-extensie"), "fara-extensie.jpg");
        assert_eq!(prepared(ImageFormat::Png).file_name("a.b.png"), "a.b.png");
    }

    #[test]
    fn a_large_png_becomes_a_jpeg_unless_its_name_must_stay() {
        let bytes = png(DynamicImage::ImageRgb8(RgbImage::from_pixel(
            3000,
            1000,
            Rgb([10, 200, 30]),
        )));
        let docx = prepare(bytes.clone(), Fit::DOCX).unwrap();
        assert_eq!(
            (docx.format, docx.width, docx.height),
            (ImageFormat::Jpeg, 2000, 667)
        );
        assert!(docx.bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
        let beside = prepare(bytes, Fit::BESIDE_ARTICLE).unwrap();
        assert_eq!(
            (beside.format, beside.width, beside.height),
            (ImageFormat::Png, 2560, 853)
        );
        let decoded = image::load_from_memory(&beside.bytes).unwrap();
        assert_eq!(decoded.to_rgb8().get_pixel(5, 5), &Rgb([10, 200, 30]));
    }

    #[test]
    fn transparency_turns_white_in_a_jpeg() {
        let mut rgba = RgbaImage::from_pixel(2100, 10, Rgba([0, 0, 0, 0]));
        for x in 0..1050 {
            for y in 0..10 {
                rgba.put_pixel(x, y, Rgba([0, 0, 255, 255]));
            }
        }
        let prepared = prepare(png(DynamicImage::ImageRgba8(rgba)), Fit::DOCX).unwrap();
        let decoded = image::load_from_memory(&prepared.bytes).unwrap().to_rgb8();
        let [r, g, b] = decoded.get_pixel(1900, 5).0;
        assert!(r > 240 && g > 240 && b > 240, "{r} {g} {b}");
        let [r, g, b] = decoded.get_pixel(100, 5).0;
        assert!(r < 30 && g < 30 && b > 220, "{r} {g} {b}");
    }

    fn small_jpeg(width: u32, height: u32) -> Vec<u8> {
        let image = RgbImage::from_pixel(width, height, Rgb([200, 200, 200]));
        encode(DynamicImage::ImageRgb8(image), ImageFormat::Jpeg).unwrap()
    }

    /// `jpeg` with a little-endian EXIF block holding only `orientation`.
    fn oriented(jpeg: &[u8], orientation: u8) -> Vec<u8> {
        let mut exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
        exif.extend([orientation, 0, 0, 0, 0, 0, 0, 0]);
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1, 0, exif.len() as u8 + 2];
        out.extend(exif);
        out.extend(&jpeg[2..]);
        out
    }

    #[test]
    fn a_small_photo_lying_on_its_side_is_turned_even_so() {
        let prepared = prepare(oriented(&small_jpeg(40, 30), 8), Fit::DOCX).unwrap();
        assert_eq!(
            (prepared.format, prepared.width, prepared.height),
            (ImageFormat::Jpeg, 30, 40)
        );
        let decoded = image::load_from_memory(&prepared.bytes).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (30, 40));
        // Orientation 1 says "as stored": nothing to do, so nothing is changed.
        let upright = oriented(&small_jpeg(40, 30), 1);
        assert_eq!(prepare(upright.clone(), Fit::DOCX).unwrap().bytes, upright);
    }

    #[test]
    fn a_photo_with_too_many_pixels_is_refused_before_it_is_decoded() {
        // A frame header that claims 12,000×11,000 pixels over the data of 16×16.
        let mut jpeg = small_jpeg(16, 16);
        let frame = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        jpeg[frame + 5..frame + 7].copy_from_slice(&11_000u16.to_be_bytes());
        jpeg[frame + 7..frame + 9].copy_from_slice(&12_000u16.to_be_bytes());
        assert!(matches!(
            prepare(jpeg, Fit::DOCX),
            Err(Unprepared::TooManyPixels {
                width: 12_000,
                height: 11_000,
                limit_mp: 120
            })
        ));
    }

    #[test]
    fn files_that_are_not_usable_pictures_are_told_apart() {
        assert!(matches!(
            prepare(b"RIFF\x24\0\0\0WEBPVP8 ".to_vec(), Fit::DOCX),
            Err(Unprepared::Unsupported("WEBP"))
        ));
        assert!(matches!(
            prepare(b"plain text".to_vec(), Fit::DOCX),
            Err(Unprepared::NotAnImage)
        ));
        assert!(matches!(
            prepare(vec![0xFF, 0xD8, 0xFF, 0xD9], Fit::DOCX),
            Err(Unprepared::Damaged(_))
        ));
    }
}
