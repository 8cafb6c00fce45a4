//! The wizard driven by key messages, with its effects carried out in a temporary folder:
//! what ends up in the draft, the settings and the exported files.

use crate::wizard::Wizard;
use povestitor::story::load_draft;
use povestitor::tui::Rescue;
use povestitor::tui::app::{HomeEntry, Screen, StatusKind};
use povestitor::tui::msg::{Code, Key, Msg};

const PGDN: Key = Key::plain(Code::PageDown);
const PGUP: Key = Key::plain(Code::PageUp);

#[test]
fn typing_and_moving_between_steps_saves_on_each_step_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("poveste.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    assert!(file.exists(), "the draft exists from the start");
    w.typed("Titlu cu ă î ș ț");
    w.msg(Msg::Key(Key::plain(Code::Enter)));
    assert_eq!(
        w.draft().answers.text("title"),
        "Titlu cu ă î ș ț",
        "Enter adds nothing to a line"
    );
    assert_eq!(
        w.app.status.as_ref().map(|s| s.kind),
        Some(StatusKind::Info)
    );
    w.keys(&[PGDN]);
    assert_eq!(
        load_draft(&file).unwrap().answers.text("title"),
        "Titlu cu ă î ș ț"
    );
    w.typed("Primul rînd.\nAl doilea rînd, în rusă: Не потерять.");
    assert_eq!(
        w.draft().answers.text("lead"),
        "Primul rînd.\nAl doilea rînd, în rusă: Не потерять."
    );
    w.keys(&[Key::ctrl(Code::Char('n')), Key::ctrl(Code::Char('p')), PGUP]);
    assert_eq!(w.app.session.as_ref().unwrap().step, 0);
    let saved = load_draft(&file).unwrap();
    assert_eq!(
        saved.answers.text("lead"),
        "Primul rînd.\nAl doilea rînd, în rusă: Не потерять."
    );
}

#[test]
fn paste_undo_and_ctrl_s() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.keys(&[PGDN]);
    let long = "Un paragraf lipit. ".repeat(200);
    w.msg(Msg::Paste(format!("{long}\r\nSfîrșit.")));
    assert_eq!(w.draft().answers.text("lead"), format!("{long}\nSfîrșit."));
    w.keys(&[Key::ctrl(Code::Char('z'))]);
    assert_eq!(w.draft().answers.text("lead"), "");
    w.keys(&[Key::ctrl(Code::Char('y')), Key::ctrl(Code::Char('s'))]);
    assert!(
        load_draft(&file)
            .unwrap()
            .answers
            .text("lead")
            .ends_with("Sfîrșit.")
    );
    assert!(!w.app.session.as_ref().unwrap().dirty);
}

#[test]
fn quotes_are_added_edited_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("q.toml"));
    w.keys(&[Key::alt(Code::Char('6'))]);
    w.typed("Îmi place.\nIon Rusu\ncititor");
    w.keys(&[Key::plain(Code::F(7))]);
    w.typed("Al doilea.\nAna");
    let quotes = w.draft().answers.items("quotes");
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0].get("author"), "Ion Rusu");
    assert_eq!(quotes[1].get("text"), "Al doilea.");
    w.keys(&[Key::plain(Code::F(8))]);
    assert_eq!(w.draft().answers.items("quotes").len(), 2, "asks first");
    w.keys(&[Key::plain(Code::F(8))]);
    assert_eq!(w.draft().answers.items("quotes").len(), 1);
}

