//! `povestitor doctor`: one line per place the program uses, whether it can be used, and for
//! each problem what to do. Exit 1 when anything needs attention.

use super::Outcome;
use crate::i18n::{Arg, Catalog};
use crate::service::{
    Check, Checkup, Config, ConfigError, Place, State, error_text, io_reason_text,
};

pub fn doctor(config: &Result<Config, ConfigError>, catalog: &Catalog) -> Outcome {
    let checkup = Checkup::run(config);
    let config_file = checkup
        .config_path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut report = String::new();
    for check in &checkup.checks {
        report.push_str(&line(check, catalog));
        report.push('\n');
        if let Some(fix) = fix(check, &config_file, catalog) {
            report.push_str(&format!("  {}: {fix}\n", catalog.t("doctor-fix-label")));
        }
    }
    let (summary, outcome) = match checkup.problems() {
        0 => (catalog.t("doctor-all-fine"), Outcome::Done),
        count => (
            catalog.t_args("doctor-needs-attention", &[("count", count.into())]),
            Outcome::NeedsWork,
        ),
    };
    report.push_str(&format!("\n{summary}\n"));
    super::out::line(report.trim_end_matches('\n'));
    outcome
}

/// `What: where — state`.
fn line(check: &Check, catalog: &Catalog) -> String {
    let what = match &check.place {
        Place::Config => catalog.t("doctor-config"),
        Place::Settings => catalog.t("doctor-settings"),
        Place::Drafts => catalog.t("doctor-drafts"),
        Place::BuiltinTemplates(count) => {
            catalog.t_args("doctor-builtin-templates", &[("count", (*count).into())])
        }
        Place::UserTemplates => catalog.t("doctor-user-templates"),
        Place::TemplateFolder => catalog.t("doctor-template-folder"),
        Place::DictionaryFolder => catalog.t("doctor-dictionary-folder"),
        Place::Dictionary(language) => {
            catalog.t_args("doctor-dictionary", &[("language", (*language).into())])
        }
    };
    let state = match &check.state {
        State::Fine => catalog.t("doctor-fine"),
        State::BuiltIn => catalog.t("doctor-built-in"),
        State::Optional => catalog.t("doctor-optional"),
        State::WillBeMade => catalog.t("doctor-will-be-made"),
        State::Missing => catalog.t("doctor-missing"),
        State::NotFound => catalog.t("doctor-not-found"),
        State::Unreadable(e) => catalog.t_args(
            "doctor-unreadable",
            &[("reason", io_reason_text(e, catalog).into())],
        ),
        State::NotWritable(e) => catalog.t_args(
            "doctor-not-writable",
            &[("reason", io_reason_text(e, catalog).into())],
        ),
        State::Invalid(_) | State::Damaged(_) => catalog.t("doctor-invalid"),
    };
    let mark = if check.state.is_problem() {
        "✗"
    } else {
        "✓"
    };
    match &check.path {
        Some(path) => format!("{mark} {what}: {} — {state}", path.display()),
        None => format!("{mark} {what} — {state}"),
    }
}

/// What to do about a problem; nothing for what is usable.
fn fix(check: &Check, config_file: &str, catalog: &Catalog) -> Option<String> {
    let path = check
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let args = |key: &str| -> Vec<(&str, Arg)> {
        vec![
            ("path", path.clone().into()),
            ("config", config_file.into()),
            ("key", key.into()),
        ]
    };
    Some(match (&check.place, &check.state) {
        (_, State::Fine | State::BuiltIn | State::Optional | State::WillBeMade) => return None,
        // The configuration's error already says which line and what to do.
        (Place::Config, State::Invalid(err)) => error_text(err, catalog),
        (_, State::Invalid(err)) => {
            let what = match check.place {
                Place::TemplateFolder | Place::UserTemplates => "doctor-fix-templates",
                _ => "doctor-fix-invalid",
            };
            let why = error_text(err, catalog);
            format!("{why}\n  {}", catalog.t_args(what, &args("")))
        }
        (_, State::Damaged(problem)) => format!(
            "{problem}\n  {}",
            catalog.t_args("doctor-fix-invalid", &args(""))
        ),
        (Place::TemplateFolder, State::Missing) => {
            catalog.t_args("doctor-fix-folder-missing", &args("template_folders"))
        }
        (Place::DictionaryFolder, State::Missing) => {
            catalog.t_args("doctor-fix-folder-missing", &args("dictionary_folders"))
        }
        (Place::Dictionary(language), _) => {
            let mut args = args("dictionary_folders");
            args.push(("language", (*language).into()));
            catalog.t_args("doctor-fix-dictionary", &args)
        }
        (_, State::NotWritable(_)) => catalog.t_args("doctor-fix-not-writable", &args("")),
        (_, _) => catalog.t_args("doctor-fix-unreadable", &args("")),
    })
}
