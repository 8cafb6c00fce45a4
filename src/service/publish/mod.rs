//! A draft sent to a WordPress site as a draft post, through the REST API (`wp/v2`) with an
//! application password: the API found from the site's address, the credentials tried first
//! (`users/me`: other routes answer a wrong password with codes that do not say so), the
//! photos uploaded, the tags found or made, then the post made or updated.
//!
//! Nothing half-made: the post is written only after all its photos are in the media
//! library; each upload is remembered in the draft's `[wordpress]` table at once, so a
//! publish that fails later reuses them instead of leaving duplicates.
//!
//! Publishing again updates the same post only when that post is still the one this file
//! made and left: the `[wordpress]` table names the file that sent the post (its full path)
//! and a hash of the post's words as the site kept them after that file's last write. So:
//! - a copy of a draft (last month's story as a start) names another file: its post is left
//!   as it is and a new draft post is made, said so; the photos already uploaded are reused;
//! - a post changed on the site since (the librarian edited it in WordPress) is left as it
//!   is, with those edits, and a new draft post is made, said so;
//! - a post that is published (or scheduled, or private) is changed only when asked
//!   (`update_live`, `povestitor publish --update-live`), and then its status stays; without
//!   it nothing is sent and the error says how to ask;
//! - a post deleted on the site gives a new one.
//!
//! The credentials go only where the librarian said: over https (plain http only to this
//! computer, or to another one when asked, `allow_http`, with a warning), to the API the site
//! names at that same address (scheme, host and port), and never after a redirect: a site that
//! sends elsewhere is refused, named, with nothing sent there.
//!
//! The command line takes the draft's lock (`DraftLock`) for the whole publish, so it never
//! writes the table under a wizard that has the story open (the wizard's own publish holds
//! the lock already).

mod address;
mod api;
mod discover;
mod error;
mod media;
mod photos;
mod session;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Value, json};

pub use address::site_address;
pub use error::PublishError;
pub use photos::upload_bytes;

use super::{ServiceError, Templates, draft_folder};
use crate::render::wp_blocks::{self, WpImage};
use crate::render::{self, Photo, RenderError, typography};
use crate::story::{Draft, DraftLock, WordPressRecord, load_draft, save_draft};
use address::unencrypted;
use api::Http;
use media::{photo_credits, upload_photos};
use session::Session;

/// What to publish, where, as whom.
pub struct PublishRequest<'a> {
    pub draft: &'a Path,
    pub layout: &'a str,
    /// The blog's address, as the librarian knows it.
    pub site: &'a str,
    pub user: &'a str,
    pub password: &'a str,
    /// Update the post this draft made even when it is published, or was changed on the
    /// site since (its status is never changed).
    pub update_live: bool,
    /// The featured image (the first photo) shown in the body too, for a theme that does
    /// not show featured images (`featured_photo_in_body` in the configuration).
    pub featured_in_body: bool,
    /// Send to an `http://` address of another computer, unencrypted (`--allow-http`).
    pub allow_http: bool,
    /// Set by the front end to stop the sending (Esc in the wizard): checked before each
    /// request, so the post is never written after it is set.
    pub cancel: Option<&'a AtomicBool>,
    /// Save the draft file with what it learns in its `[wordpress]` table (the command
    /// line). Off, the file is never touched: `Progress::Remembered` carries the record
    /// (the wizard, which keeps the draft in memory while the librarian goes on writing).
    pub save: bool,
}

impl PublishRequest<'_> {
    /// Fails with `Cancelled` once the front end has asked to stop.
    fn go_on(&self) -> Result<(), PublishError> {
        match self.cancel {
            Some(flag) if flag.load(Ordering::SeqCst) => Err(PublishError::Cancelled),
            _ => Ok(()),
        }
    }

    /// Keeps what the draft learnt: in its file (`save`), and told to the front end.
    fn remember(
        &self,
        draft: &mut Draft,
        record: &WordPressRecord,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), ServiceError> {
        draft.set_wordpress(record);
        if self.save {
            save_draft(self.draft, draft)?;
        }
        progress(Progress::Remembered(record.clone()));
        Ok(())
    }
}

/// What happened, step by step, for a front end to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// The site is another computer's `http://` address, allowed: the password and the story
    /// travel unencrypted. Said before anything is sent.
    Unencrypted { site: String },
    /// The site answered and took the credentials.
    SignedIn { site: String },
    /// The post the draft remembered is gone from the site; a new one is made.
    PostGone { id: u64 },
    /// The post the draft names was made from another file (`file`; empty when the draft
    /// does not say): it is left as it is and a new draft post is made.
    PostOfAnotherFile { id: u64, file: String },
    /// The post was changed on the site since this draft last wrote it: it is left as it is,
    /// with those changes, and a new draft post is made.
    PostChangedOnSite { id: u64 },
    /// Photo `number` is taken from `file`, outside the draft's folder: said before
    /// anything is sent, so a draft handed over by someone else cannot send a file of this
    /// computer's to the site unseen.
    PhotoOutside { number: usize, file: String },
    /// Photo `number` of `total` sent to the media library.
    PhotoUploaded {
        number: usize,
        total: usize,
        file: String,
    },
    /// What the draft now remembers of the site (its `[wordpress]` table): said as soon as
    /// it changes, so a later failure cannot make an upload a duplicate.
    Remembered(WordPressRecord),
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

