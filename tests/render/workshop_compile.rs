//! `povestitor workshop compile`: a workshop folder's ready stories in one document, the
//! others named on stderr with their reason. The real binary on a folder like a real one;
//! the DOCX is read back from its zip and XML (and with pandoc when it is installed).

use std::path::Path;

use crate::common::{self, povestitor, stderr_of};
use crate::export_common::{Docx, assert_well_formed};
use crate::workshop_common::*;

fn compile(
    home: &Path,
    folder: &Path,
    format: &str,
    out: &Path,
    extra: &[&str],
) -> std::process::Output {
    povestitor(home)
        .args(["--lang", "en", "workshop", "compile"])
        .arg(folder)
        .args(["--layout", "biblio-info", "--format", format, "-o"])
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

/// The XML of the first paragraph of `style` holding `text`.
fn paragraph_with<'a>(document: &'a str, style: &str, text: &str) -> &'a str {
    document
        .split("</w:p>")
        .find(|p| p.contains(text) && p.contains(&format!("<w:pStyle w:val=\"{style}\" />")))
        .unwrap_or_else(|| panic!("no paragraph {style} with {text:?}"))
}

#[test]
fn the_docx_holds_the_ready_stories_on_their_own_pages_with_contents_and_photos() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let out_path = home.path().join("atelier.docx");
    let out = compile(home.path(), &folder, "docx", &out_path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    // The drafts left out are named, one line each, with the reason.
    let err = stderr_of(&out);
    for (file, reason) in [
        ("ion.toml", "povestitor check ion.toml"),
        ("maria.toml", "povestitor check maria.toml"),
        ("stricat.toml", "unclosed table"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{file} was left out")))
            .unwrap_or_else(|| panic!("{file} is not named:\n{err}"));
        assert!(line.contains(reason), "{line}");
    }
    assert!(
        err.contains("with 2 stories; 3 drafts were left out"),
        "{err}"
    );

    let mut docx = Docx::open(std::fs::read(&out_path).unwrap());
    let document = docx.part("word/document.xml");
    let paras = docx.paragraphs();
    let text: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    // The title page, in the book's language (its stories are Romanian): title, subtitle,
    // how many stories; never the folder's name.
    assert_eq!(paras[0].style, "Title");
    assert_eq!(paras[0].text, "Povești de succes");
    assert!(text.contains(&"Povești scrise de bibliotecari"), "{text:?}");
    assert!(!text.contains(&"atelier"), "{text:?}");
    assert!(text.contains(&"2 povești"), "{text:?}");

    // The contents: each story's title, a PAGEREF field to the bookmark on its heading (which
    // Word updates when the document opens) and its author.
    assert!(
        docx.part("word/settings.xml")
            .contains("<w:updateFields w:val=\"true\" />")
    );
    let contents = paragraph_with(&document, "TOCHeading", "Cuprins");
    assert!(contents.contains("<w:pageBreakBefore />"), "{contents}");
    for (n, (title, author)) in [(ANA_TITLE, ANA_AUTHOR), (ZINA_TITLE, ZINA_AUTHOR)]
        .into_iter()
        .enumerate()
    {
        let bookmark = format!("_TocStory{}", n + 1);
        let entry = paragraph_with(&document, "TOC1", title);
        assert!(
            entry.contains(&format!("PAGEREF {bookmark} \\h")) && entry.contains(author),
            "{entry}"
        );
        let heading = paragraph_with(&document, "Heading1", title);
        assert!(
            heading.contains(&format!("w:name=\"{bookmark}\"")),
            "{heading}"
        );
    }

    // Each story: its title a Heading 1 on a new page, with its quotes and photo.
    for title in [ANA_TITLE, ZINA_TITLE] {
        let heading = paras
            .iter()
            .find(|p| p.style == "Heading1" && p.text.contains(title))
            .unwrap_or_else(|| panic!("no Heading 1 {title:?}"));
        let xml = paragraph_with(&document, "Heading1", &heading.text);
        assert!(xml.contains("<w:pageBreakBefore />"), "{xml}");
    }
    assert_eq!(
        paras.iter().filter(|p| p.style == "Heading1").count(),
        2,
        "only the stories' titles are Heading 1"
    );
    assert_eq!(
        document.matches("<w:pageBreakBefore />").count(),
        3,
        "the contents and each story start a page"
    );
    let quotes = paras
        .iter()
        .filter(|p| p.style == "Quote" && p.text.contains("Acum o văd pe nepoata mea"))
        .count();
    assert_eq!(quotes, 2, "each story has its quote");
    let pictures: Vec<String> = paras.iter().filter_map(|p| p.image.clone()).collect();
    assert_eq!(pictures.len(), 2, "each story has its photo");
    let media = docx.media_for(&pictures[0]);
    assert!(media.starts_with("word/media/"), "{media}");
    assert!(docx.names.contains(&media));
    // Drawing ids are unique across stories.
    let ids: Vec<&str> = document
        .split("<wp:docPr id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(ids, ["1", "2"]);

    // What was left out is not in the document.
    for absent in [ION_TITLE, MARIA_TITLE] {
        assert!(!document.contains(absent), "{absent} is in the document");
    }

    if pandoc_available() {
        let plain = pandoc_plain(&out_path);
        // pandoc takes the Title paragraph as the document's title, not as text.
        for title in [ANA_TITLE, ZINA_TITLE, "Cuprins", "2 povești"] {
            assert!(
                plain.contains(title),
                "pandoc does not read {title:?}:\n{plain}"
            );
        }
        assert!(!plain.contains(ION_TITLE));
    }
}

/// The titles' order in a Markdown book: where each one's story begins.
fn order_of(home: &Path, folder: &Path, order: Option<&str>) -> Vec<&'static str> {
    let out_path = home.join(format!("carte-{}.md", order.unwrap_or("implicit")));
    let mut extra = Vec::new();
    if let Some(order) = order {
        extra.extend(["--order", order]);
    }
    let out = compile(home, folder, "md", &out_path, &extra);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let md = std::fs::read_to_string(&out_path).unwrap();
    let mut found: Vec<(usize, &'static str)> = [ANA_TITLE, ZINA_TITLE]
        .into_iter()
        .map(|title| {
            let at = md
                .find(&format!("## {title}"))
                .unwrap_or_else(|| panic!("no story {title:?}:\n{md}"));
            (at, title)
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, title)| title).collect()
}

#[test]
fn order_follows_the_file_name_the_title_or_the_author() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    assert_eq!(
        order_of(home.path(), &folder, None),
        [ANA_TITLE, ZINA_TITLE]
    );
    assert_eq!(
        order_of(home.path(), &folder, Some("file")),
        [ANA_TITLE, ZINA_TITLE]
    );
    // „Bunicii… sorts under B, after Atelierul; Andrei Munteanu before Valentina Popescu.
    assert_eq!(
        order_of(home.path(), &folder, Some("title")),
        [ZINA_TITLE, ANA_TITLE]
    );
    assert_eq!(
        order_of(home.path(), &folder, Some("author")),
        [ZINA_TITLE, ANA_TITLE]
    );
}

#[test]
fn markdown_and_html_books_link_their_contents_and_bring_the_photos() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let books = home.path().join("carti");

    let md_path = books.join("atelier.md");
    let out = compile(home.path(), &folder, "md", &md_path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let md = std::fs::read_to_string(&md_path).unwrap();
    // The book's own words in its stories' language, whatever the interface speaks.
    assert!(md.starts_with("# Povești de succes\n"), "{md}");
    assert!(md.contains("## Cuprins"), "{md}");
    assert!(
        md.contains("(#story-1)") && md.contains("<a id=\"story-2\"></a>"),
        "{md}"
    );
    assert!(
        md.contains("### Problema"),
        "the stories' sections go one level down:\n{md}"
    );
    assert!(!md.contains(ION_TITLE) && !md.contains(MARIA_TITLE));
    assert!(
        books.join("bunicii-online.png").is_file(),
        "the photo comes along"
    );

    let html_path = books.join("atelier.html");
    let out = compile(home.path(), &folder, "html", &html_path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert_well_formed(&html);
    assert!(html.contains("<a href=\"#story-1\">"), "{html}");
    assert!(html.contains("<section id=\"story-2\">"), "{html}");
    assert!(
        html.contains("<h2>Atelierul de benzi desenate din Florești</h2>"),
        "{html}"
    );
    assert!(html.contains("<img src=\"bunicii-online.png\""), "{html}");
}

/// Two participants' photos with one name (`bunicii-online.png` from two folders): the book
/// beside its Markdown or HTML holds both, and each story shows its own.
#[test]
fn two_photos_with_one_name_from_two_folders_stay_two_photos_in_the_book() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    // Zina's photo: another picture, of the same name, in a folder of her own.
    let elsewhere = home.path().join("zina-poze");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let zinas =
        std::fs::read(common::template_dir("success-story-en").join("job-club.png")).unwrap();
    let anas = std::fs::read(folder.join("bunicii-online.png")).unwrap();
    assert_ne!(zinas, anas);
    std::fs::write(elsewhere.join("bunicii-online.png"), &zinas).unwrap();
    let zina = folder.join("zina.toml");
    let text = std::fs::read_to_string(&zina).unwrap();
    let moved = text.replace(
        "path = \"bunicii-online.png\"",
        "path = \"../zina-poze/bunicii-online.png\"",
    );
    assert_ne!(moved, text);
    std::fs::write(&zina, moved).unwrap();

    for format in ["md", "html"] {
        let books = home.path().join(format!("carti-{format}"));
        let path = books.join(format!("atelier.{format}"));
        let out = compile(home.path(), &folder, format, &path, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        // Zina's photo lies outside the workshop's folder: the book says which file it took.
        let err = stderr_of(&out);
        assert!(
            err.contains("Photo 1 was taken from") && err.contains("zina-poze"),
            "{err}"
        );
        let book = std::fs::read_to_string(&path).unwrap();
        // Each story's part of the book starts at its anchor.
        let parts: Vec<&str> = book.split("id=\"story-").skip(1).collect();
        assert_eq!(parts.len(), 2, "{book}");
        let (zina, ana) = match parts[0].contains(ZINA_TITLE) {
            true => (parts[0], parts[1]),
            false => (parts[1], parts[0]),
        };
        assert!(zina.contains(ZINA_TITLE) && !ana.contains(ZINA_TITLE));
        let shown = |part: &str| -> String {
            let marker = if format == "md" { "](" } else { "src=\"" };
            let at = part
                .find(marker)
                .unwrap_or_else(|| panic!("a photo in {part}"))
                + marker.len();
            part[at..].split(['"', ')']).next().unwrap().to_string()
        };
        let (ana_file, zina_file) = (shown(ana), shown(zina));
        assert_ne!(ana_file, zina_file, "{format}: two names");
        assert_eq!(
            std::fs::read(books.join(&ana_file)).unwrap(),
            anas,
            "{format}"
        );
        assert_eq!(
            std::fs::read(books.join(&zina_file)).unwrap(),
            zinas,
            "{format}"
        );
    }
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let out_path = home.path().join("atelier.docx");
    std::fs::write(&out_path, "de păstrat").unwrap();
    let out = compile(home.path(), &folder, "docx", &out_path, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("already exists"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "de păstrat");

    let out = compile(home.path(), &folder, "docx", &out_path, &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(std::fs::read(&out_path).unwrap().starts_with(b"PK"));
}

#[test]
fn nothing_ready_is_exit_2_with_one_sentence_and_no_file() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    for ready in ["ana.toml", "zina.toml"] {
        std::fs::remove_file(folder.join(ready)).unwrap();
    }
    let out_path = home.path().join("gol.docx");
    let out = compile(home.path(), &folder, "docx", &out_path, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "three drafts left out, then the error:\n{err}"
    );
    assert!(
        lines[3].contains("All 3 drafts of") && lines[3].contains("no document was written"),
        "{err}"
    );
    assert!(!out_path.exists());
    let leftovers: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("gol"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left: {leftovers:?}"
    );
}

#[test]
fn a_template_without_the_layout_leaves_its_draft_out() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    // A story of the English template: it has no biblio-info layout.
    let english = common::copy_example("success-story-en", &home.path().join("."));
    std::fs::rename(&english, folder.join("john.toml")).unwrap();
    let out_path = home.path().join("atelier.docx");
    let out = compile(home.path(), &folder, "docx", &out_path, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let line = err
        .lines()
        .find(|l| l.contains("john.toml"))
        .unwrap_or_else(|| panic!("john.toml is not named:\n{err}"));
    assert!(
        line.contains("success-story-en, has no layout biblio-info"),
        "{line}"
    );
}

#[test]
fn stories_of_different_templates_share_a_document_in_a_layout_each_has() {
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    let msc = common::copy_example("most-significant-change", &folder);
    std::fs::rename(&msc, folder.join("msc.toml")).unwrap();
    let text = std::fs::read_to_string(folder.join("msc.toml")).unwrap();
    let draft: toml::Table = text.parse().unwrap();
    let msc_title = draft["answers"]["title"].as_str().unwrap().to_string();
    let out_path = home.path().join("blog.md");
    let out = povestitor(home.path())
        .args(["--lang", "en", "workshop", "compile"])
        .arg(&folder)
        .args(["--layout", "blog", "--format", "md", "-o"])
        .arg(&out_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("with 3 stories"),
        "{}",
        stderr_of(&out)
    );
    let md = std::fs::read_to_string(&out_path).unwrap();
    for title in [ANA_TITLE, ZINA_TITLE, msc_title.as_str()] {
        assert!(md.contains(title), "no {title:?} in\n{md}");
    }
}

/// A story with two dozen quotes of different lengths after the model's text: over several
/// pages, some page would start with a speaker's name if quotes were not kept with it.
fn many_quotes(folder: &Path) {
    let model = std::fs::read_to_string(folder.join("ana.toml")).unwrap();
    let mut quotes = String::new();
    for i in 0..24 {
        let words = "Am învățat să scriu mesaje nepoților și să citesc știrile singur. "
            .repeat(1 + (i * 7) % 5);
        quotes.push_str(&format!(
            "[[answers.quotes]]\nconsent = \"yes\"\ntext = \"{}\"\nauthor = \"Cursantul {}\"\nrole = \"participant la curs\"\n\n",
            words.trim(),
            i + 1
        ));
    }
    let story = model
        .replacen(
            "[[answers.photos]]",
            &format!("{quotes}[[answers.photos]]"),
            1,
        )
        .replacen(
            "title = \"„Bunicii online”: cum au învățat vârstnicii din Bălți să-și sune nepoții\"",
            &format!("title = \"{QUOTES_TITLE}\""),
            1,
        );
    assert!(story.contains(QUOTES_TITLE) && story.contains("Cursantul 24"));
    std::fs::write(folder.join("citate.toml"), story).unwrap();
}

const QUOTES_TITLE: &str = "Ce spun cursanții de la Bălți";

/// The page (from 1) on which the story titled `title` starts: its first 24 characters
/// begin a line (its heading may wrap), after the contents.
fn page_of(pages: &[String], title: &str) -> usize {
    let start: String = title.chars().take(24).collect();
    pages
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, page)| page.lines().any(|l| l.trim_start().starts_with(&start)))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no page starts the story {title:?}"))
}

/// The book as a trainer prints it: compiled to DOCX, rendered by LibreOffice (to PDF, read
/// back by pdftotext). The title page shows `--title`; the contents list every story with
/// its author and the page it starts on, without any update by hand; no page starts with a
/// quote's speaker; a blog layout's tags and invitation never reach the paper.
#[test]
fn the_printed_book_keeps_quotes_with_their_speakers_and_numbers_its_contents() {
    if !common::libreoffice_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let folder = workshop(home.path());
    many_quotes(&folder);
    let book = home.path().join("carte.docx");
    // No --format: the file's extension says Word.
    let out = povestitor(home.path())
        .args(["--lang", "ro", "workshop", "compile"])
        .arg(&folder)
        .args(["--layout", "blog", "--title", "Atelierul de la Bălți", "-o"])
        .arg(&book)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("cu 3 povești"),
        "{}",
        stderr_of(&out)
    );
    let mut docx = Docx::open(std::fs::read(&book).unwrap());
    assert!(
        docx.part("word/settings.xml")
            .contains("<w:updateFields w:val=\"true\" />"),
        "Word updates the fields when it opens the book"
    );

    let pages = common::libreoffice_pages(&book, &home.path().join("lo-profile"));
    let everything = pages.concat();
    assert!(pages[0].contains("Atelierul de la Bălți"), "{}", pages[0]);
    assert!(
        !pages[0].contains("atelier\n") && !pages[0].lines().any(|l| l.trim() == "atelier"),
        "the folder's name is no title: {}",
        pages[0]
    );
    for web_only in ["Etichete", "Vă așteptăm la bibliotecă"] {
        assert!(!everything.contains(web_only), "{web_only:?} is printed");
    }
    for (n, page) in pages.iter().enumerate() {
        let first = page.lines().map(str::trim).find(|l| !l.is_empty());
        assert!(
            !first.is_some_and(|l| l.starts_with("— ")),
            "page {} starts with a speaker: {first:?}",
            n + 1
        );
    }
    // The contents: each title, dots, the page where LibreOffice put the story, its author.
    let contents = &pages[1];
    assert!(contents.contains("Cuprins"), "{contents}");
    for (title, author) in [
        (ANA_TITLE, ANA_AUTHOR),
        (ZINA_TITLE, ZINA_AUTHOR),
        (QUOTES_TITLE, ANA_AUTHOR),
    ] {
        let at = contents
            .find(title)
            .unwrap_or_else(|| panic!("{title:?} is not in the contents:\n{contents}"));
        let after = &contents[at + title.len()..];
        let line = after.lines().next().unwrap_or_default();
        // The number ends the entry's line (the title may go on before the dots).
        let number: String = line
            .trim_end()
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(line.contains("..."), "no dots after {title:?}: {line:?}");
        assert_eq!(
            number.parse::<usize>().ok(),
            Some(page_of(&pages, title)),
            "{title:?}: {line:?}\n{contents}"
        );
        let next_line = after.lines().nth(1).unwrap_or_default();
        assert_eq!(next_line.trim(), author, "{contents}");
    }
}

