//! The address of the site to send to: a scheme added, odd ones refused, and plain
//! `http://` only to this computer unless allowed.

use super::PublishError;
use super::api;

/// The address to send to, with a scheme (`blog.md` → `https://blog.md`), or why not: it is
/// not a web address, or it is another computer's `http://` address and `allow_http` is not
/// given (the password would cross the network readable). Asks nothing of the network, so a
/// front end can check it before it even asks for the password.
pub fn site_address(site: &str, allow_http: bool) -> Result<String, PublishError> {
    let address = with_scheme(site)?;
    if unencrypted(&address) && !allow_http {
        return Err(PublishError::Unencrypted { site: address });
    }
    Ok(address)
}

/// An `http://` address of another computer than this one.
pub(super) fn unencrypted(address: &str) -> bool {
    address.to_ascii_lowercase().starts_with("http://") && !api::is_local(address)
}

/// The address with a scheme (`blog.md` → `https://blog.md`), or an error naming it.
fn with_scheme(site: &str) -> Result<String, PublishError> {
    let site = site.trim();
    let bad = || PublishError::BadAddress {
        site: site.to_string(),
    };
    if site.is_empty() || site.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    let lower = site.to_ascii_lowercase();
    let address = if lower.starts_with("http://") || lower.starts_with("https://") {
        site.to_string()
    } else if site.contains("://") {
        return Err(bad());
    } else {
        format!("https://{site}")
    };
    // A host to send to, and nothing else (`https://`, `https://[::1`).
    api::origin(&address).map(|_| address).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_get_a_scheme_and_odd_ones_are_refused() {
        assert_eq!(
            site_address("biblioteca.md", false).ok().as_deref(),
            Some("https://biblioteca.md")
        );
        assert_eq!(
            site_address(" http://127.0.0.1:8089 ", false)
                .ok()
                .as_deref(),
            Some("http://127.0.0.1:8089")
        );
        for odd in ["ftp://biblioteca.md", "https://", "", "a b"] {
            assert!(
                matches!(
                    site_address(odd, true),
                    Err(PublishError::BadAddress { .. })
                ),
                "{odd}"
            );
        }
    }

    #[test]
    fn plain_http_only_to_this_computer_unless_allowed() {
        for local in [
            "http://localhost:8080",
            "http://[::1]:8080",
            "HTTP://127.0.0.1",
        ] {
            assert!(site_address(local, false).is_ok(), "{local}");
        }
        for far in [
            "http://192.0.2.2",
            "http://biblioteca.md",
            "HTTP://127.0.0.2:80",
        ] {
            assert!(
                matches!(
                    site_address(far, false),
                    Err(PublishError::Unencrypted { .. })
                ),
                "{far}"
            );
            assert!(site_address(far, true).is_ok(), "{far}");
        }
    }
}
