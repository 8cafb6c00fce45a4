//! `povestitor workshop status DIR`: one row per draft of a workshop folder, as a table to
//! read at 80 columns, JSON or CSV. Each row says whether `workshop compile` puts the draft
//! into the book and, when not, why, in the very words `compile` prints.

use std::path::PathBuf;
use std::time::SystemTime;

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use super::out::{say, tell};
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::compile::left_out_line;
use crate::service::workshop::{DraftRow, status};
use crate::service::{Templates, error_text, spelling_off};
use crate::text::terminal_safe;
use crate::text::wrap_words as wrap;

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
    /// The book's layout, as `compile --layout` (each story's print layout when `None`).
    pub layout: Option<&'a str>,
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
        request.layout,
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
    // Something needs the trainer: a draft the book would leave out, or one with an error.
    let attention = rows.iter().any(|r| r.book.is_err() || r.errors > 0);
    Ok(if attention {
        Outcome::NeedsWork
    } else {
        Outcome::Done
    })
}

fn problem_text(row: &DraftRow, catalog: &Catalog) -> Option<String> {
    row.problem().map(|p| error_text(p, catalog))
}

/// Why the book leaves the draft out, as `compile` says it; `None` when it goes in.
fn left_out_text(row: &DraftRow, catalog: &Catalog) -> Option<String> {
    row.book
        .as_ref()
        .err()
        .map(|reason| left_out_line(&row.file, reason, catalog))
}

/// When the file was saved, as RFC 3339 in local time (`2026-12-05T14:03:00+02:00`).
fn saved_iso(saved: Option<SystemTime>) -> Option<String> {
    saved.map(|t| {
        chrono::DateTime::<chrono::Local>::from(t)
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    })
}

fn row_json(row: &DraftRow, catalog: &Catalog) -> Value {
    let readable = row.problem().is_none();
    let some = |v: usize| if readable { json!(v) } else { Value::Null };
    json!({
        "file": row.file,
        "author": row.author,
        "title": row.title,
        "in_book": row.book.is_ok(),
        "layout": row.book.as_ref().ok(),
        "left_out": left_out_text(row, catalog),
        "steps_done": some(row.steps_done),
        "steps_total": some(row.steps_total),
        "optional_done": some(row.optional_done),
        "optional_total": some(row.optional_total),
        "words": some(row.words),
        "errors": some(row.errors),
        "warnings": some(row.warnings),
        "tips": some(row.tips),
        "open_comments": some(row.open_comments),
        "saved": saved_iso(row.saved),
        "problem": problem_text(row, catalog),
    })
}

const COLUMNS: [&str; 17] = [
    "file",
    "author",
    "title",
    "in_book",
    "layout",
    "left_out",
    "steps_done",
    "steps_total",
    "optional_done",
    "optional_total",
    "words",
    "errors",
    "warnings",
    "tips",
    "open_comments",
    "saved",
    "problem",
];

