//! A layout that shows less than the story holds (a trainer's one-photo print column) makes
//! the export say what it leaves out: `export`, the plain mode's export and the wizard's
//! export screen, in each interface language. The built-in layouts show everything and say
//! nothing.

use crate::export_common::{Scratch, one_photo_template};
use crate::wizard::Wizard;
use povestitor::service::Templates;
use povestitor::tui::app::StatusKind;
use povestitor::tui::msg::{Code, Key};

/// The model story with a third quote and three photos, in the scratch folder.
fn three_of_each(scratch: &Scratch) {
    scratch.edit_answers(|answers| {
        let quotes = answers["quotes"].as_array_mut().unwrap();
        let mut third = toml::Table::new();
        third.insert("consent".into(), "yes".into());
        third.insert("text".into(), "Al treilea citat.".into());
        third.insert("author".into(), "Petru Cojocaru".into());
        quotes.push(toml::Value::Table(third));
        let mut photos = Vec::new();
        for n in 1..=3 {
            let file = format!("foto-{n}.png");
            std::fs::copy(scratch.path("bunicii-online.png"), scratch.path(&file)).unwrap();
            let mut photo = toml::Table::new();
            photo.insert("consent".into(), "yes".into());
            photo.insert("children".into(), "no".into());
            photo.insert("path".into(), file.into());
            photo.insert("caption".into(), format!("Fotografia {n}").into());
            photo.insert("credit".into(), "Ion Rusu".into());
            photos.push(toml::Value::Table(photo));
        }
        answers.insert("photos".into(), toml::Value::Array(photos));
    });
}

const LEFT_OUT: [(&str, &str, &str); 3] = [
    (
        "en",
        "The layout “Articol pentru „Biblio-info”” shows 1 of 3 quotes: quotes 2 and 3 are left out.",
        "The layout “Articol pentru „Biblio-info”” shows 1 of 3 photos: photos 2 and 3 are left out.",
    ),
    (
        "ro",
        "Macheta „Articol pentru „Biblio-info”” arată 1 din 3 citate: citatele 2 și 3 nu apar.",
        "Macheta „Articol pentru „Biblio-info”” arată 1 din 3 fotografii: fotografiile 2 și 3 nu apar.",
    ),
    (
        "ru",
        "Макет «Articol pentru „Biblio-info”» показывает 1 из 3 цитат: цитаты 2 и 3 не вошли.",
        "Макет «Articol pentru „Biblio-info”» показывает 1 из 3 фотографий: фотографии 2 и 3 не вошли.",
    ),
];

#[test]
fn export_says_which_quotes_and_photos_a_layout_leaves_out() {
    let scratch = Scratch::new();
    three_of_each(&scratch);
    let templates = one_photo_template(&scratch.path("sabloane"));
    for (lang, quotes, photos) in LEFT_OUT {
        for format in ["md", "docx"] {
            let out = scratch.path(&format!("{lang}.{format}"));
            let output = scratch
                .export("biblio-info", format, &["-o", out.to_str().unwrap()])
                .args(["--lang", lang, "--templates", templates.to_str().unwrap()])
                .output()
                .unwrap();
            assert!(output.status.success(), "{output:?}");
            let said = String::from_utf8(output.stderr).unwrap();
            assert!(said.contains(quotes), "{lang} {format}: {said}");
            assert!(said.contains(photos), "{lang} {format}: {said}");
        }
    }
    // To stdout too, and said on stderr so the article stays clean.
    let output = scratch
        .export("biblio-info", "md", &[])
        .args(["--templates", templates.to_str().unwrap()])
        .output()
        .unwrap();
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(said.contains(LEFT_OUT[0].2), "{said}");
    let article = String::from_utf8(output.stdout).unwrap();
    assert_eq!(article.matches("![").count(), 1, "{article}");
    assert!(!article.contains("left out"), "{article}");
}

