//! The injection corpus: every payload goes into every field of a draft (answers, quotes,
//! photos, meta, and the trainer's template name and step titles), every built-in layout is
//! rendered in every format, and each export is read back by a real reader
//! (`injection_check`): no field may come out as markup.

use std::path::Path;

use crate::injection_check::{
    PAYLOADS, check_html, check_markdown, check_xml, docx_part, pandoc_available, pandoc_html,
    read_front_matter, split_front_matter,
};
use povestitor::render::{self, Format, LoadedTemplate, Output, RenderOptions, typography};
use povestitor::service::Templates;
use povestitor::story::{Draft, Item};
use povestitor::template::{StepKind, TemplateSource};

fn templates() -> Templates {
    Templates::builtin().expect("the built-in templates load")
}

/// A draft of `loaded`'s template with `payload` in every field; photos point at `photo`.
fn hostile_draft(loaded: &LoadedTemplate, payload: &str, photo: &str) -> Draft {
    let mut draft = Draft::new(&loaded.template);
    draft.meta.author = payload.to_string();
    draft.meta.institution = payload.to_string();
    draft.meta.date = payload.to_string();
    for step in &loaded.template.steps {
        match step.kind {
            StepKind::Line | StepKind::Text => draft.answers.set_text(&step.id, payload.into()),
            StepKind::Quotes => draft.answers.set_items(
                &step.id,
                vec![
                    Item::default()
                        .with("text", payload)
                        .with("author", payload)
                        .with("role", payload);
                    2
                ],
            ),
            StepKind::Photos => draft.answers.set_items(
                &step.id,
                vec![
                    Item::default()
                        .with("path", photo)
                        .with("caption", payload)
                        .with("credit", payload);
                    2
                ],
            ),
        }
    }
    draft
}

fn text(output: Output) -> String {
    output.into_text().expect("a text format")
}

/// Checks the Markdown export (front matter and body) and returns the body.
fn check_md_export(md: &str, draft: &Draft, language: &str) -> Result<String, String> {
    let (lines, body) = split_front_matter(md)?;
    let front = read_front_matter(&lines)?;
    let get = |key: &str| front.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let author = draft.meta.author.trim();
    if !author.is_empty() && get("author") != Some(vec![author.to_string()]) {
        return Err(format!(
            "author {:?} came back as {:?}",
            author,
            get("author")
        ));
    }
    let title: String = typography::apply(draft.title(), language)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let has_emphasis = title.contains('*') || title.contains('_');
    if !has_emphasis && get("title") != Some(vec![title.clone()]) {
        return Err(format!("title {title:?} came back as {:?}", get("title")));
    }
    check_markdown(body)?;
    Ok(body.to_string())
}

