//! Publishing's errors as sentences: each says what went wrong with the site and what to do.

use crate::i18n::{Arg, Catalog};
use crate::service::publish::{Progress, PublishError};

/// A publishing failure as one sentence saying what to do.
pub(super) fn publish(err: &PublishError, catalog: &Catalog) -> String {
    let s = |text: &str| -> Arg { text.to_string().into() };
    match err {
        PublishError::BadAddress { site } => {
            catalog.t_args("err-publish-bad-address", &[("site", s(site))])
        }
        PublishError::Unencrypted { site } => {
            catalog.t_args("err-publish-unencrypted", &[("site", s(site))])
        }
        PublishError::Elsewhere { site, to } => {
            catalog.t_args("err-publish-elsewhere", &[("site", s(site)), ("to", s(to))])
        }
        PublishError::Unreachable { site, detail } => catalog.t_args(
            "err-publish-unreachable",
            &[("site", s(site)), ("detail", s(detail))],
        ),
        PublishError::HostNotFound { site } => {
            catalog.t_args("err-publish-host-not-found", &[("site", s(site))])
        }
        PublishError::Timeout { site, seconds } => catalog.t_args(
            "err-publish-timeout",
            &[("site", s(site)), ("seconds", s(&seconds.to_string()))],
        ),
        PublishError::NoApi { site } => catalog.t_args("err-publish-no-api", &[("site", s(site))]),
        PublishError::AppPasswordsOff { site } => {
            catalog.t_args("err-publish-app-passwords-off", &[("site", s(site))])
        }
        PublishError::Credentials { site, user } => catalog.t_args(
            "err-publish-credentials",
            &[("site", s(site)), ("user", s(user))],
        ),
        PublishError::Forbidden { site, user, action } => {
            let action = catalog.t(&format!("publish-action-{}", action.replace(' ', "-")));
            catalog.t_args(
                "err-publish-forbidden",
                &[
                    ("site", s(site)),
                    ("user", s(user)),
                    ("action", action.into()),
                ],
            )
        }
        PublishError::PhotoTooLarge { site, photo } => catalog.t_args(
            "err-publish-photo-too-large",
            &[("site", s(site)), ("photo", s(photo))],
        ),
        PublishError::Server {
            site,
            status,
            detail,
        } => catalog.t_args(
            "err-publish-server",
            &[
                ("site", s(site)),
                ("status", s(&status.to_string())),
                ("detail", s(detail)),
            ],
        ),
        PublishError::Unexpected { site, detail } => catalog.t_args(
            "err-publish-unexpected",
            &[("site", s(site)), ("detail", s(detail))],
        ),
        PublishError::PostLive {
            id,
            status,
            draft,
            site,
            user,
        } => catalog.t_args(
            "err-publish-post-live",
            &[
                ("id", s(&id.to_string())),
                ("status", s(status)),
                ("draft", s(draft)),
                ("site", s(site)),
                ("user", s(user)),
            ],
        ),
        PublishError::NoPassword => catalog.t("err-publish-no-password"),
        PublishError::Cancelled => catalog.t("err-publish-cancelled"),
    }
}

/// One step of a publish, as both front ends show it while it goes on; nothing for what
/// the draft remembers (`Progress::Remembered`), which is no news to the librarian.
pub fn progress_text(step: &Progress, catalog: &Catalog) -> Option<String> {
    let text = match step {
        Progress::Remembered(_) => return None,
        Progress::SignedIn { site } => {
            catalog.t_args("publish-signed-in", &[("site", site.as_str().into())])
        }
        Progress::Unencrypted { site } => {
            catalog.t_args("publish-unencrypted", &[("site", site.as_str().into())])
        }
        Progress::PostGone { id } => {
            catalog.t_args("publish-post-gone", &[("id", id.to_string().into())])
        }
        Progress::PostOfAnotherFile { id, file } if file.is_empty() => {
            catalog.t_args("publish-post-not-known", &[("id", id.to_string().into())])
        }
        Progress::PostOfAnotherFile { id, file } => catalog.t_args(
            "publish-post-other-file",
            &[
                ("id", id.to_string().into()),
                ("file", file.as_str().into()),
            ],
        ),
        Progress::PostChangedOnSite { id } => {
            catalog.t_args("publish-post-changed", &[("id", id.to_string().into())])
        }
        Progress::PhotoOutside { number, file } => catalog.t_args(
            "export-photo-outside",
            &[("number", (*number).into()), ("file", file.as_str().into())],
        ),
        Progress::PhotoUploaded {
            number,
            total,
            file,
        } => catalog.t_args(
            "publish-photo-uploaded",
            &[
                ("number", (*number).into()),
                ("total", (*total).into()),
                ("file", file.as_str().into()),
            ],
        ),
        Progress::PhotoKept {
            number,
            total,
            file,
        } => catalog.t_args(
            "publish-photo-kept",
            &[
                ("number", (*number).into()),
                ("total", (*total).into()),
                ("file", file.as_str().into()),
            ],
        ),
    };
    Some(text)
}
