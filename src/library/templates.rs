//! The set of templates a session can use: built-ins, then user folders overriding by id.

use std::path::PathBuf;

use crate::render::LoadedTemplate;
use crate::template::{TemplateError, builtin_sources, folder_sources, user_folder};

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
