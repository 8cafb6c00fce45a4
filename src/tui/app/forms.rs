//! The forms of the wizard's model: author, library and date; the preview; the export.

use std::path::PathBuf;

use crate::render::Format;
use crate::story::Draft;

use crate::tui::widgets::Field;

/// Author, institution and date, each in a one-line field.
#[derive(Debug, Clone)]
pub struct Details {
    pub fields: [Field; 3],
    pub focus: usize,
    /// The date field holds something that is not a date; the draft keeps its date.
    pub date_refused: bool,
}

/// The rendered article on the preview screen.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub layout: usize,
    pub text: String,
    pub scroll: u16,
}

/// The export form: layout, format, and where to write.
#[derive(Debug, Clone)]
pub struct ExportForm {
    pub layout: usize,
    pub format: usize,
    pub path: Field,
    pub focus: usize,
    /// The librarian typed a path: changing the format no longer rewrites it.
    pub path_edited: bool,
    /// The file exists and the librarian was told; Enter again replaces it.
    pub confirm_overwrite: Option<PathBuf>,
}

/// The formats offered on the export screen.
pub const FORMATS: [Format; 4] = [Format::Docx, Format::Html, Format::Txt, Format::Md];

impl Details {
    pub fn new(draft: &Draft) -> Details {
        let meta = &draft.meta;
        let mut fields = [
            Field::new(&meta.author, false),
            Field::new(&meta.institution, false),
            Field::new(&meta.date, false),
        ];
        for (i, field) in fields.iter_mut().enumerate() {
            crate::tui::widgets::set_focused(field, i == 0);
        }
        let date = meta.date.trim();
        let date_refused = !date.is_empty() && crate::story::parse_date(date).is_none();
        Details {
            fields,
            focus: 0,
            date_refused,
        }
    }
}

impl ExportForm {
    pub fn new() -> ExportForm {
        ExportForm {
            layout: 0,
            format: 0,
            path: Field::new("", false),
            focus: 0,
            path_edited: false,
            confirm_overwrite: None,
        }
    }
}

impl Default for ExportForm {
    fn default() -> Self {
        ExportForm::new()
    }
}