#[test]
fn review_after_the_last_step_and_details_from_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("r.toml"));
    w.keys(&[Key::alt(Code::Char('8')), PGDN]);
    assert_eq!(w.app.screen, Screen::Review);
    w.keys(&[Key::plain(Code::Enter)]);
    assert_eq!(
        w.app.screen,
        Screen::Step,
        "Enter goes to the first thing missing"
    );
    assert_eq!(w.app.session.as_ref().unwrap().step, 0);
    w.keys(&[Key::alt(Code::Char('8')), PGDN, Key::plain(Code::F(4))]);
    assert_eq!(w.app.screen, Screen::Details);
    w.typed("Ana Rusu\nBiblioteca din Bălți");
    w.keys(&[Key::plain(Code::Esc)]);
    assert_eq!(w.app.screen, Screen::Review);
    assert_eq!(w.draft().meta.author, "Ana Rusu");
    assert_eq!(w.draft().meta.institution, "Biblioteca din Bălți");
    w.keys(&[Key::ctrl(Code::Char('s'))]);
    // The next story starts with the same author and library.
    let mut next = Wizard::new(dir.path());
    let loaded = next.app.templates.get("success-story").unwrap();
    let (_, draft) = next.store.create(loaded, None).unwrap();
    assert_eq!(draft.meta.author, "Ana Rusu");
    assert_eq!(draft.meta.date, "2026-11-25");
}

#[test]
fn export_suggests_a_name_and_never_overwrites_silently() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("e.toml"));
    w.typed("Știință și țară");
    w.keys(&[
        Key::plain(Code::F(5)),
        Key::plain(Code::Tab),
        Key::plain(Code::Right),
    ]);
    let html = dir.path().join("stiinta-si-tara.html");
    assert_eq!(
        w.app.session.as_ref().unwrap().export.path.text(),
        html.display().to_string()
    );
    w.keys(&[Key::plain(Code::Enter)]);
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("Știință și țară")
    );
    assert_eq!(w.app.screen, Screen::Step);
    std::fs::write(&html, "mine").unwrap();
    w.keys(&[Key::plain(Code::F(5)), Key::plain(Code::Enter)]);
    assert_eq!(
        std::fs::read_to_string(&html).unwrap(),
        "mine",
        "asks before replacing"
    );
    assert_eq!(w.app.screen, Screen::Export);
    w.keys(&[Key::plain(Code::Enter)]);
    assert!(std::fs::read_to_string(&html).unwrap().contains("Știință"));
}

#[test]
fn preview_renders_on_f2_and_switches_layout() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("v.toml"));
    w.typed("Bunicii online");
    w.keys(&[Key::plain(Code::F(2))]);
    assert_eq!(w.app.screen, Screen::Preview);
    let first = w.app.session.as_ref().unwrap().preview.text.clone();
    assert!(first.contains("Bunicii online"), "{first}");
    w.keys(&[Key::plain(Code::Right)]);
    assert_eq!(w.app.session.as_ref().unwrap().preview.layout, 1);
    w.keys(&[Key::plain(Code::F(2))]);
    assert_eq!(w.app.screen, Screen::Step);
}

#[test]
fn home_lists_drafts_and_opens_new_example_and_recent() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new(dir.path());
    let recent = w.store.recent(&w.app.templates);
    w.app.set_recent(recent);
    assert!(w.app.home.recent.is_empty());
    // The first entry starts a new story in the drafts folder.
    w.keys(&[Key::plain(Code::Enter)]);
    assert_eq!(w.app.screen, Screen::Step);
    let path = w.app.session.as_ref().unwrap().path.clone();
    assert_eq!(path.parent(), Some(dir.path().join("drafts").as_path()));
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("2026-11-25-success-story-") && name.ends_with(".toml"),
        "{name}"
    );
    w.typed("Prima poveste");
    w.keys(&[Key::ctrl(Code::Char('s'))]);

    let mut again = Wizard::new(dir.path());
    let recent = again.store.recent(&again.app.templates);
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0].title, "Prima poveste");
    assert_eq!((recent[0].done, recent[0].total), (1, 8));
    again.app.set_recent(recent);
    // New, recent, examples: an example opens as a copy with its photo beside it.
    let example = again
        .app
        .home
        .entries
        .iter()
        .position(|e| *e == HomeEntry::Example("success-story".into()))
        .expect("the success-story example is on the home screen");
    assert!(example > 0, "examples come after the new-story entries");
    let downs = vec![Key::plain(Code::Down); example];
    again.keys(&downs);
    again.keys(&[Key::plain(Code::Enter)]);
    let session = again.app.session.as_ref().unwrap();
    assert!(session.draft.title().contains("Bunicii online"));
    assert!(session.path.starts_with(dir.path().join("drafts")));
    assert!(dir.path().join("drafts/bunicii-online.png").exists());
}

