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
    App::new(Catalog::new(lang), templates, Theme { color: false }, size)
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

fn screen(app: &App) -> String {
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
