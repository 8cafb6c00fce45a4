//! A photo's caption and its credit read as two sentences in every built-in layout and
//! format: "Caption. Foto: Name", whether or not the librarian ended the caption with a
//! full stop, and her own final mark (! ? …) kept; a closing quotation mark or bracket is
//! followed by a full stop ("„Harap-Alb”. Foto: …").

use crate::export_common::Docx;
use povestitor::render::{self, Format, RenderOptions};
use povestitor::service::Templates;
use povestitor::story::{Item, parse_draft};
use povestitor::template::StepKind;

/// Every layout's caption line for a photo with `caption` and the credit "Ion Rusu".
fn caption_lines(caption: &str) -> Vec<(String, String)> {
    let templates = Templates::builtin().unwrap();
    let mut lines = Vec::new();
    for loaded in templates.iter() {
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
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("story-templates")
            .join(loaded.id());
        let options = RenderOptions {
            base_dir: Some(&folder),
            ..RenderOptions::default()
        };
        for layout in &loaded.template.layouts {
            for format in [
                Format::Md,
                Format::Html,
                Format::Txt,
                Format::Wp,
                Format::Docx,
            ] {
                let name = format!("{}/{}.{}", loaded.id(), layout.id, format.extension());
                let article = match render::render(loaded, &draft, &layout.id, format, options)
                    .unwrap_or_else(|e| panic!("{name}: {e}"))
                {
                    render::Output::Text(text) => text,
                    render::Output::Binary(bytes) => Docx::open(bytes)
                        .paragraphs()
                        .into_iter()
                        .map(|p| p.text)
                        .collect::<Vec<_>>()
                        .join("\n"),
                };
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

/// What comes before " Foto: Ion Rusu" (or "Photo:", "Фото:") in a caption line.
fn before_credit<'a>(name: &str, line: &'a str) -> &'a str {
    let credit = format!(" {}: Ion Rusu", credit_word(name));
    let end = line
        .find(&credit)
        .unwrap_or_else(|| panic!("{name}: no {credit:?} after a space in {line:?}"));
    &line[..end]
}

const SENTENCE_ENDS: [char; 4] = ['.', '!', '?', '…'];
/// Closing quotation marks (each language sets its own) and brackets.
const CLOSERS: [char; 7] = ['”', '»', '"', '“', '«', '’', ')'];

#[test]
fn a_caption_ending_in_any_mark_is_followed_by_exactly_one_sentence_end() {
    // The caption as typed, and the sentence end the reader sees before the credit: a full
    // stop after a closing mark (`None`), or the librarian's own mark, before any closing one.
    let table = [
        ("O scenă din „Harap-Alb”", None),
        ("Clubul «Vorbim»", None),
        ("Atelierul \"Citim\"", None),
        ("Lansarea (2016)", None),
        ("Ce lansare!", Some('!')),
        ("Gata?", Some('?')),
        ("Și apoi…", Some('…')),
        ("Și apoi...", Some('…')),
        ("Lansarea.", Some('.')),
        ("Ea a strigat „Veniți!”", Some('!')),
    ];
    for (caption, own) in table {
        for (name, line) in caption_lines(caption) {
            let before = before_credit(&name, &line);
            let ok = match own {
                None => before
                    .strip_suffix('.')
                    .is_some_and(|rest| rest.ends_with(CLOSERS)),
                Some(mark) => before.trim_end_matches(CLOSERS).ends_with(mark),
            };
            assert!(ok, "{name}: {caption:?} ends as {own:?}: {line:?}");
            // Exactly one: no mark doubled, none added after a sentence end inside a quote.
            let ends = before
                .chars()
                .rev()
                .take_while(|c| SENTENCE_ENDS.contains(c) || CLOSERS.contains(c))
                .filter(|c| SENTENCE_ENDS.contains(c))
                .count();
            assert_eq!(
                ends, 1,
                "{name}: {caption:?} has one sentence end: {line:?}"
            );
        }
    }
}
