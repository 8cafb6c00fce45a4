//! A consent form: one A4 page to print and have signed, made of a few kinds of block (the
//! service words them in the template's language). A photo shows as a thumbnail.

use docx_rs::{Docx, Paragraph, Pic, Run};

use super::{DocxError, pack, styles};
use crate::render::photos::Prepared;

/// One part of a consent form.
#[derive(Debug, Clone)]
pub enum FormBlock {
    /// The form's title.
    Title(String),
    /// A section's heading (the parent's section).
    Heading(String),
    /// A paragraph.
    Text(String),
    /// A fact of the story: a bold label, then its value ("Biblioteca: …").
    Fact { label: String, value: String },
    /// The words of the person, as a quotation.
    Quote(String),
    /// A photo as a thumbnail, with its caption under it.
    Photo { photo: Prepared, caption: String },
    /// A line to fill in by hand, after its label ("Semnătura: ______").
    Line { label: String, value: String },
}

/// A thumbnail's largest width and height, in EMU (6 cm and 4.5 cm): the page keeps room for
/// the words and the lines to sign.
const THUMB_WIDTH: u64 = 2_160_000;
const THUMB_HEIGHT: u64 = 1_620_000;

/// The form as the bytes of a `.docx` file, in `language`.
pub fn consent_form(
    blocks: &[FormBlock],
    title: &str,
    language: &str,
    date: &str,
) -> Result<Vec<u8>, DocxError> {
    let mut docx = styles::apply(Docx::new());
    for block in blocks {
        docx = docx.add_paragraph(paragraph(block));
    }
    pack(docx, title, "", language, date)
}

fn paragraph(block: &FormBlock) -> Paragraph {
    match block {
        FormBlock::Title(text) => Paragraph::new()
            .style(styles::TITLE)
            .add_run(Run::new().add_text(text)),
        FormBlock::Heading(text) => Paragraph::new()
            .style(styles::heading(2))
            .keep_next(true)
            .add_run(Run::new().add_text(text)),
        FormBlock::Text(text) => Paragraph::new().add_run(Run::new().add_text(text)),
        FormBlock::Fact { label, value } => Paragraph::new()
            .add_run(Run::new().bold().add_text(format!("{label}: ")))
            .add_run(Run::new().add_text(value)),
        FormBlock::Quote(text) => Paragraph::new()
            .style(styles::QUOTE)
            .add_run(Run::new().add_text(text)),
        FormBlock::Photo { photo, caption } => {
            let (width, height) = thumbnail(photo.width, photo.height);
            let pic = Pic::new_with_dimensions(photo.bytes.clone(), photo.width, photo.height)
                .size(width, height);
            Paragraph::new()
                .style(styles::FIGURE)
                .keep_next(true)
                .line_spacing(docx_rs::LineSpacing::new().after(200))
                .add_run(Run::new().add_image(pic))
                .add_run(Run::new().add_break(docx_rs::BreakType::TextWrapping))
                .add_run(Run::new().italic().add_text(caption))
        }
        FormBlock::Line { label, value } => {
            let filled = if value.is_empty() {
                "_".repeat(40)
            } else {
                value.clone()
            };
            Paragraph::new()
                .line_spacing(docx_rs::LineSpacing::new().before(240))
                .add_run(Run::new().add_text(format!("{label}: ")))
                .add_run(Run::new().add_text(filled))
        }
    }
}

/// The thumbnail's size in EMU: within 6 × 4.5 cm, keeping the photo's proportions.
fn thumbnail(width_px: u32, height_px: u32) -> (u32, u32) {
    let (w, h) = (u64::from(width_px.max(1)), u64::from(height_px.max(1)));
    let (mut out_w, mut out_h) = (THUMB_WIDTH, THUMB_WIDTH * h / w);
    if out_h > THUMB_HEIGHT {
        out_h = THUMB_HEIGHT;
        out_w = THUMB_HEIGHT * w / h;
    }
    (
        u32::try_from(out_w).unwrap_or(u32::MAX),
        u32::try_from(out_h).unwrap_or(u32::MAX),
    )
}
