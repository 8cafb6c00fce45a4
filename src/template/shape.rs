//! A template's shape, beyond what TOML itself can see: ids, word limits, steps and
//! layouts present. Checked when a template is read, and by `templates validate`.

use std::collections::HashSet;

use super::read::TEMPLATE_FILE;
use super::source::stays_inside;
use super::{Problem, Template, TemplateSource};

/// Problems of the template's shape that TOML itself cannot see.
pub fn check_shape(template: &Template, source: &TemplateSource) -> Vec<Problem> {
    let file = source.display_path(TEMPLATE_FILE);
    let text = source
        .read_text(TEMPLATE_FILE)
        .ok()
        .flatten()
        .unwrap_or_default();
    let at = |needle: &str, nth: usize, message: String| match locate(&text, needle, nth) {
        Some((line, col)) => Problem::at(&file, line, col, message),
        None => Problem::in_file(&file, message),
    };
    let at: &dyn Fn(&str, usize, String) -> Problem = &at;
    let mut problems = Vec::new();
    if !is_identifier(&template.id, true) {
        problems.push(at(
            "id",
            0,
            format!(
                "the template id \"{}\" may use only small letters, digits, - and _",
                template.id
            ),
        ));
    }
    if template.steps.is_empty() {
        problems.push(Problem::in_file(
            &file,
            "the template has no steps; add at least one [[steps]] table",
        ));
    }
    if template.layouts.is_empty() {
        problems.push(Problem::in_file(
            &file,
            "the template has no layouts; add at least one [[layouts]] table",
        ));
    }
    steps(template, at, &mut problems);
    layouts(template, &text, at, &mut problems);
    coach(template, at, &mut problems);
    problems
}

/// Where a problem is: the `nth` place `needle` is written in template.toml, and what is wrong.
type At<'a> = &'a dyn Fn(&str, usize, String) -> Problem;

/// Each step's id (written once, a word) and its word limits.
fn steps(template: &Template, at: At, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for step in &template.steps {
        let needle = format!("\"{}\"", step.id);
        if !seen.insert(step.id.as_str()) {
            problems.push(at(
                &needle,
                1,
                format!(
                    "the step id \"{}\" is used twice; each step needs its own id",
                    step.id
                ),
            ));
        }
        if !is_identifier(&step.id, false) {
            problems.push(at(&needle, 0, format!("the step id \"{}\" may use only small letters, digits and _, and must start with a letter", step.id)));
        }
        if let (Some(min), Some(max)) = (step.min_words, step.max_words)
            && min > max
        {
            problems.push(at(
                &needle,
                0,
                format!(
                    "the step \"{}\" has min_words {min} above max_words {max}",
                    step.id
                ),
            ));
        }
    }
}

/// Each layout's file (inside the template's folder) and id (written once).
fn layouts(template: &Template, text: &str, at: At, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for layout in &template.layouts {
        if let Some(file) = &layout.file
            && !stays_inside(file)
        {
            // As written: plain, or with its backslashes escaped in a "basic string".
            let escaped = file.replace('\\', "\\\\");
            let needle = if text.contains(file.as_str()) {
                file.as_str()
            } else {
                escaped.as_str()
            };
            problems.push(at(
                needle,
                0,
                format!(
                    "the layout \"{}\" names the file \"{file}\", outside the template's folder; put the layout in the template's folder and name it from there (\"{}.md.tera\")",
                    layout.id, layout.id
                ),
            ));
        }
        if !seen.insert(layout.id.as_str()) {
            problems.push(at(
                &format!("\"{}\"", layout.id),
                1,
                format!("the layout id \"{}\" is used twice", layout.id),
            ));
        }
    }
}

/// The `[coach]` table: steps it names exist, limits that can be met.
fn coach(template: &Template, at: At, problems: &mut Vec<Problem>) {
    let coach = &template.coach;
    for id in &coach.number_steps {
        if template.step(id).is_none() {
            problems.push(at(
                "number_steps",
                0,
                format!(
                    "[coach] number_steps names the step \"{id}\", which the template does not have"
                ),
            ));
        }
    }
    if coach.sentence_max_words == 0 {
        problems.push(at(
            "sentence_max_words",
            0,
            "[coach] sentence_max_words must be at least 1".to_string(),
        ));
    }
    if let Some(range) = coach.article_words
        && let (Some(min), Some(max)) = (range.min, range.max)
        && min > max
    {
        problems.push(at(
            "article_words",
            0,
            format!("[coach] article_words has min {min} above max {max}"),
        ));
    }
}

fn is_identifier(id: &str, allow_dash: bool) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (allow_dash && c == '-')
        })
}

/// Line and column of the `nth` (0-based) occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let offset = text.match_indices(needle).nth(nth)?.0;
    Some(crate::text::line_col(text, offset))
}
