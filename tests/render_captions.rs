//! A photo's caption and its credit read as two sentences in every built-in layout and
//! format: "Caption. Foto: Name", whether or not the librarian ended the caption with a
//! full stop, and her own final mark (! ? …) kept.

use povestitor::library::Library;
use povestitor::render::{self, Format, RenderOptions};
use povestitor::story::{Item, parse_draft};
use povestitor::template::StepKind;

/// Every layout's caption line for a photo with `caption` and the credit "Ion Rusu".
fn caption_lines(caption: &str) -> Vec<(String, String)> {
    let library = Library::builtin().unwrap();
    let mut lines = Vec::new();
    for loaded in library.iter() {
        let mut draft = parse_draft(&loaded.example().unwrap(), "example.toml").unwrap();
        let photos = loaded
            .template
            .steps
            .iter()
            .find(|s| s.kind == StepKind::Photos)
            .expect("every built-in template has a photos step");
        let path = draft.answers.items(&photos.id)[0].get("path").to_string();
        let photo = Item::default()
            .with("path", &path)
            .with("caption", caption)
            .with("credit", "Ion Rusu");
        draft.answers.set_items(&photos.id, vec![photo]);
        for layout in &loaded.template.layouts {
            for format in [Format::Md, Format::Html, Format::Txt] {
                let article =
                    render::render(loaded, &draft, &layout.id, format, RenderOptions::default())
                        .unwrap()
                        .into_text()
                        .unwrap();
                let name = format!("{}/{}.{}", loaded.id(), layout.id, format.extension());
                let line = article
                    .lines()
                    .find(|l| l.contains("Ion Rusu"))
                    .unwrap_or_else(|| panic!("{name} shows the credit:\n{article}"))
                    .to_string();
                lines.push((name, line));
            }
        }
    }
    lines
}

fn credit_word(name: &str) -> &'static str {
    if name.starts_with("success-story-en/") {
        "Photo"
    } else if name.starts_with("success-story-ru/") {
        "Фото"
    } else {
        "Foto"
    }
}

#[test]
fn a_caption_without_a_full_stop_gets_one_before_the_credit() {
    for caption in ["Lansarea", "Lansarea."] {
        for (name, line) in caption_lines(caption) {
            let expected = format!("Lansarea. {}: Ion Rusu", credit_word(&name));
            assert!(line.contains(&expected), "{name}: {line:?} ({caption:?})");
        }
    }
}

#[test]
fn a_caption_keeps_its_own_final_mark() {
    for (name, line) in caption_lines("Ce lansare!") {
        let expected = format!("Ce lansare! {}: Ion Rusu", credit_word(&name));
        assert!(line.contains(&expected), "{name}: {line:?}");
    }
}
