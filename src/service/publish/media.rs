//! The post's photos in the site's media library: each uploaded once, kept while its bytes
//! are the same and the site still has it, with its caption, alt text and credit.

use serde_json::{Value, json};

use super::photos::sha256_hex;
use super::session::Session;
use super::{LocalPost, Progress, PublishError, PublishRequest};
use crate::render::wp_blocks::{self, Figure, WpImage};
use crate::render::{self, Photo};
use crate::service::ServiceError;
use crate::story::{Draft, MediaRecord, WordPressRecord};
use crate::template::StepKind;

/// Puts each photo of the post in the media library: the one uploaded before is kept when
/// its bytes are the same and the site still has it (its caption, alt text and credit set
/// again), else the photo is uploaded and remembered in the draft at once. Returns each
/// photo's image by its target in the Markdown, in the article's order.
pub(super) fn upload_photos(
    session: &Session,
    post: &LocalPost,
    record: &mut WordPressRecord,
    draft: &mut Draft,
    req: &PublishRequest,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<(String, WpImage)>, ServiceError> {
    let figures = wp_blocks::figures(&post.markdown);
    let total = post.photos.len();
    let mut images: Vec<(String, WpImage)> = Vec::with_capacity(total);
    for (index, upload) in post.photos.iter().enumerate() {
        let photo = &upload.photo;
        let number = index + 1;
        let src = render::photo_src(photo);
        let figure = figures.iter().find(|f| f.src == src);
        let meta = media_fields(figure, &post.credits, photo);
        let hash = sha256_hex(&upload.bytes);
        req.go_on()?;
        let media = match kept_media(session, record, photo, &hash, &meta)? {
            Some(media) => {
                progress(Progress::PhotoKept {
                    number,
                    total,
                    file: photo.path.clone(),
                });
                media
            }
            None => {
                let (id, url) = session.upload(photo, &upload.bytes, upload.mime, &meta)?;
                let media = MediaRecord {
                    file: photo.path.clone(),
                    sha256: hash,
                    id,
                    url,
                };
                record.put_media(media.clone());
                // Remembered at once: a later failure must not make this upload a duplicate.
                req.remember(draft, record, progress)?;
                progress(Progress::PhotoUploaded {
                    number,
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
    Ok(images)
}

/// What the media library says of a photo. The alt text is plain text to WordPress; the
/// caption and the description (the photo's credit) are HTML.
fn media_fields(figure: Option<&Figure>, credits: &[(String, String)], photo: &Photo) -> Value {
    let credit = credits
        .iter()
        .find(|(path, _)| path == &photo.path)
        .map_or("", |(_, credit)| credit.as_str());
    json!({
        "alt_text": figure.map_or("", |f| f.alt.as_str()),
        "caption": wp_blocks::text(figure.map_or("", |f| f.caption.as_str())),
        "description": wp_blocks::text(credit),
    })
}

/// The photo as uploaded before, when these are its bytes (`hash`) and the media library
/// still has it: its caption, alt text and credit are set to `meta` again.
fn kept_media(
    session: &Session,
    record: &WordPressRecord,
    photo: &Photo,
    hash: &str,
    meta: &Value,
) -> Result<Option<MediaRecord>, PublishError> {
    match record.media_for(&photo.path, hash) {
        Some(media) => Ok(session.update_media(media.id, meta)?.then(|| media.clone())),
        None => Ok(None),
    }
}

/// Each photo's credit, by its path in the draft.
pub(super) fn photo_credits(
    loaded: &render::LoadedTemplate,
    draft: &Draft,
) -> Vec<(String, String)> {
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
