//! Property tests: the loaders, typography, rendering and the coach never panic on any
//! input, typography is idempotent, and a draft read from any TOML saves and reads back
//! the same. Case counts are kept low so the whole file runs in a few seconds.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use crate::strategies::{COMMENT_MARK, draft_toml, markdown, template_toml, text};
use povestitor::coach::{self, Finding, RuleId, Stats};
use povestitor::render::{Format, RenderOptions};
use povestitor::service::Templates;
use povestitor::story::{Draft, Item, load_draft, parse_draft, save_draft};
use povestitor::template::{StepKind, Template, TemplateSource, check_shape};

static LIBRARY: LazyLock<Templates> =
    LazyLock::new(|| Templates::builtin().expect("the built-in templates load"));

const LANGUAGES: [&str; 3] = ["ro", "en", "ru"];

/// `cases` runs, or `PROPTEST_CASES` when set (for a longer hunt by hand).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        // Shrinking a failure may take longer than the run; keep it bounded.
        max_shrink_iters: 2_000,
        // The failures found are kept beside this file (`properties.proptest-regressions`)
        // and tried first on every run. (proptest's default would put them in
        // `tests/proptest-regressions/`, since this folder has a `main.rs`.)
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// A draft of `template` whose every step has an answer made of `texts`.
fn draft_for(template: &Template, texts: &[String], items: usize) -> Draft {
    let mut draft = Draft::new(template);
    let mut next = texts.iter().cycle();
    let mut take = || next.next().cloned().unwrap_or_default();
    for step in &template.steps {
        if step.kind.is_repeatable() {
            let list = (0..items)
                .map(|_| {
                    let mut item = Item::default();
                    for field in step.kind.item_fields() {
                        item.set(field, take());
                    }
                    item.set("consent", take());
                    item
                })
                .collect();
            draft.answers.set_items(&step.id, list);
        } else {
            draft.answers.set_text(&step.id, take());
        }
    }
    draft.meta.author = take();
    draft.meta.institution = take();
    draft.meta.date = take();
    draft
}

/// Saves `draft` beside nothing else; returns what was written and the draft read back.
fn saved_and_loaded(draft: &Draft) -> (String, Draft) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("d.toml");
    save_draft(&path, draft).expect("the draft saves");
    let text = std::fs::read_to_string(&path).expect("the saved draft reads");
    (text, load_draft(&path).expect("the saved draft loads"))
}

