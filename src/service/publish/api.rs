//! The WordPress REST API over HTTP: one agent (rustls, a timeout for every call), routes
//! built for both kinds of API root, and every answer read as JSON. A transport failure or a
//! server fault becomes a [`PublishError`]; WordPress's own errors (4xx) are left to the
//! caller, who knows what they mean for its request.
//!
//! Redirects are never followed here: the credentials, the photos and the post go only to
//! the address the librarian gave. Once signed in, an answer that sends elsewhere (3xx) is an
//! error; before that, discovery follows the ones that stay on the same site itself.

use std::time::Duration;

use base64::Engine;
use serde_json::Value;
use ureq::{Agent, ResponseExt};

use super::PublishError;

/// How long one request may take, unless `POVESTITOR_WP_TIMEOUT` says otherwise.
const DEFAULT_TIMEOUT_SECS: u64 = 60;
/// The most of an answer read (a page, a JSON list): far more than WordPress sends here.
const MAX_ANSWER_BYTES: u64 = 16 * 1024 * 1024;

/// An answer: its status and its body as JSON (`Null` when it was not JSON).
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub json: Value,
    /// The `Link` headers (for finding the API).
    pub links: Vec<String>,
    /// The body as text when it was not JSON (a web page).
    pub text: String,
    /// The address that answered (redirects are not followed).
    pub url: String,
    /// Where a redirect (3xx) sends, as an absolute address.
    pub location: Option<String>,
}

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Where the answer sends the request instead, when it is a redirect.
    pub fn redirect(&self) -> Option<&str> {
        (300..400)
            .contains(&self.status)
            .then_some(self.location.as_deref())
            .flatten()
    }

    /// WordPress's error code (`rest_post_invalid_id`), or "".
    pub fn code(&self) -> &str {
        self.json.get("code").and_then(Value::as_str).unwrap_or("")
    }

    /// What WordPress said, for a message: its error text, else the status.
    pub fn detail(&self) -> String {
        match self.json.get("message").and_then(Value::as_str) {
            Some(message) if !message.is_empty() => format!("{}: {message}", self.code()),
            _ => format!("HTTP {}", self.status),
        }
    }
}

/// Where the REST API lives: `https://blog.md/wp-json/` or `https://blog.md/?rest_route=/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRoot(pub String);

