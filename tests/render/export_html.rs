//! Blog HTML, Markdown with front matter and text for Word, from the real binary: semantic,
//! well-formed, and never carrying markup that came from an answer.

use crate::export_common::{Scratch, assert_well_formed};

fn stdout(scratch: &Scratch, layout: &str, format: &str, args: &[&str]) -> String {
    let output = scratch.export(layout, format, args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_blog_fragment_is_semantic_and_pastes_without_styles() {
    let scratch = Scratch::new();
    let html = stdout(&scratch, "blog", "html", &[]);
    assert!(
        html.starts_with("<article>\n<h1>„Bunicii online”"),
        "{html}"
    );
    assert!(html.contains("<figure>\n<img src=\"bunicii-online.png\" alt=\"Primul atelier"));
    assert!(html.contains("<figcaption>Primul atelier „Bunicii online” în sala de lectură a bibliotecii. Foto: Ion Rusu</figcaption>"));
    assert!(
        html.contains(
            "<cite>— Maria Ciobanu, participantă la curs, 72 de ani</cite>\n</blockquote>"
        )
    );
    for unwanted in ["<style", "class=", "style=", "<script", "<div"] {
        assert!(!html.contains(unwanted), "{unwanted} in {html}");
    }
    let magazine = stdout(&scratch, "biblio-info", "html", &[]);
    assert!(magazine.contains("<h2>Ce spun oamenii</h2>"));
    assert!(magazine.contains("<cite>— Andrei Lungu, voluntar, elev în clasa a XI-a</cite>"));
    assert_well_formed(&html);
    assert_well_formed(&magazine);
}

#[test]
fn the_standalone_page_is_well_formed() {
    let scratch = Scratch::new();
    for layout in ["blog", "biblio-info"] {
        let page = stdout(&scratch, layout, "html", &["--standalone"]);
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ro\">"));
        assert!(page.contains("<meta charset=\"utf-8\" />"));
        assert!(page.contains("<title>„Bunicii online”"));
        assert_well_formed(&page);
    }
}

#[test]
fn answers_never_inject_markup() {
    let scratch = Scratch::new();
    scratch.edit_answers(|answers| {
        answers.insert(
            "title".into(),
            "Titlu <script>alert(1)</script> & <b>gros</b>".into(),
        );
        answers.insert(
            "problem".into(),
            "<img src=x onerror=alert(1)>\n[apasă aici](javascript:alert(1)) și [aici](JaVaScRiPt:alert(2))\n![poză](javascript:alert(3)) ![urmă](data:image/png;base64,AAAA)\n<a href=\"javascript:alert(4)\">link</a>\n</article><div>\n# nu titlu\n> nu citat"
                .into(),
        );
        let quotes = answers["quotes"].as_array_mut().unwrap();
        quotes[0]
            .as_table_mut()
            .unwrap()
            .insert("author".into(), "Ana <i onmouseover=x>".into());
    });
    for layout in ["blog", "biblio-info"] {
        let page = stdout(&scratch, layout, "html", &["--standalone"]);
        assert_well_formed(&page);
        let lower = page.to_lowercase();
        assert!(!lower.contains("<script"), "{page}");
        assert!(!lower.contains("<img src=\"x"), "{page}");
        assert!(!lower.contains("<img src=x"), "{page}");
        assert!(!lower.contains("<a href=\"javascript"), "{page}");
        assert!(!lower.contains("<img src=\"javascript"), "{page}");
        assert!(!lower.contains("<img src=\"data:"), "{page}");
        assert_eq!(lower.matches("<a ").count(), 0, "{page}");
        assert_eq!(
            lower.matches("<img ").count(),
            1,
            "only the story's photo: {page}"
        );
        assert!(!lower.contains("<i onmouseover"), "{page}");
        assert!(!lower.contains("<b>gros"), "{page}");
        assert!(!lower.contains("<div"), "{page}");
        assert!(page.contains("&lt;script&gt;"), "the text stays readable");
        assert!(page.contains("apasă aici"), "the link text stays");
        assert_eq!(page.matches("<article>").count(), 1);
        assert_eq!(page.matches("<h1>").count(), 1);
    }
}

#[test]
fn markdown_starts_with_front_matter_and_text_has_none() {
    let scratch = Scratch::new();
    let blog = stdout(&scratch, "blog", "md", &[]);
    assert!(
        blog.starts_with("---\ntitle: \"„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții\"\ndate: 2026-11-25\nauthor: \"Valentina Popescu\"\ntags: [\"bibliotecă\", \"poveste de succes\", \"comunitate\"]\n---\n\n# „Bunicii online”"),
        "{blog}"
    );
    let magazine = stdout(&scratch, "biblio-info", "md", &[]);
    assert!(magazine.starts_with("---\ntitle: \"„Bunicii online”"));
    assert!(magazine.contains("\ntags: []\n---\n"));
    assert_ne!(blog, magazine);

    let text = stdout(&scratch, "biblio-info", "txt", &[]);
    assert!(text.starts_with("„Bunicii online”"), "{text}");
    for mark in ["---", "title:", "![", "**", "> "] {
        assert!(!text.contains(mark), "{mark} in {text}");
    }
    assert!(text.contains("[Foto: bunicii-online.png]\n\nPrimul atelier"));
}

#[test]
fn quotes_in_a_title_are_escaped_in_front_matter() {
    let scratch = Scratch::new();
    scratch.edit_answers(|answers| {
        answers.insert(
            "title".into(),
            "Un \"titlu\" cu \\ backslash: și două puncte".into(),
        );
    });
    let md = stdout(&scratch, "blog", "md", &[]);
    let first_lines: Vec<&str> = md.lines().take(2).collect();
    assert_eq!(first_lines[0], "---");
    assert!(first_lines[1].starts_with("title: \""), "{md}");
    assert!(
        !first_lines[1][8..first_lines[1].len() - 1].contains("\"\""),
        "{md}"
    );
    assert!(first_lines[1].ends_with('"'), "{md}");
}
