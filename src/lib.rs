//! povestitor: a terminal wizard that helps librarians write success stories.
//!
//! The module map follows the pipeline:
//! - [`template`]: story templates (steps + layouts), built-in and from user folders.
//! - [`story`]: drafts (a librarian's answers) and their atomic storage.
//! - [`render`]: draft + template + layout → Markdown (Tera) → HTML, plain text.
//! - [`coach`]: checks that say what a draft still needs.
//! - [`cli`]: the non-interactive commands.
//! - [`tui`]: the terminal wizard (home, steps, review, preview, export).
//! - [`plain`]: the same steps as lines of text, for screen readers and pipes.
#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod cli;
pub mod coach;
pub mod i18n;
pub mod library;
pub mod plain;
pub mod render;
pub mod story;
pub mod template;
pub mod text;
pub mod tui;
