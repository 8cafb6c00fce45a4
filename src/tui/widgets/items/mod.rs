//! Quotes and photos: a list of items, each with its fields (text, name, role; file,
//! caption, credit), that the librarian adds to, edits and removes from. Below the fields,
//! choices (a quote's consent; a photo's children and consent) that Space cycles through
//! not recorded → yes → no.

mod draw;
#[cfg(test)]
mod tests;

pub use draw::{ChoiceLook, ItemsLook};

use super::field::{Field, Outcome};
use crate::coach::{next_choice, yes_no};
use crate::story::Item;
use crate::tui::msg::{Code, Key};

/// One item: what the draft holds (unknown fields kept) and an editor per known field.
#[derive(Debug, Clone)]
struct Row {
    item: Item,
    fields: Vec<Field>,
}

/// The items of a quotes or photos step.
#[derive(Debug, Clone)]
pub struct ItemList {
    names: &'static [&'static str],
    /// Yes/no choices after the fields, stored in the item as `"yes"`/`"no"` (absent: not
    /// recorded).
    choices: &'static [&'static str],
    rows: Vec<Row>,
    /// (item, slot) with the cursor: a field of `names`, then a choice of `choices`.
    focus: (usize, usize),
    /// Set by a first removal key on an item with text; a second one removes it.
    confirm_remove: bool,
}

/// What the item list did with a key, beyond editing a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemsOutcome {
    Field(Outcome),
    Added,
    Removed,
    /// The item has text: the next removal key removes it.
    ConfirmRemove,
}

