//! The console window closed, logoff and shutdown on Windows, with time to save.
//!
//! Windows calls a console control handler on a thread of its own and ends the process as
//! soon as the handler returns from `CTRL_CLOSE_EVENT`, `CTRL_LOGOFF_EVENT` or
//! `CTRL_SHUTDOWN_EVENT` (or after about 5 s for a closed window, 20 s for logoff and
//! shutdown, whichever comes first). Handlers that only raise a flag and return, as the
//! `ctrlc` crate's do, therefore lose the race with the program's own loop. The closure given
//! to [`on_close`] runs inside the handler, so it may wait there until the work is saved.
//!
//! This is the program's only `unsafe` code: one call to `SetConsoleCtrlHandler`, and one to
//! `GetConsoleProcessList` ([`processes_in_console`]). Elsewhere [`on_close`] does nothing
//! (Unix signals are handled with `ctrlc`) and [`processes_in_console`] knows nothing.

use std::sync::OnceLock;

type Handler = Box<dyn Fn() + Send + Sync + 'static>;

static HANDLER: OnceLock<Handler> = OnceLock::new();

/// Runs `handler` when the console window is closed, or the user logs off or the computer
/// shuts down; the process ends when it returns. Ctrl+C and Ctrl+Break are passed on to the
/// other handlers. Only the first call installs anything; later ones are ignored.
pub fn on_close(handler: impl Fn() + Send + Sync + 'static) -> std::io::Result<()> {
    if HANDLER.set(Box::new(handler)).is_err() {
        return Ok(());
    }
    install()
}

/// How many processes share this program's console, on Windows: 1 when the program was
/// started by a double-click and has a console window of its own, which closes the moment
/// it ends. `None` elsewhere, or when Windows cannot say.
pub fn processes_in_console() -> Option<u32> {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::GetConsoleProcessList;
        let mut ids = [0u32; 4];
        // SAFETY: the buffer is valid for `ids.len()` process ids; Windows writes at most
        // that many and returns how many processes there are (0 on failure).
        let count = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
        (count > 0).then_some(count)
    }
    #[cfg(not(windows))]
    {
        None
    }
}

#[cfg(windows)]
fn install() -> std::io::Result<()> {
    use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
    // SAFETY: `console_event` is a plain function that lives as long as the process, and it
    // only reads `HANDLER`, which is set before this call and never changes afterwards.
    let added = unsafe { SetConsoleCtrlHandler(Some(console_event), 1) };
    if added == 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(())
    }
}

#[cfg(not(windows))]
fn install() -> std::io::Result<()> {
    Ok(())
}

/// Windows calls this on a new thread for every console event.
#[cfg(windows)]
extern "system" fn console_event(event: u32) -> windows_sys::core::BOOL {
    use windows_sys::Win32::System::Console::{
        CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
    };
    match event {
        CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
            if let Some(handler) = HANDLER.get() {
                // A panic must not unwind into Windows.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(handler));
            }
            1
        }
        // Ctrl+C and Ctrl+Break: the next handler (ctrlc's) raises the flag; the process
        // goes on.
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn only_the_first_handler_is_kept() {
        let calls = Arc::new(AtomicUsize::new(0));
        let first = Arc::clone(&calls);
        on_close(move || {
            first.fetch_add(1, Ordering::SeqCst);
        })
        .expect("installed");
        on_close(|| panic!("a second handler replaced the first")).expect("ignored");
        let handler = HANDLER.get().expect("kept");
        handler();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
