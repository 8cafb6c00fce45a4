//! The keystroke path: one key handled by `update` and the whole screen drawn, as the
//! wizard does for every key a librarian types (no disk I/O on this path).

use criterion::{Criterion, criterion_group, criterion_main};
use povestitor::i18n::{Catalog, Lang};
use povestitor::library::Library;
use povestitor::story::parse_draft;
use povestitor::tui::App;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use ratatui::{Terminal, backend::TestBackend};

/// The wizard at the "problem" step of the example story, a realistic amount of text.
fn wizard_at_a_full_step(width: u16, height: u16) -> App {
    let library = Library::builtin().expect("built-in templates");
    let example = library
        .get("success-story")
        .map(|t| t.example().unwrap_or_default())
        .expect("example");
    let draft = parse_draft(&example, "example.toml").expect("parses");
    let mut app = App::new(
        Catalog::new(Lang::Ro),
        library,
        Theme { color: true },
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

criterion_group!(benches, keystroke);
criterion_main!(benches);