#[test]
fn ctrl_q_quits_and_the_side_list_jumps() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("s.toml"));
    w.keys(&[
        Key::plain(Code::Esc),
        Key::plain(Code::Down),
        Key::plain(Code::Down),
        Key::plain(Code::Enter),
    ]);
    assert_eq!(w.app.session.as_ref().unwrap().step, 2);
    // A click on the fifth step of the side list (row 0 is the top bar, row 1 the heading).
    w.msg(Msg::Click {
        column: 3,
        row: 2 + 4,
    });
    assert_eq!(w.app.session.as_ref().unwrap().step, 4);
    w.keys(&[Key::ctrl(Code::Char('q'))]);
    assert!(w.app.quit);
}

#[test]
fn a_draft_open_in_one_window_is_refused_in_another_until_closed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("l.toml");
    let mut first = Wizard::new_story(dir.path(), &file);
    first.typed("Prima fereastră");
    let lock = dir.path().join(".l.toml.lock");
    assert!(lock.exists(), "the lock sits beside the draft");

    // A second copy (its own store, as a second process would have) is told, in Romanian.
    let mut second = Wizard::new(dir.path());
    let refused = second.store.open(&file).expect_err("the draft is taken");
    let text = refused.text(&second.app.catalog);
    assert!(text.contains("deja deschisă în altă fereastră"), "{text}");
    assert!(text.contains("l.toml"), "{text}");

    // From its home screen the same refusal is a message, and nothing is opened.
    let recent = second.store.recent(&second.app.templates);
    second.app.set_recent(recent);
    let at = second
        .app
        .home
        .entries
        .iter()
        .position(|e| matches!(e, HomeEntry::Recent(_)))
        .expect("the draft is listed");
    second.keys(&vec![Key::plain(Code::Down); at]);
    second.keys(&[Key::plain(Code::Enter)]);
    assert_eq!(second.app.screen, Screen::Home);
    assert!(second.app.session.is_none());
    let status = second.app.status.clone().expect("a message");
    assert!(status.text.contains("deja deschisă"), "{}", status.text);
    assert_eq!(status.kind, StatusKind::Warn, "not a failed save");

    // F9 in the first window saves, closes and lets go of the draft.
    first.keys(&[Key::plain(Code::F(9))]);
    // The lock is released; its file stays (deleting it would race, see story/lock.rs).
    let held = std::fs::File::open(&lock).expect("the lock file stays");
    assert!(held.try_lock().is_ok(), "the lock is released");
    drop(held);
    assert_eq!(load_draft(&file).unwrap().title(), "Prima fereastră");
    second.keys(&[Key::plain(Code::Enter)]);
    assert_eq!(second.app.screen, Screen::Step);
    assert_eq!(second.draft().title(), "Prima fereastră");
    assert!(
        second.app.status.is_none(),
        "the refusal is not shown any more"
    );
}

