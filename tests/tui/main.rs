//! The wizard driven by key messages with its effects carried out in a temporary folder
//! (`tests/wizard/mod.rs`), its whole screens snapshotted with `TestBackend`, its panic hook,
//! and the plain mode run as the real binary.

#[path = "../common/mod.rs"]
mod common;
#[path = "../wizard/mod.rs"]
mod wizard;
#[path = "../workshop_common/mod.rs"]
mod workshop_common;

mod consent;
mod copy;
mod fault_hook;
mod flow;
mod names;
mod photos_dates;
mod plain_mode;
mod recover;
mod review;
mod screens;
mod spelling;
