//! Drafts: one librarian's answers to a template, and how they are kept on disk.

mod atomic;
mod comments;
mod date;
mod draft;
mod edit;
mod leftover;
mod lock;
mod store;
mod wordpress;

pub use atomic::{
    backup_path, held_code, is_held, write_atomic, write_atomic_keeping, write_atomic_keeping_with,
    write_atomic_with, write_derived,
};
pub use comments::{Comment, Comments};
pub use date::{date_words, iso_date, parse_date};
pub use draft::{Answers, Draft, Item, Meta, SCHEMA_VERSION};
pub use edit::Document;
pub use leftover::leftover;
pub use lock::{DraftLock, LockError, lock_path};
pub use store::{DraftError, load_draft, parse_draft, save_draft};
pub use wordpress::{MediaRecord, WordPressRecord};
