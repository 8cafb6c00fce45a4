//! Exporting from the wizard: the article written through the library, its problems in
//! the interface language.

use std::path::{Path, PathBuf};

use crate::library::publish::{self, Progress, PublishRequest};
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

/// Renders and writes the article; an existing file is replaced only when confirmed.
pub(super) fn export(
    app: &App,
    path: &Path,
    layout: &str,
    format: crate::render::Format,
    overwrite: bool,
) -> Result<PathBuf, ExportProblem> {
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
    let article = render::render(loaded, &session.draft, layout, format, options)
        .map_err(|e| failed(e.into()))?;
    let target = library::ArticleFile {
        loaded,
        draft: &session.draft,
        base_dir,
        layout,
        format,
        path,
        force: overwrite,
    };
    library::write_article(&target, &article).map_err(failed)?;
    Ok(path.to_path_buf())
}

/// Sends the open draft to WordPress as a draft post (the draft was just saved); the status
/// line's words: the edit link and the photos, or why it did not happen. The password is
/// typed in the form, else taken from `POVESTITOR_WP_PASSWORD`.
pub(super) fn publish(
    app: &mut App,
    layout: &str,
    site: &str,
    user: &str,
    typed: &str,
    report: &mut dyn FnMut(&str),
) -> Result<String, String> {
    let from_env = std::env::var("POVESTITOR_WP_PASSWORD").unwrap_or_default();
    let password = if typed.is_empty() {
        from_env.trim()
    } else {
        typed
    };
    if password.is_empty() {
        return Err(app.t("export-password-missing"));
    }
    let catalog = &app.catalog;
    let Some(session) = app.session.as_mut() else {
        return Err(app.t("export-no-story"));
    };
    let (mut uploaded, mut kept, mut gone) = (0usize, 0usize, None);
    let mut progress = |step: Progress| {
        let (id, number, total, file) = match step {
            Progress::PhotoUploaded {
                number,
                total,
                file,
            } => {
                uploaded += 1;
                ("publish-photo-uploaded", number, total, file)
            }
            Progress::PhotoKept {
                number,
                total,
                file,
            } => {
                kept += 1;
                ("publish-photo-kept", number, total, file)
            }
            Progress::PostGone { id } => {
                gone = Some(id);
                return;
            }
            Progress::SignedIn { site } => {
                report(&catalog.t_args("publish-signed-in", &[("site", site.into())]));
                return;
            }
        };
        let args = [
            ("number", number.into()),
            ("total", total.into()),
            ("file", file.into()),
        ];
        report(&catalog.t_args(id, &args));
    };
    let path = session.path.clone();
    let request = PublishRequest {
        draft: &path,
        layout,
        site,
        user,
        password,
    };
    let published =
        publish::publish_draft(&app.library, &mut session.draft, &request, &mut progress)
            .map_err(|e| library::error_text(&e, catalog))?;
    // Saved by the publish, with the post's ids.
    session.dirty = false;
    let mut text = String::new();
    if let Some(id) = gone {
        text = catalog.t_args("publish-post-gone", &[("id", id.to_string().into())]);
        text.push(' ');
    }
    text.push_str(&catalog.t_args(
        "export-published",
        &[
            ("link", published.edit_link.as_str().into()),
            ("uploaded", uploaded.into()),
            ("kept", kept.into()),
        ],
    ));
    Ok(text)
}
