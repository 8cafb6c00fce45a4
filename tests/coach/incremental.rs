//! The wizard's keystroke path has the coach read only the edited step, and of it only the
//! changed paragraphs (`coach::Memo`). Its report must be exactly what a whole check of
//! the same draft says: after every edit of a long random sequence, on every step kind, in
//! the Romanian, English and Russian templates.

use povestitor::coach::{self, Memo};
use povestitor::service::Templates;
use povestitor::story::{Draft, Item, parse_draft};
use povestitor::template::{StepKind, Template};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Pieces typed into the answers: what each rule looks for (cedillas, spaces, straight
/// quotes, weak phrases in three languages, doubled words, numbers, long sentences, the
/// slips of issue #22), line ends, and letters whose lowercase is longer or depends on
/// what follows. Repeats of each are one finding of several places.
const PIECES: &[&str] = &[
    "ş",
    "Ţara",
    " ",
    "  ",
    " ,",
    " .",
    "\"",
    "\"citat\" ",
    "în cadrul",
    "in the framework of",
    "в рамках",
    " carte carte ",
    " the the ",
    "12",
    "trei",
    "\n",
    "\n\n",
    ". ",
    "Oamenii au venit la bibliotecă și au citit cărți multe despre satul lor și despre \
     oamenii lui care au trăit acolo de demult până astăzi fără să plece nicăieri altundeva",
    "İstanbul",
    "ΟΔΟΣ",
    "слово слово",
    "x",
    // The slips of issue #22: a missing space, commas for a quote, spaces inside quotes,
    // an abbreviation's article, a calque, a hyphen for a dash, abbreviations and initials.
    "mun.Bălți",
    ",,Inițiativa” ",
    "„ Nu ” ",
    "APL-lui ",
    "visa-vis",
    " Курдогло-гагаузский писатель",
    "2020г.Автор",
    " mun. Bălți și E. Coșeriu",
    " г. Бельцы",
];

/// One edit: which step, what is done to it, where, and with what.
#[derive(Debug, Clone)]
struct Edit {
    step: usize,
    kind: u8,
    at: usize,
    len: usize,
    piece: usize,
    item: usize,
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        (
            0usize..32,
            0u8..10,
            0usize..4000,
            0usize..40,
            0usize..64,
            0usize..4,
        )
            .prop_map(|(step, kind, at, len, piece, item)| Edit {
                step,
                kind,
                at,
                len,
                piece,
                item,
            }),
        1..40,
    )
}

/// `text` with `piece` inserted before character `at` (clamped).
fn insert(text: &str, at: usize, piece: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at.min(chars.len());
    let mut out: String = chars[..at].iter().collect();
    out.push_str(piece);
    out.extend(&chars[at..]);
    out
}

/// `text` without characters `at..at + len` (clamped).
fn delete(text: &str, at: usize, len: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at.min(chars.len());
    let end = (at + len).min(chars.len());
    chars[..at].iter().chain(&chars[end..]).collect()
}

/// Applies `edit` to one text.
fn edit_text(text: &str, edit: &Edit) -> String {
    let piece = PIECES[edit.piece % PIECES.len()];
    match edit.kind {
        0..=4 => insert(text, edit.at, piece),
        5 | 6 => delete(text, edit.at, edit.len),
        7 => String::new(),
        _ => insert(text, usize::MAX, piece),
    }
}

/// Applies `edit` to the draft; returns the id of the step it changed.
fn apply(template: &Template, draft: &mut Draft, edit: &Edit) -> String {
    let step = &template.steps[edit.step % template.steps.len()];
    match step.kind {
        StepKind::Line | StepKind::Text => {
            let text = edit_text(draft.answers.text(&step.id), edit);
            draft.answers.set_text(&step.id, text);
        }
        StepKind::Quotes | StepKind::Photos => {
            let mut items = draft.answers.items(&step.id);
            let fields = step.kind.item_fields();
            match edit.kind {
                // A new empty item, and an item removed.
                9 if edit.len.is_multiple_of(3) => items.push(Item::default()),
                7 if !items.is_empty() && edit.len.is_multiple_of(2) => {
                    items.remove(edit.item % items.len());
                }
                _ if !items.is_empty() => {
                    let i = edit.item % items.len();
                    let field = fields[edit.at % fields.len()];
                    let text = edit_text(items[i].get(field), edit);
                    items[i].set(field, text);
                }
                _ => items.push(Item::default().with(fields[0], PIECES[edit.piece % 8])),
            }
            draft.answers.set_items(&step.id, items);
        }
    }
    // Now and then the details change (the date is an article rule).
    if edit.piece.is_multiple_of(11) {
        draft.meta.date = ["", "2026-11-29", "29 noiembrie"][edit.len % 3].to_string();
    }
    step.id.clone()
}

