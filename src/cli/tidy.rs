//! `povestitor tidy`: shows the typography fixes a draft needs and, with `--apply`, saves them.
//!
//! Rendering already applies typography, so the saved draft only changes when the librarian
//! asks: a text she is still writing is never rewritten behind her back.

use std::path::Path;

use super::out::say;
use super::{CliError, Outcome};
use crate::i18n::{Arg, Catalog};
use crate::render::typography;
use crate::service::{ServiceError, Templates};
use crate::story::{Draft, DraftLock, load_draft, save_draft};
use crate::template::{StepKind, Template};

/// One answer (or one field of a quote or photo) whose text tidying changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where it is, in the interface language: the step's title, the item and field.
    pub place: String,
    pub old: String,
    pub new: String,
}

pub fn tidy(
    templates: &Templates,
    draft_path: &Path,
    apply: bool,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    // Applying takes the draft's lock first: with the story open in a window, that window's
    // next autosave would put the old text back.
    let _lock = match apply {
        true => Some(DraftLock::acquire(draft_path).map_err(ServiceError::from)?),
        false => None,
    };
    let mut draft = load_draft(draft_path)?;
    let loaded = templates.get(&draft.template)?;
    let changes = tidy_draft(&loaded.template, &mut draft, catalog)?;
    let path: (&str, Arg) = ("path", draft_path.display().to_string().into());
    if changes.is_empty() {
        say!("{}", catalog.t_args("tidy-nothing", &[path]));
        return Ok(Outcome::Done);
    }
    // Saved before anything is shown: a reader that stops early does not undo the asking.
    if apply {
        save_draft(draft_path, &draft)?;
    }
    say!(
        "{}",
        catalog.t_args(
            "tidy-header",
            &[path.clone(), ("count", changes.len().into())]
        )
    );
    for change in &changes {
        say!();
        say!("{}", change.place);
        for (old, new) in changed_lines(&change.old, &change.new) {
            say!("  - {}", visible(old));
            say!("  + {}", visible(new));
        }
    }
    say!();
    if apply {
        say!("{}", catalog.t_args("tidy-saved", &[path]));
    } else {
        say!("{}", catalog.t("tidy-dry-run"));
    }
    Ok(Outcome::Done)
}

/// Applies the template language's typography to every text of `draft` a reader sees:
/// text answers, quote and photo fields (not a photo's file path), the author and the
/// institution. Returns what changed, in the template's order.
pub fn tidy_draft(
    template: &Template,
    draft: &mut Draft,
    catalog: &Catalog,
) -> Result<Vec<Change>, CliError> {
    let lang = template.language.as_str();
    let mut changes = Vec::new();
    let mut fix = |place: &dyn Fn() -> String, old: &str, quoted: bool| -> Option<String> {
        // A quote's words are set inside the layout's quotation marks: their own are inner.
        let new = if quoted {
            typography::apply_quoted(old, lang)
        } else {
            typography::apply(old, lang)
        };
        (new != old).then(|| {
            changes.push(Change {
                place: place(),
                old: old.to_string(),
                new: new.clone(),
            });
            new
        })
    };
    let step_place = |title: &str| catalog.t_args("tidy-step", &[("step", title.into())]);
    for step in &template.steps {
        match step.kind {
            StepKind::Line | StepKind::Text => {
                let old = draft.answers.text(&step.id).to_string();
                if let Some(new) = fix(&|| step_place(&step.title), &old, false) {
                    draft.answers.set_text(&step.id, new);
                }
            }
            StepKind::Quotes | StepKind::Photos => {
                let mut items = draft.answers.items(&step.id);
                let mut changed = false;
                for (index, item) in items.iter_mut().enumerate() {
                    // A file name must stay the name of the file on disk.
                    for field in step.kind.item_fields().iter().filter(|f| **f != "path") {
                        let place = || {
                            catalog.t_args(
                                "tidy-item",
                                &[
                                    ("step", step.title.as_str().into()),
                                    ("index", (index + 1).into()),
                                    ("field", catalog.t(&format!("field-{field}")).into()),
                                ],
                            )
                        };
                        let old = item.get(field).to_string();
                        let quoted = step.kind == StepKind::Quotes && *field == "text";
                        if let Some(new) = fix(&place, &old, quoted) {
                            item.set(field, new);
                            changed = true;
                        }
                    }
                }
                if changed {
                    if !only_tables(draft, &step.id) {
                        return Err(CliError::Other(
                            catalog
                                .t_args("tidy-odd-list", &[("step", step.title.as_str().into())]),
                        ));
                    }
                    draft.answers.set_items(&step.id, items);
                }
            }
        }
    }
    let author = draft.meta.author.clone();
    if let Some(new) = fix(&|| catalog.t("tidy-author"), &author, false) {
        draft.meta.author = new;
    }
    let institution = draft.meta.institution.clone();
    if let Some(new) = fix(&|| catalog.t("tidy-institution"), &institution, false) {
        draft.meta.institution = new;
    }
    Ok(changes)
}

/// Whether the step's list holds only tables: `set_items` writes back tables only, so a list
/// edited by hand into another shape must not be saved over.
fn only_tables(draft: &Draft, step_id: &str) -> bool {
    toml::Value::try_from(&draft.answers)
        .ok()
        .and_then(|answers| answers.get(step_id).cloned())
        .and_then(|list| list.as_array().map(|a| a.iter().all(toml::Value::is_table)))
        .unwrap_or(false)
}

/// The lines that differ. Typography works line by line and never adds or removes one.
fn changed_lines<'a>(old: &'a str, new: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
    old.split('\n').zip(new.split('\n')).filter(|(o, n)| o != n)
}

/// Shows spaces at the end of a line and tabs, which tidying removes but a screen hides.
fn visible(line: &str) -> String {
    let body = line.trim_end_matches([' ', '\t', '\r']);
    let mut out = body.replace('\t', "→");
    for c in line[body.len()..].chars() {
        out.push(match c {
            '\t' => '→',
            '\r' => '↵',
            _ => '·',
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_lines_are_shown() {
        let pairs: Vec<_> = changed_lines("a\nb  c\nd", "a\nb c\nd").collect();
        assert_eq!(pairs, [("b  c", "b c")]);
    }

    #[test]
    fn trailing_spaces_and_tabs_are_made_visible() {
        assert_eq!(visible("Gata.  "), "Gata.··");
        assert_eq!(visible("a\tb\t"), "a→b→");
        assert_eq!(visible("curat"), "curat");
    }
}