/// Librarians of one workshop write in Romanian, Russian and English: with no --layout every
/// story goes in, each in its template's layout for print and in its own language (`w:lang`
/// on its text), while the book's own pages are in the language most stories are in, here
/// Russian although the interface speaks Romanian.
#[test]
fn a_mixed_language_folder_compiles_every_story_in_its_own_language() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("atelier");
    std::fs::create_dir_all(&folder).unwrap();
    let mut titles = Vec::new();
    for (file, template) in [
        ("a-ro.toml", "success-story"),
        ("b-ru.toml", "success-story-ru"),
        ("c-en.toml", "success-story-en"),
        ("d-ru.toml", "success-story-ru"),
    ] {
        let example = common::copy_example(template, &folder);
        let mut text = std::fs::read_to_string(&example).unwrap();
        if file == "d-ru.toml" {
            text = text.replacen("title = \"", "title = \"Вторая история: ", 1);
        }
        std::fs::remove_file(&example).unwrap();
        std::fs::write(folder.join(file), &text).unwrap();
        let draft: toml::Table = text.parse().unwrap();
        let title = draft["answers"]["title"].as_str().unwrap().to_string();
        titles.push((title, template));
    }
    for leftover in std::fs::read_dir(&folder).unwrap().flatten() {
        let name = leftover.file_name().to_string_lossy().into_owned();
        if name.ends_with(".tera") || name == "template.toml" {
            std::fs::remove_file(leftover.path()).unwrap();
        }
    }
    let book = home.path().join("carte.docx");
    let out = povestitor(home.path())
        .args(["--lang", "ro", "workshop", "compile"])
        .arg(&folder)
        .args(["-o"])
        .arg(&book)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("cu 4 povești"), "every story is in: {err}");
    assert!(!err.contains("lăsat"), "{err}");

    let mut docx = Docx::open(std::fs::read(&book).unwrap());
    let document = docx.part("word/document.xml");
    let styles = docx.part("word/styles.xml");
    assert!(
        styles.contains("<w:rPrDefault><w:rPr>") && styles.contains("<w:lang w:val=\"ru-RU\" />"),
        "the book's own pages are Russian, as most stories"
    );
    let paras = docx.paragraphs();
    assert_eq!(paras[0].text, "Истории успеха", "the title page in Russian");
    assert!(document.contains(">Содержание<"), "the contents in Russian");
    // Each story, from the bookmark on its title to the next: one language on all its text.
    let stories: Vec<&str> = document.split("<w:bookmarkStart ").skip(1).collect();
    assert_eq!(stories.len(), 4);
    for (title, template) in &titles {
        let story = stories
            .iter()
            .find(|s| s.contains(&format!(">{title}<")))
            .unwrap_or_else(|| panic!("no story {title:?}"));
        let expected = match *template {
            "success-story" => "ro-RO",
            "success-story-ru" => "ru-RU",
            _ => "en-US",
        };
        let runs = story.matches("<w:r>").count();
        let tagged = story
            .matches(&format!("<w:lang w:val=\"{expected}\" />"))
            .count();
        assert!(
            tagged >= runs,
            "{title}: {tagged} of {runs} runs in {expected}"
        );
        assert_eq!(
            story.matches("<w:lang ").count(),
            tagged,
            "{title}: only {expected}"
        );
    }
    // Each in its template's layout for print, none of a blog's lines.
    let text: String = paras.iter().map(|p| format!("{}\n", p.text)).collect();
    for (heading, layout) in [
        ("Problema", "biblio-info"),
        ("Проблема", "report"),
        ("Challenge", "usaid"),
    ] {
        assert!(
            paras
                .iter()
                .any(|p| p.style == "Heading2" && p.text == heading),
            "no {heading:?} of the {layout} layout:\n{text}"
        );
    }
    for web_only in ["Etichete", "Метки", "Tags:", "Ждём вас", "Come and see us"] {
        assert!(!text.contains(web_only), "{web_only:?} in\n{text}");
    }
}
