//! Whole screens of the wizard after a few keys, at 80×24 and 120×40, in ro, en and ru.
//! No disk and no clock: the draft's path is relative and its date fixed.

use std::path::PathBuf;

use povestitor::i18n::{Catalog, Lang};
use povestitor::service::Templates;
use povestitor::story::Draft;
use povestitor::tui::App;
use povestitor::tui::app::{Effect, RecentDraft, StatusKind};
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::store::preview_now;
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app(lang: Lang, size: (u16, u16)) -> App {
    let templates = Templates::builtin().expect("built-in templates");
    App::new(
        Catalog::new(lang),
        templates,
        Theme {
            color: false,
            safe_symbols: false,
        },
        size,
    )
}

/// A new story opened at step 1, as `povestitor new` does.
fn story(lang: Lang, size: (u16, u16)) -> App {
    let mut app = app(lang, size);
    let loaded = app.templates.get("success-story").expect("template");
    let mut draft = Draft::new(&loaded.template);
    draft.meta.date = "2026-11-25".into();
    app.open(PathBuf::from("poveste.toml"), draft)
        .expect("open");
    app
}

fn send(app: &mut App, keys: &[Key]) {
    for key in keys {
        update(app, Msg::Key(*key));
    }
    // Snapshots do not touch the disk: saves and exports are left undone. The preview,
    // rendered off the loop in the wizard, is rendered here and brought back as there.
    for effect in std::mem::take(&mut app.effects) {
        if let Effect::RenderPreview { request, layout } = effect
            && let Some(rendered) = preview_now(app, request, &layout)
        {
            update(app, rendered);
        }
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = if c == '\n' {
            Key::plain(Code::Enter)
        } else {
            Key::plain(Code::Char(c))
        };
        send(app, &[key]);
    }
}

pub(crate) fn screen(app: &App) -> String {
    let backend = TestBackend::new(app.size.0, app.size.1);
    let mut terminal = Terminal::new(backend).expect("terminal");
    terminal.draw(|frame| view::draw(frame, app)).expect("draw");
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width as usize;
    buffer
        .content
        .chunks(width)
        .map(|row| {
            let line: String = row.iter().map(|cell| cell.symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn name(lang: Lang, size: (u16, u16), what: &str) -> String {
    format!("{what}_{}_{}x{}", lang.code(), size.0, size.1)
}

const PGDN: Key = Key::plain(Code::PageDown);

#[test]
fn home_screen() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = app(lang, size);
            app.set_recent(vec![RecentDraft {
                path: PathBuf::from("povesti/2026-11-20-success-story.toml"),
                title: "Clubul de lectură „Prietenii cărții”".into(),
                template_name: "Poveste de succes".into(),
                edited: "2026-11-20 17:45".into(),
                done: 5,
                total: 8,
            }]);
            insta::assert_snapshot!(name(lang, size, "home"), screen(&app));
        }
    }
}

/// The first-run welcome over the home screen, and the home screen once a key is pressed.
#[test]
fn first_run_welcome() {
    for lang in [Lang::Ro, Lang::Ru] {
        let size = (80, 24);
        let mut app = app(lang, size);
        app.set_recent(Vec::new());
        app.welcome = Some(PathBuf::from("/home/ana/.local/share/povestitor"));
        insta::assert_snapshot!(name(lang, size, "welcome"), screen(&app));
        update(&mut app, Msg::Key(Key::plain(Code::Char('x'))));
        assert!(app.welcome.is_none());
        assert_eq!(app.effects, [povestitor::tui::app::Effect::Welcomed]);
        assert!(!screen(&app).contains("/home/ana"));
        assert!(!app.quit);
    }
    // Ctrl+Q on the welcome quits, and the welcome counts as read.
    let mut app = app(Lang::Ro, (80, 24));
    app.welcome = Some(PathBuf::from("/home/ana/.local/share/povestitor"));
    update(&mut app, Msg::Key(Key::ctrl(Code::Char('q'))));
    assert!(app.quit && app.welcome.is_none());
    assert_eq!(app.effects, [povestitor::tui::app::Effect::Welcomed]);
}

#[test]
fn first_step_with_a_title() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            typed(&mut app, "Bunicii online: ă î ș ț și Не потерять");
            insta::assert_snapshot!(name(lang, size, "step_title"), screen(&app));
        }
    }
}

