//! The set of templates a session can use: built-ins, then user folders overriding by id.

use std::path::PathBuf;

use super::LibraryError;
use crate::render::LoadedTemplate;
use crate::template::{
    EXAMPLE_FILE, TEMPLATE_FILE, TemplateError, builtin_sources, folder_sources, user_folder,
};

/// All templates available, in a stable order (built-ins first, then by id).
#[derive(Debug, Default)]
pub struct Library {
    templates: Vec<LoadedTemplate>,
}

impl Library {
    /// The built-in templates only.
    pub fn builtin() -> Result<Self, TemplateError> {
        let mut library = Library::default();
        for source in builtin_sources() {
            library.insert(LoadedTemplate::load(source)?);
        }
        Ok(library)
    }

    /// Built-ins, then each folder in `folders` (later folders win on equal ids).
    /// A folder may be one template (it holds `template.toml`) or hold template folders.
    pub fn load(folders: &[PathBuf]) -> Result<Self, TemplateError> {
        let mut library = Library::builtin()?;
        for folder in folders {
            for source in folder_sources(folder)? {
                library.insert(LoadedTemplate::load(source)?);
            }
        }
        Ok(library)
    }

    /// The user's own templates folder, in the config folder, when it exists.
    pub fn user_folder() -> Option<PathBuf> {
        user_folder()
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

/// Copies template `from` into `folder/<id>` under the new id, for a trainer to change:
/// every file, with `id` (and the name, so the two can be told apart) set in
/// `template.toml` and the model story pointing to the copy. Comments are kept.
pub fn copy_template(
    library: &Library,
    from: &str,
    id: &str,
    folder: &std::path::Path,
) -> Result<PathBuf, LibraryError> {
    let loaded = library.get(from)?;
    // The id names a folder: nothing but what a template id may hold.
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) || !id.chars().all(allowed) {
        return Err(LibraryError::BadTemplateId { id: id.to_string() });
    }
    let dest = folder.join(id);
    if dest.exists() {
        return Err(LibraryError::OutputExists {
            path: dest.display().to_string(),
        });
    }
    let write_err = |path: &std::path::Path| {
        let path = path.display().to_string();
        move |source| LibraryError::Write { path, source }
    };
    std::fs::create_dir_all(&dest).map_err(write_err(&dest))?;
    loaded
        .source
        .copy_assets_to(&dest, &[])
        .map_err(write_err(&dest))?;
    let name = format!("{} ({id})", loaded.template.name);
    rewrite(&dest.join(TEMPLATE_FILE), &[("id", id), ("name", &name)])?;
    let example = dest.join(EXAMPLE_FILE);
    if example.exists() {
        rewrite(&example, &[("template", id)])?;
    }
    Ok(dest)
}

/// Sets top-level string keys of a TOML file, keeping everything else as written.
fn rewrite(path: &std::path::Path, keys: &[(&str, &str)]) -> Result<(), LibraryError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LibraryError::Write {
        path: shown.clone(),
        source,
    })?;
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        // A copy of a template that loaded is valid TOML; nothing to do otherwise.
        return Ok(());
    };
    for (key, value) in keys {
        doc[*key] = toml_edit::value(*value);
    }
    crate::story::write_atomic(path, doc.to_string().as_bytes()).map_err(|source| {
        LibraryError::Write {
            path: shown,
            source,
        }
    })
}
