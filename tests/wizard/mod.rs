//! The wizard driven by key messages, with its effects carried out by a real store in a
//! temporary folder: what the flow tests share. Files that need more add their own
//! `impl Wizard` blocks.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use povestitor::i18n::{Catalog, Lang};
use povestitor::service::Templates;
use povestitor::tui::app::Reviewer;
use povestitor::tui::msg::{Code, Key, Msg};
use povestitor::tui::theme::Theme;
use povestitor::tui::update::update;
use povestitor::tui::{App, Places, Store};

/// A key as a test names it: a `Key` with its modifiers, or a `Code` pressed alone.
pub trait Press {
    fn pressed(self) -> Key;
}

impl Press for Key {
    fn pressed(self) -> Key {
        self
    }
}

impl Press for Code {
    fn pressed(self) -> Key {
        Key::plain(self)
    }
}

pub struct Wizard {
    pub app: App,
    pub store: Store,
    /// Every message that came back from work off the loop (renders, exports, a sending
    /// to the blog), in order.
    pub arrived: Vec<Msg>,
}

impl Wizard {
    /// The home screen in Romanian at 80×24, everything kept under `folder`.
    pub fn new(folder: &Path) -> Wizard {
        let templates = Templates::builtin().expect("built-in templates");
        let app = App::new(
            Catalog::new(Lang::Ro),
            templates,
            Theme {
                color: false,
                safe_symbols: false,
            },
            (80, 24),
        );
        let store = Store::new(Places::under(folder), "2026-11-25".into());
        Wizard {
            app,
            store,
            arrived: Vec::new(),
        }
    }

    /// A new draft at `file`, as `povestitor new --template success-story FILE` starts.
    pub fn new_story(folder: &Path, file: &Path) -> Wizard {
        let mut w = Wizard::new(folder);
        let loaded = w.app.templates.get("success-story").expect("template");
        let (path, draft) = w.store.create(loaded, Some(file)).expect("create");
        povestitor::tui::update::open_at_start(&mut w.app, path, draft).expect("open");
        w
    }

    /// Handles a message, then carries out the effects it queued.
    pub fn msg(&mut self, msg: Msg) {
        update(&mut self.app, msg);
        self.apply();
    }

    /// Carries out the queued effects, and waits for the work they started off the loop
    /// (renders, exports, a sending to the blog) to come back as messages, as the loop
    /// would.
    pub fn apply(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            for effect in povestitor::tui::update::take_effects(&mut self.app) {
                povestitor::tui::run::carry_out(&mut self.app, &mut self.store, effect);
            }
            if !self.store.rendering() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "work off the loop never came back"
            );
            for msg in self.store.rendered(Duration::from_millis(50)) {
                self.arrived.push(msg.clone());
                update(&mut self.app, msg);
            }
        }
    }

    /// `povestitor edit FILE`, or with `reviewer` `povestitor review FILE`, as
    /// `tui::start` opens them.
    pub fn open(folder: &Path, file: &Path, reviewer: Option<&str>) -> Wizard {
        let mut w = Wizard::new(folder);
        let draft = w.store.open(file).expect("open");
        match reviewer {
            Some(name) => {
                let name = w.store.reviewer(Some(name), "Formator");
                let today = w.store.today.clone();
                w.app
                    .open_for_review(file.to_path_buf(), draft, Reviewer { name, today })
                    .expect("review");
            }
            None => w.app.open(file.to_path_buf(), draft).expect("edit"),
        }
        w
    }

    /// Presses one key: a `Key` with its modifiers, or a `Code` alone.
    pub fn key(&mut self, key: impl Press) {
        self.msg(Msg::Key(key.pressed()));
    }

    pub fn keys(&mut self, keys: &[Key]) {
        for key in keys {
            self.msg(Msg::Key(*key));
        }
    }

    /// Types `text`; a new line is Enter.
    pub fn typed(&mut self, text: &str) {
        for c in text.chars() {
            let code = if c == '\n' {
                Code::Enter
            } else {
                Code::Char(c)
            };
            self.msg(Msg::Key(Key::plain(code)));
        }
    }

    pub fn draft(&self) -> &povestitor::story::Draft {
        &self.app.session.as_ref().expect("session").draft
    }

    /// The coach's findings on the open draft, as the session keeps them.
    pub fn findings(&self) -> &[povestitor::coach::Finding] {
        &self.app.session.as_ref().expect("session").report.findings
    }
}
