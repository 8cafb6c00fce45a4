//! What the operations both front ends share can fail with, each with a message (in
//! English, for logs and tests) that says what to do; `wording` says it to a librarian.

use super::ConfigError;
use super::publish::PublishError;
use crate::render::RenderError;
use crate::story::{DraftError, LockError};
use crate::template::TemplateError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Draft(#[from] DraftError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Publish(#[from] PublishError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error("{path} already exists; add --force to replace it, or choose another name with -o")]
    OutputExists { path: String },
    /// Another program holds the file (Word with it open): it was tried again for a
    /// moment, then left as it is. `beside` is a free name next to it.
    #[error(
        "{path} is open in another program (Word?) and cannot be replaced; close it there and export again, or write it beside with -o \"{beside}\""
    )]
    Held { path: String, beside: String },
    #[error(
        "{path} already exists and is a different picture from photo {photo}; add --force to replace it, or export into another folder"
    )]
    PhotoExists { path: String, photo: String },
    #[error(
        "\"{id}\" cannot be a template id: use small letters, digits, - and _, starting with a letter"
    )]
    BadTemplateId { id: String },
    #[error(
        "no story of {path} could go into the document ({drafts} drafts, all left out for the reasons above)"
    )]
    NothingToCompile { path: String, drafts: usize },
    #[error("cannot read the folder {path}: {source}. Check its name and that it can be opened")]
    ReadFolder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}. Check that the folder exists and can be written to")]
    Write {
        path: String,
        source: std::io::Error,
    },
}
