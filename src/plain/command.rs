//! The commands a person types on a line of their own: their words come from the catalog
//! (`plain-cmd-…`, several spellings each, with and without diacritics), and the English
//! words always work too, whatever the interface language.

use crate::i18n::{Catalog, Lang};

/// What a line that is exactly a command word asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// The previous step (or field).
    Back,
    /// On to the next step, keeping the current answer.
    Skip,
    /// The step's guidance and example, and the list of commands.
    Help,
    /// What the story still needs, worded as `povestitor check` words it.
    Check,
    /// Write the article.
    Export,
    /// Empty the answer (or the field).
    Clear,
    /// Remove the quote or photo being asked about.
    Remove,
    /// Save and end.
    Quit,
}

/// Every command with the catalog id of its words, in the order the help lists them.
pub const ALL: [(Command, &str); 8] = [
    (Command::Back, "plain-cmd-back"),
    (Command::Skip, "plain-cmd-skip"),
    (Command::Help, "plain-cmd-help"),
    (Command::Check, "plain-cmd-check"),
    (Command::Export, "plain-cmd-export"),
    (Command::Clear, "plain-cmd-clear"),
    (Command::Remove, "plain-cmd-remove"),
    (Command::Quit, "plain-cmd-quit"),
];

/// The words of every command in the interface language and in English.
#[derive(Debug, Clone)]
pub struct Words {
    words: Vec<(Command, Vec<String>)>,
}

impl Words {
    pub fn new(catalog: &Catalog) -> Words {
        let english = Catalog::new(Lang::En);
        let words = ALL
            .iter()
            .map(|(command, id)| {
                let mut spellings: Vec<String> = split(&catalog.t(id));
                for word in split(&english.t(id)) {
                    if !spellings.contains(&word) {
                        spellings.push(word);
                    }
                }
                (*command, spellings)
            })
            .collect();
        Words { words }
    }

    /// The command a line is, if it is one: the whole line, spaces and case aside.
    pub fn parse(&self, line: &str) -> Option<Command> {
        let line = line.trim().to_lowercase();
        if !line.starts_with(':') {
            return None;
        }
        self.words
            .iter()
            .find(|(_, spellings)| spellings.contains(&line))
            .map(|(command, _)| *command)
    }

    /// The first (the interface language's own) spelling of `command`.
    pub fn word(&self, command: Command) -> &str {
        self.words
            .iter()
            .find(|(c, _)| *c == command)
            .and_then(|(_, spellings)| spellings.first())
            .map_or("", String::as_str)
    }
}

fn split(words: &str) -> Vec<String> {
    words.split_whitespace().map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_work_in_every_language_and_the_own_words_too() {
        for lang in [Lang::Ro, Lang::En, Lang::Ru] {
            let words = Words::new(&Catalog::new(lang));
            assert_eq!(words.parse(":back"), Some(Command::Back));
            assert_eq!(words.parse("  :QUIT \r"), Some(Command::Quit));
            assert_eq!(words.parse(":guide"), Some(Command::Help));
            assert_eq!(words.parse("back"), None, "a plain word is an answer");
            assert_eq!(words.parse(":-)"), None);
        }
        let ro = Words::new(&Catalog::new(Lang::Ro));
        assert_eq!(ro.parse(":înapoi"), Some(Command::Back));
        assert_eq!(ro.parse(":inapoi"), Some(Command::Back));
        assert_eq!(ro.word(Command::Back), ":înapoi");
        let ru = Words::new(&Catalog::new(Lang::Ru));
        assert_eq!(ru.parse(":Назад"), Some(Command::Back));
        assert_eq!(ru.parse(":проверить"), Some(Command::Check));
    }

    #[test]
    fn no_two_commands_share_a_word() {
        for lang in [Lang::Ro, Lang::En, Lang::Ru] {
            let words = Words::new(&Catalog::new(lang));
            let mut all: Vec<&String> = words.words.iter().flat_map(|(_, w)| w).collect();
            let count = all.len();
            all.sort();
            all.dedup();
            assert_eq!(all.len(), count, "{lang:?}");
            assert!(all.iter().all(|w| w.starts_with(':')), "{lang:?}");
        }
    }
}
