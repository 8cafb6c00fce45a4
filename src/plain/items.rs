//! Quotes and photos: each item asked field by field (one line each), then its yes/no
//! choices; then a new item, until its first field is left empty. As in the wizard, every
//! item keeps all its fields (empty ones too) and the choices are `"yes"`, `"no"` or absent.

use std::io::{BufRead, Write};
use std::path::Path;

use super::command::Command;
use super::console::Line;
use super::session::{Flow, Session};
use crate::coach::{typed_choice, yes_no};
use crate::service;
use crate::story::Item;
use crate::template::{Step, StepKind};

/// What one question about an item ended with.
enum Asked {
    /// On to the next field or choice.
    Next,
    /// The new item's first field was left empty: the list is done.
    Done,
    /// The item was removed.
    Removed,
    Leave(Flow),
}

impl<R: BufRead, W: Write> Session<'_, R, W> {
    pub(super) fn items_step(&mut self, step: &Step) -> Flow {
        let mut items = self.draft.answers.items(&step.id);
        self.say_items(step, &items);
        self.con.say_t("plain-type-items");
        let mut index = 0;
        loop {
            let new = index >= items.len();
            if new {
                items.push(Item::default());
            }
            let heading = self.item_name(step.kind, index);
            let id = if new {
                "plain-item-new"
            } else {
                "plain-item-edit"
            };
            let text = self.con.t_args(
                id,
                &[("item", heading.into()), ("count", items.len().into())],
            );
            self.con.gap();
            self.con.say(&text);
            let slots = step
                .kind
                .item_fields()
                .iter()
                .chain(step.kind.item_choices());
            let mut ended = None;
            let mut advance = true;
            for (slot, name) in slots.enumerate() {
                let first_of_new = new && slot == 0;
                match self.ask_slot(step, &mut items, index, name, first_of_new) {
                    Asked::Next => {}
                    Asked::Done => {
                        ended = Some(Flow::Next);
                        break;
                    }
                    Asked::Removed => {
                        // The next item has moved into this place.
                        advance = false;
                        break;
                    }
                    Asked::Leave(flow) => {
                        ended = Some(flow);
                        break;
                    }
                }
            }
            if let Some(flow) = ended {
                // A new item left before anything was typed into it is no item.
                if new && items.last().is_some_and(Item::is_blank) {
                    items.pop();
                }
                self.store_items(step, &items);
                return flow;
            }
            if advance {
                index += 1;
            }
        }
    }

    /// Asks one field or choice of item `index` until it is answered or left.
    fn ask_slot(
        &mut self,
        step: &Step,
        items: &mut Vec<Item>,
        index: usize,
        name: &str,
        first_of_new: bool,
    ) -> Asked {
        let choice = step.kind.item_choices().contains(&name);
        loop {
            self.say_slot(&items[index], name, choice);
            match self.con.read() {
                Line::Text(text) if text.trim().is_empty() && first_of_new => return Asked::Done,
                Line::Text(text) if text.trim().is_empty() => return Asked::Next,
                Line::Text(text) if choice => match typed_choice(name, &text) {
                    Some(value) => {
                        items[index].set(name, value.to_string());
                        self.store_items(step, items);
                        return Asked::Next;
                    }
                    None if name == "consent" => self.con.say_t("plain-yes-signed-or-no"),
                    None => self.con.say_t("plain-yes-or-no"),
                },
                Line::Text(text) => {
                    let text = if name == "path" && step.kind == StepKind::Photos {
                        self.take_photo(&text)
                    } else {
                        text
                    };
                    items[index].set(name, text);
                    self.store_items(step, items);
                    return Asked::Next;
                }
                Line::End | Line::Command(Command::Quit) => return Asked::Leave(Flow::Quit),
                Line::Command(Command::Back) => return Asked::Leave(Flow::Back),
                Line::Command(Command::Skip) => return Asked::Leave(Flow::Next),
                Line::Command(Command::Clear) => {
                    if choice {
                        items[index].remove(name);
                    } else {
                        items[index].set(name, String::new());
                    }
                    self.store_items(step, items);
                    self.con.say_t("plain-cleared");
                    return Asked::Next;
                }
                Line::Command(Command::Remove) => {
                    let name = self.item_name(step.kind, index);
                    items.remove(index);
                    self.store_items(step, items);
                    self.con
                        .say_args("plain-item-removed", &[("item", name.into())]);
                    return Asked::Removed;
                }
                Line::Command(command) => {
                    self.show(command, Some(step));
                }
            }
        }
    }

    /// A field's label and its current text, or a choice's label and what is recorded.
    fn say_slot(&mut self, item: &Item, name: &str, choice: bool) {
        let label = self.con.t(&format!("label-{name}"));
        if choice {
            let now = self.choice_text(item, name);
            let id = if name == "consent" {
                "plain-choice-consent"
            } else {
                "plain-choice"
            };
            let text = self
                .con
                .t_args(id, &[("label", label.into()), ("value", now.into())]);
            self.con.say(&text);
            return;
        }
        self.con.say_field(label, item.get(name));
    }

    /// What a choice records, in the words of the wizard's choices.
    fn choice_text(&self, item: &Item, name: &str) -> String {
        let children = yes_no(item.get("children")) == Some(true);
        let id = service::choice_id(name, item.get(name), children).unwrap_or("plain-not-recorded");
        self.con.t(id)
    }

    /// "Quote 2", "Photo 1".
    fn item_name(&self, kind: StepKind, index: usize) -> String {
        let id = if kind == StepKind::Photos {
            "item-photo"
        } else {
            "item-quote"
        };
        self.con.t_args(id, &[("n", (index + 1).into())])
    }

    /// The items so far, one line each.
    fn say_items(&mut self, step: &Step, items: &[Item]) {
        if items.is_empty() {
            self.con.say_t("plain-no-items");
            return;
        }
        for (index, item) in items.iter().enumerate() {
            let mut parts: Vec<String> = step
                .kind
                .item_fields()
                .iter()
                .map(|name| item.get(name).trim().to_string())
                .filter(|text| !text.is_empty())
                .collect();
            for name in step.kind.item_choices() {
                let label = self.con.t(&format!("label-{name}"));
                parts.push(format!("{label}: {}", self.choice_text(item, name)));
            }
            let name = self.item_name(step.kind, index);
            self.con.say(&format!("{name}: {}", parts.join("; ")));
        }
    }

    /// The items with text into the draft, every field present, then saved.
    fn store_items(&mut self, step: &Step, items: &[Item]) {
        let kept: Vec<Item> = items
            .iter()
            .map(|item| {
                let mut item = item.clone();
                for name in step.kind.item_fields() {
                    let text = item.get(name).to_string();
                    item.set(name, text);
                }
                item
            })
            .filter(|item| !item.is_blank())
            .collect();
        if self.draft.answers.items(&step.id) != kept {
            self.draft.answers.set_items(&step.id, kept);
            self.save();
        }
    }

    /// A typed photo path: a file elsewhere on the computer is copied beside the draft, as
    /// the wizard does; a name that is no file, or a path already beside it, stays as typed.
    fn take_photo(&mut self, typed: &str) -> String {
        let cleaned = service::clean_typed_path(typed);
        let file = service::resolve_photo(&self.path, &cleaned);
        let recorded = cleaned == typed.trim() && Path::new(&cleaned).is_relative();
        if cleaned.is_empty() || !file.is_file() || recorded {
            return typed.to_string();
        }
        match service::take_photo(&self.path, &file) {
            Ok(path) => {
                self.con
                    .say_args("photo-taken", &[("path", path.clone().into())]);
                path
            }
            Err(err) => {
                self.con
                    .say_args("photo-take-failed", &[("error", err.to_string().into())]);
                typed.to_string()
            }
        }
    }
}
