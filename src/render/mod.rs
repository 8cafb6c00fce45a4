//! Rendering: draft + template + layout → Markdown (Tera) → HTML, plain text, DOCX.
//!
//! The layout is the one place where a publication's look is defined. Every output
//! format is made from the same Markdown, so what the Markdown says is what each shows.

mod book;
mod budget;
mod context;
pub mod docx;
mod file_name;
mod front_matter;
pub mod html;
mod layout;
mod loaded;
mod markdown_safe;
mod photo_names;
pub mod photos;
mod plain_text;
pub mod social;
pub mod typography;
pub mod worksheet;
pub mod wp_blocks;

use std::path::Path;

pub use book::{BookFront, BookPart, book, book_part};
pub use budget::{MAX_ITERATIONS, TIME_BUDGET, resident_memory, runaway_renders};
pub use context::{StoryContext, date_text, story_context};
pub use file_name::{safe_file_name, safe_stem};
pub use front_matter::front_matter;
pub use html::{escape_text, is_safe_url};
pub use layout::Layouts;
pub use loaded::LoadedTemplate;
pub use photo_names::distinct_photo_names;
pub use photos::{
    CACHE_BOUND, Fit, ImageFormat, Photo, PhotoCache, PhotoError, Prepared, photo_file,
    prepare_all, prepare_all_in, sha256_hex, use_photo_cache,
};
pub use plain_text::plain_text;

use crate::story::Draft;
use crate::template::{Problem, StepKind, TemplateError};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Markdown, for static sites and further editing.
    Md,
    /// HTML, to paste into the blog editor (a whole page with --standalone).
    Html,
    /// Plain text, to paste into Word.
    Txt,
    /// A Word document for the magazine (binary: write it with -o).
    Docx,
    /// WordPress block markup, to paste into the block editor's code view.
    Wp,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Txt => "txt",
            Format::Docx => "docx",
            Format::Wp => "wp.html",
        }
    }

    /// Whether the result is a binary file rather than text.
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }
}

/// What `render` produced: text, or the bytes of a binary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    Text(String),
    Binary(Vec<u8>),
}

