//! How long photos take: one 12-megapixel phone photo (4,000×3,000, EXIF orientation 6,
//! with a photo's kind of detail) prepared for a Word document by way of the half-scale
//! decode, the same decoded whole (a limit one pixel longer, so no smaller scale fits),
//! taken from the cache, and a workshop's 90 distinct photos prepared on every core, cold
//! and from the cache. `scripts/bench-photos.sh` times the same as whole processes, beside
//! vipsthumbnail and ImageMagick.

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::render::{Fit, Photo, PhotoCache, prepare_all_in};

/// The tests' photo generator (`textured_jpeg`, `with_orientation`).
#[path = "../tests/export_common/phone.rs"]
#[allow(dead_code)]
mod phone;

fn photo(file: std::path::PathBuf) -> Photo {
    Photo {
        number: 1,
        step: "Fotografii".into(),
        path: "telefon.jpg".into(),
        file,
        published: "telefon.jpg".into(),
    }
}

fn one_photo(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("a temp folder");
    let file = folder.path().join("telefon.jpg");
    let bytes = phone::with_orientation(&phone::textured_jpeg(4000, 3000), 6);
    std::fs::write(&file, bytes).expect("the photo");
    let photo = photo(file);
    c.bench_function(
        "prepare a 12 MP phone photo for DOCX (decoded at 1/2)",
        |b| b.iter(|| photo.prepared_with(Fit::DOCX, None).expect("prepared")),
    );
    let whole = Fit {
        long_side: 2001,
        keep_png: false,
    };
    c.bench_function(
        "prepare a 12 MP phone photo for DOCX (decoded whole)",
        |b| b.iter(|| photo.prepared_with(whole, None).expect("prepared")),
    );
    c.bench_function("prepare a 12 MP phone photo for a blog (2,560 px)", |b| {
        b.iter(|| photo.prepared_with(Fit::BLOG, None).expect("prepared"))
    });
    let cache = PhotoCache::new(folder.path().join("cache"));
    photo
        .prepared_with(Fit::DOCX, Some(&cache))
        .expect("prepared");
    c.bench_function("a 12 MP phone photo for DOCX from the cache", |b| {
        b.iter(|| {
            photo
                .prepared_with(Fit::DOCX, Some(&cache))
                .expect("prepared")
        })
    });
}

/// A workshop's book: 90 distinct phone photos (each a little different) prepared for Word
/// on every core, as `workshop compile` does; cold (no cache) and warm.
fn book_photos(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("a temp folder");
    let stored = phone::with_orientation(&phone::textured_jpeg(4000, 3000), 6);
    let photos: Vec<Photo> = (0..90)
        .map(|n| {
            let file = folder.path().join(format!("foto-{n:02}.jpg"));
            // A comment segment after the start marker: another file, the same picture.
            let mut bytes = stored[..2].to_vec();
            let note = format!("photo {n:02}");
            bytes.extend([0xFF, 0xFE, 0, (note.len() + 2) as u8]);
            bytes.extend(note.as_bytes());
            bytes.extend(&stored[2..]);
            std::fs::write(&file, bytes).expect("a photo");
            photo(file)
        })
        .collect();
    let refs: Vec<&Photo> = photos.iter().collect();
    c.bench_function(
        "90 phone photos for a DOCX book, every core, no cache",
        |b| b.iter(|| prepare_all_in(&refs, Fit::DOCX, None)),
    );
    let cache = PhotoCache::new(folder.path().join("cache"));
    prepare_all_in(&refs, Fit::DOCX, Some(&cache));
    c.bench_function("90 phone photos for a DOCX book, from the cache", |b| {
        b.iter(|| prepare_all_in(&refs, Fit::DOCX, Some(&cache)))
    });
}

criterion_group! {
    name = photos;
    // Each run decodes millions of pixels: ten samples say enough.
    config = Criterion::default().sample_size(10);
    targets = one_photo, book_photos
}
criterion_main!(photos);
