//! A photo made ready for a document or a blog, as phones make them: turned upright by its
//! EXIF orientation (Word and many viewers ignore it, so a portrait would lie on its side),
//! and scaled down when it is larger than the purpose needs (a 4,000 px, 5 MB photo makes a
//! 40 MB document). A photo that needs neither is left byte for byte, and only its header is
//! read: exports of stories with small photos stay fast.

use std::io::Cursor;

use image::codecs::jpeg::JpegDecoder;
use image::codecs::png::{PngDecoder, PngEncoder};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, Limits, RgbImage};

use super::cache::{Key, PhotoCache};
use super::jpeg;
use super::kind::{ImageFormat, Kind, sniff};
use super::planes;
use super::scale;
use super::upright::{self, Layout};

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

/// Where prepared bytes came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Made {
    /// The file itself: it needed neither scaling nor turning.
    AsIs,
    /// Taken from the cache, made earlier.
    Cached,
    /// Decoded (at `1/scale` of its size, straight from a JPEG's DCT coefficients, when
    /// `scale` is 2, 4 or 8), scaled, turned and encoded now.
    Now { scale: u32 },
}

/// The photo's bytes as `fit` needs them, taken from `cache` when it holds them (and kept
/// there when they are made).
pub(super) fn prepare(
    bytes: Vec<u8>,
    fit: Fit,
    cache: Option<&PhotoCache>,
) -> Result<(Prepared, Made), Unprepared> {
    let source = match sniff(&bytes) {
        Kind::Usable(format) => format,
        Kind::Unsupported(name) => return Err(Unprepared::Unsupported(name)),
        Kind::Unknown => return Err(Unprepared::NotAnImage),
    };
    let (width, height, orientation, decoded_bytes) = header(&bytes, source)?;
    let too_large = width.max(height) > fit.long_side;
    if !too_large && orientation == Orientation::NoTransforms {
        let prepared = Prepared {
            bytes,
            format: source,
            width,
            height,
        };
        return Ok((prepared, Made::AsIs));
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
    let format = if fit.keep_png && source == ImageFormat::Png {
        ImageFormat::Png
    } else {
        ImageFormat::Jpeg
    };
    let key = cache.map(|_| Key::new(&bytes, fit.long_side, format, JPEG_QUALITY));
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Some(kept) = cache.get(key)
        && let Ok((width, height, _, _)) = header(&kept, format)
    {
        let prepared = Prepared {
            bytes: kept,
            format,
            width,
            height,
        };
        return Ok((prepared, Made::Cached));
    }
    let planes = match (source, format) {
        (ImageFormat::Jpeg, ImageFormat::Jpeg) => {
            jpeg::decode_planes(&bytes, fit.long_side, orientation)
        }
        _ => None,
    };
    let (prepared, scale) = if let Some((planes, scale)) = planes {
        drop(bytes);
        let (stored_width, stored_height) = planes.size();
        let (width, height) = upright::turned_size(stored_width, stored_height, orientation);
        // Room for what the encoder writes (about a third of a byte a pixel at this
        // quality), so it is never copied to grow: pages not written are never touched.
        let mut out = Vec::with_capacity(stored_width as usize * stored_height as usize);
        planes::encode_planes(&planes, orientation, JPEG_QUALITY, &mut out)
            .map_err(|err| Unprepared::Damaged(err.to_string()))?;
        let prepared = Prepared {
            bytes: out,
            format,
            width,
            height,
        };
        (prepared, scale)
    } else {
        let decoded = decode_for(&bytes, source, fit.long_side).map_err(|err| match err {
            // More memory than the decoder's allowance.
            ImageError::Limits(_) => too_many(),
            other => other.into(),
        })?;
        drop(bytes);
        let mut image = decoded.image;
        if too_large {
            image = scale::to_long_side(image, fit.long_side);
        }
        let (width, height) = upright::turned_size(image.width(), image.height(), orientation);
        let prepared = Prepared {
            bytes: encode(image, decoded.ycbcr, orientation, format)?,
            format,
            width,
            height,
        };
        (prepared, decoded.scale)
    };
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.put(key, &prepared.bytes);
    }
    Ok((prepared, Made::Now { scale }))
}

/// A photo's pixels as decoded.
pub(super) struct Decoded {
    pub(super) image: DynamicImage,
    /// `1/scale` of the photo's size: 1 when decoded whole.
    pub(super) scale: u32,
    /// The three channels of an RGB `image` are the JPEG's own Y, Cb, Cr.
    pub(super) ycbcr: bool,
}

