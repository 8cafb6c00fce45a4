//! Several stories in one document (a workshop's collection): a title page, the contents,
//! then each story in its layout. Markdown and HTML books link the contents to the stories;
//! the Word book is put together in `docx::book`.

use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::docx::{self, BookInput, BookStory};
use super::markdown_safe::inline;
use super::photos::{Fit, prepare_all};
use super::{
    Format, LoadedTemplate, Output, Photo, RenderError, html, photo_src, photos_shown, plain_text,
    print_markdown,
};
use crate::story::Draft;

/// One story, rendered for a book.
#[derive(Debug, Clone)]
pub struct BookPart {
    /// The story's title as its layout shows it (plain text).
    pub title: String,
    /// The story in its layout, with the byline added when the layout shows no author.
    pub markdown: String,
    pub author: String,
    /// The story's language (its template's: `ro`, `en`, `ru`).
    pub language: String,
    /// The layout it is shown in.
    pub layout: String,
    /// The photos the story shows, their files found from the draft's folder.
    pub photos: Vec<Photo>,
}

/// What goes on the book's first pages, worded by the caller.
#[derive(Debug, Clone, Copy)]
pub struct BookFront<'a> {
    pub title: &'a str,
    /// Lines under the title: the subtitle, the date, how many stories.
    pub details: &'a [String],
    /// The heading of the contents.
    pub contents: &'a str,
    /// The book's language (`ro`, `en`, `ru`).
    pub language: &'a str,
    /// The book's ISO date.
    pub date: &'a str,
}

/// A draft rendered in `layout` as a part of a book, for paper (the layout sees `print`).
/// Its photos must exist (and, for a Word book, be PNG or JPEG), as for an export; the error
/// names the photo.
pub fn book_part(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
    base_dir: &Path,
) -> Result<BookPart, RenderError> {
    let md = print_markdown(loaded, draft, layout)?;
    let md = with_byline(&md, &draft.meta.author, &draft.meta.institution);
    let photos = photos_shown(&md, loaded, draft, Some(base_dir));
    for photo in &photos {
        photo.check()?;
    }
    Ok(BookPart {
        title: first_heading(&md).unwrap_or_else(|| draft.title().to_string()),
        markdown: md,
        author: draft.meta.author.trim().to_string(),
        language: loaded.template.language.trim().to_string(),
        layout: layout.to_string(),
        photos,
    })
}

/// The book in `format`: DOCX with a contents field, Markdown and HTML with linked contents,
/// plain text in reading order.
pub fn book(front: &BookFront, parts: &[BookPart], format: Format) -> Result<Output, RenderError> {
    match format {
        Format::Docx => {
            // Every story's photos at once, on every core, each file once.
            let all: Vec<&Photo> = parts.iter().flat_map(|part| &part.photos).collect();
            let mut prepared = prepare_all(&all, Fit::DOCX).into_iter();
            let mut loaded = Vec::with_capacity(parts.len());
            for part in parts {
                let mut photos = Vec::with_capacity(part.photos.len());
                for (photo, bytes) in part.photos.iter().zip(prepared.by_ref()) {
                    photos.push((photo_src(photo), bytes?));
                }
                loaded.push(photos);
            }
            let stories: Vec<BookStory> = parts
                .iter()
                .zip(loaded)
                .map(|(part, photos)| BookStory {
                    markdown: &part.markdown,
                    author: &part.author,
                    language: &part.language,
                    photos,
                })
                .collect();
            Ok(Output::Binary(docx::book(BookInput {
                title: front.title,
                details: front.details,
                contents: front.contents,
                language: front.language,
                date: front.date,
                stories,
            })?))
        }
        Format::Md => Ok(Output::Text(book_markdown(front, parts))),
        Format::Txt => Ok(Output::Text(plain_text(
            &book_markdown(front, parts),
            front.language,
        ))),
        Format::Html => Ok(Output::Text(book_html(front, parts))),
        Format::Wp => Ok(Output::Text(super::wp_blocks::blocks(
            &book_markdown(front, parts),
            &|_| None,
        ))),
    }
}

/// The anchor of the `n`th story (from 1), which the contents link to.
fn anchor(n: usize) -> String {
    format!("story-{n}")
}

fn book_markdown(front: &BookFront, parts: &[BookPart]) -> String {
    let mut out = format!("# {}\n\n", inline(front.title));
    for detail in front.details {
        out.push_str(&format!("{}\n\n", inline(detail)));
    }
    out.push_str(&format!("## {}\n\n", inline(front.contents)));
    for (i, part) in parts.iter().enumerate() {
        out.push_str(&format!(
            "{}. [{}](#{})\n",
            i + 1,
            inline(&part.title),
            anchor(i + 1)
        ));
    }
    for (i, part) in parts.iter().enumerate() {
        out.push_str(&format!(
            "\n<a id=\"{}\"></a>\n\n{}",
            anchor(i + 1),
            shift_headings(&part.markdown)
        ));
    }
    out
}

