//! `povestitor workshop status DIR`: one row per draft of a workshop folder, as a table to
//! read, JSON or CSV.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::out::{say, tell};
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::workshop::{DraftRow, status};
use crate::service::{Templates, error_text, spelling_off};

/// How `workshop status` prints its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TableFormat {
    /// A table to read.
    #[default]
    Text,
    /// JSON, one object per draft.
    Json,
    /// CSV for a spreadsheet, one line per draft.
    Csv,
}

pub struct StatusRequest<'a> {
    pub folder: &'a std::path::Path,
    pub format: TableFormat,
    pub recursive: bool,
    pub dictionaries: &'a [PathBuf],
}

pub fn workshop_status(
    templates: &Templates,
    request: &StatusRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let found = status(
        templates,
        request.folder,
        request.recursive,
        request.dictionaries,
    )?;
    for (_, err) in &found.spelling_off {
        tell!("povestitor: {}", spelling_off(err, catalog));
    }
    let rows = &found.rows;
    match request.format {
        TableFormat::Text => print_table(rows, catalog),
        TableFormat::Json => {
            let drafts: Vec<Value> = rows.iter().map(|r| row_json(r, catalog)).collect();
            say!("{}", json!({ "drafts": drafts }));
        }
        TableFormat::Csv => print_csv(rows, catalog),
    }
    // Something needs the trainer: a draft that cannot be read, or one with an error.
    let attention = rows.iter().any(|r| r.problem.is_some() || r.errors > 0);
    Ok(if attention {
        Outcome::NeedsWork
    } else {
        Outcome::Done
    })
}

fn problem_text(row: &DraftRow, catalog: &Catalog) -> Option<String> {
    row.problem.as_ref().map(|p| error_text(p, catalog))
}

fn row_json(row: &DraftRow, catalog: &Catalog) -> Value {
    let readable = row.problem.is_none();
    let some = |v: usize| if readable { json!(v) } else { Value::Null };
    json!({
        "file": row.file,
        "author": row.author,
        "title": row.title,
        "steps_done": some(row.steps_done),
        "steps_total": some(row.steps_total),
        "words": some(row.words),
        "errors": some(row.errors),
        "warnings": some(row.warnings),
        "tips": some(row.tips),
        "problem": problem_text(row, catalog),
    })
}

const COLUMNS: [&str; 10] = [
    "file",
    "author",
    "title",
    "steps_done",
    "steps_total",
    "words",
    "errors",
    "warnings",
    "tips",
    "problem",
];

fn print_csv(rows: &[DraftRow], catalog: &Catalog) {
    say!("{}", COLUMNS.join(","));
    for row in rows {
        let cells = [
            row.file.clone(),
            row.author.clone(),
            row.title.clone(),
            row.steps_done.to_string(),
            row.steps_total.to_string(),
            row.words.to_string(),
            row.errors.to_string(),
            row.warnings.to_string(),
            row.tips.to_string(),
            problem_text(row, catalog).unwrap_or_default(),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        say!("{}", line.join(","));
    }
}

/// A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180); a cell a
/// spreadsheet would read as a formula is quoted and starts with an apostrophe.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) || text.starts_with('\'') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn print_table(rows: &[DraftRow], catalog: &Catalog) {
    if rows.is_empty() {
        say!("{}", catalog.t("workshop-empty"));
        return;
    }
    let header = [
        catalog.t("workshop-col-file"),
        catalog.t("workshop-col-author"),
        catalog.t("workshop-col-title"),
        catalog.t("workshop-col-steps"),
        catalog.t("workshop-col-words"),
        catalog.t("workshop-col-findings"),
    ];
    let mut lines: Vec<[String; 6]> = vec![header];
    for row in rows {
        lines.push(match &row.problem {
            Some(_) => [
                row.file.clone(),
                String::new(),
                catalog.t("workshop-unreadable"),
                String::new(),
                String::new(),
                String::new(),
            ],
            None => [
                row.file.clone(),
                row.author.clone(),
                row.title.clone(),
                format!("{}/{}", row.steps_done, row.steps_total),
                row.words.to_string(),
                format!("✗{} !{} •{}", row.errors, row.warnings, row.tips),
            ],
        });
    }
    let width = |i: usize, max: usize| {
        lines
            .iter()
            .map(|l| l[i].chars().count())
            .max()
            .unwrap_or(0)
            .min(max)
    };
    let widths = [
        width(0, 30),
        width(1, 24),
        width(2, 44),
        width(3, 7),
        width(4, 6),
        0,
    ];
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .map(|(cell, w)| {
                let shown: String = if cell.chars().count() > w && w > 1 {
                    cell.chars().take(w - 1).chain(['…']).collect()
                } else {
                    cell.clone()
                };
                format!("{shown:<w$}")
            })
            .collect();
        say!("{}", cells.join("  ").trim_end());
    }
    // The reasons in full, under the table.
    for row in rows {
        if let Some(problem) = problem_text(row, catalog) {
            say!("{}: {problem}", row.file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("Ana"), "Ana");
        assert_eq!(csv_cell("Bălți, Moldova"), "\"Bălți, Moldova\"");
        assert_eq!(
            csv_cell("„Bunicii” \"online\""),
            "\"„Bunicii” \"\"online\"\"\""
        );
        assert_eq!(csv_cell("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }
}
