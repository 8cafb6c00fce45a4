//! povestitor: a terminal wizard that helps librarians write success stories.
//!
//! The module map follows the pipeline, lowest layer first (`tests/repo/layers.rs` keeps it):
//! - [`text`]: the one door to the terminal (`terminal_safe`) and text that XML accepts.
//! - [`i18n`]: the interface's words in Romanian, English and Russian (Fluent catalogs).
//! - [`template`]: story templates (steps + layouts), built-in and from user folders.
//! - [`story`]: drafts (a librarian's answers) and their atomic storage.
//! - [`render`]: draft + template + layout → Markdown (Tera) → HTML, DOCX, plain text.
//! - [`coach`]: checks that say what a draft still needs.
//! - [`service`]: what the front ends share: the templates a session uses, export,
//!   publishing, the workshop's tools, the user's configuration and folders.
//! - [`cli`]: the non-interactive commands.
//! - [`tui`]: the terminal wizard (home, steps, review, preview, export).
//! - [`plain`]: the same steps as lines of text, for screen readers and pipes.
#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod cli;
pub mod coach;
pub mod i18n;
pub mod plain;
pub mod render;
pub mod service;
pub mod story;
pub mod template;
pub mod text;
pub mod tui;
