//! Story templates: the steps a librarian answers and the layouts an article is set in.
//!
//! A template is a folder with `template.toml`, one Tera file per layout and, usually,
//! `example.toml`, a complete model story. Built-in templates are the folders of
//! `story-templates/`, embedded in the binary; user folders add to them and override by id.
//!
//! This layer only models templates and reads their files; layouts are compiled in
//! `render`, and the library of templates a session uses is in `library`.

mod coach_settings;
mod error;
mod model;
mod read;
mod shape;
mod source;

pub use coach_settings::{CoachSettings, RuleId, WordRange};
pub use error::{Problem, TemplateError};
pub use model::{ConsentTexts, LayoutInfo, Medium, Step, StepKind, Template};
pub use read::{
    DEFAULT_TEMPLATE, EXAMPLE_FILE, TEMPLATE_FILE, builtin_sources, folder_sources, read_template,
};
pub use shape::check_shape;
pub use source::{TemplateSource, stays_inside};