#[test]
fn text_step_with_two_paragraphs() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            typed(&mut app, "Bunicii online");
            send(&mut app, &[PGDN]);
            typed(
                &mut app,
                "În primăvara lui 2026, 48 de vîrstnici din Bălți au învățat la bibliotecă să folosească telefonul.\nAcum își sună nepoții.",
            );
            insta::assert_snapshot!(name(lang, size, "step_text"), screen(&app));
        }
    }
}

#[test]
fn quotes_step_with_an_item() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            send(
                &mut app,
                &[Key::alt(Code::Char('6')), Key::plain(Code::F(3))],
            );
            typed(
                &mut app,
                "Acum o văd pe nepoata mea în fiecare seară.\nMaria Ciobanu\nparticipantă",
            );
            insta::assert_snapshot!(name(lang, size, "step_quotes"), screen(&app));
        }
    }
}

/// The photos step at its first, empty photo: the file field says how it is chosen, and the
/// photo's own keys (Tab, Ctrl+U for the consent form) are in its frame, whole at 80 columns
/// too, as the list's keys (F7, F8) are above it.
#[test]
fn photos_step_with_an_empty_photo() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            send(
                &mut app,
                &[Key::alt(Code::Char('7')), Key::plain(Code::F(3))],
            );
            let screen = screen(&app);
            insta::assert_snapshot!(name(lang, size, "step_photos"), screen);
        }
    }
}

#[test]
fn review_after_the_last_step() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            typed(&mut app, "Bunicii online în Bălți");
            send(&mut app, &[Key::alt(Code::Char('8')), PGDN]);
            insta::assert_snapshot!(name(lang, size, "review"), screen(&app));
        }
    }
}

#[test]
fn side_screens_in_english() {
    let size = (80, 24);
    let mut app = story(Lang::En, size);
    typed(&mut app, "Grandparents online");
    send(&mut app, &[Key::plain(Code::F(1))]);
    insta::assert_snapshot!("help_en_80x24", screen(&app));
    send(&mut app, &[Key::plain(Code::Esc), Key::plain(Code::F(2))]);
    insta::assert_snapshot!("preview_en_80x24", screen(&app));
    send(&mut app, &[Key::plain(Code::Esc), Key::plain(Code::F(5))]);
    insta::assert_snapshot!("export_en_80x24", screen(&app));
    send(&mut app, &[Key::plain(Code::Esc), Key::plain(Code::F(4))]);
    typed(&mut app, "Ana Rusu");
    insta::assert_snapshot!("details_en_80x24", screen(&app));
}

#[test]
fn a_long_file_path_on_the_export_screen_shows_whole() {
    // A draft kept in the data folder: the article's path is wider than the field.
    let folder = "/home/biblioteca/.local/share/povestitor/povesti-de-succes";
    let mut app = app(Lang::Ru, (80, 24));
    let loaded = app.templates.get("success-story-ru").expect("template");
    let mut draft = Draft::new(&loaded.template);
    draft.meta.date = "2026-11-25".into();
    app.open(PathBuf::from(format!("{folder}/klub.toml")), draft)
        .expect("open");
    typed(
        &mut app,
        "Разговорный клуб в библиотеке: как жители Бельц заговорили по-румынски",
    );
    send(&mut app, &[Key::plain(Code::F(5))]);
    let shown = screen(&app);
    // The rows inside the box, joined, give the whole path: its start is not scrolled away.
    let inside: String = shown
        .lines()
        .filter_map(|line| line.trim().strip_prefix('│')?.strip_suffix('│'))
        .map(str::trim_end)
        .collect();
    let path = format!("{folder}/razgovornyi-klub-v-biblioteke-kak-zhiteli-belts-zagovorili.docx");
    assert!(
        path.chars().count() > 76,
        "the path must be wider than the field"
    );
    assert!(inside.contains(&path), "{shown}");
    insta::assert_snapshot!("export_long_path_ru_80x24", shown);
}

#[test]
fn the_wordpress_draft_on_the_export_screen_hides_the_password() {
    for (lang, code) in [(Lang::En, "en"), (Lang::Ro, "ro")] {
        let mut app = story(lang, (80, 24));
        typed(&mut app, "Grandparents online");
        send(
            &mut app,
            &[
                Key::plain(Code::F(5)),
                Key::plain(Code::Tab),
                Key::plain(Code::Left),
                Key::plain(Code::Tab),
            ],
        );
        typed(&mut app, "https://biblioteca.md");
        send(&mut app, &[Key::plain(Code::Tab)]);
        typed(&mut app, "ana");
        send(&mut app, &[Key::plain(Code::Tab)]);
        typed(&mut app, "secret");
        let shown = screen(&app);
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("••••••"), "{shown}");
        insta::assert_snapshot!(format!("export_wordpress_{code}_80x24"), shown);
    }
}

