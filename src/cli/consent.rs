//! `povestitor consent`: a one-page consent form (DOCX) for each person a draft quotes and
//! for each of its photos, written beside the draft or into the folder given.

use std::path::Path;

use super::out::tell;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::{Templates, write_consent_forms};
use crate::story::load_draft;

pub fn consent(
    templates: &Templates,
    draft_path: &Path,
    folder: Option<&Path>,
    force: bool,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let draft = load_draft(draft_path)?;
    let loaded = templates.get(&draft.template)?;
    let written = write_consent_forms(loaded, &draft, draft_path, folder, force)?;
    if written.is_empty() {
        tell!("{}", catalog.t("consent-none"));
        return Ok(Outcome::Done);
    }
    for form in &written {
        let id = if form.children {
            "consent-written-children"
        } else {
            "consent-written"
        };
        tell!(
            "{}",
            catalog.t_args(
                id,
                &[
                    ("path", form.path.display().to_string().into()),
                    ("person", form.person.clone().into()),
                ]
            )
        );
    }
    tell!("{}", catalog.t("consent-sign"));
    Ok(Outcome::Done)
}