#[test]
fn f9_saves_and_goes_back_to_the_home_screen_with_the_story_selected() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("drafts").join("h.toml");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let mut w = Wizard::new_story(dir.path(), &file);
    w.typed("Titlu");
    w.keys(&[PGDN]);
    w.typed("Un rînd nesalvat încă");
    assert!(w.app.session.as_ref().unwrap().dirty);
    w.keys(&[Key::plain(Code::F(9))]);
    assert_eq!(w.app.screen, Screen::Home);
    assert!(w.app.session.is_none());
    assert_eq!(
        load_draft(&file).unwrap().answers.text("lead"),
        "Un rînd nesalvat încă"
    );
    let selected = &w.app.home.entries[w.app.home.selected];
    let HomeEntry::Recent(i) = selected else {
        panic!("the closed story is selected, not {selected:?}")
    };
    assert_eq!(w.app.home.recent[*i].title, "Titlu");
    // Enter opens it again.
    w.keys(&[Key::plain(Code::Enter)]);
    assert_eq!(w.app.screen, Screen::Step);
    assert_eq!(w.draft().answers.text("lead"), "Un rînd nesalvat încă");
}

#[test]
fn f9_keeps_the_story_open_when_it_cannot_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("gone");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("g.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.typed("Cuvinte de păstrat");
    std::fs::remove_dir_all(&folder).unwrap();
    w.keys(&[Key::plain(Code::F(9))]);
    assert_eq!(w.app.screen, Screen::Step, "closing would lose the words");
    assert_eq!(w.draft().title(), "Cuvinte de păstrat");
    assert_eq!(
        w.app.status.as_ref().map(|s| s.kind),
        Some(StatusKind::Error)
    );
}

/// A story whose folder has gone (a stick pulled out, a disk that failed), with words
/// typed since its last save: its save fails, and the words are only in the wizard.
fn story_that_cannot_be_saved(dir: &std::path::Path) -> Wizard {
    let folder = dir.join("gone");
    std::fs::create_dir_all(&folder).unwrap();
    let mut w = Wizard::new_story(dir, &folder.join("g.toml"));
    w.typed("Cuvinte de păstrat");
    std::fs::remove_dir_all(&folder).unwrap();
    w
}

const CTRL_Q: Key = Key::ctrl(Code::Char('q'));

#[test]
fn ctrl_q_with_unsaved_words_saves_them_then_quits() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.typed("Salvate la ieșire");
    assert!(w.app.session.as_ref().unwrap().dirty);
    w.keys(&[CTRL_Q]);
    assert!(w.app.quit);
    assert_eq!(w.app.quitting, None, "nothing to ask");
    assert_eq!(load_draft(&file).unwrap().title(), "Salvate la ieșire");
}

#[test]
fn ctrl_q_after_a_failed_save_asks_and_esc_goes_back_to_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = story_that_cannot_be_saved(dir.path());
    w.keys(&[CTRL_Q]);
    assert!(!w.app.quit, "quitting now would lose the words");
    assert_eq!(w.app.quitting, Some(dir.path().join("Documents")));
    let status = w.app.status.clone().expect("why it is asked");
    assert_eq!(status.kind, StatusKind::Error);
    // Keys other than the question's do nothing behind it.
    w.typed("x");
    w.msg(Msg::Paste("lipit".into()));
    assert_eq!(w.draft().title(), "Cuvinte de păstrat");
    assert!(w.app.quitting.is_some());

    w.keys(&[Key::plain(Code::Esc)]);
    assert_eq!(w.app.quitting, None);
    assert!(!w.app.quit);
    assert_eq!(w.app.screen, Screen::Step);
    w.typed("!");
    assert_eq!(w.draft().title(), "Cuvinte de păstrat!");
}

#[test]
fn ctrl_q_twice_after_a_failed_save_quits_with_a_rescue_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = story_that_cannot_be_saved(dir.path());
    w.keys(&[CTRL_Q, CTRL_Q]);
    assert!(w.app.quit);
    assert_eq!(w.app.quitting, None);
    // What the loop does on every way out.
    assert!(w.store.save_or_rescue(&w.app), "the words are kept");
    let copy = dir.path().join("Documents/g-copie.toml");
    assert_eq!(w.store.rescue, Some(Rescue::Copied(copy.clone())));
    assert_eq!(load_draft(&copy).unwrap().title(), "Cuvinte de păstrat");
}

