//! The one place that knows Tera: compiling a template's layouts and rendering them, each
//! render within its budget (`budget.rs`) on a thread of its own.

use std::sync::{Arc, mpsc};

use tera::{Context, ErrorKind, Kwargs, State, Tera};

use super::budget::{self, Instrumented, MAX_BYTES, Overrun, TIME_BUDGET, Watch};
use super::context::StoryContext;
use super::{RenderError, markdown_safe, social};
use crate::template::{Problem, Template, TemplateError, TemplateSource, stays_inside};

/// How long past the time budget the render's thread is waited for before it is left
/// behind: the budget calls in its loops stop it at the budget itself.
const GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// A template's layouts, compiled once when the template is loaded. Cloning is cheap: the
/// compiled layouts are shared.
#[derive(Debug, Clone)]
pub struct Layouts {
    tera: Arc<Tera>,
    /// In template order.
    files: Vec<Arc<LayoutFile>>,
}

#[derive(Debug)]
struct LayoutFile {
    id: String,
    /// The name Tera knows it by.
    file: String,
    /// The path shown in messages.
    display: String,
    /// The budget calls added to its text (none when it could not take them).
    instrumented: Option<Instrumented>,
    /// Set when a render ran out of time: the layout is not run again in this process, so
    /// a workshop's hundred drafts do not each wait for it, nor leave it running a hundred
    /// times.
    too_slow: std::sync::OnceLock<Problem>,
}

impl Layouts {
    /// Reads and parses every layout of `template`, so mistakes show when it is loaded.
    pub fn compile(template: &Template, source: &TemplateSource) -> Result<Self, TemplateError> {
        let mut tera = Tera::default();
        // Layouts write Markdown; answers are made Markdown-safe before they get here.
        tera.autoescape_on(Vec::<&str>::new());
        register_filters(&mut tera);
        budget::register(&mut tera);
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for layout in &template.layouts {
            let file = layout.file_name();
            // A file outside the template's folder is never read; `check_shape` reports it.
            if !stays_inside(&file) {
                continue;
            }
            let display = source.display_path(&file);
            let Some(text) = source.read_text(&file)? else {
                problems.push(Problem::in_file(
                    &display,
                    format!("the layout \"{}\" names this file, but it does not exist; create it or fix `file` in template.toml", layout.id),
                ));
                continue;
            };
            // With its budget calls; a layout that cannot take them (one that extends
            // another, where text outside blocks is refused) is compiled as written, and
            // a mistake is always reported in the text as written.
            let instrumented = budget::instrument(&text);
            let compiled = if tera.add_raw_template(&file, &instrumented.text).is_ok() {
                Ok(Some(instrumented))
            } else {
                tera.add_raw_template(&file, &text).map(|()| None)
            };
            match compiled {
                Ok(instrumented) => files.push(Arc::new(LayoutFile {
                    id: layout.id.clone(),
                    file,
                    display,
                    instrumented,
                    too_slow: std::sync::OnceLock::new(),
                })),
                Err(e) => problems.push(tera_problem(&display, &e, None)),
            }
        }
        if problems.is_empty() {
            Ok(Layouts {
                tera: Arc::new(tera),
                files,
            })
        } else {
            Err(TemplateError::Many(problems))
        }
    }

    /// Whether layout `id` was compiled (a layout whose file is outside the folder is not).
    pub fn has(&self, id: &str) -> bool {
        self.files.iter().any(|f| f.id == id)
    }

    /// Renders layout `id` with the story's variables, within the budgets: on a thread of
    /// its own, waited for no longer than [`TIME_BUDGET`] (and a little grace). A render
    /// still running then is asked to stop and left behind: `RenderError::TooSlow`.
    pub fn render(&self, id: &str, story: &StoryContext) -> Result<String, RenderError> {
        let layout = self
            .files
            .iter()
            .find(|f| f.id == id)
            .ok_or_else(|| RenderError::Layout(Problem::in_file(id, "no such layout")))?;
        if let Some(problem) = layout.too_slow.get() {
            return Err(RenderError::TooSlow(problem.clone()));
        }
        let result = self.render_within_time(layout, story);
        if let Err(RenderError::TooSlow(problem)) = &result {
            let _ = layout.too_slow.set(problem.clone());
        }
        result
    }

