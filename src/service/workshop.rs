//! A trainer's view of a workshop folder: every draft in it, how far it is and what the
//! coach says, one row per file. A file that cannot be read gets its row with the reason;
//! it never stops the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    pub steps_done: usize,
    pub steps_total: usize,
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
    pub tips: usize,
    /// Why the file could not be read or checked; the counts are then zero.
    pub problem: Option<ServiceError>,
}

impl DraftRow {
    fn unreadable(file: String, problem: ServiceError) -> DraftRow {
        DraftRow {
            file,
            author: String::new(),
            title: String::new(),
            steps_done: 0,
            steps_total: 0,
            words: 0,
            errors: 0,
            warnings: 0,
            tips: 0,
            problem: Some(problem),
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
/// (each loaded once).
pub fn status(
    templates: &Templates,
    folder: &Path,
    recursive: bool,
    dictionaries: &[PathBuf],
) -> Result<Status, ServiceError> {
    let mut result = Status::default();
    let mut spellers: HashMap<String, Option<Speller>> = HashMap::new();
    let personal: KnownWords = super::personal_known_words();
    for path in draft_files(folder, recursive)? {
        let file = path
            .strip_prefix(folder)
            .unwrap_or(&path)
            .display()
            .to_string()
            .replace('\\', "/");
        let draft = match load_draft(&path) {
            Ok(draft) => draft,
            Err(e) => {
                result.rows.push(DraftRow::unreadable(file, e.into()));
                continue;
            }
        };
        let loaded = match templates.get(&draft.template) {
            Ok(loaded) => loaded,
            Err(e) => {
                result.rows.push(DraftRow::unreadable(file, e.into()));
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
        result.rows.push(DraftRow {
            file,
            author: draft.meta.author.trim().to_string(),
            title: draft.title().trim().to_string(),
            steps_done: report
                .states
                .iter()
                .filter(|s| **s == StepState::Done)
                .count(),
            steps_total: template.steps.len(),
            words: report.readability.article.words,
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            tips: report.count(Severity::Tip),
            problem: None,
        });
    }
    Ok(result)
}
