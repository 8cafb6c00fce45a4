//! Drafts: one librarian's answers to a template, and how they are kept on disk.

mod atomic;
mod date;
mod draft;
mod store;

pub use atomic::{write_atomic, write_atomic_with};
pub use date::{date_words, iso_date, parse_date};
pub use draft::{Answers, Draft, Item, Meta, SCHEMA_VERSION};
pub use store::{DraftError, load_draft, parse_draft, save_draft};
