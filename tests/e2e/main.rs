//! End to end: the real binary in a pseudo-terminal that `tests/pty/mod.rs` opens, its
//! screen read with vt100. HOME and the XDG folders point into a temporary folder.

#[path = "../common/mod.rs"]
mod common;
#[path = "../pty/mod.rs"]
mod pty;

mod basics;
mod beside;
mod colours;
mod copy;
mod hangup;
mod held;
mod layout;
mod publish;
mod rescue;
mod welcome;
mod x11_clipboard;
