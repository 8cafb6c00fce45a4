//! The WordPress REST API over HTTP: one agent (rustls, a timeout for every call), routes
//! built for both kinds of API root, and every answer read as JSON. A transport failure or a
//! server fault becomes a [`PublishError`]; WordPress's own errors (4xx) are left to the
//! caller, who knows what they mean for its request.

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
    /// The address that answered, after redirects.
    pub url: String,
}

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
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
        };
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
