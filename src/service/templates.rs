//! The set of templates a session can use: built-ins, then user folders overriding by id.

use std::path::PathBuf;
use std::sync::OnceLock;

use super::ServiceError;
use crate::render::LoadedTemplate;
use crate::template::{
    EXAMPLE_FILE, TEMPLATE_FILE, TemplateError, TemplateSource, builtin_sources, folder_sources,
};

/// All templates available, in a stable order (built-ins first, then by id).
///
/// A built-in template is read and compiled the first time it is asked for: a command that
/// exports one story pays for one template, not all of them. The built-ins are part of the
/// binary and tested, so waiting cannot hide a mistake; a trainer's own templates are read
/// at once, so a mistake in them shows whatever the command.
#[derive(Debug, Default)]
pub struct Templates {
    entries: Vec<Entry>,
}

#[derive(Debug)]
struct Entry {
    id: String,
    source: TemplateSource,
    loaded: OnceLock<LoadedTemplate>,
}

impl Entry {
    fn waiting(source: TemplateSource) -> Self {
        Entry {
            id: source.folder_name(),
            source,
            loaded: OnceLock::new(),
        }
    }

    fn ready(loaded: LoadedTemplate) -> Self {
        Entry {
            id: loaded.id().to_string(),
            source: loaded.source.clone(),
            loaded: OnceLock::from(loaded),
        }
    }

    fn loaded(&self) -> Result<&LoadedTemplate, TemplateError> {
        if let Some(loaded) = self.loaded.get() {
            return Ok(loaded);
        }
        let loaded = LoadedTemplate::load(self.source.clone())?;
        Ok(self.loaded.get_or_init(|| loaded))
    }
}

impl Templates {
    /// The built-in templates only, each one read and compiled now.
    pub fn builtin() -> Result<Self, TemplateError> {
        let templates = Templates::with_builtins();
        for entry in &templates.entries {
            entry.loaded()?;
        }
        Ok(templates)
    }

    /// Built-ins, then each folder in `folders` (later folders win on equal ids).
    /// A folder may be one template (it holds `template.toml`) or hold template folders.
    pub fn load(folders: &[PathBuf]) -> Result<Self, TemplateError> {
        let mut templates = Templates::with_builtins();
        for folder in folders {
            for source in folder_sources(folder)? {
                templates.insert(Entry::ready(LoadedTemplate::load(source)?));
            }
        }
        Ok(templates)
    }

    fn with_builtins() -> Self {
        Templates {
            entries: builtin_sources().into_iter().map(Entry::waiting).collect(),
        }
    }

    /// The user's own templates folder, in the config folder, when it exists.
    pub fn user_folder() -> Option<PathBuf> {
        super::templates_folder().filter(|folder| folder.is_dir())
    }

    fn insert(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) => *existing = entry,
            None => self.entries.push(entry),
        }
    }

    pub fn get(&self, id: &str) -> Result<&LoadedTemplate, TemplateError> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| TemplateError::Unknown {
                id: id.to_string(),
                available: self.ids(),
            })?
            .loaded()
    }

    pub fn ids(&self) -> Vec<String> {
        self.entries.iter().map(|e| e.id.clone()).collect()
    }

    /// Every template, each read and compiled if it was not yet. A built-in that does not
    /// load (a defect the tests catch) is left out rather than stopping the list.
    pub fn iter(&self) -> impl Iterator<Item = &LoadedTemplate> {
        self.entries.iter().filter_map(|e| e.loaded().ok())
    }
}

/// Copies template `from` into `folder/<id>` under the new id, for a trainer to change:
/// every file, with `id` (and the name, so the two can be told apart) set in
/// `template.toml` and the model story pointing to the copy. Comments are kept.
pub fn copy_template(
    templates: &Templates,
    from: &str,
    id: &str,
    folder: &std::path::Path,
) -> Result<PathBuf, ServiceError> {
    let loaded = templates.get(from)?;
    // The id names a folder: nothing but what a template id may hold.
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) || !id.chars().all(allowed) {
        return Err(ServiceError::BadTemplateId { id: id.to_string() });
    }
    let dest = folder.join(id);
    if dest.exists() {
        return Err(ServiceError::OutputExists {
            path: dest.display().to_string(),
        });
    }
    let write_err = |path: &std::path::Path| {
        let path = path.display().to_string();
        move |source| ServiceError::Write { path, source }
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
fn rewrite(path: &std::path::Path, keys: &[(&str, &str)]) -> Result<(), ServiceError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ServiceError::Write {
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
        ServiceError::Write {
            path: shown,
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_builtin_is_found_by_its_folder_name_which_is_its_id() {
        for source in builtin_sources() {
            let name = source.folder_name();
            let loaded = LoadedTemplate::load(source).expect("a built-in template loads");
            assert_eq!(loaded.id(), name);
        }
    }

    #[test]
    fn builtins_are_read_only_when_asked_for() {
        let templates = Templates::load(&[]).unwrap();
        assert!(templates.entries.iter().all(|e| e.loaded.get().is_none()));
        let loaded = templates.get("success-story-ru").unwrap();
        assert_eq!(loaded.template.language, "ru");
        let read: Vec<&str> = templates
            .entries
            .iter()
            .filter(|e| e.loaded.get().is_some())
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(read, ["success-story-ru"]);
        assert_eq!(templates.iter().count(), templates.ids().len());
    }
}
