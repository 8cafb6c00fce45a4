//! Several stories in one Word document: a title page, the contents, then each story from a
//! new page.
//!
//! Each story is walked as in `document`, with its title as a Heading 1 (bookmarked, so the
//! contents can point at it) and its numbered lists given numbering ids of their own; its
//! text keeps the story's own language (`w:lang`, set by `package`). Photos get their ids
//! from docx-rs, which counts them across the whole document.
//!
//! The contents are written out, not left to a TOC field: each entry the story's title, a
//! `PAGEREF` field to its heading's bookmark and the author under it. LibreOffice computes
//! such a field as it lays the pages out, and Word updates it when the document opens
//! (`w:updateFields`) or is printed; until then Word shows the page this file estimates.

use docx_rs::{
    AlignmentType, BookmarkStart, Docx, FieldCharType, InstrPAGEREF, InstrText, Numbering,
    Paragraph, ParagraphChild, Run, Style, StyleType, Tab, TabLeaderType, TabValueType,
};

use super::walk::{self, Options};
use super::{DocxError, FIRST_NUMBERING, styles};
use crate::render::photos::Prepared;

/// One story of the book: its Markdown and the photos it shows.
pub struct BookStory<'a> {
    pub markdown: &'a str,
    /// The draft's author, to recognise the byline under the title and for the contents.
    pub author: &'a str,
    /// The story's language (its template's: `ro`, `en`, `ru`).
    pub language: &'a str,
    /// Its photos, by the target (`src`) the Markdown uses: their bytes are moved into the
    /// book, not copied.
    pub photos: Vec<(String, Prepared)>,
}

/// What a book is made of.
pub struct BookInput<'a> {
    /// The title page's title ("Povești de succes").
    pub title: &'a str,
    /// Lines under the title: the subtitle, the date, how many stories.
    pub details: &'a [String],
    /// The heading of the table of contents.
    pub contents: &'a str,
    /// The document's language (`ro`, `en`, `ru`).
    pub language: &'a str,
    /// ISO date of the document.
    pub date: &'a str,
    pub stories: Vec<BookStory<'a>>,
}

const CONTENTS_HEADING: &str = "TOCHeading";
const CONTENTS_ENTRY: &str = "TOC1";

/// The book as the bytes of a `.docx` file.
pub fn book(mut input: BookInput) -> Result<Vec<u8>, DocxError> {
    let mut docx = styles::apply(Docx::new())
        .add_style(
            Style::new(CONTENTS_HEADING, StyleType::Paragraph)
                .name("TOC Heading")
                .based_on(styles::heading(1))
                .next("Normal"),
        )
        .add_style(
            Style::new(CONTENTS_ENTRY, StyleType::Paragraph)
                .name("toc 1")
                .based_on("Normal")
                .next("Normal"),
        );
    docx = docx.add_numbering(Numbering::new(styles::BULLETS, styles::BULLETS));
    let mut numbering_base = FIRST_NUMBERING;
    let mut walked = Vec::with_capacity(input.stories.len());
    for story in &mut input.stories {
        let story = walk::walk(
            story.markdown,
            story.author,
            &mut story.photos,
            Options {
                numbering_base,
                book: true,
            },
        );
        numbering_base += story.numberings.len();
        walked.push(story);
    }
    let entries: Vec<Entry> = walked
        .iter()
        .zip(&input.stories)
        .zip(estimated_pages(&input.stories))
        .map(|((walked, story), page)| Entry {
            title: &walked.title,
            author: story.author.trim(),
            page,
        })
        .collect();
    let front = title_page(&input)
        .into_iter()
        .chain(contents(input.contents, &entries));
    for paragraph in front {
        docx = docx.add_paragraph(paragraph);
    }
    for (n, story) in walked.into_iter().enumerate() {
        for numbering in story.numberings {
            docx = docx.add_numbering(numbering);
        }
        for (i, mut paragraph) in story.paragraphs.into_iter().enumerate() {
            if i == 0 {
                // The story's title: where its contents entry points, and where the story's
                // language starts.
                paragraph.children.insert(
                    0,
                    ParagraphChild::BookmarkStart(BookmarkStart::new(
                        BOOKMARK_IDS + n,
                        bookmark(n),
                    )),
                );
                paragraph = paragraph.add_bookmark_end(BOOKMARK_IDS + n);
            }
            docx = docx.add_paragraph(paragraph);
        }
    }
    let languages: Vec<(String, String)> = input
        .stories
        .iter()
        .enumerate()
        .map(|(n, story)| (bookmark(n), styles::language_tag(story.language)))
        .collect();
    super::pack_book(docx, input.title, input.language, input.date, &languages)
}

/// The first id of the stories' bookmarks.
const BOOKMARK_IDS: usize = 1;