/// The lines of `toml` that hold a comment a person wrote.
fn comments(toml: &str) -> Vec<&str> {
    toml.lines().filter(|l| l.contains(COMMENT_MARK)).collect()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_draft_loader_takes_any_text(s in "\\PC{0,200}", raw in any::<String>()) {
        let _ = parse_draft(&s, "d.toml");
        let _ = parse_draft(&raw, "d.toml");
    }

    #[test]
    fn typography_never_panics_and_is_idempotent(s in text()) {
        for language in LANGUAGES {
            let once = povestitor::render::typography::apply(&s, language);
            let twice = povestitor::render::typography::apply(&once, language);
            prop_assert_eq!(&twice, &once, "apply, {}", language);
            let once = povestitor::render::typography::apply_quoted(&s, language);
            let twice = povestitor::render::typography::apply_quoted(&once, language);
            prop_assert_eq!(&twice, &once, "apply_quoted, {}", language);
        }
    }

    #[test]
    fn markdown_converters_take_any_markdown(md in markdown()) {
        let _ = povestitor::render::html::fragment(&md);
        let _ = povestitor::render::html::standalone(&md, "t", "ro");
        let _ = povestitor::render::plain_text(&md, "ro");
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn a_hand_written_draft_saves_and_reads_back_the_same(toml in draft_toml(), new in text()) {
        let Ok(draft) = parse_draft(&toml, "d.toml") else {
            return Ok(());
        };
        let (text, again) = saved_and_loaded(&draft);
        prop_assert_eq!(&again, &draft);
        for comment in comments(&toml) {
            prop_assert!(text.contains(comment), "{:?} lost:\n{}", comment, text);
        }
        // Changed as the wizard changes it: a text, a new quote, one removed.
        let mut changed = draft.clone();
        changed.answers.set_text("title", new.clone());
        changed.answers.set_text("added", new.clone());
        let mut quotes = changed.answers.items("quotes");
        quotes.push(Item::default().with("text", &new));
        if quotes.len() > 2 {
            quotes.remove(0);
        }
        changed.answers.set_items("quotes", quotes);
        changed.meta.author = new;
        let (text, again) = saved_and_loaded(&changed);
        prop_assert_eq!(&again, &changed);
        // A changed value keeps the comment after it only while it is on one line.
        for comment in comments(&toml).iter().filter(|c| c.trim_start().starts_with(COMMENT_MARK)) {
            prop_assert!(text.contains(comment), "{:?} lost:\n{}", comment, text);
        }
    }

    #[test]
    fn the_template_loader_takes_any_template(toml in template_toml(), raw in "\\PC{0,120}") {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for text in [&toml, &raw] {
            std::fs::write(dir.path().join("template.toml"), text).expect("written");
            if let Ok(template) = toml::from_str::<Template>(text) {
                let _ = check_shape(&template, &TemplateSource::Folder(dir.path().to_path_buf()));
            }
        }
    }

    #[test]
    fn the_coach_takes_any_answers(texts in proptest::collection::vec(text(), 1..8), items in 0usize..3) {
        for loaded in LIBRARY.iter() {
            let draft = draft_for(&loaded.template, &texts, items);
            let report = povestitor::coach::check(&loaded.template, &draft);
            // The errors alone (what a workshop's book decides by) are the whole check's.
            let errors: Vec<_> = report
                .findings
                .into_iter()
                .filter(|f| f.severity == povestitor::coach::Severity::Error)
                .collect();
            prop_assert_eq!(povestitor::coach::errors(&loaded.template, &draft), errors);
        }
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn every_layout_renders_any_answers_in_every_format(
        texts in proptest::collection::vec(text(), 1..8),
        items in 0usize..3,
    ) {
        let formats = [Format::Md, Format::Html, Format::Txt, Format::Docx];
        for loaded in LIBRARY.iter() {
            let draft = draft_for(&loaded.template, &texts, items);
            for layout in &loaded.template.layouts {
                for format in formats {
                    for standalone in [false, true] {
                        let options = RenderOptions { standalone, base_dir: None };
                        let _ = povestitor::render::render(loaded, &draft, &layout.id, format, options);
                    }
                }
            }
        }
    }
}

/// Slips the coach finds and mends (issue #22 among them), and words to put them between.
const SLIPS: &[&str] = &[
    "ş",
    "ţ",
    "Ş",
    "  ",
    " ,",
    " .",
    " ,x",
    ".Bălți",
    "mun.Bălți",
    ",reviste",
    ":Ion",
    ",,Citat” ",
    "a,,Citat”",
    "„ Nu ”",
    "« так »",
    "APL-lui",
    "ONG-rile",
    "visa-vis",
    "Vis-a-vis",
    " Курдогло-гагаузский писатель",
    "Ion Druță-scriitor român",
    "\"",
    "\"citat\" ",
    "și și",
    "şi și",
    "carte carte",
    "în  cadrul",
    "în cadrul",
    "в рамках",
    "the the",
    "don't",
    " - ",
    "...",
    "2020г.Автор",
    "является.Труд",
    "E. Coșeriu",
    "mun. ",
    "г. ",
    "\n",
    " ",
    " a ",
    "Biblioteca",
    " cititori",
    "x",
    "12",
    ". ",
    "Nu.",
];

/// Text with slips in it: pieces of [`SLIPS`] and any text.
fn slip_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(SLIPS).prop_map(str::to_string),
        1 => text(),
    ];
    proptest::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

/// `draft` with the text `finding` is about replaced by `text`.
fn with_text(draft: &Draft, finding: &Finding, text: String) -> Draft {
    let mut changed = draft.clone();
    let step = finding
        .step_id
        .as_deref()
        .expect("a finding with a fix is about a step");
    match (finding.item, finding.field) {
        (Some(n), Some(field)) => {
            let mut items = changed.answers.items(step);
            items[n - 1].set(field, text);
            changed.answers.set_items(step, items);
        }
        _ => changed.answers.set_text(step, text),
    }
    changed
}

/// The rules that measure (words, sentences, characters): a fix that changes what they
/// measure (`Курдогло-гагаузский` is one word, `Курдогло — гагаузский` two) may bring one.
fn measures(rule: RuleId) -> bool {
    matches!(
        rule,
        RuleId::MinWords
            | RuleId::MaxWords
            | RuleId::ArticleLength
            | RuleId::TitleLength
            | RuleId::LongSentence
    )
}

proptest! {
    #![proptest_config(config(32))]

    /// No fix makes a text worse: applying every place of a finding's fix and checking
    /// again never brings a finding of a rule the story did not have, but for the rules
    /// that measure when the fix changed the words, sentences or length they measure.
    #[test]
    fn a_fix_never_brings_a_rule_that_was_not_there(
        texts in proptest::collection::vec(slip_text(), 1..6),
        items in 0usize..3,
    ) {
        for loaded in LIBRARY.iter() {
            let template = &loaded.template;
            let draft = draft_for(template, &texts, items);
            let report = coach::check(template, &draft);
            let before: BTreeSet<RuleId> = report.findings.iter().map(|f| f.rule).collect();
            for finding in report.findings.iter().filter(|f| f.fix.is_some()) {
                let text = coach::text_of(&draft, finding).expect("the text of a fix");
                let fixed = coach::apply_fix(&text, finding).expect("a fix fits its text");
                prop_assert_ne!(&fixed, text.as_ref(), "{:?} changes nothing", finding);
                let measured = |t: &str| (Stats::of(t, &template.language), t.chars().count());
                let remeasured = measured(&text) != measured(&fixed);
                let after = coach::check(template, &with_text(&draft, finding, fixed.clone()));
                for new in after.findings.iter().filter(|f| !before.contains(&f.rule)) {
                    prop_assert!(
                        measures(new.rule) && remeasured,
                        "{}: the fix of {:?}\nturns {:?}\ninto {:?}\nand brings {:?}",
                        template.id, finding, text, fixed, new
                    );
                }
            }
        }
    }
}

#[test]
fn drafts_made_for_the_properties_cover_every_kind_of_step() {
    let kinds: Vec<StepKind> = LIBRARY
        .iter()
        .flat_map(|l| l.template.steps.iter().map(|s| s.kind))
        .collect();
    for kind in [
        StepKind::Line,
        StepKind::Text,
        StepKind::Quotes,
        StepKind::Photos,
    ] {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
}
