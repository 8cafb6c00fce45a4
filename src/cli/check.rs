//! `povestitor check`: what a draft still needs, in the interface language, as text for a
//! person or as JSON for a script. Exit 1 when something must be fixed before publishing.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use super::out::{say, tell};
use super::{CliError, Outcome};
use crate::coach::{self, FindingKind, Report, Severity, Spelling, Stats};
use crate::i18n::Catalog;
use crate::service::{
    Templates, describe, personal_known_words, report_lines, see_more_lines, spelling_off,
    template_speller,
};
use crate::story::{Draft, load_draft};
use crate::template::Template;

/// How `check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    /// Sentences grouped by what to do, and each step's mark.
    #[default]
    Text,
    /// JSON with every finding, its rule, step and place.
    Json,
}

pub struct CheckRequest<'a> {
    pub draft: &'a Path,
    pub format: ReportFormat,
    /// Folders of Hunspell dictionaries, searched before the system's.
    pub dictionaries: &'a [PathBuf],
}

pub fn check(
    templates: &Templates,
    request: &CheckRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let draft = load_draft(request.draft)?;
    let loaded = templates.get(&draft.template)?;
    let template = &loaded.template;
    let personal = personal_known_words();
    // Folders named on the command line first, then the configured ones (`run` adds them).
    let speller = template_speller(template, request.dictionaries).unwrap_or_else(|err| {
        // One notice, on stderr so that JSON on stdout stays JSON.
        tell!("povestitor: {}", spelling_off(&err, catalog));
        None
    });
    let spelling = speller.as_ref().map(|speller| Spelling {
        speller,
        personal: &personal,
    });
    let mut report = coach::check_with(template, &draft, spelling);
    if let Some(speller) = &speller {
        coach::spelling::suggest_all(&mut report.findings, speller);
    }
    match request.format {
        ReportFormat::Text => {
            print_text(&loaded.template, &draft, &report, catalog);
            // Where "See more" cuts each social post the template makes.
            for line in see_more_lines(loaded, &draft, catalog) {
                say!("{line}");
            }
        }
        ReportFormat::Json => say!("{}", json_report(&loaded.template, &report, catalog)),
    }
    Ok(if report.needs_work() {
        Outcome::NeedsWork
    } else {
        Outcome::Done
    })
}

fn print_text(template: &Template, draft: &Draft, report: &Report, catalog: &Catalog) {
    for line in report_lines(template, draft, report, catalog) {
        say!("{line}");
    }
}

/// The report as JSON: keys without a value are left out; spans are character offsets in
/// the text of that step (or of that quote's or photo's field). `start`, `end` and `fix`
/// are the first place's; `count` says in how many places the finding was found and
/// `places` lists each (`start`, `end`, `fix`).
pub fn json_report(template: &Template, report: &Report, catalog: &Catalog) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut o = Map::new();
            o.insert("rule".into(), json!(f.rule.id()));
            o.insert("severity".into(), json!(f.severity.id()));
            if let Some(step) = &f.step_id {
                o.insert("step".into(), json!(step));
            }
            if let Some(item) = f.item {
                o.insert("item".into(), json!(item));
            }
            if let Some(field) = f.field {
                o.insert("field".into(), json!(field));
            }
            o.insert("message".into(), json!(describe(f, catalog)));
            if let Some((start, end)) = f.span {
                o.insert("start".into(), json!(start));
                o.insert("end".into(), json!(end));
            }
            if let Some(fix) = &f.fix {
                o.insert("fix".into(), json!(fix));
            }
            match &f.kind {
                FindingKind::Misspelt { suggestions, .. } => {
                    o.insert("suggestions".into(), json!(suggestions));
                }
                FindingKind::NamesToCheck { names } => {
                    o.insert("names".into(), json!(names));
                }
                _ => {}
            }
            if f.span.is_some() {
                o.insert("count".into(), json!(f.count()));
                let places: Vec<Value> = f
                    .places()
                    .map(|p| {
                        let mut place = Map::new();
                        place.insert("start".into(), json!(p.span.0));
                        place.insert("end".into(), json!(p.span.1));
                        if let Some(fix) = p.fix {
                            place.insert("fix".into(), json!(fix));
                        }
                        Value::Object(place)
                    })
                    .collect();
                o.insert("places".into(), Value::Array(places));
            }
            Value::Object(o)
        })
        .collect();
    let steps: Vec<Value> = template
        .steps
        .iter()
        .zip(&report.states)
        .zip(&report.readability.steps)
        .map(|((step, state), (_, stats))| {
            json!({ "id": step.id, "state": format!("{state:?}").to_lowercase(), "stats": stats_json(stats) })
        })
        .collect();
    let mut stats = stats_json(&report.readability.article);
    if let Value::Object(map) = &mut stats {
        map.insert("errors".into(), json!(report.count(Severity::Error)));
        map.insert("warnings".into(), json!(report.count(Severity::Warning)));
        map.insert("tips".into(), json!(report.count(Severity::Tip)));
    }
    json!({ "findings": findings, "stats": stats, "steps": steps })
}

fn stats_json(stats: &Stats) -> Value {
    json!({
        "words": stats.words,
        "sentences": stats.sentences,
        "average_sentence": (stats.average_sentence() * 10.0).round() / 10.0,
        "longest_sentence": stats.longest_sentence,
        "reading_minutes": stats.reading_minutes(),
    })
}