#[test]
fn the_help_window_shows_every_line_of_the_keymap() {
    use povestitor::tui::keymap::help_sections;
    // Tall enough that nothing needs scrolling.
    for lang in Lang::ALL {
        let mut app = story(lang, (120, 80));
        send(&mut app, &[Key::plain(Code::F(1))]);
        let shown = screen(&app);
        for (section, lines) in help_sections() {
            assert!(shown.contains(&app.t(section.title())), "{section:?}");
            for line in lines {
                let wanted = format!("{:<24}{}", line.keys, app.t(line.id));
                assert!(
                    shown.contains(&wanted),
                    "{} is not shown as {wanted:?}:\n{shown}",
                    line.id
                );
            }
        }
    }
}

#[test]
fn step_with_the_coach_findings_and_one_selected() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut app = story(lang, size);
            send(&mut app, &[Key::alt(Code::Char('3'))]);
            typed(
                &mut app,
                "Mulţi pensionari  trăiesc singuri , iar copiii lor lucrează peste hotare.",
            );
            // The first finding of the step (too few words), then the cedilla.
            send(
                &mut app,
                &[Key::ctrl(Code::Char('e')), Key::ctrl(Code::Char('e'))],
            );
            insta::assert_snapshot!(name(lang, size, "step_findings"), screen(&app));
        }
    }
}

/// A story with an answer on step 3 and two comments from the trainer on it, one resolved.
fn commented_draft(app: &App) -> Draft {
    use povestitor::story::Comment;
    let loaded = app.templates.get("success-story").expect("template");
    let mut draft = Draft::new(&loaded.template);
    draft.meta.date = "2026-11-25".into();
    draft.answers.set_text(
        "problem",
        "Mulți pensionari din Bălți trăiesc singuri, iar copiii lor lucrează peste hotare.".into(),
    );
    let resolved = Comment::new("Ion Rusu", "2026-11-20", "Scrieți orașul.");
    draft.add_comment("problem", resolved);
    draft.set_resolved("problem", 0, true);
    draft.add_comment(
        "problem",
        Comment::new(
            "Ion Rusu",
            "2026-11-25",
            "Câți vârstnici au venit la primul atelier? Un număr face problema mai clară.",
        ),
    );
    draft
}

#[test]
fn step_with_a_trainer_s_comment_for_the_librarian() {
    let size = (80, 24);
    for lang in [Lang::Ro, Lang::Ru] {
        let mut app = app(lang, size);
        let draft = commented_draft(&app);
        app.open(PathBuf::from("poveste.toml"), draft)
            .expect("open");
        send(&mut app, &[Key::alt(Code::Char('3'))]);
        insta::assert_snapshot!(name(lang, size, "step_comment"), screen(&app));
    }
}

#[test]
fn review_mode_writing_a_comment() {
    use povestitor::tui::app::Reviewer;
    let size = (80, 24);
    let mut app = app(Lang::Ro, size);
    let draft = commented_draft(&app);
    let reviewer = Reviewer {
        name: "Ion Rusu".into(),
        today: "2026-11-25".into(),
    };
    app.open_for_review(PathBuf::from("poveste.toml"), draft, reviewer)
        .expect("open");
    send(
        &mut app,
        &[Key::alt(Code::Char('3')), Key::ctrl(Code::Char('t'))],
    );
    typed(&mut app, "Adăugați o frază despre bibliotecă.");
    insta::assert_snapshot!(name(Lang::Ro, size, "review_mode_comment"), screen(&app));
    send(
        &mut app,
        &[Key::plain(Code::Enter), Key::plain(Code::PageDown)],
    );
    for _ in 0..5 {
        send(&mut app, &[Key::plain(Code::PageDown)]);
    }
    // Down to step 3, whose open comments are listed under it.
    for _ in 0..22 {
        send(&mut app, &[Key::plain(Code::Down)]);
    }
    insta::assert_snapshot!(name(Lang::Ro, size, "review_mode_review"), screen(&app));
}

