//! The export screen's copy key: the chosen layout's article on the system's clipboard, as
//! HTML with plain text beside it. The article is rendered on a thread of its own (a layout
//! may run out of time, and the loop never waits for one). On Linux and the BSDs the same
//! thread hands it to the process that keeps it on the clipboard after the wizard ends
//! (`service::clipboard_keeper`, as `povestitor copy` does) and sends `Msg::Copied`, the
//! status line's words. Without that process (Windows and macOS keep the clipboard
//! themselves) it comes back as `Msg::CopyRendered`, and the store puts it on the
//! clipboard it keeps open and turns the message into `Msg::Copied`; so does an article
//! whose keeping process could not start (the program's file replaced while the wizard
//! runs), and the status line says it stays only while the wizard is open. The wizard offers only
//! the system's clipboard: where none can be reached (a console, an SSH session) the status
//! line says so and points at the export, which writes a file to copy from.

use super::Store;
use crate::i18n::Catalog;
use crate::service::{self, ClipboardError, ServiceError, SystemClipboard};
use crate::tui::app::{App, Done, StatusKind};
use crate::tui::msg::Msg;

impl Store {
    /// Starts rendering `layout`'s article for the clipboard off the loop (and putting it
    /// there, when a process keeps it).
    pub(super) fn copy(&mut self, app: &App, layout: &str) -> Vec<Done> {
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return vec![Done::Said(StatusKind::Warn, app.t("export-no-story"))];
        };
        let (loaded, draft, layout) = (loaded.clone(), session.draft.clone(), layout.to_string());
        let lang = app.catalog.lang();
        let sender = self.renders.sender.clone();
        let keeper = self.clipboard_keeper.clone();
        let job = move || {
            let catalog = Catalog::new(lang);
            let name = loaded
                .template
                .layout(&layout)
                .map_or(layout.as_str(), |l| l.name.as_str())
                .to_string();
            let payload = service::clipboard_payload(&loaded, &draft, &layout)
                .map_err(|e| service::error_text(&ServiceError::Render(e), &catalog));
            let msg = match (keeper, payload) {
                (Some(program), Ok(payload)) => {
                    match SystemClipboard::kept_by(program)
                        .and_then(|mut clipboard| clipboard.set(&payload))
                    {
                        // The program's own file gone or replaced (an upgrade while the
                        // wizard runs): the store's clipboard keeps it, while it is open.
                        Err(ClipboardError::KeeperNotStarted(_)) => Msg::CopyRendered {
                            lang,
                            name,
                            payload: Ok(payload),
                            keeper_failed: true,
                        },
                        copied => Msg::Copied(said(copied, name, &catalog)),
                    }
                }
                (_, payload) => Msg::CopyRendered {
                    lang,
                    name,
                    payload,
                    keeper_failed: false,
                },
            };
            let _ = sender.send(msg);
        };
        match std::thread::Builder::new().name("copy".into()).spawn(job) {
            Ok(_) => {
                self.renders.running += 1;
                Vec::new()
            }
            Err(_) => vec![Done::Said(StatusKind::Warn, app.t("export-no-thread"))],
        }
    }

    /// The article rendered for the clipboard, put on the one the wizard keeps open: what
    /// the status line says of it.
    pub(super) fn copied(&mut self, msg: Msg) -> Msg {
        let Msg::CopyRendered {
            lang,
            name,
            payload,
            keeper_failed,
        } = msg
        else {
            return msg;
        };
        let catalog = Catalog::new(lang);
        let payload = match payload {
            Ok(payload) => payload,
            Err(why) => return Msg::Copied(Err(why)),
        };
        let clipboard = match self.clipboard.take() {
            Some(clipboard) => Ok(clipboard),
            None => SystemClipboard::open(),
        };
        let copied = clipboard.and_then(|mut clipboard| {
            clipboard.set(&payload)?;
            self.clipboard = Some(clipboard);
            Ok(())
        });
        if keeper_failed && copied.is_ok() {
            return Msg::Copied(Ok(
                catalog.t_args("copy-done-while-open", &[("layout", name.into())])
            ));
        }
        Msg::Copied(said(copied, name, &catalog))
    }
}

/// What the status line says of a copy of layout `name`.
fn said(
    copied: Result<(), ClipboardError>,
    name: String,
    catalog: &Catalog,
) -> Result<String, String> {
    match copied {
        Ok(()) => Ok(catalog.t_args("copy-done", &[("layout", name.into())])),
        Err(err) => Err(catalog.t_args(
            "copy-wizard-unreachable",
            &[("reason", err.reason(catalog).into())],
        )),
    }
}
