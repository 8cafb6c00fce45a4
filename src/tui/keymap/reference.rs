//! The keys part of `docs/reference.md`: every line of the help window (F1), by section, as
//! Markdown tables in the catalog's language. Made from the same table as the help window,
//! so the reference cannot name a key the wizard does not have (tests/repo/reference.rs
//! compares it with the file).

use super::help_sections;
use crate::i18n::Catalog;

/// The wizard's keys as Markdown: a `##` heading, then a `###` section per help section.
pub fn keys_markdown(catalog: &Catalog) -> String {
    let mut out = format!(
        "## {}\n\nThe wizard's keys, as its help window (F1) lists them, section by section.\n",
        catalog.t("help-title")
    );
    for (section, lines) in help_sections() {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {}\n\n", catalog.t(section.title())));
        out.push_str("| Keys | What they do |\n|---|---|\n");
        for line in lines {
            out.push_str(&format!(
                "| {} | {} |\n",
                cell(&line.keys),
                cell(&catalog.t(line.id))
            ));
        }
    }
    out
}

/// Text that stays inside one cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_help_line_is_a_row_with_its_words() {
        let catalog = Catalog::new(Lang::En);
        let text = keys_markdown(&catalog);
        for (_, lines) in help_sections() {
            for line in lines {
                let row = format!("| {} | {} |", cell(&line.keys), cell(&catalog.t(line.id)));
                assert!(text.lines().any(|l| l == row), "{row} in:\n{text}");
            }
        }
        assert!(text.contains("| F2 | preview the article |"), "{text}");
    }
}
