//! What can go wrong between a draft and a WordPress site, each with what to do. The
//! password is never part of a message.

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("\"{site}\" is not a web address; give the blog's address, e.g. https://biblioteca.md")]
    BadAddress { site: String },
    /// An `http://` address of another computer, without `allow_http`: nothing was sent.
    #[error(
        "{site} is not a secure (https) address: the application password would travel unencrypted, readable by anyone on the way; give the https:// address, or, if the blog has none, run povestitor publish with --allow-http"
    )]
    Unencrypted { site: String },
    /// The site sends elsewhere (a redirect, or an API named at another address): the
    /// credentials go only to the address given, so nothing was sent there.
    #[error(
        "{site} sends to another address, {to}; the password and the story go only to the address given, so nothing was sent there; if {to} is the blog, give that address"
    )]
    Elsewhere { site: String, to: String },
    #[error(
        "cannot reach {site} ({detail}); check the address and the internet connection, then try again"
    )]
    Unreachable { site: String, detail: String },
    #[error(
        "the name in {site} is not found on the internet; check the blog's address for a typing mistake, and the internet connection"
    )]
    HostNotFound { site: String },
    #[error(
        "{site} did not answer within {seconds} s; try again later (POVESTITOR_WP_TIMEOUT sets how many seconds to wait)"
    )]
    Timeout { site: String, seconds: u64 },
    #[error(
        "{site} does not show a WordPress REST API; check that it is the blog's address and that no plugin switched the REST API off"
    )]
    NoApi { site: String },
    #[error(
        "{site} does not accept application passwords (they need https, or a plugin or the host switched them off); ask the site's administrator"
    )]
    AppPasswordsOff { site: String },
    #[error(
        "{site} refused the user \"{user}\" with this application password; check the user name, or make a new application password (Users → Profile → Application Passwords)"
    )]
    Credentials { site: String, user: String },
    #[error(
        "the user \"{user}\" may not {action} on {site}; ask the site's administrator for the Author or Editor role"
    )]
    Forbidden {
        site: String,
        user: String,
        action: &'static str,
    },
    #[error(
        "the photo {photo} is too large for {site}; save a smaller copy (any photo editor can) and change its path in the draft, or ask the administrator to raise the upload limit"
    )]
    PhotoTooLarge { site: String, photo: String },
    #[error(
        "{site} failed with HTTP {status} ({detail}); try again later, or tell the site's administrator"
    )]
    Server {
        site: String,
        status: u16,
        detail: String,
    },
    #[error(
        "{site} gave an answer WordPress does not give ({detail}); check the address, or tell the site's administrator"
    )]
    Unexpected { site: String, detail: String },
    /// The post this draft made is published (or scheduled, or private): it is changed only
    /// when the librarian asks for it (`--update-live`). Nothing was sent.
    #[error(
        "post {id} is already published on {site} (status: {status}), so nothing was sent; to change the published post with this draft, run: povestitor publish --update-live \"{draft}\" --site {site} --user {user}"
    )]
    PostLive {
        id: u64,
        status: String,
        /// The draft as it was named, for the command to run.
        draft: String,
        site: String,
        user: String,
    },
    #[error(
        "no application password: set POVESTITOR_WP_PASSWORD, or run publish in a terminal to type it"
    )]
    NoPassword,
    /// Stopped by the librarian (Esc in the wizard) before the post was written: the
    /// photos already uploaded stay in the media library, remembered in the draft.
    #[error("the sending was stopped before the post was written")]
    Cancelled,
}
