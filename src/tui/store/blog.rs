//! The library's blog from the wizard: the site and user remembered in the settings, and the
//! open draft sent to WordPress as a draft post on a thread of its own. Each step comes back
//! as a message the loop shows like any other (`Msg::Publishing`), what the draft learns of
//! the site too (`Msg::PublishRecorded`, kept in the open draft, never written over it from
//! the thread), and the end (`Msg::Published`); Esc sets the flag that stops it before the
//! next request. A post already published on the site is never changed from the wizard: the
//! status says so, with the command line that would (`povestitor publish --update-live`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use super::Store;
use crate::i18n::{Catalog, Lang};
use crate::render::LoadedTemplate;
use crate::service;
use crate::service::publish::{self, Progress, PublishRequest};
use crate::story::{Draft, DraftLock, WordPressRecord, load_draft, save_draft};
use crate::tui::app::{App, Done, StatusKind};
use crate::tui::msg::Msg;

/// What a sending needs, taken from the model so that it can go to another thread.
struct PublishJob {
    loaded: LoadedTemplate,
    draft: Draft,
    path: PathBuf,
    lang: Lang,
    layout: String,
    site: String,
    user: String,
    password: String,
    featured_in_body: bool,
    cancel: Arc<AtomicBool>,
}

impl Store {
    /// The export screen opened: the site and user that worked last time, for the fields
    /// still empty.
    pub(super) fn remembered_site(&self) -> Done {
        Done::SiteRemembered {
            site: self.settings.wordpress_site.clone(),
            user: self.settings.wordpress_user.clone(),
        }
    }

    /// Saves the draft (the file on disk is the one whose identity the post remembers),
    /// then starts sending it. The password is the one typed in the form, else
    /// `POVESTITOR_WP_PASSWORD`.
    pub(super) fn publish(
        &mut self,
        app: &App,
        layout: &str,
        site: String,
        user: String,
        typed: &str,
    ) -> Vec<Done> {
        let saved = self.save(app);
        if !matches!(saved, Done::Saved) {
            return vec![saved];
        }
        let from_env = std::env::var("POVESTITOR_WP_PASSWORD").unwrap_or_default();
        let password = match typed {
            "" => from_env.trim(),
            typed => typed,
        };
        if password.is_empty() {
            return vec![
                saved,
                Done::Said(StatusKind::Warn, app.t("export-password-missing")),
            ];
        }
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return vec![
                saved,
                Done::Said(StatusKind::Warn, app.t("export-no-story")),
            ];
        };
        let cancel = Arc::new(AtomicBool::new(false));
        let job = PublishJob {
            loaded: loaded.clone(),
            draft: session.draft.clone(),
            path: session.path.clone(),
            lang: app.catalog.lang(),
            layout: layout.to_string(),
            site,
            user,
            password: password.to_string(),
            featured_in_body: self.config.featured_photo_in_body,
            cancel: Arc::clone(&cancel),
        };
        let sender = self.renders.sender.clone();
        let started = std::thread::Builder::new()
            .name("publish".into())
            .spawn(move || job.run(&sender));
        match started {
            Ok(_) => {
                self.renders.running += 1;
                self.sending = Some(cancel);
                vec![saved, Done::Said(StatusKind::Info, app.t("export-sending"))]
            }
            Err(_) => vec![
                saved,
                Done::Said(StatusKind::Warn, app.t("publish-no-thread")),
            ],
        }
    }

    /// Esc while sending: the sending stops before its next request (the post is never
    /// written after this).
    pub(super) fn cancel_publish(&mut self) {
        if let Some(cancel) = self.sending.take() {
            cancel.store(true, Ordering::SeqCst);
        }
    }

    /// A sending that ended well: its site and user (never the password) are remembered
    /// for the next one.
    pub(super) fn published(&mut self, msg: &Msg) {
        let Msg::Published {
            result: Ok(_),
            site,
            user,
        } = msg
        else {
            if matches!(msg, Msg::Published { .. }) {
                self.sending = None;
            }
            return;
        };
        self.sending = None;
        let mut settings = self.settings.clone();
        settings.wordpress_site.clone_from(site);
        settings.wordpress_user.clone_from(user);
        self.keep(settings);
    }
}

