//! The local WordPress the publishing tests send stories to: its address, users and
//! application passwords from `target/wordpress.env` (written by `scripts/wordpress.sh`, which
//! `.ci/run` runs), and the REST API as the site's editor sees it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common;
use base64::Engine;
use serde_json::Value;

pub struct Site {
    pub url: String,
    pub user: String,
    pub password: String,
    /// A subscriber: signs in, may not post.
    pub reader: String,
    pub reader_password: String,
}

fn env_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/wordpress.env")
}

fn read_env() -> Option<Site> {
    let text = std::fs::read_to_string(env_file()).ok()?;
    let value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .map(str::to_string)
    };
    Some(Site {
        url: value("WP_SITE")?,
        user: value("WP_USER")?,
        password: value("WP_PASSWORD")?,
        reader: value("WP_READER")?,
        reader_password: value("WP_READER_PASSWORD")?,
    })
}

fn answers(site: &Site) -> bool {
    get_json(site, "wp/v2/users/me").is_ok_and(|me| me.get("id").is_some())
}

/// The local site that `scripts/wordpress.sh` started (`.ci/run` runs it), if it answers.
fn running_site() -> Option<&'static Site> {
    static SITE: OnceLock<Option<Site>> = OnceLock::new();
    SITE.get_or_init(|| read_env().filter(answers)).as_ref()
}

/// Whether the local WordPress answers; when it does not, the test is skipped with a note
/// (or fails under CI=true: `common::needs`).
pub fn here() -> bool {
    common::needs(
        "the local WordPress (start it with scripts/wordpress.sh, as root)",
        running_site().is_some(),
    )
}

/// The local site: only called by a test that asked `here()` first.
pub fn site() -> &'static Site {
    running_site().unwrap_or_else(|| panic!("the local WordPress stopped answering"))
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

pub fn auth(site: &Site) -> String {
    let token = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", site.user, site.password));
    format!("Basic {token}")
}

/// `METHOD /wp-json/ROUTE` as the editor (`GET` or `DELETE`), the answer as JSON.
pub fn request(site: &Site, method: &str, route: &str) -> Result<Value, String> {
    let url = format!("{}/?rest_route=/{route}", site.url);
    let auth = auth(site);
    let reply = match method {
        "DELETE" => agent().delete(&url).header("Authorization", &auth).call(),
        _ => agent().get(&url).header("Authorization", &auth).call(),
    };
    let text = reply
        .map_err(|e| e.to_string())?
        .body_mut()
        .read_to_string()
        .map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| format!("{e}: {text}"))
}

/// `GET /wp-json/ROUTE` (with `context=edit` added by the caller where wanted).
pub fn get_json(site: &Site, route: &str) -> Result<Value, String> {
    request(site, "GET", route)
}
