//! A trainer's view of a workshop folder: every draft in it, how far it is and what the
//! coach says, one row per file. A file that cannot be read gets its row with the reason;
//! it never stops the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::compile::{LeftOutReason, book_decision, relative_name};
use super::{ServiceError, Templates, load_speller};
use crate::coach::spelling::{KnownWords, Speller, SpellingError};
use crate::coach::{self, Severity, StepState};
use crate::story::load_draft;

/// One draft of the folder.
#[derive(Debug)]
pub struct DraftRow {
    /// The file, relative to the folder.
    pub file: String,
    pub author: String,
    pub title: String,
    /// The required steps done, of how many: an optional step left empty is no missing work.
    pub steps_done: usize,
    pub steps_total: usize,
    /// The optional steps done, of how many.
    pub optional_done: usize,
    pub optional_total: usize,
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
    pub tips: usize,
    /// A reviewer's comments not yet marked resolved.
    pub open_comments: usize,
    /// When the file was last written.
    pub saved: Option<SystemTime>,
    /// Whether `workshop compile` puts it into the book (in which layout), or why not:
    /// the very decision it takes ([`book_decision`]). A file that cannot be read is left out
    /// as `Unreadable`, and its counts are then zero.
    pub book: Result<String, LeftOutReason>,
}

impl DraftRow {
    fn unreadable(file: String, saved: Option<SystemTime>, problem: ServiceError) -> DraftRow {
        DraftRow {
            file,
            author: String::new(),
            title: String::new(),
            steps_done: 0,
            steps_total: 0,
            optional_done: 0,
            optional_total: 0,
            words: 0,
            errors: 0,
            warnings: 0,
            tips: 0,
            open_comments: 0,
            saved,
            book: Err(LeftOutReason::Unreadable(problem)),
        }
    }

    /// Why the file could not be read or its template found; the counts are then zero.
    pub fn problem(&self) -> Option<&ServiceError> {
        match &self.book {
            Err(LeftOutReason::Unreadable(problem)) => Some(problem),
            _ => None,
        }
    }
}

/// The draft files of `folder` (and of its sub-folders when `recursive`), sorted by path:
/// `*.toml` files that are not hidden (locks, temporary files of a save) and not a
/// template's own `template.toml`.
pub fn draft_files(folder: &Path, recursive: bool) -> Result<Vec<PathBuf>, ServiceError> {
    let mut files = Vec::new();
    collect(folder, recursive, &mut files)?;
    files.sort();
    Ok(files)
}

fn collect(folder: &Path, recursive: bool, out: &mut Vec<PathBuf>) -> Result<(), ServiceError> {
    let io_err = |source| ServiceError::ReadFolder {
        path: folder.display().to_string(),
        source,
    };
    for entry in std::fs::read_dir(folder).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            if recursive {
                collect(&path, recursive, out)?;
            }
        } else if name.ends_with(".toml") && name != "template.toml" {
            out.push(path);
        }
    }
    Ok(())
}

/// What `status` found, and the languages whose dictionary was missing (spelling was
/// left out for their drafts).
#[derive(Debug, Default)]
pub struct Status {
    pub rows: Vec<DraftRow>,
    pub spelling_off: Vec<(String, SpellingError)>,
}

/// Reads and checks every draft of `folder`, spelling too where a dictionary is found
/// (each loaded once), and decides for each whether the book in `layout` (each story's print
/// layout when `None`) takes it, as `workshop compile` does.
pub fn status(
    templates: &Templates,
    folder: &Path,
    recursive: bool,
    layout: Option<&str>,
    dictionaries: &[PathBuf],
) -> Result<Status, ServiceError> {
    let mut result = Status::default();
    let mut spellers: HashMap<String, Option<Speller>> = HashMap::new();
    let personal: KnownWords = super::personal_known_words();
    for path in draft_files(folder, recursive)? {
        let file = relative_name(&path, folder);
        let saved = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        let draft = match load_draft(&path) {
            Ok(draft) => draft,
            Err(e) => {
                result
                    .rows
                    .push(DraftRow::unreadable(file, saved, e.into()));
                continue;
            }
        };
        let loaded = match templates.get(&draft.template) {
            Ok(loaded) => loaded,
            Err(e) => {
                result
                    .rows
                    .push(DraftRow::unreadable(file, saved, e.into()));
                continue;
            }
        };
        let template = &loaded.template;
        let speller =
            spellers
                .entry(template.language.clone())
                .or_insert_with(|| match load_speller(&template.language, dictionaries) {
                    Ok(speller) => Some(speller),
                    Err(e) => {
                        result.spelling_off.push((template.language.clone(), e));
                        None
                    }
                });
        let spelling = speller.as_ref().map(|speller| coach::Spelling {
            speller,
            personal: &personal,
        });
        let report = coach::check_with(template, &draft, spelling);
        let done = |required: bool| {
            template
                .steps
                .iter()
                .zip(&report.states)
                .filter(|(step, state)| step.required == required && **state == StepState::Done)
                .count()
        };
        let required = template.steps.iter().filter(|s| s.required).count();
        let book = book_decision(loaded, &draft, layout, path.parent().unwrap_or(folder))
            .map(|part| part.layout);
        result.rows.push(DraftRow {
            file,
            author: draft.meta.author.trim().to_string(),
            title: draft.title().trim().to_string(),
            steps_done: done(true),
            steps_total: required,
            optional_done: done(false),
            optional_total: template.steps.len() - required,
            words: report.readability.article.words,
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            tips: report.count(Severity::Tip),
            open_comments: draft
                .comments
                .steps()
                .map(|id| draft.comments.open(id))
                .sum(),
            saved,
            book,
        });
    }
    Ok(result)
}
