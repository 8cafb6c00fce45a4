//! A trainer's comments never reach an article: every built-in model story, with comments
//! on every step, rendered in every layout and format (HTML as a piece and as a page, DOCX
//! read part by part) holds neither a comment's words nor its reviewer's name.

use std::path::Path;

use crate::export_common::Docx;
use povestitor::render::{self, Format, Output, RenderOptions};
use povestitor::service::Templates;
use povestitor::story::{Comment, parse_draft};

const SECRET: &str = "Zmeul-de-revizie";
const REVIEWER: &str = "Formatoarea Zinovia Quell";

/// Every part of a document as text, so that nothing in the zip can hold a comment.
fn docx_text(bytes: Vec<u8>) -> String {
    let mut docx = Docx::open(bytes);
    let names = docx.names.clone();
    names
        .iter()
        .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
        .map(|n| docx.part(n))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_layout_or_format_prints_a_comment() {
    let templates = Templates::builtin().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("story-templates");
    let mut rendered = 0;
    for loaded in templates.iter() {
        let example = loaded.example().expect("a model story");
        let mut draft = parse_draft(&example, "example.toml").unwrap();
        for (i, step) in loaded.template.steps.iter().enumerate() {
            let text = format!("{SECRET} {i}: „mai scurt”, vă rog.");
            draft.add_comment(&step.id, Comment::new(REVIEWER, "2026-11-25", &text));
        }
        draft.add_comment("not-a-step", Comment::new(REVIEWER, "2026-11-25", SECRET));
        assert!(draft.set_resolved(&loaded.template.steps[0].id, 0, true));
        let base = root.join(loaded.id());
        for layout in &loaded.template.layouts {
            for format in [Format::Md, Format::Html, Format::Txt, Format::Docx] {
                for standalone in [false, true] {
                    let options = RenderOptions {
                        standalone,
                        base_dir: Some(&base),
                    };
                    let article = render::render(loaded, &draft, &layout.id, format, options)
                        .unwrap_or_else(|e| panic!("{}/{}: {e}", loaded.id(), layout.id));
                    let text = match article {
                        Output::Text(text) => text,
                        Output::Binary(bytes) => docx_text(bytes),
                    };
                    let what = format!("{}/{} {format:?}", loaded.id(), layout.id);
                    assert!(!text.is_empty(), "{what}: an article");
                    for secret in [SECRET, "Zinovia", "Quell"] {
                        assert!(!text.contains(secret), "{what} prints {secret}:\n{text}");
                    }
                    rendered += 1;
                }
            }
        }
    }
    assert!(rendered >= 16, "{rendered} articles");
}