#[test]
fn ctrl_k_in_the_question_makes_the_copy_and_goes_back_to_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = story_that_cannot_be_saved(dir.path());
    w.keys(&[CTRL_Q, Key::ctrl(Code::Char('k'))]);
    assert_eq!(w.app.quitting, None);
    assert!(!w.app.quit);
    let copy = dir.path().join("Documents/g-copie.toml");
    assert_eq!(load_draft(&copy).unwrap().title(), "Cuvinte de păstrat");
    let status = w.app.status.clone().expect("the copy is said");
    assert!(status.text.contains("g-copie.toml"), "{}", status.text);
}

#[test]
fn the_coach_report_follows_typing_without_any_drawing() {
    use povestitor::coach::StepState;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.toml");
    // Nothing is drawn in this test: the report must be kept by `update` alone.
    let mut w = Wizard::new_story(dir.path(), &file);
    let state = |w: &Wizard| w.app.session.as_ref().unwrap().report.states[0];
    let title_findings = |w: &Wizard| {
        let report = &w.app.session.as_ref().unwrap().report;
        report
            .findings
            .iter()
            .filter(|f| f.step_id.as_deref() == Some("title"))
            .count()
    };
    assert_eq!(state(&w), StepState::Empty);
    assert!(title_findings(&w) > 0, "an empty title is a finding");
    w.typed("Bunicii");
    assert_eq!(state(&w), StepState::Short, "one word of at least three");
    w.typed(" online azi");
    assert_eq!(state(&w), StepState::Done);
    assert_eq!(title_findings(&w), 0);
    // Deleting a word is a change to the draft too.
    w.keys(&[Key::ctrl(Code::Backspace)]);
    assert_eq!(state(&w), StepState::Short, "two words left");
}

/// Presses the next-finding key until the selected finding is the one `wanted` picks;
/// a story has fewer findings than the bound, so a finding that never comes fails.
fn next_finding_until(w: &mut Wizard, wanted: impl Fn(&povestitor::coach::Finding) -> bool) {
    for _ in 0..40 {
        w.keys(&[Key::ctrl(Code::Char('e'))]);
        let session = w.app.session.as_ref().unwrap();
        if session.selected_index().is_some() && session.selected.as_ref().is_some_and(&wanted) {
            return;
        }
    }
    panic!("the next-finding key never reached the finding");
}

#[test]
fn a_finding_appears_while_typing_and_goes_when_its_fix_is_applied() {
    use povestitor::coach::FindingKind;
    use povestitor::tui::widgets::Editor;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("coach.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    let double = |f: &povestitor::coach::Finding| {
        f.step_id.as_deref() == Some("problem") && f.kind == FindingKind::DoubleSpace
    };
    // The problem step: a doubled space after "pensionari".
    w.keys(&[Key::alt(Code::Char('3'))]);
    w.typed("Mulți pensionari  trăiesc singuri.");
    let report = &w.app.session.as_ref().unwrap().report;
    let finding = report.findings.iter().find(|f| double(f)).expect("found");
    assert_eq!(finding.span, Some((16, 18)));
    assert_eq!(finding.fix.as_deref(), Some(" "));
    // From the title step, the key goes through the story and lands on it.
    w.keys(&[Key::alt(Code::Char('1'))]);
    next_finding_until(&mut w, double);
    let session = w.app.session.as_ref().unwrap();
    assert_eq!(w.app.screen, Screen::Step);
    assert_eq!(session.step, 2, "the finding's step is open");
    let Editor::Text(field) = &session.editor else {
        panic!("a text step");
    };
    assert_eq!(field.cursor(), (0, 16), "the cursor is at the span's start");
    w.app.changed = false;
    w.keys(&[Key::ctrl(Code::Char('r'))]);
    assert_eq!(
        w.draft().answers.text("problem"),
        "Mulți pensionari trăiesc singuri."
    );
    let session = w.app.session.as_ref().unwrap();
    assert!(
        !session.report.findings.iter().any(double),
        "the finding is gone"
    );
    assert!(session.dirty && w.app.changed, "autosave will run");
    assert_eq!(session.selected_index(), None);
    // The fix is an edit of the field: undo takes it back, and the coach sees it again.
    w.keys(&[Key::ctrl(Code::Char('z'))]);
    assert_eq!(
        w.draft().answers.text("problem"),
        "Mulți pensionari  trăiesc singuri."
    );
    let report = &w.app.session.as_ref().unwrap().report;
    assert!(report.findings.iter().any(double));
}