/// Ctrl+Q on a story whose save failed: the question over the step, the reason below it.
#[test]
fn quitting_a_story_that_could_not_be_saved() {
    for lang in [Lang::Ro, Lang::Ru] {
        let size = (80, 24);
        let mut app = story(lang, size);
        typed(&mut app, "Cuvinte pe un disc plin");
        // As the store words a save that failed, and answers the Ctrl+Q it could not save.
        let error = app.catalog.t_args(
            "status-save-failed",
            &[("error", app.t("io-disk-full").into())],
        );
        let hint = app.t("status-save-copy-hint");
        app.say(StatusKind::Error, format!("{error} {hint}"));
        update(&mut app, Msg::Key(Key::ctrl(Code::Char('q'))));
        assert_eq!(app.effects, [Effect::Quit], "saved first, not quit");
        assert!(!app.quit);
        app.effects.clear();
        app.quitting = Some(PathBuf::from("/home/ana/Documente"));
        insta::assert_snapshot!(name(lang, size, "quit_unsaved"), screen(&app));
    }
}

/// WGL4, the 652 characters every Windows console font is sure to draw, as ranges.
const WGL4: &[(u32, u32)] = &[
    (0x20, 0x7E),
    (0xA0, 0x17F),
    (0x192, 0x192),
    (0x1FA, 0x1FF),
    (0x2C6, 0x2C7),
    (0x2C9, 0x2C9),
    (0x2D8, 0x2DD),
    (0x384, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x3CE),
    (0x401, 0x40C),
    (0x40E, 0x44F),
    (0x451, 0x45C),
    (0x45E, 0x45F),
    (0x490, 0x491),
    (0x1E80, 0x1E85),
    (0x1EF2, 0x1EF3),
    (0x2013, 0x2015),
    (0x2017, 0x201E),
    (0x2020, 0x2022),
    (0x2026, 0x2026),
    (0x2030, 0x2030),
    (0x2032, 0x2033),
    (0x2039, 0x203A),
    (0x203C, 0x203C),
    (0x203E, 0x203E),
    (0x2044, 0x2044),
    (0x207F, 0x207F),
    (0x20A3, 0x20A4),
    (0x20A7, 0x20A7),
    (0x20AC, 0x20AC),
    (0x2105, 0x2105),
    (0x2113, 0x2113),
    (0x2116, 0x2116),
    (0x2122, 0x2122),
    (0x2126, 0x2126),
    (0x212E, 0x212E),
    (0x215B, 0x215E),
    (0x2190, 0x2195),
    (0x21A8, 0x21A8),
    (0x2202, 0x2202),
    (0x2206, 0x2206),
    (0x220F, 0x220F),
    (0x2211, 0x2212),
    (0x2215, 0x2215),
    (0x2219, 0x221A),
    (0x221E, 0x221F),
    (0x2229, 0x2229),
    (0x222B, 0x222B),
    (0x2248, 0x2248),
    (0x2260, 0x2261),
    (0x2264, 0x2265),
    (0x2302, 0x2302),
    (0x2310, 0x2310),
    (0x2320, 0x2321),
    (0x2500, 0x2500),
    (0x2502, 0x2502),
    (0x250C, 0x250C),
    (0x2510, 0x2510),
    (0x2514, 0x2514),
    (0x2518, 0x2518),
    (0x251C, 0x251C),
    (0x2524, 0x2524),
    (0x252C, 0x252C),
    (0x2534, 0x2534),
    (0x253C, 0x253C),
    (0x2550, 0x256C),
    (0x2580, 0x2580),
    (0x2584, 0x2584),
    (0x2588, 0x2588),
    (0x258C, 0x258C),
    (0x2590, 0x2593),
    (0x25A0, 0x25A1),
    (0x25AA, 0x25AC),
    (0x25B2, 0x25B2),
    (0x25BA, 0x25BA),
    (0x25BC, 0x25BC),
    (0x25C4, 0x25C4),
    (0x25CA, 0x25CB),
    (0x25CF, 0x25CF),
    (0x25D8, 0x25D9),
    (0x25E6, 0x25E6),
    (0x263A, 0x263C),
    (0x2640, 0x2640),
    (0x2642, 0x2642),
    (0x2660, 0x2660),
    (0x2663, 0x2663),
    (0x2665, 0x2666),
    (0x266A, 0x266B),
    (0xFB01, 0xFB02),
];

fn in_wgl4(c: char) -> bool {
    WGL4.iter()
        .any(|(from, to)| (*from..=*to).contains(&u32::from(c)))
}

