//! Shared by the export tests: a scratch folder with the model story, the real binary, and
//! a small reader for the parts of a DOCX file.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use quick_xml::events::Event;

pub mod phone;

pub const TEMPLATE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/story-templates/success-story");
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// A scratch folder holding the model story (`poveste.toml`) and its photo.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            Path::new(TEMPLATE).join("example.toml"),
            dir.path().join("poveste.toml"),
        )
        .unwrap();
        std::fs::copy(
            Path::new(TEMPLATE).join("bunicii-online.png"),
            dir.path().join("bunicii-online.png"),
        )
        .unwrap();
        Scratch { dir }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn draft(&self) -> PathBuf {
        self.path("poveste.toml")
    }

    /// The real binary, with no user templates and English messages.
    pub fn povestitor(&self) -> Command {
        let mut cmd = Command::cargo_bin("povestitor").unwrap();
        let home = self.path(".home");
        cmd.env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        cmd
    }

    /// `povestitor export poveste.toml -l LAYOUT -f FORMAT ARGS…`
    pub fn export(&self, layout: &str, format: &str, args: &[&str]) -> Command {
        let mut cmd = self.povestitor();
        cmd.arg("export")
            .arg(self.draft())
            .args(["-l", layout, "-f", format])
            .args(args);
        cmd
    }

    /// Changes the draft's answers (a TOML table) and saves it.
    pub fn edit_answers(&self, edit: impl FnOnce(&mut toml::Table)) {
        let text = std::fs::read_to_string(self.draft()).unwrap();
        let mut draft: toml::Table = text.parse().unwrap();
        edit(draft["answers"].as_table_mut().unwrap());
        std::fs::write(self.draft(), toml::to_string(&draft).unwrap()).unwrap();
    }

    /// Moves the draft into `povesti/` and points its photo at `../bunicii-online.png`: a
    /// photo taken from outside the story's folder. Returns the draft's new path.
    pub fn photo_outside_the_story(&self) -> PathBuf {
        std::fs::create_dir(self.path("povesti")).unwrap();
        std::fs::rename(self.draft(), self.path("povesti/poveste.toml")).unwrap();
        let draft = self.path("povesti/poveste.toml");
        let text = std::fs::read_to_string(&draft).unwrap().replace(
            "path = \"bunicii-online.png\"",
            "path = \"../bunicii-online.png\"",
        );
        std::fs::write(&draft, text).unwrap();
        draft
    }

    /// Names of the files in the scratch folder (recursively), temporary ones included.
    pub fn files(&self) -> Vec<String> {
        let mut names = Vec::new();
        collect(self.dir.path(), self.dir.path(), &mut names);
        names.sort();
        names
    }
}

