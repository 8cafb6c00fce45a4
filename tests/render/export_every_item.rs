//! Every quote and every photo a librarian gathered reaches every layout of every built-in
//! template, in every format: a story with three quotes and three photos is exported with the
//! real binary and each file is read back (Markdown and text lines, HTML elements, the DOCX's
//! paragraphs, WordPress blocks) to count them.

use std::path::Path;

use crate::export_common::{Docx, Scratch};
use povestitor::service::Templates;

const FORMATS: [&str; 5] = ["md", "html", "docx", "wp", "txt"];

/// What the story holds: three quotes and three photos, each with words of its own.
struct Story {
    /// A few words of each quote, as a reader sees them.
    quotes: Vec<String>,
    /// Each photo's caption words and its credit.
    photos: Vec<(String, String)>,
}

/// The template's model story with a third quote and three photos, written to the scratch
/// folder as `poveste.toml` with the photo files beside it.
fn story_with_three_of_each(scratch: &Scratch, template: &str) -> Story {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("story-templates")
        .join(template);
    let png = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("every built-in template ships its model photo");
    let text = std::fs::read_to_string(folder.join("example.toml")).unwrap();
    std::fs::write(scratch.draft(), text).unwrap();
    let mut quotes = Vec::new();
    let mut photos = Vec::new();
    scratch.edit_answers(|answers| {
        let list = answers["quotes"].as_array_mut().unwrap();
        let mut third = toml::Table::new();
        third.insert("consent".into(), "yes".into());
        third.insert(
            "text".into(),
            "Al treilea glas vorbește despre clubul de joi".into(),
        );
        third.insert("author".into(), "Petru Cojocaru".into());
        list.push(toml::Value::Table(third));
        for quote in list.iter() {
            let words: String = quote["text"].as_str().unwrap().chars().take(24).collect();
            quotes.push(words);
        }
        let mut items = Vec::new();
        for (n, word) in ["Întâia", "A doua", "A treia"].iter().enumerate() {
            let file = format!("foto-{}.png", n + 1);
            std::fs::copy(&png, scratch.path(&file)).unwrap();
            let caption = format!("{word} imagine din sală");
            let credit = format!("Autorul {}", n + 1);
            let mut item = toml::Table::new();
            item.insert("consent".into(), "yes".into());
            item.insert("children".into(), "no".into());
            item.insert("path".into(), file.into());
            item.insert("caption".into(), caption.clone().into());
            item.insert("credit".into(), credit.clone().into());
            items.push(toml::Value::Table(item));
            photos.push((caption, credit));
        }
        answers.insert("photos".into(), toml::Value::Array(items));
    });
    Story { quotes, photos }
}

fn export(scratch: &Scratch, layout: &str, format: &str) -> Vec<u8> {
    let out = scratch.path(&format!("out/{layout}.{format}"));
    let output = scratch
        .export(layout, format, &["-o", out.to_str().unwrap(), "--force"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{layout} {format}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read(out).unwrap()
}

/// How many photos and quotes the article shows, and whether every word of `story` is in it.
fn read_back(story: &Story, format: &str, bytes: Vec<u8>, name: &str) {
    let (photos, quotes, text) = match format {
        "docx" => {
            let mut docx = Docx::open(bytes);
            let paras = docx.paragraphs();
            let photos = paras.iter().filter(|p| p.image.is_some()).count();
            for (at, _) in paras.iter().enumerate().filter(|(_, p)| p.image.is_some()) {
                assert_eq!(
                    paras[at + 1].style,
                    "Caption",
                    "{name}: {:?}",
                    paras[at + 1]
                );
            }
            let quotes = paras.iter().filter(|p| p.style == "Quote").count();
            let text: Vec<String> = paras.into_iter().map(|p| p.text).collect();
            (photos, quotes, text.join("\n"))
        }
        _ => {
            let text = String::from_utf8(bytes).unwrap();
            let photos = match format {
                "md" => text.matches("![").count(),
                "html" => text.matches("<figure>").count(),
                "wp" => text.matches("<!-- wp:image").count(),
                // A photo's place in text for Word: "[Foto: foto-1.png]".
                _ => text.matches("foto-").count(),
            };
            let quotes = match format {
                // Each quote ends with its speaker: "> — Maria Ciobanu, …".
                "md" => text.lines().filter(|l| l.starts_with("> — ")).count(),
                "html" => text.matches("<blockquote>").count(),
                "wp" => text.matches("<!-- wp:quote -->").count(),
                _ => story
                    .quotes
                    .iter()
                    .filter(|q| text.contains(q.as_str()))
                    .count(),
            };
            (photos, quotes, text)
        }
    };
    assert_eq!(photos, 3, "{name} shows every photo:\n{text}");
    assert_eq!(quotes, 3, "{name} shows every quote:\n{text}");
    for quote in &story.quotes {
        assert!(
            text.contains(quote.as_str()),
            "{name} lacks {quote:?}:\n{text}"
        );
    }
    for (caption, credit) in &story.photos {
        assert!(
            text.contains(caption.as_str()) && text.contains(credit.as_str()),
            "{name} lacks the caption {caption:?} or its credit:\n{text}"
        );
    }
}

#[test]
fn every_layout_in_every_format_shows_three_quotes_and_three_photos() {
    let templates = Templates::builtin().unwrap();
    for loaded in templates.iter() {
        let scratch = Scratch::new();
        let story = story_with_three_of_each(&scratch, loaded.id());
        for layout in &loaded.template.layouts {
            for format in FORMATS {
                let name = format!("{}/{}.{format}", loaded.id(), layout.id);
                let bytes = export(&scratch, &layout.id, format);
                read_back(&story, format, bytes, &name);
            }
        }
    }
}
