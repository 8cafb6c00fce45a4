//! A coach report as the lines `povestitor check` prints and the plain mode shows: sentences
//! grouped by what to do, each with a short excerpt of the text around its (first) place,
//! then each step's mark by number.

use crate::coach::{Finding, Report, Severity, text_of};
use crate::i18n::Catalog;
use crate::story::Draft;
use crate::template::Template;

use super::describe;

/// Characters of context shown on each side of a finding's span.
const CONTEXT: usize = 24;

pub fn report_lines(
    template: &Template,
    draft: &Draft,
    report: &Report,
    catalog: &Catalog,
) -> Vec<String> {
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
            if let Some(excerpt) = excerpt(draft, finding) {
                lines.push(format!("      {excerpt}"));
            }
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

/// The text around the finding's first place on one line, the place between `[` and `]`
/// (`…a observat asta[ ]. Bibliotecra…`); `None` for a finding about no text.
pub fn excerpt(draft: &Draft, finding: &Finding) -> Option<String> {
    let text = text_of(draft, finding)?;
    let (start, end) = finding.span?;
    let chars: Vec<char> = text.chars().collect();
    if start > end || end > chars.len() {
        return None;
    }
    // Long spans (a sentence) show their ends.
    let inside: String = if end - start > 2 * CONTEXT {
        let head: String = chars[start..start + CONTEXT].iter().collect();
        let tail: String = chars[end - CONTEXT / 2..end].iter().collect();
        format!("{head}…{tail}")
    } else {
        chars[start..end].iter().collect()
    };
    let from = start.saturating_sub(CONTEXT);
    let to = (end + CONTEXT).min(chars.len());
    let one_line = |s: &[char]| -> String {
        s.iter()
            .map(|c| if c.is_control() { ' ' } else { *c })
            .collect()
    };
    Some(format!(
        "{}{}[{}]{}{}",
        if from > 0 { "…" } else { "" },
        one_line(&chars[from..start]),
        one_line(&inside.chars().collect::<Vec<_>>()),
        one_line(&chars[end..to]),
        if to < chars.len() { "…" } else { "" },
    ))
}
