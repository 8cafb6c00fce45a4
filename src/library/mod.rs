//! The layer both front ends stand on: the library of templates a session uses (loaded,
//! compiled, validated) and the operations the command line and the wizard share.

mod templates;
mod validate;

pub use templates::Library;
pub use validate::validate_path;
