//! Markdown → HTML: a fragment for the blog editor, or a whole page with `--standalone`.

use pulldown_cmark::{Event, Parser, html};

/// The article as an HTML fragment (`<article>…</article>`). Raw HTML in the Markdown is
/// shown as text: the only markup in the result is what the Markdown itself describes.
pub fn fragment(markdown: &str) -> String {
    let events = Parser::new(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut body, events);
    format!("<article>\n{body}</article>\n")
}

/// A whole page around the fragment: charset, title, language and a small stylesheet.
pub fn standalone(markdown: &str, title: &str, language: &str) -> String {
    let escaped_title = escape_text(title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{escaped_title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = language_attr(language),
        body = fragment(markdown),
    )
}

const STYLE: &str = "body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { line-height: 1.2; }
blockquote { margin: 1.5em 0; padding: 0.5em 1em; border-left: 4px solid #8a6d3b; background: #faf7f0; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; color: #555; }
";

/// Escapes text for use between tags or inside a quoted attribute.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Only a plain language tag goes into the attribute.
fn language_attr(language: &str) -> String {
    language
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_never_becomes_markup() {
        let got = fragment("Text <script>alert(1)</script>\n\n<div onclick=\"x\">hi</div>\n");
        assert!(!got.contains("<script"), "{got}");
        assert!(!got.contains("<div"), "{got}");
        assert!(got.contains("&lt;script&gt;"), "{got}");
    }

    #[test]
    fn standalone_page_has_charset_title_and_language() {
        let page = standalone("# Salut\n", "Lectură & <joc>", "ro");
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<html lang=\"ro\">"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains("<title>Lectură &amp; &lt;joc&gt;</title>"));
        assert!(page.contains("<h1>Salut</h1>"));
    }
}
