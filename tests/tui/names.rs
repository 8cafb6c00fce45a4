//! The names a new story is signed with, driven through the wizard's state machine with
//! its effects carried out in a temporary folder: only the author and library a librarian
//! types in the details of a story of her own are remembered. The model story, a
//! participant's draft under review, a draft signed by someone else: opening, reading,
//! saving or even correcting them never signs her next story with their names.

use std::path::{Path, PathBuf};

use crate::wizard::Wizard;
use povestitor::story::{Draft, load_draft, save_draft};
use povestitor::tui::app::{HomeEntry, Screen};
use povestitor::tui::msg::{Code, Key};

const PGDN: Key = Key::plain(Code::PageDown);
const F4: Key = Key::plain(Code::F(4));
const F9: Key = Key::plain(Code::F(9));
const ESC: Key = Key::plain(Code::Esc);
const CTRL_S: Key = Key::ctrl(Code::Char('s'));
const CTRL_T: Key = Key::ctrl(Code::Char('t'));
const ENTER: Key = Key::plain(Code::Enter);

const ANA: &str = "Ana Rusu";
const ANA_S_LIBRARY: &str = "Biblioteca Publică Cahul";
const MODEL_AUTHOR: &str = "Valentina Popescu";

impl Wizard {
    /// The home screen as `povestitor` shows it, with the drafts listed.
    fn home(folder: &Path) -> Wizard {
        let mut w = Wizard::new(folder);
        let recent = w.store.recent(&w.app.templates);
        w.app.set_recent(recent);
        w
    }

    /// Enter on the home screen's entry `wanted`.
    fn choose(&mut self, wanted: impl Fn(&HomeEntry) -> bool) {
        let at = self.app.home.entries.iter().position(wanted);
        let at = at.expect("the entry is on the home screen");
        self.app.home.selected = at;
        self.keys(&[ENTER]);
        assert_eq!(self.app.screen, Screen::Step);
    }

    /// F4, the author and library typed over what the fields hold, Esc, Ctrl+S.
    fn type_details(&mut self, author: &str, institution: &str) {
        self.keys(&[F4]);
        assert_eq!(self.app.screen, Screen::Details);
        let details = &self.app.session.as_ref().unwrap().details;
        let (had_author, had_institution) = (
            details.fields[0].text().chars().count(),
            details.fields[1].text().chars().count(),
        );
        self.keys(&vec![Key::plain(Code::Backspace); had_author]);
        self.typed(author);
        self.keys(&[ENTER]);
        self.keys(&vec![Key::plain(Code::Backspace); had_institution]);
        self.typed(institution);
        self.keys(&[ESC, CTRL_S]);
    }

    /// The names of the open draft.
    fn names(&self) -> (String, String) {
        let meta = &self.draft().meta;
        (meta.author.clone(), meta.institution.clone())
    }
}

/// The names a story started from the home screen's first entry is signed with, in a
/// wizard started afresh (the settings read from disk).
fn next_story_names(folder: &Path) -> (String, String) {
    let mut w = Wizard::home(folder);
    w.choose(|e| matches!(e, HomeEntry::New(id) if id == "success-story"));
    let names = w.names();
    let path = w.app.session.as_ref().unwrap().path.clone();
    assert_eq!(load_draft(&path).unwrap().meta.author, names.0, "saved so");
    w.keys(&[F9]);
    std::fs::remove_file(path).unwrap();
    names
}

fn ana() -> (String, String) {
    (ANA.to_string(), ANA_S_LIBRARY.to_string())
}

fn nobody() -> (String, String) {
    (String::new(), String::new())
}

/// Ana's first story: she types her name and library in its details.
fn ana_s_own_story(folder: &Path) {
    let mut w = Wizard::new_story(folder, &folder.join("a-mea.toml"));
    w.typed("Povestea mea");
    w.type_details(ANA, ANA_S_LIBRARY);
    w.keys(&[F9]);
}

/// A participant's draft, signed with her name, on the trainer's computer.
fn participant_s_draft(folder: &Path, author: &str, institution: &str) -> PathBuf {
    let templates = povestitor::service::Templates::builtin().unwrap();
    let template = &templates.get("success-story").unwrap().template;
    let mut draft = Draft::new(template);
    draft.meta.author = author.into();
    draft.meta.institution = institution.into();
    draft.meta.date = "2026-11-20".into();
    draft
        .answers
        .set_text("title", "Clubul de șah al bibliotecii".into());
    let file = folder.join("participanta.toml");
    save_draft(&file, &draft).unwrap();
    file
}

#[test]
fn her_name_typed_in_the_details_of_her_own_story_signs_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        next_story_names(dir.path()),
        nobody(),
        "nothing remembered yet"
    );
    ana_s_own_story(dir.path());
    assert_eq!(next_story_names(dir.path()), ana());

    // A story she started and left unsigned, signed when she comes back to it, is hers too.
    let later = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(later.path(), &later.path().join("poveste.toml"));
    w.typed("Început ieri");
    w.keys(&[F9]);
    let file = later.path().join("poveste.toml");
    let mut w = Wizard::open(later.path(), &file, None);
    w.type_details(ANA, ANA_S_LIBRARY);
    drop(w);
    assert_eq!(next_story_names(later.path()), ana());
    // And on her own signed story, a new library is remembered too.
    let mut w = Wizard::open(later.path(), &file, None);
    w.type_details(ANA, "Biblioteca Națională");
    drop(w);
    assert_eq!(next_story_names(later.path()).1, "Biblioteca Națională");
    // An older story of hers, from her former library, read and saved: the library she
    // typed last stays.
    let older = participant_s_draft(later.path(), ANA, "Biblioteca veche");
    let mut w = Wizard::open(later.path(), &older, None);
    w.keys(&[PGDN]);
    w.typed("Un rînd.");
    w.keys(&[F4, ESC, CTRL_S, F9]);
    assert_eq!(next_story_names(later.path()).1, "Biblioteca Națională");
}

