//! Story templates: the steps a librarian answers and the layouts an article is set in.
//!
//! A template is a folder with `template.toml`, one Tera file per layout and, usually,
//! `example.toml`, a complete model story. Built-in templates are the folders of
//! `story-templates/`, embedded in the binary; user folders add to them and override by id.

mod error;
mod library;
mod model;
mod source;
mod validate;

pub use error::{Problem, TemplateError};
pub use library::{DEFAULT_TEMPLATE, Library, LoadedTemplate};
pub use model::{LayoutInfo, Step, StepKind, Template};
pub use source::TemplateSource;
pub use validate::validate_path;
