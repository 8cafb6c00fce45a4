//! The forms of the wizard's model: author, library and date; the preview; the export.

use std::path::PathBuf;

use crate::render::Format;
use crate::story::Draft;
use crate::template::Template;

use crate::tui::widgets::Field;

/// Author, institution and date, each in a one-line field.
#[derive(Debug, Clone)]
pub struct Details {
    pub fields: [Field; 3],
    pub focus: usize,
    /// The date field holds something that is not a date; the draft keeps its date.
    pub date_refused: bool,
    /// Which names the librarian changed in these fields since the draft was opened.
    pub typed: TypedNames,
}

/// The author and institution typed (or pasted) into the details: only such names may be
/// remembered for her next story, never the ones a draft came with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypedNames {
    pub author: bool,
    pub institution: bool,
}

/// The rendered article on the preview screen.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub layout: usize,
    pub text: String,
    pub scroll: u16,
    /// The render being waited for (`Effect::RenderPreview`), if any.
    pub waiting: Option<u64>,
    /// The number of the last render asked for.
    pub requests: u64,
}

/// The export form: layout, format, and where to write; for a WordPress draft, the site,
/// the user and the application password instead of the file.
#[derive(Debug, Clone)]
pub struct ExportForm {
    pub layout: usize,
    /// An index of `FORMATS`, or `WORDPRESS`.
    pub format: usize,
    pub path: Field,
    pub site: Field,
    pub user: Field,
    /// Shown masked; never saved.
    pub password: Field,
    pub focus: usize,
    /// The librarian typed a path: changing the format no longer rewrites it.
    pub path_edited: bool,
    /// The file exists and the librarian was told; Enter again replaces it.
    pub confirm_overwrite: Option<PathBuf>,
}

/// The formats offered on the export screen.
pub const FORMATS: [Format; 4] = [Format::Docx, Format::Html, Format::Txt, Format::Md];

/// The choice after the formats: a draft post on the library's WordPress.
pub const WORDPRESS: usize = FORMATS.len();

/// An application password on its way to the site: never shown in debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

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
            typed: TypedNames::default(),
        }
    }
}

/// The layout and format the export form starts at, from the configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportDefaults {
    pub layout: Option<String>,
    pub format: Option<Format>,
}

impl ExportForm {
    /// The form for a story of `template`, at the configured layout (when the template has
    /// it) and format.
    pub fn starting_at(template: &Template, defaults: &ExportDefaults) -> ExportForm {
        let layout = defaults
            .layout
            .as_ref()
            .and_then(|id| template.layouts.iter().position(|l| &l.id == id));
        let format = defaults
            .format
            .and_then(|f| FORMATS.iter().position(|&g| g == f));
        ExportForm {
            layout: layout.unwrap_or(0),
            format: format.unwrap_or(0),
            ..ExportForm::new()
        }
    }

    pub fn new() -> ExportForm {
        let mut form = ExportForm {
            layout: 0,
            format: 0,
            path: Field::new("", false),
            site: Field::new("", false),
            user: Field::new("", false),
            password: Field::new("", false),
            focus: 0,
            path_edited: false,
            confirm_overwrite: None,
        };
        form.clear_password();
        form
    }
}

impl ExportForm {
    /// The WordPress draft is chosen rather than a file.
    pub fn is_wordpress(&self) -> bool {
        self.format == WORDPRESS
    }

    /// Forgets the typed password (after a publish that went well).
    pub fn clear_password(&mut self) {
        self.password = Field::new("", false);
        self.password.area_mut().set_mask_char('•');
    }

    /// The last field the focus can reach: the path, or the password.
    pub fn last_field(&self) -> usize {
        if self.is_wordpress() { 4 } else { 2 }
    }

    /// The text field under the focus (2 and up), if any.
    pub fn field_mut(&mut self) -> Option<&mut Field> {
        match (self.is_wordpress(), self.focus) {
            (false, 2) => Some(&mut self.path),
            (true, 2) => Some(&mut self.site),
            (true, 3) => Some(&mut self.user),
            (true, 4) => Some(&mut self.password),
            _ => None,
        }
    }
}

impl Default for ExportForm {
    fn default() -> Self {
        ExportForm::new()
    }
}
