//! After the steps: the author, library and date the article shows under its title, then
//! the end, where the story can still be checked, exported or gone back to.

use std::io::{BufRead, Write};

use super::command::Command;
use super::console::Line;
use super::names::{self, Name};
use super::session::{Flow, Session};
use crate::story::{date_words, parse_date};

/// The details, each one line: (catalog id of its label, which field).
const DETAILS: [(&str, Detail); 3] = [
    ("details-author", Detail::Author),
    ("details-institution", Detail::Institution),
    ("details-date", Detail::Date),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    Author,
    Institution,
    Date,
}

impl<R: BufRead, W: Write> Session<'_, R, W> {
    pub(super) fn details(&mut self) -> Flow {
        self.con.gap();
        self.con.say_t("details-title");
        self.con.say_t("plain-type-details");
        for (label, detail) in DETAILS {
            loop {
                let label = self.con.t(label);
                let value = self.detail(detail);
                self.con.say_field(label, &value);
                match self.con.read() {
                    Line::Text(text) if text.trim().is_empty() => break,
                    Line::Text(text) => {
                        if self.set_detail(detail, text.trim()) {
                            self.save();
                            self.remember(detail, text.trim());
                            break;
                        }
                    }
                    Line::End | Line::Command(Command::Quit) => return Flow::Quit,
                    Line::Command(Command::Back) => return Flow::Back,
                    Line::Command(Command::Skip) => return Flow::Next,
                    Line::Command(Command::Clear) => {
                        self.set_detail(detail, "");
                        self.save();
                        self.con.say_t("plain-cleared");
                        break;
                    }
                    Line::Command(Command::Remove) => self.say_remove_items_only(),
                    Line::Command(command) => {
                        self.show(command, None);
                    }
                }
            }
        }
        Flow::Next
    }

    /// A name typed in the details of her own story, remembered for her next one.
    fn remember(&self, detail: Detail, text: &str) {
        let name = match detail {
            Detail::Author => Name::Author,
            Detail::Institution => Name::Institution,
            Detail::Date => return,
        };
        if self.own {
            names::remember(name, text);
        }
    }

    /// The detail as the librarian reads it: the date in words.
    fn detail(&self, detail: Detail) -> String {
        let meta = &self.draft.meta;
        match detail {
            Detail::Author => meta.author.clone(),
            Detail::Institution => meta.institution.clone(),
            Detail::Date => match parse_date(&meta.date) {
                Some(date) => date_words(date, self.con.catalog.lang().code()),
                None => meta.date.clone(),
            },
        }
    }

    /// Sets a detail; a date that cannot be read is refused, saying so. Whether it was set.
    fn set_detail(&mut self, detail: Detail, text: &str) -> bool {
        let meta = &mut self.draft.meta;
        match detail {
            Detail::Author => meta.author = text.to_string(),
            Detail::Institution => meta.institution = text.to_string(),
            Detail::Date if text.is_empty() => meta.date.clear(),
            Detail::Date => match parse_date(text) {
                Some(date) => {
                    meta.date = date.to_string();
                    let words = date_words(date, self.con.catalog.lang().code());
                    self.con
                        .say_args("details-date-read", &[("date", words.into())]);
                }
                None => {
                    self.con.say_t("details-date-refused");
                    return false;
                }
            },
        }
        true
    }

    /// The end: the story is saved; check, export, go back, or leave.
    pub(super) fn finish(&mut self) -> Flow {
        self.con.gap();
        let path = self.path.display().to_string();
        self.con.say_args("plain-end", &[("path", path.into())]);
        loop {
            let words = [
                ("check", Command::Check),
                ("export", Command::Export),
                ("back", Command::Back),
            ]
            .map(|(name, command)| (name, self.con.words.word(command).into()));
            self.con.say_args("plain-end-commands", &words);
            match self.con.read() {
                Line::Text(text) if text.trim().is_empty() => return Flow::Next,
                Line::Text(_) => self.con.say_t("plain-end-not-a-command"),
                Line::End | Line::Command(Command::Quit | Command::Skip) => return Flow::Next,
                Line::Command(Command::Back) => return Flow::Back,
                Line::Command(Command::Clear | Command::Remove) => {
                    self.con.say_t("plain-end-not-a-command");
                }
                Line::Command(command) => {
                    self.show(command, None);
                }
            }
        }
    }
}
