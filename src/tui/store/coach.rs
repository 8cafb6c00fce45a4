//! The coach's effect on disk: a word added to the personal list.

use super::Store;
use crate::coach::spelling::PersonalWords;
use crate::tui::app::{App, Done, StatusKind};

impl Store {
    /// Adds `word` to the personal list on disk, and has the open story's spelling checked
    /// again with it.
    pub(super) fn add_word(&mut self, app: &App, word: &str) -> Done {
        let saved = PersonalWords::load(&self.places.personal_words).and_then(|mut list| {
            list.add(word);
            list.save()
        });
        match saved {
            Ok(()) => Done::WordAdded {
                word: word.to_string(),
                said: app
                    .catalog
                    .t_args("coach-word-added", &[("word", word.into())]),
            },
            Err(err) => Done::Said(StatusKind::Warn, err.to_string()),
        }
    }
}
