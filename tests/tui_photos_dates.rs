//! The details form's date and the photos step's file, driven by key messages with the
//! effects carried out in a temporary folder: dates as people write them, photos chosen
//! from the user's folders and brought beside the draft.

use std::path::Path;

use povestitor::i18n::{Catalog, Lang};
use povestitor::library::Library;
use povestitor::story::load_draft;
use povestitor::tui::app::Screen;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::{App, Places, Store, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

struct Wizard {
    app: App,
    store: Store,
}

impl Wizard {
    /// A new success story at `file`; the user's folders are under `folder`.
    fn new_story(folder: &Path, file: &Path) -> Wizard {
        let library = Library::builtin().expect("built-in templates");
        let mut app = App::new(
            Catalog::new(Lang::Ro),
            library,
            Theme { color: false },
            (100, 30),
        );
        let mut store = Store::new(Places::under(folder), "2026-11-25".into());
        let loaded = app.library.get("success-story").expect("template");
        let (path, draft) = store.create(loaded, Some(file)).expect("create");
        app.open(path, draft).expect("open");
        Wizard { app, store }
    }

    fn msg(&mut self, msg: Msg) {
        update(&mut self.app, msg);
        for effect in std::mem::take(&mut self.app.effects) {
            self.store.apply(&mut self.app, effect);
        }
    }

    fn key(&mut self, code: Code) {
        self.msg(Msg::Key(Key::plain(code)));
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.key(Code::Char(c));
        }
    }

    fn draft(&self) -> &povestitor::story::Draft {
        &self.app.session.as_ref().expect("session").draft
    }

    fn screen(&self) -> String {
        let backend = TestBackend::new(self.app.size.0, self.app.size.1);
        let mut terminal = Terminal::new(backend).expect("terminal");
        terminal
            .draw(|frame| view::draw(frame, &self.app))
            .expect("draw");
        let buffer = terminal.backend().buffer();
        let width = buffer.area.width as usize;
        buffer
            .content
            .chunks(width)
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Opens the details and types `date` over the date field's text.
    fn write_date(&mut self, date: &str) {
        if self.app.screen != Screen::Details {
            self.key(Code::F(4));
            self.key(Code::Tab);
            self.key(Code::Tab);
        }
        let chars = self.app.session.as_ref().unwrap().details.fields[2]
            .text()
            .chars()
            .count();
        self.key(Code::End);
        for _ in 0..chars {
            self.key(Code::Backspace);
        }
        self.typed(date);
    }
}

#[test]
fn each_way_of_writing_a_date_is_stored_as_iso_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("d.toml");
    let mut w = Wizard::new_story(dir.path(), &file);
    for written in [
        "2016-05-20",
        "20.05.2016",
        "20/05/2016",
        "20 mai 2016",
        "20 Mai 2016",
        "20 May 2016",
        "20 мая 2016",
    ] {
        w.write_date("2000-01-01");
        w.write_date(written);
        assert_eq!(w.draft().meta.date, "2016-05-20", "{written}");
        assert!(w.screen().contains("Adică 20 mai 2016."), "{written}");
    }
    w.key(Code::Esc);
    w.msg(Msg::Key(Key::ctrl(Code::Char('s'))));
    assert_eq!(load_draft(&file).unwrap().meta.date, "2016-05-20");
}

#[test]
fn what_is_not_a_date_is_refused_with_a_message_and_the_date_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("d.toml"));
    w.write_date("20.05.2016");
    for wrong in ["2016-02-31", "ieri", "2026-11-292016-05-20"] {
        // Pasted whole: typed key by key, the last one would pass through 2026-11-29.
        w.write_date("");
        w.msg(Msg::Paste(wrong.to_string()));
        assert_eq!(w.draft().meta.date, "2016-05-20", "{wrong}");
        let screen = w.screen();
        assert!(screen.contains("Nu este o dată"), "{wrong}:\n{screen}");
        assert!(!screen.contains("Adică"), "{wrong}");
    }
}
