//! The one place that knows Tera: compiling a template's layouts and rendering them.

use tera::{Context, ErrorKind, Kwargs, State, Tera};

use super::context::StoryContext;
use super::{RenderError, markdown_safe};
use crate::template::{Problem, Template, TemplateError, TemplateSource, stays_inside};

/// A template's layouts, compiled once when the template is loaded.
#[derive(Debug)]
pub struct Layouts {
    tera: Tera,
    /// (layout id, file name, display path) in template order.
    files: Vec<(String, String, String)>,
}

impl Layouts {
    /// Reads and parses every layout of `template`, so mistakes show when it is loaded.
    pub fn compile(template: &Template, source: &TemplateSource) -> Result<Self, TemplateError> {
        let mut tera = Tera::default();
        // Layouts write Markdown; answers are made Markdown-safe before they get here.
        tera.autoescape_on(Vec::<&str>::new());
        register_filters(&mut tera);
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for layout in &template.layouts {
            let file = layout.file_name();
            // A file outside the template's folder is never read; `check_shape` reports it.
            if !stays_inside(&file) {
                continue;
            }
            let display = source.display_path(&file);
            match source.read_text(&file)? {
                None => problems.push(Problem::in_file(
                    &display,
                    format!("the layout \"{}\" names this file, but it does not exist; create it or fix `file` in template.toml", layout.id),
                )),
                Some(text) => match tera.add_raw_template(&file, &text) {
                    Ok(()) => files.push((layout.id.clone(), file, display)),
                    Err(e) => problems.push(tera_problem(&display, &e)),
                },
            }
        }
        if problems.is_empty() {
            Ok(Layouts { tera, files })
        } else {
            Err(TemplateError::Many(problems))
        }
    }

    /// Whether layout `id` was compiled (a layout whose file is outside the folder is not).
    pub fn has(&self, id: &str) -> bool {
        self.files.iter().any(|(layout_id, _, _)| layout_id == id)
    }

    /// Renders layout `id` with the story's variables.
    pub fn render(&self, id: &str, story: &StoryContext) -> Result<String, RenderError> {
        let mut context = Context::new();
        for (name, value) in story {
            context.insert(name.clone(), value);
        }
        let (_, file, display) = self
            .files
            .iter()
            .find(|(layout_id, _, _)| layout_id == id)
            .ok_or_else(|| RenderError::Layout(Problem::in_file(id, "no such layout")))?;
        let mut out = Limited {
            bytes: Vec::new(),
            exceeded: false,
        };
        match self.tera.render_to(file, &context, &mut out) {
            Ok(()) => String::from_utf8(out.bytes).map_err(|_| {
                RenderError::Layout(Problem::in_file(
                    display,
                    "the layout wrote text that is not UTF-8",
                ))
            }),
            Err(_) if out.exceeded => Err(RenderError::Layout(Problem::in_file(
                display,
                format!(
                    "the layout wrote more than {} MB of Markdown, far more than any article; a loop in it probably repeats without end: fix the layout",
                    MAX_MARKDOWN_BYTES / (1024 * 1024)
                ),
            ))),
            Err(e) => Err(RenderError::Layout(tera_problem(display, &e))),
        }
    }
}

/// The most Markdown a layout may write: an article is some kilobytes, so anything near
/// this is a layout that loops or grows without end, stopped before it fills the memory.
pub const MAX_MARKDOWN_BYTES: usize = 5 * 1024 * 1024;

/// A buffer that refuses to grow past [`MAX_MARKDOWN_BYTES`], which stops Tera's rendering.
struct Limited {
    bytes: Vec<u8>,
    exceeded: bool,
}

impl std::io::Write for Limited {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > MAX_MARKDOWN_BYTES {
            self.exceeded = true;
            return Err(std::io::Error::other("the layout's output is too long"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Filters for layout authors: `strong` and `em` embolden or emphasise every paragraph of a
/// multi-paragraph answer (`**{{ x }}**` would break when the answer has two paragraphs).
fn register_filters(tera: &mut Tera) {
    tera.register_filter("strong", |value: &str, _: Kwargs, _: &State| {
        markdown_safe::wrap_paragraphs(value, "**")
    });
    tera.register_filter("em", |value: &str, _: Kwargs, _: &State| {
        markdown_safe::wrap_paragraphs(value, "*")
    });
}

/// Unpacks Tera's error into the layout file, line, column and the real cause.
fn tera_problem(display: &str, err: &tera::Error) -> Problem {
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            Problem::at(
                display,
                span.start_line,
                span.start_col + 1,
                format!(
                    "{}; fix the layout at that place",
                    report.message().trim_end_matches('.')
                ),
            )
        }
        other => Problem::in_file(display, other.to_string()),
    }
}
