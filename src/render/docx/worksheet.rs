//! The workshop hand-out as an A4 Word document: each step's heading, prompt, advice and
//! example kept with the ruled lines under them, so a step is not split across pages when
//! it fits on one; the lines are paragraph borders spaced for handwriting.

use docx_rs::{
    BorderType, Docx, IndentLevel, LineSpacing, LineSpacingType, Numbering, NumberingId, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run,
};

use super::{DocxError, package, styles};
use crate::render::worksheet::Sheet;

/// A handwritten line: 1 cm.
const LINE_HEIGHT: u32 = 567;

/// The hand-out as the bytes of a `.docx` file.
pub fn worksheet(sheet: &Sheet) -> Result<Vec<u8>, DocxError> {
    let mut docx =
        styles::apply(Docx::new()).add_numbering(Numbering::new(styles::BULLETS, styles::BULLETS));
    for paragraph in paragraphs(sheet) {
        docx = docx.add_paragraph(paragraph);
    }
    let language = styles::language_tag(&sheet.language);
    Ok(package::finish(
        docx.build(),
        &package::Properties {
            title: &sheet.title,
            author: "",
            language: &language,
            date: "",
        },
    )?)
}

fn paragraphs(sheet: &Sheet) -> Vec<Paragraph> {
    let mut out = vec![text(Paragraph::new().style(styles::TITLE), &sheet.title)];
    if !sheet.description.is_empty() {
        out.push(text(
            Paragraph::new().style(styles::LEAD),
            &sheet.description,
        ));
    }
    out.push(ruled(text(Paragraph::new(), &sheet.name_line), false));
    for step in &sheet.steps {
        // Everything of a step but its last line keeps with the next paragraph.
        let kept = |p: Paragraph| p.keep_next(true).keep_lines(true);
        out.push(kept(text(
            Paragraph::new().style(styles::heading(1)),
            &step.heading,
        )));
        out.push(kept(
            Paragraph::new().add_run(Run::new().bold().add_text(step.prompt.as_str())),
        ));
        if !step.guidance.is_empty() {
            out.push(kept(text(Paragraph::new(), &sheet.guidance)));
            for advice in &step.guidance {
                out.push(kept(text(
                    Paragraph::new()
                        .style(styles::LIST)
                        .numbering(NumberingId::new(styles::BULLETS), IndentLevel::new(0)),
                    advice,
                )));
            }
        }
        if !step.example.is_empty() {
            out.push(kept(
                Paragraph::new()
                    .style(styles::QUOTE)
                    .add_run(Run::new().bold().add_text(sheet.example.as_str()))
                    .add_run(Run::new().add_text(" "))
                    .add_run(Run::new().add_text(step.example.as_str())),
            ));
        }
        for line in 0..step.lines {
            let last = line + 1 == step.lines;
            out.push(ruled(Paragraph::new(), !last));
        }
    }
    out
}

fn text(paragraph: Paragraph, text: &str) -> Paragraph {
    paragraph.add_run(Run::new().add_text(text))
}

/// A line to write on: the paragraph's bottom border (and the border between paragraphs,
/// since Word draws one frame around consecutive paragraphs with the same borders).
fn ruled(paragraph: Paragraph, keep_next: bool) -> Paragraph {
    let line = |position| {
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(4)
            .space(1)
            .color("808080")
    };
    let mut paragraph = paragraph.keep_next(keep_next).line_spacing(
        LineSpacing::new()
            .before(0)
            .after(0)
            .line(LINE_HEIGHT as i32)
            .line_rule(LineSpacingType::AtLeast),
    );
    paragraph.property = paragraph.property.set_borders(
        ParagraphBorders::with_empty()
            .set(line(ParagraphBorderPosition::Bottom))
            .set(line(ParagraphBorderPosition::Between)),
    );
    paragraph
}
