//! `povestitor export` and `povestitor new`: drafts in, files out (photos copied alongside).

use std::io::IsTerminal;
use std::path::Path;

use super::out::tell;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::render::{self, Format, RenderOptions};
use crate::service::{
    ArticleFile, Config, ServiceError, Templates, attach_photos_text, draft_folder, left_out_text,
    output_path, outside_photos_text, see_more_text, write_article,
};
use crate::story::{Draft, load_draft, save_draft};

pub struct ExportRequest<'a> {
    pub draft: &'a Path,
    pub layout: &'a str,
    pub format: Format,
    pub output: Option<&'a Path>,
    pub force: bool,
    pub standalone: bool,
}

pub fn export(
    templates: &Templates,
    req: &ExportRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    if req.format.is_binary() && req.output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal {
            extension: req.format.extension(),
        });
    }
    let draft = load_draft(req.draft)?;
    let loaded = templates.get(&draft.template)?;
    // Photo paths in a draft are relative to the draft's own folder.
    let base_dir = Some(draft_folder(req.draft));
    let options = RenderOptions {
        standalone: req.standalone,
        base_dir,
    };
    // Rendering checks every photo, so nothing is written when one is missing.
    let article = render::article(loaded, &draft, req.layout, req.format, options)?;
    match req.output {
        None => {
            super::out::bytes(article.output.as_bytes()).map_err(|source| ServiceError::Write {
                path: "stdout".into(),
                source,
            })?;
        }
        Some(output) => {
            let path = output_path(output, &draft, req.format);
            write_article(
                &ArticleFile {
                    format: req.format,
                    path: &path,
                    force: req.force,
                },
                &article,
            )?;
            tell!(
                "{}",
                catalog.t_args(
                    "export-written",
                    &[("path", path.display().to_string().into())]
                )
            );
        }
    }
    // Said whether the article went to a file or to stdout: a layout that shows less.
    let layout = loaded
        .template
        .layout(req.layout)
        .map_or(req.layout, |l| &l.name);
    for line in left_out_text(layout, &article.left_out, catalog) {
        tell!("{line}");
    }
    for line in outside_photos_text(&article.photos, catalog) {
        tell!("{line}");
    }
    // A social post: where "See more" cuts it, and the photos to attach (beside a file).
    if let Some(line) = see_more_text(loaded, &draft, req.layout, catalog)? {
        tell!("{line}");
    }
    if req.output.is_some()
        && let Some(line) = attach_photos_text(loaded, req.layout, &article.photos, catalog)
    {
        tell!("{line}");
    }
    Ok(Outcome::Done)
}

/// Writes an empty draft for `template_id` at `file` (never over an existing one).
pub fn write_new_draft(
    templates: &Templates,
    template_id: &str,
    file: &Path,
    config: &Config,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let loaded = templates.get(template_id)?;
    if file.exists() {
        return Err(ServiceError::OutputExists {
            path: file.display().to_string(),
        }
        .into());
    }
    let mut draft = Draft::new(&loaded.template);
    // Without the wizard there are no remembered names: only the configured ones.
    draft.meta.author = config.author.clone().unwrap_or_default();
    draft.meta.institution = config.institution.clone().unwrap_or_default();
    draft.meta.date = chrono::Local::now().date_naive().to_string();
    save_draft(file, &draft)?;
    tell!(
        "{}",
        catalog.t_args(
            "new-written",
            &[("path", file.display().to_string().into())]
        )
    );
    Ok(Outcome::Done)
}
