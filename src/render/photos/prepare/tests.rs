//! How a photo is prepared: byte for byte when it may be, upright and no larger than its
//! purpose needs otherwise, every way of decoding giving the same picture.

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
    let at = |jpeg: &[u8], marker: u8| jpeg.windows(2).position(|w| w == [0xFF, marker]).unwrap();
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
                if (mirrors_width && out_width % 2 == 1) || (mirrors_height && out_height % 2 == 1)
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
                planes::encode_planes(&planes, orientation, JPEG_QUALITY, &mut by_planes).unwrap();
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
        let Decoded { image, scale, .. } = decode_for(&wide, ImageFormat::Jpeg, long_side).unwrap();
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
    let grey = DynamicImage::ImageLuma8(image::GrayImage::from_pixel(800, 64, image::Luma([90])));
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
