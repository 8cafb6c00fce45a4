//! Photos as phones make them: a 4,000 px photo stored sideways lands upright and smaller in
//! the Word document (article and workshop book) and beside an HTML or Markdown article; a
//! small photo goes in byte for byte; a HEIC or WEBP photo is named with what to do, and
//! nothing is written.

use crate::common;
use crate::export_common::phone::{assert_upright, sideways_phone_photo};
use crate::export_common::{Docx, Scratch, photos};
use predicates::str::contains;

/// The scratch story with its one photo replaced by `name` holding `bytes`.
fn story_with_photo(name: &str, bytes: &[u8]) -> Scratch {
    let scratch = Scratch::new();
    std::fs::write(scratch.path(name), bytes).unwrap();
    scratch.edit_answers(|answers| photos(answers, &[(name, "Primul atelier.", "Ion Rusu")]));
    scratch
}

/// The picture of the document's only figure, and the size Word is told to show it at (EMU).
fn figure(docx: &mut Docx) -> (Vec<u8>, u64, u64) {
    let paras = docx.paragraphs();
    let figure = paras
        .iter()
        .find(|p| p.image.is_some())
        .expect("a paragraph with a picture");
    let media = docx.media_for(figure.image.as_deref().unwrap());
    let document = docx.part("word/document.xml");
    let extent = &document[document.find("<wp:extent ").expect("a drawing's extent")..];
    let number = |name: &str| -> u64 {
        let at = extent.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        extent[at..extent[at..].find('"').unwrap() + at]
            .parse()
            .unwrap()
    };
    (docx.bytes(&media), number("cx"), number("cy"))
}

#[test]
fn a_sideways_phone_photo_lands_upright_and_at_most_2000_px_in_the_docx() {
    let photo = sideways_phone_photo();
    let scratch = story_with_photo("telefon.jpg", photo);
    let out = scratch.path("articol.docx");
    scratch
        .export("biblio-info", "docx", &["-o", out.to_str().unwrap()])
        .assert()
        .success();
    let mut docx = Docx::open(std::fs::read(&out).unwrap());
    let (embedded, cx, cy) = figure(&mut docx);
    assert_upright(&embedded, 2000);
    assert!(embedded.starts_with(&[0xFF, 0xD8]), "made a JPEG again");
    assert!(
        embedded.len() < photo.len(),
        "smaller than the phone's file"
    );
    // Word is told the upright shape: taller than wide, 3:4.
    assert!(cy > cx, "portrait extent: {cx}×{cy}");
    assert_eq!(cx * 4, cy * 3, "the photo's shape: {cx}×{cy}");
    assert_eq!(
        std::fs::read(scratch.path("telefon.jpg")).unwrap(),
        photo,
        "the librarian's own photo is left as it was"
    );
}

#[test]
fn a_small_png_is_embedded_byte_for_byte() {
    let scratch = Scratch::new();
    let out = scratch.path("articol.docx");
    scratch
        .export("biblio-info", "docx", &["-o", out.to_str().unwrap()])
        .assert()
        .success();
    let mut docx = Docx::open(std::fs::read(&out).unwrap());
    let (embedded, cx, cy) = figure(&mut docx);
    assert_eq!(
        embedded,
        std::fs::read(scratch.path("bunicii-online.png")).unwrap()
    );
    // 160×90: the text's width, 16:9.
    assert_eq!(cx * 9, cy * 16, "{cx}×{cy}");
}

#[test]
fn the_copy_beside_html_and_markdown_is_upright_and_at_most_2560_px() {
    let scratch = story_with_photo("telefon.jpg", sideways_phone_photo());
    for format in ["html", "md"] {
        let site = scratch.path(&format!("site-{format}"));
        scratch
            .export(
                "biblio-info",
                format,
                &["-o", &format!("{}/", site.display())],
            )
            .assert()
            .success();
        let copy = std::fs::read(site.join("telefon.jpg")).unwrap();
        assert_upright(&copy, 2560);
    }
}

#[test]
fn a_workshop_book_holds_the_phone_photo_upright_and_at_most_2000_px() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("atelier");
    std::fs::create_dir(&folder).unwrap();
    let example = common::copy_example("success-story", &folder);
    let model = std::fs::read_to_string(&example).unwrap();
    assert!(model.contains("\"bunicii-online.png\""));
    std::fs::write(
        folder.join("ana.toml"),
        model.replace("\"bunicii-online.png\"", "\"telefon.jpg\""),
    )
    .unwrap();
    std::fs::remove_file(&example).unwrap();
    std::fs::write(folder.join("telefon.jpg"), sideways_phone_photo()).unwrap();
    let out = home.path().join("carte.docx");
    common::povestitor(home.path())
        .args(["--lang", "en", "workshop", "compile"])
        .arg(&folder)
        .args(["-l", "biblio-info", "-f", "docx", "-o"])
        .arg(&out)
        .assert()
        .success();
    let mut docx = Docx::open(std::fs::read(&out).unwrap());
    let (embedded, cx, cy) = figure(&mut docx);
    assert_upright(&embedded, 2000);
    assert!(cy > cx, "portrait extent: {cx}×{cy}");
}

/// A HEIC photo's first bytes, as an iPhone writes them.
const HEIC: &[u8] = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\0meta";
/// A WEBP photo's first bytes.
const WEBP: &[u8] = b"RIFF\x24\0\0\0WEBPVP8 \x18\0\0\0";

#[test]
fn heic_and_webp_photos_are_named_with_what_to_do_and_nothing_is_written() {
    for (name, bytes, kind) in [("IMG_0001.HEIC", HEIC, "HEIC"), ("poza.webp", WEBP, "WEBP")] {
        let scratch = story_with_photo(name, bytes);
        let before = scratch.files();
        for format in ["docx", "html", "md"] {
            let out = scratch.path(&format!("out/articol.{format}"));
            scratch
                .export("biblio-info", format, &["-o", out.to_str().unwrap()])
                .assert()
                .code(2)
                .stderr(contains(format!(
                    "photo 1 in \"Fotografii\" ({name}) is a picture in {kind} format"
                )))
                .stderr(contains("save it as JPEG"))
                .stderr(contains("Paint"));
            assert_eq!(scratch.files(), before, "{format}: nothing written");
        }
    }
}

#[test]
fn the_heic_sentence_is_in_the_interface_language() {
    let scratch = story_with_photo("IMG_0001.HEIC", HEIC);
    let out = scratch.path("articol.docx");
    scratch
        .export("biblio-info", "docx", &["-o", out.to_str().unwrap()])
        .env("LANG", "ro_RO.UTF-8")
        .assert()
        .code(2)
        .stderr(contains("este o imagine în format HEIC"))
        .stderr(contains("salvați-o ca JPEG"));
    scratch
        .export("biblio-info", "docx", &["-o", out.to_str().unwrap()])
        .env("LANG", "ru_RU.UTF-8")
        .assert()
        .code(2)
        .stderr(contains("изображение в формате HEIC"))
        .stderr(contains("сохраните её как JPEG"));
    assert!(!out.exists());
}
