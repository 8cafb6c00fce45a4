//! Spelling in the wizard: checked after a pause in typing (never per key), misspellings
//! underlined in the answer and listed with the coach's findings, a word taught to the
//! personal list no longer flagged. Driven by key messages, with the tests' small
//! dictionary standing in for the one the loop loads on a thread of its own.

use povestitor::coach::spelling::SpellerCache;
use povestitor::coach::{FindingKind, RuleId};
use povestitor::tui::app::Effect;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::update::update;
use povestitor::tui::widgets::Editor;

use crate::common::test_speller;
use crate::wizard::Wizard;

impl Wizard {
    fn slips(&self) -> Vec<(String, (usize, usize))> {
        self.findings()
            .iter()
            .filter(|f| f.rule == RuleId::Spelling)
            .filter_map(|f| match &f.kind {
                FindingKind::Misspelt { word, .. } => Some((word.clone(), f.span.unwrap())),
                _ => None,
            })
            .collect()
    }

    fn marked(&self) -> Option<String> {
        match &self.app.session.as_ref().unwrap().editor {
            Editor::Text(field) => field.marked().map(str::to_string),
            Editor::Items(_) => None,
        }
    }
}

#[test]
fn a_misspelling_appears_after_a_pause_is_underlined_and_taught_away() {
    let dir = tempfile::tempdir().unwrap();
    let speller = test_speller();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("p.toml"));
    w.typed("Carte la bibliotecra");
    // Typing alone never spells: that waits for a pause.
    assert!(w.slips().is_empty());
    assert!(w.app.spell_with(&speller), "the loop's pass after a pause");
    assert_eq!(w.slips(), [("bibliotecra".to_string(), (9, 20))]);
    let marked = w.marked().expect("the misspelling is underlined");
    assert!(marked.contains("bibliotecra"), "{marked}");

    // Typing again: the step's spelling waits for the next pause, no stale span is shown.
    w.typed(" azi");
    assert!(w.slips().is_empty());
    w.app.spell_with(&speller);
    assert_eq!(w.slips().len(), 1);

    // Ctrl+E selects it, Ctrl+D teaches it: the list is written and the word no longer
    // flagged once spelled again.
    w.key(Key::ctrl(Code::Char('e')));
    let selected = w
        .app
        .session
        .as_ref()
        .unwrap()
        .selected
        .clone()
        .expect("selected");
    assert_eq!(selected.rule, RuleId::Spelling);
    update(&mut w.app, Msg::Key(Key::ctrl(Code::Char('d'))));
    let effects = std::mem::take(&mut w.app.effects);
    assert_eq!(effects, [Effect::AddWord("bibliotecra".into())]);
    for effect in effects {
        povestitor::tui::run::carry_out(&mut w.app, &mut w.store, effect);
    }
    let list = std::fs::read_to_string(dir.path().join("personal-words.txt")).unwrap();
    assert_eq!(list.trim(), "bibliotecra");
    w.app.spell_with(&speller);
    assert!(w.slips().is_empty(), "{:?}", w.slips());
    assert_eq!(w.marked(), None, "nothing underlined any more");
}

