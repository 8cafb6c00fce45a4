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
mod tests;
