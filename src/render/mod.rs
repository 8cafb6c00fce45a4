//! Rendering: draft + template + layout → Markdown (Tera) → HTML, plain text.
//!
//! The layout is the one place where a publication's look is defined. Every output
//! format is made from the same Markdown, so what the Markdown says is what each shows.

mod context;
mod file_name;
mod html;
mod layout;
mod markdown_safe;
mod plain_text;
pub mod typography;

pub use context::{date_text, story_context};
pub use file_name::{safe_file_name, safe_stem};
pub use html::escape_text;
pub use layout::Layouts;
pub use plain_text::plain_text;

use crate::story::Draft;
use crate::template::{LoadedTemplate, Problem, TemplateError};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, for static sites and further editing.
    Md,
    /// HTML, to paste into the blog editor (a whole page with --standalone).
    Html,
    /// Plain text, to paste into Word.
    Txt,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Txt => "txt",
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// A whole HTML page instead of a fragment.
    pub standalone: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{0}")]
    Layout(Problem),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// The article in Markdown, as the layout describes it.
pub fn markdown(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
) -> Result<String, RenderError> {
    if loaded.template.layout(layout).is_none() {
        return Err(TemplateError::UnknownLayout {
            template: loaded.template.id.clone(),
            layout: layout.to_string(),
            available: loaded
                .template
                .layouts
                .iter()
                .map(|l| l.id.clone())
                .collect(),
        }
        .into());
    }
    let context = story_context(&loaded.template, draft);
    let raw = loaded.layouts.render(layout, &context)?;
    Ok(tidy_blank_lines(&raw))
}

/// The article in `format`.
pub fn render(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    format: Format,
    options: RenderOptions,
) -> Result<String, RenderError> {
    let md = markdown(loaded, draft, layout)?;
    Ok(match format {
        Format::Md => md,
        Format::Html if options.standalone => {
            html::standalone(&md, draft.title(), &loaded.template.language)
        }
        Format::Html => html::fragment(&md),
        Format::Txt => plain_text(&md),
    })
}

/// Layouts may leave runs of blank lines where optional parts were skipped: keep one.
fn tidy_blank_lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}
