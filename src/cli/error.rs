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
    #[error(
        "{path} already exists and is a different picture from photo {photo}; add --force to replace it, or export into another folder"
    )]
    PhotoExists { path: String, photo: String },
    #[error(
        "a .{extension} file cannot be shown in the terminal; write it to a file with -o, e.g. -o articol.{extension} (or -o FOLDER/)"
    )]
    BinaryToTerminal { extension: &'static str },
    #[error("cannot write {path}: {source}. Check that the folder exists and can be written to")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("editing {path} needs a terminal; run povestitor in a terminal window")]
    EditNeedsTerminal { path: String },
    #[error("without a terminal, `new` needs a FILE to write the draft to")]
    NewNeedsFile,
    #[error("{0}")]
    Other(String),
}