impl Output {
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Output::Text(text) => text.as_bytes(),
            Output::Binary(bytes) => bytes,
        }
    }

    /// The text, for text formats.
    pub fn into_text(self) -> Option<String> {
        match self {
            Output::Text(text) => Some(text),
            Output::Binary(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions<'a> {
    /// A whole HTML page instead of a fragment.
    pub standalone: bool,
    /// The draft's folder, which photo paths are read from. With `None` (a preview, a model
    /// story without files), Markdown and HTML only refer to the photos without looking for
    /// them, and DOCX reads them from the current folder.
    pub base_dir: Option<&'a Path>,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{0}")]
    Layout(Problem),
    /// The layout ran past its time budget and was left behind (see `Layouts::render`):
    /// a command ends here; the wizard shows it and goes on.
    #[error("{0}")]
    TooSlow(Problem),
    /// One step's answer holds more text than any article: the answer is at fault, not the
    /// layout that would have written it.
    #[error(
        "the answer to \"{step}\" holds {mb} MB of text, far more than any article ({limit_mb} MB at most); shorten it, or check that the right text was pasted"
    )]
    AnswerTooLong {
        step: String,
        mb: usize,
        limit_mb: usize,
    },
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Photo(#[from] PhotoError),
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
}

/// The article in Markdown, as the layout describes it.
pub fn markdown(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
) -> Result<String, RenderError> {
    layout_markdown(loaded, draft, layout, false)
}

/// The article in Markdown for paper (a workshop's book): the layout sees `print = true`,
/// so it leaves out what only a web page needs (tags, an invitation to visit).
pub fn print_markdown(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
) -> Result<String, RenderError> {
    layout_markdown(loaded, draft, layout, true)
}

fn layout_markdown(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    print: bool,
) -> Result<String, RenderError> {
    if loaded.template.layout(layout).is_none() {
        return Err(TemplateError::UnknownLayout {
            template: loaded.template.id.clone(),
            layout: layout.to_string(),
            available: loaded
                .template
                .layouts
                .iter()
                .map(|l| l.id.clone())
                .collect(),
        }
        .into());
    }
    too_long_answer(loaded, draft)?;
    let mut context = story_context(&loaded.template, draft);
    context.insert("print".into(), print.into());
    let raw = loaded.layouts.render(layout, &context)?;
    // Every format is made from this Markdown: what a reader never means to see (controls,
    // noncharacters Word refuses to open) goes here, once.
    Ok(crate::text::into_without_forbidden(tidy_blank_lines(&raw)))
}

/// The most text one step's answer may hold: far more than any story (a long one is some
/// tens of KB), and a fifth of the Markdown a layout may write, so a huge answer is named as
/// such instead of the layout being blamed for the Markdown it would make of it.
pub const MAX_ANSWER_BYTES: usize = layout::MAX_MARKDOWN_BYTES / 5;

/// The first step whose answer holds more than [`MAX_ANSWER_BYTES`].
fn too_long_answer(loaded: &LoadedTemplate, draft: &Draft) -> Result<(), RenderError> {
    use crate::template::StepKind;
    const MB: usize = 1024 * 1024;
    for step in &loaded.template.steps {
        let bytes = match step.kind {
            StepKind::Line | StepKind::Text => draft.answers.text(&step.id).len(),
            StepKind::Quotes | StepKind::Photos => draft
                .answers
                .items(&step.id)
                .iter()
                .map(crate::story::Item::text_len)
                .sum(),
        };
        if bytes > MAX_ANSWER_BYTES {
            return Err(RenderError::AnswerTooLong {
                step: step.title.clone(),
                mb: bytes.div_ceil(MB),
                limit_mb: MAX_ANSWER_BYTES / MB,
            });
        }
    }
    Ok(())
}

/// The article in `format`. Photos the article shows must exist (Markdown and HTML, when
/// `options.base_dir` is given) and be PNG or JPEG images (DOCX); otherwise the error names
/// the photo.
pub fn render(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    format: Format,
    options: RenderOptions,
) -> Result<Output, RenderError> {
    article(loaded, draft, layout, format, options).map(|article| article.output)
}

/// An article made, and the photos it shows (which go beside a Markdown or HTML file).
#[derive(Debug)]
pub struct Article {
    pub output: Output,
    pub photos: Vec<Photo>,
    /// The story's quotes and photos that the layout does not show.
    pub left_out: LeftOut,
    /// A social network's post (its layout has `see_more`): its photos are files to attach,
    /// so they go beside a plain-text export too.
    pub attach_photos: bool,
}

/// The quotes and photos of a story that a layout leaves out, by their number in their step
/// (from 1), and how many the story has: every built-in layout shows them all, a trainer's
/// layout may show fewer (a one-photo print column), and the export then says which.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub photos: Vec<usize>,
    pub photo_count: usize,
    pub quotes: Vec<usize>,
    pub quote_count: usize,
}

impl LeftOut {
    /// Whether the layout shows everything.
    pub fn is_empty(&self) -> bool {
        self.photos.is_empty() && self.quotes.is_empty()
    }
}

/// [`render`], keeping the photos the article shows: the Markdown is made once.
pub fn article(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    format: Format,
    options: RenderOptions,
) -> Result<Article, RenderError> {
    let md = markdown(loaded, draft, layout)?;
    let shown = photos_shown(&md, loaded, draft, options.base_dir);
    let output = output(loaded, draft, layout, format, options, &md, &shown)?;
    Ok(Article {
        output,
        left_out: left_out(&md, loaded, draft, &shown),
        photos: shown,
        attach_photos: loaded
            .template
            .layout(layout)
            .is_some_and(|l| l.see_more.is_some()),
    })
}

