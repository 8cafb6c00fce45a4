//! Reading templates: the built-ins embedded in the binary, the folders of a user's
//! templates, and `template.toml` parsed with its errors located.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::{Problem, Template, TemplateError, TemplateSource};

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/story-templates");

/// The file that makes a folder a template.
pub const TEMPLATE_FILE: &str = "template.toml";
/// The template a new story uses unless another is chosen.
pub const DEFAULT_TEMPLATE: &str = "success-story";
/// The model story shipped beside a template.
pub const EXAMPLE_FILE: &str = "example.toml";

/// Parses `template.toml` of a template folder, locating TOML errors.
pub fn read_template(source: &TemplateSource) -> Result<Template, TemplateError> {
    let path = source.display_path(TEMPLATE_FILE);
    let text = source.read_text(TEMPLATE_FILE)?.ok_or_else(|| {
        TemplateError::Invalid(Problem::in_file(
            &path,
            "there is no template.toml in this folder",
        ))
    })?;
    toml::from_str(&text).map_err(|e| TemplateError::Invalid(Problem::from_toml(&path, &text, &e)))
}

/// The built-in templates: the default one first (it is what most librarians want),
/// then by id.
pub fn builtin_sources() -> Vec<TemplateSource> {
    let mut dirs: Vec<&'static Dir<'static>> = BUILTIN
        .dirs()
        .filter(|d| d.get_file(d.path().join(TEMPLATE_FILE)).is_some())
        .collect();
    dirs.sort_by_key(|d| (d.path() != Path::new(DEFAULT_TEMPLATE), d.path()));
    dirs.into_iter().map(TemplateSource::Builtin).collect()
}

/// The template folders in `folder`: itself if it is one, else its subfolders that are.
pub fn folder_sources(folder: &Path) -> Result<Vec<TemplateSource>, TemplateError> {
    let io_err = |source| TemplateError::Io {
        path: folder.display().to_string(),
        source,
    };
    if folder.join(TEMPLATE_FILE).is_file() {
        return Ok(vec![TemplateSource::Folder(folder.to_path_buf())]);
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        if path.join(TEMPLATE_FILE).is_file() {
            dirs.push(path);
        }
    }
    dirs.sort();
    Ok(dirs.into_iter().map(TemplateSource::Folder).collect())
}