#[test]
fn a_fix_in_a_quote_goes_to_its_field() {
    use povestitor::coach::FindingKind;
    use povestitor::tui::widgets::Editor;
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("q.toml"));
    w.keys(&[Key::alt(Code::Char('6'))]);
    w.typed("Bine.\nIon Rusu\ncititor");
    w.keys(&[Key::plain(Code::F(7))]);
    w.typed("Aşa am învățat.\nAna");
    let cedilla = |f: &povestitor::coach::Finding| {
        f.kind == FindingKind::Cedilla && f.item == Some(2) && f.field == Some("text")
    };
    w.keys(&[Key::alt(Code::Char('2'))]);
    next_finding_until(&mut w, cedilla);
    let session = w.app.session.as_ref().unwrap();
    assert_eq!(session.step, 5);
    let Editor::Items(list) = &session.editor else {
        panic!("the quotes step");
    };
    assert_eq!(list.focus(), (1, 0), "the second quote's text");
    w.keys(&[Key::ctrl(Code::Char('r'))]);
    let quotes = w.draft().answers.items("quotes");
    assert_eq!(quotes[1].get("text"), "Așa am învățat.");
    assert_eq!(quotes[0].get("text"), "Bine.");
    let report = &w.app.session.as_ref().unwrap().report;
    assert!(!report.findings.iter().any(cedilla));
    // One undo takes the whole replacement back.
    w.keys(&[Key::ctrl(Code::Char('z'))]);
    assert_eq!(
        w.draft().answers.items("quotes")[1].get("text"),
        "Aşa am învățat."
    );
}

#[test]
fn the_fix_key_without_a_finding_only_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("n.toml"));
    w.typed("Titlu  dublu");
    let before = w.draft().answers.text("title").to_string();
    w.keys(&[Key::ctrl(Code::Char('r'))]);
    assert_eq!(w.draft().answers.text("title"), before);
    assert_eq!(
        w.app.status.as_ref().map(|s| s.kind),
        Some(StatusKind::Info)
    );
}

#[test]
fn consent_is_asked_in_the_quote_and_the_coach_follows_it() {
    use povestitor::coach::{FindingKind, RuleId, Severity};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    w.keys(&[Key::alt(Code::Char('6'))]);
    w.typed("Îmi place.\nIon Rusu\ncititor");
    let consent = |w: &Wizard| -> Vec<(Severity, FindingKind)> {
        w.findings()
            .iter()
            .filter(|f| f.rule == RuleId::Consent && f.item == Some(1))
            .map(|f| (f.severity, f.kind.clone()))
            .collect()
    };
    assert_eq!(
        consent(&w),
        [(
            Severity::Warning,
            FindingKind::ConsentNotRecorded { children: false }
        )]
    );
    // Tab from the role goes to the consent row; Space records "yes": agreed, but no signed
    // form is noted yet, which the coach says as a tip.
    w.keys(&[Key::plain(Code::Tab), Key::plain(Code::Char(' '))]);
    assert_eq!(w.draft().answers.items("quotes")[0].get("consent"), "yes");
    assert_eq!(
        consent(&w),
        [(
            Severity::Tip,
            FindingKind::ConsentUnsigned { children: false }
        )]
    );
    // Once more: the signed form is noted, and the coach has nothing to say.
    w.keys(&[Key::plain(Code::Char(' '))]);
    assert_eq!(
        w.draft().answers.items("quotes")[0].get("consent"),
        "signed"
    );
    assert!(
        consent(&w).is_empty(),
        "a signed form noted: nothing to say"
    );
    w.keys(&[Key::plain(Code::Char(' '))]);
    assert_eq!(w.draft().answers.items("quotes")[0].get("consent"), "no");
    assert_eq!(
        consent(&w),
        [(
            Severity::Error,
            FindingKind::ConsentRefused { children: false }
        )]
    );
    w.keys(&[Key::ctrl(Code::Char('s'))]);
    let saved = load_draft(&file).unwrap();
    assert_eq!(saved.answers.items("quotes")[0].get("consent"), "no");
    // Once more: not recorded again, and the key is gone from the item.
    w.keys(&[Key::plain(Code::Char(' '))]);
    assert_eq!(w.draft().answers.items("quotes")[0].get("consent"), "");
    assert_eq!(consent(&w).len(), 1);
}

