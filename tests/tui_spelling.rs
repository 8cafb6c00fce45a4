//! Spelling in the wizard: checked after a pause in typing (never per key), misspellings
//! underlined in the answer and listed with the coach's findings, a word taught to the
//! personal list no longer flagged. Driven by key messages, with the tests' small
//! dictionary standing in for the one the loop loads on a thread of its own.

use std::path::Path;

use povestitor::coach::spelling::Speller;
use povestitor::coach::{FindingKind, RuleId};
use povestitor::tui::app::Effect;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::update::update;
use povestitor::tui::widgets::Editor;

mod wizard;

use wizard::Wizard;

fn speller() -> Speller {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries");
    let aff = std::fs::read_to_string(dir.join("xx_TEST.aff")).unwrap();
    let dic = std::fs::read_to_string(dir.join("xx_TEST.dic")).unwrap();
    Speller::from_strings(&aff, &dic)
        .unwrap()
        .with_language("ro")
}

impl Wizard {
    fn key(&mut self, key: Key) {
        self.keys(&[key]);
    }

    fn slips(&self) -> Vec<(String, (usize, usize))> {
        let session = self.app.session.as_ref().unwrap();
        session
            .report
            .findings
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
    let speller = speller();
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
        w.store.apply(&mut w.app, effect);
    }
    let list = std::fs::read_to_string(dir.path().join("personal-words.txt")).unwrap();
    assert_eq!(list.trim(), "bibliotecra");
    w.app.spell_with(&speller);
    assert!(w.slips().is_empty(), "{:?}", w.slips());
    assert_eq!(w.marked(), None, "nothing underlined any more");
}
