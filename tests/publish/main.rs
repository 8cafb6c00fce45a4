//! Publishing to WordPress: a real site on this machine (`site`), the injection corpus sent
//! to it, and the faults a real site does not easily show, played by a small server.

#[path = "../common/mod.rs"]
mod common;
#[path = "../export_common/mod.rs"]
mod export_common;
#[path = "../injection_check/mod.rs"]
mod injection_check;
#[path = "../pty/mod.rs"]
mod pty;
#[path = "../wizard/mod.rs"]
mod wizard;

mod site;

mod faults;
mod injection;
mod wordpress;