/// Sends the draft file to the site as a draft post (or updates the post it was sent as),
/// holding the draft's lock meanwhile: a story open in a window is refused, untouched.
pub fn publish(
    templates: &Templates,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Published, ServiceError> {
    let _lock = DraftLock::acquire(req.draft)?;
    let mut draft = load_draft(req.draft)?;
    let loaded = templates.get(&draft.template)?;
    publish_draft(loaded, &mut draft, req, progress)
}

/// Sends `draft` (an open one, e.g. in the wizard, kept at `req.draft`) and saves it there
/// with what it learnt in its `[wordpress]` table, so the caller's copy stays the saved one.
pub fn publish_draft(
    loaded: &render::LoadedTemplate,
    draft: &mut Draft,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Published, ServiceError> {
    // The log has the steps, never the request (it holds the password) nor the story.
    tracing::info!(draft = %req.draft.display(), site = req.site, layout = req.layout, "publish: started");
    let progress = &mut |step: Progress| {
        log_step(&step);
        progress(step);
    };
    // Everything local is checked before the site is asked anything.
    let post = LocalPost::make(loaded, draft, req, progress)?;
    tracing::info!(
        photos = post.photos.len(),
        tags = post.tags.len(),
        "publish: the post made here"
    );

    let (http, site) = connect(req, progress)?;
    let session = Session {
        http: &http,
        root: &site.root,
        user: req.user,
    };
    // Tried first: other routes answer a wrong password with codes that do not say so.
    session.check_credentials()?;
    progress(Progress::SignedIn {
        site: site.url.clone(),
    });

    let mut record = record_for_site(draft, &site);
    let this_file = file_identity(req.draft);
    req.go_on()?;
    let existing = post_to_update(&session, &mut record, &this_file, req, progress)?;
    let images = upload_photos(&session, &post, &mut record, draft, req, progress)?;
    let tag_ids = tag_ids(&session, &post.tags, req)?;
    let fields = post.fields(&images, tag_ids, existing.is_none(), req.featured_in_body);
    // The last moment to stop: once asked for, the post is made.
    req.go_on()?;
    let (id, written) = session.write_post(existing, &fields)?;
    record.post = Some(id);
    record.draft = this_file;
    record.post_sha256 = written.fingerprint;
    req.remember(draft, &record, progress)?;
    tracing::info!(post = id, created = existing.is_none(), status = %written.status, "publish: the post written");
    Ok(Published {
        id,
        created: existing.is_none(),
        status: written.status,
        edit_link: format!("{}/wp-admin/post.php?post={id}&action=edit", site.url),
    })
}

/// A publishing step in the log: what happened, with the site's ids and the photos' files.
fn log_step(step: &Progress) {
    match step {
        Progress::Remembered(record) => tracing::info!(
            post = ?record.post,
            photos = record.media.len(),
            "publish: the draft remembers the site's post and photos"
        ),
        other => tracing::info!(step = ?other, "publish: step"),
    }
}

/// The post as this computer makes it, before the site is asked anything: the article
/// rendered, its photos read, its title, excerpt, tags and credits.
struct LocalPost {
    markdown: String,
    /// Each photo the article shows, read for upload, in the article's order.
    photos: Vec<Upload>,
    /// Each photo's credit, by its path in the draft.
    credits: Vec<(String, String)>,
    /// The layout's tags.
    tags: Vec<String>,
    /// The title and the excerpt, written as text (see `make`).
    title: String,
    excerpt: String,
}

/// A photo with the bytes it is uploaded as, and their type.
struct Upload {
    photo: Photo,
    bytes: Vec<u8>,
    mime: &'static str,
}

impl LocalPost {
    /// Renders the article and reads every photo it shows, so a mistake of this computer's
    /// stops the publish before any connection; each photo taken from outside the draft's
    /// folder is said.
    fn make(
        loaded: &render::LoadedTemplate,
        draft: &Draft,
        req: &PublishRequest,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<LocalPost, ServiceError> {
        let base_dir = draft_folder(req.draft);
        let markdown = render::markdown(loaded, draft, req.layout)?;
        let shown = render::article_photos(loaded, draft, req.layout, Some(base_dir))?;
        let mut photos = Vec::with_capacity(shown.len());
        for photo in shown {
            let (bytes, mime) = upload_bytes(&photo).map_err(RenderError::from)?;
            photos.push(Upload { photo, bytes, mime });
        }
        for Upload { photo, .. } in photos
            .iter()
            .filter(|upload| render::photos::leaves_folder(&upload.photo.path))
        {
            progress(Progress::PhotoOutside {
                number: photo.number,
                file: photo.file.display().to_string(),
            });
        }
        let tags = loaded
            .template
            .layout(req.layout)
            .map(|l| l.tags.clone())
            .unwrap_or_default();
        let language = loaded.template.language.as_str();
        // WordPress keeps the title and the excerpt as HTML and shows them as they are:
        // written as text, as every text of the body is (no tag, no shortcode).
        let title = wp_blocks::text(
            &wp_blocks::title(&markdown)
                .unwrap_or_else(|| typography::apply(draft.title(), language)),
        );
        let excerpt = wp_blocks::text(&typography::apply(
            draft.answers.text("lead").trim(),
            language,
        ));
        Ok(LocalPost {
            markdown,
            photos,
            credits: photo_credits(loaded, draft),
            tags,
            title,
            excerpt,
        })
    }

    /// The post's fields as the REST API takes them, its photos pointing at the media
    /// library (`images`, by their target in the Markdown); a `new` post is a draft.
    fn fields(
        &self,
        images: &[(String, WpImage)],
        tag_ids: Vec<u64>,
        new: bool,
        featured_in_body: bool,
    ) -> Value {
        let body = wp_blocks::without_tag_line(&self.markdown, &self.tags);
        // The theme shows the featured image above the post: the body keeps only its caption.
        let left_out = if featured_in_body {
            None
        } else {
            images.first().map(|(src, _)| src.as_str())
        };
        let content = wp_blocks::post_blocks(
            &body,
            &|src: &str| {
                images
                    .iter()
                    .find(|(s, _)| s == src)
                    .map(|(_, image)| image.clone())
            },
            left_out,
        );
        let mut post = json!({
            "title": self.title,
            "content": content,
            "excerpt": self.excerpt,
            "tags": tag_ids,
            "featured_media": images.first().map_or(0, |(_, image)| image.id),
        });
        if new {
            // Never published from here: the librarian looks at it and presses Publish.
            post["status"] = json!("draft");
        }
        post
    }
}

/// The site's API found at the librarian's address (checked before any connection), with
/// the credentials set for the requests that follow; they are tried by the caller.
fn connect(
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Http, discover::Site), ServiceError> {
    let address = site_address(req.site, req.allow_http)?;
    if unencrypted(&address) {
        progress(Progress::Unencrypted {
            site: address.clone(),
        });
    }
    let mut http = Http::new(&address);
    req.go_on()?;
    let site = discover::discover(&http, &address)?;
    req.go_on()?;
    http.sign_in(req.user, req.password);
    Ok((http, site))
}

/// What the draft remembers of this site; nothing when it names another one, since ids
/// from another site mean nothing here.
fn record_for_site(draft: &Draft, site: &discover::Site) -> WordPressRecord {
    let record = draft.wordpress();
    if record.site == site.root.0 {
        return record;
    }
    WordPressRecord {
        site: site.root.0.clone(),
        ..WordPressRecord::default()
    }
}

/// The post the draft remembers, when this file may update it. `None`, said why, when it is
/// gone from the site, was sent from another file or was changed on the site since (without
/// `update_live`): a new draft post is made then, and `record` forgets the old one. A
/// published post without `update_live` is an error, with nothing sent.
fn post_to_update(
    session: &Session,
    record: &mut WordPressRecord,
    this_file: &str,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Option<u64>, ServiceError> {
    let existing = match record.post {
        Some(id) => match session.post(id)? {
            None => {
                progress(Progress::PostGone { id });
                None
            }
            Some(_) if record.draft != this_file => {
                progress(Progress::PostOfAnotherFile {
                    id,
                    file: record.draft.clone(),
                });
                None
            }
            Some(post) if post.live() && !req.update_live => {
                return Err(PublishError::PostLive {
                    id,
                    status: post.status,
                    draft: req.draft.display().to_string(),
                    site: req.site.trim().to_string(),
                    user: req.user.to_string(),
                }
                .into());
            }
            Some(post) if post.fingerprint != record.post_sha256 && !req.update_live => {
                progress(Progress::PostChangedOnSite { id });
                None
            }
            Some(_) => Some(id),
        },
        None => None,
    };
    if existing.is_none() {
        record.post = None;
        record.post_sha256.clear();
    }
    Ok(existing)
}

/// The ids of the layout's tags, each found on the site or made there.
fn tag_ids(
    session: &Session,
    tags: &[String],
    req: &PublishRequest,
) -> Result<Vec<u64>, PublishError> {
    let mut ids = Vec::with_capacity(tags.len());
    for tag in tags {
        req.go_on()?;
        ids.push(session.tag_id(tag)?);
    }
    Ok(ids)
}

/// The draft file as the `[wordpress]` table names it: its full path, links resolved, so
/// the same file is the same name however it was reached.
fn file_identity(draft: &Path) -> String {
    std::fs::canonicalize(draft)
        .or_else(|_| std::path::absolute(draft))
        .unwrap_or_else(|_| draft.to_path_buf())
        .display()
        .to_string()
}
