//! A draft sent to a WordPress site as a draft post, through the REST API (`wp/v2`) with an
//! application password: the API found from the site's address, the credentials tried first
//! (`users/me`: other routes answer a wrong password with codes that do not say so), the
//! photos uploaded, the tags found or made, then the post made or updated.
//!
//! Nothing half-made: the post is written only after all its photos are in the media
//! library; each upload is remembered in the draft's `[wordpress]` table at once, so a
//! publish that fails later reuses them instead of leaving duplicates. Publishing again
//! updates the same post; a post deleted on the site meanwhile gives a new one.

mod api;
mod discover;
mod error;
mod photos;

use std::path::Path;

use serde_json::{Value, json};

pub use error::PublishError;
pub use photos::upload_bytes;

use super::{Library, LibraryError, draft_folder};
use crate::render::wp_blocks::{self, WpImage};
use crate::render::{self, Photo, RenderError, typography};
use crate::story::{Draft, MediaRecord, WordPressRecord, load_draft, save_draft};
use crate::template::StepKind;
use api::{ApiRoot, Http};
use photos::{sha256_hex, upload_name};

/// What to publish, where, as whom.
pub struct PublishRequest<'a> {
    pub draft: &'a Path,
    pub layout: &'a str,
    /// The blog's address, as the librarian knows it.
    pub site: &'a str,
    pub user: &'a str,
    pub password: &'a str,
}

/// What happened, step by step, for a front end to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// The site answered and took the credentials.
    SignedIn { site: String },
    /// The post the draft remembered is gone from the site; a new one is made.
    PostGone { id: u64 },
    /// Photo `number` of `total` sent to the media library.
    PhotoUploaded {
        number: usize,
        total: usize,
        file: String,
    },
    /// Photo `number` of `total` was already there, unchanged.
    PhotoKept {
        number: usize,
        total: usize,
        file: String,
    },
}

/// The post, as the site has it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub id: u64,
    /// Made now (rather than updated).
    pub created: bool,
    /// `draft`, or `publish` when the librarian published it since.
    pub status: String,
    /// Where to open it in WordPress.
    pub edit_link: String,
}