fn collect(root: &Path, dir: &Path, names: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == ".home" {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, names);
        } else {
            let relative = path.strip_prefix(root).unwrap();
            names.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// A copy of `success-story` whose `biblio-info` layout shows only the first quote and the
/// first photo, in `folder/success-story`.
pub fn one_photo_template(folder: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("story-templates/success-story");
    let to = folder.join("success-story");
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    let layout = to.join("biblio-info.md.tera");
    let text = std::fs::read_to_string(&layout).unwrap();
    let text = text
        .replace(
            "{% for q in answers.quotes %}",
            "{% for q in answers.quotes %}{% if loop.first %}",
        )
        .replace(
            "{% endif %}\n\n{% endfor %}",
            "{% endif %}{% endif %}\n\n{% endfor %}",
        )
        .replace(
            "{% for p in answers.photos %}\n",
            "{% for p in answers.photos %}{% if loop.first %}\n",
        )
        .replace(
            "Foto: {{ p.credit }}{% else %}{{ p.caption }}{% endif %}*\n\n{% endfor %}",
            "Foto: {{ p.credit }}{% else %}{{ p.caption }}{% endif %}*\n{% endif %}\n{% endfor %}",
        );
    assert_eq!(text.matches("loop.first").count(), 2, "{text}");
    std::fs::write(&layout, text).unwrap();
    folder.to_path_buf()
}

/// Replaces the photos of the draft with `(path, caption, credit)` items.
pub fn photos(answers: &mut toml::Table, items: &[(&str, &str, &str)]) {
    let array = items
        .iter()
        .map(|(path, caption, credit)| {
            let mut item = toml::Table::new();
            item.insert("path".into(), (*path).into());
            item.insert("caption".into(), (*caption).into());
            item.insert("credit".into(), (*credit).into());
            toml::Value::Table(item)
        })
        .collect();
    answers.insert("photos".into(), toml::Value::Array(array));
}

/// The parts of a DOCX file, by name.
pub struct Docx {
    pub names: Vec<String>,
    archive: zip::ZipArchive<std::io::Cursor<Vec<u8>>>,
}

impl Docx {
    pub fn open(bytes: Vec<u8>) -> Self {
        assert!(bytes.starts_with(b"PK"), "not a zip file");
        let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let names = archive.file_names().map(str::to_string).collect();
        Docx { names, archive }
    }

    pub fn part(&mut self, name: &str) -> String {
        let mut text = String::new();
        self.archive
            .by_name(name)
            .unwrap_or_else(|_| panic!("no {name} in the document"))
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    /// A part's bytes (a photo in `word/media/`).
    pub fn bytes(&mut self, name: &str) -> Vec<u8> {
        let mut bytes = Vec::new();
        self.archive
            .by_name(name)
            .unwrap_or_else(|_| panic!("no {name} in the document"))
            .read_to_end(&mut bytes)
            .unwrap();
        bytes
    }

    pub fn paragraphs(&mut self) -> Vec<Para> {
        paragraphs(&self.part("word/document.xml"))
    }

    /// The media file a relationship id points to (`word/media/…`).
    pub fn media_for(&mut self, relationship: &str) -> String {
        let rels = self.part("word/_rels/document.xml.rels");
        let mut reader = quick_xml::Reader::from_str(&rels);
        loop {
            match reader.read_event().unwrap() {
                Event::Empty(e) | Event::Start(e)
                    if e.name().as_ref() == b"Relationship"
                        && attr(&e, "Id").as_deref() == Some(relationship) =>
                {
                    return format!("word/{}", attr(&e, "Target").unwrap());
                }
                Event::Eof => panic!("no relationship {relationship}"),
                _ => {}
            }
        }
    }
}

/// One Word paragraph: its style, its text, and the picture it holds, if any.
#[derive(Debug, Default, Clone)]
pub struct Para {
    pub style: String,
    pub text: String,
    pub image: Option<String>,
    pub numbered: bool,
}

pub fn paragraphs(document: &str) -> Vec<Para> {
    let mut reader = quick_xml::Reader::from_str(document);
    let mut out = Vec::new();
    let mut current: Option<Para> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:p" => current = Some(Para::default()),
            Event::End(e) if e.name().as_ref() == b"w:p" => out.extend(current.take()),
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Text(t) if in_text => {
                if let Some(p) = &mut current {
                    p.text.push_str(&t.decode().unwrap());
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = &mut current {
                    let name = r.decode().unwrap();
                    p.text.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    });
                }
            }
            Event::Empty(e) | Event::Start(e) => {
                if let Some(p) = &mut current {
                    match e.name().as_ref() {
                        b"w:pStyle" => p.style = attr(&e, "w:val").unwrap_or_default(),
                        b"a:blip" => p.image = attr(&e, "r:embed"),
                        b"w:numPr" => p.numbered = true,
                        _ => {}
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn attr(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Checks that `page` is well-formed markup: every tag closed in order, one root element.
pub fn assert_well_formed(page: &str) {
    let mut reader = quick_xml::Reader::from_str(page);
    let mut open: Vec<String> = Vec::new();
    let mut roots = 0;
    loop {
        let event = reader.read_event().unwrap_or_else(|e| {
            panic!(
                "not well-formed at {}: {e}\n{page}",
                reader.buffer_position()
            )
        });
        match event {
            Event::Start(e) => {
                if open.is_empty() {
                    roots += 1;
                }
                open.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Empty(_) if open.is_empty() => roots += 1,
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements {open:?}");
    assert_eq!(roots, 1, "a page has one root element");
}