/// The photo's pixels, for a picture at most `long_side` on its longer side: a JPEG at
/// least twice as large is decoded at a half, a quarter or an eighth of its size (the
/// largest that still has `long_side` pixels), which skips most of the work; anything else
/// whole.
fn decode_for(bytes: &[u8], format: ImageFormat, long_side: u32) -> Result<Decoded, ImageError> {
    if format == ImageFormat::Jpeg
        && let Some(scaled) = jpeg::decode_scaled(bytes, long_side)
    {
        return Ok(scaled);
    }
    Ok(Decoded {
        image: decode(bytes, format)?,
        scale: 1,
        ycbcr: false,
    })
}

/// Size, orientation and the bytes its pixels take decoded, from the file's header, without
/// decoding them.
fn header(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32, Orientation, u64), Unprepared> {
    if format == ImageFormat::Jpeg
        && let Some(found) = jpeg::header(bytes)
    {
        return Ok(found);
    }
    image_header(bytes, format)
}

/// [`header`] as the image crate's readers give it.
fn image_header(
    bytes: &[u8],
    format: ImageFormat,
) -> Result<(u32, u32, Orientation, u64), Unprepared> {
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

/// `image` turned by `orientation`, in `format`; `ycbcr`: its three channels are a JPEG's
/// own Y, Cb, Cr (only ever for a JPEG made from a JPEG).
fn encode(
    mut image: DynamicImage,
    ycbcr: bool,
    orientation: Orientation,
    format: ImageFormat,
) -> Result<Vec<u8>, Unprepared> {
    let mut out = Vec::new();
    match format {
        ImageFormat::Png => {
            image.apply_orientation(orientation);
            image.write_with_encoder(PngEncoder::new(&mut out))?;
        }
        ImageFormat::Jpeg => encode_jpeg(opaque(image), ycbcr, orientation, &mut out)?,
    }
    Ok(out)
}

/// `image` (8-bit RGB, grey, or a JPEG's Y, Cb, Cr when `ycbcr`) turned by `orientation`, as
/// a JPEG of [`JPEG_QUALITY`], its colours sampled at half the resolution as cameras do, by
/// `jpeg-encoder` (SIMD where the processor has it: four times as fast as the image crate's
/// encoder); the turn is made as the encoder reads the rows ([`upright`]).
fn encode_jpeg(
    image: DynamicImage,
    ycbcr: bool,
    orientation: Orientation,
    out: &mut Vec<u8>,
) -> Result<(), Unprepared> {
    let too_large = || Unprepared::Damaged("it is too large for a JPEG".into());
    let width = u16::try_from(image.width()).map_err(|_| too_large())?;
    let height = u16::try_from(image.height()).map_err(|_| too_large())?;
    let (raw, layout) = match image {
        DynamicImage::ImageLuma8(grey) => (grey.into_raw(), Layout::Luma),
        // RGB already (`opaque` makes it so): taken as it is, not copied.
        other if ycbcr => (other.into_rgb8().into_raw(), Layout::YCbCr),
        other => (other.into_rgb8().into_raw(), Layout::Rgb),
    };
    upright::encode_jpeg(
        &raw,
        (width, height),
        layout,
        orientation,
        JPEG_QUALITY,
        out,
    )
    .map_err(|err| Unprepared::Damaged(err.to_string()))
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

    /// The bytes prepared without a cache.
    fn prepare(bytes: Vec<u8>, fit: Fit) -> Result<Prepared, Unprepared> {
        super::prepare(bytes, fit, None).map(|(prepared, _)| prepared)
    }

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
        encode(
            DynamicImage::ImageRgb8(image),
            false,
            Orientation::NoTransforms,
            ImageFormat::Jpeg,
        )
        .unwrap()
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

    /// A JPEG's header read from its markers ([`jpeg::header`]) is the one the image crate's
    /// reader gives ([`image_header`]): size, orientation and decoded bytes, for every EXIF
    /// orientation, a grey and a CMYK JPEG, an EXIF block after the frame's, and two EXIF
    /// blocks (the last counts).
    #[test]
    fn a_jpeg_header_reads_as_the_image_crate_reads_it() {
        let colour = small_jpeg(40, 24);
        let mut files: Vec<(String, Vec<u8>)> = (1..=8)
            .map(|exif| (format!("orientation {exif}"), oriented(&colour, exif)))
            .collect();
        let mut grey = Vec::new();
        let pixels = image::GrayImage::from_pixel(30, 20, image::Luma([90]));
        encode_jpeg(pixels.into(), false, Orientation::NoTransforms, &mut grey).unwrap();
        files.push(("grey, orientation 6".into(), oriented(&grey, 6)));
        let mut cmyk = Vec::new();
        jpeg_encoder::Encoder::new(&mut cmyk, 90)
            .encode(&[40; 16 * 8 * 4], 16, 8, jpeg_encoder::ColorType::Cmyk)
            .unwrap();
        files.push(("CMYK".into(), cmyk));
        // The EXIF block moved after the frame's header.
        let turned = oriented(&colour, 8);
        let exif = &turned[2..2 + 2 + usize::from(turned[5])];
        let frame = colour.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        let after_frame =
            frame + 2 + usize::from(u16::from_be_bytes([colour[frame + 2], colour[frame + 3]]));
        let late = [&colour[..after_frame], exif, &colour[after_frame..]].concat();
        files.push(("EXIF after the frame".into(), late));
        files.push(("two EXIF blocks".into(), oriented(&oriented(&colour, 3), 6)));
        for (what, bytes) in &files {
            let ours = jpeg::header(bytes).unwrap_or_else(|| panic!("{what}: not read"));
            let theirs = image_header(bytes, ImageFormat::Jpeg).unwrap();
            assert_eq!(ours, theirs, "{what}");
        }
        let orientation = |name: &str| {
            let (_, bytes) = files.iter().find(|(what, _)| what == name).unwrap();
            jpeg::header(bytes).unwrap().2
        };
        assert_eq!(orientation("EXIF after the frame"), Orientation::Rotate270);
        assert_eq!(orientation("orientation 6"), Orientation::Rotate90);
    }

    /// A `width`×`height` picture of smooth ramps that no turn or mirror leaves alike: red
    /// grows to the right, green downwards, and blue is strong in the left half only.
    fn ramps(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let blue = if x < width / 2 { 220 } else { 30 };
            Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, blue])
        })
    }

    /// The mean difference per channel of two pictures of one size.
    fn mean_difference(a: &RgbImage, b: &RgbImage) -> f64 {
        assert_eq!(a.dimensions(), b.dimensions());
        let sum: u64 = a
            .as_raw()
            .iter()
            .zip(b.as_raw())
            .map(|(a, b)| u64::from(a.abs_diff(*b)))
            .sum();
        sum as f64 / a.as_raw().len() as f64
    }

    /// Every EXIF orientation turns the photo upright, whichever way it is decoded and
    /// encoded: a camera's JPEG (its own Y, Cb, Cr kept) and one numbered otherwise (made
    /// RGB by the decoder), each decoded at a quarter, at half and whole (sides that are
    /// no multiple of the 16 columns turned together), and a grey one. The reference is
    /// the stored picture decoded whole, scaled and turned by the image crate.
    #[test]
    fn every_orientation_comes_out_upright_whichever_way_the_photo_is_decoded() {
        let stored = ramps(600, 360);
        let mut camera = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut camera, 95)
            .encode_image(&stored)
            .unwrap();
        let mut other = Vec::new();
        jpeg_encoder::Encoder::new(&mut other, 95)
            .encode(stored.as_raw(), 600, 360, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        assert!(
            jpeg::camera_components(&camera),
            "image numbers components 1, 2, 3"
        );
        assert!(
            !jpeg::camera_components(&other),
            "jpeg-encoder numbers them 0, 1, 2"
        );
        let grey = DynamicImage::from(stored.clone()).into_luma8();
        let mut grey_jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut grey_jpeg, 95)
            .encode_image(&grey)
            .unwrap();
        for (name, jpeg) in [("camera", &camera), ("other", &other), ("grey", &grey_jpeg)] {
            let whole = image::load_from_memory(jpeg).unwrap();
            for (long_side, scale) in [(150, 4), (300, 2), (600, 1)] {
                let (width, height) = (long_side, long_side * 3 / 5);
                let fit = Fit {
                    long_side,
                    keep_png: false,
                };
                for exif in 1..=8 {
                    let orientation = Orientation::from_exif(exif).unwrap();
                    let what = format!("{name}, {long_side} px, orientation {exif}");
                    let (prepared, made) = super::prepare(oriented(jpeg, exif), fit, None).unwrap();
                    let expected = if exif == 1 && scale == 1 {
                        Made::AsIs
                    } else {
                        Made::Now { scale }
                    };
                    assert_eq!(made, expected, "{what}");
                    let mut reference =
                        whole.resize_exact(width, height, image::imageops::FilterType::Triangle);
                    reference.apply_orientation(orientation);
                    let made = image::load_from_memory(&prepared.bytes).unwrap();
                    assert_eq!(
                        (made.width(), made.height()),
                        (reference.width(), reference.height()),
                        "{what}"
                    );
                    assert_eq!(
                        (prepared.width, prepared.height),
                        (made.width(), made.height())
                    );
                    let difference = mean_difference(&made.to_rgb8(), &reference.to_rgb8());
                    assert!(difference < 3.0, "{what}: mean difference {difference}");
                }
            }
        }
    }

    /// A picture whose colours change every few pixels, across and down, over light and
    /// shade: what colours at half the resolution would show first.
    fn colourful(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let (x, y) = (x as f32, y as f32);
            let light = 128.0 + 50.0 * (x / 97.0).sin() * (y / 61.0).cos();
            let warm = 45.0 * (x / 23.0).sin() * (y / 71.0).cos();
            let cool = 40.0 * (y / 19.0).cos() * (x / 83.0).sin();
            Rgb([light + warm, light - warm / 2.0 + cool, light - cool]
                .map(|v| v.clamp(0.0, 255.0) as u8))
        })
    }

    /// `image` as a JPEG of quality 92 with its colours sampled at `sampling`, its
    /// components numbered 1, 2 and 3 as cameras number them (jpeg-encoder numbers them
    /// from 0: renumbered in the frame and the scan headers).
    fn camera_jpeg(image: &RgbImage, sampling: jpeg_encoder::SamplingFactor) -> Vec<u8> {
        let mut jpeg = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut jpeg, 92);
        encoder.set_sampling_factor(sampling);
        let (width, height) = (image.width() as u16, image.height() as u16);
        encoder
            .encode(image.as_raw(), width, height, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        // Markers cannot occur in the entropy-coded data (an 0xFF there is followed by 0).
        let at =
            |jpeg: &[u8], marker: u8| jpeg.windows(2).position(|w| w == [0xFF, marker]).unwrap();
        let frame = at(&jpeg, 0xC0);
        assert_eq!(jpeg[frame + 9], 3);
        for component in 0..3 {
            jpeg[frame + 10 + 3 * component] += 1;
        }
        let scan = at(&jpeg, 0xDA);
        assert_eq!(jpeg[scan + 4], 3);
        for component in 0..3 {
            jpeg[scan + 5 + 2 * component] += 1;
        }
        assert!(jpeg::camera_components(&jpeg));
        jpeg
    }

    /// A camera's photo takes the planes' way ([`jpeg::decode_planes`], the colours as the
    /// file stores them, read turned by [`planes::encode_planes`]) whenever it is decoded
    /// at a scale that needs no more scaling and its turn mirrors no odd side; what comes
    /// out is the picture the decoded pixels' way gives (the colours upsampled and
    /// interleaved, then read turned): the same pixels when the colours are stored whole
    /// (4:4:4), and within 2.5 levels of 255 per channel on average when they are at half
    /// the resolution (measured: at most 2.08, on colours that change every few pixels, at
    /// a quarter scale; the encoder samples the colours again at half the resolution, and
    /// finds the camera's own samples, not their upsampled neighbours). It is no further
    /// from the whole photo decoded, scaled and turned (measured: closer by up to 1.0,
    /// further by at most 0.03, and by 0.11 on the picture of 3×2 pixels). Colours at half
    /// the resolution both ways (4:2:0), across (4:2:2), down (4:4:0) and not (4:4:4); odd
    /// sides (a half, a quarter and an eighth of them rounded up), every EXIF orientation.
    #[test]
    fn the_planes_give_the_picture_the_decoded_pixels_give() {
        use jpeg_encoder::SamplingFactor;
        for (name, sampling) in [
            ("4:2:0", SamplingFactor::F_2_2),
            ("4:2:2", SamplingFactor::F_2_1),
            ("4:4:0", SamplingFactor::F_1_2),
            ("4:4:4", SamplingFactor::F_1_1),
        ] {
            for (width, height, long_side, scale) in [
                (1600, 1200, 400, 4),
                (1203, 809, 301, 4),
                (806, 1204, 602, 2),
                (17, 9, 3, 8),
            ] {
                let stored = colourful(width, height);
                let jpeg = camera_jpeg(&stored, sampling);
                let (out_width, out_height) = (width.div_ceil(scale), height.div_ceil(scale));
                let whole = image::load_from_memory(&jpeg).unwrap().resize_exact(
                    out_width,
                    out_height,
                    image::imageops::FilterType::Triangle,
                );
                for exif in 1..=8 {
                    let orientation = Orientation::from_exif(exif).unwrap();
                    let what = format!("{name}, {width}×{height} at 1/{scale}, orientation {exif}");
                    // Which stored sides the orientation mirrors.
                    let (mirrors_width, mirrors_height) = match exif {
                        2 | 8 => (true, false),
                        4 | 6 => (false, true),
                        3 | 7 => (true, true),
                        _ => (false, false),
                    };
                    let planes = jpeg::decode_planes(&jpeg, long_side, orientation);
                    if (mirrors_width && out_width % 2 == 1)
                        || (mirrors_height && out_height % 2 == 1)
                    {
                        assert!(planes.is_none(), "{what}: an odd side mirrored");
                        continue;
                    }
                    let (planes, planes_scale) =
                        planes.unwrap_or_else(|| panic!("{what}: the planes' way"));
                    let decoded = jpeg::decode_scaled(&jpeg, long_side).unwrap();
                    assert_eq!(planes_scale, decoded.scale, "{what}");
                    assert_eq!(planes.size(), (out_width, out_height), "{what}");
                    let mut by_planes = Vec::new();
                    planes::encode_planes(&planes, orientation, JPEG_QUALITY, &mut by_planes)
                        .unwrap();
                    assert!(decoded.ycbcr, "{what}");
                    let by_pixels =
                        encode(decoded.image, true, orientation, ImageFormat::Jpeg).unwrap();
                    let by_planes = image::load_from_memory(&by_planes).unwrap().to_rgb8();
                    let by_pixels = image::load_from_memory(&by_pixels).unwrap().to_rgb8();
                    let difference = mean_difference(&by_planes, &by_pixels);
                    if name == "4:4:4" {
                        // Nothing to upsample: the same pixels either way.
                        assert_eq!(difference, 0.0, "{what}");
                    }
                    assert!(difference < 2.5, "{what}: mean difference {difference}");
                    let mut reference = whole.clone();
                    reference.apply_orientation(orientation);
                    let reference = reference.to_rgb8();
                    let (planes_off, pixels_off) = (
                        mean_difference(&by_planes, &reference),
                        mean_difference(&by_pixels, &reference),
                    );
                    assert!(
                        planes_off <= pixels_off + 0.15,
                        "{what}: {planes_off} from the whole photo, the pixels' way {pixels_off}"
                    );
                }
            }
        }
    }

    /// A phone photo cut short (a copy interrupted, a card full) never takes the planes'
    /// way, and is prepared the other way or refused as damaged, without a panic.
    #[test]
    fn a_truncated_phone_photo_is_prepared_the_other_way_or_refused() {
        let jpeg = oriented(
            &camera_jpeg(&colourful(1600, 1200), jpeg_encoder::SamplingFactor::F_2_2),
            6,
        );
        let fit = Fit {
            long_side: 400,
            keep_png: false,
        };
        assert!(jpeg::decode_planes(&jpeg, 400, Orientation::Rotate90).is_some());
        for keep in [jpeg.len() - 2, jpeg.len() * 2 / 3, jpeg.len() / 5, 700, 200] {
            let cut = jpeg[..keep].to_vec();
            assert!(
                jpeg::decode_planes(&cut, 400, Orientation::Rotate90).is_none(),
                "{keep} bytes"
            );
            match super::prepare(cut, fit, None) {
                Ok((prepared, _)) => {
                    assert_eq!(
                        (prepared.width, prepared.height),
                        (300, 400),
                        "{keep} bytes"
                    );
                    let made = image::load_from_memory(&prepared.bytes).unwrap();
                    assert_eq!((made.width(), made.height()), (300, 400), "{keep} bytes");
                }
                Err(Unprepared::Damaged(_)) => {}
                Err(other) => panic!("{keep} bytes: {other:?}"),
            }
        }
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
    fn a_jpeg_is_decoded_at_the_smallest_scale_that_keeps_the_pixels_asked_for() {
        let wide = small_jpeg(1600, 1200);
        let decoded = |long_side| {
            let Decoded { image, scale, .. } =
                decode_for(&wide, ImageFormat::Jpeg, long_side).unwrap();
            (image.width(), image.height(), scale)
        };
        assert_eq!(decoded(800), (800, 600, 2));
        assert_eq!(decoded(700), (800, 600, 2));
        assert_eq!(decoded(400), (400, 300, 4));
        assert_eq!(decoded(399), (400, 300, 4));
        assert_eq!(decoded(200), (200, 150, 8));
        // An eighth is the least a JPEG's blocks give; the rest is scaling.
        assert_eq!(decoded(100), (200, 150, 8));
        // Less than half as large again: decoded whole.
        assert_eq!(decoded(801), (1600, 1200, 1));
        // Tall: the longer side decides; sides not a multiple of 8 round up.
        let tall = small_jpeg(1001, 2003);
        let Decoded { image, scale, .. } = decode_for(&tall, ImageFormat::Jpeg, 1000).unwrap();
        assert_eq!((image.width(), image.height(), scale), (501, 1002, 2));
        // Prepared: at most the limit, by way of the scaled decode.
        let (prepared, made) = super::prepare(tall, Fit::DOCX, None).unwrap();
        assert_eq!((prepared.width, prepared.height), (1000, 2000));
        assert_eq!(made, Made::Now { scale: 1 });
        let (prepared, made) = super::prepare(small_jpeg(4100, 300), Fit::DOCX, None).unwrap();
        assert_eq!((prepared.width, prepared.height), (2000, 146));
        assert_eq!(made, Made::Now { scale: 2 });
    }

    /// The scaled decode alone, against the whole photo decoded and scaled the same way:
    /// on a picture with fine texture, under one level of 255 per channel on average
    /// (0.4 here, on a photo small enough for a debug build; 0.7 on a 12-megapixel one).
    #[test]
    fn a_photo_decoded_at_half_scale_differs_by_less_than_a_level() {
        let texture = RgbImage::from_fn(1600, 1200, |x, y| {
            let (x, y) = (x as f32, y as f32);
            let light = 120.0
                + 60.0 * (x / 211.0).sin() * (y / 173.0).cos()
                + 25.0 * (x / 23.0).sin() * (y / 31.0).sin()
                + 12.0 * (x / 7.3).sin() * (y / 5.9).cos();
            let warm = 30.0 * (x / 397.0).cos() * (y / 331.0).sin();
            Rgb([light + warm, light, light - warm].map(|v| v.clamp(0.0, 255.0) as u8))
        });
        let mut jpeg = Vec::new();
        encode_jpeg(
            DynamicImage::from(texture),
            false,
            Orientation::NoTransforms,
            &mut jpeg,
        )
        .unwrap();
        let Decoded {
            image: half, scale, ..
        } = decode_for(&jpeg, ImageFormat::Jpeg, 700).unwrap();
        assert_eq!(scale, 2);
        let half = scale::to_long_side(half, 700).to_rgb8();
        let whole = scale::to_long_side(decode(&jpeg, ImageFormat::Jpeg).unwrap(), 700).to_rgb8();
        assert_eq!(half.dimensions(), whole.dimensions());
        let mut sums = [0u64; 3];
        for (a, b) in half.pixels().zip(whole.pixels()) {
            for (sum, (a, b)) in sums.iter_mut().zip(a.0.iter().zip(b.0)) {
                *sum += u64::from(a.abs_diff(b));
            }
        }
        let count = f64::from(half.width() * half.height());
        let mean = sums.map(|s| s as f64 / count);
        assert!(mean.iter().all(|&m| m < 1.0), "{mean:?}");
    }

    #[test]
    fn a_grey_jpeg_stays_grey_and_a_png_is_decoded_whole() {
        let grey =
            DynamicImage::ImageLuma8(image::GrayImage::from_pixel(800, 64, image::Luma([90])));
        let mut jpeg = Vec::new();
        encode_jpeg(grey.clone(), false, Orientation::NoTransforms, &mut jpeg).unwrap();
        let Decoded { image, scale, .. } = decode_for(&jpeg, ImageFormat::Jpeg, 100).unwrap();
        assert_eq!((image.width(), image.height(), scale), (100, 8, 8));
        assert!(!image.color().has_color());
        assert!(image.to_luma8().pixels().all(|p| p.0[0].abs_diff(90) <= 2));
        let Decoded { image, scale, .. } = decode_for(&png(grey), ImageFormat::Png, 100).unwrap();
        assert_eq!((image.width(), image.height(), scale), (800, 64, 1));
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
