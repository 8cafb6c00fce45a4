//! `povestitor check`: what a draft still needs, in the interface language.

use std::path::Path;

use super::{CliError, Outcome};
use crate::coach::{self, Finding, Severity};
use crate::i18n::Catalog;
use crate::library::{Library, describe};
use crate::story::load_draft;

pub fn check(library: &Library, draft_path: &Path, catalog: &Catalog) -> Result<Outcome, CliError> {
    let draft = load_draft(draft_path)?;
    let loaded = library.get(&draft.template)?;
    let report = coach::check(&loaded.template, &draft);
    let findings = &report.findings;
    if findings.is_empty() {
        println!("{}", catalog.t("check-all-good"));
        return Ok(Outcome::Done);
    }
    for (severity, heading) in [
        (Severity::Fix, "check-must-fix"),
        (Severity::Advice, "check-advice"),
    ] {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        println!("{}", catalog.t(heading));
        for finding in group {
            println!("  - {}", describe(finding, catalog));
        }
    }
    Ok(if report.needs_work() {
        Outcome::NeedsWork
    } else {
        Outcome::Done
    })
}