#[test]
fn ctrl_r_on_a_misspelling_offers_its_corrections_and_the_choice_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let speller = std::sync::Arc::new(test_speller());
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("p.toml"));
    let cache = SpellerCache::default();
    cache.insert("ro", speller.clone());
    w.app.spellers = Some(cache);
    w.typed("Carte la bibliotecra");
    w.app.spell_with(&speller);
    // Ctrl+E selects the misspelling; it has no fix of its own: Ctrl+R asks the dictionary.
    w.key(Key::ctrl(Code::Char('e')));
    w.key(Key::ctrl(Code::Char('r')));
    let menu = w
        .app
        .session
        .as_ref()
        .unwrap()
        .suggestions
        .clone()
        .expect("the menu of corrections is open");
    assert_eq!(menu.word, "bibliotecra");
    assert!(
        !menu.choices.is_empty() && menu.choices.len() <= 3,
        "{:?}",
        menu.choices
    );
    assert!(
        menu.choices.contains(&"biblioteca".to_string()),
        "{:?}",
        menu.choices
    );

    // Drawn over the step: the word, the numbered corrections.
    let backend = ratatui::backend::TestBackend::new(100, 30);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| povestitor::tui::view::draw(frame, &w.app))
        .unwrap();
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(screen.contains("„bibliotecra”"), "{screen}");
    assert!(
        screen.contains(&format!("1 {}", menu.choices[0])),
        "{screen}"
    );

    // A typed letter does not reach the answer while the menu is open; Esc closes it.
    w.typed("x");
    assert_eq!(w.draft().answers.text("title"), "Carte la bibliotecra");
    w.key(Key::plain(Code::Esc));
    assert!(w.app.session.as_ref().unwrap().suggestions.is_none());

    // Open again (the misspelling is still selected) and take the correction "biblioteca"
    // by its number: the word is replaced in the answer, and Ctrl+Z brings it back.
    w.key(Key::ctrl(Code::Char('r')));
    assert!(w.app.session.as_ref().unwrap().suggestions.is_some());
    let n = menu.choices.iter().position(|c| c == "biblioteca").unwrap() + 1;
    w.typed(&n.to_string());
    assert!(w.app.session.as_ref().unwrap().suggestions.is_none());
    assert_eq!(w.draft().answers.text("title"), "Carte la biblioteca");
    w.key(Key::ctrl(Code::Char('z')));
    assert_eq!(w.draft().answers.text("title"), "Carte la bibliotecra");
}

#[test]
fn without_a_loaded_dictionary_ctrl_r_says_to_wait() {
    let dir = tempfile::tempdir().unwrap();
    let speller = test_speller();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("p.toml"));
    w.app.spellers = Some(SpellerCache::default());
    w.typed("Carte la bibliotecra");
    w.app.spell_with(&speller);
    w.key(Key::ctrl(Code::Char('e')));
    w.key(Key::ctrl(Code::Char('r')));
    assert!(w.app.session.as_ref().unwrap().suggestions.is_none());
    let status = w.app.status.as_ref().expect("a status").text.clone();
    assert_eq!(status, w.app.t("coach-dictionary-loading"));
}

#[test]
fn names_are_one_quiet_tip_and_ctrl_d_teaches_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let speller = test_speller();
    let mut w = Wizard::new_story(dir.path(), &dir.path().join("p.toml"));
    w.typed("Carte la Pociumbeni cu Ceban și la Pociumbeni");
    w.app.spell_with(&speller);
    // No warning at each name: one tip lists them.
    assert!(w.slips().is_empty(), "{:?}", w.slips());
    let tips: Vec<_> = w
        .findings()
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::NamesToCheck { .. }))
        .cloned()
        .collect();
    assert_eq!(tips.len(), 1);
    assert_eq!(
        tips[0].kind,
        FindingKind::NamesToCheck {
            names: vec!["Pociumbeni".into(), "Ceban".into()]
        }
    );
    let count = w.app.session.as_ref().unwrap().report.findings.len();
    for _ in 0..count {
        w.key(Key::ctrl(Code::Char('e')));
        let selected = w.app.session.as_ref().unwrap().selected.clone();
        if selected.is_some_and(|f| matches!(f.kind, FindingKind::NamesToCheck { .. })) {
            break;
        }
    }
    update(&mut w.app, Msg::Key(Key::ctrl(Code::Char('d'))));
    let effects = std::mem::take(&mut w.app.effects);
    assert_eq!(
        effects,
        [
            Effect::AddWord("Pociumbeni".into()),
            Effect::AddWord("Ceban".into())
        ]
    );
    for effect in effects {
        povestitor::tui::run::carry_out(&mut w.app, &mut w.store, effect);
    }
    w.app.spell_with(&speller);
    assert!(
        !w.findings()
            .iter()
            .any(|f| matches!(f.kind, FindingKind::NamesToCheck { .. })),
        "taught: no tip any more"
    );
}
