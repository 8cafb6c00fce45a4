//! Reading a JPEG as little as the photo needs: its header from the markers before the
//! frame, and its pixels at 1/2, 1/4 or 1/8 of its size straight from the DCT coefficients
//! (jpeg-decoder's scaled inverse DCT), a camera's photo as its own Y, Cb, Cr planes.

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, RgbImage};

use super::planes;
use super::prepare::{Decoded, MAX_DECODED_BYTES};

/// A JPEG decoded at the smallest of 1/2, 1/4 and 1/8 of its size that keeps `long_side`
/// pixels on its longer side, by `jpeg-decoder`'s scaled inverse DCT; `None` when no such
/// scale helps, or the file is one the whole decoder reads better (CMYK, 12-bit, damaged:
/// it then says why). A camera's colour photo is given as its own Y, Cb, Cr
/// ([`camera_components`]): the JPEG encoder takes them as they are.
pub(super) fn decode_scaled(bytes: &[u8], long_side: u32) -> Option<Decoded> {
    let Scaled {
        mut decoder,
        info,
        out_width,
        out_height,
        scale,
    } = scaled_decoder(bytes, long_side)?;
    let ycbcr = info.pixel_format == jpeg_decoder::PixelFormat::RGB24 && camera_components(bytes);
    if ycbcr {
        // "RGB": the three channels interleaved as they are, with no conversion.
        decoder.set_color_transform(jpeg_decoder::ColorTransform::RGB);
    }
    let pixels = decoder.decode().ok()?;
    let image = match decoder.info()?.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            DynamicImage::from(RgbImage::from_raw(out_width, out_height, pixels)?)
        }
        jpeg_decoder::PixelFormat::L8 => {
            DynamicImage::from(GrayImage::from_raw(out_width, out_height, pixels)?)
        }
        _ => return None,
    };
    Some(Decoded {
        image,
        scale,
        ycbcr,
    })
}

/// A JPEG's decoder set to decode it at the smallest of 1/2, 1/4 and 1/8 of its size that
/// keeps `long_side` pixels on its longer side; `None` when no such scale helps.
struct Scaled<'a> {
    decoder: jpeg_decoder::Decoder<&'a [u8]>,
    info: jpeg_decoder::ImageInfo,
    /// The size it decodes to.
    out_width: u32,
    out_height: u32,
    /// `1/scale` of the photo's size.
    scale: u32,
}

fn scaled_decoder(bytes: &[u8], long_side: u32) -> Option<Scaled<'_>> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(usize::try_from(MAX_DECODED_BYTES).ok()?);
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    let longer = width.max(height);
    if longer < 2 * long_side {
        return None;
    }
    // The decoder takes the smallest scale at which either side reaches what is asked: only
    // the longer side is asked for.
    let wanted = u16::try_from(long_side).ok()?;
    let (out_width, out_height) = if width >= height {
        decoder.scale(wanted, u16::MAX)
    } else {
        decoder.scale(u16::MAX, wanted)
    }
    .ok()?;
    let (out_width, out_height) = (u32::from(out_width), u32::from(out_height));
    Some(Scaled {
        decoder,
        info,
        out_width,
        out_height,
        scale: longer.div_ceil(out_width.max(out_height)),
    })
}

/// A camera's colour JPEG ([`camera_components`]) decoded at 1/2, 1/4 or 1/8 of its size
/// straight to `long_side` or less, as its own Y, Cb, Cr planes, the colours at the
/// resolution the file stores them ([`planes::Planes`]: nothing upsampled nor interleaved),
/// with the scale; `None` for any other file, one that would still need scaling, one whose
/// `orientation` mirrors an odd side ([`planes::keeps_pairs`]), one the decoder finds
/// damaged, or planes laid out unusually: those take [`super::prepare`]'s other way, by
/// the decoded pixels.
pub(super) fn decode_planes(
    bytes: &[u8],
    long_side: u32,
    orientation: Orientation,
) -> Option<(planes::Planes, u32)> {
    let Scaled {
        mut decoder,
        info,
        out_width,
        out_height,
        scale,
    } = scaled_decoder(bytes, long_side)?;
    if out_width.max(out_height) > long_side
        || !planes::keeps_pairs(out_width, out_height, orientation)
        || info.pixel_format != jpeg_decoder::PixelFormat::RGB24
        || !camera_components(bytes)
    {
        return None;
    }
    let planes = decoder.decode_to_planes().ok()?;
    Some((planes::Planes::new(planes, out_width, out_height)?, scale))
}

/// Whether the JPEG's frame has three components numbered 1, 2 and 3, as cameras, phones
/// and libjpeg number them: jpeg-decoder then reads them as Y, Cb, Cr whatever else the
/// file says (the first of its rules), so they may be kept as such. Any other file, or one
/// whose markers cannot be followed to its frame, is converted to RGB by the decoder.
pub(super) fn camera_components(bytes: &[u8]) -> bool {
    /// Start-of-frame markers: every coding process but the Huffman tables (C4), JPG (C8)
    /// and the arithmetic conditioning (CC).
    fn starts_frame(marker: u8) -> bool {
        matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
    }
    // Precision, height, width, component count, then each component's number, sampling
    // factors and quantization table.
    header_segments(bytes)
        .find(|&(marker, _)| starts_frame(marker))
        .is_some_and(|(_, frame)| {
            matches!(frame, [_, _, _, _, _, 3, 1, _, _, 2, _, _, 3, _, _, ..])
        })
}

/// The marker segments of a JPEG's header, in order, up to its first scan or its end: each
/// marker with the bytes of its segment after their length. They stop at anything that is
/// not a whole segment.
fn header_segments(bytes: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    let mut at = 2; // after the start of image
    std::iter::from_fn(move || {
        while bytes.get(at) == Some(&0xFF) {
            let &marker = bytes.get(at + 1)?;
            match marker {
                // A fill byte before a marker.
                0xFF => at += 1,
                // Markers without a segment.
                0x01 | 0xD0..=0xD8 => at += 2,
                // The scan or the end.
                0xD9 | 0xDA => return None,
                _ => {
                    let &[high, low] = bytes.get(at + 2..at + 4)? else {
                        return None;
                    };
                    let length = usize::from(u16::from_be_bytes([high, low]));
                    // A length below 2 makes an empty range: no segment.
                    let segment = bytes.get(at + 4..at + 2 + length)?;
                    at += 2 + length;
                    return Some((marker, segment));
                }
            }
        }
        None
    })
}

/// A JPEG's size, orientation and the bytes its pixels take decoded, read by jpeg-decoder
/// from the markers before its frame, and its EXIF orientation from its header: `None`
/// when jpeg-decoder cannot read them, and the image crate's reader decides (which first
/// copies the whole file: 2.7 MB and some 660 fresh pages for a phone photo).
pub(super) fn header(bytes: &[u8]) -> Option<(u32, u32, Orientation, u64)> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    if width == 0 || height == 0 {
        return None;
    }
    // As the image crate decodes them: CMYK is made RGB.
    let per_pixel = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::L16 => 2,
        jpeg_decoder::PixelFormat::RGB24 | jpeg_decoder::PixelFormat::CMYK32 => 3,
    };
    // The last EXIF block, as the image crate's reader takes it; a damaged one is no reason
    // to refuse a photo that shows well otherwise.
    let orientation = header_segments(bytes)
        .filter_map(|(marker, segment)| match marker {
            0xE1 => segment.strip_prefix(b"Exif\0\0"),
            _ => None,
        })
        .last()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    Some((
        width,
        height,
        orientation,
        u64::from(width) * u64::from(height) * per_pixel,
    ))
}
