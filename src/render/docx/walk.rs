//! Markdown events → Word paragraphs.
//!
//! The layout's Markdown says what each part is; this walk gives it a Word style:
//! the first `#` is the Title, an emphasised paragraph right under it is the byline (when it
//! names the author) or the lead, `##` are headings, a quote's last paragraph starting with
//! "— " is its attribution, and a paragraph holding only a photo is followed by its caption.
//! What belongs together on paper is kept on one page: a heading with the text under it, a
//! quote with its speaker, a photo with its caption.

use docx_rs::{IndentLevel, LevelOverride, Numbering, NumberingId, Paragraph, Pic, Run};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::pieces::{Piece, Strip, all, is_only_images, plain, runs};
use super::styles;
use crate::render::html::is_safe_url;
use crate::render::photos::Prepared;

/// What the walk produced: paragraphs, the numbering instances lists need, and the title.
pub struct Walked {
    pub paragraphs: Vec<Paragraph>,
    pub numberings: Vec<Numbering>,
    pub title: String,
}

#[derive(Debug, Clone, Copy)]
enum Block {
    Paragraph,
    Heading(usize),
    Item { numbering: usize, level: usize },
    Code,
}

/// How a story is walked: alone (its first `#` is the document's Title) or as one story of a
/// book (its first `#` is a Heading 1 on a new page, so the book's contents list it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The first id for numbered lists' numbering instances; each numbered list takes the
    /// next, so stories of one book must not share a range.
    pub numbering_base: usize,
    pub book: bool,
}

struct Walker<'p> {
    /// The photos the Markdown shows; a photo's bytes are moved into the document where it
    /// is shown for the last time ([`Walker::uses`]), copied before that.
    photos: &'p mut [(String, Prepared)],
    /// How many more times the Markdown shows each photo.
    uses: Vec<usize>,
    options: Options,
    author: String,
    out: Vec<Paragraph>,
    numberings: Vec<Numbering>,
    title: Option<String>,
    body_started: bool,
    byline_done: bool,
    lead_done: bool,
    quote_depth: usize,
    /// Numbering instance of each open list.
    lists: Vec<usize>,
    block: Option<Block>,
    pieces: Vec<Piece>,
    bold: usize,
    italic: usize,
    links: Vec<String>,
    image: Option<(String, String)>,
    /// The alt text of the photo just placed, until its caption is written.
    caption_due: Option<String>,
}

/// `markdown` walked into Word paragraphs. The bytes of `photos` it shows are moved into
/// the paragraphs (a book's 90 photos are 37 MB, not copied once more): they are left empty.
pub fn walk(
    markdown: &str,
    author: &str,
    photos: &mut [(String, Prepared)],
    options: Options,
) -> Walked {
    let mut uses = vec![0; photos.len()];
    for event in Parser::new(markdown) {
        if let Event::Start(Tag::Image { dest_url, .. }) = event
            && let Some(index) = photos.iter().position(|(src, _)| *src == *dest_url)
        {
            uses[index] += 1;
        }
    }
    let mut w = Walker {
        photos,
        uses,
        options,
        author: author.trim().to_string(),
        out: Vec::new(),
        numberings: Vec::new(),
        title: None,
        body_started: false,
        byline_done: false,
        lead_done: false,
        quote_depth: 0,
        lists: Vec::new(),
        block: None,
        pieces: Vec::new(),
        bold: 0,
        italic: 0,
        links: Vec::new(),
        image: None,
        caption_due: None,
    };
    for event in Parser::new(markdown) {
        w.event(event);
    }
    w.flush();
    w.caption_if_due();
    Walked {
        paragraphs: w.out,
        numberings: w.numberings,
        title: w.title.unwrap_or_default(),
    }
}

