//! Drawing the item list: each quote or photo in its box, fields then choices.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::ItemList;
use crate::coach::yes_no;

impl ItemList {
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
            let mut block = Block::default()
                .borders(Borders::ALL)
                .border_style(style)
                .title(Span::styled(format!(" {} ", heading(i)), style));
            // The focused item's own keys in its bottom border, when they fit whole.
            let room = usize::from(rect.width.saturating_sub(4));
            if i == self.focus.0 && !look.keys.is_empty() && look.keys.chars().count() <= room {
                block = block.title_bottom(Span::styled(format!(" {} ", look.keys), label_style));
            }
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
                // An empty field may say how it is filled, after the cursor's cell, when it
                // fits whole.
                if field.is_empty()
                    && let Some(empty) = (look.empty)(name)
                    && empty.chars().count() < usize::from(field_rect.width)
                {
                    let room = field_rect.width - 1;
                    Line::from(Span::styled(empty, label_style))
                        .render(Rect::new(field_rect.x + 1, fy, room, 1), buf);
                }
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
                let (value, mut style) = (look.choice)(name, row.item.get(name), children);
                if (i, self.names.len() + c) == self.focus {
                    style = style.add_modifier(ratatui::style::Modifier::REVERSED);
                }
                let shown = format!("‹ {value} ›");
                let hint = format!("  {}", look.choice_hint);
                let room = usize::from(inner.right().saturating_sub(fx));
                let fits = shown.chars().count() + hint.chars().count() <= room;
                let mut spans = vec![Span::styled(shown, style)];
                // The hint whole, or not at all (never "Spațiu schim").
                if (i, self.names.len() + c) == self.focus && fits {
                    spans.push(Span::styled(hint, label_style));
                }
                Line::from(spans)
                    .render(Rect::new(fx, fy, inner.right().saturating_sub(fx), 1), buf);
                fy += 1;
            }
            y += height;
        }
    }
}

/// Words and styles a choice's value: (name, its value as the draft keeps it, the item shows
/// children).
pub type ChoiceLook<'a> = dyn Fn(&str, &str, bool) -> (String, Style) + 'a;

/// How the item list is worded and coloured (the view supplies it).
pub struct ItemsLook<'a> {
    pub heading: &'a dyn Fn(usize) -> String,
    pub label: &'a dyn Fn(&str) -> String,
    /// A choice's value: (name, its value as kept, the item shows children).
    pub choice: &'a ChoiceLook<'a>,
    /// Shown beside the focused choice: which key changes it.
    pub choice_hint: &'a str,
    /// The keys of the focused item, in its bottom border when they fit (the view keeps
    /// as many as fit the list's width); empty when the list is not focused.
    pub keys: &'a str,
    /// What an empty field of that name says about filling it, if anything.
    pub empty: &'a dyn Fn(&str) -> Option<String>,
    /// The frame, the focused item's frame, the labels.
    pub styles: (Style, Style, Style),
}