fn print_csv(rows: &[DraftRow], catalog: &Catalog) {
    say!("{}", COLUMNS.join(","));
    for row in rows {
        let cells = [
            row.file.clone(),
            row.author.clone(),
            row.title.clone(),
            row.book.is_ok().to_string(),
            row.book.as_ref().map(String::clone).unwrap_or_default(),
            left_out_text(row, catalog).unwrap_or_default(),
            row.steps_done.to_string(),
            row.steps_total.to_string(),
            row.optional_done.to_string(),
            row.optional_total.to_string(),
            row.words.to_string(),
            row.errors.to_string(),
            row.warnings.to_string(),
            row.tips.to_string(),
            row.open_comments.to_string(),
            saved_iso(row.saved).unwrap_or_default(),
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

/// The table's width: a terminal's least.
const WIDTH: usize = 80;
/// The file's column takes what the others leave, but never more than this.
const FILE_MAX: usize = 24;

/// The table: each draft on two lines, the first with its numbers in aligned columns (file,
/// required steps done, words, findings, open comments, saved), the second indented with
/// whether the book takes it, its author and title. Under the table, the reason of each
/// draft the book leaves out, whole and wrapped, as `compile` says it.
fn print_table(rows: &[DraftRow], catalog: &Catalog) {
    if rows.is_empty() {
        say!("{}", catalog.t("workshop-empty"));
        return;
    }
    let header = [
        catalog.t("workshop-col-file"),
        catalog.t("workshop-col-steps"),
        catalog.t("workshop-col-words"),
        "✗ ! •".to_string(),
        catalog.t("workshop-col-comments"),
        catalog.t("workshop-col-saved"),
    ];
    let mut lines: Vec<[String; 6]> = vec![header];
    for row in rows {
        let saved = row.saved.map_or_else(String::new, |t| {
            chrono::DateTime::<chrono::Local>::from(t)
                .format("%d.%m %H:%M")
                .to_string()
        });
        let file = safe(&row.file);
        lines.push(match row.problem() {
            Some(_) => [
                file,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                saved,
            ],
            None => [
                file,
                if row.optional_done > 0 {
                    format!(
                        "{}/{} +{}",
                        row.steps_done, row.steps_total, row.optional_done
                    )
                } else {
                    format!("{}/{}", row.steps_done, row.steps_total)
                },
                row.words.to_string(),
                format!("✗{} !{} •{}", row.errors, row.warnings, row.tips),
                row.open_comments.to_string(),
                saved,
            ],
        });
    }
    let mut widths = [0; 6];
    for line in &lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.width());
        }
    }
    let others: usize = widths[1..].iter().sum::<usize>() + 2 * (widths.len() - 1);
    widths[0] = widths[0]
        .min(FILE_MAX)
        .min(WIDTH.saturating_sub(others))
        .max(6);
    // Numbers to the right of their column, words to the left.
    let right = [false, true, true, false, true, false];
    for (i, line) in lines.iter().enumerate() {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .zip(right)
            .map(|((cell, width), right)| pad(&cut(cell, width), width, right))
            .collect();
        say!("{}", cells.join("  ").trim_end());
        if i > 0 {
            say!("{}", cut(&about(&rows[i - 1], catalog), WIDTH));
        }
    }
    say!();
    for line in wrap(&catalog.t("workshop-legend"), WIDTH) {
        say!("{line}");
    }
    // The reasons in full, under the table, as `compile` words them.
    for row in rows {
        if let Some(reason) = left_out_text(row, catalog) {
            say!();
            for line in wrap(&safe(&reason), WIDTH) {
                say!("{line}");
            }
        }
    }
}

/// A draft's second line: whether the book takes it, then its author and title.
fn about(row: &DraftRow, catalog: &Catalog) -> String {
    let verdict = match &row.book {
        Ok(_) => format!("✓ {}", catalog.t("workshop-in-book")),
        Err(_) => format!("✗ {}", catalog.t("workshop-left-out")),
    };
    let named = match (row.problem(), row.title.is_empty(), row.author.is_empty()) {
        (Some(_), _, _) => catalog.t("workshop-unreadable"),
        (None, false, false) => format!("{} · {}", row.author, row.title),
        (None, false, true) => row.title.clone(),
        (None, true, _) => row.author.clone(),
    };
    safe(&format!("  {verdict} · {named}"))
}

/// Text from a draft or a file name, made safe for the terminal before it is measured.
fn safe(text: &str) -> String {
    terminal_safe(&text.replace(['\n', '\t'], " ")).into_owned()
}

/// `text` cut to `width` columns, with "…" when something was cut.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn pad(text: &str, width: usize, right: bool) -> String {
    let room = " ".repeat(width.saturating_sub(text.width()));
    if right {
        format!("{room}{text}")
    } else {
        format!("{text}{room}")
    }
}

#[cfg(test)]
mod tests {
    use super::{csv_cell, cut, wrap};
    use unicode_width::UnicodeWidthStr;

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

    #[test]
    fn long_texts_wrap_between_words_and_cut_with_an_ellipsis() {
        let text = "ion.toml a fost lăsat deoarece lipsește /home/ana/un/drum/foarte/lung/spre/fotografia-de-la-atelier.jpg acum";
        let lines = wrap(text, 30);
        assert!(lines.iter().all(|l| l.width() <= 30), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        assert_eq!(lines[0], "ion.toml a fost lăsat deoarece");
        assert_eq!(cut("Bălți și Florești", 8), "Bălți ș…");
        assert_eq!(cut("Bălți", 8), "Bălți");
    }
}
