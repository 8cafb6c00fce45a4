//! The consent key of the quotes and photos steps (Ctrl+U, from the keymap): the form of the
//! quote or photo under the cursor is written beside the story, off the loop, and read back
//! by pandoc; a form already there is kept; a photo of children gets the parent's section;
//! the signed form, once noted with Space, satisfies the coach.

use povestitor::coach::{FindingKind, RuleId, Severity};
use povestitor::tui::app::StatusKind;
use povestitor::tui::msg::{Code, Key};

use crate::wizard::Wizard;
use crate::workshop_common::{docx_files, pandoc_available, pandoc_plain};

fn consent_findings(w: &Wizard, step: &str) -> Vec<(Severity, FindingKind)> {
    w.findings()
        .iter()
        .filter(|f| f.rule == RuleId::Consent && f.step_id.as_deref() == Some(step))
        .map(|f| (f.severity, f.kind.clone()))
        .collect()
}

#[test]
fn ctrl_u_writes_the_quotes_form_beside_the_story_and_never_over_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.typed("Bibliotecarii din Bălți");
    // In a text step there is no quote or photo to write a form for.
    w.keys(&[Key::ctrl(Code::Char('u'))]);
    let status = w.app.status.clone().expect("Ctrl+U says where it works");
    assert_eq!(status.kind, StatusKind::Info);
    assert!(
        status.text.contains("citate și fotografii"),
        "{}",
        status.text
    );
    assert!(docx_files(dir.path()).is_empty());

    w.keys(&[Key::alt(Code::Char('6'))]);
    // An empty quote has no words for a form.
    w.keys(&[Key::ctrl(Code::Char('u'))]);
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Warn, "{}", status.text);
    assert!(docx_files(dir.path()).is_empty());

    w.typed("Acum o văd pe nepoata mea în fiecare seară.\nMaria Ciobanu\nparticipantă la curs");
    w.keys(&[Key::ctrl(Code::Char('u'))]);
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
    let files = docx_files(dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, "acord-01-maria-ciobanu.docx");
    assert!(
        status
            .text
            .starts_with("Formularul de acord pentru Maria Ciobanu: ")
            && status.text.contains(&files[0].display().to_string()),
        "{}",
        status.text
    );
    if pandoc_available() {
        let text = pandoc_plain(&files[0]);
        for needle in [
            "Maria Ciobanu",
            "Acum o văd pe nepoata mea în fiecare seară.",
            "Bibliotecarii din Bălți",
            "Sunt de acord ca biblioteca să publice",
        ] {
            assert!(text.contains(needle), "{needle:?} in:\n{text}");
        }
        assert!(!text.contains("Pentru un copil"), "{text}");
    }

    // Pressed again (the quote changed): the first form is kept, printed perhaps.
    let first = std::fs::read(&files[0]).unwrap();
    w.keys(&[Key::ctrl(Code::Char('u'))]);
    let files = docx_files(dir.path());
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(
        std::fs::read(dir.path().join("acord-01-maria-ciobanu.docx")).unwrap(),
        first
    );
    let second = dir.path().join("acord-01-maria-ciobanu (2).docx");
    assert!(files.contains(&second), "{files:?}");
    assert!(
        w.app.status.as_ref().unwrap().text.contains("(2).docx"),
        "{:?}",
        w.app.status
    );
}

#[test]
fn a_photo_of_children_gets_the_parents_section_and_the_signed_form_satisfies_the_coach() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.typed("Atelierul de vacanță");
    w.keys(&[Key::alt(Code::Char('7'))]);
    w.typed("atelier.jpg\nCopiii la atelierul de benzi desenate\nIon Rusu\n");
    // Shows children: yes (Space), then on to the consent.
    w.keys(&[Key::plain(Code::Char(' ')), Key::plain(Code::Tab)]);
    w.keys(&[Key::ctrl(Code::Char('u'))]);
    let status = w.app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Done, "{}", status.text);
    assert!(
        status.text.contains("secțiunea pentru părinte"),
        "{}",
        status.text
    );
    let files = docx_files(dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    if pandoc_available() {
        let text = pandoc_plain(&files[0]);
        for needle in [
            "Copiii la atelierul de benzi desenate",
            "Atelierul de vacanță",
            "Pentru un copil sub 18 ani",
        ] {
            assert!(text.contains(needle), "{needle:?} in:\n{text}");
        }
    }

    // The parent agreed: a tip until the signed form is noted, then nothing.
    assert_eq!(
        consent_findings(&w, "photos"),
        [(
            Severity::Warning,
            FindingKind::ConsentNotRecorded { children: true }
        )]
    );
    w.keys(&[Key::plain(Code::Char(' '))]);
    assert_eq!(
        consent_findings(&w, "photos"),
        [(
            Severity::Tip,
            FindingKind::ConsentUnsigned { children: true }
        )]
    );
    w.keys(&[Key::plain(Code::Char(' '))]);
    assert_eq!(
        w.draft().answers.items("photos")[0].get("consent"),
        "signed"
    );
    assert!(consent_findings(&w, "photos").is_empty());
    w.msg(povestitor::tui::msg::Msg::Resize {
        width: 80,
        height: 24,
    });
    let screen = crate::screens::screen(&w.app);
    assert!(
        screen.contains("‹ da, formular semnat de părinte ›"),
        "{screen}"
    );
    w.keys(&[Key::ctrl(Code::Char('s'))]);
    let saved = povestitor::story::load_draft(&file).unwrap();
    assert_eq!(saved.answers.items("photos")[0].get("consent"), "signed");
}
