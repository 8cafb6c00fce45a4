//! How long an export takes: the example story through each stage of the pipeline.

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::library::Library;
use povestitor::render::{self, Format, RenderOptions};
use povestitor::story::parse_draft;

fn pipeline(c: &mut Criterion) {
    let library = Library::builtin().expect("built-in templates load");
    let loaded = library.get("success-story").expect("success-story exists");
    let example = loaded.example().expect("the template ships an example");
    let draft = parse_draft(&example, "example.toml").expect("the example parses");

    c.bench_function("load built-in templates", |b| {
        b.iter(|| Library::builtin().expect("loads"))
    });
    c.bench_function("parse example draft", |b| {
        b.iter(|| parse_draft(&example, "example.toml").expect("parses"))
    });
    for format in [Format::Md, Format::Html, Format::Txt] {
        c.bench_function(&format!("render biblio-info {format:?}"), |b| {
            b.iter(|| {
                render::render(
                    loaded,
                    &draft,
                    "biblio-info",
                    format,
                    RenderOptions::default(),
                )
                .expect("renders")
            })
        });
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
