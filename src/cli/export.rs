//! `povestitor export` and `povestitor new`: drafts in, files out (photos copied alongside).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::library::Library;
use crate::render::LoadedTemplate;
use crate::render::{self, Format, Photo, RenderOptions};
use crate::story::{Draft, load_draft, save_draft, write_atomic};

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
    if req.format.is_binary() && req.output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal {
            extension: req.format.extension(),
        });
    }
    let draft = load_draft(req.draft)?;
    let loaded = library.get(&draft.template)?;
    // Photo paths in a draft are relative to the draft's own folder.
    let base_dir = Some(draft_folder(req.draft));
    let options = RenderOptions {
        standalone: req.standalone,
        base_dir,
    };
    // Rendering checks every photo, so nothing is written when one is missing.
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
            write_article(
                &ArticleFile {
                    loaded,
                    draft: &draft,
                    base_dir,
                    layout: req.layout,
                    format: req.format,
                    path: &path,
                    force: req.force,
                },
                &article,
            )?;
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

/// An article to be written to a file, with what is needed to bring its photos along.
pub struct ArticleFile<'a> {
    pub loaded: &'a LoadedTemplate,
    pub draft: &'a Draft,
    /// The draft's folder, where its photos are.
    pub base_dir: Option<&'a Path>,
    pub layout: &'a str,
    pub format: Format,
    pub path: &'a Path,
    /// Replace an existing file (and a different photo of the same name).
    pub force: bool,
}

/// Writes a rendered article and, for Markdown and HTML, copies its photos beside it.
/// Everything that could stop the export is checked before anything is written.
pub fn write_article(target: &ArticleFile, article: &render::Output) -> Result<(), CliError> {
    if target.path.exists() && !target.force {
        return Err(CliError::OutputExists {
            path: target.path.display().to_string(),
        });
    }
    let copies = match target.format {
        Format::Md | Format::Html => {
            let photos = render::article_photos(
                target.loaded,
                target.draft,
                target.layout,
                target.base_dir,
            )?;
            photo_copies(&photos, target.path, target.force)?
        }
        Format::Txt | Format::Docx => Vec::new(),
    };
    for copy in &copies {
        copy.run()?;
    }
    write_new_file(target.path, article.as_bytes(), target.force)
}

/// The folder of a draft file, where its photos are looked for.
pub fn draft_folder(draft_path: &Path) -> &Path {
    draft_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

/// A photo to put next to the exported article, under the path the article uses for it.
#[derive(Debug)]
struct PhotoCopy {
    from: PathBuf,
    to: PathBuf,
}

impl PhotoCopy {
    fn run(&self) -> Result<(), CliError> {
        let bytes = std::fs::read(&self.from).map_err(|source| CliError::Write {
            path: self.from.display().to_string(),
            source,
        })?;
        write_new_file(&self.to, &bytes, true)
    }
}

/// Which photos to copy next to `article`; decided before anything is written, so a
/// photo that would replace a different picture stops the export (unless `force`).
fn photo_copies(photos: &[Photo], article: &Path, force: bool) -> Result<Vec<PhotoCopy>, CliError> {
    let folder = article
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut copies: Vec<PhotoCopy> = Vec::new();
    for photo in photos {
        let to = folder.join(&photo.published);
        if copies.iter().any(|c| c.to == to) || is_same_file(&photo.file, &to) {
            continue;
        }
        if to.exists() {
            let same = std::fs::read(&to).ok() == std::fs::read(&photo.file).ok();
            if same {
                continue;
            }
            if !force {
                return Err(CliError::PhotoExists {
                    path: to.display().to_string(),
                    photo: photo.path.clone(),
                });
            }
        }
        copies.push(PhotoCopy {
            from: photo.file.clone(),
            to,
        });
    }
    Ok(copies)
}

fn is_same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
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
