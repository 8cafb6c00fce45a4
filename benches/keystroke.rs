//! The keystroke path: one key handled by `update` and the whole screen drawn, as the
//! wizard does for every key a librarian types (no disk I/O on this path), on the model story
//! and on two 20,000-word drafts; a preview frame; and the home screen with 200 drafts in
//! the folder (this one reads the disk, as the wizard does when it starts).

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::i18n::{Catalog, Lang};
use povestitor::service::Templates;
use povestitor::story::{Draft, parse_draft};
use povestitor::tui::App;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::{Places, Store};
use ratatui::{Terminal, backend::TestBackend};

/// Builds a draft from the built-in templates.
type MakeDraft = fn(&Templates) -> Draft;

/// The model story, as a draft.
fn model_story(templates: &Templates) -> Draft {
    let example = templates
        .get("success-story")
        .map(|t| t.example().unwrap_or_default())
        .expect("example");
    parse_draft(&example, "example.toml").expect("parses")
}

/// About `words` words of ordinary Romanian story prose, in paragraphs of about 100 words.
fn prose(words: usize) -> String {
    let paragraph = "Într-o zi de toamnă, biblioteca publică din sat s-a umplut de copii și de \
        părinți. Bibliotecara a pregătit douăzeci și cinci de cărți noi și o expoziție despre \
        istoria satului. Învățătoarea a venit cu elevii clasei a treia, iar bătrânii și-au \
        amintit de cărțile citite în tinerețe. Cititorii au stat până seara, iar cei mai mici \
        au desenat personajele preferate. Proiectul, susținut de primărie și de o asociație \
        locală, continuă în fiecare sâmbătă. Primarul spune că sprijină activitățile pentru \
        comunitate, mai ales lecturile de vară, iar părinții cer mai multe ateliere.";
    let each = povestitor::text::word_count(paragraph);
    let mut text = String::new();
    let mut count = 0;
    while count + each <= words {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(paragraph);
        count += each;
    }
    text
}

/// The model story with one 20,000-word answer (the "problem" step).
fn one_long_answer(templates: &Templates) -> Draft {
    let mut draft = model_story(templates);
    draft.answers.set_text("problem", prose(20_000));
    draft
}

/// The model story with 20 answers of 1,000 words: the template has five text steps, so
/// those five get 1,000 words each, and fifteen quotes of 1,000 words make the other 15.
fn twenty_answers(templates: &Templates) -> Draft {
    let mut draft = model_story(templates);
    let thousand = prose(1_000);
    for step in ["lead", "problem", "action", "result", "next_steps"] {
        draft.answers.set_text(step, thousand.clone());
    }
    let quote = draft
        .answers
        .items("quotes")
        .first()
        .cloned()
        .expect("a quote");
    let quotes = (0..15)
        .map(|_| quote.clone().with("text", &thousand))
        .collect();
    draft.answers.set_items("quotes", quotes);
    draft
}

/// The wizard at the "problem" step of the example story, a realistic amount of text.
fn wizard_at_a_full_step(width: u16, height: u16) -> App {
    wizard_at_problem(width, height, model_story)
}

/// The wizard at the "problem" step of the draft `make` builds.
fn wizard_at_problem(width: u16, height: u16, make: MakeDraft) -> App {
    let templates = Templates::builtin().expect("built-in templates");
    let draft = make(&templates);
    let mut app = App::new(
        Catalog::new(Lang::Ro),
        templates,
        Theme {
            color: true,
            safe_symbols: false,
        },
        (width, height),
    );
    app.open("example.toml".into(), draft).expect("opens");
    for _ in 0..2 {
        update(&mut app, Msg::Key(Key::plain(Code::PageDown)));
    }
    app.effects.clear();
    app
}

