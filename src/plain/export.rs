//! `:export`: the layout, the format and the file asked one line each (an empty line takes
//! the default), then the article written through the library, as the wizard writes it. An
//! existing file is replaced only after a yes.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::console::Line;
use super::session::Session;
use crate::coach::yes_no;
use crate::render::{self, Format, RenderOptions};
use crate::service::{self, ArticleFile, ServiceError};

/// The formats in the wizard's order; the first is the default.
const FORMATS: [Format; 4] = [Format::Docx, Format::Html, Format::Txt, Format::Md];

pub fn export<R: BufRead, W: Write>(session: &mut Session<'_, R, W>) {
    if write(session).is_none() {
        session.con.say_t("plain-export-cancelled");
    }
}

/// Asks and writes; `None` when the person left the export (a command or the input's end).
fn write<R: BufRead, W: Write>(session: &mut Session<'_, R, W>) -> Option<()> {
    let loaded = session.loaded;
    session.con.gap();
    session.con.say_t("export-title");
    let layouts: Vec<(String, String)> = loaded
        .template
        .layouts
        .iter()
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    let layout = choose(session, "export-layout", &layouts)?;
    let formats: Vec<(String, String)> = FORMATS
        .iter()
        .map(|f| {
            let id = f.extension().to_string();
            let name = session.con.t(&format!("format-{id}"));
            (id, name)
        })
        .collect();
    let format = FORMATS[choose(session, "export-format", &formats)?];
    let layout = layouts[layout].0.clone();
    let suggested = session
        .path
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
        .join(render::safe_file_name(
            session.draft.title(),
            format.extension(),
        ));
    let text = session.con.t_args(
        "plain-export-path",
        &[("path", suggested.display().to_string().into())],
    );
    session.con.say(&text);
    let path = match session.con.read() {
        Line::Text(text) if text.trim().is_empty() => suggested,
        Line::Text(text) => PathBuf::from(service::clean_typed_path(&text)),
        Line::End | Line::Command(_) => return None,
    };
    let force = path.exists() && replace(session, &path)?;
    let base_dir = Some(service::draft_folder(&session.path));
    let options = RenderOptions {
        standalone: false,
        base_dir,
    };
    let written = render::article(loaded, &session.draft, &layout, format, options)
        .map_err(ServiceError::from)
        .and_then(|article| {
            let target = ArticleFile {
                format,
                path: &path,
                force,
            };
            service::write_article(&target, &article).map(|()| (article.left_out, article.photos))
        });
    match written {
        Ok((left_out, photos)) => {
            session.con.say_args(
                "export-written",
                &[("path", path.display().to_string().into())],
            );
            let name = loaded
                .template
                .layout(&layout)
                .map_or(layout.as_str(), |l| &l.name);
            for line in service::left_out_text(name, &left_out, &session.con.catalog) {
                session.con.say(&line);
            }
            for line in service::outside_photos_text(&photos, &session.con.catalog) {
                session.con.say(&line);
            }
        }
        Err(err) => {
            let error = service::error_text(&err, &session.con.catalog);
            session
                .con
                .say_args("export-failed", &[("error", error.into())]);
        }
    }
    Some(())
}

/// One of `options` (id, name), by number or id; an empty line takes the first.
fn choose<R: BufRead, W: Write>(
    session: &mut Session<'_, R, W>,
    label: &str,
    options: &[(String, String)],
) -> Option<usize> {
    let label = session.con.t(label);
    session.con.say(&format!("{label}:"));
    for (n, (id, name)) in options.iter().enumerate() {
        session.con.say(&format!("  {}. {name} ({id})", n + 1));
    }
    loop {
        session
            .con
            .say_args("plain-choose", &[("count", options.len().into())]);
        match session.con.read() {
            Line::Text(text) if text.trim().is_empty() => return Some(0),
            Line::Text(text) => {
                let text = text.trim();
                let by_number = text
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|n| *n < options.len());
                let by_id = options.iter().position(|(id, _)| id == text);
                if let Some(n) = by_number.or(by_id) {
                    return Some(n);
                }
            }
            Line::End | Line::Command(_) => return None,
        }
    }
}

/// Whether to replace the file at `path`: yes replaces, no (or nothing) leaves the export.
fn replace<R: BufRead, W: Write>(
    session: &mut Session<'_, R, W>,
    path: &std::path::Path,
) -> Option<bool> {
    loop {
        session.con.say_args(
            "plain-export-replace",
            &[("path", path.display().to_string().into())],
        );
        match session.con.read() {
            Line::Text(text) if text.trim().is_empty() => return None,
            Line::Text(text) => match yes_no(&text) {
                Some(true) => return Some(true),
                Some(false) => return None,
                None => session.con.say_t("plain-yes-or-no"),
            },
            Line::End | Line::Command(_) => return None,
        }
    }
}
