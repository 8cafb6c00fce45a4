//! Markdown → a Word document (DOCX) for the magazine.
//!
//! Made from the same Markdown as every other format: the walk gives each part a Word style
//! (`walk`), the styles and the A4 page are defined once (`styles`), and the packed file gets
//! its document properties and language (`package`).

mod book;
mod consent;
mod package;
mod pieces;
mod styles;
mod walk;
mod worksheet;

use docx_rs::Docx;

pub use book::{BookInput, BookStory, book};
pub use consent::{FormBlock, consent_form};
pub use worksheet::worksheet;

use crate::render::photos::Prepared;

/// What a Word document is made of.
pub struct DocxInput<'a> {
    pub markdown: &'a str,
    /// The draft's author, for the document properties and to recognise the byline.
    pub author: &'a str,
    /// The template's language (`ro`, `en`, `ru`).
    pub language: &'a str,
    /// The draft's ISO date.
    pub date: &'a str,
    /// The photos the Markdown shows, by the target (`src`) it uses for them.
    pub photos: &'a [(String, Prepared)],
}

/// Numbered lists' instances take ids from here up (above the styles' own).
const FIRST_NUMBERING: usize = 200;

#[derive(Debug, thiserror::Error)]
#[error("could not put the Word document together: {0}")]
pub struct DocxError(#[from] zip::result::ZipError);

/// The article as the bytes of a `.docx` file.
pub fn document(input: &DocxInput) -> Result<Vec<u8>, DocxError> {
    // The article's photos are the caller's: their bytes are copied once, as they are shown.
    let mut photos = input.photos.to_vec();
    let walked = walk::walk(
        input.markdown,
        input.author,
        &mut photos,
        walk::Options {
            numbering_base: FIRST_NUMBERING,
            book: false,
        },
    );
    let mut docx = styles::apply(Docx::new());
    for numbering in walked.numberings {
        docx = docx.add_numbering(numbering);
    }
    docx = docx.add_numbering(docx_rs::Numbering::new(styles::BULLETS, styles::BULLETS));
    for paragraph in walked.paragraphs {
        docx = docx.add_paragraph(paragraph);
    }
    pack(
        docx,
        &walked.title,
        input.author.trim(),
        input.language,
        input.date,
    )
}

/// The document as the bytes of its `.docx` file, with its properties and language.
fn pack(
    docx: Docx,
    title: &str,
    author: &str,
    language: &str,
    date: &str,
) -> Result<Vec<u8>, DocxError> {
    let language = styles::language_tag(language);
    Ok(package::finish(
        docx.build(),
        &package::Properties {
            title,
            author,
            language: &language,
            date,
            ..package::Properties::default()
        },
    )?)
}

/// A book as the bytes of its `.docx` file: each story in its own language (from the
/// bookmark on its title, as `(bookmark, language tag)`), and its fields updated by Word
/// when it opens.
fn pack_book(
    docx: Docx,
    title: &str,
    language: &str,
    date: &str,
    stories: &[(String, String)],
) -> Result<Vec<u8>, DocxError> {
    let language = styles::language_tag(language);
    Ok(package::finish(
        docx.build(),
        &package::Properties {
            title,
            author: "",
            language: &language,
            date,
            story_languages: stories,
            update_fields: true,
        },
    )?)
}
