//! The coach's effect on disk: a word added to the personal list.

use super::Store;
use crate::coach::spelling::PersonalWords;
use crate::tui::app::{App, StatusKind};

impl Store {
    /// Back to the home screen, the draft saved and unlocked. A draft that cannot be
    /// saved stays open, with the message saying why: closing it would lose words.
    /// Adds `word` to the personal list on disk, and has the open story's spelling checked
    /// again with it.
    pub(super) fn add_word(&mut self, app: &mut App, word: &str) {
        let saved = PersonalWords::load(&self.places.personal_words).and_then(|mut list| {
            list.add(word);
            list.save()
        });
        match saved {
            Ok(()) => {
                app.personal.insert(word);
                if let Some(session) = app.session.as_mut()
                    && let Ok(loaded) = app.templates.get(&session.template_id)
                {
                    session.respell_all(&loaded.template);
                }
                let text = app
                    .catalog
                    .t_args("coach-word-added", &[("word", word.into())]);
                app.say(StatusKind::Done, text);
            }
            Err(err) => app.say(StatusKind::Warn, err.to_string()),
        }
    }
}
