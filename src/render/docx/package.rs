//! The document's parts, as docx-rs builds them, written into the `.docx` archive with the
//! last touches docx-rs cannot make itself: document properties (title, author, language,
//! date), the document language, JPEG photos stored under a `.jpeg` name (docx-rs names every
//! picture `.png`), and a distinct id for each drawing (docx-rs gives every one `1`; Word
//! wants them unique).

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::story::iso_date;

/// What goes into `docProps/core.xml`, and the touches a book needs.
#[derive(Default)]
pub struct Properties<'a> {
    pub title: &'a str,
    pub author: &'a str,
    /// `ro-RO`, `en-US`, …
    pub language: &'a str,
    /// ISO date (`2026-11-25`); left out when it is not one.
    pub date: &'a str,
    /// The language of each story of a book, from the bookmark that starts it to the next
    /// one: `(bookmark name, language tag)` in document order.
    pub story_languages: &'a [(String, String)],
    /// Word updates the document's fields (the contents' page numbers) when it opens it.
    pub update_fields: bool,
}

/// Parts smaller than this are stored as they are: starting a compressor costs more time
/// than the bytes it saves are worth. A one-story document's parts are all smaller (the
/// file is some 30 KB instead of 18); a workshop's book has its text deflated.
const DEFLATE_FROM: usize = 32 * 1024;

