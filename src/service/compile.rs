//! A workshop folder's stories in one document: every draft that is ready goes in, in the
//! chosen layout and order; each one left out has its reason, so the trainer can say it.
//! Warnings never leave a story out; an error from the coach, a file that cannot be read or
//! rendered, or a template without the layout do.

use std::path::{Path, PathBuf};

use super::export::photo_copies;
use super::workshop::draft_files;
use super::{ServiceError, Templates, describe, error_text, write_new_file};
use crate::coach::{self, Finding};
use crate::i18n::{Catalog, Lang};
use crate::render::{self, BookFront, BookPart, Format, LoadedTemplate, Output};
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
    NoLayout { template: String, layout: String },
    /// The coach finds errors in it (how many, and the first one).
    NeedsWork { errors: usize, first: Box<Finding> },
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

/// Reads, checks and renders every draft of `folder` in `layout` (each story's print layout
/// when `None`), sorted by `order`.
pub fn collect(
    templates: &Templates,
    folder: &Path,
    layout: Option<&str>,
    order: Order,
) -> Result<Collection, ServiceError> {
    let paths = draft_files(folder, false)?;
    let mut ready: Vec<(String, Draft, BookPart)> = Vec::new();
    let mut left_out = Vec::new();
    for (path, outcome) in paths.iter().zip(parts(templates, &paths, layout, folder)) {
        let file = relative_name(path, folder);
        match outcome {
            Ok((draft, part)) => ready.push((file, draft, part)),
            Err(reason) => left_out.push(LeftOut { file, reason }),
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

/// A draft's file as the trainer names it: relative to the workshop's folder, with `/`.
pub fn relative_name(path: &Path, folder: &Path) -> String {
    path.strip_prefix(folder)
        .unwrap_or(path)
        .display()
        .to_string()
        .replace('\\', "/")
}

/// Each draft read, checked and rendered, in the order of `paths`. Drafts do not depend on
/// one another, so a workshop's hundred are shared among the computer's cores.
fn parts(
    templates: &Templates,
    paths: &[PathBuf],
    layout: Option<&str>,
    folder: &Path,
) -> Vec<Result<(Draft, BookPart), LeftOutReason>> {
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
    layout: Option<&str>,
    folder: &Path,
) -> Result<(Draft, BookPart), LeftOutReason> {
    let unreadable = |e: ServiceError| LeftOutReason::Unreadable(e);
    let draft = load_draft(path).map_err(|e| unreadable(e.into()))?;
    let loaded = templates
        .get(&draft.template)
        .map_err(|e| unreadable(e.into()))?;
    let part = book_decision(loaded, &draft, layout, folder)?;
    Ok((draft, part))
}

/// Whether a draft goes into the workshop's book, and why not: the one decision `workshop
/// compile` takes and `workshop status` shows. A story goes in, rendered for paper in
/// `layout` (its template's print layout when `None`), unless its template lacks the layout,
/// the coach finds an error in it, or it cannot be rendered (a photo that is not there).
/// Warnings and tips never leave a story out.
pub fn book_decision(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: Option<&str>,
    folder: &Path,
) -> Result<BookPart, LeftOutReason> {
    let template = &loaded.template;
    let chosen = match layout {
        Some(id) => template.layout(id),
        None => template.print_layout(),
    };
    let Some(chosen) = chosen else {
        return Err(LeftOutReason::NoLayout {
            template: template.id.clone(),
            layout: layout.unwrap_or_default().to_string(),
        });
    };
    let errors = coach::errors(template, draft);
    if let Some(first) = errors.first() {
        return Err(LeftOutReason::NeedsWork {
            errors: errors.len(),
            first: Box::new(first.clone()),
        });
    }
    render::book_part(loaded, draft, &chosen.id, folder)
        .map_err(|e| LeftOutReason::Render(e.into()))
}

/// Sorting ignores case and the quotation marks a title may start with.
fn sort_key(text: &str) -> String {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Why a draft was left out, as one line naming the file, in the interface language.
pub fn left_out_text(left: &LeftOut, catalog: &Catalog) -> String {
    left_out_line(&left.file, &left.reason, catalog)
}

/// [`left_out_text`] of a draft's file and reason: the words `compile` and `workshop
/// status` both say.
pub fn left_out_line(file: &str, reason: &LeftOutReason, catalog: &Catalog) -> String {
    catalog.t_args(
        "compile-left-out",
        &[
            ("file", file.into()),
            ("reason", reason_text(file, reason, catalog).into()),
        ],
    )
}

fn reason_text(file: &str, reason: &LeftOutReason, catalog: &Catalog) -> String {
    match reason {
        LeftOutReason::Unreadable(e) | LeftOutReason::Render(e) => error_text(e, catalog),
        LeftOutReason::NoLayout { template, layout } => catalog.t_args(
            "compile-no-layout",
            &[
                ("template", template.as_str().into()),
                ("layout", layout.as_str().into()),
            ],
        ),
        LeftOutReason::NeedsWork { errors, first } => catalog.t_args(
            "compile-needs-work",
            &[
                ("count", (*errors).into()),
                ("first", describe(first, catalog).into()),
                ("file", file.into()),
            ],
        ),
    }
}

/// What the book's first page says beyond its stories: the trainer's title and subtitle
/// (`--title`, `--subtitle`, else the configuration's), each `None` for the book's own words.
#[derive(Debug, Clone, Copy, Default)]
pub struct BookTitle<'a> {
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
}

/// The book's language: the one most of its stories are written in (the first story's among
/// equals), when the program speaks it; else the interface's.
pub fn book_language(parts: &[BookPart], interface: Lang) -> Lang {
    let mut counts: Vec<(Lang, usize)> = Vec::new();
    for part in parts {
        let Some(lang) = Lang::ALL
            .into_iter()
            .find(|lang| part.language.starts_with(lang.code()))
        else {
            continue;
        };
        match counts.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, n)) => *n += 1,
            None => counts.push((lang, 1)),
        }
    }
    // `max_by_key` keeps the last of equals: reversed, that is the first story's.
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map_or(interface, |(lang, _)| lang)
}

/// The document of `collection` in `format`: a title page in the book's language (its title,
/// subtitle, `today`, how many stories), the contents, then the stories.
pub fn book(
    collection: &Collection,
    format: Format,
    today: &str,
    words: BookTitle,
    interface: &Catalog,
) -> Result<Output, ServiceError> {
    let catalog = Catalog::new(book_language(&collection.parts, interface.lang()));
    let language = catalog.lang().code();
    let given = |text: Option<&str>| {
        text.map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
    };
    let title = given(words.title).unwrap_or_else(|| catalog.t("compile-title"));
    let subtitle = given(words.subtitle).unwrap_or_else(|| catalog.t("compile-subtitle"));
    let details = [
        subtitle,
        render::date_text(today, language),
        catalog.t_args("compile-count", &[("count", collection.parts.len().into())]),
    ];
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