/// Sends the draft file to the site as a draft post (or updates the post it was sent as).
pub fn publish(
    library: &Library,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Published, LibraryError> {
    let mut draft = load_draft(req.draft)?;
    publish_draft(library, &mut draft, req, progress)
}

/// Sends `draft` (an open one, e.g. in the wizard, kept at `req.draft`) and saves it there
/// with what it learnt in its `[wordpress]` table, so the caller's copy stays the saved one.
pub fn publish_draft(
    library: &Library,
    draft: &mut Draft,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Published, LibraryError> {
    let loaded = library.get(&draft.template)?;
    let base_dir = draft_folder(req.draft);
    // Everything local is checked before the site is asked anything.
    let markdown = render::markdown(loaded, draft, req.layout)?;
    let shown = render::article_photos(loaded, draft, req.layout, Some(base_dir))?;
    let mut uploads = Vec::with_capacity(shown.len());
    for photo in &shown {
        let (bytes, mime) = upload_bytes(photo).map_err(RenderError::from)?;
        uploads.push((photo, bytes, mime));
    }
    let tags = loaded
        .template
        .layout(req.layout)
        .map(|l| l.tags.clone())
        .unwrap_or_default();
    let language = loaded.template.language.as_str();
    let title =
        wp_blocks::title(&markdown).unwrap_or_else(|| typography::apply(draft.title(), language));
    let excerpt = typography::apply(draft.answers.text("lead").trim(), language);

    let address = site_address(req.site)?;
    let mut http = Http::new(&address);
    let site = discover::discover(&http, &address)?;
    http.sign_in(req.user, req.password);
    let session = Session {
        http: &http,
        root: &site.root,
        user: req.user,
    };
    session.check_credentials()?;
    progress(Progress::SignedIn {
        site: site.url.clone(),
    });

    let mut record = draft.wordpress();
    if record.site != site.root.0 {
        // Ids from another site mean nothing here.
        record = WordPressRecord {
            site: site.root.0.clone(),
            ..WordPressRecord::default()
        };
    }
    let existing = match record.post {
        Some(id) if session.post_exists(id)? => Some(id),
        Some(id) => {
            progress(Progress::PostGone { id });
            record.post = None;
            None
        }
        None => None,
    };

    let figures = wp_blocks::figures(&markdown);
    let credits = photo_credits(loaded, draft);
    let total = uploads.len();
    let mut images: Vec<(String, WpImage)> = Vec::with_capacity(total);
    for (index, (photo, bytes, mime)) in uploads.iter().enumerate() {
        let src = render::photo_src(photo);
        let figure = figures.iter().find(|f| f.src == src);
        let meta = json!({
            "alt_text": figure.map_or("", |f| f.alt.as_str()),
            "caption": figure.map_or("", |f| f.caption.as_str()),
            "description": credits.iter().find(|(p, _)| p == &photo.path).map_or("", |(_, c)| c.as_str()),
        });
        let hash = sha256_hex(bytes);
        let kept = match record.media_for(&photo.path, &hash) {
            Some(media) => session
                .update_media(media.id, &meta)?
                .then(|| media.clone()),
            None => None,
        };
        let media = match kept {
            Some(media) => {
                progress(Progress::PhotoKept {
                    number: index + 1,
                    total,
                    file: photo.path.clone(),
                });
                media
            }
            None => {
                let (id, url) = session.upload(photo, bytes, mime, &meta)?;
                let media = MediaRecord {
                    file: photo.path.clone(),
                    sha256: hash,
                    id,
                    url,
                };
                record.put_media(media.clone());
                // Remembered at once: a later failure must not make this upload a duplicate.
                draft.set_wordpress(&record);
                save_draft(req.draft, draft)?;
                progress(Progress::PhotoUploaded {
                    number: index + 1,
                    total,
                    file: photo.path.clone(),
                });
                media
            }
        };
        images.push((
            src,
            WpImage {
                id: media.id,
                url: media.url,
            },
        ));
    }

    let body = wp_blocks::without_tag_line(&markdown, &tags);
    let content = wp_blocks::blocks(&body, &|src: &str| {
        images
            .iter()
            .find(|(s, _)| s == src)
            .map(|(_, image)| image.clone())
    });
    let mut tag_ids = Vec::with_capacity(tags.len());
    for tag in &tags {
        tag_ids.push(session.tag_id(tag)?);
    }
    let mut post = json!({
        "title": title,
        "content": content,
        "excerpt": excerpt,
        "tags": tag_ids,
        "featured_media": images.first().map_or(0, |(_, image)| image.id),
    });
    if existing.is_none() {
        // Never published from here: the librarian looks at it and presses Publish.
        post["status"] = json!("draft");
    }
    let (id, status) = session.write_post(existing, &post)?;
    record.post = Some(id);
    draft.set_wordpress(&record);
    save_draft(req.draft, draft)?;
    Ok(Published {
        id,
        created: existing.is_none(),
        status,
        edit_link: format!("{}/wp-admin/post.php?post={id}&action=edit", site.url),
    })
}

/// The address with a scheme (`blog.md` → `https://blog.md`), or an error naming it.
fn site_address(site: &str) -> Result<String, PublishError> {
    let site = site.trim();
    let bad = || PublishError::BadAddress {
        site: site.to_string(),
    };
    if site.is_empty() || site.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    let lower = site.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Ok(site.to_string())
    } else if site.contains("://") {
        Err(bad())
    } else {
        Ok(format!("https://{site}"))
    }
}

/// Each photo's credit, by its path in the draft.
fn photo_credits(loaded: &render::LoadedTemplate, draft: &Draft) -> Vec<(String, String)> {
    loaded
        .template
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Photos)
        .flat_map(|s| draft.answers.items(&s.id))
        .map(|item| {
            (
                item.get("path").trim().to_string(),
                item.get("credit").trim().to_string(),
            )
        })
        .collect()
}

/// The requests of one publish, signed in.
struct Session<'a> {
    http: &'a Http,
    root: &'a ApiRoot,
    user: &'a str,
}

impl Session<'_> {
    fn site(&self) -> String {
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

    fn check_credentials(&self) -> Result<(), PublishError> {
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

    /// Whether the post is still on the site (a post in the bin counts as deleted).
    fn post_exists(&self, id: u64) -> Result<bool, PublishError> {
        let reply = self.http.get(
            &self
                .root
                .url(&format!("wp/v2/posts/{id}"), &[("context", "edit")]),
        )?;
        if reply.ok() {
            return Ok(reply.json["status"].as_str() != Some("trash"));
        }
        match reply.status {
            404 | 410 => Ok(false),
            _ => Err(self.refused(&reply, "edit posts")),
        }
    }

    /// Sets a kept photo's caption and alt text; false when it is gone from the library.
    fn update_media(&self, id: u64, meta: &Value) -> Result<bool, PublishError> {
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

    fn upload(
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
    fn tag_id(&self, name: &str) -> Result<u64, PublishError> {
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

    /// Makes the post (`existing` none) or updates it; its id and status.
    fn write_post(
        &self,
        existing: Option<u64>,
        post: &Value,
    ) -> Result<(u64, String), PublishError> {
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
        Ok((id, status))
    }
}

/// WordPress sends term names HTML-escaped (`Cărți &amp; lectură`).
fn unescape(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_get_a_scheme_and_odd_ones_are_refused() {
        assert_eq!(
            site_address("biblioteca.md").ok().as_deref(),
            Some("https://biblioteca.md")
        );
        assert_eq!(
            site_address(" http://127.0.0.1:8089 ").ok().as_deref(),
            Some("http://127.0.0.1:8089")
        );
        assert!(site_address("ftp://biblioteca.md").is_err());
        assert!(site_address("").is_err());
        assert!(site_address("a b").is_err());
    }
}
