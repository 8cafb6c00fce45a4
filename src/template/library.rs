//! The set of templates a session can use: built-ins, then user folders overriding by id.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::{Problem, Template, TemplateError, TemplateSource};
use crate::render::Layouts;

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/story-templates");

/// The file that makes a folder a template.
pub const TEMPLATE_FILE: &str = "template.toml";
/// The template a new story uses unless another is chosen.
pub const DEFAULT_TEMPLATE: &str = "success-story";
/// The model story shipped beside a template.
pub const EXAMPLE_FILE: &str = "example.toml";

/// A template read, checked for shape and with its layouts compiled.
#[derive(Debug)]
pub struct LoadedTemplate {
    pub template: Template,
    pub source: TemplateSource,
    pub layouts: Layouts,
}

impl LoadedTemplate {
    /// Reads `template.toml` and compiles the layouts; reports the first problem found.
    /// [`super::validate_path`] goes further and reports every problem.
    pub fn load(source: TemplateSource) -> Result<Self, TemplateError> {
        let template = parse_template(&source)?;
        let structural = super::validate::structure(&template, &source);
        if !structural.is_empty() {
            return Err(TemplateError::Many(structural));
        }
        let layouts = Layouts::compile(&template, &source)?;
        Ok(LoadedTemplate {
            template,
            source,
            layouts,
        })
    }

    /// The text of the example draft, if the template ships one.
    pub fn example(&self) -> Option<String> {
        self.source.read_text(EXAMPLE_FILE).ok().flatten()
    }

    pub fn id(&self) -> &str {
        &self.template.id
    }
}

/// Parses `template.toml` of a template folder, locating TOML errors.
pub(super) fn parse_template(source: &TemplateSource) -> Result<Template, TemplateError> {
    let path = source.display_path(TEMPLATE_FILE);
    let text = source.read_text(TEMPLATE_FILE)?.ok_or_else(|| {
        TemplateError::Invalid(Problem::in_file(
            &path,
            "there is no template.toml in this folder",
        ))
    })?;
    toml::from_str(&text).map_err(|e| TemplateError::Invalid(Problem::from_toml(&path, &text, &e)))
}

/// All templates available, in a stable order (built-ins first, then by id).
#[derive(Debug, Default)]
pub struct Library {
    templates: Vec<LoadedTemplate>,
}

impl Library {
    /// The built-in templates only.
    pub fn builtin() -> Result<Self, TemplateError> {
        let mut dirs: Vec<&'static Dir<'static>> = BUILTIN
            .dirs()
            .filter(|d| d.get_file(d.path().join(TEMPLATE_FILE)).is_some())
            .collect();
        // The default template first (it is what most librarians want), then by id.
        dirs.sort_by_key(|d| (d.path() != std::path::Path::new(DEFAULT_TEMPLATE), d.path()));
        let mut library = Library::default();
        for dir in dirs {
            library.insert(LoadedTemplate::load(TemplateSource::Builtin(dir))?);
        }
        Ok(library)
    }

    /// Built-ins, then each folder in `folders` (later folders win on equal ids).
    /// A folder may be one template (it holds `template.toml`) or hold template folders.
    pub fn load(folders: &[PathBuf]) -> Result<Self, TemplateError> {
        let mut library = Library::builtin()?;
        for folder in folders {
            for dir in template_dirs(folder)? {
                library.insert(LoadedTemplate::load(TemplateSource::Folder(dir))?);
            }
        }
        Ok(library)
    }

    /// The user's own templates folder, in the config folder, when it exists.
    pub fn user_folder() -> Option<PathBuf> {
        let dirs = directories::ProjectDirs::from("", "", "povestitor")?;
        let folder = dirs.config_dir().join("templates");
        folder.is_dir().then_some(folder)
    }

    fn insert(&mut self, loaded: LoadedTemplate) {
        match self.templates.iter_mut().find(|t| t.id() == loaded.id()) {
            Some(existing) => *existing = loaded,
            None => self.templates.push(loaded),
        }
    }

    pub fn get(&self, id: &str) -> Result<&LoadedTemplate, TemplateError> {
        self.templates
            .iter()
            .find(|t| t.id() == id)
            .ok_or_else(|| TemplateError::Unknown {
                id: id.to_string(),
                available: self.ids(),
            })
    }

    pub fn ids(&self) -> Vec<String> {
        self.templates.iter().map(|t| t.id().to_string()).collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &LoadedTemplate> {
        self.templates.iter()
    }
}

/// The template folders in `folder`: itself if it is one, else its subfolders that are.
fn template_dirs(folder: &Path) -> Result<Vec<PathBuf>, TemplateError> {
    let io_err = |source| TemplateError::Io {
        path: folder.display().to_string(),
        source,
    };
    if folder.join(TEMPLATE_FILE).is_file() {
        return Ok(vec![folder.to_path_buf()]);
    }
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        if path.join(TEMPLATE_FILE).is_file() {
            dirs.push(path);
        }
    }
    dirs.sort();
    Ok(dirs)
}
