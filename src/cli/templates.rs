//! `povestitor templates list | show | validate`.

use std::path::Path;

use super::out::say;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::{ServiceError, Templates, copy_template, validate_path};
use crate::template::TemplateError;

pub fn list(templates: &Templates) -> Result<Outcome, CliError> {
    for loaded in templates.iter() {
        let t = &loaded.template;
        say!(
            "{:<22} [{}] {} — {}",
            t.id,
            t.language,
            t.name,
            t.description
        );
    }
    Ok(Outcome::Done)
}

pub fn show(templates: &Templates, id: &str, catalog: &Catalog) -> Result<Outcome, CliError> {
    let t = &templates.get(id)?.template;
    say!("{} ({}, {})", t.name, t.id, t.language);
    if !t.description.is_empty() {
        say!("{}", t.description);
    }
    say!("\n{}:", catalog.t("templates-steps"));
    for (i, step) in t.steps.iter().enumerate() {
        let required = if step.required {
            format!(", {}", catalog.t("templates-required"))
        } else {
            String::new()
        };
        say!(
            "  {}. {} [{}, {:?}{required}]",
            i + 1,
            step.title,
            step.id,
            step.kind
        );
    }
    say!("\n{}:", catalog.t("templates-layouts"));
    for layout in &t.layouts {
        say!(
            "  {:<14} {} — {}",
            layout.id,
            layout.name,
            layout.description
        );
    }
    Ok(Outcome::Done)
}

/// Reports every problem, one per line; exit 1 when there is any.
pub fn validate(path: &Path, catalog: &Catalog) -> Result<Outcome, CliError> {
    match validate_path(path) {
        Ok(id) => {
            say!(
                "{}",
                catalog.t_args("templates-valid", &[("id", id.into())])
            );
            Ok(Outcome::Done)
        }
        Err(err @ (TemplateError::Invalid(_) | TemplateError::Many(_))) => {
            for problem in err.problems() {
                say!("{problem}");
            }
            Ok(Outcome::NeedsWork)
        }
        Err(other) => Err(other.into()),
    }
}

/// `templates new ID --from OTHER`: a copy in the user's templates folder, checked.
pub fn new_template(
    templates: &Templates,
    id: &str,
    from: &str,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let folder = crate::service::templates_folder()
        .ok_or_else(|| CliError::Other(catalog.t("err-no-config-folder")))?;
    let dest = copy_template(templates, from, id, &folder).map_err(|e| match e {
        ServiceError::OutputExists { path } => CliError::TemplateExists { path },
        other => other.into(),
    })?;
    let outcome = validate(&dest, catalog)?;
    say!(
        "{}",
        catalog.t_args(
            "templates-copied",
            &[
                ("path", dest.display().to_string().into()),
                ("id", id.into())
            ]
        )
    );
    Ok(outcome)
}
