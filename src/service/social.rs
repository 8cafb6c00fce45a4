//! A social network's post (a layout with `see_more`): where the network's "See more" cuts
//! it, said by `check` and the export, and the photos to attach beside it.

use crate::i18n::Catalog;
use crate::render::{self, LoadedTemplate, Photo, RenderError, social};
use crate::story::Draft;

/// The sentence saying where "See more" falls in the post `layout` makes of `draft`; `None`
/// for a layout that is not a social post.
pub fn see_more_text(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    catalog: &Catalog,
) -> Result<Option<String>, RenderError> {
    let Some(info) = loaded.template.layout(layout) else {
        return Ok(None);
    };
    let Some(limit) = info.see_more else {
        return Ok(None);
    };
    let markdown = render::markdown(loaded, draft, layout)?;
    let plain = render::plain_text(&markdown, &loaded.template.language);
    let name = info.name.clone();
    Ok(Some(match social::see_more_cut(&plain, limit) {
        Some(words) => catalog.t_args(
            "export-see-more",
            &[
                ("layout", name.into()),
                ("limit", limit.into()),
                ("words", words.into()),
            ],
        ),
        None => catalog.t_args(
            "export-see-more-whole",
            &[
                ("layout", name.into()),
                ("count", plain.trim().chars().count().into()),
            ],
        ),
    }))
}

/// What `check` says of every social post the story's template makes: where each is cut.
/// A layout that cannot be rendered says nothing here (`check` reports the story itself).
pub fn see_more_lines(loaded: &LoadedTemplate, draft: &Draft, catalog: &Catalog) -> Vec<String> {
    loaded
        .template
        .layouts
        .iter()
        .filter(|l| l.see_more.is_some())
        .filter_map(|l| see_more_text(loaded, draft, &l.id, catalog).ok().flatten())
        .collect()
}

/// The sentence naming the photos to attach to a social post (its layout has `see_more`),
/// by the names they are given beside it; `None` for another layout or no photo.
pub fn attach_photos_text(
    loaded: &LoadedTemplate,
    layout: &str,
    photos: &[Photo],
    catalog: &Catalog,
) -> Option<String> {
    let social = loaded
        .template
        .layout(layout)
        .is_some_and(|l| l.see_more.is_some());
    if !social || photos.is_empty() {
        return None;
    }
    let files: Vec<String> = photos.iter().map(|p| p.published.clone()).collect();
    Some(catalog.t_args(
        "export-attach-photos",
        &[
            ("count", photos.len().into()),
            ("files", files.join(", ").into()),
        ],
    ))
}

/// Whether `layout` is a social network's post, whose photos go beside its text export too.
pub fn is_social(loaded: &LoadedTemplate, layout: &str) -> bool {
    loaded
        .template
        .layout(layout)
        .is_some_and(|l| l.see_more.is_some())
}
