//! Quotes and photos: a list of items, each with its fields (text, name, role; file,
//! caption, credit), that the librarian adds to, edits and removes from. Below the fields,
//! choices (a quote's consent; a photo's children and consent) that Space cycles through
//! not recorded → yes → no.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::field::{Field, Outcome};
use crate::coach::yes_no;
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

    /// Not recorded → yes → no → not recorded, on the choice the cursor is on.
    fn cycle(&mut self, choice: &str) -> Outcome {
        let item = &mut self.rows[self.focus.0].item;
        match yes_no(item.get(choice)) {
            None => item.set(choice, "yes".into()),
            Some(true) => item.set(choice, "no".into()),
            Some(false) => item.remove(choice),
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

    /// Rows an item takes on screen: a frame and one row per field (three for a quote's
    /// text) and per choice.
    fn height(&self) -> u16 {
        2 + self.choices.len() as u16
            + self
                .names
                .iter()
                .map(|n| if *n == "text" { 3 } else { 1 })
                .sum::<u16>()
    }

    /// Draws the items from one that keeps the focused item in view.
    /// `look.heading(i)` names item `i` (0-based), `look.label(name)` a field or choice,
    /// `look.choice(name, value, children)` words a choice's value and styles it.
    pub fn render(&self, area: Rect, buf: &mut Buffer, look: &ItemsLook) {
        let (frame_style, focused_style, label_style) = look.styles;
        let (heading, label) = (look.heading, look.label);
        let height = self.height();
        let visible = (area.height / height).max(1) as usize;
        let first = (self.focus.0 + 1).saturating_sub(visible);
        let label_width = self
            .names
            .iter()
            .chain(self.choices)
            .map(|n| label(n).chars().count())
            .max()
            .unwrap_or(0) as u16
            + 2;
        let mut y = area.y;
        for (i, row) in self.rows.iter().enumerate().skip(first) {
            if y >= area.bottom() {
                break;
            }
            let rect = Rect::new(area.x, y, area.width, height.min(area.bottom() - y));
            let style = if i == self.focus.0 {
                focused_style
            } else {
                frame_style
            };
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(style)
                .title(Span::styled(format!(" {} ", heading(i)), style));
            let inner = block.inner(rect);
            block.render(rect, buf);
            let mut fy = inner.y;
            for (name, field) in self.names.iter().zip(&row.fields) {
                let h = if *name == "text" { 3 } else { 1 };
                if fy >= inner.bottom() {
                    break;
                }
                let h = h.min(inner.bottom() - fy);
                let text = format!("{}:", label(name));
                Line::from(Span::styled(text, label_style))
                    .render(Rect::new(inner.x, fy, label_width.min(inner.width), 1), buf);
                let fx = inner.x + label_width.min(inner.width);
                let field_rect = Rect::new(fx, fy, inner.right().saturating_sub(fx), h);
                field.area().render(field_rect, buf);
                fy += h;
            }
            let children = yes_no(row.item.get("children")) == Some(true);
            for (c, name) in self.choices.iter().enumerate() {
                if fy >= inner.bottom() {
                    break;
                }
                let text = format!("{}:", label(name));
                Line::from(Span::styled(text, label_style))
                    .render(Rect::new(inner.x, fy, label_width.min(inner.width), 1), buf);
                let fx = inner.x + label_width.min(inner.width);
                let (value, mut style) = (look.choice)(name, yes_no(row.item.get(name)), children);
                if (i, self.names.len() + c) == self.focus {
                    style = style.add_modifier(ratatui::style::Modifier::REVERSED);
                }
                let mut spans = vec![Span::styled(format!("‹ {value} ›"), style)];
                if (i, self.names.len() + c) == self.focus {
                    spans.push(Span::styled(format!("  {}", look.choice_hint), label_style));
                }
                Line::from(spans)
                    .render(Rect::new(fx, fy, inner.right().saturating_sub(fx), 1), buf);
                fy += 1;
            }
            y += height;
        }
    }
}

/// Words and styles a choice's value: (name, yes/no/not recorded, the item shows children).
pub type ChoiceLook<'a> = dyn Fn(&str, Option<bool>, bool) -> (String, Style) + 'a;

/// How the item list is worded and coloured (the view supplies it).
pub struct ItemsLook<'a> {
    pub heading: &'a dyn Fn(usize) -> String,
    pub label: &'a dyn Fn(&str) -> String,
    /// A choice's value: (name, yes/no/not recorded, the item shows children).
    pub choice: &'a ChoiceLook<'a>,
    /// Shown beside the focused choice: which key changes it.
    pub choice_hint: &'a str,
    /// The frame, the focused item's frame, the labels.
    pub styles: (Style, Style, Style),
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUOTE: &[&str] = &["text", "author", "role"];

    fn typed(list: &mut ItemList, text: &str) {
        for c in text.chars() {
            list.key(Key::plain(Code::Char(c)));
        }
    }

    #[test]
    fn add_fill_and_remove_quotes_keeping_unknown_fields() {
        let kept = Item::default().with("text", "Vechi").with("mood", "vesel");
        let mut list = ItemList::new(QUOTE, vec![kept]);
        assert_eq!(list.len(), 1);
        list.add();
        typed(&mut list, "Îmi place");
        list.key(Key::plain(Code::Enter));
        typed(&mut list, "Ion");
        list.key(Key::plain(Code::Tab));
        typed(&mut list, "cititor");
        let items = list.items();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].get("mood"), "vesel");
        assert_eq!(items[1].get("author"), "Ion");
        assert_eq!(items[1].get("role"), "cititor");
        assert_eq!(list.remove(), ItemsOutcome::ConfirmRemove);
        assert_eq!(list.items().len(), 2);
        assert_eq!(list.remove(), ItemsOutcome::Removed);
        assert_eq!(list.items().len(), 1);
    }

    #[test]
    fn fields_show_their_beginning_until_entered_then_writing_goes_on_at_the_end() {
        let quote = Item::default()
            .with("text", "Acum îmi văd nepoata în fiecare seară.")
            .with("author", "Maria Ciobanu")
            .with("role", "participantă la curs, 72 de ani");
        let mut list = ItemList::new(QUOTE, vec![quote]);
        for field in &list.rows[0].fields {
            assert_eq!(field.cursor(), (0, 0), "a loaded field shows its start");
        }
        list.key(Key::plain(Code::Tab));
        list.key(Key::plain(Code::Tab));
        typed(&mut list, " (Bălți)");
        let items = list.items();
        assert_eq!(
            items[0].get("role"),
            "participantă la curs, 72 de ani (Bălți)"
        );
        assert_eq!(
            list.rows[0].fields[1].cursor(),
            (0, 0),
            "the field left shows its start"
        );
    }

    #[test]
    fn a_blank_item_is_there_to_type_in_but_not_saved() {
        let mut list = ItemList::new(QUOTE, Vec::new());
        assert_eq!(list.len(), 1);
        assert!(list.items().is_empty());
        assert_eq!(list.remove(), ItemsOutcome::Removed);
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn space_cycles_a_choice_and_the_item_keeps_it() {
        let mut list = ItemList::new(QUOTE, Vec::new()).with_choices(&["consent"]);
        typed(&mut list, "Bine.");
        for _ in 0..3 {
            list.key(Key::plain(Code::Tab));
        }
        assert_eq!(list.focused_choice(), Some("consent"));
        typed(&mut list, "x");
        assert_eq!(list.items()[0].get("consent"), "", "letters do nothing");
        list.key(Key::plain(Code::Char(' ')));
        assert_eq!(list.items()[0].get("consent"), "yes");
        assert_eq!(list.choice(0, "consent"), Some(true));
        list.key(Key::plain(Code::Char(' ')));
        assert_eq!(list.items()[0].get("consent"), "no");
        list.key(Key::plain(Code::Char(' ')));
        assert_eq!(list.choice(0, "consent"), None);
        list.key(Key::plain(Code::BackTab));
        assert_eq!(list.focus(), (0, 2));
        assert!(list.focus_on(0, "consent"));
        assert!(!list.focus_on(3, "consent"));
    }
}