#[test]
fn a_photo_with_children_asks_for_a_guardians_consent() {
    use povestitor::coach::{FindingKind, RuleId};
    use povestitor::tui::widgets::Editor;
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("f.toml"));
    w.keys(&[Key::alt(Code::Char('7'))]);
    w.typed("atelier.jpg\nCopiii la atelier\nIon Rusu");
    // The next finding of this step is the photo's consent: the cursor goes to its row.
    let not_recorded = |f: &povestitor::coach::Finding| {
        f.rule == RuleId::Consent && matches!(f.kind, FindingKind::ConsentNotRecorded { .. })
    };
    next_finding_until(&mut w, not_recorded);
    let session = w.app.session.as_ref().unwrap();
    let Editor::Items(list) = &session.editor else {
        panic!("the photos step");
    };
    assert_eq!(
        list.focus(),
        (0, 4),
        "file, caption, credit, children, consent"
    );
    // Back to "shows children": yes; the consent is now a parent's or guardian's.
    w.keys(&[Key::plain(Code::BackTab), Key::plain(Code::Char(' '))]);
    let photo = &w.draft().answers.items("photos")[0];
    assert_eq!(photo.get("children"), "yes");
    let report = &w.app.session.as_ref().unwrap().report;
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::ConsentNotRecorded { children: true })
    );
}

