//! Markdown → plain text ready to paste into Word: paragraphs separated by blank lines,
//! no Markdown marks, typographic characters kept.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut list_stack: Vec<Option<u64>> = Vec::new();
    let mut link_targets: Vec<String> = Vec::new();
    for event in Parser::new(markdown) {
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
            Event::Start(Tag::Image { .. }) => start_block(&mut out),
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
            plain_text(md),
            "Titlu „bun”\n\nLead cu accent.\n\nProblema\n\nText.\n\n„Citat.”\n\n— Ana, bibliotecară\n"
        );
    }

    #[test]
    fn lists_get_bullets_or_numbers() {
        assert_eq!(plain_text("- unu\n- doi\n"), "• unu\n• doi\n");
        assert_eq!(plain_text("1. unu\n2. doi\n"), "1. unu\n2. doi\n");
    }

    #[test]
    fn escaped_characters_come_out_as_typed() {
        assert_eq!(plain_text("\\# nu \\<b>\n"), "# nu <b>\n");
    }
}
