//! Every way a command can fail, each with a message that says what to do.

use crate::render::RenderError;
use crate::story::DraftError;
use crate::template::TemplateError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Draft(#[from] DraftError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error("{path} already exists; add --force to replace it, or choose another name with -o")]
    OutputExists { path: String },
    #[error("cannot write {path}: {source}. Check that the folder exists and can be written to")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}
