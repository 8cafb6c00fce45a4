//! Markdown → WordPress block markup: what the block editor itself saves, so a pasted or
//! published article opens as native blocks (paragraph, heading, list, quote with `cite`,
//! image with caption, separator, code) rather than one "Classic" block.
//!
//! The article's first level-1 heading is its title: WordPress keeps it in the post's own
//! title field, so it is left out of the body. Raw HTML is shown as text and unsafe link
//! targets are dropped, as in the HTML export.
//!
//! WordPress reads more than HTML in a post: a `[video src=…]` or `[embed]` shortcode and a
//! web address alone in a paragraph (autoembed) become players and frames of other sites.
//! So every piece of text is written with [`text`] (or, once HTML, [`defang`]): `[` as
//! `&#91;` and `://` as `&#58;//`, which read the same and which WordPress leaves as text.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, html};

use super::html::{
    defuse, emphasis_paragraph, escape_text, href, image_paragraph, matching_end, plain,
};

/// Text for a WordPress post (the title, the excerpt, a caption, every text of the body):
/// HTML escaped, and nothing WordPress would run: no shortcode (`[` written `&#91;`), no web
/// address it would turn into an embedded frame (`://` written `&#58;//`). A reader, and
/// the block editor, see the text as typed.
pub fn text(text: &str) -> String {
    defang(&escape_text(text))
}

/// HTML whose texts come from a person, made safe for WordPress as [`text`] makes text: in
/// the text between tags `[` and `://` are written as character references, in attribute
/// values `[`. The markup itself has neither.
pub fn defang(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if c == '[' {
            out.push_str("&#91;");
        } else if !in_tag && rest.starts_with("://") {
            out.push_str("&#58;");
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// An attribute's value: escaped, with no `[` for a shortcode.
fn attribute(value: &str) -> String {
    escape_text(value).replace('[', "&#91;")
}

/// A photo already in the site's media library: the image block points at it by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WpImage {
    pub id: u64,
    pub url: String,
}

/// A photo as the article shows it: its target in the Markdown, its alt text and the
/// caption under it (empty when the layout writes none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub src: String,
    pub alt: String,
    pub caption: String,
}

/// The article's title: the text of its first level-1 heading.
pub fn title(markdown: &str) -> Option<String> {
    let events: Vec<Event> = Parser::new(markdown).collect();
    let start = events.iter().position(|e| {
        matches!(
            e,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            })
        )
    })?;
    let end = matching_end(&events, start)?;
    Some(plain(&events[start + 1..end]).trim().to_string()).filter(|t| !t.is_empty())
}

/// Every photo the article shows as a figure (a paragraph of one image), in order.
pub fn figures(markdown: &str) -> Vec<Figure> {
    let events = defuse(Parser::new(markdown));
    let mut out = Vec::new();
    for i in 0..events.len() {
        if let Some((src, alt, after)) = image_paragraph(&events, i) {
            let caption = emphasis_paragraph(&events, after)
                .map(|(inner, _)| plain(inner).trim().to_string())
                .unwrap_or_default();
            out.push(Figure { src, alt, caption });
        }
    }
    out
}

