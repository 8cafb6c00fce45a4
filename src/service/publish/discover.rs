//! Finding a site's REST API from its address, as WordPress announces it: the
//! `Link: <…>; rel="https://api.w.org/"` header, or the same `<link>` in the page. That link
//! is `/wp-json/` on sites with pretty permalinks and `/?rest_route=/` on the others.
//!
//! The API must be at the address given (same scheme, host and port): a link or a redirect
//! to another address (another host, or `http` for an `https` site) is refused, named, since
//! the password, the photos and the post would follow it. Nothing is signed in yet here, so
//! a redirect within the site (a missing `/`) is followed.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::PublishError;
use super::api::{self, ApiRoot, Http, Reply};

const REL: &str = "https://api.w.org/";

/// What the API's index says about the site.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: ApiRoot,
    /// The site's own address (where `wp-admin` is), for the post's edit link.
    pub url: String,
}

/// The site's API root, checked: it speaks `wp/v2` and takes application passwords.
pub fn discover(http: &Http, address: &str) -> Result<Site, PublishError> {
    let page = get_here(http, address)?;
    let root = if is_index(&page.json) {
        // The address given was the API itself.
        page.url.clone()
    } else {
        page.links
            .iter()
            .find_map(|header| from_link_header(header))
            .or_else(|| from_html(&page.text))
            .ok_or_else(|| PublishError::NoApi {
                site: http.site.clone(),
            })?
    };
    // A relative link (`/wp-json/`) is read from the page that gave it.
    let root = api::resolve(&page.url, &root);
    if !api::same_origin(address, &root) {
        return Err(PublishError::Elsewhere {
            site: http.site.clone(),
            to: root,
        });
    }
    let root = ApiRoot(root);
    let index = if is_index(&page.json) {
        page
    } else {
        get_here(http, &root.url("", &[]))?
    };
    if !index.ok() || !is_index(&index.json) {
        return Err(PublishError::NoApi {
            site: http.site.clone(),
        });
    }
    let speaks_v2 = index.json["namespaces"]
        .as_array()
        .is_some_and(|names| names.iter().any(|n| n.as_str() == Some("wp/v2")));
    if !speaks_v2 {
        return Err(PublishError::NoApi {
            site: http.site.clone(),
        });
    }
    // WordPress lists application passwords under `authentication` only where they work.
    if let Some(auth) = index.json.get("authentication")
        && auth.get("application-passwords").is_none()
    {
        return Err(PublishError::AppPasswordsOff {
            site: http.site.clone(),
        });
    }
    let url = index.json["url"]
        .as_str()
        .or_else(|| index.json["home"].as_str())
        .unwrap_or(address)
        .trim_end_matches('/')
        .to_string();
    Ok(Site { root, url })
}

/// `url` read without credentials, following redirects only while they stay at the site's
/// address (at most a few); one to another address is refused, named.
fn get_here(http: &Http, url: &str) -> Result<Reply, PublishError> {
    let mut reply = http.get(url)?;
    for _ in 0..5 {
        let Some(to) = reply.redirect() else {
            break;
        };
        if !api::same_origin(&http.site, to) {
            return Err(PublishError::Elsewhere {
                site: http.site.clone(),
                to: to.to_string(),
            });
        }
        let to = to.to_string();
        reply = http.get(&to)?;
    }
    Ok(reply)
}

fn is_index(json: &Value) -> bool {
    json.get("namespaces").is_some_and(Value::is_array)
}

/// `<https://blog.md/wp-json/>; rel="https://api.w.org/"` (among others, comma-separated).
fn from_link_header(header: &str) -> Option<String> {
    header.split(',').find_map(|link| {
        let (target, params) = link.trim().split_once(';')?;
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        params
            .split(';')
            .any(|p| {
                let p = p.trim();
                p == format!("rel=\"{REL}\"") || p == format!("rel={REL}")
            })
            .then(|| target.to_string())
    })
}

/// `<link rel="https://api.w.org/" href="…" />` in the page's head, attributes in any order.
fn from_html(page: &str) -> Option<String> {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<link\b[^>]*>"#).unwrap_or_else(|e| panic!("link pattern: {e}"))
    });
    static HREF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\bhref\s*=\s*["']([^"']+)["']"#)
            .unwrap_or_else(|e| panic!("href pattern: {e}"))
    });
    LINK.find_iter(page).find_map(|tag| {
        let tag = tag.as_str();
        let rel = tag.contains(&format!("\"{REL}\"")) || tag.contains(&format!("'{REL}'"));
        rel.then(|| HREF.captures(tag))
            .flatten()
            .map(|c| c[1].replace("&amp;", "&"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_header_names_the_api() {
        assert_eq!(
            from_link_header(
                "<https://blog.md/wp-json/wp/v2/pages/2>; rel=\"alternate\"; type=\"application/json\", <https://blog.md/wp-json/>; rel=\"https://api.w.org/\""
            )
            .as_deref(),
            Some("https://blog.md/wp-json/")
        );
        assert_eq!(
            from_link_header("<https://blog.md/?rest_route=/>; rel=\"https://api.w.org/\"")
                .as_deref(),
            Some("https://blog.md/?rest_route=/")
        );
        assert_eq!(
            from_link_header("<https://blog.md/feed/>; rel=\"alternate\""),
            None
        );
    }

    #[test]
    fn the_page_names_the_api() {
        let page = "<head><link rel='stylesheet' href='a.css' /><link href=\"https://blog.md/?rest_route=/\" rel=\"https://api.w.org/\" /></head>";
        assert_eq!(
            from_html(page).as_deref(),
            Some("https://blog.md/?rest_route=/")
        );
        assert_eq!(from_html("<head><title>x</title></head>"), None);
    }
}
