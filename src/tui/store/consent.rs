//! The quotes' and photos' consent key: the form of the item under the cursor, written
//! beside the draft on a thread of its own (a photo's thumbnail is prepared for it, and the
//! loop never waits for a photo); `Msg::ConsentWritten` brings the status line's words.

use super::Store;
use crate::i18n::Catalog;
use crate::service;
use crate::tui::app::{App, Done, StatusKind};
use crate::tui::msg::Msg;

impl Store {
    /// Starts writing the consent form of item `index` of step `step`.
    pub(super) fn consent_form(&mut self, app: &App, step: &str, index: usize) -> Vec<Done> {
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return vec![Done::Said(StatusKind::Warn, app.t("export-no-story"))];
        };
        let (loaded, draft, path) = (loaded.clone(), session.draft.clone(), session.path.clone());
        let (lang, step) = (app.catalog.lang(), step.to_string());
        let sender = self.renders.sender.clone();
        let job = move || {
            let catalog = Catalog::new(lang);
            let written = service::write_consent_form(&loaded, &draft, &path, &step, index);
            let said = match written {
                Ok(Some(form)) => {
                    let id = if form.children {
                        "consent-wizard-written-children"
                    } else {
                        "consent-wizard-written"
                    };
                    Ok(catalog.t_args(
                        id,
                        &[
                            ("person", form.person.into()),
                            ("path", form.path.display().to_string().into()),
                        ],
                    ))
                }
                Ok(None) => Err(catalog.t("consent-wizard-blank")),
                Err(err) => Err(service::error_text(&err, &catalog)),
            };
            let _ = sender.send(Msg::ConsentWritten(said));
        };
        match std::thread::Builder::new()
            .name("consent".into())
            .spawn(job)
        {
            Ok(_) => {
                self.renders.running += 1;
                vec![Done::Said(
                    StatusKind::Info,
                    app.t("consent-wizard-writing"),
                )]
            }
            Err(_) => vec![Done::Said(StatusKind::Warn, app.t("export-no-thread"))],
        }
    }
}