#[test]
fn one_left_out_is_said_in_the_singular_and_a_layout_showing_all_says_nothing() {
    let scratch = Scratch::new();
    three_of_each(&scratch);
    scratch.edit_answers(|answers| {
        let photos = answers["photos"].as_array_mut().unwrap();
        photos.truncate(2);
        answers["quotes"].as_array_mut().unwrap().truncate(1);
    });
    let templates = one_photo_template(&scratch.path("sabloane"));
    let output = scratch
        .export("biblio-info", "html", &[])
        .args(["--templates", templates.to_str().unwrap()])
        .output()
        .unwrap();
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(
        said.contains(
            "The layout “Articol pentru „Biblio-info”” shows 1 of 2 photos: photo 2 is left out."
        ),
        "{said}"
    );
    assert!(!said.contains("quotes"), "the one quote is shown: {said}");
    for layout in ["biblio-info", "blog"] {
        let output = scratch.export(layout, "html", &[]).output().unwrap();
        assert!(output.status.success());
        let said = String::from_utf8(output.stderr).unwrap();
        assert!(
            !said.contains("left out"),
            "the built-in {layout} shows everything: {said}"
        );
    }
}

#[test]
fn the_plain_mode_says_it_after_writing() {
    let scratch = Scratch::new();
    three_of_each(&scratch);
    let templates = one_photo_template(&scratch.path("sabloane"));
    // :export, layout 1 (biblio-info), Markdown, the suggested name.
    let output = scratch
        .povestitor()
        .args(["--lang", "ro", "--templates", templates.to_str().unwrap()])
        .args(["edit", "--plain"])
        .arg(scratch.draft())
        .write_stdin(":export\n1\nmd\n\n:quit\n")
        .output()
        .unwrap();
    let said = String::from_utf8(output.stdout).unwrap();
    let written = said
        .find("Articolul a fost scris în")
        .unwrap_or_else(|| panic!("{said}"));
    let quotes = said.find(LEFT_OUT[1].1).unwrap_or_else(|| panic!("{said}"));
    let photos = said.find(LEFT_OUT[1].2).unwrap_or_else(|| panic!("{said}"));
    assert!(written < quotes && quotes < photos, "{said}");
}

#[test]
fn the_wizard_s_export_screen_says_it_as_a_warning() {
    let scratch = Scratch::new();
    three_of_each(&scratch);
    let templates = one_photo_template(&scratch.path("sabloane"));
    let mut w = Wizard::new(scratch.dir.path());
    w.app.templates = Templates::load(&[templates]).unwrap();
    let draft = w.store.open(&scratch.draft()).unwrap();
    w.app.open(scratch.draft(), draft).unwrap();
    // F5, the first layout (biblio-info), the first format (Word), Enter.
    w.keys(&[Key::plain(Code::F(5)), Key::plain(Code::Enter)]);
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Warn, "{}", status.text);
    assert!(
        status.text.starts_with("Articolul a fost scris în")
            && status
                .text
                .ends_with(&format!(". {} {}", LEFT_OUT[1].1, LEFT_OUT[1].2)),
        "{}",
        status.text
    );
    // The built-in layout shows everything: done, nothing more said.
    w.app.templates = Templates::builtin().unwrap();
    w.keys(&[Key::plain(Code::F(5)), Key::plain(Code::Enter)]);
    w.keys(&[Key::plain(Code::Enter)]); // replace the file written above
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
}

/// A photo the draft takes from outside its folder is named by the wizard's export too, as a
/// warning under the file written.
#[test]
fn the_wizard_s_export_names_a_photo_from_outside_the_story() {
    let scratch = Scratch::new();
    let draft = scratch.photo_outside_the_story();
    let mut w = Wizard::new(scratch.dir.path());
    let opened = w.store.open(&draft).unwrap();
    w.app.open(draft.clone(), opened).unwrap();
    w.keys(&[Key::plain(Code::F(5)), Key::plain(Code::Enter)]);
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Warn, "{}", status.text);
    assert!(
        status.text.contains("Fotografia 1 a fost luată din")
            && status.text.contains("din afara dosarului poveștii"),
        "{}",
        status.text
    );
}