/// The `.docx` file: the parts docx-rs made, in its order, with the last touches.
pub fn finish(xml: XMLDocx, props: &Properties) -> zip::result::ZipResult<Vec<u8>> {
    let mut media = Vec::with_capacity(xml.media.len());
    let mut rels = String::from_utf8_lossy(&xml.document_rels).into_owned();
    for (id, bytes) in xml.media {
        let name = if bytes.starts_with(&[0xFF, 0xD8]) {
            rels = rels.replace(&format!("media/{id}.png\""), &format!("media/{id}.jpeg\""));
            format!("word/media/{id}.jpeg")
        } else {
            format!("word/media/{id}.png")
        };
        media.push((name, bytes));
    }
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), core_xml(props).into_bytes()),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), rels.into_bytes()),
        (
            "word/document.xml".into(),
            story_languages(&numbered_drawings(&xml.document), props.story_languages),
        ),
        (
            "word/styles.xml".into(),
            with_language(&xml.styles, props.language),
        ),
        (
            "word/settings.xml".into(),
            if props.update_fields {
                updating_fields(&xml.settings)
            } else {
                xml.settings
            },
        ),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    // Headers, footers, task panes and custom XML are never set by povestitor: docx-rs
    // leaves those lists empty (a test compares the parts with docx-rs's own packing).
    parts.extend(media);

    // Room for every part and its headers, so the archive is not copied as it grows.
    let size = parts
        .iter()
        .map(|(name, bytes)| bytes.len() + 2 * name.len() + 128);
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(size.sum::<usize>() + 64)));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    // The fastest level: Word's XML shrinks nearly as much, in a fraction of the time.
    let deflated = stored
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, bytes) in parts {
        // Photos are compressed already; deflating them again only costs time.
        let photo = name.starts_with("word/media/");
        let options = if photo || bytes.len() < DEFLATE_FROM {
            stored
        } else {
            deflated
        };
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

fn core_xml(props: &Properties) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    xml.push_str(&format!("<dc:title>{}</dc:title>", escape(props.title)));
    xml.push_str(&format!(
        "<dc:creator>{}</dc:creator>",
        escape(props.author)
    ));
    xml.push_str(&format!(
        "<cp:lastModifiedBy>{}</cp:lastModifiedBy>",
        escape(props.author)
    ));
    xml.push_str(&format!(
        "<dc:language>{}</dc:language>",
        escape(props.language)
    ));
    if let Some(date) = iso_date(props.date) {
        for element in ["created", "modified"] {
            xml.push_str(&format!(
                "<dcterms:{element} xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:{element}>"
            ));
        }
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

/// Sets the language of all text in the document defaults (`w:lang` comes last in `w:rPr`).
fn with_language(styles: &[u8], language: &str) -> Vec<u8> {
    let xml = String::from_utf8_lossy(styles);
    let lang = format!("<w:lang w:val=\"{}\" />", escape(language));
    let Some(defaults) = xml.find("<w:rPrDefault>") else {
        return styles.to_vec();
    };
    let rest = &xml[defaults..];
    let updated = if let Some(after) = rest.strip_prefix("<w:rPrDefault><w:rPr />") {
        format!(
            "{}<w:rPrDefault><w:rPr>{lang}</w:rPr>{after}",
            &xml[..defaults]
        )
    } else if let Some(end) = rest.find("</w:rPr>") {
        format!("{}{lang}{}", &xml[..defaults + end], &xml[defaults + end..])
    } else {
        return styles.to_vec();
    };
    updated.into_bytes()
}

/// Marks the text of each story with its language: every run's properties (and every
/// paragraph mark's) from the bookmark that starts the story to the next story's. docx-rs
/// writes a `w:rPr` in every run, empty or not; `w:lang` comes last in it.
fn story_languages(document: &[u8], stories: &[(String, String)]) -> Vec<u8> {
    if stories.is_empty() {
        return document.to_vec();
    }
    let xml = String::from_utf8_lossy(document);
    let starts: Vec<(usize, &str)> = stories
        .iter()
        .filter_map(|(name, language)| {
            xml.find(&format!("w:name=\"{}\"", escape(name)))
                .map(|at| (at, language.as_str()))
        })
        .collect();
    let mut out = String::with_capacity(xml.len() + 64 * starts.len());
    let mut from = 0;
    for (i, (at, language)) in starts.iter().enumerate() {
        out.push_str(&xml[from..*at]);
        let end = starts.get(i + 1).map_or(xml.len(), |(next, _)| *next);
        let lang = format!("<w:lang w:val=\"{}\" />", escape(language));
        out.push_str(
            &xml[*at..end]
                .replace("<w:rPr />", &format!("<w:rPr>{lang}</w:rPr>"))
                .replace("</w:rPr>", &format!("{lang}</w:rPr>"))
                // The empty ones just filled in got it twice.
                .replace(&format!("{lang}{lang}"), &lang),
        );
        from = end;
    }
    out.push_str(&xml[from..]);
    out.into_bytes()
}

/// Asks Word to update the fields when it opens the document (it asks the reader first).
fn updating_fields(settings: &[u8]) -> Vec<u8> {
    const UPDATE: &str = "<w:updateFields w:val=\"true\" />";
    let xml = String::from_utf8_lossy(settings);
    // Its place in the schema: right before `w:compat`, else at the end.
    let updated = match xml.find("<w:compat") {
        Some(at) => format!("{}{UPDATE}{}", &xml[..at], &xml[at..]),
        None => match xml.rfind("</w:settings>") {
            Some(at) => format!("{}{UPDATE}{}", &xml[..at], &xml[at..]),
            None => return settings.to_vec(),
        },
    };
    updated.into_bytes()
}

/// Gives each `wp:docPr` its own id, in document order.
fn numbered_drawings(document: &[u8]) -> Vec<u8> {
    const OPEN: &str = "<wp:docPr id=\"";
    let xml = String::from_utf8_lossy(document);
    if xml.matches(OPEN).count() < 2 {
        return document.to_vec();
    }
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest: &str = &xml;
    let mut id = 0;
    while let Some(at) = rest.find(OPEN) {
        let after = &rest[at + OPEN.len()..];
        let Some(end) = after.find('"') else {
            break;
        };
        id += 1;
        out.push_str(&rest[..at]);
        out.push_str(&format!("{OPEN}{id}"));
        rest = &after[end..];
    }
    out.push_str(rest);
    out.into_bytes()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files of a `.docx`, folders left out.
    fn names(bytes: &[u8]) -> Vec<String> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        archive
            .file_names()
            .filter(|name| !name.ends_with('/'))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_part_docx_rs_would_pack_is_written_in_its_order() {
        // `finish` lists docx-rs's parts itself: a part docx-rs adds, or one povestitor
        // starts using (a header, a footer), must not be dropped without notice.
        let docx = || {
            super::super::styles::apply(docx_rs::Docx::new()).add_paragraph(
                docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text("Bunicii online")),
            )
        };
        let mut packed = Cursor::new(Vec::new());
        docx().build().pack(&mut packed).unwrap();
        let props = Properties {
            title: "Bunicii online",
            author: "Ana",
            language: "ro-RO",
            date: "2026-11-25",
            ..Properties::default()
        };
        let ours = finish(docx().build(), &props).unwrap();
        assert_eq!(names(&ours), names(packed.get_ref()));
    }

    #[test]
    fn properties_are_escaped_and_dated() {
        let xml = core_xml(&Properties {
            title: "„Bunicii” & <nepoții>",
            author: "Ana",
            language: "ro-RO",
            date: "2026-11-25",
            ..Properties::default()
        });
        assert!(xml.contains("<dc:title>„Bunicii” &amp; &lt;nepoții&gt;</dc:title>"));
        assert!(xml.contains("<dc:creator>Ana</dc:creator>"));
        assert!(xml.contains("<dc:language>ro-RO</dc:language>"));
        assert!(xml.contains(">2026-11-25T00:00:00Z</dcterms:created>"));
        let undated = core_xml(&Properties {
            title: "",
            author: "",
            language: "ro-RO",
            date: "ieri",
            ..Properties::default()
        });
        assert!(!undated.contains("dcterms:created"));
    }

    #[test]
    fn each_drawing_gets_its_own_id() {
        let got = numbered_drawings(
            b"<wp:docPr id=\"1\" name=\"Figure\" /><x/><wp:docPr id=\"1\" name=\"Figure\" />",
        );
        assert_eq!(
            String::from_utf8(got).unwrap(),
            "<wp:docPr id=\"1\" name=\"Figure\" /><x/><wp:docPr id=\"2\" name=\"Figure\" />"
        );
    }

    #[test]
    fn language_goes_into_the_default_run_properties() {
        let got = with_language(
            b"<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\" /></w:rPr></w:rPrDefault>",
            "ru-RU",
        );
        assert_eq!(
            String::from_utf8(got).unwrap(),
            "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\" /><w:lang w:val=\"ru-RU\" /></w:rPr></w:rPrDefault>"
        );
    }
}