#[test]
fn the_model_story_never_signs_the_next_story() {
    for remembered in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        if remembered {
            ana_s_own_story(dir.path());
        }
        let expected = if remembered { ana() } else { nobody() };
        // `povestitor demo`, as the home screen's model story: read, moved through, saved.
        let mut w = Wizard::home(dir.path());
        w.choose(|e| matches!(e, HomeEntry::Example(id) if id == "success-story"));
        assert_eq!(w.names().0, MODEL_AUTHOR);
        w.keys(&[PGDN, PGDN, F4, ESC, CTRL_S]);
        // Its signature typed again, as a trainer shows the details form.
        w.type_details(MODEL_AUTHOR, "Biblioteca Municipală Bălți");
        // A new story from the same window, then from a wizard started afresh.
        w.keys(&[F9]);
        w.choose(|e| matches!(e, HomeEntry::New(id) if id == "success-story"));
        assert_eq!(w.names(), expected, "remembered: {remembered}");
        let path = w.app.session.as_ref().unwrap().path.clone();
        w.keys(&[F9]);
        std::fs::remove_file(path).unwrap();
        assert_eq!(next_story_names(dir.path()), expected);

        // The copy opened again from the home screen, its signature changed in the
        // details (a trainer showing the form): still not her name to remember.
        let mut w = Wizard::home(dir.path());
        let recent = &w.app.home.recent;
        let copy = recent
            .iter()
            .position(|r| r.title.contains("Bunicii online"));
        let copy = copy.expect("the model story's copy is listed");
        w.choose(|e| *e == HomeEntry::Recent(copy));
        assert_eq!(w.names().0, MODEL_AUTHOR);
        w.type_details("Valentina Popescu-Rusu", "Biblioteca din Bălți");
        w.keys(&[F9]);
        assert_eq!(next_story_names(dir.path()), expected);
    }
}

#[test]
fn a_model_story_opened_from_its_file_never_signs_the_next_story() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    std::fs::create_dir_all(&model).unwrap();
    let templates = povestitor::service::Templates::builtin().unwrap();
    let example = templates.get("success-story").unwrap().example().unwrap();
    let file = model.join("example.toml");
    std::fs::write(&file, example).unwrap();
    // `povestitor edit example.toml`: read and saved.
    let mut w = Wizard::open(dir.path(), &file, None);
    assert_eq!(w.names().0, MODEL_AUTHOR);
    w.keys(&[PGDN, CTRL_S, F9]);
    assert_eq!(next_story_names(dir.path()), nobody());
    ana_s_own_story(dir.path());
    let mut w = Wizard::open(dir.path(), &file, None);
    w.type_details(MODEL_AUTHOR, "Biblioteca Municipală Bălți");
    w.keys(&[F9]);
    assert_eq!(next_story_names(dir.path()), ana());
}

#[test]
fn reviewing_a_participant_s_draft_never_signs_the_trainer_s_next_story() {
    for remembered in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        if remembered {
            ana_s_own_story(dir.path());
        }
        let expected = if remembered { ana() } else { nobody() };
        let file = participant_s_draft(dir.path(), "Maria Ciobanu", "Biblioteca din Soroca");
        // `povestitor review FILE`: a comment (saved at once), the details opened and
        // the participant's name corrected, saved again.
        let mut w = Wizard::open(dir.path(), &file, Some(ANA));
        w.keys(&[CTRL_T]);
        w.typed("Titlul e bun.");
        w.keys(&[ENTER]);
        w.type_details("Maria Ciobanu-Rusu", "Biblioteca din Soroca");
        w.keys(&[F9]);
        assert_eq!(load_draft(&file).unwrap().meta.author, "Maria Ciobanu-Rusu");
        assert_eq!(next_story_names(dir.path()), expected, "{remembered}");

        // A participant who had not signed: the name the trainer types for her is hers.
        let unsigned = participant_s_draft(dir.path(), "", "");
        let mut w = Wizard::open(dir.path(), &unsigned, Some(ANA));
        w.type_details("Elena Rotaru", "Biblioteca din Orhei");
        w.keys(&[F9]);
        assert_eq!(load_draft(&unsigned).unwrap().meta.author, "Elena Rotaru");
        assert_eq!(next_story_names(dir.path()), expected);
    }
}

#[test]
fn a_draft_signed_by_someone_else_opened_and_corrected_never_signs_the_next_story() {
    let dir = tempfile::tempdir().unwrap();
    ana_s_own_story(dir.path());
    let file = participant_s_draft(dir.path(), "Maria Ciobanu", "Biblioteca din Soroca");
    // `povestitor edit FILE` (not review): written in, the name corrected, saved.
    let mut w = Wizard::open(dir.path(), &file, None);
    w.keys(&[PGDN]);
    w.typed("Un rînd.");
    w.type_details("Maria Ciobanu-Rusu", "Biblioteca din Soroca, filiala 2");
    w.keys(&[F9]);
    assert_eq!(next_story_names(dir.path()), ana());
}
