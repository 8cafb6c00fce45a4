//! The Word document's look: A4 page, font, paragraph styles and list numbering.
//!
//! Built-in styles keep Word's own names ("Title", "heading 1", "Quote", "caption"), so Word
//! and LibreOffice show them under the names people know and the navigation pane finds
//! the headings.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Level, LevelJc, LevelText, LineSpacing,
    LineSpacingType, NumberFormat, PageMargin, RunFonts, SpecialIndentType, Start, Style,
    StyleType,
};

/// Has Romanian ș ț (comma below) and Cyrillic; LibreOffice substitutes the metric-compatible
/// Liberation Serif where it is missing.
pub const FONT: &str = "Times New Roman";
pub const CODE_FONT: &str = "Courier New";

pub const TITLE: &str = "Title";
pub const BYLINE: &str = "Byline";
pub const LEAD: &str = "Lead";
pub const QUOTE: &str = "Quote";
pub const ATTRIBUTION: &str = "QuoteAttribution";
pub const CAPTION: &str = "Caption";
pub const FIGURE: &str = "Figure";
pub const LIST: &str = "ListParagraph";

/// Heading styles for `##`, `###` and deeper (the first `#` is the title).
pub fn heading(level: usize) -> &'static str {
    match level {
        0 | 1 => "Heading1",
        2 => "Heading2",
        _ => "Heading3",
    }
}

/// A4 in twentieths of a point, and margins of 2.5 cm.
const A4: (u32, u32) = (11_906, 16_838);
const MARGIN: i32 = 1_418;
/// The width text can take, in twentieths of a point (for a tab at the right margin).
pub const TEXT_WIDTH_TWIPS: usize = (A4.0 as usize) - 2 * (MARGIN as usize);
/// The width text can take, in EMU (2.5 cm margins on 21 cm): photos are fitted to it.
pub const TEXT_WIDTH_EMU: u64 = 5_760_000;
/// Tall photos stop at 12 cm, so a portrait does not fill the whole page.
pub const MAX_PHOTO_HEIGHT_EMU: u64 = 4_320_000;

/// Ids above the default numbering docx-rs always writes (id 1).
pub const BULLETS: usize = 101;
pub const NUMBERS: usize = 102;

pub fn apply(docx: Docx) -> Docx {
    let docx = docx
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(709)
                .footer(709),
        )
        .default_fonts(fonts(FONT))
        .default_size(24)
        .default_line_spacing(spacing(0, 160))
        .add_abstract_numbering(list_levels(BULLETS, false))
        .add_abstract_numbering(list_levels(NUMBERS, true));
    paragraph_styles()
        .into_iter()
        .fold(docx, |docx, style| docx.add_style(style))
}

/// The same font for Latin, Cyrillic, complex-script and East Asian text.
pub fn fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .cs(name)
        .east_asia(name)
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    // The rule must be written out: LibreOffice reads a bare `w:line` as an exact height,
    // which makes a two-line title overlap and crops a photo to one line.
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(276)
        .line_rule(LineSpacingType::Auto)
}

fn paragraph(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
}

fn paragraph_styles() -> Vec<Style> {
    vec![
        paragraph(TITLE, "Title")
            .size(48)
            .bold()
            .line_spacing(spacing(0, 240)),
        paragraph("Heading1", "heading 1")
            .size(32)
            .bold()
            .outline_lvl(0)
            .line_spacing(spacing(360, 120)),
        paragraph("Heading2", "heading 2")
            .size(28)
            .bold()
            .outline_lvl(1)
            .line_spacing(spacing(240, 120)),
        paragraph("Heading3", "heading 3")
            .size(24)
            .bold()
            .italic()
            .outline_lvl(2)
            .line_spacing(spacing(240, 80)),
        paragraph(BYLINE, "Byline")
            .italic()
            .color("555555")
            .line_spacing(spacing(0, 240)),
        paragraph(LEAD, "Lead")
            .size(26)
            .line_spacing(spacing(0, 240)),
        paragraph(QUOTE, "Quote")
            .italic()
            .color("404040")
            .indent(Some(720), None, Some(720), None)
            .line_spacing(spacing(120, 60)),
        paragraph(ATTRIBUTION, "Quote Attribution")
            .indent(Some(720), None, Some(720), None)
            .align(AlignmentType::Right)
            .line_spacing(spacing(0, 240)),
        paragraph(FIGURE, "Figure")
            .align(AlignmentType::Center)
            .line_spacing(spacing(240, 60)),
        paragraph(CAPTION, "caption")
            .italic()
            .size(20)
            .color("555555")
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 240)),
        paragraph(LIST, "List Paragraph").line_spacing(spacing(0, 60)),
    ]
}

fn list_levels(id: usize, numbered: bool) -> AbstractNumbering {
    (0..4).fold(AbstractNumbering::new(id), |abstract_num, level| {
        let (format, text) = if numbered {
            ("decimal", format!("%{}.", level + 1))
        } else {
            ("bullet", ["•", "◦", "▪", "•"][level].to_string())
        };
        let left = 720 * (level as i32 + 1);
        abstract_num.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(left),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        )
    })
}

/// Word's language tag for a template language: `ro` → `ro-RO`.
pub fn language_tag(language: &str) -> String {
    let language = language.trim();
    if language.contains('-') {
        return language.to_string();
    }
    match language {
        "ro" => "ro-RO",
        "ru" => "ru-RU",
        "en" | "" => "en-US",
        "uk" => "uk-UA",
        "fr" => "fr-FR",
        "de" => "de-DE",
        other => return other.to_string(),
    }
    .to_string()
}

/// The photo's size in EMU: the text's full width, or less when it would be too tall.
pub fn fit(width_px: u32, height_px: u32) -> (u32, u32) {
    let (w, h) = (u64::from(width_px.max(1)), u64::from(height_px.max(1)));
    let mut out_w = TEXT_WIDTH_EMU;
    let mut out_h = out_w * h / w;
    if out_h > MAX_PHOTO_HEIGHT_EMU {
        out_h = MAX_PHOTO_HEIGHT_EMU;
        out_w = out_h * w / h;
    }
    (
        u32::try_from(out_w).unwrap_or(u32::MAX),
        u32::try_from(out_h).unwrap_or(u32::MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn photos_fill_the_text_width_and_keep_their_shape() {
        assert_eq!(fit(160, 90), (5_760_000, 3_240_000));
        assert_eq!(fit(4000, 3000), (5_760_000, 4_320_000));
        // A portrait stops at the maximum height.
        let (w, h) = fit(3000, 4000);
        assert_eq!(h, 4_320_000);
        assert_eq!(w, 3_240_000);
    }
}
