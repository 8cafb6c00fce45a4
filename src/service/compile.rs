//! A workshop folder's stories in one document: every draft that is ready goes in, in the
//! chosen layout and order; each one left out has its reason, so the trainer can say it.
//! Warnings never leave a story out; an error from the coach, a file that cannot be read or
//! rendered, or a template without the layout do.

use std::path::{Path, PathBuf};

use super::export::photo_copies;
use super::workshop::draft_files;
use super::{ServiceError, Templates, describe, error_text, write_new_file};
use crate::coach::{self, Finding};
use crate::i18n::Catalog;
use crate::render::{self, BookFront, BookPart, Format, Output};
use crate::story::{Draft, load_draft};

/// The order of the stories in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Order {
    /// By file name, as the folder lists them.
    #[default]
    File,
    /// By title, alphabetically.
    Title,
    /// By author, then by title.
    Author,
}

/// Why a draft was left out of the document.
#[derive(Debug)]
pub enum LeftOutReason {
    /// It cannot be read, or its template cannot be found.
    Unreadable(ServiceError),
    /// Its template has no layout of that id.
    NoLayout { template: String },
    /// The coach finds errors in it (how many, and the first one, worded).
    NeedsWork { errors: usize, first: String },
    /// It cannot be rendered (a missing photo, a layout that fails).
    Render(ServiceError),
}

#[derive(Debug)]
pub struct LeftOut {
    /// The file, relative to the folder.
    pub file: String,
    pub reason: LeftOutReason,
}

/// The drafts that go into the document (rendered, in order) and those left out.
#[derive(Debug, Default)]
pub struct Collection {
    pub parts: Vec<BookPart>,
    pub left_out: Vec<LeftOut>,
}

/// Reads, checks and renders every draft of `folder` in `layout`, sorted by `order`.
pub fn collect(
    templates: &Templates,
    folder: &Path,
    layout: &str,
    order: Order,
    catalog: &Catalog,
) -> Result<Collection, ServiceError> {
    let paths = draft_files(folder, false)?;
    let mut ready: Vec<(String, Draft, BookPart)> = Vec::new();
    let mut left_out = Vec::new();
    for (path, outcome) in paths.iter().zip(parts(templates, &paths, layout, folder)) {
        let file = path
            .strip_prefix(folder)
            .unwrap_or(path)
            .display()
            .to_string();
        match outcome {
            Ok((draft, part)) => ready.push((file, draft, part)),
            Err(Unready::Reason(reason)) => left_out.push(LeftOut { file, reason }),
            Err(Unready::Errors { count, first }) => {
                let reason = LeftOutReason::NeedsWork {
                    errors: count,
                    first: describe(&first, catalog),
                };
                left_out.push(LeftOut { file, reason });
            }
        }
    }
    match order {
        Order::File => {}
        Order::Title => ready.sort_by_key(|(_, draft, _)| sort_key(draft.title())),
        Order::Author => ready
            .sort_by_key(|(_, draft, _)| (sort_key(&draft.meta.author), sort_key(draft.title()))),
    }
    let mut parts: Vec<BookPart> = ready.into_iter().map(|(_, _, part)| part).collect();
    // In the book's order, so the first story to show a name keeps it.
    render::distinct_photo_names(&mut parts);
    Ok(Collection { parts, left_out })
}

/// Why a draft is not ready, before it is worded: the catalog stays on the calling thread.
enum Unready {
    Reason(LeftOutReason),
    Errors { count: usize, first: Box<Finding> },
}

/// Each draft read, checked and rendered, in the order of `paths`. Drafts do not depend on
/// one another, so a workshop's hundred are shared among the computer's cores.
fn parts(
    templates: &Templates,
    paths: &[PathBuf],
    layout: &str,
    folder: &Path,
) -> Vec<Result<(Draft, BookPart), Unready>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|path| part(templates, path, layout, folder))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .collect()
    })
}

