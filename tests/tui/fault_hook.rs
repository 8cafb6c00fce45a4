//! The wizard's panic hook gives the terminal back at once and keeps the message quietly.
//!
//! A panic hook is process-wide, so this test runs in a process of its own
//! (`common::alone`): beside other tests that panic, on purpose or failing, it would catch
//! their panics too.

use std::panic::catch_unwind;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common;
use povestitor::tui::run::FaultHook;

#[test]
fn the_hook_restores_at_once_and_keeps_the_message_quietly() {
    if !common::alone("fault_hook::the_hook_restores_at_once_and_keeps_the_message_quietly") {
        return;
    }
    static RESTORED: AtomicUsize = AtomicUsize::new(0);
    let hook = FaultHook::install(|| {
        RESTORED.fetch_add(1, Ordering::SeqCst);
    });
    let caught = catch_unwind(|| panic!("boom"));
    let fault = hook.uninstall();
    assert!(caught.is_err());
    assert_eq!(RESTORED.load(Ordering::SeqCst), 1);
    let fault = fault.expect("the panic is described");
    assert!(fault.starts_with("boom ("), "{fault}");
    assert!(fault.contains("fault_hook.rs:"), "{fault}");
}
