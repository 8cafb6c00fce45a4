//! `povestitor publish`: a draft sent to the library's WordPress as a draft post. The
//! application password comes from `POVESTITOR_WP_PASSWORD` or is typed without echo; it is
//! never written anywhere. The draft is locked meanwhile (`service::publish::publish`): a
//! story open in the wizard is refused, untouched.

use std::io::IsTerminal;
use std::path::Path;

use super::out::{say, tell};
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::publish::{self, Progress, PublishError, PublishRequest};
use crate::service::{ServiceError, Templates, progress_text};

pub struct Request<'a> {
    pub draft: &'a Path,
    pub layout: &'a str,
    pub site: &'a str,
    pub user: &'a str,
    /// Update the post even when it is already published (`--update-live`).
    pub update_live: bool,
    /// `featured_photo_in_body` from the configuration.
    pub featured_in_body: bool,
    /// Send to an `http://` address of another computer (`--allow-http`), with a warning.
    pub allow_http: bool,
}

pub fn publish(
    templates: &Templates,
    req: &Request,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    // An address the password may not go to is refused before the password is asked for.
    publish::site_address(req.site, req.allow_http).map_err(ServiceError::from)?;
    let password = password(req, catalog)?;
    let mut show = |step: Progress| {
        if let Some(text) = progress_text(&step, catalog) {
            tell!("{text}");
        }
    };
    let published = publish::publish(
        templates,
        &PublishRequest {
            draft: req.draft,
            layout: req.layout,
            site: req.site,
            user: req.user,
            password: &password,
            update_live: req.update_live,
            featured_in_body: req.featured_in_body,
            allow_http: req.allow_http,
            cancel: None,
            save: true,
        },
        &mut show,
    )?;
    let link = published.edit_link.as_str();
    let text = if published.created {
        catalog.t_args("publish-created", &[("link", link.into())])
    } else {
        catalog.t_args(
            "publish-updated",
            &[
                ("link", link.into()),
                ("status", published.status.as_str().into()),
            ],
        )
    };
    say!("{text}");
    Ok(Outcome::Done)
}

/// From the environment, else typed at the terminal without echo.
fn password(req: &Request, catalog: &Catalog) -> Result<String, CliError> {
    if let Ok(password) = std::env::var("POVESTITOR_WP_PASSWORD")
        && !password.trim().is_empty()
    {
        return Ok(password.trim().to_string());
    }
    if !std::io::stdin().is_terminal() {
        return Err(ServiceError::from(PublishError::NoPassword).into());
    }
    let prompt = catalog.t_args(
        "publish-password-prompt",
        &[("user", req.user.into()), ("site", req.site.into())],
    );
    let typed = rpassword::prompt_password(prompt)
        .map_err(|_| CliError::Templates(ServiceError::from(PublishError::NoPassword)))?;
    if typed.trim().is_empty() {
        return Err(ServiceError::from(PublishError::NoPassword).into());
    }
    Ok(typed.trim().to_string())
}
