//! The workshop hand-out as an A4 Word document: each step's heading, prompt, advice and
//! example with the ruled lines under them, in a row of a borderless table that may not be
//! split across pages, so a step is never parted from its lines when it fits on one page.
//! (Paragraphs kept with the next one did that in Word, but LibreOffice left a step's lines
//! on the next page.) The lines are paragraph borders spaced for handwriting.

use docx_rs::{
    BorderType, Docx, IndentLevel, LineSpacing, LineSpacingType, Numbering, NumberingId, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::{DocxError, package, styles};
use crate::render::worksheet::{Sheet, SheetStep};

/// A handwritten line: 1 cm.
const LINE_HEIGHT: u32 = 567;

/// The hand-out as the bytes of a `.docx` file.
pub fn worksheet(sheet: &Sheet) -> Result<Vec<u8>, DocxError> {
    let mut docx =
        styles::apply(Docx::new()).add_numbering(Numbering::new(styles::BULLETS, styles::BULLETS));
    for paragraph in header(sheet) {
        docx = docx.add_paragraph(paragraph);
    }
    let width = styles::TEXT_WIDTH_TWIPS;
    let rows: Vec<TableRow> = sheet
        .steps
        .iter()
        .map(|step| {
            let cell = step_paragraphs(sheet, step)
                .into_iter()
                .fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| {
                    cell.add_paragraph(p)
                });
            TableRow::new(vec![cell]).cant_split()
        })
        .collect();
    if !rows.is_empty() {
        docx = docx
            .add_table(
                Table::without_borders(rows)
                    .set_grid(vec![width])
                    .width(width, WidthType::Dxa)
                    .layout(TableLayoutType::Fixed)
                    .margins(
                        TableCellMargins::new()
                            .margin_left(0, WidthType::Dxa)
                            .margin_right(0, WidthType::Dxa),
                    ),
            )
            // A document may not end with a table.
            .add_paragraph(Paragraph::new());
    }
    let language = styles::language_tag(&sheet.language);
    Ok(package::finish(
        docx.build(),
        &package::Properties {
            title: &sheet.title,
            author: "",
            language: &language,
            date: "",
            ..package::Properties::default()
        },
    )?)
}

/// The title, the description and the line for the participant's name.
fn header(sheet: &Sheet) -> Vec<Paragraph> {
    let mut out = vec![text(Paragraph::new().style(styles::TITLE), &sheet.title)];
    if !sheet.description.is_empty() {
        out.push(text(
            Paragraph::new().style(styles::LEAD),
            &sheet.description,
        ));
    }
    out.push(ruled(text(Paragraph::new(), &sheet.name_line)));
    out
}

/// One step: its heading, prompt, advice, example, then its lines.
fn step_paragraphs(sheet: &Sheet, step: &SheetStep) -> Vec<Paragraph> {
    let mut out = vec![
        text(Paragraph::new().style(styles::heading(1)), &step.heading),
        Paragraph::new().add_run(Run::new().bold().add_text(step.prompt.as_str())),
    ];
    if !step.guidance.is_empty() {
        out.push(text(Paragraph::new(), &sheet.guidance));
        for advice in &step.guidance {
            out.push(text(
                Paragraph::new()
                    .style(styles::LIST)
                    .numbering(NumberingId::new(styles::BULLETS), IndentLevel::new(0)),
                advice,
            ));
        }
    }
    if !step.example.is_empty() {
        out.push(
            Paragraph::new()
                .style(styles::QUOTE)
                .add_run(Run::new().bold().add_text(sheet.example.as_str()))
                .add_run(Run::new().add_text(" "))
                .add_run(Run::new().add_text(step.example.as_str())),
        );
    }
    out.extend((0..step.lines).map(|_| ruled(Paragraph::new())));
    out
}

fn text(paragraph: Paragraph, text: &str) -> Paragraph {
    paragraph.add_run(Run::new().add_text(text))
}

/// A line to write on: the paragraph's bottom border (and the border between paragraphs,
/// since Word draws one frame around consecutive paragraphs with the same borders).
fn ruled(paragraph: Paragraph) -> Paragraph {
    let line = |position| {
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(4)
            .space(1)
            .color("808080")
    };
    let mut paragraph = paragraph.line_spacing(
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
