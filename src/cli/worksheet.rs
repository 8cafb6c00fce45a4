//! `povestitor worksheet --template ID`: a hand-out to print for a workshop, with every step
//! of the template and lines to write on. Its few words of its own ("Example") are in the
//! template's language when the program speaks it, so they match the prompts around them.

use std::io::IsTerminal;
use std::path::Path;

use super::out::tell;
use super::{CliError, DocFormat, Outcome};
use crate::i18n::{Catalog, Lang};
use crate::render::worksheet::{Sheet, SheetLabels, worksheet as render_worksheet};
use crate::service::{ServiceError, Templates, write_new_file};

pub struct WorksheetRequest<'a> {
    pub template: &'a str,
    pub format: DocFormat,
    pub output: Option<&'a Path>,
    pub force: bool,
}

pub fn worksheet(
    templates: &Templates,
    req: &WorksheetRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let format = req.format.format();
    if format.is_binary() && req.output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal {
            extension: format.extension(),
        });
    }
    if let Some(path) = req.output.filter(|p| p.exists() && !req.force) {
        return Err(ServiceError::OutputExists {
            path: path.display().to_string(),
        }
        .into());
    }
    let template = &templates.get(req.template)?.template;
    let words = Lang::ALL
        .into_iter()
        .find(|lang| template.language.trim().starts_with(lang.code()))
        .map_or_else(|| Catalog::new(catalog.lang()), Catalog::new);
    let (name_line, guidance, example) = (
        words.t("worksheet-name-line"),
        words.t("worksheet-guidance"),
        words.t("worksheet-example"),
    );
    let sheet = Sheet::new(
        template,
        &SheetLabels {
            name_line: &name_line,
            guidance: &guidance,
            example: &example,
        },
    );
    let output = render_worksheet(&sheet, format)?;
    match req.output {
        None => {
            super::out::bytes(output.as_bytes()).map_err(|source| ServiceError::Write {
                path: "stdout".into(),
                source,
            })?;
        }
        Some(path) => {
            write_new_file(path, output.as_bytes(), req.force)?;
            tell!(
                "{}",
                catalog.t_args(
                    "worksheet-written",
                    &[("path", path.display().to_string().into())]
                )
            );
        }
    }
    Ok(Outcome::Done)
}
