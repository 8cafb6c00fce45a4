//! `check`, the wizard's side list and its review screen say the same about every step:
//! over the three model stories and a half-written one. Each surface is read as a person
//! sees it: `check`'s output from the real binary, the side list and the review from the
//! drawn screen.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{copy_example, povestitor, stdout_of};
use povestitor::i18n::{Catalog, Lang};
use povestitor::service::Templates;
use povestitor::story::{Draft, Item, load_draft, save_draft};
use povestitor::tui::App;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Tall enough for the whole review of a model story without scrolling.
const SIZE: (u16, u16) = (120, 400);
const MARKS: [char; 4] = ['·', '…', '!', '✓'];

/// A story begun and left: a title far too long, a lead too short, no problem, one
/// complete quote, a photo without caption, the rest empty.
fn half_written(dir: &Path) -> PathBuf {
    let templates = Templates::builtin().unwrap();
    let template = &templates.get("success-story").unwrap().template;
    let mut draft = Draft::new(template);
    draft.meta.date = "2026-11-25".into();
    let long_title = "Bunicii din Bălți învață internetul la bibliotecă ".repeat(3);
    draft.answers.set_text("title", long_title);
    draft.answers.set_text("lead", "Un curs.".into());
    draft.answers.set_items(
        "quotes",
        vec![
            Item::default()
                .with(
                    "text",
                    "Acum îmi sun nepoții pe video în fiecare duminică seara.",
                )
                .with("author", "Maria Rusu")
                .with("role", "cititoare, 70 de ani")
                .with("consent", "yes"),
        ],
    );
    draft
        .answers
        .set_items("photos", vec![Item::default().with("path", "curs.jpg")]);
    let path = dir.join("jumatate.toml");
    save_draft(&path, &draft).unwrap();
    path
}

/// Step number → mark from `check`'s "Pașii:" line, and its exit code.
fn check_says(home: &Path, draft: &Path) -> (BTreeMap<usize, char>, i32) {
    let out = povestitor(home)
        .args(["--lang", "ro", "check"])
        .arg(draft)
        .output()
        .unwrap();
    let text = stdout_of(&out);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("Pașii:"))
        .unwrap_or_else(|| panic!("no steps line:\n{text}"));
    let parts: Vec<&str> = line.split_whitespace().collect();
    let marks = parts
        .chunks(2)
        .map(|pair| (pair[0].parse().unwrap(), pair[1].chars().next().unwrap()))
        .collect();
    (marks, out.status.code().unwrap_or(-1))
}

/// The review screen of `draft` as drawn, with the side list beside it.
fn review_screen(draft: Draft, steps: usize) -> Vec<String> {
    let templates = Templates::builtin().unwrap();
    let mut app = App::new(
        Catalog::new(Lang::Ro),
        templates,
        Theme {
            color: false,
            safe_symbols: false,
        },
        SIZE,
    );
    app.open(PathBuf::from("poveste.toml"), draft).unwrap();
    for _ in 0..steps {
        update(&mut app, Msg::Key(Key::plain(Code::PageDown)));
    }
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal.draw(|frame| view::draw(frame, &app)).unwrap();
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .chunks(buffer.area.width as usize)
        .map(|row| row.iter().map(|cell| cell.symbol()).collect::<String>())
        .collect()
}

/// The mark before "N. " at the start of `text` (after the side list's pointer).
fn mark_of(text: &str) -> Option<(usize, char)> {
    let text = text.trim_start_matches(['▸', ' ']);
    let mut chars = text.chars();
    let mark = chars.next().filter(|c| MARKS.contains(c))?;
    let rest = chars.as_str().strip_prefix(' ')?;
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    rest[number.len()..].starts_with(". ").then_some(())?;
    Some((number.parse().ok()?, mark))
}

/// Step number → mark, for the side list (left of the first `│`) and for the review's
/// headings (right of it).
fn marks(screen: &[String]) -> (BTreeMap<usize, char>, BTreeMap<usize, char>) {
    let (mut side, mut review) = (BTreeMap::new(), BTreeMap::new());
    for row in screen {
        let Some((left, right)) = row.split_once('│') else {
            continue;
        };
        side.extend(mark_of(left));
        review.extend(mark_of(right.trim_start()));
    }
    (side, review)
}

fn agree(home: &Path, path: &Path) {
    let draft = load_draft(path).unwrap();
    let templates = Templates::builtin().unwrap();
    let template = templates.get(&draft.template).unwrap().template.clone();
    let steps = template.steps.len();
    let screen = review_screen(draft, steps);
    let (side, review) = marks(&screen);
    let all: Vec<usize> = (1..=steps).collect();
    assert_eq!(
        side.keys().copied().collect::<Vec<_>>(),
        all,
        "side list:\n{}",
        screen.join("\n")
    );
    assert_eq!(side, review, "the side list and the review headings differ");

    let (from_check, code) = check_says(home, path);
    assert_eq!(
        from_check,
        side,
        "{}: check and the side list differ",
        path.display()
    );
    // An empty required step is the one mark that is an error; check exits 1 for errors.
    let stdout = stdout_of(
        &povestitor(home)
            .args(["--lang", "ro", "check"])
            .arg(path)
            .output()
            .unwrap(),
    );
    let errors = stdout.contains("De corectat:");
    assert_eq!(
        code,
        if errors { 1 } else { 0 },
        "check's exit code:\n{stdout}"
    );
    let empty_required = template
        .steps
        .iter()
        .enumerate()
        .any(|(i, step)| step.required && side[&(i + 1)] == '·');
    assert!(
        !empty_required || errors,
        "an empty required step is an error"
    );
}

#[test]
fn check_the_side_list_and_the_review_agree_on_every_step() {
    let home = tempfile::tempdir().unwrap();
    for id in [
        "success-story",
        "success-story-en",
        "success-story-ru",
        "most-significant-change",
    ] {
        let dir = home.path().join(id);
        std::fs::create_dir_all(&dir).unwrap();
        agree(home.path(), &copy_example(id, &dir));
    }
    let half = half_written(home.path());
    agree(home.path(), &half);

    // The half-written story shows every kind of mark, so the comparison means something.
    let screen = review_screen(load_draft(&half).unwrap(), 8);
    let (side, _) = marks(&screen);
    let shown: String = side.values().collect();
    for mark in MARKS {
        assert!(shown.contains(mark), "{mark} in {shown}");
    }
}
