//! Plain text in and out: lines read from any reader (a keyboard, a pipe, a file), answers
//! and prompts written as whole lines, flushed at once so a screen reader hears them. No
//! colour, no cursor movement, nothing but text and new lines.

use std::io::{BufRead, Write};

use super::command::{Command, Words};
use crate::i18n::{Arg, Catalog};

/// One line of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Text (maybe empty), without its line ending.
    Text(String),
    /// A line that is exactly a command word.
    Command(Command),
    /// The input ended (Ctrl+D, Ctrl+Z then Enter, the end of a pipe).
    End,
}

pub struct Console<R, W> {
    input: R,
    output: W,
    pub catalog: Catalog,
    pub words: Words,
    ended: bool,
}

impl<R: BufRead, W: Write> Console<R, W> {
    pub fn new(input: R, output: W, catalog: Catalog) -> Console<R, W> {
        let words = Words::new(&catalog);
        Console {
            input,
            output,
            catalog,
            words,
            ended: false,
        }
    }

    /// The next line. Bytes that are not UTF-8 are read as well as they can be rather
    /// than ending the writing; an input that cannot be read any more counts as its end.
    pub fn read(&mut self) -> Line {
        if self.ended {
            return Line::End;
        }
        let mut bytes = Vec::new();
        match self.input.read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => {
                self.ended = true;
                return Line::End;
            }
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim_end_matches(['\n', '\r']);
        match self.words.parse(text) {
            Some(command) => Line::Command(command),
            None => Line::Text(text.to_string()),
        }
    }

    /// Writes `text`, then a new line; a draft's or a template's control characters are
    /// shown, never obeyed (`text::terminal_safe`: every line of plain mode passes here). A
    /// closed output is not an error here: the answers still go into the draft, and the end
    /// of the input ends the program.
    pub fn say(&mut self, text: &str) {
        let _ = writeln!(self.output, "{}", crate::text::terminal_safe(text));
        let _ = self.output.flush();
    }

    /// Says a field's label and what it holds now, or that it is empty.
    pub fn say_field(&mut self, label: String, value: &str) {
        let text = if value.trim().is_empty() {
            self.t_args("plain-field-empty", &[("label", label.into())])
        } else {
            self.t_args(
                "plain-field-now",
                &[("label", label.into()), ("value", value.to_string().into())],
            )
        };
        self.say(&text);
    }

    /// An empty line between parts, so each part reads as one.
    pub fn gap(&mut self) {
        self.say("");
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.t(id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.t_args(id, args)
    }

    /// Says the message `id`.
    pub fn say_t(&mut self, id: &str) {
        let text = self.t(id);
        self.say(&text);
    }

    /// Says the message `id` with its arguments.
    pub fn say_args(&mut self, id: &str, args: &[(&str, Arg)]) {
        let text = self.t_args(id, args);
        self.say(&text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn lines(input: &[u8]) -> Vec<Line> {
        let mut con = Console::new(input, Vec::new(), Catalog::new(Lang::En));
        let mut read = Vec::new();
        loop {
            let line = con.read();
            let end = line == Line::End;
            read.push(line);
            if end {
                break;
            }
        }
        assert_eq!(con.read(), Line::End, "the end stays the end");
        read
    }

    #[test]
    fn windows_line_endings_a_last_line_without_one_and_bad_bytes_are_read() {
        let text = |s: &str| Line::Text(s.to_string());
        assert_eq!(
            lines(b"Titlu\r\n\r\n:back\r\nf\xe2r\xff\nsf\xc3\xa2r\xc8\x99it"),
            [
                text("Titlu"),
                text(""),
                Line::Command(Command::Back),
                text("f\u{fffd}r\u{fffd}"),
                text("sfârșit"),
                Line::End
            ]
        );
    }
}
