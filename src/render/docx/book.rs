//! Several stories in one Word document: a title page, a table of contents Word fills in
//! when the document is opened, then each story from a new page.
//!
//! Each story is walked as in `document`, with its title as a Heading 1 (which the contents
//! field collects) and its numbered lists given numbering ids of their own. Photos get their
//! ids from docx-rs, which counts them across the whole document.

use docx_rs::{
    AlignmentType, Docx, FieldCharType, InstrText, InstrToC, Numbering, Paragraph, Run, Style,
    StyleType,
};

use super::walk::{self, Options};
use super::{DocxError, FIRST_NUMBERING, styles};
use crate::render::photos::Prepared;

/// One story of the book: its Markdown and the photos it shows.
pub struct BookStory<'a> {
    pub markdown: &'a str,
    /// The draft's author, to recognise the byline under the title.
    pub author: &'a str,
    pub photos: &'a [(String, Prepared)],
}

/// What a book is made of.
pub struct BookInput<'a> {
    /// The title page's title ("Povești de succes").
    pub title: &'a str,
    /// Lines under the title: the folder, the date, how many stories.
    pub details: &'a [String],
    /// The heading of the table of contents.
    pub contents: &'a str,
    /// The document's language (`ro`, `en`, `ru`).
    pub language: &'a str,
    /// ISO date of the document.
    pub date: &'a str,
    pub stories: &'a [BookStory<'a>],
}

const CONTENTS_HEADING: &str = "TOCHeading";
const CONTENTS_ENTRY: &str = "TOC1";

/// The book as the bytes of a `.docx` file.
pub fn book(input: &BookInput) -> Result<Vec<u8>, DocxError> {
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
    for story in input.stories {
        let story = walk::walk(
            story.markdown,
            story.author,
            story.photos,
            Options {
                numbering_base,
                book: true,
            },
        );
        numbering_base += story.numberings.len();
        walked.push(story);
    }
    let titles: Vec<String> = walked.iter().map(|w| w.title.clone()).collect();
    let front = title_page(input)
        .into_iter()
        .chain(contents(input.contents, &titles));
    for paragraph in front {
        docx = docx.add_paragraph(paragraph);
    }
    for story in walked {
        for numbering in story.numberings {
            docx = docx.add_numbering(numbering);
        }
        for paragraph in story.paragraphs {
            docx = docx.add_paragraph(paragraph);
        }
    }
    super::pack(docx, input.title, "", input.language, input.date)
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

/// The contents page: a TOC field over Heading 1 (`TOC \o "1-1" \h`), marked dirty so Word
/// fills it in (with page numbers) when the document is opened. Until then, and in readers
/// that do not update fields, it shows the stories' titles.
fn contents(heading: &str, titles: &[String]) -> Vec<Paragraph> {
    let mut out = vec![
        Paragraph::new()
            .style(CONTENTS_HEADING)
            .page_break_before(true)
            .add_run(Run::new().add_text(heading)),
    ];
    let field = InstrToC::new().heading_styles_range(1, 1).hyperlink();
    let begin = Run::new()
        .add_field_char(FieldCharType::Begin, true)
        .add_instr_text(InstrText::TOC(field))
        .add_field_char(FieldCharType::Separate, false);
    let mut entries: Vec<Paragraph> = titles
        .iter()
        .map(|title| {
            Paragraph::new()
                .style(CONTENTS_ENTRY)
                .add_run(Run::new().add_text(title.as_str()))
        })
        .collect();
    let end = Run::new().add_field_char(FieldCharType::End, false);
    match entries.first_mut() {
        Some(first) => {
            let mut runs = std::mem::take(&mut first.children);
            runs.insert(0, docx_rs::ParagraphChild::Run(Box::new(begin)));
            first.children = runs;
        }
        None => entries.push(Paragraph::new().add_run(begin)),
    }
    entries.push(Paragraph::new().style(CONTENTS_ENTRY).add_run(end));
    out.extend(entries);
    out
}