fn keystroke(c: &mut Criterion) {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = wizard_at_a_full_step(width, height);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        c.bench_function(&format!("type a letter and draw {width}x{height}"), |b| {
            b.iter(|| {
                update(&mut app, Msg::Key(Key::plain(Code::Char('ș'))));
                update(&mut app, Msg::Key(Key::plain(Code::Backspace)));
                app.effects.clear();
                terminal
                    .draw(|frame| povestitor::tui::view::draw(frame, &app))
                    .expect("draws");
            })
        });
    }
    // The big drafts: one 20,000-word answer, and 20 answers of 1,000 words.
    let drafts: [(&str, MakeDraft); 2] = [
        ("one 20,000-word answer", one_long_answer),
        ("20 answers of 1,000 words", twenty_answers),
    ];
    for (name, make) in drafts {
        for (width, height) in [(80, 24), (120, 40)] {
            let mut app = wizard_at_problem(width, height, make);
            let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
            c.bench_function(
                &format!("type a letter and draw {width}x{height}, {name}"),
                |b| {
                    b.iter(|| {
                        update(&mut app, Msg::Key(Key::plain(Code::Char('ș'))));
                        update(&mut app, Msg::Key(Key::plain(Code::Backspace)));
                        app.effects.clear();
                        terminal
                            .draw(|frame| povestitor::tui::view::draw(frame, &app))
                            .expect("draws");
                    })
                },
            );
        }
    }
    // Where the time of the big drafts goes: the key alone, and the frame alone.
    for (name, make) in drafts {
        let mut app = wizard_at_problem(80, 24, make);
        c.bench_function(&format!("type a letter, no drawing, {name}"), |b| {
            b.iter(|| {
                update(&mut app, Msg::Key(Key::plain(Code::Char('ș'))));
                update(&mut app, Msg::Key(Key::plain(Code::Backspace)));
                app.effects.clear();
            })
        });
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        c.bench_function(&format!("draw only 80x24, {name}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| povestitor::tui::view::draw(frame, &app))
                    .expect("draws");
            })
        });
    }
    // A preview frame: F2 renders the article and shows it, F2 again goes back.
    let mut app = wizard_at_a_full_step(80, 24);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    c.bench_function("preview: open (renders the article) and draw 80x24", |b| {
        b.iter(|| {
            update(&mut app, Msg::Key(Key::plain(Code::F(2))));
            terminal
                .draw(|frame| povestitor::tui::view::draw(frame, &app))
                .expect("draws");
            update(&mut app, Msg::Key(Key::plain(Code::F(2))));
            app.effects.clear();
        })
    });
    update(&mut app, Msg::Key(Key::plain(Code::F(2))));
    app.effects.clear();
    c.bench_function("preview: draw one frame 80x24", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| povestitor::tui::view::draw(frame, &app))
                .expect("draws");
        })
    });
    // The coach's panel on screen: the step has findings with spans, one of them selected.
    let mut app = wizard_at_a_full_step(80, 24);
    for c in " Mulţi  pensionari , şi \"alţii\" .".chars() {
        update(&mut app, Msg::Key(Key::plain(Code::Char(c))));
    }
    update(&mut app, Msg::Key(Key::ctrl(Code::Char('e'))));
    app.effects.clear();
    let step = app.session.as_ref().map(|s| s.step).expect("a session");
    let findings = app.session.as_ref().map(|s| s.findings.of_step(step).len());
    assert!(findings > Some(2), "the step has findings: {findings:?}");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    c.bench_function("type a letter and draw 80x24, step with findings", |b| {
        b.iter(|| {
            update(&mut app, Msg::Key(Key::plain(Code::Char('ş'))));
            update(&mut app, Msg::Key(Key::plain(Code::Backspace)));
            app.effects.clear();
            terminal
                .draw(|frame| povestitor::tui::view::draw(frame, &app))
                .expect("draws");
        })
    });
    let mut app = wizard_at_a_full_step(80, 24);
    c.bench_function("type a letter, no drawing", |b| {
        b.iter(|| {
            update(&mut app, Msg::Key(Key::plain(Code::Char('ș'))));
            update(&mut app, Msg::Key(Key::plain(Code::Backspace)));
            app.effects.clear();
        })
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    c.bench_function("draw only 80x24", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| povestitor::tui::view::draw(frame, &app))
                .expect("draws");
        })
    });
    c.bench_function("next step, no drawing", |b| {
        b.iter(|| {
            update(&mut app, Msg::Key(Key::plain(Code::PageDown)));
            update(&mut app, Msg::Key(Key::plain(Code::PageUp)));
            app.effects.clear();
        })
    });
}

/// The home screen with 200 drafts in the drafts folder: the folder read (every draft
/// parsed), the menu filled and the first frame drawn, as the wizard starts.
fn home(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("a temp folder");
    let places = Places::under(folder.path());
    std::fs::create_dir_all(&places.drafts).expect("the drafts folder");
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/story-templates/success-story/example.toml"
    ))
    .expect("the model story");
    for i in 0..200 {
        std::fs::write(places.drafts.join(format!("story-{i:03}.toml")), &example)
            .expect("writes a draft");
    }
    let store = Store::new(places, "2026-11-29".into());
    let mut app = App::new(
        Catalog::new(Lang::Ro),
        Templates::builtin().expect("built-in templates"),
        Theme {
            color: true,
            safe_symbols: false,
        },
        (80, 24),
    );
    assert_eq!(
        store.recent(&app.templates).len(),
        8,
        "the home screen lists 8"
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    c.bench_function("home screen, 200 drafts: read, fill and draw 80x24", |b| {
        b.iter(|| {
            let recent = store.recent(&app.templates);
            app.set_recent(recent);
            terminal
                .draw(|frame| povestitor::tui::view::draw(frame, &app))
                .expect("draws");
        })
    });
}

criterion_group!(benches, keystroke, home);
criterion_main!(benches);
