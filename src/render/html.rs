//! Markdown → HTML: a semantic fragment for the blog editor, or a whole page with `--standalone`.
//!
//! The fragment pastes cleanly into WordPress: `article`, `h1`/`h2`, `blockquote` with the
//! speaker in `cite`, photos as `figure` with `figcaption`; no classes, styles or scripts.
//! Raw HTML in the Markdown is shown as text, and links or images to anything but web
//! addresses, e-mail and relative paths (`javascript:`, `data:`) lose their target.

use pulldown_cmark::{Event, Parser, Tag, TagEnd, html};

/// The article as an HTML fragment (`<article>…</article>`).
pub fn fragment(markdown: &str) -> String {
    let events = semantic(defuse(Parser::new(markdown)));
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut body, events.into_iter());
    format!("<article>\n{body}</article>\n")
}

/// A whole page around the fragment: charset, title, language and a small stylesheet.
/// Void elements are closed (`<meta … />`), so the page also reads as XML.
pub fn standalone(markdown: &str, title: &str, language: &str) -> String {
    page(title, language, "", &fragment(markdown))
}

/// A whole page around `body` (HTML made here), with the stylesheet and `extra_style`.
pub fn page(title: &str, language: &str, extra_style: &str, body: &str) -> String {
    let escaped_title = escape_text(title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{escaped_title}</title>\n<style>\n{STYLE}{extra_style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = language_attr(language),
    )
}

const STYLE: &str = "body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { line-height: 1.2; }
blockquote { margin: 1.5em 0; padding: 0.5em 1em; border-left: 4px solid #8a6d3b; background: #faf7f0; }
blockquote cite { display: block; font-style: normal; font-size: 0.95em; }
figure { margin: 1.5em 0; }
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

/// A link target as pulldown-cmark writes it: characters outside URL syntax percent-encoded.
pub(crate) fn href(url: &str) -> String {
    const KEEP: &[u8] = b"-_.~!*'();:@&=+$,/?#[]%";
    let mut out = String::with_capacity(url.len());
    for byte in url.bytes() {
        if byte.is_ascii_alphanumeric() || KEEP.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Whether a link or image target is harmless: a relative path, or http(s), mailto, tel.
pub fn is_safe_url(url: &str) -> bool {
    // Browsers ignore tabs, newlines and leading spaces inside a scheme ("java\nscript:").
    let compact: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    let scheme_end = compact.find(':');
    let path_start = compact.find(['/', '?', '#']);
    match scheme_end {
        Some(colon) if path_start.is_none_or(|p| colon < p) => {
            let scheme = compact[..colon].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// Raw HTML becomes text; unsafe link and image targets are dropped, keeping their text.
pub(crate) fn defuse<'a>(parser: Parser<'a>) -> Vec<Event<'a>> {
    let mut dropped: Vec<bool> = Vec::new();
    let mut out = Vec::new();
    for event in parser {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw)),
            Event::Start(Tag::Link { ref dest_url, .. })
            | Event::Start(Tag::Image { ref dest_url, .. }) => {
                let safe = is_safe_url(dest_url);
                dropped.push(!safe);
                if safe {
                    out.push(event);
                }
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                if !dropped.pop().unwrap_or(false) {
                    out.push(event);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Rewrites photo paragraphs into `figure`s and quote attributions into `cite`.
fn semantic(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if let Some(next) = figure_at(&events, i, &mut out) {
            i = next;
        } else if let Some(next) = attribution_at(&events, i, &mut out) {
            i = next;
        } else {
            out.push(events[i].clone());
            i += 1;
        }
    }
    out
}

/// A paragraph holding only an image, and the italic caption paragraph after it, if any.
fn figure_at<'a>(events: &[Event<'a>], i: usize, out: &mut Vec<Event<'a>>) -> Option<usize> {
    let (dest, alt, after) = image_paragraph(events, i)?;
    let mut figure = format!(
        "<figure>\n<img src=\"{}\" alt=\"{}\" />\n",
        escape_text(&href(&dest)),
        escape_text(&alt)
    );
    let mut next = after;
    if let Some((inner, end)) = emphasis_paragraph(events, after) {
        figure.push_str("<figcaption>");
        out.push(Event::Html(figure.into()));
        out.extend(inner.iter().cloned());
        out.push(Event::Html("</figcaption>\n</figure>\n".into()));
        next = end;
    } else {
        figure.push_str("</figure>\n");
        out.push(Event::Html(figure.into()));
    }
    Some(next)
}

/// `(target, alt text, index after the paragraph)` when the paragraph at `i` is one image.
pub(crate) fn image_paragraph(events: &[Event<'_>], i: usize) -> Option<(String, String, usize)> {
    if !matches!(events.get(i)?, Event::Start(Tag::Paragraph)) {
        return None;
    }
    let Event::Start(Tag::Image { dest_url, .. }) = events.get(i + 1)? else {
        return None;
    };
    let image_end = matching_end(events, i + 1)?;
    if !matches!(events.get(image_end + 1)?, Event::End(TagEnd::Paragraph)) {
        return None;
    }
    let alt = plain(&events[i + 2..image_end]);
    Some((dest_url.to_string(), alt, image_end + 2))
}

/// The inline events of a paragraph that is all one emphasis, and the index after it.
pub(crate) fn emphasis_paragraph<'e, 'a>(
    events: &'e [Event<'a>],
    i: usize,
) -> Option<(&'e [Event<'a>], usize)> {
    if !matches!(events.get(i)?, Event::Start(Tag::Paragraph))
        || !matches!(events.get(i + 1)?, Event::Start(Tag::Emphasis))
    {
        return None;
    }
    let end = matching_end(events, i + 1)?;
    matches!(events.get(end + 1)?, Event::End(TagEnd::Paragraph))
        .then(|| (&events[i + 2..end], end + 2))
}

/// The last paragraph of a quote, when it starts with "— " (the speaker and their role),
/// becomes the quote's `cite`, as WordPress's own quote block writes it.
fn attribution_at<'a>(events: &[Event<'a>], i: usize, out: &mut Vec<Event<'a>>) -> Option<usize> {
    if !matches!(events.get(i)?, Event::Start(Tag::Paragraph)) {
        return None;
    }
    let end = matching_end(events, i)?;
    if !matches!(events.get(end + 1)?, Event::End(TagEnd::BlockQuote(_))) {
        return None;
    }
    let inner = &events[i + 1..end];
    let only_text = inner
        .iter()
        .all(|e| matches!(e, Event::Text(_) | Event::SoftBreak));
    let text = plain(inner);
    if !only_text || !text.starts_with("— ") {
        return None;
    }
    out.push(Event::Html(
        format!("<cite>{}</cite>\n", escape_text(text.trim())).into(),
    ));
    Some(end + 1)
}

/// The index of the `End` matching the `Start` at `start`.
pub(crate) fn matching_end(events: &[Event<'_>], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, event) in events[start..].iter().enumerate() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return Some(start + offset);
                }
            }
            _ => {}
        }
    }
    None
}