impl ItemList {
    /// Always holds at least one (maybe blank) item so there is somewhere to type.
    pub fn new(names: &'static [&'static str], items: Vec<Item>) -> ItemList {
        let mut list = ItemList {
            names,
            choices: &[],
            rows: Vec::new(),
            focus: (0, 0),
            confirm_remove: false,
        };
        for item in items {
            list.push(item);
        }
        if list.rows.is_empty() {
            list.push(Item::default());
        }
        list.refocus();
        list
    }

    /// The same list with yes/no `choices` under each item's fields.
    pub fn with_choices(mut self, choices: &'static [&'static str]) -> ItemList {
        self.choices = choices;
        self
    }

    /// Fields and choices of one item.
    fn slots(&self) -> usize {
        self.names.len() + self.choices.len()
    }

    /// The choice the cursor is on, if it is on one.
    fn focused_choice(&self) -> Option<&'static str> {
        let slot = self.focus.1.checked_sub(self.names.len())?;
        self.choices.get(slot).copied()
    }

    /// What item `index` (0-based) says for `choice`: yes, no, or not recorded.
    pub fn choice(&self, index: usize, choice: &str) -> Option<bool> {
        yes_no(self.rows.get(index)?.item.get(choice))
    }

    /// Not recorded → yes → (a consent: signed form →) no → not recorded, on the choice
    /// the cursor is on.
    fn cycle(&mut self, choice: &str) -> Outcome {
        let item = &mut self.rows[self.focus.0].item;
        match next_choice(choice, item.get(choice)) {
            Some(value) => item.set(choice, value.into()),
            None => item.remove(choice),
        }
        Outcome::Changed
    }

    /// Moves the cursor to `name` (a field or a choice) of item `index` (0-based); the
    /// field's cursor stays where it is. False when there is no such place.
    pub fn focus_on(&mut self, index: usize, name: &str) -> bool {
        let slot = self
            .names
            .iter()
            .chain(self.choices)
            .position(|n| *n == name);
        let (Some(slot), true) = (slot, index < self.rows.len()) else {
            return false;
        };
        self.confirm_remove = false;
        if (index, slot) != self.focus {
            // The field being left shows its start again.
            self.cursor_at(self.focus, Field::cursor_to_start);
        }
        self.focus = (index, slot);
        self.refocus();
        true
    }

    /// The row that holds the draft's item `index` (0-based): the draft leaves blank
    /// items out, the list keeps them where they are.
    pub fn row_of(&self, index: usize) -> Option<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| !self.row_item_blank(row))
            .nth(index)
            .map(|(i, _)| i)
    }

    fn row_item_blank(&self, row: &Row) -> bool {
        let mut item = row.item.clone();
        for (name, field) in self.names.iter().zip(&row.fields) {
            item.set(name, field.text());
        }
        item.is_blank()
    }

    /// The text of field `name` of item `index` (0-based).
    pub fn field_text(&self, index: usize, name: &str) -> Option<String> {
        let slot = self.names.iter().position(|n| *n == name)?;
        Some(self.rows.get(index)?.fields.get(slot)?.text())
    }

    /// Every field of every item, for marks that apply to all of them.
    pub fn fields_mut(&mut self) -> impl Iterator<Item = &mut Field> {
        self.rows.iter_mut().flat_map(|row| row.fields.iter_mut())
    }

    /// The editor of field `name` of item `index` (0-based).
    pub fn field_mut(&mut self, index: usize, name: &str) -> Option<&mut Field> {
        let slot = self.names.iter().position(|n| *n == name)?;
        self.rows.get_mut(index)?.fields.get_mut(slot)
    }

    fn push(&mut self, item: Item) {
        let fields = self
            .names
            .iter()
            .map(|name| {
                let mut field = Field::new(item.get(name), false);
                field.cursor_to_start();
                field
            })
            .collect();
        self.rows.push(Row { item, fields });
    }

    /// The items with text, as the draft should hold them.
    pub fn items(&self) -> Vec<Item> {
        self.rows
            .iter()
            .map(|row| {
                let mut item = row.item.clone();
                for (name, field) in self.names.iter().zip(&row.fields) {
                    item.set(name, field.text());
                }
                item
            })
            .filter(|item| !item.is_blank())
            .collect()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn focus(&self) -> (usize, usize) {
        self.focus
    }

    pub fn field_names(&self) -> &'static [&'static str] {
        self.names
    }

    pub fn is_confirming_removal(&self) -> bool {
        self.confirm_remove
    }

    /// Adds a blank item after the last one and moves there.
    pub fn add(&mut self) -> ItemsOutcome {
        // The field being left shows its start again.
        self.cursor_at(self.focus, Field::cursor_to_start);
        self.push(Item::default());
        self.focus = (self.rows.len() - 1, 0);
        self.refocus();
        ItemsOutcome::Added
    }

    /// Removes the focused item: at once when blank, else on the second request.
    pub fn remove(&mut self) -> ItemsOutcome {
        let (index, _) = self.focus;
        let blank = self.rows[index]
            .fields
            .iter()
            .all(|f| f.text().trim().is_empty());
        if !blank && !self.confirm_remove {
            self.confirm_remove = true;
            return ItemsOutcome::ConfirmRemove;
        }
        self.rows.remove(index);
        if self.rows.is_empty() {
            self.push(Item::default());
        }
        self.focus = (index.min(self.rows.len() - 1), 0);
        self.refocus();
        ItemsOutcome::Removed
    }

    pub fn paste(&mut self, text: &str) -> Outcome {
        self.confirm_remove = false;
        let (i, f) = self.focus;
        match self.rows[i].fields.get_mut(f) {
            Some(field) => field.paste(text),
            None => Outcome::Ignored,
        }
    }

    /// Tab, Enter and Down at the bottom go to the next field; Shift+Tab and Up at the
    /// top to the previous one; other keys edit the focused field.
    pub fn key(&mut self, key: Key) -> ItemsOutcome {
        if !matches!(key.code, Code::F(_)) {
            self.confirm_remove = false;
        }
        if let Some(choice) = self.focused_choice() {
            return ItemsOutcome::Field(self.choice_key(choice, key));
        }
        let (i, f) = self.focus;
        let field = &mut self.rows[i].fields[f];
        let forward = match key.code {
            Code::Tab | Code::Enter => Some(true),
            Code::BackTab => Some(false),
            // Up and Down move within a wrapped field, then on to the neighbouring one.
            Code::Up | Code::Down if !key.shift && !key.ctrl => {
                let before = field.cursor();
                field.key(key);
                if field.cursor() != before {
                    return ItemsOutcome::Field(Outcome::Moved);
                }
                Some(key.code == Code::Down)
            }
            _ => None,
        };
        match forward {
            Some(forward) => ItemsOutcome::Field(self.step_focus(forward)),
            None => ItemsOutcome::Field(field.key(key)),
        }
    }

    /// Keys on a choice: Space cycles it, Delete forgets it, the moving keys move on.
    fn choice_key(&mut self, choice: &str, key: Key) -> Outcome {
        match key.code {
            Code::Char(' ') if !key.ctrl && !key.alt => self.cycle(choice),
            Code::Delete | Code::Backspace => {
                let item = &mut self.rows[self.focus.0].item;
                if item.get(choice).is_empty() {
                    return Outcome::Ignored;
                }
                item.remove(choice);
                Outcome::Changed
            }
            Code::Tab | Code::Enter | Code::Down if !key.ctrl => self.step_focus(true),
            Code::BackTab | Code::Up if !key.ctrl => self.step_focus(false),
            _ => Outcome::Ignored,
        }
    }

    fn step_focus(&mut self, forward: bool) -> Outcome {
        let per = self.slots();
        let flat = self.focus.0 * per + self.focus.1;
        let next = if forward {
            flat + 1
        } else {
            match flat.checked_sub(1) {
                Some(n) => n,
                None => return Outcome::Ignored,
            }
        };
        if next >= self.rows.len() * per {
            return Outcome::Ignored;
        }
        // The field being left shows its start again; the one entered, where writing goes on.
        self.cursor_at(self.focus, Field::cursor_to_start);
        self.focus = (next / per, next % per);
        self.cursor_at(self.focus, Field::cursor_to_end);
        self.refocus();
        Outcome::Moved
    }

    fn cursor_at(&mut self, (row, field): (usize, usize), moves: fn(&mut Field)) {
        if let Some(field) = self.rows.get_mut(row).and_then(|r| r.fields.get_mut(field)) {
            moves(field);
        }
    }

    fn refocus(&mut self) {
        let focus = self.focus;
        for (i, row) in self.rows.iter_mut().enumerate() {
            for (f, field) in row.fields.iter_mut().enumerate() {
                super::set_focused(field, (i, f) == focus);
            }
        }
    }
}
