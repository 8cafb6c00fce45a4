//! The command line through the real binary (`tests/common/mod.rs`: HOME and the XDG folders
//! in a temporary folder): its commands, help and completions, the configuration, drafts as
//! people and other programs leave them, limits, escapes and injections, spelling, and what
//! Windows does differently.

#[path = "../common/mod.rs"]
mod common;
#[path = "../injection_check/mod.rs"]
mod injection_check;
#[path = "../pty/mod.rs"]
mod pty;
#[path = "../wizard/mod.rs"]
mod wizard;

mod bundled_dictionaries;
mod check;
mod closed_pipe;
mod completions;
mod config;
mod copy;
mod draft_layout;
mod drafts_not_files;
mod escapes;
mod foundation;
mod help;
mod injection;
mod limits;
mod log_report;
mod notepad;
mod remembered_names;
mod spelling;
mod startup;
mod tidy;
mod windows_paths;
