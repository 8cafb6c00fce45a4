//! The writing coach: checks that tell a librarian what a draft still needs.

pub mod spelling;
mod structure;

pub use structure::{Finding, FindingKind, Report, Severity, StepState, check, step_state};
