//! Exporting from the wizard: the article written through the library, its problems in
//! the interface language.

use std::path::{Path, PathBuf};

use crate::i18n::{Catalog, Lang};
use crate::render::{self, Format, LoadedTemplate, RenderOptions};
use crate::service::{self, ServiceError};
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

/// What an export needs, taken from the model so that it can go to another thread.
pub(super) struct ExportJob {
    loaded: LoadedTemplate,
    draft: Draft,
    draft_path: PathBuf,
    lang: Lang,
    path: PathBuf,
    layout: String,
    format: Format,
    overwrite: bool,
}

impl ExportJob {
    pub(super) fn new(
        app: &App,
        path: PathBuf,
        layout: String,
        format: Format,
        overwrite: bool,
    ) -> Result<ExportJob, ExportProblem> {
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return Err(ExportProblem::Failed(app.t("export-no-story")));
        };
        Ok(ExportJob {
            loaded: loaded.clone(),
            draft: session.draft.clone(),
            draft_path: session.path.clone(),
            lang: app.catalog.lang(),
            path,
            layout,
            format,
            overwrite,
        })
    }

    /// Renders and writes the article; an existing file is replaced only when confirmed.
    /// With the file's path, the sentences saying what the layout leaves out of the story,
    /// if anything.
    pub(super) fn run(self) -> Result<(PathBuf, Vec<String>), ExportProblem> {
        let catalog = Catalog::new(self.lang);
        let path = self.path.as_path();
        let failed = |e: ServiceError| match e {
            ServiceError::OutputExists { .. } => ExportProblem::Exists(path.to_path_buf()),
            ServiceError::Held { beside, .. } => ExportProblem::Held {
                path: path.to_path_buf(),
                beside: PathBuf::from(beside),
            },
            other => ExportProblem::Failed(service::error_text(&other, &catalog)),
        };
        if path.exists() && !self.overwrite {
            return Err(ExportProblem::Exists(path.to_path_buf()));
        }
        let base_dir = Some(service::draft_folder(&self.draft_path));
        let options = RenderOptions {
            standalone: false,
            base_dir,
        };
        let (loaded, layout) = (&self.loaded, self.layout.as_str());
        let article = render::article(loaded, &self.draft, layout, self.format, options)
            .map_err(|e| failed(e.into()))?;
        let target = service::ArticleFile {
            format: self.format,
            path,
            force: self.overwrite,
        };
        service::write_article(&target, &article).map_err(failed)?;
        let name = loaded.template.layout(layout).map_or(layout, |l| &l.name);
        let mut left_out = service::left_out_text(name, &article.left_out, &catalog);
        left_out.extend(service::outside_photos_text(&article.photos, &catalog));
        Ok((path.to_path_buf(), left_out))
    }
}