    fn render_within_time(
        &self,
        layout: &Arc<LayoutFile>,
        story: &StoryContext,
    ) -> Result<String, RenderError> {
        let watch = Arc::new(Watch::default());
        let (done, result) = mpsc::channel();
        let job = {
            let (tera, layout, watch) = (
                Arc::clone(&self.tera),
                Arc::clone(layout),
                Arc::clone(&watch),
            );
            let context = tera_context(story);
            move || {
                let rendered = render_here(&tera, &layout, &context, Arc::clone(&watch));
                watch.ended();
                let _ = done.send(rendered);
            }
        };
        let started = std::thread::Builder::new()
            .name("layout".into())
            .stack_size(8 * 1024 * 1024)
            .spawn(job);
        if started.is_err() {
            // No thread to be had: render here, still within the budget of its loops.
            return render_here(&self.tera, layout, &tera_context(story), watch);
        }
        match result.recv_timeout(TIME_BUDGET + GRACE) {
            Ok(rendered) => rendered,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                watch.abandon();
                Err(RenderError::TooSlow(budget_problem(
                    &layout.display,
                    Overrun::Time,
                    watch.place(),
                )))
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(RenderError::Layout(
                Problem::in_file(&layout.display, "the template engine failed on this layout"),
            )),
        }
    }
}

fn tera_context(story: &StoryContext) -> Context {
    let mut context = Context::new();
    for (name, value) in story {
        context.insert(name.clone(), value);
    }
    context
}

/// Renders on this thread with the budget's meter running.
fn render_here(
    tera: &Tera,
    layout: &LayoutFile,
    context: &Context,
    watch: Arc<Watch>,
) -> Result<String, RenderError> {
    let mut out = Limited {
        bytes: Vec::new(),
        exceeded: false,
    };
    budget::start(watch);
    let rendered = tera.render_to(&layout.file, context, &mut out);
    let overrun = budget::finish();
    let display = &layout.display;
    match rendered {
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
        Err(e) => {
            let instrumented = layout.instrumented.as_ref();
            let Some((kind, at)) = overrun else {
                return Err(RenderError::Layout(tera_problem(display, &e, instrumented)));
            };
            // Where the budget call was, else where Tera says the spending call was.
            let at = at.or_else(|| {
                let p = tera_problem(display, &e, instrumented);
                p.line.map(|line| (line, p.column.unwrap_or(1)))
            });
            let problem = budget_problem(display, kind, at);
            Err(match kind {
                Overrun::Time => RenderError::TooSlow(problem),
                Overrun::Iterations | Overrun::Value => RenderError::Layout(problem),
            })
        }
    }
}

/// What was spent, where, and what to do.
fn budget_problem(display: &str, kind: Overrun, at: Option<(usize, usize)>) -> Problem {
    let message = match kind {
        Overrun::Iterations => format!(
            "the layout's loops turned more than {} times, far more than any article needs, and it was stopped here; a loop probably repeats without end: fix the layout",
            budget::MAX_ITERATIONS
        ),
        Overrun::Value => format!(
            "the layout built a value of more than {} MB here, far more than any article, and it was stopped; a value that grows in a loop, probably: fix the layout",
            MAX_BYTES / (1024 * 1024)
        ),
        Overrun::Time if at.is_some() => format!(
            "the layout took longer than {} s and was stopped here or just after; a loop probably repeats without end: fix the layout",
            TIME_BUDGET.as_secs(),
        ),
        Overrun::Time => format!(
            "the layout took longer than {} s and was stopped; a loop in it probably repeats without end: fix the layout",
            TIME_BUDGET.as_secs(),
        ),
    };
    match at {
        Some((line, column)) => Problem::at(display, line, column, message),
        None => Problem::in_file(display, message),
    }
}

/// The most Markdown a layout may write: an article is some kilobytes, so anything near
/// this is a layout that loops or grows without end, stopped before it fills the memory.
pub const MAX_MARKDOWN_BYTES: usize = MAX_BYTES;

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
    // A social post's: a short paragraph, and hashtags made from the story's words.
    tera.register_filter("first_paragraph", |value: &str, _: Kwargs, _: &State| {
        social::first_paragraph(value)
    });
    tera.register_filter("place", |value: &str, _: Kwargs, _: &State| {
        social::place(value)
    });
    tera.register_filter("library", |value: &str, _: Kwargs, _: &State| {
        social::library(value)
    });
    tera.register_filter("quoted", |value: &str, _: Kwargs, _: &State| {
        social::quoted(value)
    });
    tera.register_filter("hashtags", |values: Vec<String>, _: Kwargs, _: &State| {
        social::hashtags(values.iter().map(String::as_str))
    });
}

/// Unpacks Tera's error into the layout file, line, column (in the text as written) and
/// the real cause.
fn tera_problem(display: &str, err: &tera::Error, instrumented: Option<&Instrumented>) -> Problem {
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            let column = instrumented.map_or(span.start_col, |i| {
                i.original_column(span.start_line, span.start_col)
            });
            Problem::at(
                display,
                span.start_line,
                column + 1,
                format!(
                    "{}; fix the layout at that place",
                    report.message().trim_end_matches('.')
                ),
            )
        }
        other => Problem::in_file(display, other.to_string()),
    }
}
