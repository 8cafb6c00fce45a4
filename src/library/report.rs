//! A coach report as the lines `povestitor check` prints and the plain mode shows: sentences
//! grouped by what to do, then each step's mark by number.

use crate::coach::{Finding, Report, Severity};
use crate::i18n::Catalog;
use crate::template::Template;

use super::describe;

pub fn report_lines(template: &Template, report: &Report, catalog: &Catalog) -> Vec<String> {
    let mut lines = Vec::new();
    let findings = &report.findings;
    if findings.is_empty() {
        lines.push(catalog.t("check-all-good"));
    }
    for (severity, heading) in [
        (Severity::Error, "check-must-fix"),
        (Severity::Warning, "check-warnings"),
        (Severity::Tip, "check-advice"),
    ] {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        lines.push(catalog.t(heading));
        for finding in group {
            lines.push(format!("  - {}", describe(finding, catalog)));
        }
    }
    // The same marks as the wizard's list of steps, by number.
    let marks: Vec<String> = report
        .states
        .iter()
        .zip(1..=template.steps.len())
        .map(|(state, n)| format!("{n} {}", state.marker()))
        .collect();
    lines.push(format!("{} {}", catalog.t("check-steps"), marks.join("  ")));
    lines
}