fn part(
    templates: &Templates,
    path: &Path,
    layout: &str,
    folder: &Path,
) -> Result<(Draft, BookPart), Unready> {
    let unreadable = |e: ServiceError| Unready::Reason(LeftOutReason::Unreadable(e));
    let draft = load_draft(path).map_err(|e| unreadable(e.into()))?;
    let loaded = templates
        .get(&draft.template)
        .map_err(|e| unreadable(e.into()))?;
    if loaded.template.layout(layout).is_none() {
        return Err(Unready::Reason(LeftOutReason::NoLayout {
            template: loaded.template.id.clone(),
        }));
    }
    let errors = coach::errors(&loaded.template, &draft);
    if let Some(first) = errors.first() {
        return Err(Unready::Errors {
            count: errors.len(),
            first: Box::new(first.clone()),
        });
    }
    let part = render::book_part(loaded, &draft, layout, folder)
        .map_err(|e| Unready::Reason(LeftOutReason::Render(e.into())))?;
    Ok((draft, part))
}

/// Sorting ignores case and the quotation marks a title may start with.
fn sort_key(text: &str) -> String {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Why a draft was left out, as one line naming the file, in the interface language.
pub fn left_out_text(left: &LeftOut, layout: &str, catalog: &Catalog) -> String {
    let reason = match &left.reason {
        LeftOutReason::Unreadable(e) | LeftOutReason::Render(e) => error_text(e, catalog),
        LeftOutReason::NoLayout { template } => catalog.t_args(
            "compile-no-layout",
            &[
                ("template", template.as_str().into()),
                ("layout", layout.into()),
            ],
        ),
        LeftOutReason::NeedsWork { errors, first } => catalog.t_args(
            "compile-needs-work",
            &[
                ("count", (*errors).into()),
                ("first", first.as_str().into()),
                ("file", left.file.as_str().into()),
            ],
        ),
    };
    catalog.t_args(
        "compile-left-out",
        &[
            ("file", left.file.as_str().into()),
            ("reason", reason.into()),
        ],
    )
}

/// The document of `collection` in `format`: a title page in the interface language (the
/// folder's name, `today`, how many stories), the contents, then the stories.
pub fn book(
    collection: &Collection,
    folder: &Path,
    format: Format,
    today: &str,
    catalog: &Catalog,
) -> Result<Output, ServiceError> {
    let language = catalog.lang().code();
    let folder_name = folder
        .canonicalize()
        .ok()
        .as_deref()
        .and_then(Path::file_name)
        .or_else(|| folder.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| folder.display().to_string());
    let details = [
        folder_name,
        render::date_text(today, language),
        catalog.t_args("compile-count", &[("count", collection.parts.len().into())]),
    ];
    let title = catalog.t("compile-title");
    let contents = catalog.t("compile-contents");
    let front = BookFront {
        title: &title,
        details: &details,
        contents: &contents,
        language,
        date: today,
    };
    Ok(render::book(&front, &collection.parts, format)?)
}

/// Writes the document to `path` (never over a file unless `force`); for Markdown and HTML
/// the stories' photos are copied beside it, checked before anything is written.
pub fn write_book(
    collection: &Collection,
    output: &Output,
    format: Format,
    path: &Path,
    force: bool,
) -> Result<(), ServiceError> {
    if path.exists() && !force {
        return Err(ServiceError::OutputExists {
            path: path.display().to_string(),
        });
    }
    if matches!(format, Format::Md | Format::Html) {
        let photos: Vec<render::Photo> = collection
            .parts
            .iter()
            .flat_map(|part| part.photos.iter().cloned())
            .collect();
        for copy in photo_copies(&photos, path, force)? {
            copy.run()?;
        }
    }
    write_new_file(path, output.as_bytes(), force)
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    #[test]
    fn titles_sort_without_their_opening_quotes_and_case() {
        let mut titles = ["„Bunicii online”", "clubul de lectură", "Atelierul"];
        titles.sort_by_key(|t| sort_key(t));
        assert_eq!(
            titles,
            ["Atelierul", "„Bunicii online”", "clubul de lectură"]
        );
    }
}