impl Walker<'_> {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => self.text(&text),
            Event::Code(text) => self.piece_text(&text, true),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.pieces.push(Piece::Break),
            Event::Rule => {
                self.flush();
                self.caption_if_due();
                self.out.push(
                    Paragraph::new()
                        .align(docx_rs::AlignmentType::Center)
                        .add_run(Run::new().add_text("* * *")),
                );
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // A list item's text may or may not sit in its own paragraph.
            Tag::Paragraph
                if !matches!(self.block, Some(Block::Item { .. })) || !self.pieces.is_empty() =>
            {
                self.begin(Block::Paragraph);
            }
            Tag::Heading { level, .. } => self.begin(Block::Heading(heading_level(level))),
            Tag::CodeBlock(_) => self.begin(Block::Code),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::List(first) => {
                self.flush();
                let numbering = match first {
                    None => styles::BULLETS,
                    Some(start) => {
                        // Each numbered list gets its own instance, so it starts again at 1.
                        let id = self.options.numbering_base + self.numberings.len();
                        self.numberings
                            .push(Numbering::new(id, styles::NUMBERS).add_override(
                                LevelOverride::new(0).start(usize::try_from(start).unwrap_or(1)),
                            ));
                        id
                    }
                };
                self.lists.push(numbering);
            }
            Tag::Item => {
                let numbering = self.lists.last().copied().unwrap_or(styles::BULLETS);
                let level = self.lists.len().saturating_sub(1).min(3);
                self.begin(Block::Item { numbering, level });
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            Tag::Image { dest_url, .. } => self.image = Some((dest_url.to_string(), String::new())),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if !matches!(self.block, Some(Block::Item { .. })) => self.flush(),
            TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link => {
                if let Some(url) = self.links.pop() {
                    let shown = matches!(self.pieces.last(), Some(Piece::Text { text, .. }) if text.ends_with(url.as_str()));
                    if is_safe_url(&url) && url.contains(':') && !shown {
                        self.piece_text(&format!(" ({url})"), false);
                    }
                }
            }
            TagEnd::Image => {
                if let Some((src, alt)) = self.image.take() {
                    self.ensure_block();
                    self.pieces.push(Piece::Image { src, alt });
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some((_, alt)) = &mut self.image {
            alt.push_str(text);
        } else if matches!(self.block, Some(Block::Code)) {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.pieces.push(Piece::Break);
                }
                self.piece_text(line, true);
            }
        } else {
            self.piece_text(text, false);
        }
    }

    fn piece_text(&mut self, text: &str, code: bool) {
        if text.is_empty() {
            return;
        }
        self.ensure_block();
        self.pieces.push(Piece::Text {
            text: text.to_string(),
            bold: self.bold > 0,
            italic: self.italic > 0,
            code,
        });
    }

    fn ensure_block(&mut self) {
        if self.block.is_none() {
            self.block = Some(Block::Paragraph);
        }
    }

    fn begin(&mut self, block: Block) {
        self.flush();
        self.block = Some(block);
    }

    /// Writes the block being collected as one or more Word paragraphs.
    fn flush(&mut self) {
        let Some(block) = self.block.take() else {
            return;
        };
        let pieces = std::mem::take(&mut self.pieces);
        if pieces.is_empty() {
            return;
        }
        if matches!(block, Block::Paragraph) && is_only_images(&pieces) {
            self.caption_if_due();
            for piece in pieces {
                if let Piece::Image { src, alt } = piece {
                    self.photo(&src, &alt);
                }
            }
            return;
        }
        let text = plain(&pieces);
        if self.caption_due.is_some() && matches!(block, Block::Paragraph) && all(&pieces, |_, i| i)
        {
            self.caption_due = None;
            self.out.push(runs(
                Paragraph::new().style(styles::CAPTION),
                &pieces,
                Strip::Italic,
            ));
            return;
        }
        self.caption_if_due();
        let (paragraph, strip) = match block {
            Block::Heading(1) if self.title.is_none() => {
                self.title = Some(text.trim().to_string());
                let paragraph = if self.options.book {
                    Paragraph::new()
                        .style(styles::heading(1))
                        .page_break_before(true)
                } else {
                    Paragraph::new().style(styles::TITLE)
                };
                (paragraph.keep_next(true), Strip::Bold)
            }
            Block::Heading(level) => {
                self.body_started = true;
                // In a book, Heading 1 is kept for the stories' titles.
                let style = if self.options.book {
                    styles::heading(level.max(2))
                } else {
                    styles::heading(level.saturating_sub(1))
                };
                (Paragraph::new().style(style).keep_next(true), Strip::Bold)
            }
            Block::Item { numbering, level } => {
                self.body_started = true;
                (
                    Paragraph::new()
                        .style(styles::LIST)
                        .numbering(NumberingId::new(numbering), IndentLevel::new(level)),
                    Strip::None,
                )
            }
            Block::Code => (Paragraph::new(), Strip::None),
            Block::Paragraph if self.quote_depth > 0 => {
                if text.starts_with("— ") {
                    (Paragraph::new().style(styles::ATTRIBUTION), Strip::None)
                } else {
                    // A quote's words stay on the page of the speaker's name under them.
                    (
                        Paragraph::new().style(styles::QUOTE).keep_next(true),
                        Strip::Italic,
                    )
                }
            }
            Block::Paragraph if !self.body_started && self.title.is_some() => {
                let emphasised = all(&pieces, |_, i| i) || all(&pieces, |b, _| b);
                let names_author = !self.author.is_empty() && text.contains(&self.author);
                if emphasised && names_author && !self.byline_done && !self.lead_done {
                    self.byline_done = true;
                    (Paragraph::new().style(styles::BYLINE), Strip::Italic)
                } else if emphasised && !self.lead_done {
                    self.lead_done = true;
                    (Paragraph::new().style(styles::LEAD), Strip::None)
                } else {
                    self.body_started = true;
                    (Paragraph::new(), Strip::None)
                }
            }
            Block::Paragraph => {
                self.body_started = true;
                (Paragraph::new(), Strip::None)
            }
        };
        self.out.push(runs(paragraph, &pieces, strip));
    }

    /// A photo the layout placed without a caption paragraph gets its alt text as caption.
    fn caption_if_due(&mut self) {
        if let Some(alt) = self.caption_due.take()
            && !alt.trim().is_empty()
        {
            self.out.push(
                Paragraph::new()
                    .style(styles::CAPTION)
                    .add_run(Run::new().add_text(alt)),
            );
        }
    }

    fn photo(&mut self, src: &str, alt: &str) {
        let Some(index) = self.photos.iter().position(|(s, _)| s == src) else {
            // Not one of the draft's photos (a web address in a layout): name it instead.
            self.out.push(
                Paragraph::new().style(styles::FIGURE).add_run(
                    Run::new()
                        .italic()
                        .add_text(format!("[{}] {src}", alt.trim())),
                ),
            );
            return;
        };
        // Counted from the same Markdown's images, so never fewer than the photos placed.
        self.uses[index] = self.uses[index].saturating_sub(1);
        let data = &mut self.photos[index].1;
        let bytes = if self.uses[index] == 0 {
            std::mem::take(&mut data.bytes)
        } else {
            data.bytes.clone()
        };
        let (width, height) = styles::fit(data.width, data.height);
        let pic = Pic::new_with_dimensions(bytes, data.width, data.height).size(width, height);
        self.out.push(
            Paragraph::new()
                .style(styles::FIGURE)
                .keep_next(true)
                .add_run(Run::new().add_image(pic)),
        );
        self.caption_due = Some(alt.to_string());
    }
}

fn heading_level(level: HeadingLevel) -> usize {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
