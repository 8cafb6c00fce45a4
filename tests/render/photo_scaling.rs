//! A phone photo bound for a page is decoded at half its size straight from the JPEG's DCT
//! coefficients, then turned upright: what comes out must look as the whole photo decoded,
//! scaled and turned would (the reference here, made with the image crate's own decoder).

use std::path::Path;

use image::DynamicImage;
use povestitor::render::{Fit, Photo};

use crate::export_common::phone::{textured_jpeg, with_orientation};

fn photo(file: &Path) -> Photo {
    Photo {
        number: 1,
        step: "Fotografii".into(),
        path: "telefon.jpg".into(),
        file: file.to_path_buf(),
        published: "telefon.jpg".into(),
    }
}

/// The mean absolute difference of each channel (R, G, B) between two pictures of one size.
fn mean_difference(a: &DynamicImage, b: &DynamicImage) -> [f64; 3] {
    let (a, b) = (a.to_rgb8(), b.to_rgb8());
    assert_eq!(a.dimensions(), b.dimensions());
    let mut sums = [0u64; 3];
    for (pa, pb) in a.pixels().zip(b.pixels()) {
        for (sum, (a, b)) in sums.iter_mut().zip(pa.0.iter().zip(pb.0)) {
            *sum += u64::from(a.abs_diff(b));
        }
    }
    let count = f64::from(a.width()) * f64::from(a.height());
    sums.map(|s| s as f64 / count)
}

/// The 12-megapixel photo, stored sideways (orientation 6), prepared for Word (2,000 px, by
/// way of the half-scale decode) and for a blog (2,560 px, decoded whole): upright, at most
/// the limit, and within 2 levels of 255 per channel on average of the whole photo decoded,
/// scaled and turned. Measured: 1.07, 1.02, 1.13 (R, G, B) at 2,000 px; 1.28, 1.24, 1.33 at
/// 2,560 px, where nothing is decoded at a smaller scale: saving again as a JPEG of quality
/// 85 is most of it. The scaled decode alone differs by 0.7 (`render/photos/prepare/tests.rs`).
#[test]
fn a_phone_photo_decoded_at_half_scale_looks_as_the_whole_one_scaled() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("telefon.jpg");
    let stored = textured_jpeg(4000, 3000);
    std::fs::write(&file, with_orientation(&stored, 6)).unwrap();
    let whole = image::load_from_memory(&stored).unwrap();
    for (fit, long_side) in [(Fit::DOCX, 2000), (Fit::BLOG, 2560)] {
        let prepared = photo(&file).prepared_with(fit, None).unwrap();
        let made = image::load_from_memory(&prepared.bytes).unwrap();
        // Upright: a portrait now, its longer side at the limit.
        assert_eq!(
            (made.width(), made.height()),
            (long_side * 3 / 4, long_side)
        );
        assert_eq!(
            (prepared.width, prepared.height),
            (made.width(), made.height())
        );
        let reference = whole
            .resize_exact(
                long_side,
                long_side * 3 / 4,
                image::imageops::FilterType::Triangle,
            )
            .rotate90();
        let difference = mean_difference(&made, &reference);
        assert!(
            difference.iter().all(|&d| d < 2.0),
            "{long_side} px: mean difference per channel {difference:?}"
        );
    }
}