const BOOK_STYLE: &str = "header, nav { text-align: center; }
nav ol { display: inline-block; text-align: left; }
section { break-before: page; }
";

fn book_html(front: &BookFront, parts: &[BookPart]) -> String {
    let mut body = format!("<header>\n<h1>{}</h1>\n", html::escape_text(front.title));
    for detail in front.details {
        body.push_str(&format!("<p>{}</p>\n", html::escape_text(detail)));
    }
    body.push_str(&format!(
        "</header>\n<nav>\n<h2>{}</h2>\n<ol>\n",
        html::escape_text(front.contents)
    ));
    for (i, part) in parts.iter().enumerate() {
        body.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>\n",
            anchor(i + 1),
            html::escape_text(&part.title)
        ));
    }
    body.push_str("</ol>\n</nav>\n");
    for (i, part) in parts.iter().enumerate() {
        body.push_str(&format!(
            "<section id=\"{}\">\n{}</section>\n",
            anchor(i + 1),
            html::fragment(&shift_headings(&part.markdown))
        ));
    }
    html::page(front.title, front.language, BOOK_STYLE, &body)
}

/// Puts the author and the institution under the title when the layout shows neither
/// (only the one it lacks, when it shows the other).
fn with_byline(md: &str, author: &str, institution: &str) -> String {
    // Only the words are compared: the photo marker's language does not matter here.
    let shown = plain_text(md, "");
    let missing: Vec<&str> = [author.trim(), institution.trim()]
        .into_iter()
        .filter(|part| !part.is_empty() && !shown.contains(part))
        .collect();
    if missing.is_empty() {
        return md.to_string();
    }
    let byline = format!(
        "*{}*",
        missing
            .iter()
            .map(|p| inline(p))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // Right after the title's line when the layout starts with one, else first.
    match md
        .split_once('\n')
        .filter(|(first, _)| first.starts_with("# "))
    {
        Some((title, rest)) => format!("{title}\n\n{byline}\n\n{}", rest.trim_start_matches('\n')),
        None => format!("{byline}\n\n{md}"),
    }
}

/// The text of the first heading.
fn first_heading(md: &str) -> Option<String> {
    let mut text: Option<String> = None;
    for event in Parser::new(md) {
        match (event, &mut text) {
            (Event::Start(Tag::Heading { .. }), None) => text = Some(String::new()),
            (Event::Text(t) | Event::Code(t), Some(text)) => text.push_str(&t),
            (Event::SoftBreak | Event::HardBreak, Some(text)) => text.push(' '),
            (Event::End(TagEnd::Heading(_)), Some(text)) => return Some(text.trim().to_string()),
            _ => {}
        }
    }
    None
}

/// Every ATX heading one level deeper (`#` → `##`), so the stories sit under the book's
/// title. Only headings the layout wrote start a line with `#`: answers are escaped.
fn shift_headings(md: &str) -> String {
    let mut starts: Vec<usize> = Parser::new(md)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Heading { .. }) => md[range.start..]
                .find('#')
                .map(|at| range.start + at)
                .filter(|at| *at < range.end),
            _ => None,
        })
        .collect();
    starts.sort_unstable();
    let mut out = String::with_capacity(md.len() + starts.len());
    let mut from = 0;
    for at in starts {
        out.push_str(&md[from..at]);
        out.push('#');
        from = at;
    }
    out.push_str(&md[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_go_one_level_down_and_escaped_hashes_stay() {
        let md = "# Titlu\n\nText \\# nu\n\n## Secțiune\n\n> citat\n";
        assert_eq!(
            shift_headings(md),
            "## Titlu\n\nText \\# nu\n\n### Secțiune\n\n> citat\n"
        );
    }

    #[test]
    fn a_byline_goes_under_the_title_only_when_the_layout_lacks_it() {
        let md = "# Titlu\n\nLead.\n";
        assert_eq!(
            with_byline(md, "Ana Rusu", "Biblioteca Bălți"),
            "# Titlu\n\n*Ana Rusu, Biblioteca Bălți*\n\nLead.\n"
        );
        let shown = "# Titlu\n\n*Ana Rusu, Biblioteca Bălți*\n\nLead.\n";
        assert_eq!(with_byline(shown, "Ana Rusu", "Biblioteca Bălți"), shown);
        let half = "# Titlu\n\nLead.\n\n*Autor: Ana Rusu*\n";
        assert!(with_byline(half, "Ana Rusu", "Biblioteca Bălți").contains("*Biblioteca Bălți*"));
        assert_eq!(with_byline(md, " ", ""), md);
    }

    #[test]
    fn the_first_heading_is_the_title() {
        assert_eq!(
            first_heading("Intro\n\n# „Bunicii” *online*\n\n## Alt\n").as_deref(),
            Some("„Bunicii” online")
        );
        assert_eq!(first_heading("fără titlu\n"), None);
    }
}
