//! A workshop's hand-out: a template's steps on paper, each with its prompt, advice, example
//! and ruled lines to write on, in Markdown, as a web page to print, or as an A4 Word
//! document (`docx::worksheet`). Everything shown comes from the template; the few words
//! around it ("Example") are given by the caller in the language it chooses.

use super::markdown_safe::inline;
use super::{Format, Output, RenderError, docx, html};
use crate::template::{Step, StepKind, Template};

/// The words the hand-out adds around the template's texts.
#[derive(Debug, Clone, Copy)]
pub struct SheetLabels<'a> {
    /// Before the line for the participant's name and library.
    pub name_line: &'a str,
    /// Before the step's advice.
    pub guidance: &'a str,
    /// Before the step's example.
    pub example: &'a str,
}

/// A hand-out, as plain texts: what every format shows.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub title: String,
    pub description: String,
    pub name_line: String,
    pub guidance: String,
    pub example: String,
    pub steps: Vec<SheetStep>,
    /// The template's language, for the document.
    pub language: String,
}

#[derive(Debug, Clone)]
pub struct SheetStep {
    /// "1. Titlul".
    pub heading: String,
    pub prompt: String,
    pub guidance: Vec<String>,
    pub example: String,
    /// How many ruled lines to write on.
    pub lines: usize,
}

impl Sheet {
    pub fn new(template: &Template, labels: &SheetLabels) -> Sheet {
        Sheet {
            title: template.name.trim().to_string(),
            description: template.description.trim().to_string(),
            name_line: labels.name_line.to_string(),
            guidance: labels.guidance.to_string(),
            example: labels.example.to_string(),
            steps: template
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| SheetStep {
                    heading: format!("{}. {}", i + 1, step.title.trim()),
                    prompt: step.prompt.trim().to_string(),
                    guidance: step.guidance.iter().map(|g| g.trim().to_string()).collect(),
                    example: step.example.trim().to_string(),
                    lines: ruled_lines(step),
                })
                .collect(),
            language: template.language.clone(),
        }
    }
}

/// Room to write by hand: a line for a title, more for longer answers (about twelve
/// handwritten words a line), so that each step still fits on one A4 page.
pub fn ruled_lines(step: &Step) -> usize {
    match step.kind {
        StepKind::Line => 2,
        StepKind::Photos => 3,
        StepKind::Quotes => 6,
        StepKind::Text => step.max_words.map_or(8, |max| (max / 12).clamp(4, 14)),
    }
}

/// The hand-out in `format` (plain text is Markdown's text).
pub fn worksheet(sheet: &Sheet, format: Format) -> Result<Output, RenderError> {
    Ok(match format {
        Format::Docx => Output::Binary(docx::worksheet(sheet)?),
        Format::Html => Output::Text(sheet_html(sheet)),
        Format::Md => Output::Text(sheet_markdown(sheet)),
        Format::Txt => Output::Text(super::plain_text(&sheet_markdown(sheet), &sheet.language)),
        Format::Wp => Output::Text(super::wp_blocks::blocks(&sheet_markdown(sheet), &|_| None)),
    })
}

/// A ruled line in Markdown: escaped underscores (three bare ones would be a rule).
const MD_LINE: &str = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";

fn sheet_markdown(sheet: &Sheet) -> String {
    let mut out = format!("# {}\n\n", inline(&sheet.title));
    if !sheet.description.is_empty() {
        out.push_str(&format!("*{}*\n\n", inline(&sheet.description)));
    }
    out.push_str(&format!("{} {MD_LINE}\n\n", inline(&sheet.name_line)));
    for step in &sheet.steps {
        out.push_str(&format!(
            "## {}\n\n**{}**\n\n",
            inline(&step.heading),
            inline(&step.prompt)
        ));
        if !step.guidance.is_empty() {
            out.push_str(&format!("{}\n\n", inline(&sheet.guidance)));
            for advice in &step.guidance {
                out.push_str(&format!("- {}\n", inline(advice)));
            }
            out.push('\n');
        }
        if !step.example.is_empty() {
            out.push_str(&format!(
                "*{}* {}\n\n",
                inline(&sheet.example),
                inline(&step.example)
            ));
        }
        for _ in 0..step.lines {
            out.push_str(&format!("{MD_LINE}\n\n"));
        }
    }
    out
}

