//! An article on the clipboard: HTML (headings, bold, quotes and links kept when pasted into
//! Word, LibreOffice, Gmail or WordPress's editor) with plain text beside it (for Facebook and
//! plain fields), through the system's clipboard (`arboard`: Windows, macOS, X11, Wayland);
//! where none can be reached, the terminal's own clipboard sequence (OSC 52, plain text),
//! which the front end writes through its one door to the terminal.

use std::path::Path;

use base64::Engine;

mod keeper;

use crate::i18n::Catalog;
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
    /// The process that would keep the article on the clipboard could not be started.
    #[error("the process keeping the clipboard could not start: {0}")]
    KeeperNotStarted(std::io::Error),
    /// It never said it had the article on the clipboard.
    #[error("the process keeping the clipboard did not answer")]
    KeeperSilent,
}

impl ClipboardError {
    /// Why, in a few words of the interface language (the clipboard's own words when it
    /// refused).
    pub fn reason(&self, catalog: &Catalog) -> String {
        match self {
            ClipboardError::NoSession => catalog.t("copy-no-session"),
            ClipboardError::Failed(why) => why.clone(),
            ClipboardError::KeeperNotStarted(err) => catalog.t_args(
                "copy-keeper-not-started",
                &[("reason", super::io_reason_text(err, catalog).into())],
            ),
            ClipboardError::KeeperSilent => catalog.t("copy-keeper-silent"),
        }
    }
}

/// The system's clipboard. On Windows and macOS the system keeps what a program copied
/// after it ends. On X11 and Wayland the program that copied serves the clipboard, so what
/// it copied goes when it ends (unless a clipboard manager takes it over): there the article
/// is handed, as `xclip` and `wl-copy` do, to a process of its own that serves it in the
/// background until another program copies something ([`SystemClipboard::kept_by`]).
pub struct SystemClipboard(Way);

enum Way {
    /// This process serves the clipboard (while it runs, on X11 and Wayland).
    Here(arboard::Clipboard),
    /// On X11 and Wayland, a process started from this program's file (`povestitor
    /// keep-clipboard`) serves each article put on it.
    #[cfg(all(unix, not(target_os = "macos")))]
    Kept(std::path::PathBuf),
}

impl std::fmt::Debug for SystemClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SystemClipboard")
    }
}

impl SystemClipboard {
    /// The system's clipboard, served by this process when it has to be (while it runs),
    /// when one can be reached: on Linux and the BSDs only within a graphical session (X11
    /// or Wayland).
    pub fn open() -> Result<Self, ClipboardError> {
        if cfg!(all(unix, not(target_os = "macos"))) && !graphical_session() {
            return Err(ClipboardError::NoSession);
        }
        arboard::Clipboard::new()
            .map(|clipboard| SystemClipboard(Way::Here(clipboard)))
            .map_err(|e| ClipboardError::Failed(e.to_string()))
    }

    /// The system's clipboard, keeping what is put on it after this program ends: on Linux
    /// and the BSDs each article is served by a background process started from `program`
    /// (this program's own file) with the hidden command [`KEEP_COMMAND`]; elsewhere the
    /// system keeps it, and this is [`SystemClipboard::open`].
    pub fn kept_by(program: std::path::PathBuf) -> Result<Self, ClipboardError> {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            if !graphical_session() {
                return Err(ClipboardError::NoSession);
            }
            Ok(SystemClipboard(Way::Kept(program)))
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            let _ = program;
            Self::open()
        }
    }

    /// Puts `payload` on it: HTML, with the plain text as its alternative. Kept by a process
    /// of its own, this returns once that process has it on the clipboard.
    pub fn set(&mut self, payload: &Payload) -> Result<(), ClipboardError> {
        match &mut self.0 {
            Way::Here(clipboard) => clipboard
                .set_html(payload.html.as_str(), Some(payload.text.as_str()))
                .map_err(|e| ClipboardError::Failed(e.to_string())),
            #[cfg(all(unix, not(target_os = "macos")))]
            Way::Kept(program) => keeper::hand_over(program, payload),
        }
    }
}

/// The program that keeps a copied article on the clipboard after this one ends: this
/// program's own file on Linux and the BSDs (for [`SystemClipboard::kept_by`]); elsewhere
/// none, the system keeps it.
pub fn clipboard_keeper() -> Option<std::path::PathBuf> {
    if cfg!(all(unix, not(target_os = "macos"))) {
        std::env::current_exe().ok()
    } else {
        None
    }
}

/// The hidden command that keeps an article on the clipboard (never in the help).
pub const KEEP_COMMAND: &str = "keep-clipboard";

/// What the hidden command does: reads an article from `input` (as [`SystemClipboard`]
/// writes it), puts it on the clipboard, answers on `answer` once it is there (or why
/// not), and keeps serving it until another program copies something or the graphical
/// session ends. Only on Linux and the BSDs; elsewhere it says so and returns at once.
pub fn keep_on_clipboard(
    input: impl std::io::Read,
    answer: impl std::io::Write,
) -> Result<(), ClipboardError> {
    keeper::keep(input, answer)
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