/// The bookmark on the `n`th story's title (from 0); `_Toc` names are hidden in Word's list.
pub fn bookmark(n: usize) -> String {
    format!("_TocStory{}", n + 1)
}

/// One line of the contents.
struct Entry<'a> {
    title: &'a str,
    author: &'a str,
    /// The page this file guesses the story starts on, shown until the field is computed.
    page: usize,
}

/// The first page: the title, then each detail on a line of its own.
fn title_page(input: &BookInput) -> Vec<Paragraph> {
    let mut page = vec![
        Paragraph::new()
            .style(styles::TITLE)
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(input.title)),
    ];
    for detail in input.details {
        page.push(
            Paragraph::new()
                .style(styles::LEAD)
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(detail.as_str())),
        );
    }
    page
}

/// The contents page: each story's title with its page number at the right margin (dots
/// between), the author under it; an entry is never split across pages.
fn contents(heading: &str, entries: &[Entry]) -> Vec<Paragraph> {
    let mut out = vec![
        Paragraph::new()
            .style(CONTENTS_HEADING)
            .page_break_before(true)
            .add_run(Run::new().add_text(heading)),
    ];
    for (n, entry) in entries.iter().enumerate() {
        let mut paragraph = Paragraph::new()
            .style(CONTENTS_ENTRY)
            .keep_lines(true)
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .leader(TabLeaderType::Dot)
                    .pos(styles::TEXT_WIDTH_TWIPS),
            )
            .add_run(Run::new().add_text(entry.title))
            .add_run(Run::new().add_tab())
            .add_run(
                Run::new()
                    .add_field_char(FieldCharType::Begin, false)
                    .add_instr_text(InstrText::PAGEREF(
                        InstrPAGEREF::new(bookmark(n)).hyperlink(),
                    ))
                    .add_field_char(FieldCharType::Separate, false),
            )
            .add_run(Run::new().add_text(entry.page.to_string()))
            .add_run(Run::new().add_field_char(FieldCharType::End, false));
        if !entry.author.is_empty() {
            paragraph = paragraph
                .add_run(Run::new().add_break(docx_rs::BreakType::TextWrapping))
                .add_run(Run::new().italic().add_text(entry.author));
        }
        out.push(paragraph);
    }
    out
}

/// Where each story may start: the title page, the contents (some 18 entries a page), then
/// each story from a new page, a page holding some 3,000 characters of text and a photo
/// taking half of one. Only a first guess, until Word or LibreOffice computes the fields.
fn estimated_pages(stories: &[BookStory]) -> Vec<usize> {
    let mut page = 2 + stories.len().div_ceil(18);
    stories
        .iter()
        .map(|story| {
            let start = page;
            let text = story.markdown.chars().count();
            let halves = (text * 2).div_ceil(3_000) + story.photos.len();
            page += halves.div_ceil(2).max(1);
            start
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::render::photos::ImageFormat;

    fn photo(bytes: &[u8]) -> Prepared {
        Prepared {
            bytes: bytes.to_vec(),
            format: ImageFormat::Jpeg,
            width: 40,
            height: 30,
        }
    }

    /// A book's photos are moved into it, not copied, and still each one shown as often as
    /// its story's Markdown shows it: a photo shown twice is one file with its whole bytes,
    /// shown by two drawings; a photo shown once is there whole too.
    #[test]
    fn a_photo_shown_twice_in_a_story_is_whole_both_times() {
        let twice: &[u8] = b"\xFF\xD8 the photo shown twice";
        let once: &[u8] = b"\xFF\xD8 the photo shown once";
        let markdown = "# Bunicii online\n\n![Atelierul](a.jpg)\n\nText.\n\n![Atelierul, din nou](a.jpg)\n\n![Diploma](b.jpg)\n";
        let stories = vec![BookStory {
            markdown,
            author: "Ana",
            language: "ro",
            photos: vec![
                ("a.jpg".into(), photo(twice)),
                ("b.jpg".into(), photo(once)),
            ],
        }];
        let bytes = book(BookInput {
            title: "Carte",
            details: &[],
            contents: "Cuprins",
            language: "ro",
            date: "2026-12-05",
            stories,
        })
        .unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut media: Vec<Vec<u8>> = Vec::new();
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).unwrap();
            if file.name().starts_with("word/media/") {
                let mut content = Vec::new();
                file.read_to_end(&mut content).unwrap();
                media.push(content);
            }
        }
        media.sort();
        assert_eq!(media, [once.to_vec(), twice.to_vec()]);
        let mut document = String::new();
        archive
            .by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut document)
            .unwrap();
        assert_eq!(document.matches("<pic:pic").count(), 3);
    }
}
