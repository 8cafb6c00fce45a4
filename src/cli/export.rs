//! `povestitor export` and `povestitor new`: drafts in, files out.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::render::{self, Format, RenderOptions};
use crate::story::{Draft, load_draft, save_draft, write_atomic};
use crate::template::Library;

pub struct ExportRequest<'a> {
    pub draft: &'a Path,
    pub layout: &'a str,
    pub format: Format,
    pub output: Option<&'a Path>,
    pub force: bool,
    pub standalone: bool,
}

pub fn export(
    library: &Library,
    req: &ExportRequest,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let draft = load_draft(req.draft)?;
    let loaded = library.get(&draft.template)?;
    let options = RenderOptions {
        standalone: req.standalone,
    };
    let article = render::render(loaded, &draft, req.layout, req.format, options)?;
    match req.output {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(article.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|source| CliError::Write {
                    path: "stdout".into(),
                    source,
                })?;
        }
        Some(output) => {
            let path = output_path(output, &draft, req.format);
            write_new_file(&path, article.as_bytes(), req.force)?;
            eprintln!(
                "{}",
                catalog.t_args(
                    "export-written",
                    &[("path", path.display().to_string().into())]
                )
            );
        }
    }
    Ok(Outcome::Done)
}

/// `-o FOLDER/` (or an existing folder) gets a file named from the title.
pub fn output_path(output: &Path, draft: &Draft, format: Format) -> PathBuf {
    let names_folder = output.is_dir()
        || output
            .as_os_str()
            .to_string_lossy()
            .ends_with(['/', std::path::MAIN_SEPARATOR]);
    if names_folder {
        output.join(render::safe_file_name(draft.title(), format.extension()))
    } else {
        output.to_path_buf()
    }
}

/// Writes atomically, refusing to replace an existing file unless `force`.
pub fn write_new_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), CliError> {
    if path.exists() && !force {
        return Err(CliError::OutputExists {
            path: path.display().to_string(),
        });
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| CliError::Write {
            path: parent.display().to_string(),
            source,
        })?;
    }
    write_atomic(path, bytes).map_err(|source| CliError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// Writes an empty draft for `template_id` at `file` (never over an existing one).
pub fn write_new_draft(
    library: &Library,
    template_id: &str,
    file: &Path,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let loaded = library.get(template_id)?;
    if file.exists() {
        return Err(CliError::OutputExists {
            path: file.display().to_string(),
        });
    }
    let mut draft = Draft::new(&loaded.template);
    draft.meta.date = chrono::Local::now().date_naive().to_string();
    save_draft(file, &draft)?;
    eprintln!(
        "{}",
        catalog.t_args(
            "new-written",
            &[("path", file.display().to_string().into())]
        )
    );
    Ok(Outcome::Done)
}
