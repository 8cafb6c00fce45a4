//! `povestitor check`: what a draft still needs, in the interface language.

use std::path::Path;

use super::{CliError, Outcome};
use crate::coach::{self, Finding, FindingKind, Severity};
use crate::i18n::{Arg, Catalog};
use crate::library::Library;
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

/// One finding as a sentence naming the step by its title.
pub fn describe(finding: &Finding, catalog: &Catalog) -> String {
    let step: (&str, Arg) = ("step", finding.step_title.as_str().into());
    match &finding.kind {
        FindingKind::Missing => catalog.t_args("check-missing", &[step]),
        FindingKind::TooFewWords { count, min } => catalog.t_args(
            "check-too-few",
            &[step, ("count", (*count).into()), ("min", (*min).into())],
        ),
        FindingKind::TooManyWords { count, max } => catalog.t_args(
            "check-too-many",
            &[step, ("count", (*count).into()), ("max", (*max).into())],
        ),
        FindingKind::ItemFieldMissing { index, field } => catalog.t_args(
            "check-item-field",
            &[
                step,
                ("index", (*index).into()),
                ("field", catalog.t(&format!("field-{field}")).into()),
            ],
        ),
        FindingKind::WrongType { found } => {
            catalog.t_args("check-wrong-type", &[step, ("found", (*found).into())])
        }
    }
}