impl PublishJob {
    /// Sends the draft; every step, what the draft learns and the end go to `sender`.
    fn run(mut self, sender: &Sender<Msg>) {
        let catalog = Catalog::new(self.lang);
        let result = self.send(&catalog, sender);
        let _ = sender.send(Msg::Published {
            result,
            site: self.site,
            user: self.user,
        });
    }

    /// The status line's words once sent: the edit link and the photos (and what was left
    /// as it was, and the photos taken from outside the story's folder), or why not.
    fn send(&mut self, catalog: &Catalog, sender: &Sender<Msg>) -> Result<String, String> {
        let (mut uploaded, mut kept, mut left) = (0usize, 0usize, None);
        let mut outside = Vec::new();
        let path = self.path.clone();
        let mut progress = |step: Progress| {
            match &step {
                Progress::Remembered(record) => {
                    let _ = sender.send(Msg::PublishRecorded {
                        path: path.clone(),
                        record: record.clone(),
                    });
                    return;
                }
                Progress::PhotoUploaded { .. } => uploaded += 1,
                Progress::PhotoKept { .. } => kept += 1,
                // Why the post the draft named was left as it is: said once, before the
                // final status, rather than in passing.
                Progress::PostGone { .. }
                | Progress::PostOfAnotherFile { .. }
                | Progress::PostChangedOnSite { .. } => {
                    left = service::progress_text(&step, catalog);
                    return;
                }
                // A photo from outside the story's folder: said in the final status too,
                // where it stays to be read.
                Progress::PhotoOutside { .. } => {
                    outside.extend(service::progress_text(&step, catalog));
                    return;
                }
                Progress::SignedIn { .. } | Progress::Unencrypted { .. } => {}
            }
            if let Some(text) = service::progress_text(&step, catalog) {
                let _ = sender.send(Msg::Publishing(text));
            }
        };
        let request = PublishRequest {
            draft: &self.path,
            layout: &self.layout,
            site: &self.site,
            user: &self.user,
            password: &self.password,
            // A published post is never changed from here: the error says how to do it
            // from the command line, and nothing is sent.
            update_live: false,
            featured_in_body: self.featured_in_body,
            // An http:// address of another computer is refused, the error saying to use
            // https (or the command line's --allow-http).
            allow_http: false,
            cancel: Some(&self.cancel),
            // The open draft is the librarian's: the thread never writes its file.
            save: false,
        };
        let published =
            publish::publish_draft(&self.loaded, &mut self.draft, &request, &mut progress)
                .map_err(|e| service::error_text(&e, catalog))?;
        let mut text = String::new();
        for said in left.into_iter().chain(outside) {
            text.push_str(&said);
            text.push(' ');
        }
        text.push_str(&catalog.t_args(
            "export-published",
            &[
                ("link", published.edit_link.as_str().into()),
                ("uploaded", uploaded.into()),
                ("kept", kept.into()),
            ],
        ));
        Ok(text)
    }
}

/// What the blog holds of the draft at `path`, which was closed while the sending ran,
/// written into its file under its lock (the words are those it was saved with on closing).
/// Nothing is said when it worked; when it could not be written (the story is open in
/// another window, the file is gone), the status line says so and what it means.
pub(super) fn record_closed(app: &App, path: &Path, record: &WordPressRecord) -> Option<Done> {
    let written = DraftLock::acquire(path)
        .map_err(|e| service::error_text(&e.into(), &app.catalog))
        .and_then(|_lock| {
            let mut draft = load_draft(path)
                .map_err(|e| service::error_text(&service::ServiceError::Draft(e), &app.catalog))?;
            draft.set_wordpress(record);
            save_draft(path, &draft)
                .map_err(|e| service::error_text(&service::ServiceError::Draft(e), &app.catalog))
        });
    let why = written.err()?;
    Some(Done::Said(
        StatusKind::Warn,
        app.catalog.t_args(
            "publish-record-not-kept",
            &[
                ("path", path.display().to_string().into()),
                ("reason", why.into()),
            ],
        ),
    ))
}