/// Printed compactly: a step starts where the last one ended, its heading, prompt, advice,
/// example and first two lines kept together (`.keep`), its other lines free to go on to
/// the next page; a page is never left half empty for a step that does not fit.
const SHEET_STYLE: &str = "@page { size: A4; margin: 1.8cm; }
body { max-width: 44em; }
@media print { body { font-size: 11pt; max-width: none; } }
h1 { margin: 0 0 0.3em; }
h2 { margin: 1.2em 0 0.3em; }
.step p, .step ul { margin: 0.3em 0; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.example { color: #444; }
.name { display: flex; gap: 0.5em; }
.name span, .line { flex: 1; border-bottom: 1px solid #777; }
.line { height: 2.2em; break-inside: avoid; page-break-inside: avoid; }
";

/// The lines kept with a step's text.
const KEPT_LINES: usize = 2;

fn sheet_html(sheet: &Sheet) -> String {
    let e = html::escape_text;
    let mut body = format!("<header>\n<h1>{}</h1>\n", e(&sheet.title));
    if !sheet.description.is_empty() {
        body.push_str(&format!("<p><em>{}</em></p>\n", e(&sheet.description)));
    }
    body.push_str(&format!(
        "<p class=\"name\">{}<span></span></p>\n</header>\n",
        e(&sheet.name_line)
    ));
    for step in &sheet.steps {
        body.push_str(&format!(
            "<section class=\"step\">\n<div class=\"keep\">\n<h2>{}</h2>\n<p><strong>{}</strong></p>\n",
            e(&step.heading),
            e(&step.prompt)
        ));
        if !step.guidance.is_empty() {
            body.push_str(&format!("<p>{}</p>\n<ul>\n", e(&sheet.guidance)));
            for advice in &step.guidance {
                body.push_str(&format!("<li>{}</li>\n", e(advice)));
            }
            body.push_str("</ul>\n");
        }
        if !step.example.is_empty() {
            body.push_str(&format!(
                "<p class=\"example\"><em>{}</em> {}</p>\n",
                e(&sheet.example),
                e(&step.example)
            ));
        }
        for line in 0..step.lines {
            body.push_str("<div class=\"line\"></div>\n");
            if line + 1 == KEPT_LINES.min(step.lines) {
                body.push_str("</div>\n");
            }
        }
        if step.lines == 0 {
            body.push_str("</div>\n");
        }
        body.push_str("</section>\n");
    }
    html::page(&sheet.title, &sheet.language, SHEET_STYLE, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            title: "Poveste <de> succes".into(),
            description: String::new(),
            name_line: "Numele:".into(),
            guidance: "Sfaturi:".into(),
            example: "Exemplu:".into(),
            steps: vec![SheetStep {
                heading: "1. # Titlul".into(),
                prompt: "Cum se numește?".into(),
                guidance: vec!["Scurt.".into()],
                example: "<b>Bunicii</b>".into(),
                lines: 3,
            }],
            language: "ro".into(),
        }
    }

    #[test]
    fn markdown_keeps_the_template_texts_as_text_and_rules_lines() {
        let md = sheet_markdown(&sheet());
        assert_eq!(md.matches(MD_LINE).count(), 4, "the name line and three");
        let html = crate::render::html::fragment(&md);
        assert!(html.contains("<h2>1. # Titlul</h2>"), "{html}");
        assert!(
            html.contains("<em>Exemplu:</em> &lt;b&gt;Bunicii"),
            "{html}"
        );
        assert!(!html.contains("<hr"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }

    #[test]
    fn the_page_escapes_and_keeps_each_heading_with_its_first_lines() {
        let page = sheet_html(&sheet());
        assert!(page.contains("<title>Poveste &lt;de&gt; succes</title>"));
        assert!(page.contains("&lt;b&gt;Bunicii&lt;/b&gt;"));
        assert_eq!(page.matches("<div class=\"line\">").count(), 3);
        assert!(page.contains(".keep { break-inside: avoid"));
        // The heading and the first two lines are kept together; the third may move on.
        let kept = &page[page.find("<div class=\"keep\">").unwrap()..];
        let kept = &kept[..kept.find("</div>\n</div>\n").unwrap()];
        assert!(kept.contains("<h2>1. # Titlul</h2>"), "{kept}");
        assert_eq!(kept.matches("<div class=\"line\">").count(), 2, "{kept}");
    }
}
