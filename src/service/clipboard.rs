//! An article on the clipboard: HTML (headings, bold, quotes and links kept when pasted into
//! Word, LibreOffice, Gmail or WordPress's editor) with plain text beside it (for Facebook and
//! plain fields), through the system's clipboard (`arboard`: Windows, macOS, X11, Wayland);
//! where none can be reached, the terminal's own clipboard sequence (OSC 52, plain text),
//! which the front end writes through its one door to the terminal.

use std::path::Path;

use base64::Engine;

use crate::render::{self, LoadedTemplate, RenderError};
use crate::story::Draft;

/// What goes on the clipboard: the same article twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    /// An HTML fragment, told to be UTF-8 (LibreOffice reads a fragment without it as Latin-1).
    pub html: String,
    /// The article as plain text: paragraphs, no marks.
    pub text: String,
}

/// The article `layout` makes of `draft`, as HTML and as plain text, from one Markdown.
/// The photos are not put on the clipboard: the text names each where it goes.
pub fn payload(
    loaded: &LoadedTemplate,
    draft: &Draft,
    layout: &str,
) -> Result<Payload, RenderError> {
    let markdown = render::markdown(loaded, draft, layout)?;
    Ok(payload_of(&markdown, &loaded.template.language))
}

/// [`payload`] of a layout's Markdown, for an article in `language`.
pub fn payload_of(markdown: &str, language: &str) -> Payload {
    Payload {
        html: format!(
            "<meta charset=\"utf-8\">{}",
            render::html::fragment(markdown)
        ),
        text: render::plain_text(markdown, language)
            .trim_end()
            .to_string(),
    }
}

/// Why the system's clipboard could not take the article.
#[derive(Debug, thiserror::Error)]
pub enum ClipboardError {
    /// No graphical session to reach (a console, an SSH session without a display).
    #[error("no graphical session: neither DISPLAY nor WAYLAND_DISPLAY is set")]
    NoSession,
    /// The clipboard refused or failed.
    #[error("{0}")]
    Failed(String),
}

/// The system's clipboard, kept open as long as the program wants what it copied to stay
/// there (on X11 the copying program serves the clipboard; once it closes it, a clipboard
/// manager takes the text over).
pub struct SystemClipboard(arboard::Clipboard);

impl std::fmt::Debug for SystemClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SystemClipboard")
    }
}

impl SystemClipboard {
    /// The system's clipboard, when one can be reached: on Linux and the BSDs only within a
    /// graphical session (X11 or Wayland).
    pub fn open() -> Result<Self, ClipboardError> {
        if cfg!(all(unix, not(target_os = "macos"))) && !graphical_session() {
            return Err(ClipboardError::NoSession);
        }
        arboard::Clipboard::new()
            .map(SystemClipboard)
            .map_err(|e| ClipboardError::Failed(e.to_string()))
    }

    /// Puts `payload` on it: HTML, with the plain text as its alternative.
    pub fn set(&mut self, payload: &Payload) -> Result<(), ClipboardError> {
        self.0
            .set_html(payload.html.as_str(), Some(payload.text.as_str()))
            .map_err(|e| ClipboardError::Failed(e.to_string()))
    }
}

fn graphical_session() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// The terminal's clipboard sequence (OSC 52) carrying `text`: most terminals (xterm, kitty,
/// WezTerm, Windows Terminal, iTerm2, tmux with `set-clipboard on`) put it on the clipboard of
/// the computer the terminal runs on, over SSH too. Plain text only.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{encoded}\x07")
}

/// Where an article goes when no clipboard can be reached and no terminal can take it: a text
/// file beside the draft, named from its title and layout, never over another file.
pub fn fallback_path(draft_path: &Path, draft: &Draft, layout: &str) -> std::path::PathBuf {
    let stem = render::safe_stem(draft.title());
    let path = draft_path.with_file_name(format!("{stem}-{}.txt", render::safe_stem(layout)));
    if path.exists() {
        super::export::beside_name(&path)
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_keeps_the_marks_in_html_and_none_in_the_text() {
        let md = "# Titlu\n\nUn **rezultat** și [biblioteca](https://biblioteca.md).\n\n> „Citat”\n>\n> — Maria Ciobanu\n\n## Ce urmează\n\n- unu\n- doi\n";
        let p = payload_of(md, "ro");
        assert!(p.html.starts_with("<meta charset=\"utf-8\">"), "{}", p.html);
        for tag in [
            "<h1>Titlu</h1>",
            "<strong>rezultat</strong>",
            "<a href=\"https://biblioteca.md\">biblioteca</a>",
            "<blockquote>",
            "<h2>Ce urmează</h2>",
            "<li>unu</li>",
        ] {
            assert!(p.html.contains(tag), "{tag} in {}", p.html);
        }
        assert!(
            p.text.starts_with("Titlu\n\nUn rezultat și biblioteca"),
            "{}",
            p.text
        );
        assert!(p.text.contains("„Citat”"), "{}", p.text);
        for mark in ["**", "# ", "> ", "<", "]("] {
            assert!(!p.text.contains(mark), "{mark:?} in {}", p.text);
        }
    }

    #[test]
    fn osc_52_carries_the_text_in_base64() {
        let seq = osc52("Bălți");
        assert_eq!(seq, "\x1b]52;c;QsSDbMibaQ==\x07");
    }
}
