//! Writing an article safely: nothing is written when something would stop the export,
//! an existing file is replaced only when asked, photos come along for Markdown and HTML
//! (and for a social post's plain text, to attach).

use std::path::{Path, PathBuf};

use super::ServiceError;
use crate::i18n::Catalog;
use crate::render::{self, Fit, Format, LeftOut, Photo};
use crate::story::{Draft, is_held, write_derived};

/// Where an article is written.
pub struct ArticleFile<'a> {
    pub format: Format,
    pub path: &'a Path,
    /// Replace an existing file (and a different photo of the same name).
    pub force: bool,
}

/// Writes a rendered article and, for Markdown and HTML, copies its photos beside it.
/// Everything that could stop the export is checked before anything is written.
pub fn write_article(target: &ArticleFile, article: &render::Article) -> Result<(), ServiceError> {
    if target.path.exists() && !target.force {
        return Err(ServiceError::OutputExists {
            path: target.path.display().to_string(),
        });
    }
    let copies = match target.format {
        Format::Md | Format::Html | Format::Wp => {
            photo_copies(&article.photos, target.path, target.force)?
        }
        // A social post's photos are attached beside its text.
        Format::Txt if article.attach_photos => {
            photo_copies(&article.photos, target.path, target.force)?
        }
        Format::Txt | Format::Docx => Vec::new(),
    };
    for copy in &copies {
        copy.run()?;
    }
    write_new_file(target.path, article.output.as_bytes(), target.force)
}

/// What the export says of each photo it took from outside the draft's folder: the draft
/// chose a file of this computer's, which a story handed over by someone else should not do
/// unseen (the photo is used all the same: the librarian's own drafts may name her Pictures).
pub fn outside_photos_text(photos: &[crate::render::Photo], catalog: &Catalog) -> Vec<String> {
    photos
        .iter()
        .filter(|photo| crate::render::photos::leaves_folder(&photo.path))
        .map(|photo| {
            catalog.t_args(
                "export-photo-outside",
                &[
                    ("number", photo.number.into()),
                    ("file", photo.file.display().to_string().into()),
                ],
            )
        })
        .collect()
}

/// What the export says when the layout (named `layout`) leaves out some of the story's
/// quotes or photos: one sentence for each kind, none when it shows them all.
pub fn left_out_text(layout: &str, left: &LeftOut, catalog: &Catalog) -> Vec<String> {
    let and = catalog.t("export-left-out-and");
    let sentence = |id: &str, numbers: &[usize], total: usize| {
        let words: Vec<String> = numbers.iter().map(usize::to_string).collect();
        let listed = match words.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
            _ => words.join(""),
        };
        catalog.t_args(
            id,
            &[
                ("layout", layout.into()),
                ("shown", (total - numbers.len()).into()),
                ("total", total.into()),
                ("count", numbers.len().into()),
                ("numbers", listed.into()),
            ],
        )
    };
    let mut out = Vec::new();
    if !left.quotes.is_empty() {
        out.push(sentence(
            "export-left-out-quotes",
            &left.quotes,
            left.quote_count,
        ));
    }
    if !left.photos.is_empty() {
        out.push(sentence(
            "export-left-out-photos",
            &left.photos,
            left.photo_count,
        ));
    }
    out
}

/// The folder of a draft file, where its photos are looked for.
pub fn draft_folder(draft_path: &Path) -> &Path {
    draft_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

/// A photo to put next to the exported article, under the path the article uses for it:
/// the photo prepared for a web page (upright, at most 2,560 px), made before anything is
/// written so a photo that cannot be used stops the export with nothing half-made.
#[derive(Debug)]
pub(super) struct PhotoCopy {
    bytes: Vec<u8>,
    to: PathBuf,
}

impl PhotoCopy {
    pub(super) fn run(&self) -> Result<(), ServiceError> {
        write_new_file(&self.to, &self.bytes, true)
    }
}

/// Which photos to copy next to `article`, and their bytes; decided before anything is
/// written, so a photo that would replace a different picture stops the export (unless
/// `force`).
pub(super) fn photo_copies(
    photos: &[Photo],
    article: &Path,
    force: bool,
) -> Result<Vec<PhotoCopy>, ServiceError> {
    let folder = article
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    // Where each photo goes; one already there (or the original itself) is left alone.
    let mut wanted: Vec<(&Photo, PathBuf)> = Vec::new();
    for photo in photos {
        let to = folder.join(&photo.published);
        if wanted.iter().any(|(_, t)| *t == to) || is_same_file(&photo.file, &to) {
            continue;
        }
        wanted.push((photo, to));
    }
    // All prepared at once, on every core, before anything is written.
    let chosen: Vec<&Photo> = wanted.iter().map(|(photo, _)| *photo).collect();
    let prepared = render::prepare_all(&chosen, Fit::BESIDE_ARTICLE);
    let mut copies: Vec<PhotoCopy> = Vec::new();
    for ((photo, to), prepared) in wanted.into_iter().zip(prepared) {
        let bytes = prepared
            .map_err(|err| ServiceError::Render(err.into()))?
            .bytes;
        if to.exists() {
            if std::fs::read(&to).ok().as_ref() == Some(&bytes) {
                continue;
            }
            if !force {
                return Err(ServiceError::PhotoExists {
                    path: to.display().to_string(),
                    photo: photo.path.clone(),
                });
            }
        }
        copies.push(PhotoCopy { bytes, to });
    }
    Ok(copies)
}

fn is_same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// `-o FOLDER/` (or an existing folder) gets a file named from the title.
pub fn output_path(output: &Path, draft: &Draft, format: Format) -> PathBuf {
    let names_folder = output.is_dir()
        || output
            .as_os_str()
            .to_string_lossy()
            .ends_with(['/', std::path::MAIN_SEPARATOR]);
    if names_folder {
        output.join(render::safe_file_name(draft.title(), format.extension()))
    } else {
        output.to_path_buf()
    }
}

/// Writes a made file (an article, a book, a hand-out, a photo beside an article) atomically,
/// refusing to replace an existing file unless `force`.
pub fn write_new_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), ServiceError> {
    if path.exists() && !force {
        return Err(ServiceError::OutputExists {
            path: path.display().to_string(),
        });
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| ServiceError::Write {
            path: parent.display().to_string(),
            source,
        })?;
    }
    write_derived(path, bytes).map_err(|source| {
        if is_held(&source) {
            ServiceError::Held {
                path: path.display().to_string(),
                beside: beside_name(path).display().to_string(),
            }
        } else {
            ServiceError::Write {
                path: path.display().to_string(),
                source,
            }
        }
    })
}

/// A free name beside `path`, as Windows names a second copy: `poveste.docx` →
/// `poveste (2).docx`, else `(3)`…
pub fn beside_name(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..)
        .map(|n| path.with_file_name(format!("{stem} ({n}){extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.to_path_buf())
}