/// A workshop: every laptop starts a story on the same day from the same template, and the
/// trainer copies the drafts into one folder. No two laptops make the same file name, and a
/// name says whose story it is when the author is known.
#[test]
fn stories_started_on_two_laptops_on_one_day_have_different_names() {
    let names: Vec<String> = (0..2)
        .map(|_| {
            let dir = tempfile::tempdir().unwrap();
            let mut w = Wizard::new(dir.path());
            let recent = w.store.recent(&w.app.templates);
            w.app.set_recent(recent);
            w.keys(&[Key::plain(Code::Enter)]);
            let path = w.app.session.as_ref().unwrap().path.clone();
            path.file_name().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    assert_ne!(names[0], names[1]);

    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new(dir.path());
    w.store.config.author = Some("Ana Rusu".into());
    let recent = w.store.recent(&w.app.templates);
    w.app.set_recent(recent);
    w.keys(&[Key::plain(Code::Enter)]);
    let path = w
        .app
        .session
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", w.app.status))
        .path
        .clone();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("2026-11-25-ana-rusu-"), "{name}");
}

/// The drawn screen of `w`, as text.
fn drawn(w: &Wizard) -> String {
    let backend = ratatui::backend::TestBackend::new(w.app.size.0, w.app.size.1);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| povestitor::tui::view::draw(frame, &w.app))
        .unwrap();
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .chunks(buffer.area.width as usize)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Two drafts of one title in the drafts folder (two laptops' copies of the model story,
/// collected by the trainer): the home screen tells them apart by their files, and says
/// where new stories are kept.
#[test]
fn the_home_screen_tells_drafts_of_one_title_apart_and_names_the_drafts_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new(dir.path());
    let drafts = w.store.places.drafts.clone();
    std::fs::create_dir_all(&drafts).unwrap();
    for name in ["ana.toml", "ion.toml"] {
        let example = crate::common::copy_example("success-story", dir.path());
        std::fs::copy(&example, drafts.join(name)).unwrap();
    }
    w.app.drafts_folder = Some(drafts.clone());
    let recent = w.store.recent(&w.app.templates);
    w.app.set_recent(recent);
    let screen = drawn(&w);
    let rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("Bunicii online"))
        .collect();
    assert_eq!(rows.len(), 2, "{screen}");
    assert!(
        rows[0].contains("drafts/ana.toml") || rows[1].contains("drafts/ana.toml"),
        "{screen}"
    );
    assert!(
        rows[0].contains("drafts/ion.toml") || rows[1].contains("drafts/ion.toml"),
        "{screen}"
    );
    assert_ne!(rows[0], rows[1]);
    // The first entry (a new story) is selected: below the menu, where it will be kept (on
    // a screen with room below the menu).
    w.app.size = (100, 40);
    let screen = drawn(&w);
    let said: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    let folder = drafts.display().to_string();
    assert!(said.contains("Poveștile noi se păstrează în"), "{screen}");
    assert!(
        said.replace(' ', "")
            .contains(&format!("{}.", folder.replace(' ', ""))),
        "{screen}"
    );
}

/// A story closed while its sending to the blog ran: what the site now holds of it still
/// goes into its file (the next sending updates that post and uploads no photo twice), with
/// the words it was saved with; when its file cannot be taken (open in another window), the
/// status line says so and what it means, and the file is left as it was.
#[test]
fn the_blogs_record_of_a_story_closed_while_sending_goes_into_its_file() {
    use povestitor::story::{DraftLock, MediaRecord, WordPressRecord, save_draft};
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("deschisa.toml"));
    w.typed("Povestea deschisă acum");
    let mut closed = w.draft().clone();
    closed.answers.set_text("title", "Povestea închisă".into());
    let closed_path = dir.path().join("inchisa.toml");
    save_draft(&closed_path, &closed).unwrap();
    let record = WordPressRecord {
        site: "https://biblioteca.md/wp-json".into(),
        post: Some(42),
        draft: closed_path.display().to_string(),
        post_sha256: "ab".repeat(32),
        media: vec![MediaRecord {
            file: "atelier.jpg".into(),
            sha256: "cd".repeat(32),
            id: 7,
            url: "https://biblioteca.md/atelier.jpg".into(),
        }],
    };
    w.msg(Msg::PublishRecorded {
        path: closed_path.clone(),
        record: record.clone(),
    });
    let kept = load_draft(&closed_path).unwrap();
    assert_eq!(kept.wordpress(), record);
    assert_eq!(kept.title(), "Povestea închisă", "its words as saved");
    assert_eq!(
        w.draft().wordpress(),
        WordPressRecord::default(),
        "not the open one"
    );
    assert_eq!(w.draft().title(), "Povestea deschisă acum");

    // Open in another window: left as it is, and said.
    let other_path = dir.path().join("alta.toml");
    save_draft(&other_path, &closed).unwrap();
    let before = std::fs::read(&other_path).unwrap();
    let lock = DraftLock::acquire(&other_path).unwrap();
    w.msg(Msg::PublishRecorded {
        path: other_path.clone(),
        record,
    });
    drop(lock);
    assert_eq!(std::fs::read(&other_path).unwrap(), before);
    let status = w.app.status.clone().expect("said");
    assert_eq!(status.kind, StatusKind::Warn);
    assert!(
        status.text.contains("alta.toml") && status.text.contains("încarcă din nou"),
        "{}",
        status.text
    );
}