/// What of the story the Markdown does not show: a photo whose file it never points at, a
/// quote whose words (as the layout was given them) are not in it. A photo without a file
/// is not counted: there is nothing to show.
fn left_out(md: &str, loaded: &LoadedTemplate, draft: &Draft, shown: &[Photo]) -> LeftOut {
    let template = &loaded.template;
    let photos: Vec<Photo> = photos::story_photos(template, draft, None)
        .into_iter()
        .filter(|photo| !photo.path.is_empty())
        .collect();
    let context = story_context(template, draft);
    let mut left = LeftOut {
        photo_count: photos.len(),
        ..LeftOut::default()
    };
    for (index, photo) in photos.iter().enumerate() {
        if !shown.iter().any(|s| s.published == photo.published) {
            left.photos.push(index + 1);
        }
    }
    let answers = context.get("answers").and_then(|a| a.as_object());
    for step in template.steps.iter().filter(|s| s.kind == StepKind::Quotes) {
        let quotes = answers
            .and_then(|a| a.get(&step.id))
            .and_then(|q| q.as_array())
            .map(Vec::as_slice)
            .unwrap_or_default();
        for quote in quotes {
            left.quote_count += 1;
            let field = |name: &str| quote.get(name).and_then(|v| v.as_str()).unwrap_or("");
            let words = [field("text"), field("author")]
                .into_iter()
                .find(|w| !w.is_empty())
                .unwrap_or("");
            if !md.contains(words) {
                left.quotes.push(left.quote_count);
            }
        }
    }
    left
}

fn output(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    format: Format,
    options: RenderOptions,
    md: &str,
    shown: &[Photo],
) -> Result<Output, RenderError> {
    let language = loaded.template.language.as_str();
    if format == Format::Txt {
        return Ok(Output::Text(plain_text(md, language)));
    }
    if format == Format::Docx {
        let mut loaded_photos = Vec::with_capacity(shown.len());
        let photos: Vec<&Photo> = shown.iter().collect();
        for (photo, prepared) in shown.iter().zip(prepare_all(&photos, Fit::DOCX)) {
            loaded_photos.push((photo_src(photo), prepared?));
        }
        let bytes = docx::document(&docx::DocxInput {
            markdown: md,
            author: &crate::text::without_forbidden(&draft.meta.author),
            language,
            date: &draft.meta.date,
            photos: &loaded_photos,
        })?;
        return Ok(Output::Binary(bytes));
    }
    if options.base_dir.is_some() {
        for photo in shown {
            photo.check()?;
        }
    }
    let text = match format {
        Format::Html if options.standalone => html::standalone(md, draft.title(), language),
        Format::Html => html::fragment(md),
        // The title goes into WordPress's title field; the photos keep their relative paths.
        Format::Wp => wp_blocks::blocks(md, &|_| None),
        _ => {
            let tags = loaded
                .template
                .layout(layout)
                .map(|l| l.tags.as_slice())
                .unwrap_or_default();
            format!("{}{md}", front_matter(md, draft, tags))
        }
    };
    // The title and the front matter come from the draft, not through the Markdown.
    Ok(Output::Text(crate::text::into_without_forbidden(text)))
}

/// The photos the article shows in `layout` (to copy next to an exported file).
pub fn article_photos(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    base_dir: Option<&Path>,
) -> Result<Vec<Photo>, RenderError> {
    let md = markdown(loaded, draft, layout)?;
    Ok(photos_shown(&md, loaded, draft, base_dir))
}

/// The target a layout's `![..](src)` uses for a photo.
pub fn photo_src(photo: &Photo) -> String {
    markdown_safe::url(&photo.published)
}

/// The story's photos that the Markdown shows: a layout may show only some (a trainer's
/// one-photo column).
fn photos_shown(
    md: &str,
    loaded: &LoadedTemplate,
    draft: &Draft,
    base_dir: Option<&Path>,
) -> Vec<Photo> {
    use pulldown_cmark::{Event, Parser, Tag};
    let targets: Vec<String> = Parser::new(md)
        .filter_map(|event| match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    photos::story_photos(&loaded.template, draft, base_dir)
        .into_iter()
        .filter(|photo| targets.contains(&photo_src(photo)))
        .collect()
}

/// Layouts may leave runs of blank lines where optional parts were skipped: keep one.
fn tidy_blank_lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}
