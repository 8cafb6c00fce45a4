//! A template ready to render: its model, where its files are, and its layouts compiled.

use super::Layouts;
use crate::template::{
    EXAMPLE_FILE, Template, TemplateError, TemplateSource, check_shape, read_template,
};

/// A template read, checked for shape and with its layouts compiled. Cloning is cheap
/// enough to hand a template to another thread: its compiled layouts are shared.
#[derive(Debug, Clone)]
pub struct LoadedTemplate {
    pub template: Template,
    pub source: TemplateSource,
    pub layouts: Layouts,
}

impl LoadedTemplate {
    /// Reads `template.toml` and compiles the layouts; reports the first problem found.
    /// `service::validate_path` goes further and reports every problem.
    pub fn load(source: TemplateSource) -> Result<Self, TemplateError> {
        let template = read_template(&source)?;
        let shape = check_shape(&template, &source);
        if !shape.is_empty() {
            return Err(TemplateError::Many(shape));
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
