//! How long an export takes: the example story through each stage of the pipeline, in each
//! format, the story with a 4,000 px phone photo instead of its small one, and a workshop's
//! 100 stories compiled into one DOCX in process.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::i18n::{Catalog, Lang};
use povestitor::render::{self, Format, RenderOptions};
use povestitor::service::Templates;
use povestitor::service::compile::{self, Order};
use povestitor::story::parse_draft;

/// The test's sideways phone photo (4,000×3,000, EXIF orientation 6).
#[path = "../tests/export_common/phone.rs"]
#[allow(dead_code)]
mod phone;

/// The model story's folder, where its photo is.
const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/story-templates/success-story");

fn pipeline(c: &mut Criterion) {
    let templates = Templates::builtin().expect("built-in templates load");
    let loaded = templates
        .get("success-story")
        .expect("success-story exists");
    let example = loaded.example().expect("the template ships an example");
    let draft = parse_draft(&example, "example.toml").expect("the example parses");

    c.bench_function("load built-in templates", |b| {
        b.iter(|| Templates::builtin().expect("loads"))
    });
    c.bench_function("parse example draft", |b| {
        b.iter(|| parse_draft(&example, "example.toml").expect("parses"))
    });
    for format in [Format::Md, Format::Html, Format::Txt, Format::Docx] {
        c.bench_function(&format!("render biblio-info {format:?}"), |b| {
            b.iter(|| {
                render::render(
                    loaded,
                    &draft,
                    "biblio-info",
                    format,
                    RenderOptions {
                        base_dir: Some(Path::new(MODEL)),
                        ..RenderOptions::default()
                    },
                )
                .expect("renders")
            })
        });
    }
}

/// 100 copies of the model story (with its photo) in a workshop folder, read, checked,
/// rendered and made into one DOCX book, as `povestitor workshop compile` does before writing.
fn compile_100(c: &mut Criterion) {
    let templates = Templates::builtin().expect("built-in templates load");
    let catalog = Catalog::new(Lang::Ro);
    let folder = tempfile::tempdir().expect("a temp folder");
    let model = MODEL;
    let example = std::fs::read_to_string(format!("{model}/example.toml")).expect("example");
    std::fs::copy(
        format!("{model}/bunicii-online.png"),
        folder.path().join("bunicii-online.png"),
    )
    .expect("the photo");
    for i in 0..100 {
        std::fs::write(folder.path().join(format!("story-{i:03}.toml")), &example)
            .expect("writes a draft");
    }
    let collect = || {
        compile::collect(&templates, folder.path(), Some("biblio-info"), Order::File)
            .expect("collects")
    };
    let collection = collect();
    assert_eq!(collection.parts.len(), 100, "{:?}", collection.left_out);
    c.bench_function(
        "compile 100 stories to DOCX (read, check, render, book)",
        |b| {
            b.iter(|| {
                let collection = collect();
                compile::book(
                    &collection,
                    Format::Docx,
                    "2026-11-29",
                    compile::BookTitle::default(),
                    &catalog,
                )
                .expect("a book")
            })
        },
    );
    c.bench_function("compile 100 stories: the DOCX book only", |b| {
        b.iter(|| {
            compile::book(
                &collection,
                Format::Docx,
                "2026-11-29",
                compile::BookTitle::default(),
                &catalog,
            )
            .expect("a book")
        })
    });
}

/// The model story with one photo as a phone makes it: read, turned upright, scaled to
/// 2,000 px and made a JPEG again for the DOCX; and for a copy beside an HTML article.
fn phone_photo(c: &mut Criterion) {
    let templates = Templates::builtin().expect("built-in templates load");
    let loaded = templates
        .get("success-story")
        .expect("success-story exists");
    let example = loaded.example().expect("the template ships an example");
    let folder = tempfile::tempdir().expect("a temp folder");
    std::fs::write(
        folder.path().join("telefon.jpg"),
        phone::sideways_phone_photo(),
    )
    .expect("the photo");
    let text = example.replace("\"bunicii-online.png\"", "\"telefon.jpg\"");
    let draft = parse_draft(&text, "example.toml").expect("the example parses");
    let options = RenderOptions {
        base_dir: Some(folder.path()),
        ..RenderOptions::default()
    };
    c.bench_function("render biblio-info Docx with a 4,000 px phone photo", |b| {
        b.iter(|| {
            render::render(loaded, &draft, "biblio-info", Format::Docx, options).expect("renders")
        })
    });
    let photos = render::article_photos(loaded, &draft, "biblio-info", Some(folder.path()))
        .expect("the photos");
    assert_eq!(photos.len(), 1);
    c.bench_function("prepare a 4,000 px phone photo for a web page", |b| {
        b.iter(|| {
            photos[0]
                .prepared(render::Fit::BESIDE_ARTICLE)
                .expect("prepared")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = pipeline, compile_100
}
criterion_group! {
    name = photos;
    // Each run decodes 12 million pixels: ten samples say enough.
    config = Criterion::default().sample_size(10);
    targets = phone_photo
}
criterion_main!(benches, photos);