/// The wizard at 80×24 in Romanian, drawn with the safe symbols or without.
fn app_drawing(safe_symbols: bool) -> App {
    let templates = Templates::builtin().expect("built-in templates");
    let theme = Theme {
        color: false,
        safe_symbols,
    };
    App::new(Catalog::new(Lang::Ro), templates, theme, (80, 24))
}

/// Every screen and window of the wizard, with each of its marks on show: the home screen,
/// the welcome, each kind of step with the coach's findings, the photo picker, comments,
/// the review, help, preview, details and export, and the question Ctrl+Q asks.
fn every_screen(safe_symbols: bool) -> Vec<String> {
    use povestitor::service::PhotoFile;
    use povestitor::tui::app::{PhotoPicker, Reviewer};
    let mut shown = Vec::new();
    let mut app = app_drawing(safe_symbols);
    app.set_recent(vec![RecentDraft {
        path: PathBuf::from("povesti/clubul.toml"),
        title: "Clubul de lectură".into(),
        template_name: "Poveste de succes".into(),
        edited: "2026-11-20 17:45".into(),
        done: 5,
        total: 8,
    }]);
    shown.push(screen(&app));
    app.welcome = Some(PathBuf::from("/home/ana/Documente/Povestitor"));
    shown.push(screen(&app));

    let mut app = app_drawing(safe_symbols);
    let draft = commented_draft(&app);
    app.open(PathBuf::from("poveste.toml"), draft)
        .expect("open");
    typed(&mut app, "Bunicii online în Bălți");
    shown.push(screen(&app));
    send(&mut app, &[Key::alt(Code::Char('3'))]);
    typed(&mut app, " Mulţi  trăiesc singuri , iar .");
    send(
        &mut app,
        &[Key::ctrl(Code::Char('e')), Key::ctrl(Code::Char('e'))],
    );
    shown.push(screen(&app));
    send(
        &mut app,
        &[Key::alt(Code::Char('6')), Key::plain(Code::F(3))],
    );
    typed(
        &mut app,
        "Acum o văd pe nepoata mea.\nMaria Ciobanu\nparticipantă",
    );
    shown.push(screen(&app));
    send(&mut app, &[Key::alt(Code::Char('7'))]);
    if let Some(session) = app.session.as_mut() {
        let file = |name: &str, usable| PhotoFile {
            path: PathBuf::from(format!("/home/ana/Imagini/{name}")),
            name: name.into(),
            size: 2_400_000,
            modified: std::time::SystemTime::UNIX_EPOCH,
            usable,
        };
        let files = vec![file("atelier.jpg", true), file("grup.heic", false)];
        session.picker = Some(PhotoPicker::new(
            0,
            vec![PathBuf::from("/home/ana/Imagini")],
            files,
        ));
    }
    shown.push(screen(&app));
    if let Some(session) = app.session.as_mut() {
        session.picker = None;
    }
    send(&mut app, &[Key::alt(Code::Char('8')), PGDN]);
    shown.push(screen(&app));
    for key in [Code::F(1), Code::F(2), Code::F(4), Code::F(5)] {
        send(&mut app, &[Key::plain(key)]);
        shown.push(screen(&app));
        send(&mut app, &[Key::plain(Code::Esc)]);
    }
    send(
        &mut app,
        &[
            Key::plain(Code::F(5)),
            Key::plain(Code::Tab),
            Key::plain(Code::Left),
        ],
    );
    shown.push(screen(&app));
    send(&mut app, &[Key::plain(Code::Esc)]);
    app.quitting = Some(PathBuf::from("/home/ana/Documente"));
    shown.push(screen(&app));

    let mut app = app_drawing(safe_symbols);
    let draft = commented_draft(&app);
    let reviewer = Reviewer {
        name: "Ion Rusu".into(),
        today: "2026-11-25".into(),
    };
    app.open_for_review(PathBuf::from("poveste.toml"), draft, reviewer)
        .expect("open");
    send(&mut app, &[Key::alt(Code::Char('3'))]);
    shown.push(screen(&app));
    send(&mut app, &[Key::ctrl(Code::Char('t'))]);
    typed(&mut app, "Adăugați o frază.");
    shown.push(screen(&app));
    shown
}

/// The marks (neither letters, digits nor spaces) drawn on `screens`.
fn marks(screens: &[String]) -> std::collections::BTreeSet<char> {
    screens
        .iter()
        .flat_map(|s| s.chars())
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .collect()
}