/// The text of inline events, marks dropped.
pub(crate) fn plain(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
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
    fn dangerous_link_targets_are_dropped_and_their_text_kept() {
        let got = fragment(
            "[x](javascript:alert(1)) [y](JAVA\nSCRIPT:alert(2)) ![z](data:text/html,hi) [ok](https://biblioteca.md) [rel](poze/a.jpg)\n",
        );
        assert!(!got.to_lowercase().contains("javascript"), "{got}");
        assert!(!got.contains("data:"), "{got}");
        assert!(
            got.contains("<a href=\"https://biblioteca.md\">ok</a>"),
            "{got}"
        );
        assert!(got.contains("<a href=\"poze/a.jpg\">rel</a>"), "{got}");
        assert!(got.contains("x") && got.contains("z"), "{got}");
    }

    #[test]
    fn safe_urls() {
        for ok in [
            "https://a.md",
            "http://a",
            "mailto:a@b.md",
            "poze/a b.jpg",
            "a.jpg?x=1:2",
            "#top",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "data:image/png;base64,xx",
            "vbscript:x",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn photos_become_figures_with_captions() {
        let got = fragment(
            "![Sala de lectură](poze/sală%201.jpg)\n\n*Sala de lectură. Foto: Ion Rusu*\n",
        );
        assert_eq!(
            got,
            "<article>\n<figure>\n<img src=\"poze/sal%C4%83%201.jpg\" alt=\"Sala de lectură\" />\n<figcaption>Sala de lectură. Foto: Ion Rusu</figcaption>\n</figure>\n</article>\n"
        );
    }

    #[test]
    fn quote_attribution_goes_into_cite() {
        let got = fragment("> „Citat.”\n>\n> — Maria Ciobanu, participantă, 72 de ani\n");
        assert_eq!(
            got,
            "<article>\n<blockquote>\n<p>„Citat.”</p>\n<cite>— Maria Ciobanu, participantă, 72 de ani</cite>\n</blockquote>\n</article>\n"
        );
    }

    #[test]
    fn standalone_page_has_charset_title_and_language() {
        let page = standalone("# Salut\n", "Lectură & <joc>", "ro");
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<html lang=\"ro\">"));
        assert!(page.contains("<meta charset=\"utf-8\" />"));
        assert!(page.contains("<title>Lectură &amp; &lt;joc&gt;</title>"));
        assert!(page.contains("<h1>Salut</h1>"));
    }
}
