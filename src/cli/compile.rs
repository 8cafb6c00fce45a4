//! `povestitor workshop compile DIR`: every ready story of a workshop folder in one document;
//! the drafts left out are named on stderr, one line each, with the reason.

use std::path::Path;

use super::out::tell;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::render::Format;
use crate::render::RenderError;
use crate::service::compile::{
    BookTitle, LeftOutReason, Order, book, collect, left_out_text, write_book,
};
use crate::service::{ServiceError, Templates};

/// The formats of a document made of several parts (a workshop's book, a worksheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    /// A Word document, A4 (binary: write it with -o).
    Docx,
    /// Markdown.
    Md,
    /// A web page, to print or to share.
    Html,
}

impl DocFormat {
    /// The format asked for; else the one the output file's extension names (`.docx`,
    /// `.md`, `.html`); else `otherwise`. With a file of another extension, Word.
    pub fn for_file(asked: Option<DocFormat>, file: Option<&Path>, otherwise: DocFormat) -> Self {
        if let Some(asked) = asked {
            return asked;
        }
        let Some(file) = file else {
            return otherwise;
        };
        let extension = file
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "md" | "markdown" => DocFormat::Md,
            "html" | "htm" => DocFormat::Html,
            _ => DocFormat::Docx,
        }
    }

    pub fn format(self) -> Format {
        match self {
            DocFormat::Docx => Format::Docx,
            DocFormat::Md => Format::Md,
            DocFormat::Html => Format::Html,
        }
    }
}

pub struct CompileRequest<'a> {
    pub folder: &'a Path,
    /// `None`: each story's layout for print.
    pub layout: Option<&'a str>,
    pub format: DocFormat,
    /// The book's title and subtitle (`None`: the book's own words).
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
    pub output: &'a Path,
    pub force: bool,
    pub order: Order,
}

/// Exit 0 when the document was written, even with drafts left out (stderr says which and
/// why); an error (exit 2) when no draft could go in, and nothing is written.
pub fn compile(
    templates: &Templates,
    req: &CompileRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    if req.output.exists() && !req.force {
        return Err(ServiceError::OutputExists {
            path: req.output.display().to_string(),
        }
        .into());
    }
    let collection = collect(templates, req.folder, req.layout, req.order)?;
    // A layout that ran out of time may still be running: the command ends here, and the
    // render with it.
    if let Some(problem) = collection
        .left_out
        .iter()
        .find_map(|left| match &left.reason {
            LeftOutReason::Render(ServiceError::Render(RenderError::TooSlow(p))) => Some(p),
            _ => None,
        })
    {
        return Err(RenderError::TooSlow(problem.clone()).into());
    }
    for left in &collection.left_out {
        tell!("povestitor: {}", left_out_text(left, catalog));
    }
    // A participant's draft that reaches for a file of this computer's is named.
    for part in &collection.parts {
        for line in crate::service::outside_photos_text(&part.photos, catalog) {
            tell!("povestitor: {line}");
        }
    }
    if collection.parts.is_empty() {
        return Err(ServiceError::NothingToCompile {
            path: req.folder.display().to_string(),
            drafts: collection.left_out.len(),
        }
        .into());
    }
    let today = chrono::Local::now().date_naive().to_string();
    let format = req.format.format();
    let words = BookTitle {
        title: req.title,
        subtitle: req.subtitle,
    };
    let output = book(&collection, format, &today, words, catalog)?;
    write_book(&collection, &output, format, req.output, req.force)?;
    let path = req.output.display().to_string();
    let stories = collection.parts.len();
    let left = collection.left_out.len();
    tell!(
        "{}",
        if left == 0 {
            catalog.t_args(
                "compile-written",
                &[("path", path.into()), ("count", stories.into())],
            )
        } else {
            catalog.t_args(
                "compile-written-some-left",
                &[
                    ("path", path.into()),
                    ("count", stories.into()),
                    ("left", left.into()),
                ],
            )
        }
    );
    Ok(Outcome::Done)
}
