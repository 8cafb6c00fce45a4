//! The details form's date and the photos step's file, driven by key messages with the
//! effects carried out in a temporary folder: dates as people write them, photos chosen
//! from the user's folders and brought beside the draft.

use std::path::Path;

use crate::wizard::Wizard;

use povestitor::story::load_draft;
use povestitor::tui::app::Screen;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

impl Wizard {
    /// A new success story at `file` on a 100×30 screen; the user's folders are under
    /// `folder`.
    fn at_100x30(folder: &Path, file: &Path) -> Wizard {
        let mut w = Wizard::new_story(folder, file);
        w.app.size = (100, 30);
        w
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
    let mut w = Wizard::at_100x30(dir.path(), &file);
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
    let mut w = Wizard::at_100x30(dir.path(), &dir.path().join("d.toml"));
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

const PNG: &str = "story-templates/success-story/bunicii-online.png";

/// A story in `stories/` (so the user's folders are outside its folder), at the photos step.
fn at_photos(dir: &Path) -> (Wizard, std::path::PathBuf) {
    let stories = dir.join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    let file = stories.join("poveste.toml");
    let mut w = Wizard::at_100x30(dir, &file);
    w.typed("Lansarea");
    w.msg(Msg::Key(Key::alt(Code::Char('7'))));
    assert_eq!(w.app.current_step().unwrap().id, "photos");
    (w, file)
}

/// The media files of a Word document.
fn docx_media(path: &Path) -> Vec<Vec<u8>> {
    use std::io::Read;
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut media = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        if entry.name().starts_with("word/media/") {
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            media.push(data);
        }
    }
    media
}

#[test]
fn a_photo_chosen_from_pictures_comes_beside_the_draft_and_into_word() {
    let dir = tempfile::tempdir().unwrap();
    let pictures = dir.path().join("Pictures");
    std::fs::create_dir_all(&pictures).unwrap();
    let photo = std::fs::read(PNG).unwrap();
    std::fs::write(
        pictures.join("Lansarea-Cartii-la-biblioteca-din-Balti-mai-2026.png"),
        &photo,
    )
    .unwrap();
    std::fs::write(pictures.join("concediu.jpg"), b"not this one").unwrap();
    std::fs::write(pictures.join("iphone.HEIC"), b"heic").unwrap();
    let (mut w, file) = at_photos(dir.path());

    w.key(Code::Enter);
    let picker = w
        .app
        .session
        .as_ref()
        .unwrap()
        .picker
        .clone()
        .expect("open");
    assert_eq!(picker.files.len(), 3, "{:?}", picker.files);
    let screen = w.screen();
    assert!(screen.contains("Alegeți fotografia"), "{screen}");
    assert!(
        screen.contains("Word nu o primește"),
        "HEIC is marked:\n{screen}"
    );
    w.typed("CARTII");
    assert!(
        !w.screen().contains("concediu.jpg"),
        "typing narrows the list"
    );
    w.key(Code::Enter);
    assert!(w.app.session.as_ref().unwrap().picker.is_none());
    // The file's field shows the path from its start: its folder and the photo's name.
    let screen = w.screen();
    let field = screen
        .lines()
        .find(|l| l.contains("Fișierul:"))
        .unwrap_or_default();
    assert!(
        field.contains("Fișierul: poveste-foto/Lansarea"),
        "{screen}"
    );

    let copied = dir
        .path()
        .join("stories/poveste-foto/Lansarea-Cartii-la-biblioteca-din-Balti-mai-2026.png");
    assert_eq!(
        std::fs::read(&copied).unwrap(),
        photo,
        "copied byte for byte"
    );
    let recorded = "poveste-foto/Lansarea-Cartii-la-biblioteca-din-Balti-mai-2026.png";
    assert_eq!(w.draft().answers.items("photos")[0].get("path"), recorded);
    w.msg(Msg::Key(Key::ctrl(Code::Char('s'))));
    let saved = load_draft(&file).unwrap();
    assert_eq!(saved.answers.items("photos")[0].get("path"), recorded);

    // F5 offers a Word document beside the draft; Enter writes it.
    w.key(Code::F(5));
    let docx = std::path::PathBuf::from(w.app.session.as_ref().unwrap().export.path.text());
    assert_eq!(docx.extension().unwrap(), "docx");
    w.key(Code::Enter);
    assert!(docx.exists(), "{:?}", w.app.status);
    assert!(
        docx_media(&docx).contains(&photo),
        "the photo is in the document"
    );
}

#[test]
fn esc_leaves_the_picker_and_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _) = at_photos(dir.path());
    w.key(Code::Enter);
    assert!(w.screen().contains("Nicio fotografie aici"));
    w.key(Code::Esc);
    assert!(w.app.session.as_ref().unwrap().picker.is_none());
    assert_eq!(w.app.screen, Screen::Step);
    assert!(w.draft().answers.items("photos").is_empty());
}

#[test]
fn a_pasted_quoted_path_is_taken_and_a_namesake_never_overwrites_it() {
    let dir = tempfile::tempdir().unwrap();
    let downloads = dir.path().join("elsewhere");
    std::fs::create_dir_all(downloads.join("more")).unwrap();
    let first = downloads.join("atelier.png");
    let second = downloads.join("more/atelier.png");
    std::fs::write(&first, std::fs::read(PNG).unwrap()).unwrap();
    std::fs::write(&second, b"other bytes, same name").unwrap();
    let (mut w, _) = at_photos(dir.path());

    w.msg(Msg::Paste(format!("  \"{}\" ", first.display())));
    let photos = w.draft().answers.items("photos");
    assert_eq!(photos[0].get("path"), "poveste-foto/atelier.png");
    let beside = dir.path().join("stories/poveste-foto");
    assert_eq!(
        std::fs::read(beside.join("atelier.png")).unwrap(),
        std::fs::read(&first).unwrap()
    );

    // A second photo, pasted as a file:// address, with the same name but other bytes.
    w.key(Code::F(7));
    w.msg(Msg::Paste(format!("file://{}", second.display())));
    let photos = w.draft().answers.items("photos");
    assert_eq!(photos[1].get("path"), "poveste-foto/atelier-2.png");
    assert_eq!(
        std::fs::read(beside.join("atelier.png")).unwrap(),
        std::fs::read(&first).unwrap(),
        "the first copy is untouched"
    );
    assert_eq!(
        std::fs::read(beside.join("atelier-2.png")).unwrap(),
        b"other bytes, same name"
    );

    // A path typed by hand is taken on Enter the same way.
    w.key(Code::F(7));
    w.typed(&first.display().to_string());
    w.key(Code::Enter);
    let photos = w.draft().answers.items("photos");
    assert_eq!(photos[2].get("path"), "poveste-foto/atelier.png", "reused");
}
