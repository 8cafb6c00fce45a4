//! The export screen's copy key: the chosen layout's article on the system's clipboard, as
//! HTML with plain text beside it. The article is rendered on a thread of its own (a layout
//! may run out of time, and the loop never waits for one) and comes back as
//! `Msg::CopyRendered`; the store then puts it on the clipboard and turns the message into
//! `Msg::Copied`, the status line's words. The wizard offers only the system's clipboard:
//! where none can be reached (a console, an SSH session) the status line says so and points
//! at the export, which writes a file to copy from.

use super::Store;
use crate::i18n::Catalog;
use crate::service::{self, ServiceError, SystemClipboard};
use crate::tui::app::{App, Done, StatusKind};
use crate::tui::msg::Msg;

impl Store {
    /// Starts rendering `layout`'s article for the clipboard off the loop.
    pub(super) fn copy(&mut self, app: &App, layout: &str) -> Vec<Done> {
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return vec![Done::Said(StatusKind::Warn, app.t("export-no-story"))];
        };
        let (loaded, draft, layout) = (loaded.clone(), session.draft.clone(), layout.to_string());
        let lang = app.catalog.lang();
        let sender = self.renders.sender.clone();
        let job = move || {
            let catalog = Catalog::new(lang);
            let name = loaded
                .template
                .layout(&layout)
                .map_or(layout.as_str(), |l| l.name.as_str())
                .to_string();
            let payload = service::clipboard_payload(&loaded, &draft, &layout)
                .map_err(|e| service::error_text(&ServiceError::Render(e), &catalog));
            let _ = sender.send(Msg::CopyRendered {
                lang,
                name,
                payload,
            });
        };
        match std::thread::Builder::new().name("copy".into()).spawn(job) {
            Ok(_) => {
                self.renders.running += 1;
                Vec::new()
            }
            Err(_) => vec![Done::Said(StatusKind::Warn, app.t("export-no-thread"))],
        }
    }

    /// The article rendered for the clipboard, put on it: what the status line says of it.
    pub(super) fn copied(&mut self, msg: Msg) -> Msg {
        let Msg::CopyRendered {
            lang,
            name,
            payload,
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
            Ok(clipboard)
        });
        Msg::Copied(match copied {
            Ok(clipboard) => {
                self.clipboard = Some(clipboard);
                Ok(catalog.t_args("copy-done", &[("layout", name.into())]))
            }
            Err(err) => {
                let reason = match err {
                    service::ClipboardError::NoSession => catalog.t("copy-no-session"),
                    service::ClipboardError::Failed(why) => why,
                };
                Err(catalog.t_args("copy-wizard-unreachable", &[("reason", reason.into())]))
            }
        })
    }
}
