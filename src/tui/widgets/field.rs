//! An editable field (one line or several paragraphs) around ratatui-textarea.
//!
//! Keys arrive as our own [`Key`]; the field calls the text area's methods, so the
//! text area's Emacs-style shortcuts never surprise a librarian.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::tui::msg::{Code, Key};

/// What a key did to a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The text changed.
    Changed,
    /// Only the cursor or selection moved.
    Moved,
    /// The field does not use this key; the screen may.
    Ignored,
}

/// A text field: a ratatui-textarea plus whether Enter adds a line.
#[derive(Debug, Clone)]
pub struct Field {
    area: TextArea<'static>,
    multiline: bool,
    /// A replaced span is two edits of the text area (delete, insert); undo and redo
    /// take them together while it is the latest edit.
    pair: Pair,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pair {
    None,
    /// The two edits are the last done: undo takes both back.
    Done,
    /// They were just undone: redo does both again.
    Undone,
}

impl Field {
    pub fn new(text: &str, multiline: bool) -> Field {
        let lines = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace(['\n', '\r'], " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::default());
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Field {
            area,
            multiline,
            pair: Pair::None,
        }
    }

    /// Underlines `words` wherever they stand in the field (the coach's spelling slips);
    /// none clears the marks.
    pub fn mark_words(&mut self, words: &[String], style: Style) {
        let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        let pattern = if alternatives.is_empty() {
            String::new()
        } else {
            format!(r"\b(?:{})\b", alternatives.join("|"))
        };
        if self.area.set_search_pattern(pattern).is_ok() {
            self.area.set_search_style(style);
        }
    }

    /// The words underlined now, as a pattern (for tests).
    pub fn marked(&self) -> Option<&str> {
        self.area.search_pattern().map(|p| p.as_str())
    }

    /// Puts the cursor on the first character, so a box too small for the whole text
    /// shows its beginning (a quote's first words, a role), not its end.
    pub fn cursor_to_start(&mut self) {
        self.area.move_cursor(CursorMove::Top);
        self.area.move_cursor(CursorMove::Head);
    }

    /// Puts the cursor after the last character, where a librarian continues writing.
    pub fn cursor_to_end(&mut self) {
        self.area.move_cursor(CursorMove::Bottom);
        self.area.move_cursor(CursorMove::End);
    }

    /// Puts the cursor before character `offset` of the text (a line end counts as one
    /// character, as in the coach's spans); past the end, at the end.
    pub fn cursor_to_char(&mut self, offset: usize) {
        let (row, col) = self.position_of(offset);
        let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        self.area.cancel_selection();
        self.area
            .move_cursor(CursorMove::Jump(clamp(row), clamp(col)));
    }

    /// Replaces characters `start..end` with `with`, as typing would: one change the
    /// field can undo. `Ignored` when the span is not in the text.
    pub fn replace_chars(&mut self, start: usize, end: usize, with: &str) -> Outcome {
        let lines = self.area.lines();
        let total = lines.iter().map(|l| l.chars().count() + 1).sum::<usize>() - 1;
        if start > end || end > total {
            return Outcome::Ignored;
        }
        // Only what differs is edited, so a shortened run of spaces is one deletion.
        let old: Vec<char> = self.text().chars().skip(start).take(end - start).collect();
        let new: Vec<char> = with.chars().collect();
        let (from, to, with) = crate::text::changed_span(&old, &new);
        let (start, end) = (start + from, start + to);
        self.cursor_to_char(start);
        let deleted = start < end && {
            self.area.start_selection();
            let (row, col) = self.position_of(end);
            let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
            self.area
                .move_cursor(CursorMove::Jump(clamp(row), clamp(col)));
            let deleted = self.area.delete_str(0);
            self.area.cancel_selection();
            deleted
        };
        let inserted = !with.is_empty() && self.area.insert_str(&with);
        let changed = deleted || inserted;
        self.pair = if deleted && inserted {
            Pair::Done
        } else {
            Pair::None
        };
        if changed {
            Outcome::Changed
        } else {
            Outcome::Ignored
        }
    }

    /// (line, column) of character `offset`, counting a line end as one character.
    fn position_of(&self, offset: usize) -> (usize, usize) {
        let lines = self.area.lines();
        let mut left = offset;
        for (row, line) in lines.iter().enumerate() {
            let length = line.chars().count();
            if left <= length {
                return (row, left);
            }
            left -= length + 1;
        }
        let last = lines.len().saturating_sub(1);
        (last, lines.last().map_or(0, |l| l.chars().count()))
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether nothing is written in it (checked on every frame, without joining its lines).
    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(String::is_empty)
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// The text area, to draw (styled by the caller).
    pub fn area_mut(&mut self) -> &mut TextArea<'static> {
        &mut self.area
    }

    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Pasted text: line ends normalised; a one-line field joins the lines with spaces.
    pub fn paste(&mut self, text: &str) -> Outcome {
        self.pair = Pair::None;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline {
            text
        } else {
            text.split('\n')
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        if self.area.insert_str(text) {
            Outcome::Changed
        } else {
            Outcome::Ignored
        }
    }

    /// Handles one key; see the help screen for the list.
    pub fn key(&mut self, key: Key) -> Outcome {
        let pair = std::mem::replace(&mut self.pair, Pair::None);
        let outcome = self.key_once(key, pair);
        if outcome == Outcome::Moved && self.pair == Pair::None {
            // Moving the cursor keeps a replaced span's undo together.
            self.pair = pair;
        }
        outcome
    }

    fn key_once(&mut self, key: Key, pair: Pair) -> Outcome {
        if let Some(c) = key.typed_char() {
            self.area.insert_char(c);
            return Outcome::Changed;
        }
        let changed = |b: bool| if b { Outcome::Changed } else { Outcome::Moved };
        match key.code {
            Code::Enter if self.multiline && !key.ctrl && !key.alt => {
                self.area.insert_newline();
                Outcome::Changed
            }
            Code::Backspace if key.ctrl || key.alt => changed(self.area.delete_word()),
            Code::Backspace => changed(self.area.delete_char()),
            Code::Delete if key.ctrl => changed(self.area.delete_next_word()),
            Code::Delete => changed(self.area.delete_next_char()),
            Code::Char(_) if key.is_ctrl('z') => {
                let undone = self.area.undo();
                if pair == Pair::Done {
                    self.area.undo();
                    self.pair = Pair::Undone;
                }
                changed(undone)
            }
            Code::Char(_) if key.is_ctrl('y') => {
                let redone = self.area.redo();
                if pair == Pair::Undone {
                    self.area.redo();
                    self.pair = Pair::Done;
                }
                changed(redone)
            }
            Code::Char(_) if key.is_ctrl('c') => {
                self.area.copy();
                Outcome::Moved
            }
            Code::Char(_) if key.is_ctrl('x') => changed(self.area.cut()),
            Code::Char(_) if key.is_ctrl('v') => changed(self.area.paste()),
            Code::Char(_) if key.is_ctrl('a') => {
                self.area.select_all();
                Outcome::Moved
            }
            _ => match movement(key) {
                Some(m) => {
                    if key.shift {
                        if !self.area.is_selecting() {
                            self.area.start_selection();
                        }
                    } else {
                        self.area.cancel_selection();
                    }
                    self.area.move_cursor(m);
                    Outcome::Moved
                }
                None => Outcome::Ignored,
            },
        }
    }

    /// The cursor's (row, column) in the text.
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }
}

fn movement(key: Key) -> Option<CursorMove> {
    let by_word = key.ctrl || key.alt;
    Some(match key.code {
        Code::Left if by_word => CursorMove::WordBack,
        Code::Right if by_word => CursorMove::WordForward,
        Code::Left => CursorMove::Back,
        Code::Right => CursorMove::Forward,
        Code::Up if by_word => CursorMove::ParagraphBack,
        Code::Down if by_word => CursorMove::ParagraphForward,
        Code::Up => CursorMove::Up,
        Code::Down => CursorMove::Down,
        Code::Home if key.ctrl => CursorMove::Top,
        Code::End if key.ctrl => CursorMove::Bottom,
        Code::Home => CursorMove::Head,
        Code::End => CursorMove::End,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