impl ApiRoot {
    /// The address of `route` (`wp/v2/posts`) with `query` appended, for either kind of root.
    pub fn url(&self, route: &str, query: &[(&str, &str)]) -> String {
        let root = &self.0;
        let mut url = if let Some(at) = root.find("rest_route=") {
            // `?rest_route=/` + `wp/v2/posts`: the route is a query value.
            let (before, value) = root.split_at(at + "rest_route=".len());
            let value = value.split('&').next().unwrap_or("");
            format!("{before}{}/{route}", value.trim_end_matches('/'))
        } else {
            format!("{}/{route}", root.trim_end_matches('/'))
        };
        for (key, value) in query {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(key);
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The HTTP side of one publish: the site's name for messages, the agent, the credentials.
pub struct Http {
    /// The address the librarian gave, as messages name the site.
    pub site: String,
    agent: Agent,
    timeout_secs: u64,
    authorization: Option<String>,
}

impl Http {
    pub fn new(site: &str) -> Http {
        let timeout_secs = std::env::var("POVESTITOR_WP_TIMEOUT")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .filter(|&s| s > 0)
            .unwrap_or(DEFAULT_TIMEOUT_SECS);
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .timeout_per_call(Some(Duration::from_secs(timeout_secs)))
            // Never sent on to another address: see the module's comment.
            .max_redirects(0)
            .user_agent(concat!("povestitor/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Http {
            site: site.to_string(),
            agent,
            timeout_secs,
            authorization: None,
        }
    }

    /// Every later request sends these credentials (HTTP Basic, as application passwords use).
    pub fn sign_in(&mut self, user: &str, password: &str) {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        self.authorization = Some(format!("Basic {token}"));
    }

    pub fn get(&self, url: &str) -> Result<Reply, PublishError> {
        let mut request = self.agent.get(url).header("Accept", "application/json");
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        self.read(request.call())
    }

    pub fn post_json(&self, url: &str, body: &Value) -> Result<Reply, PublishError> {
        let mut request = self
            .agent
            .post(url)
            .header("Accept", "application/json")
            .content_type("application/json");
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        self.read(request.send(body.to_string()))
    }

    /// Sends a file's bytes as they are, named by `Content-Disposition` (how WordPress's media
    /// route takes an upload without a form). A slow village connection sends a big photo for
    /// minutes, so an upload may take the timeout plus a minute for each 2 MB.
    pub fn upload(
        &self,
        url: &str,
        bytes: &[u8],
        mime: &str,
        file_name: &str,
    ) -> Result<Reply, PublishError> {
        let megabytes = u64::try_from(bytes.len()).unwrap_or(u64::MAX) / (1024 * 1024);
        let seconds = self
            .timeout_secs
            .saturating_add(megabytes.saturating_mul(30));
        let mut request = self
            .agent
            .post(url)
            .config()
            .timeout_per_call(Some(Duration::from_secs(seconds)))
            .build()
            .header("Accept", "application/json")
            .content_type(mime)
            .header(
                "Content-Disposition",
                format!("attachment; filename=\"{file_name}\""),
            );
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        self.read(request.send(bytes))
    }

    fn read(
        &self,
        result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Reply, PublishError> {
        let mut response = result.map_err(|e| self.transport(e))?;
        let status = response.status().as_u16();
        let links = response
            .headers()
            .get_all("link")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect();
        let answered = response.get_uri().to_string();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(|to| resolve(&answered, to.trim()));
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .read_to_vec()
            .map_err(|e| self.transport(e))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or(Value::Null);
        let reply = Reply {
            status,
            json,
            links,
            text,
            url: answered,
            location,
        };
        if self.authorization.is_some() && (300..400).contains(&reply.status) {
            // Signed in, nothing goes anywhere but the site given.
            return Err(PublishError::Elsewhere {
                site: self.site.clone(),
                to: reply
                    .location
                    .unwrap_or_else(|| format!("HTTP {}", reply.status)),
            });
        }
        if reply.status >= 500 {
            return Err(PublishError::Server {
                site: self.site.clone(),
                status: reply.status,
                detail: reply.detail(),
            });
        }
        Ok(reply)
    }

    fn transport(&self, err: ureq::Error) -> PublishError {
        let site = self.site.clone();
        match err {
            ureq::Error::Timeout(_) => PublishError::Timeout {
                site,
                seconds: self.timeout_secs,
            },
            ureq::Error::Io(ref io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
                ) =>
            {
                PublishError::Timeout {
                    site,
                    seconds: self.timeout_secs,
                }
            }
            ureq::Error::HostNotFound => PublishError::HostNotFound { site },
            // ureq reports a name that does not resolve as a plain I/O error, in English.
            ureq::Error::Io(_) | ureq::Error::ConnectionFailed if !name_resolves(&site) => {
                PublishError::HostNotFound { site }
            }
            ureq::Error::BadUri(_) => PublishError::BadAddress { site },
            ureq::Error::ConnectionFailed
            | ureq::Error::Io(_)
            | ureq::Error::Tls(_)
            | ureq::Error::Rustls(_)
            | ureq::Error::Protocol(_) => PublishError::Unreachable {
                site,
                detail: err.to_string(),
            },
            other => PublishError::Unexpected {
                site,
                detail: other.to_string(),
            },
        }
    }
}

/// A web address's origin, `scheme://host:port` in lower case with the port always written
/// (`https://blog.md` → `https://blog.md:443`); `None` when it is not an http(s) address.
pub fn origin(url: &str) -> Option<String> {
    let uri = url.parse::<ureq::http::Uri>().ok()?;
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let host = uri.host()?.to_ascii_lowercase();
    if host.is_empty() {
        return None;
    }
    let port = uri.port_u16().unwrap_or(default_port);
    Some(format!("{scheme}://{host}:{port}"))
}

/// Whether two addresses are the same site: same scheme, host and port.
pub fn same_origin(a: &str, b: &str) -> bool {
    matches!((origin(a), origin(b)), (Some(a), Some(b)) if a == b)
}

/// The host of a web address is this computer: `localhost`, `127.0.0.1` or `[::1]`.
pub fn is_local(url: &str) -> bool {
    let Ok(uri) = url.parse::<ureq::http::Uri>() else {
        return false;
    };
    let host = uri.host().unwrap_or_default().to_ascii_lowercase();
    matches!(
        host.trim_start_matches('[').trim_end_matches(']'),
        "localhost" | "127.0.0.1" | "::1"
    )
}

/// A redirect's `Location` or a link's target (absolute, `//host/…`, `/path` or relative) as
/// an absolute address, read from `base`.
pub fn resolve(base: &str, location: &str) -> String {
    let lower = location.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || location.contains("://") {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    if let Some(authority_and_path) = location.strip_prefix("//") {
        return format!("{scheme}://{authority_and_path}");
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    if location.starts_with('/') {
        return format!("{scheme}://{authority}{location}");
    }
    let path = rest[authority_end..]
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let folder = path.rfind('/').map_or("/", |at| &path[..=at]);
    format!("{scheme}://{authority}{folder}{location}")
}

/// Whether the host of `site` (a web address) has an address on the network.
fn name_resolves(site: &str) -> bool {
    use std::net::ToSocketAddrs;
    let Ok(uri) = site.parse::<ureq::http::Uri>() else {
        return true;
    };
    let Some(host) = uri.host() else {
        return true;
    };
    let port = uri
        .port_u16()
        .unwrap_or(if uri.scheme_str() == Some("https") {
            443
        } else {
            80
        });
    (host, port).to_socket_addrs().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_compare_scheme_host_and_port() {
        assert_eq!(
            origin("https://Blog.md/wp-json/").as_deref(),
            Some("https://blog.md:443")
        );
        assert!(same_origin(
            "https://blog.md",
            "https://blog.md:443/?rest_route=/"
        ));
        assert!(same_origin(
            "http://127.0.0.1:8089",
            "http://127.0.0.1:8089/wp-json/"
        ));
        // A downgrade, another host, another port: another site.
        assert!(!same_origin("https://blog.md", "http://blog.md/wp-json/"));
        assert!(!same_origin(
            "https://blog.md",
            "https://blog.md.evil.example/wp-json/"
        ));
        assert!(!same_origin(
            "http://127.0.0.1:8089",
            "http://127.0.0.1:8090/wp-json/"
        ));
        assert!(!same_origin("https://blog.md", "ftp://blog.md/"));
        assert!(!same_origin("https://blog.md", "/wp-json/"));
    }

    #[test]
    fn only_this_computer_is_local() {
        for local in [
            "http://localhost:8080",
            "http://LOCALHOST",
            "http://127.0.0.1:8089/",
            "http://[::1]:8080",
        ] {
            assert!(is_local(local), "{local}");
        }
        for far in [
            "http://192.0.2.2",
            "http://127.0.0.2",
            "http://localhost.evil.example",
            "http://blog.md",
        ] {
            assert!(!is_local(far), "{far}");
        }
    }

    #[test]
    fn redirects_are_resolved_against_the_address_asked() {
        let base = "https://blog.md/blog/index.php?x=1";
        assert_eq!(resolve(base, "https://a.md/"), "https://a.md/");
        assert_eq!(resolve(base, "//a.md/x"), "https://a.md/x");
        assert_eq!(resolve(base, "/blog/"), "https://blog.md/blog/");
        assert_eq!(resolve(base, "wp-json/"), "https://blog.md/blog/wp-json/");
        assert_eq!(resolve("http://127.0.0.1:80", "x"), "http://127.0.0.1:80/x");
    }

    #[test]
    fn routes_for_both_kinds_of_root() {
        let pretty = ApiRoot("https://blog.md/wp-json/".into());
        assert_eq!(
            pretty.url("wp/v2/tags", &[("search", "poveste de succes")]),
            "https://blog.md/wp-json/wp/v2/tags?search=poveste%20de%20succes"
        );
        let plain = ApiRoot("https://blog.md/?rest_route=/".into());
        assert_eq!(
            plain.url("wp/v2/posts/5", &[("context", "edit")]),
            "https://blog.md/?rest_route=/wp/v2/posts/5&context=edit"
        );
        assert_eq!(
            plain.url("wp/v2/users/me", &[]),
            "https://blog.md/?rest_route=/wp/v2/users/me"
        );
    }
}
