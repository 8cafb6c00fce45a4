//! Exporting from the wizard: the article written through the library, its problems in
//! the interface language.

use std::path::{Path, PathBuf};

use crate::library::{self, LibraryError};
use crate::render::{self, LoadedTemplate, RenderOptions};
use crate::story::Draft;
use crate::tui::app::{App, ExportProblem, RecentDraft};

pub(super) fn describe(
    path: &Path,
    draft: &Draft,
    loaded: &LoadedTemplate,
    modified: std::time::SystemTime,
) -> RecentDraft {
    let steps = &loaded.template.steps;
    let title = match draft.title() {
        "" => path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        title => title.to_string(),
    };
    RecentDraft {
        path: path.to_path_buf(),
        title,
        template_name: loaded.template.name.clone(),
        edited: chrono::DateTime::<chrono::Local>::from(modified)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        done: steps
            .iter()
            .filter(|s| draft.answers.is_answered(s))
            .count(),
        total: steps.len(),
    }
}

/// Renders and writes the article; an existing file is replaced only when confirmed. With
/// the file's path, the sentences saying what the layout leaves out of the story, if anything.
pub(super) fn export(
    app: &App,
    path: &Path,
    layout: &str,
    format: crate::render::Format,
    overwrite: bool,
) -> Result<(PathBuf, Vec<String>), ExportProblem> {
    let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
        return Err(ExportProblem::Failed(app.t("export-no-story")));
    };
    let failed = |e: LibraryError| match e {
        LibraryError::OutputExists { .. } => ExportProblem::Exists(path.to_path_buf()),
        other => ExportProblem::Failed(library::error_text(&other, &app.catalog)),
    };
    if path.exists() && !overwrite {
        return Err(ExportProblem::Exists(path.to_path_buf()));
    }
    let base_dir = Some(library::draft_folder(&session.path));
    let options = RenderOptions {
        standalone: false,
        base_dir,
    };
    let article = render::article(loaded, &session.draft, layout, format, options)
        .map_err(|e| failed(e.into()))?;
    let target = library::ArticleFile {
        format,
        path,
        force: overwrite,
    };
    library::write_article(&target, &article).map_err(failed)?;
    let name = loaded.template.layout(layout).map_or(layout, |l| &l.name);
    let left_out = library::left_out_text(name, &article.left_out, &app.catalog);
    Ok((path.to_path_buf(), left_out))
}
