//! Checking a template the way a trainer needs: every problem at once, each located,
//! including its layouts tried on drafts and its model story read as a draft.

use std::path::Path;

use crate::render::{Layouts, LoadedTemplate, RenderError};
use crate::story::{Draft, Item, parse_draft};
use crate::template::{
    EXAMPLE_FILE, Problem, StepKind, TEMPLATE_FILE, Template, TemplateError, TemplateSource,
    check_shape, read_template,
};

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

pub fn validate_source(source: TemplateSource) -> Result<String, TemplateError> {
    let template = read_template(&source)?;
    let mut problems = check_shape(&template, &source);
    // Layouts are compiled and tried even when the steps have problems, so that one run
    // of `validate` reports everything.
    let loaded = match Layouts::compile(&template, &source) {
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

/// Renders each layout with every step answered, with none, and with the model story, so a
/// layout that names a field the template does not have, breaks on an empty optional step,
/// or runs past its budget (`render::TIME_BUDGET`…) is caught now. A layout that runs out
/// of time is left running: nothing more is rendered, and the problems found so far are
/// the answer (the command ends, and the render with it).
fn render_problems(loaded: &LoadedTemplate) -> Vec<Problem> {
    let mut drafts = vec![sample_draft(&loaded.template), Draft::new(&loaded.template)];
    drafts.extend(example_draft(loaded));
    let mut problems = Vec::new();
    for layout in &loaded.template.layouts {
        if !loaded.layouts.has(&layout.id) {
            continue;
        }
        for draft in &drafts {
            match crate::render::markdown(loaded, draft, &layout.id) {
                Err(RenderError::TooSlow(p)) => {
                    problems.push(p);
                    return problems;
                }
                Err(RenderError::Layout(p)) if !problems.contains(&p) => problems.push(p),
                _ => {}
            }
        }
    }
    problems
}

/// The model story as a draft of this template, when it reads as one.
fn example_draft(loaded: &LoadedTemplate) -> Option<Draft> {
    let text = loaded.example()?;
    let draft = parse_draft(&text, &loaded.source.display_path(EXAMPLE_FILE)).ok()?;
    (draft.template == loaded.template.id).then_some(draft)
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
            StepKind::Line => draft.answers.set_text(&step.id, "Un rând".into()),
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