/// Runs `check` for every payload, template and layout; reports every failure at once.
fn for_each_case(mut check: impl FnMut(&LoadedTemplate, &str, &str) -> Result<(), String>) {
    let templates = templates();
    let mut failures = Vec::new();
    for loaded in templates.iter() {
        for layout in &loaded.template.layouts {
            for payload in PAYLOADS {
                if let Err(e) = check(loaded, &layout.id, payload) {
                    failures.push(format!("{}/{} {payload:?}: {e}", loaded.id(), layout.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_field_becomes_markup_in_markdown_or_html() {
    for_each_case(|loaded, layout, payload| {
        let draft = hostile_draft(loaded, payload, payload);
        let render = |format, standalone| {
            let options = RenderOptions {
                standalone,
                base_dir: None,
            };
            render::render(loaded, &draft, layout, format, options)
                .map(text)
                .map_err(|e| e.to_string())
        };
        let language = loaded.template.language.as_str();
        check_md_export(&render(Format::Md, false)?, &draft, language)?;
        check_html(&render(Format::Html, false)?).map_err(|e| format!("html: {e}"))?;
        check_html(&render(Format::Html, true)?).map_err(|e| format!("page: {e}"))?;
        render(Format::Txt, false)?;
        Ok(())
    });
}

#[test]
fn no_field_becomes_xml_in_docx() {
    let dir = tempfile::tempdir().unwrap();
    let png = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("story-templates/success-story/bunicii-online.png");
    std::fs::copy(png, dir.path().join("poza.png")).unwrap();
    for_each_case(|loaded, layout, payload| {
        let draft = hostile_draft(loaded, payload, "poza.png");
        let options = RenderOptions {
            standalone: false,
            base_dir: Some(dir.path()),
        };
        let Output::Binary(bytes) = render::render(loaded, &draft, layout, Format::Docx, options)
            .map_err(|e| e.to_string())?
        else {
            return Err("DOCX is binary".to_string());
        };
        let body = check_xml(&docx_part(&bytes, "word/document.xml")?)?;
        let core = check_xml(&docx_part(&bytes, "docProps/core.xml")?)?;
        let author: String = payload
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .collect();
        if !core.contains(&author) {
            return Err(format!("the author is not in core.xml as text: {core:?}"));
        }
        if body.is_empty() {
            return Err("no text in the document".to_string());
        }
        Ok(())
    });
}

#[test]
fn pandoc_reads_every_markdown_export_as_text() {
    if !pandoc_available() {
        return;
    }
    for_each_case(|loaded, layout, payload| {
        let draft = hostile_draft(loaded, payload, payload);
        let md = render::render(loaded, &draft, layout, Format::Md, RenderOptions::default())
            .map(text)
            .map_err(|e| e.to_string())?;
        // pandoc's own Markdown reads the front matter as YAML too.
        check_html(&pandoc_html(&md, "markdown")?).map_err(|e| format!("pandoc markdown: {e}"))?;
        check_html(&pandoc_html(&md, "commonmark+yaml_metadata_block")?)
            .map_err(|e| format!("pandoc commonmark: {e}"))?;
        Ok(())
    });
}

/// A trainer's template whose name and step titles are the payload, with a layout that
/// shows them, and every field, photo paths included.
fn trainer_template(dir: &Path, payload: &str) -> LoadedTemplate {
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    let toml = format!(
        "id = \"hostile\"\nname = {name}\nlanguage = \"en\"\n\n[[layouts]]\nid = \"all\"\nname = {name}\n\n\
         [[steps]]\nid = \"title\"\ntitle = {name}\nprompt = \"p\"\nkind = \"line\"\n\n\
         [[steps]]\nid = \"story\"\ntitle = {name}\nprompt = \"p\"\nkind = \"text\"\n\n\
         [[steps]]\nid = \"photos\"\ntitle = {name}\nprompt = \"p\"\nkind = \"photos\"\n",
        name = quoted(payload)
    );
    std::fs::write(dir.join("template.toml"), toml).unwrap();
    let layout = "# {{ answers.title }}\n\n*{{ template.name }}*\n\n\
        {% for s in steps %}## {{ s.title }}\n\n{% endfor %}{{ answers.story }}\n\n\
        {% for p in answers.photos %}![{{ p.caption }}]({{ p.src }})\n\n*{{ p.path }}: {{ p.credit }}*\n\n{% endfor %}";
    std::fs::write(dir.join("all.md.tera"), layout).unwrap();
    LoadedTemplate::load(TemplateSource::Folder(dir.to_path_buf())).unwrap()
}

#[test]
fn template_strings_and_photo_paths_stay_text() {
    let pandoc = pandoc_available();
    let mut failures = Vec::new();
    for payload in PAYLOADS {
        let dir = tempfile::tempdir().unwrap();
        let loaded = trainer_template(dir.path(), payload);
        let draft = hostile_draft(&loaded, payload, payload);
        let check = || -> Result<(), String> {
            let render = |format| {
                render::render(&loaded, &draft, "all", format, RenderOptions::default())
                    .map(text)
                    .map_err(|e| e.to_string())
            };
            let md = render(Format::Md)?;
            check_md_export(&md, &draft, "en")?;
            check_html(&render(Format::Html)?)?;
            if pandoc {
                check_html(&pandoc_html(&md, "markdown")?)?;
                check_html(&pandoc_html(&md, "commonmark+yaml_metadata_block")?)?;
            }
            Ok(())
        };
        if let Err(e) = check() {
            failures.push(format!("{payload:?}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
