//! The export screen's copy key: the chosen layout's article on the system's clipboard, as
//! HTML with plain text beside it. The wizard offers only the system's clipboard: where none
//! can be reached (a console, an SSH session) the status line says so and points at the
//! export, which writes a file to copy from.

use super::Store;
use crate::service::{self, ServiceError, SystemClipboard};
use crate::tui::app::{App, Done, StatusKind};

impl Store {
    pub(super) fn copy(&mut self, app: &App, layout: &str) -> Done {
        let Some(session) = app.session.as_ref() else {
            return Done::Said(StatusKind::Warn, String::new());
        };
        let draft = &session.draft;
        let loaded = match app.templates.get(&draft.template) {
            Ok(loaded) => loaded,
            Err(e) => {
                let text = service::error_text(&ServiceError::Template(e), &app.catalog);
                return Done::Said(StatusKind::Warn, text);
            }
        };
        let payload = match service::clipboard_payload(loaded, draft, layout) {
            Ok(payload) => payload,
            Err(e) => {
                let text = service::error_text(&ServiceError::Render(e), &app.catalog);
                return Done::Said(StatusKind::Warn, text);
            }
        };
        let clipboard = match self.clipboard.take() {
            Some(clipboard) => Ok(clipboard),
            None => SystemClipboard::open(),
        };
        let copied = clipboard.and_then(|mut clipboard| {
            clipboard.set(&payload)?;
            Ok(clipboard)
        });
        match copied {
            Ok(clipboard) => {
                self.clipboard = Some(clipboard);
                let name = loaded
                    .template
                    .layout(layout)
                    .map_or(layout, |l| l.name.as_str());
                Done::Said(
                    StatusKind::Done,
                    app.catalog
                        .t_args("copy-done", &[("layout", name.to_string().into())]),
                )
            }
            Err(err) => {
                let reason = match err {
                    service::ClipboardError::NoSession => app.t("copy-no-session"),
                    service::ClipboardError::Failed(why) => why,
                };
                Done::Said(
                    StatusKind::Warn,
                    app.catalog
                        .t_args("copy-wizard-unreachable", &[("reason", reason.into())]),
                )
            }
        }
    }
}
