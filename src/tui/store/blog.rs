//! The library's blog from the wizard: the site and user remembered in the settings, and the
//! open draft sent to WordPress as a draft post, each step reported while the wizard waits.
//! A post already published on the site is never changed from the wizard: the status says
//! so, with the command line that would (`povestitor publish --update-live`).

use super::Store;
use crate::service;
use crate::service::publish::{self, Progress, PublishRequest};
use crate::tui::app::App;
use crate::tui::widgets::Field;

impl Store {
    /// The export screen opened: the site and user fields, when empty, take the ones that
    /// worked last time.
    pub(super) fn fill_remembered_site(&self, app: &mut App) {
        let Some(session) = app.session.as_mut() else {
            return;
        };
        let form = &mut session.export;
        let remembered = [
            (&mut form.site, &self.settings.wordpress_site),
            (&mut form.user, &self.settings.wordpress_user),
        ];
        for (field, value) in remembered {
            if field.text().trim().is_empty() && !value.is_empty() {
                *field = Field::new(value, false);
            }
        }
    }

    /// Saves the draft (the file on disk is the one sent, and the one the post's ids go
    /// into), sends it, and remembers the site and user (never the password) once it worked.
    pub(super) fn publish(
        &mut self,
        app: &mut App,
        layout: &str,
        site: String,
        user: String,
        password: &str,
        report: &mut dyn FnMut(&str),
    ) {
        if !self.save(app) {
            return;
        }
        let featured_in_body = self.config.featured_photo_in_body;
        let result = send(
            app,
            layout,
            &site,
            &user,
            password,
            featured_in_body,
            report,
        );
        if result.is_ok() {
            let mut settings = self.settings.clone();
            settings.wordpress_site = site;
            settings.wordpress_user = user;
            if settings != self.settings {
                self.settings = settings;
                self.write_settings();
            }
        }
        app.published(result);
    }
}

/// Sends the open draft to WordPress as a draft post (the draft was just saved); the status
/// line's words: the edit link and the photos, or why it did not happen. The password is
/// typed in the form, else taken from `POVESTITOR_WP_PASSWORD`.
fn send(
    app: &mut App,
    layout: &str,
    site: &str,
    user: &str,
    typed: &str,
    featured_in_body: bool,
    report: &mut dyn FnMut(&str),
) -> Result<String, String> {
    let from_env = std::env::var("POVESTITOR_WP_PASSWORD").unwrap_or_default();
    let password = if typed.is_empty() {
        from_env.trim()
    } else {
        typed
    };
    if password.is_empty() {
        return Err(app.t("export-password-missing"));
    }
    let catalog = &app.catalog;
    let Some(session) = app.session.as_mut() else {
        return Err(app.t("export-no-story"));
    };
    let (mut uploaded, mut kept, mut left) = (0usize, 0usize, None);
    let mut outside = Vec::new();
    let mut progress = |step: Progress| {
        match step {
            Progress::PhotoUploaded { .. } => uploaded += 1,
            Progress::PhotoKept { .. } => kept += 1,
            // Why the post the draft named was left as it is: said once, before the final
            // status, rather than in passing.
            Progress::PostGone { .. }
            | Progress::PostOfAnotherFile { .. }
            | Progress::PostChangedOnSite { .. } => {
                left = Some(service::progress_text(&step, catalog));
                return;
            }
            // A photo from outside the story's folder: said in the final status too, where
            // it stays to be read.
            Progress::PhotoOutside { .. } => {
                outside.push(service::progress_text(&step, catalog));
                return;
            }
            Progress::SignedIn { .. } | Progress::Unencrypted { .. } => {}
        }
        report(&service::progress_text(&step, catalog));
    };
    let path = session.path.clone();
    let request = PublishRequest {
        draft: &path,
        layout,
        site,
        user,
        password,
        // A published post is never changed from here: the error says how to do it from the
        // command line, and nothing is sent.
        update_live: false,
        featured_in_body,
        // An http:// address of another computer is refused, the error saying to use https
        // (or the command line's --allow-http).
        allow_http: false,
    };
    let published =
        publish::publish_draft(&app.templates, &mut session.draft, &request, &mut progress)
            .map_err(|e| service::error_text(&e, catalog))?;
    // Saved by the publish, with the post's ids.
    session.dirty = false;
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
