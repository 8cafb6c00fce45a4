//! Photos as phones make them, made in the test: a large JPEG stored sideways with an EXIF
//! orientation that says how to turn it, written byte by byte as a camera writes it.

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};

pub const RED: Rgb<u8> = Rgb([220, 20, 30]);
pub const BLUE: Rgb<u8> = Rgb([20, 40, 200]);

/// A `width`×`height` JPEG as the sensor stored it: blue, with a red block in its stored
/// top-left corner (a fifth of each side), so where the block lands shows how it was turned.
pub fn sensor_jpeg(width: u32, height: u32) -> Vec<u8> {
    // Whole rows copied at once: a per-pixel closure takes seconds in a debug build.
    let (w, h) = (width as usize, height as usize);
    let mut raw = BLUE.0.repeat(w * h);
    let red_row = RED.0.repeat(w / 5);
    for row in raw.chunks_exact_mut(w * 3).take(h / 5) {
        row[..red_row.len()].copy_from_slice(&red_row);
    }
    let image = RgbImage::from_raw(width, height, raw).unwrap();
    let mut out = Vec::new();
    image
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
        .unwrap();
    out
}

/// `jpeg` with an EXIF APP1 segment right after its start marker, holding one tag:
/// Orientation (0x0112) = `orientation`, in a big-endian ("MM") TIFF block.
pub fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "a JPEG starts with SOI");
    let mut tiff = Vec::new();
    tiff.extend(b"MM\0*"); // byte order, 42
    tiff.extend(8u32.to_be_bytes()); // the first directory follows the header
    tiff.extend(1u16.to_be_bytes()); // one entry
    tiff.extend(0x0112u16.to_be_bytes()); // Orientation
    tiff.extend(3u16.to_be_bytes()); // SHORT
    tiff.extend(1u32.to_be_bytes()); // one value
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]); // the value field's padding
    tiff.extend(0u32.to_be_bytes()); // no next directory
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend(tiff);
    let length = u16::try_from(segment.len() + 2).unwrap();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(length.to_be_bytes());
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

/// A 4,000×3,000 phone photo stored sideways (orientation 6: turn 90° clockwise to view),
/// so it shows as a 3,000×4,000 portrait with the red block in its top-right corner. Made
/// once per test binary: encoding it takes seconds in a debug build.
pub fn sideways_phone_photo() -> &'static [u8] {
    static PHOTO: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PHOTO.get_or_init(|| with_orientation(&sensor_jpeg(4000, 3000), 6))
}

/// Whether `pixel` is near `color` (JPEG and scaling blur the values a little).
pub fn near(pixel: Rgb<u8>, color: Rgb<u8>) -> bool {
    pixel.0.iter().zip(color.0).all(|(a, b)| a.abs_diff(b) < 40)
}

/// Checks `bytes` is an upright portrait of the sideways photo, at most `long_side` pixels:
/// red at the top right only, as turning clockwise puts it (anticlockwise would put it at the
/// bottom left, a mirror at the top left or bottom right).
pub fn assert_upright(bytes: &[u8], long_side: u32) {
    let image = image::load_from_memory(bytes).unwrap().to_rgb8();
    let (w, h) = image.dimensions();
    assert!(h > w, "a portrait: {w}×{h}");
    assert_eq!(h, long_side, "scaled to the limit: {w}×{h}");
    assert_eq!(w, long_side * 3 / 4, "the shape kept: {w}×{h}");
    let corners = [
        (w - 20, 20),     // top right
        (20, 20),         // top left
        (20, h - 20),     // bottom left
        (w - 20, h - 20), // bottom right
    ]
    .map(|(x, y)| *image.get_pixel(x, y));
    assert!(near(corners[0], RED), "top right is red: {corners:?}");
    for other in &corners[1..] {
        assert!(near(*other, BLUE), "other corners are blue: {corners:?}");
    }
}

/// A `width`×`height` JPEG (quality 92, colours at half resolution as a phone saves them)
/// with a photo's kind of detail: smooth light and colour, edges and fine texture in the
/// brightness (sines of several periods and a little grain), so a scaled photo can be
/// compared with a reference pixel by pixel. The same bytes every time.
pub fn textured_jpeg(width: u32, height: u32) -> Vec<u8> {
    let (w, h) = (width as usize, height as usize);
    let mut raw = Vec::with_capacity(w * h * 3);
    let mut noise: u32 = 0x2545_F491;
    // Each row's and column's share computed once: a per-pixel sine takes seconds in a
    // debug build. Brightness: broad light, edges, fine texture; colour: broad only.
    let columns: Vec<[f32; 4]> = (0..w)
        .map(|x| {
            let x = x as f32;
            [
                (x / 211.0).sin(),
                (x / 23.0).sin(),
                (x / 7.3).sin(),
                (x / 397.0).cos(),
            ]
        })
        .collect();
    for y in 0..h {
        let yf = y as f32;
        let rows = [
            (yf / 173.0).cos(),
            (yf / 31.0).sin(),
            (yf / 5.9).cos(),
            (yf / 331.0).sin(),
        ];
        for column in &columns {
            noise ^= noise << 13;
            noise ^= noise >> 17;
            noise ^= noise << 5;
            let grain = (noise % 13) as f32 - 6.0;
            let light = 120.0
                + 60.0 * column[0] * rows[0]
                + 25.0 * column[1] * rows[1]
                + 12.0 * column[2] * rows[2]
                + grain;
            let warm = 30.0 * column[3] * rows[3];
            let green = 20.0 * rows[3] - 10.0 * column[0];
            raw.extend(
                [light + warm, light + green, light - warm].map(|v| v.clamp(0.0, 255.0) as u8),
            );
        }
    }
    let image = RgbImage::from_raw(width, height, raw).unwrap();
    let mut out = Vec::new();
    image
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 92))
        .unwrap();
    out
}
