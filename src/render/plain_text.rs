//! Markdown → plain text ready to paste into Word: paragraphs separated by blank lines,
//! no Markdown marks, typographic characters kept. A photo shows as `[Foto: file]` (in the
//! article's language: `[Photo: …]`, `[Фото: …]`), so the librarian knows which picture to
//! insert there; its caption follows as a paragraph.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::html::{emphasis_paragraph, matching_end, plain};

/// The word that marks a photo's place, in the article's language (Romanian otherwise).
fn photo_word(language: &str) -> &'static str {
    match language {
        "en" => "Photo",
        "ru" => "Фото",
        _ => "Foto",
    }
}

/// `markdown` as plain text, for an article in `language` (`ro`, `en`, `ru`).
pub fn plain_text(markdown: &str, language: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut list_stack: Vec<Option<u64>> = Vec::new();
    let mut link_targets: Vec<String> = Vec::new();
    let events: Vec<Event> = Parser::new(markdown).collect();
    let mut i = 0;
    while i < events.len() {
        let event = events[i].clone();
        i += 1;
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_)) => {
                start_block(&mut out)
            }
            Event::Start(Tag::List(first)) => {
                start_block(&mut out);
                list_stack.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                list_stack.pop();
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                let depth = list_stack.len().saturating_sub(1);
                out.push_str(&"   ".repeat(depth));
                match list_stack.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("• "),
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                start_block(&mut out);
                let end = matching_end(&events, i - 1).unwrap_or(events.len() - 1);
                let alt = plain(&events[i..end]);
                let captioned = emphasis_paragraph(&events, end + 2).is_some();
                out.push_str(&format!(
                    "[{}: {}",
                    photo_word(language),
                    crate::text::percent_decode(&dest_url)
                ));
                if !captioned && !alt.trim().is_empty() {
                    out.push_str(&format!(" — {}", alt.trim()));
                }
                out.push(']');
                i = end + 1;
            }
            Event::Start(Tag::Link { dest_url, .. }) => link_targets.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link_targets.pop()
                    && !out.ends_with(url.as_str())
                {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&text)
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Rule => start_block(&mut out),
            _ => {}
        }
    }
    let mut text = out.trim().to_string();
    text.push('\n');
    text
}

/// Leaves exactly one blank line between blocks.
fn start_block(out: &mut String) {
    if out.is_empty() {
        return;
    }
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_quotes_lose_their_marks() {
        let md = "# Titlu „bun”\n\n**Lead** cu *accent*.\n\n## Problema\n\nText.\n\n> „Citat.”\n>\n> — Ana, bibliotecară\n";
        assert_eq!(
            plain_text(md, "ro"),
            "Titlu „bun”\n\nLead cu accent.\n\nProblema\n\nText.\n\n„Citat.”\n\n— Ana, bibliotecară\n"
        );
    }

    #[test]
    fn lists_get_bullets_or_numbers() {
        assert_eq!(plain_text("- unu\n- doi\n", "ro"), "• unu\n• doi\n");
        assert_eq!(plain_text("1. unu\n2. doi\n", "ro"), "1. unu\n2. doi\n");
    }

    #[test]
    fn photos_show_their_file_and_caption_without_markdown() {
        assert_eq!(
            plain_text(
                "![Sala](poze/sala%201.jpg)\n\n*Sala. Foto: Ion Rusu*\n",
                "ro"
            ),
            "[Foto: poze/sala 1.jpg]\n\nSala. Foto: Ion Rusu\n"
        );
        assert_eq!(
            plain_text("![Sala mare](sala.png)\n\nText.\n", "ro"),
            "[Foto: sala.png — Sala mare]\n\nText.\n"
        );
    }

    #[test]
    fn the_photo_marker_is_in_the_articles_language() {
        let md = "![Sala](sala.png)\n\n*Sala.*\n";
        assert!(plain_text(md, "en").starts_with("[Photo: sala.png]"));
        assert!(plain_text(md, "ru").starts_with("[Фото: sala.png]"));
    }

    #[test]
    fn escaped_characters_come_out_as_typed() {
        assert_eq!(plain_text("\\# nu \\<b>\n", "ro"), "# nu <b>\n");
    }
}
