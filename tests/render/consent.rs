//! `povestitor consent`: a DOCX form for each person a model story quotes and for each of its
//! photos, read back with pandoc: the person's name, their words, the story's title and the
//! library; a photo that shows children gets the parent's section, one that does not has
//! none; a trainer's `[consent]` words replace the defaults; a form is never replaced unasked.

use std::path::Path;

use crate::common::{self, copy_example, povestitor, stderr_of};
use crate::workshop_common::{docx_files, pandoc_available, pandoc_plain};

const TEMPLATES: [&str; 4] = [
    "success-story",
    "success-story-en",
    "success-story-ru",
    "most-significant-change",
];

fn draft_table(path: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn consent(home: &Path, draft: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    povestitor(home)
        .args(["--lang", "en"])
        .args(extra)
        .arg("consent")
        .arg(draft)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn every_person_quoted_and_every_photo_gets_a_form_with_the_story() {
    if !pandoc_available() {
        return;
    }
    for template in TEMPLATES {
        let home = tempfile::tempdir().unwrap();
        let draft = copy_example(template, home.path());
        let out = home.path().join("forms");
        let run = consent(home.path(), &draft, &out, &[]);
        assert!(run.status.success(), "{template}: {}", stderr_of(&run));
        let table = draft_table(&draft);
        let answers = table["answers"].as_table().unwrap();
        let quotes = answers["quotes"].as_array().unwrap();
        let photos = answers["photos"].as_array().unwrap();
        let title = answers["title"].as_str().unwrap();
        let library = table["meta"]["institution"].as_str().unwrap();
        let files = docx_files(&out);
        assert_eq!(
            files.len(),
            quotes.len() + photos.len(),
            "{template}: {files:?}"
        );
        let said = stderr_of(&run);
        for (file, quote) in files.iter().zip(quotes) {
            let text = pandoc_plain(file);
            let name = quote["author"].as_str().unwrap();
            let words = quote["text"].as_str().unwrap();
            for (what, needle) in [
                ("the name", name),
                ("the quote", words),
                ("the title", title),
                ("the library", library),
            ] {
                assert!(
                    text.contains(needle),
                    "{template}: {} shows {what} {needle:?}:\n{text}",
                    file.display()
                );
            }
            assert!(said.contains(name), "{said}");
            assert!(!text.contains("parent"), "{text}");
        }
        for (file, photo) in files[quotes.len()..].iter().zip(photos) {
            let text = pandoc_plain(file);
            let caption = photo["caption"].as_str().unwrap();
            assert!(text.contains(caption), "{template}: the caption:\n{text}");
            assert!(text.contains(title), "{template}: the title:\n{text}");
            // The thumbnail is in the document.
            let docx = std::fs::read(file).unwrap();
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
            let media = (0..zip.len())
                .filter(|&i| zip.by_index(i).unwrap().name().starts_with("word/media/"))
                .count();
            assert_eq!(media, 1, "{template}: one thumbnail");
        }
    }
}

#[test]
fn a_photo_of_children_gets_the_parent_s_section() {
    if !pandoc_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("most-significant-change", home.path());
    let mut table = draft_table(&draft);
    let photos = table["answers"]["photos"].as_array_mut().unwrap();
    let child = photos[0].as_table().unwrap().clone();
    let mut with_children = child.clone();
    with_children.insert("children".into(), "yes".into());
    let mut without = child;
    without.insert("children".into(), "no".into());
    without.insert("caption".into(), "Bibliotecarele la ședință.".into());
    *photos = vec![with_children.into(), without.into()];
    std::fs::write(&draft, toml::to_string(&table).unwrap()).unwrap();

    let out = home.path().join("forms");
    let run = povestitor(home.path())
        .arg("consent")
        .arg(&draft)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr_of(&run));
    let said = stderr_of(&run);
    assert!(
        said.contains("fotografia 1 (cu partea pentru părinte)"),
        "{said}"
    );
    let files = docx_files(&out);
    let photo_forms = &files[files.len() - 2..];
    let children = pandoc_plain(&photo_forms[0]);
    let adults = pandoc_plain(&photo_forms[1]);
    for needle in [
        "Pentru un copil sub 18 ani",
        "părintele sau tutorele",
        "Numele părintelui sau al tutorelui:",
    ] {
        assert!(children.contains(needle), "{needle:?}:\n{children}");
        assert!(!adults.contains(needle), "{needle:?}:\n{adults}");
    }
    // Signed and dated twice: the person, then the parent.
    assert_eq!(children.matches("Semnătura:").count(), 2, "{children}");
    assert_eq!(adults.matches("Semnătura:").count(), 1, "{adults}");

    // Still one page, as printed.
    if common::libreoffice_available() {
        let profile = home.path().join("lo-profile");
        let pages = common::libreoffice_pages(&photo_forms[0], &profile);
        assert_eq!(pages.len(), 1, "{pages:#?}");
    }
}

#[test]
fn a_trainer_s_words_replace_the_defaults_and_a_form_is_never_replaced_unasked() {
    if !pandoc_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let templates = home.path().join("templates");
    let folder = templates.join("success-story-en");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(common::template_dir("success-story-en")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    let toml_path = folder.join("template.toml");
    let mut text = std::fs::read_to_string(&toml_path).unwrap();
    text.push_str(
        "\n[consent]\nheading = \"Permission to publish\"\nplaces = \"the Soroca Courier and our Facebook page\"\nquote = \"I agree that {library} may print my words in “{title}”, in {places}:\"\nfile = \"permission\"\n",
    );
    std::fs::write(&toml_path, text).unwrap();
    let draft = copy_example("success-story-en", home.path());
    let out = home.path().join("forms");
    let templates_arg = templates.to_str().unwrap();
    let run = consent(home.path(), &draft, &out, &["--templates", templates_arg]);
    assert!(run.status.success(), "{}", stderr_of(&run));
    let files = docx_files(&out);
    let first = &files[0];
    assert!(
        first
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("permission-01-"),
        "{first:?}"
    );
    let plain = pandoc_plain(first);
    assert!(
        plain.contains(
            "I agree that Soroca District Public Library may print my words in “Job seekers in Soroca find work through their public library”, in the Soroca Courier and our Facebook page:"
        ),
        "{plain}"
    );
    assert!(
        plain.contains("To be published in: the Soroca Courier"),
        "{plain}"
    );
    // The words left out are the template's language's defaults.
    assert!(plain.contains("withdraw my consent"), "{plain}");

    // Again without --force: refused, the forms as they were.
    let before = std::fs::read(first).unwrap();
    let again = consent(home.path(), &draft, &out, &["--templates", templates_arg]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr_of(&again));
    assert!(
        stderr_of(&again).contains("permission-01-"),
        "{}",
        stderr_of(&again)
    );
    assert_eq!(std::fs::read(first).unwrap(), before);
    let forced = povestitor(home.path())
        .args(["--templates", templates_arg, "consent", "--force", "-o"])
        .arg(&out)
        .arg(&draft)
        .output()
        .unwrap();
    assert!(forced.status.success(), "{}", stderr_of(&forced));
}
