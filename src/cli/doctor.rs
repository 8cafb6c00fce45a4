//! `povestitor doctor`: one line per place the program uses, whether it can be used, and for
//! each problem what to do. Exit 1 when anything needs attention. With `--report`, the same
//! and more in a file to attach to an e-mail: the version, the system, the configuration and
//! the log's last lines (`report`).

use std::path::Path;

use super::out::tell;
use super::{Cli, CliError, Outcome};
use crate::i18n::{Arg, Catalog};
use crate::service::{
    Check, Checkup, Config, ConfigError, Place, State, error_text, io_reason_text, log_path,
    log_tail,
};

/// How many of the log's last lines a report holds.
const REPORT_LOG_LINES: usize = 200;

pub fn doctor(
    cli: &Cli,
    report: Option<&Path>,
    config: &Result<Config, ConfigError>,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let (findings, outcome) = findings(config, catalog);
    super::out::line(&findings);
    if let Some(file) = report {
        let text = report_text(cli, config, &findings, catalog);
        crate::story::write_derived(file, text.as_bytes()).map_err(|e| {
            CliError::Other(catalog.t_args(
                "doctor-report-cannot-write",
                &[
                    ("path", file.display().to_string().into()),
                    ("reason", io_reason_text(&e, catalog).into()),
                ],
            ))
        })?;
        tracing::info!(path = %file.display(), "bug report written");
        tell!(
            "{}",
            catalog.t_args(
                "doctor-report-written",
                &[("path", absolute(file).display().to_string().into())]
            )
        );
    }
    Ok(outcome)
}

/// Where the report went, said whole so it can be found from the e-mail's attach window.
fn absolute(file: &Path) -> std::path::PathBuf {
    std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf())
}

/// The report: a heading, the program and the system, the configuration as `config show`
/// prints it (or why it cannot be read), the findings, and the log's last lines. None of it
/// holds a password (the configuration has none; the log never has one) or a story's words.
fn report_text(
    cli: &Cli,
    config: &Result<Config, ConfigError>,
    findings: &str,
    catalog: &Catalog,
) -> String {
    let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S %:z");
    let log = log_path();
    let log_file = log
        .as_ref()
        .map_or_else(|| "-".to_string(), |p| p.display().to_string());
    let log_state = if super::logging(cli, config) {
        "doctor-report-log-on"
    } else {
        "doctor-report-log-off"
    };
    let configuration = match super::usable(config, catalog) {
        Ok(config) => super::config::shown(cli, config, catalog),
        Err(e) => super::error_text(&e, catalog),
    };
    let lines = log
        .map(|p| log_tail(&p, REPORT_LOG_LINES))
        .unwrap_or_default();
    let heading = |key: &str| format!("\n== {} ==\n", catalog.t(key));
    let mut out = format!(
        "{}\npovestitor {}\n{}: {now}\n{}: {}\n{}: {}\n{}: {log_file} ({})\n",
        catalog.t("doctor-report-title"),
        env!("CARGO_PKG_VERSION"),
        catalog.t("doctor-report-made"),
        catalog.t("doctor-report-system"),
        system(),
        catalog.t("doctor-report-language"),
        catalog.lang().code(),
        catalog.t("doctor-report-log"),
        catalog.t(log_state),
    );
    out.push_str(&heading("doctor-report-config"));
    out.push_str(&configuration);
    out.push('\n');
    out.push_str(&heading("doctor-report-findings"));
    out.push_str(findings);
    out.push('\n');
    out.push_str(&heading("doctor-report-log-lines"));
    if lines.is_empty() {
        out.push_str(&catalog.t("doctor-report-no-log"));
        out.push('\n');
    }
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The system, as far as the program can tell: its family and processor, and on Linux the
/// distribution's own name (`/etc/os-release`).
fn system() -> String {
    let mut system = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    if let Some(name) = release.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=")) {
        system.push_str(&format!(" ({})", name.trim_matches('"')));
    }
    system
}

/// Every place's line with its fix, then the summary; and whether anything needs attention.
fn findings(config: &Result<Config, ConfigError>, catalog: &Catalog) -> (String, Outcome) {
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
    (report.trim_end_matches('\n').to_string(), outcome)
}

/// `What: where — state`.
fn line(check: &Check, catalog: &Catalog) -> String {
    let what = match &check.place {
        Place::Config => catalog.t("doctor-config"),
        Place::Settings => catalog.t("doctor-settings"),
        Place::Drafts => catalog.t("doctor-drafts"),
        Place::PhotoCache { kept_mb, bound_mb } => catalog.t_args(
            "doctor-photo-cache",
            &[("kept", (*kept_mb).into()), ("bound", (*bound_mb).into())],
        ),
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
