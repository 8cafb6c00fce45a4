//! Quotes and photos: a list of items, each with its fields (text, name, role; file,
//! caption, credit), that the librarian adds to, edits and removes from.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::field::{Field, Outcome};
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
    rows: Vec<Row>,
    /// (item, field) with the cursor.
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
        self.rows[i].fields[f].paste(text)
    }

    /// Tab, Enter and Down at the bottom go to the next field; Shift+Tab and Up at the
    /// top to the previous one; other keys edit the focused field.
    pub fn key(&mut self, key: Key) -> ItemsOutcome {
        if !matches!(key.code, Code::F(_)) {
            self.confirm_remove = false;
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

    fn step_focus(&mut self, forward: bool) -> Outcome {
        let per = self.names.len();
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

    /// Rows an item takes on screen: a frame and one row per field, three for a quote's text.
    fn height(&self) -> u16 {
        2 + self
            .names
            .iter()
            .map(|n| if *n == "text" { 3 } else { 1 })
            .sum::<u16>()
    }

    /// Draws the items from one that keeps the focused item in view.
    /// `heading(i)` names item `i` (0-based), `label(name)` a field.
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        heading: &dyn Fn(usize) -> String,
        label: &dyn Fn(&str) -> String,
        styles: (Style, Style, Style),
    ) {
        let (frame_style, focused_style, label_style) = styles;
        let height = self.height();
        let visible = (area.height / height).max(1) as usize;
        let first = (self.focus.0 + 1).saturating_sub(visible);
        let label_width = self
            .names
            .iter()
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
            y += height;
        }
    }
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
}
