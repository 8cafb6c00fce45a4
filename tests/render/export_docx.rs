//! `povestitor export -f docx`: both layouts of the model story become Word documents with the
//! title in the Title style, each quote with its speaker, the photo with its caption, and
//! document properties. The tests read the file back (zip + XML), as Word would.

use crate::export_common::{self, Docx, Para, Scratch, photos};

const TITLE_WORDS: &str = "Bunicii online";

fn export_docx(scratch: &Scratch, layout: &str) -> Docx {
    let out = scratch.path(&format!("{layout}.docx"));
    scratch
        .export(layout, "docx", &["-o", out.to_str().unwrap()])
        .assert()
        .success();
    Docx::open(std::fs::read(out).unwrap())
}

fn find<'a>(paras: &'a [Para], text: &str) -> (usize, &'a Para) {
    paras
        .iter()
        .enumerate()
        .find(|(_, p)| p.text.contains(text))
        .unwrap_or_else(|| panic!("no paragraph with {text:?} in {paras:#?}"))
}

fn assert_quote(paras: &[Para], quote: &str, speaker: &str) {
    let (at, p) = find(paras, quote);
    assert_eq!(p.style, "Quote", "{p:?}");
    let attribution = &paras[at + 1];
    assert_eq!(attribution.style, "QuoteAttribution", "{attribution:?}");
    assert!(
        attribution.text.starts_with(&format!("— {speaker}")),
        "{attribution:?}"
    );
}

fn assert_photo_with_caption(docx: &mut Docx, paras: &[Para]) {
    let (at, figure) = paras
        .iter()
        .enumerate()
        .find(|(_, p)| p.image.is_some())
        .expect("a paragraph with a picture");
    let media = docx.media_for(figure.image.as_deref().unwrap());
    assert!(media.starts_with("word/media/"), "{media}");
    assert!(docx.names.contains(&media), "{media} is in the file");
    let caption = &paras[at + 1];
    assert_eq!(caption.style, "Caption", "{caption:?}");
    assert!(caption.text.contains("Primul atelier"), "{caption:?}");
    assert!(caption.text.contains("Ion Rusu"), "{caption:?}");
}

fn assert_properties(docx: &mut Docx) {
    let core = docx.part("docProps/core.xml");
    assert!(
        core.contains(&format!("<dc:title>„{TITLE_WORDS}”")),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Valentina Popescu</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>ro-RO</dc:language>"), "{core}");
    let styles = docx.part("word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"ro-RO\" />"), "{styles}");
    assert!(styles.contains("w:ascii=\"Times New Roman\""));
    let document = docx.part("word/document.xml");
    assert!(
        document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""),
        "A4"
    );
    // LibreOffice takes a line height without its rule as exact: titles overlap and photos
    // are cropped to one line. Every line height says it is proportional.
    for part in [&styles, &document] {
        for spacing in part.split("<w:spacing ").skip(1) {
            let spacing = &spacing[..spacing.find("/>").unwrap()];
            if spacing.contains("w:line=") {
                assert!(spacing.contains("w:lineRule=\"auto\""), "{spacing}");
            }
        }
    }
}

#[test]
fn the_magazine_layout_becomes_a_word_document() {
    let scratch = Scratch::new();
    let mut docx = export_docx(&scratch, "biblio-info");
    let paras = docx.paragraphs();

    assert_eq!(paras[0].style, "Title");
    assert!(paras[0].text.contains(TITLE_WORDS), "{:?}", paras[0]);
    assert_eq!(paras[1].style, "Byline");
    assert!(paras[1].text.starts_with("Valentina Popescu, Biblioteca"));
    assert_eq!(paras[2].style, "Lead");
    assert!(paras[2].text.starts_with("În primăvara anului 2026"));
    let (_, heading) = find(&paras, "Ce am făcut");
    assert_eq!(heading.style, "Heading1");
    let (_, item) = find(&paras, "apelurile video");
    assert!(item.numbered, "list items are Word list paragraphs");

    assert_quote(&paras, "Acum o văd pe nepoata mea", "Maria Ciobanu");
    assert_quote(&paras, "Am crezut că eu o să-i învăț", "Andrei Lungu");
    assert_photo_with_caption(&mut docx, &paras);
    assert_properties(&mut docx);
    assert!(
        !paras
            .iter()
            .any(|p| p.text.contains("**") || p.text.contains("!["))
    );
}

#[test]
fn the_blog_layout_becomes_a_word_document() {
    let scratch = Scratch::new();
    let mut docx = export_docx(&scratch, "blog");
    let paras = docx.paragraphs();

    assert_eq!(paras[0].style, "Title");
    assert!(paras[0].text.contains(TITLE_WORDS));
    assert_eq!(paras[1].style, "Lead");
    // The blog shows one highlighted quote.
    assert_quote(&paras, "Acum o văd pe nepoata mea", "Maria Ciobanu");
    assert_photo_with_caption(&mut docx, &paras);
    assert_properties(&mut docx);
}

#[test]
fn jpeg_photos_are_embedded_as_jpeg() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.path("poze")).unwrap();
    std::fs::copy(
        format!("{}/photos/sala.jpg", export_common::FIXTURES),
        scratch.path("poze/sala mare.jpg"),
    )
    .unwrap();
    scratch.edit_answers(|answers| {
        photos(
            answers,
            &[(
                "poze/sala mare.jpg",
                "Sala mare, plină de cititori.",
                "Ion Rusu",
            )],
        )
    });
    let mut docx = export_docx(&scratch, "biblio-info");
    let paras = docx.paragraphs();
    let figure = paras.iter().find(|p| p.image.is_some()).unwrap();
    let media = docx.media_for(figure.image.as_deref().unwrap());
    assert!(media.ends_with(".jpeg"), "{media}");
    let types = docx.part("[Content_Types].xml");
    assert!(types.contains("Extension=\"jpeg\""), "{types}");
    let (_, caption) = find(&paras, "Sala mare, plină de cititori.");
    assert_eq!(caption.style, "Caption");
}

#[test]
fn a_photo_that_is_not_png_or_jpeg_is_refused_by_name() {
    let scratch = Scratch::new();
    // A picture of another format is named; a file that is no picture at all is said so.
    std::fs::write(scratch.path("poza.gif"), b"GIF89a not really").unwrap();
    std::fs::write(scratch.path("poza.jpg"), b"a text saved as .jpg").unwrap();
    let out = scratch.path("articol.docx");
    for (name, says) in [
        ("poza.gif", "is a picture in GIF format"),
        ("poza.jpg", "not a PNG or JPEG"),
    ] {
        scratch.edit_answers(|answers| photos(answers, &[(name, "O poză.", "")]));
        scratch
            .export("biblio-info", "docx", &["-o", out.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(name))
            .stderr(predicates::str::contains(says));
        assert!(!out.exists());
    }
}

#[test]
fn docx_can_be_piped() {
    let scratch = Scratch::new();
    let output = scratch.export("blog", "docx", &[]).output().unwrap();
    assert!(output.status.success());
    let mut docx = Docx::open(output.stdout);
    assert_eq!(docx.paragraphs()[0].style, "Title");
}