/// The Markdown without the paragraph that lists the post's tags (`Etichete: a, b, c`), which
/// a blog layout writes for pasting by hand: a published post has them as real tags.
pub fn without_tag_line(markdown: &str, tags: &[String]) -> String {
    if tags.is_empty() {
        return markdown.to_string();
    }
    let listed = tags.join(", ");
    let lines: Vec<&str> = markdown.lines().collect();
    let blank = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_none_or(|l| l.trim().is_empty())
    };
    let mut out = String::with_capacity(markdown.len());
    for (i, line) in lines.iter().enumerate() {
        let is_tag_line = line
            .split_once(": ")
            .is_some_and(|(label, rest)| !label.is_empty() && rest.trim() == listed)
            && blank(i.checked_sub(1))
            && blank(Some(i + 1));
        if !is_tag_line {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The article's body as block markup. `image` gives the media-library photo for an
/// image target (when publishing); without one, the image block keeps the target itself.
pub fn blocks(markdown: &str, image: &dyn Fn(&str) -> Option<WpImage>) -> String {
    post_blocks(markdown, image, None)
}

/// [`blocks`] for a post whose featured image is the photo at `featured`: the theme shows
/// that photo above the post, so the body leaves out its image (the first one with that
/// target) and begins with its caption, a small paragraph styled as a caption, the nearest
/// place to the photo. The caption and the credit stay in the post, whether or not the theme
/// shows the featured image's own caption.
pub fn post_blocks(
    markdown: &str,
    image: &dyn Fn(&str) -> Option<WpImage>,
    featured: Option<&str>,
) -> String {
    let events = defuse(Parser::new(markdown));
    let mut writer = Writer {
        events: &events,
        image,
        title_skipped: false,
        featured,
        featured_caption: None,
    };
    let mut blocks = writer.blocks(0, events.len());
    if let Some(caption) = writer.featured_caption.take() {
        blocks.insert(0, caption);
    }
    let mut out = blocks.join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

struct Writer<'e, 'a> {
    events: &'e [Event<'a>],
    image: &'e dyn Fn(&str) -> Option<WpImage>,
    title_skipped: bool,
    /// The featured photo's target, until its figure is met.
    featured: Option<&'e str>,
    /// The featured photo's caption, once met: the body's first block.
    featured_caption: Option<String>,
}

impl Writer<'_, '_> {
    /// The blocks of the events in `from..to` (a run of whole block-level elements).
    fn blocks(&mut self, from: usize, to: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            let (block, next) = self.block(i);
            out.extend(block);
            i = next.max(i + 1);
        }
        out
    }

    /// The block starting at `i` (none for the title) and the index after it.
    fn block(&mut self, i: usize) -> (Option<String>, usize) {
        let events = self.events;
        if matches!(events[i], Event::Rule) {
            let hr = "<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>";
            return (
                Some(format!(
                    "<!-- wp:separator -->\n{hr}\n<!-- /wp:separator -->"
                )),
                i + 1,
            );
        }
        let Event::Start(tag) = &events[i] else {
            // Loose inline events at block level (not produced by the parser): as text.
            return (Some(paragraph(&inline(&events[i..=i]))), i + 1);
        };
        let Some(end) = matching_end(events, i) else {
            return (None, events.len());
        };
        let inner = &events[i + 1..end];
        let block = match tag {
            Tag::Heading { level, .. } => {
                if *level == HeadingLevel::H1 && !self.title_skipped {
                    self.title_skipped = true;
                    return (None, end + 1);
                }
                Some(heading(*level, &inline(inner)))
            }
            Tag::Paragraph => {
                if let Some((src, alt, after)) = image_paragraph(events, i) {
                    let caption = emphasis_paragraph(events, after);
                    let next = caption.map_or(after, |(_, next)| next);
                    let caption = caption.map(|(inner, _)| inline(inner));
                    if self.featured == Some(src.as_str()) {
                        self.featured = None;
                        self.featured_caption = caption
                            .filter(|c| !c.is_empty())
                            .map(|c| caption_paragraph(&c));
                        return (None, next);
                    }
                    let found = (self.image)(&src);
                    return (
                        Some(image_block(&src, &alt, caption.as_deref(), found.as_ref())),
                        next,
                    );
                }
                Some(paragraph(&inline(inner)))
            }
            Tag::List(start) => Some(self.list(i, end, *start)),
            Tag::BlockQuote(_) => Some(self.quote(i + 1, end)),
            Tag::CodeBlock(_) => Some(code(&plain_code(inner))),
            Tag::HtmlBlock => Some(paragraph(&text(plain(inner).trim_end()))),
            _ => Some(paragraph(&inline(inner))),
        };
        (block, end + 1)
    }

    /// A list block with one list-item block per item; nested lists stay inside their item.
    fn list(&mut self, start: usize, end: usize, first_number: Option<u64>) -> String {
        let events = self.events;
        let mut items = Vec::new();
        let mut i = start + 1;
        while i < end {
            let Some(item_end) = matching_end(events, i) else {
                break;
            };
            let mut text = String::new();
            let mut j = i + 1;
            while j < item_end {
                match &events[j] {
                    Event::Start(Tag::List(nested)) => {
                        let nested_end = matching_end(events, j).unwrap_or(item_end);
                        text.push_str(&self.list(j, nested_end, *nested));
                        j = nested_end + 1;
                    }
                    Event::Start(Tag::Paragraph) => {
                        let para_end = matching_end(events, j).unwrap_or(item_end);
                        if !text.is_empty() {
                            text.push_str("<br>");
                        }
                        text.push_str(&inline(&events[j + 1..para_end]));
                        j = para_end + 1;
                    }
                    _ => {
                        let run_end = (j..item_end)
                            .find(|&k| {
                                matches!(
                                    events[k],
                                    Event::Start(Tag::List(_)) | Event::Start(Tag::Paragraph)
                                )
                            })
                            .unwrap_or(item_end);
                        text.push_str(&inline(&events[j..run_end]));
                        j = run_end;
                    }
                }
            }
            items.push(format!(
                "<!-- wp:list-item -->\n<li>{text}</li>\n<!-- /wp:list-item -->"
            ));
            i = item_end + 1;
        }
        let (attrs, tag) = match first_number {
            None => (String::new(), "ul"),
            Some(1) => (" {\"ordered\":true}".to_string(), "ol"),
            Some(n) => (format!(" {{\"ordered\":true,\"start\":{n}}}"), "ol"),
        };
        let start_attr = match first_number {
            Some(n) if n != 1 => format!(" start=\"{n}\""),
            _ => String::new(),
        };
        format!(
            "<!-- wp:list{attrs} -->\n<{tag} class=\"wp-block-list\"{start_attr}>{}</{tag}>\n<!-- /wp:list -->",
            items.join("\n\n")
        )
    }

    /// A quote block: its paragraphs as inner blocks, and a last paragraph that starts with
    /// "— " (the speaker and their role) as the quote's `cite`.
    fn quote(&mut self, from: usize, to: usize) -> String {
        let events = self.events;
        let mut body_end = to;
        let mut cite = None;
        if let Some(last_start) = last_block_start(events, from, to)
            && matches!(events[last_start], Event::Start(Tag::Paragraph))
        {
            let inner = &events[last_start + 1..to - 1];
            let only_text = inner
                .iter()
                .all(|e| matches!(e, Event::Text(_) | Event::SoftBreak));
            let text = plain(inner);
            if only_text && text.starts_with("— ") {
                cite = Some(self::text(text.trim()));
                body_end = last_start;
            }
        }
        let inner = self.blocks(from, body_end).join("\n\n");
        let cite = cite.map_or(String::new(), |c| format!("<cite>{c}</cite>"));
        format!(
            "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">{inner}{cite}</blockquote>\n<!-- /wp:quote -->"
        )
    }
}

/// The start of the last whole block in `from..to`.
fn last_block_start(events: &[Event<'_>], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    let mut last = None;
    while i < to {
        let end = matching_end(events, i)?;
        last = Some(i);
        i = end + 1;
    }
    last
}

/// Inline events as HTML (`em`, `strong`, `a`, line breaks), text escaped and defanged.
fn inline(events: &[Event<'_>]) -> String {
    let mut out = String::new();
    html::push_html(&mut out, events.iter().cloned());
    defang(out.trim_end())
}

fn paragraph(html: &str) -> String {
    format!("<!-- wp:paragraph -->\n<p>{html}</p>\n<!-- /wp:paragraph -->")
}

/// A caption without its photo (the featured image's): a small paragraph the theme styles
/// as a caption.
fn caption_paragraph(html: &str) -> String {
    format!(
        "<!-- wp:paragraph {{\"className\":\"wp-element-caption\",\"fontSize\":\"small\"}} -->\n<p class=\"wp-element-caption has-small-font-size\">{html}</p>\n<!-- /wp:paragraph -->"
    )
}

fn heading(level: HeadingLevel, html: &str) -> String {
    let n = level as usize;
    // Level 2 is the block's default and is not written into its attributes.
    let attrs = if n == 2 {
        String::new()
    } else {
        format!(" {{\"level\":{n}}}")
    };
    format!(
        "<!-- wp:heading{attrs} -->\n<h{n} class=\"wp-block-heading\">{html}</h{n}>\n<!-- /wp:heading -->"
    )
}

fn image_block(src: &str, alt: &str, caption: Option<&str>, found: Option<&WpImage>) -> String {
    let caption = caption
        .filter(|c| !c.is_empty())
        .map_or(String::new(), |c| {
            format!("<figcaption class=\"wp-element-caption\">{c}</figcaption>")
        });
    let alt = attribute(alt);
    match found {
        Some(media) => format!(
            "<!-- wp:image {{\"id\":{id}}} -->\n<figure class=\"wp-block-image\"><img src=\"{url}\" alt=\"{alt}\" class=\"wp-image-{id}\"/>{caption}</figure>\n<!-- /wp:image -->",
            id = media.id,
            url = attribute(&media.url),
        ),
        None => format!(
            "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"{url}\" alt=\"{alt}\"/>{caption}</figure>\n<!-- /wp:image -->",
            url = attribute(&href(src)),
        ),
    }
}

fn code(text: &str) -> String {
    format!(
        "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>{}</code></pre>\n<!-- /wp:code -->",
        self::text(text.trim_end_matches('\n'))
    )
}

fn plain_code(events: &[Event<'_>]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<WpImage> {
        None
    }

    #[test]
    fn the_title_is_left_out_and_paragraphs_become_blocks() {
        let got = blocks("# Titlu\n\nUn *paragraf* cu [link](https://a.md).\n", &none);
        assert_eq!(
            got,
            "<!-- wp:paragraph -->\n<p>Un <em>paragraf</em> cu <a href=\"https://a.md\">link</a>.</p>\n<!-- /wp:paragraph -->\n"
        );
        assert_eq!(
            title("# Titlu *nou*\n\ntext\n").as_deref(),
            Some("Titlu nou")
        );
    }

    #[test]
    fn headings_after_the_title_keep_their_level() {
        let got = blocks("# T\n\n## Problema\n\n### Detalii\n\n# Altă parte\n", &none);
        insta::assert_snapshot!(got);
    }

    #[test]
    fn lists_become_list_blocks_with_item_blocks() {
        let got = blocks("- unu;\n- doi **tare**;\n  - trei\n\n1. a\n2. b\n", &none);
        insta::assert_snapshot!(got);
    }

    #[test]
    fn quotes_keep_the_speaker_in_cite() {
        let got = blocks(
            "> **„Acum o văd pe nepoata mea.”**\n>\n> — Maria Ciobanu, participantă, 72 de ani\n",
            &none,
        );
        assert_eq!(
            got,
            "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p><strong>„Acum o văd pe nepoata mea.”</strong></p>\n<!-- /wp:paragraph --><cite>— Maria Ciobanu, participantă, 72 de ani</cite></blockquote>\n<!-- /wp:quote -->\n"
        );
    }

    #[test]
    fn photos_become_image_blocks_with_captions() {
        let md = "![Sala de lectură](poze/sală%201.jpg)\n\n*Sala de lectură. Foto: Ion Rusu*\n";
        let local = blocks(md, &none);
        assert_eq!(
            local,
            "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"poze/sal%C4%83%201.jpg\" alt=\"Sala de lectură\"/><figcaption class=\"wp-element-caption\">Sala de lectură. Foto: Ion Rusu</figcaption></figure>\n<!-- /wp:image -->\n"
        );
        let uploaded = blocks(md, &|src: &str| {
            (src == "poze/sală%201.jpg").then(|| WpImage {
                id: 42,
                url: "https://blog.md/wp-content/uploads/sala.jpg".into(),
            })
        });
        assert!(
            uploaded.starts_with("<!-- wp:image {\"id\":42} -->\n<figure class=\"wp-block-image\"><img src=\"https://blog.md/wp-content/uploads/sala.jpg\" alt=\"Sala de lectură\" class=\"wp-image-42\"/>"),
            "{uploaded}"
        );
        assert_eq!(
            figures(md),
            vec![Figure {
                src: "poze/sală%201.jpg".into(),
                alt: "Sala de lectură".into(),
                caption: "Sala de lectură. Foto: Ion Rusu".into(),
            }]
        );
    }

    #[test]
    fn the_featured_photo_leaves_its_caption_first_and_only_once() {
        let md = "Început.\n\n![Sala](a.jpg)\n\n*Sala. Foto: Ion Rusu*\n\nMijloc.\n\n![Curtea](b.jpg)\n\n*Curtea. Foto: Ana*\n\n![Sala din nou](a.jpg)\n";
        let got = post_blocks(md, &none, Some("a.jpg"));
        assert_eq!(
            got.matches("<!-- wp:image").count(),
            2,
            "the featured photo's first figure goes, the others stay: {got}"
        );
        assert!(!got.contains("alt=\"Sala\""), "{got}");
        assert!(got.contains("alt=\"Sala din nou\""), "{got}");
        let caption = "<!-- wp:paragraph {\"className\":\"wp-element-caption\",\"fontSize\":\"small\"} -->\n<p class=\"wp-element-caption has-small-font-size\">Sala. Foto: Ion Rusu</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Început.</p>";
        assert!(got.starts_with(caption), "{got}");
        assert_eq!(got.matches("Sala. Foto").count(), 1, "{got}");
        assert_eq!(post_blocks(md, &none, None), blocks(md, &none));
        let uncaptioned = post_blocks("![Sala](a.jpg)\n\nText.\n", &none, Some("a.jpg"));
        assert_eq!(
            uncaptioned,
            "<!-- wp:paragraph -->\n<p>Text.</p>\n<!-- /wp:paragraph -->\n"
        );
    }

    #[test]
    fn raw_html_and_unsafe_links_never_become_markup() {
        let got = blocks(
            "<script>alert(1)</script>\n\nText <b>x</b> [y](javascript:alert(1))\n",
            &none,
        );
        assert!(!got.contains("<script"), "{got}");
        assert!(!got.contains("<b>"), "{got}");
        assert!(!got.contains("javascript"), "{got}");
        assert!(got.contains("&lt;script&gt;"), "{got}");
    }

    #[test]
    fn shortcodes_and_bare_addresses_stay_text_everywhere() {
        let md = "# [video src=https://evil.example/v.mp4]\n\n\
            \\[embed]https://evil.example/x\\[/embed] *[audio]* `[gallery]`\n\n\
            https://www.youtube.com/watch?v=x\n\n\
            ![[caption] alt](poze/a.jpg)\n\n*[playlist] caption*\n\n\
            > [[video]]\n>\n> — [embed] Ion\n\n\
            ```\n[video]\n```\n\n\
            [link [x]](https://a.md/[y])\n";
        let got = blocks(md, &none);
        assert!(!got.contains('['), "{got}");
        assert!(!got.contains(">https://"), "{got}");
        assert!(
            got.contains("&#91;embed]https&#58;//evil.example/x&#91;/embed]"),
            "{got}"
        );
        assert!(
            got.contains("<em>&#91;audio]</em> <code>&#91;gallery]</code>"),
            "{got}"
        );
        assert!(
            got.contains("<p>https&#58;//www.youtube.com/watch?v=x</p>"),
            "{got}"
        );
        assert!(got.contains("alt=\"&#91;caption] alt\""), "{got}");
        assert!(
            got.contains(
                "<figcaption class=\"wp-element-caption\">&#91;playlist] caption</figcaption>"
            ),
            "{got}"
        );
        assert!(got.contains("<cite>— &#91;embed] Ion</cite>"), "{got}");
        // A link keeps its target (pulldown-cmark writes its `[` as `%5B`).
        assert!(
            got.contains("<a href=\"https://a.md/%5By%5D\">link &#91;x]</a>"),
            "{got}"
        );
        assert_eq!(
            text("<img src=x onerror=alert(1)> [video] http://a.md"),
            "&lt;img src=x onerror=alert(1)&gt; &#91;video] http&#58;//a.md"
        );
    }

    #[test]
    fn the_tag_line_goes_when_the_post_has_the_tags() {
        let tags = vec!["bibliotecă".to_string(), "comunitate".to_string()];
        let md = "Text.\n\nEtichete: bibliotecă, comunitate\n";
        assert_eq!(without_tag_line(md, &tags), "Text.\n\n");
        assert_eq!(without_tag_line(md, &[]), md);
        let other = "Text.\n\nEtichete: altceva\n";
        assert_eq!(without_tag_line(other, &tags), other);
    }

    #[test]
    fn separators_and_code() {
        let got = blocks("a\n\n---\n\n```\nx < y\n```\n", &none);
        insta::assert_snapshot!(got);
    }
}
