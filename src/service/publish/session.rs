//! The requests of one publish, once signed in: the credentials tried, a post looked up,
//! photos uploaded and described, tags found or made, the post written. Each answer the site
//! gives is turned into a `PublishError` that says what to do.

use serde_json::{Value, json};

use super::PublishError;
use super::api::{self, ApiRoot, Http};
use super::photos::{sha256_hex, upload_name};
use crate::render::Photo;

/// The requests of one publish, signed in.
pub(super) struct Session<'a> {
    pub(super) http: &'a Http,
    pub(super) root: &'a ApiRoot,
    pub(super) user: &'a str,
}

impl Session<'_> {
    pub(super) fn site(&self) -> String {
        self.http.site.clone()
    }

    fn unexpected(&self, reply: &api::Reply) -> PublishError {
        PublishError::Unexpected {
            site: self.site(),
            detail: reply.detail(),
        }
    }

    /// A 401 anywhere means the credentials; a 403, that the user lacks the right.
    fn refused(&self, reply: &api::Reply, action: &'static str) -> PublishError {
        match reply.status {
            401 => PublishError::Credentials {
                site: self.site(),
                user: self.user.to_string(),
            },
            403 => PublishError::Forbidden {
                site: self.site(),
                user: self.user.to_string(),
                action,
            },
            _ => self.unexpected(reply),
        }
    }

    pub(super) fn check_credentials(&self) -> Result<(), PublishError> {
        let reply = self.http.get(&self.root.url("wp/v2/users/me", &[]))?;
        if reply.ok() && reply.json.get("id").is_some() {
            return Ok(());
        }
        match reply.status {
            401 => Err(PublishError::Credentials {
                site: self.site(),
                user: self.user.to_string(),
            }),
            404 => Err(PublishError::NoApi { site: self.site() }),
            _ => Err(self.unexpected(&reply)),
        }
    }

    /// The post as the site has it now; `None` when it is gone (a post in the bin counts as
    /// deleted).
    pub(super) fn post(&self, id: u64) -> Result<Option<PostNow>, PublishError> {
        let reply = self.http.get(
            &self
                .root
                .url(&format!("wp/v2/posts/{id}"), &[("context", "edit")]),
        )?;
        if reply.ok() {
            let status = reply.json["status"].as_str().unwrap_or_default();
            if status == "trash" {
                return Ok(None);
            }
            return Ok(Some(PostNow {
                status: status.to_string(),
                fingerprint: fingerprint(&reply.json),
            }));
        }
        match reply.status {
            404 | 410 => Ok(None),
            _ => Err(self.refused(&reply, "edit posts")),
        }
    }

    /// Sets a kept photo's caption and alt text; false when it is gone from the library.
    pub(super) fn update_media(&self, id: u64, meta: &Value) -> Result<bool, PublishError> {
        let reply = self
            .http
            .post_json(&self.root.url(&format!("wp/v2/media/{id}"), &[]), meta)?;
        if reply.ok() {
            return Ok(true);
        }
        match reply.status {
            404 | 410 => Ok(false),
            _ => Err(self.refused(&reply, "upload files")),
        }
    }

    pub(super) fn upload(
        &self,
        photo: &Photo,
        bytes: &[u8],
        mime: &str,
        meta: &Value,
    ) -> Result<(u64, String), PublishError> {
        let name = upload_name(photo, mime);
        let reply = self
            .http
            .upload(&self.root.url("wp/v2/media", &[]), bytes, mime, &name)?;
        let too_large = reply.status == 413
            || matches!(
                reply.code(),
                "rest_upload_no_data"
                    | "rest_upload_file_too_big"
                    | "rest_upload_limited_space"
                    | "rest_upload_user_quota_exceeded"
            );
        if too_large {
            return Err(PublishError::PhotoTooLarge {
                site: self.site(),
                photo: photo.path.clone(),
            });
        }
        if !reply.ok() {
            return Err(self.refused(&reply, "upload files"));
        }
        let (Some(id), Some(url)) = (reply.json["id"].as_u64(), reply.json["source_url"].as_str())
        else {
            return Err(self.unexpected(&reply));
        };
        let url = url.to_string();
        // Caption, alt text and credit: set after the upload, as JSON, so any text goes.
        self.update_media(id, meta)?;
        Ok((id, url))
    }

    /// The id of the tag named `name`, made when the site has none.
    pub(super) fn tag_id(&self, name: &str) -> Result<u64, PublishError> {
        let reply = self.http.get(
            &self
                .root
                .url("wp/v2/tags", &[("search", name), ("per_page", "100")]),
        )?;
        if !reply.ok() {
            return Err(self.refused(&reply, "read tags"));
        }
        let found = reply.json.as_array().and_then(|tags| {
            tags.iter().find_map(|tag| {
                let same = tag["name"]
                    .as_str()
                    .is_some_and(|n| unescape(n).to_lowercase() == name.to_lowercase());
                same.then(|| tag["id"].as_u64()).flatten()
            })
        });
        if let Some(id) = found {
            return Ok(id);
        }
        let reply = self
            .http
            .post_json(&self.root.url("wp/v2/tags", &[]), &json!({ "name": name }))?;
        if reply.ok()
            && let Some(id) = reply.json["id"].as_u64()
        {
            return Ok(id);
        }
        // Made meanwhile, or differing only in what search sees: WordPress names it.
        if reply.code() == "term_exists"
            && let Some(id) = reply.json["data"]["term_id"].as_u64()
        {
            return Ok(id);
        }
        Err(self.refused(&reply, "create tags"))
    }

    /// Makes the post (`existing` none) or updates it; the post as the site kept it.
    pub(super) fn write_post(
        &self,
        existing: Option<u64>,
        post: &Value,
    ) -> Result<(u64, PostNow), PublishError> {
        let route = match existing {
            Some(id) => format!("wp/v2/posts/{id}"),
            None => "wp/v2/posts".to_string(),
        };
        let reply = self.http.post_json(&self.root.url(&route, &[]), post)?;
        if !reply.ok() {
            return Err(self.refused(&reply, "create posts"));
        }
        let Some(id) = reply.json["id"].as_u64() else {
            return Err(self.unexpected(&reply));
        };
        let status = reply.json["status"].as_str().unwrap_or("draft").to_string();
        Ok((
            id,
            PostNow {
                status,
                fingerprint: fingerprint(&reply.json),
            },
        ))
    }
}

/// A post as the site has it.
pub(super) struct PostNow {
    /// `draft`, `pending`, `publish`, `future`, `private`…
    pub(super) status: String,
    /// SHA-256 of its title, content and excerpt as the site keeps them (`context=edit`).
    pub(super) fingerprint: String,
}

impl PostNow {
    /// Seen by readers of the blog, or about to be: anything but a draft or a post waiting
    /// for review.
    pub(super) fn live(&self) -> bool {
        !matches!(self.status.as_str(), "draft" | "pending" | "auto-draft")
    }
}

/// The words of a post as the site keeps them (raw, as the editor shows them), hashed: the
/// same after a write and on every later reading until someone changes the post.
fn fingerprint(post: &Value) -> String {
    let raw = |key: &str| post[key]["raw"].as_str().unwrap_or_default();
    let mut words = Vec::new();
    for part in [raw("title"), raw("content"), raw("excerpt")] {
        words.extend_from_slice(&(part.len() as u64).to_le_bytes());
        words.extend_from_slice(part.as_bytes());
    }
    sha256_hex(&words)
}

/// WordPress sends term names HTML-escaped (`Cărți &amp; lectură`).
fn unescape(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
}