/// Runs random edit sequences on the example story of `template_id`.
fn incremental_equals_whole(template_id: &str) {
    let templates = Templates::builtin().expect("built-in templates");
    let loaded = templates.get(template_id).expect("the template");
    let template = &loaded.template;
    let example = loaded.example().expect("an example story");
    let start = parse_draft(&example, "example.toml").expect("the example parses");
    let mut runner = TestRunner::new(Config {
        cases: 48,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&edits(), |edits| {
            let mut draft = start.clone();
            let mut report = coach::check(template, &draft);
            let mut memo = Memo::default();
            for edit in &edits {
                let step = apply(template, &mut draft, edit);
                memo.recheck_step(&mut report, template, &draft, &step);
                let whole = coach::check(template, &draft);
                prop_assert_eq!(&report, &whole, "after {:?}", edit);
                for (i, step) in template.steps.iter().enumerate() {
                    prop_assert_eq!(
                        report.readability.steps[i].1.words,
                        draft.answers.word_count(step),
                        "the words of {}",
                        step.id
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn romanian_story_edited_step_by_step_reads_as_a_whole_check() {
    incremental_equals_whole("success-story");
}

#[test]
fn most_significant_change_story_edited_step_by_step_reads_as_a_whole_check() {
    incremental_equals_whole("most-significant-change");
}

#[test]
fn english_story_edited_step_by_step_reads_as_a_whole_check() {
    incremental_equals_whole("success-story-en");
}

#[test]
fn russian_story_edited_step_by_step_reads_as_a_whole_check() {
    incremental_equals_whole("success-story-ru");
}

/// A long answer typed into a character at a time, in the middle of its tenth paragraph,
/// as the wizard does; the report after each key equals a whole check.
#[test]
fn typing_into_a_long_answer_keeps_the_report_whole() {
    let templates = Templates::builtin().expect("built-in templates");
    let loaded = templates.get("success-story").expect("the template");
    let template = &loaded.template;
    let example = loaded.example().expect("an example story");
    let mut draft = parse_draft(&example, "example.toml").expect("the example parses");
    let paragraph = "Într-o zi de toamnă, biblioteca din sat s-a umplut de copii. \
        Bibliotecara a pregătit cărți noi în cadrul proiectului.";
    let long = vec![paragraph; 40].join("\n");
    draft.answers.set_text("problem", long);
    let mut report = coach::check(template, &draft);
    let mut memo = Memo::default();
    let tenth: usize = paragraph.chars().count() * 9 + 9 + 20;
    for (i, c) in "  ,şi  şi \"da\" , 7".chars().enumerate() {
        let text = insert(draft.answers.text("problem"), tenth + i, &c.to_string());
        draft.answers.set_text("problem", text);
        memo.recheck_step(&mut report, template, &draft, "problem");
        assert_eq!(report, coach::check(template, &draft), "after typing {c:?}");
    }
}

/// In the wizard: each key has only the step on screen read again, and the report stays
/// what a whole check says; after a pause the loop checks the whole draft again, even with
/// no dictionary to spell with.
#[test]
fn the_wizard_keeps_the_report_whole_and_settles_after_a_pause() {
    use povestitor::i18n::{Catalog, Lang};
    use povestitor::tui::App;
    use povestitor::tui::msg::{Code, Key, Msg};
    use povestitor::tui::theme::Theme;
    use povestitor::tui::update::update;

    let templates = Templates::builtin().expect("built-in templates");
    let loaded = templates.get("success-story").expect("the template");
    let template = loaded.template.clone();
    let draft = parse_draft(&loaded.example().expect("example"), "example.toml").expect("parses");
    let mut app = App::new(
        Catalog::new(Lang::Ro),
        templates,
        Theme {
            color: true,
            safe_symbols: false,
        },
        (80, 24),
    );
    app.open("example.toml".into(), draft).expect("opens");
    for _ in 0..2 {
        update(&mut app, Msg::Key(Key::plain(Code::PageDown)));
    }
    for c in " Mulţi  pensionari , \"da\" în cadrul\n7".chars() {
        let code = if c == '\n' {
            Code::Enter
        } else {
            Code::Char(c)
        };
        update(&mut app, Msg::Key(Key::plain(code)));
        let session = app.session.as_ref().expect("a session");
        assert!(!session.settled, "a key has only the step read again");
        assert_eq!(
            session.report,
            coach::check(&template, &session.draft),
            "after {c:?}"
        );
    }
    assert!(app.spell_pending(), "the pause has the whole draft checked");
    let session = app.session.as_ref().expect("a session");
    assert!(session.settled);
    assert_eq!(session.report, coach::check(&template, &session.draft));
    assert!(!app.spell_pending(), "nothing left to do");
}

/// A paragraph starts a sentence for every rule, read alone or in its text: a capital
/// after a line end is no name before a dash, a number on the line before is not the
/// year of `г.`.
#[test]
fn a_new_line_starts_a_sentence_read_alone_or_whole() {
    let templates = Templates::builtin().expect("built-in templates");
    for (id, lines) in [
        (
            "success-story",
            ["Am venit", " Ion-scriitorul vine mâine", "Gata"],
        ),
        (
            "success-story-ru",
            [
                "Пришли в 2020",
                "г. Бельцы встретил нас. Курдогло-гагаузский писатель",
                "Всё",
            ],
        ),
    ] {
        let loaded = templates.get(id).expect("the template");
        let template = &loaded.template;
        let example = loaded.example().expect("an example story");
        let mut draft = parse_draft(&example, "example.toml").expect("the example parses");
        let mut report = coach::check(template, &draft);
        let mut memo = Memo::default();
        let mut text = String::new();
        for line in lines {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(line);
            draft.answers.set_text("title", text.clone());
            memo.recheck_step(&mut report, template, &draft, "title");
            assert_eq!(report, coach::check(template, &draft), "{id}: {text:?}");
        }
    }
}
