//! Every way a command can fail, each with a message that says what to do.

use crate::render::RenderError;
use crate::service::ServiceError;
use crate::story::DraftError;
use crate::template::TemplateError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// What the shared operations report (templates, drafts, rendering, writing files).
    #[error(transparent)]
    Templates(#[from] ServiceError),
    #[error(
        "a .{extension} file cannot be shown in the terminal; write it to a file with -o, e.g. -o articol.{extension} (or -o FOLDER/)"
    )]
    BinaryToTerminal { extension: &'static str },
    #[error("editing {path} needs a terminal; run povestitor in a terminal window")]
    EditNeedsTerminal { path: String },
    #[error("reviewing {path} needs a terminal; run povestitor in a terminal window")]
    ReviewNeedsTerminal { path: String },
    #[error("without a terminal, `new` needs a FILE to write the draft to")]
    NewNeedsFile,
    #[error("the model story opens in the wizard; run povestitor demo in a terminal window")]
    DemoNeedsTerminal,
    #[error("{path} already exists; choose another id, or remove that folder first")]
    TemplateExists { path: String },
    #[error(
        "say which layout with --layout (e.g. --layout blog), or set `layout` in your configuration"
    )]
    NoLayout,
    #[error(
        "say which format with --format (docx, html, md or txt), or set `format` in your configuration"
    )]
    NoFormat,
    #[error("{0}")]
    Other(String),
}

impl From<TemplateError> for CliError {
    fn from(err: TemplateError) -> Self {
        CliError::Templates(err.into())
    }
}

impl From<DraftError> for CliError {
    fn from(err: DraftError) -> Self {
        CliError::Templates(err.into())
    }
}

impl From<RenderError> for CliError {
    fn from(err: RenderError) -> Self {
        CliError::Templates(err.into())
    }
}
