//! Checking a template the way a trainer needs: every problem at once, each located.

use std::collections::HashSet;
use std::path::Path;

use super::library::{EXAMPLE_FILE, TEMPLATE_FILE, parse_template};
use super::{LoadedTemplate, Problem, StepKind, Template, TemplateError, TemplateSource};
use crate::story::{Draft, Item, parse_draft};

/// Checks the template at `path` (its folder or its `template.toml`): TOML syntax, unknown
/// keys, ids, word limits, layouts (syntax and the fields they name) and the example draft.
/// Returns the template's id when everything is right.
pub fn validate_path(path: &Path) -> Result<String, TemplateError> {
    let folder = if path.is_dir() {
        path.to_path_buf()
    } else if path.file_name().is_some_and(|n| n == TEMPLATE_FILE) || path.is_file() {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        return Err(TemplateError::Invalid(Problem::in_file(
            path.display().to_string(),
            "there is no such file or folder; give the template's folder or its template.toml",
        )));
    };
    let source = TemplateSource::Folder(folder);
    validate_source(source)
}

pub(crate) fn validate_source(source: TemplateSource) -> Result<String, TemplateError> {
    let template = parse_template(&source)?;
    let mut problems = structure(&template, &source);
    // Layouts are compiled and tried even when the steps have problems, so that one run
    // of `validate` reports everything.
    let loaded = match crate::render::Layouts::compile(&template, &source) {
        Ok(layouts) => Some(LoadedTemplate {
            template: template.clone(),
            source,
            layouts,
        }),
        Err(TemplateError::Many(found)) => {
            problems.extend(found);
            None
        }
        Err(other) => return Err(other),
    };
    if let Some(loaded) = &loaded {
        problems.extend(render_problems(loaded));
        problems.extend(example_problems(loaded));
    }
    if problems.is_empty() {
        Ok(template.id)
    } else {
        Err(TemplateError::Many(problems))
    }
}

/// Problems of the template's shape that TOML itself cannot see.
pub(super) fn structure(template: &Template, source: &TemplateSource) -> Vec<Problem> {
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
    let mut seen = HashSet::new();
    for layout in &template.layouts {
        if !seen.insert(layout.id.as_str()) {
            problems.push(at(
                &format!("\"{}\"", layout.id),
                1,
                format!("the layout id \"{}\" is used twice", layout.id),
            ));
        }
    }
    problems
}

/// Renders each layout with every step answered and with none, so a layout that names a
/// field the template does not have, or breaks on an empty optional step, is caught now.
fn render_problems(loaded: &LoadedTemplate) -> Vec<Problem> {
    let drafts = [sample_draft(&loaded.template), Draft::new(&loaded.template)];
    let mut problems = Vec::new();
    for layout in &loaded.template.layouts {
        for draft in &drafts {
            if let Err(crate::render::RenderError::Layout(p)) =
                crate::render::markdown(loaded, draft, &layout.id)
                && !problems.contains(&p)
            {
                problems.push(p);
            }
        }
    }
    problems
}

fn example_problems(loaded: &LoadedTemplate) -> Vec<Problem> {
    let Some(text) = loaded.example() else {
        return Vec::new();
    };
    let file = loaded.source.display_path(EXAMPLE_FILE);
    match parse_draft(&text, &file) {
        Err(e) => vec![Problem::in_file(&file, e.to_string())],
        Ok(draft) if draft.template != loaded.template.id => vec![Problem::in_file(
            &file,
            format!(
                "the example draft names the template \"{}\" instead of \"{}\"",
                draft.template, loaded.template.id
            ),
        )],
        Ok(draft) => draft
            .answers
            .ids()
            .filter(|id| loaded.template.step(id).is_none())
            .map(|id| {
                Problem::in_file(
                    &file,
                    format!("the example answers a step \"{id}\" that the template does not have"),
                )
            })
            .collect(),
    }
}

/// A draft with every step answered, for trying layouts.
fn sample_draft(template: &Template) -> Draft {
    let mut draft = Draft::new(template);
    draft.meta.author = "Autor".into();
    draft.meta.institution = "Biblioteca".into();
    draft.meta.date = "2026-01-01".into();
    for step in &template.steps {
        match step.kind {
            StepKind::Line => draft.answers.set_text(&step.id, "Un rînd".into()),
            StepKind::Text => draft
                .answers
                .set_text(&step.id, "Un paragraf.\n\nAltul.".into()),
            kind => {
                let item = kind
                    .item_fields()
                    .iter()
                    .fold(Item::default(), |item, f| item.with(f, "x.png"));
                draft.answers.set_items(&step.id, vec![item]);
            }
        }
    }
    draft
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