/// In the safe mode every mark the wizard draws is one every Windows console font has; the
/// usual mode draws marks outside that set (so this test would see a mark left unmapped).
#[test]
fn the_safe_symbols_are_all_in_wgl4() {
    let usual = marks(&every_screen(false));
    let safe = marks(&every_screen(true));
    let outside: Vec<char> = safe.iter().copied().filter(|c| !in_wgl4(*c)).collect();
    assert!(
        outside.is_empty(),
        "outside WGL4 in the safe mode: {outside:?}"
    );
    let usual_outside: Vec<char> = usual.iter().copied().filter(|c| !in_wgl4(*c)).collect();
    for mark in ['✓', '✗', '✎', '▸', '▏'] {
        assert!(usual_outside.contains(&mark), "{mark} {usual_outside:?}");
    }
    // The marks of each mode, for whoever changes them.
    eprintln!("usual: {}", usual.iter().collect::<String>());
    eprintln!("safe:  {}", safe.iter().collect::<String>());
    // Letters are the story's: a Romanian ș stays ș.
    let screens = every_screen(true).join("\n");
    assert!(screens.contains("Bălți"), "{screens}");
}

/// The step list and the coach in the safe mode.
#[test]
fn the_step_list_with_the_safe_symbols() {
    let mut app = app_drawing(true);
    let draft = commented_draft(&app);
    app.open(PathBuf::from("poveste.toml"), draft)
        .expect("open");
    typed(&mut app, "Bunicii online");
    send(
        &mut app,
        &[Key::alt(Code::Char('3')), Key::ctrl(Code::Char('e'))],
    );
    insta::assert_snapshot!("safe_symbols_step_ro_80x24", screen(&app));
}

/// The export's sentences at 80 columns, whole: a file that is there (what Enter does next),
/// and the file written (its folder and its name), in every language.
#[test]
fn export_messages_are_read_whole_at_80_columns() {
    use povestitor::tui::app::ExportProblem;
    let path = PathBuf::from(
        "/home/biblioteca/Documente/Povestitor/bunicii-online-cum-au-invatat-varstnicii-din-balti.docx",
    );
    for lang in Lang::ALL {
        let size = (80, 24);
        let mut app = story(lang, size);
        typed(&mut app, "Bunicii online");
        send(&mut app, &[Key::plain(Code::F(5))]);
        update(
            &mut app,
            Msg::Exported(Err(ExportProblem::Exists(path.clone()))),
        );
        let shown = screen(&app);
        let joined: String = shown.split_whitespace().collect();
        let said = app.status.clone().expect("a message").text;
        assert!(
            joined.contains(&said.split_whitespace().collect::<String>()),
            "{said}\n{shown}"
        );
        insta::assert_snapshot!(name(lang, size, "export_exists"), shown);
        update(&mut app, Msg::Exported(Ok((path.clone(), Vec::new()))));
        let shown = screen(&app);
        let joined: String = shown.split_whitespace().collect();
        let said = app.status.clone().expect("a message").text;
        assert!(
            joined.contains(&said.split_whitespace().collect::<String>()),
            "{said}\n{shown}"
        );
        insta::assert_snapshot!(name(lang, size, "export_written"), shown);
    }
}

/// Review mode's sentence when the trainer types into the librarian's answer, whole at 80
/// columns with the title bar naming the review, in every language.
#[test]
fn review_messages_are_read_whole_at_80_columns() {
    use povestitor::tui::app::Reviewer;
    for lang in Lang::ALL {
        let size = (80, 24);
        let mut app = app(lang, size);
        let draft = commented_draft(&app);
        let reviewer = Reviewer {
            name: "Ion Rusu".into(),
            today: "2026-11-25".into(),
        };
        app.open_for_review(
            PathBuf::from("/home/formator/Documente/atelier-mai/ana-rusu-poveste.toml"),
            draft,
            reviewer,
        )
        .expect("open");
        send(&mut app, &[Key::alt(Code::Char('3'))]);
        typed(&mut app, "x");
        let said = app.status.clone().expect("a message").text;
        let shown = screen(&app);
        let joined: String = shown.split_whitespace().collect();
        assert!(
            joined.contains(&said.split_whitespace().collect::<String>()),
            "{said}\n{shown}"
        );
        let reviewing = app
            .catalog
            .t_args("header-reviewing", &[("name", "Ion Rusu".into())]);
        assert!(
            shown.lines().next().unwrap_or("").contains(&reviewing),
            "{shown}"
        );
        insta::assert_snapshot!(name(lang, size, "review_read_only"), shown);
    }
}
