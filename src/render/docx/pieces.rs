//! The inline content of one paragraph (text with its emphasis, line breaks, pictures) and
//! how it becomes Word runs.

use docx_rs::{BreakType, Paragraph, Run};

use super::styles::{self, fonts};

#[derive(Debug, Clone)]
pub enum Piece {
    Text {
        text: String,
        bold: bool,
        italic: bool,
        code: bool,
    },
    Break,
    Image {
        src: String,
        alt: String,
    },
}

/// What the paragraph style already says, so runs do not say it again.
#[derive(Clone, Copy, PartialEq)]
pub enum Strip {
    None,
    Bold,
    Italic,
}

pub fn runs(mut paragraph: Paragraph, pieces: &[Piece], strip: Strip) -> Paragraph {
    for piece in pieces {
        let run = match piece {
            Piece::Text {
                text,
                bold,
                italic,
                code,
            } => {
                let mut run = Run::new().add_text(text.as_str());
                if *bold && strip != Strip::Bold {
                    run = run.bold();
                }
                if *italic && strip != Strip::Italic {
                    run = run.italic();
                }
                if *code {
                    run = run.fonts(fonts(styles::CODE_FONT));
                }
                run
            }
            Piece::Break => Run::new().add_break(BreakType::TextWrapping),
            Piece::Image { alt, .. } => Run::new().italic().add_text(alt.as_str()),
        };
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

pub fn is_only_images(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| matches!(p, Piece::Image { .. }))
        && pieces.iter().all(|p| match p {
            Piece::Image { .. } | Piece::Break => true,
            Piece::Text { text, .. } => text.trim().is_empty(),
        })
}

/// Whether every visible piece of text is (bold, italic) as `test` asks.
pub fn all(pieces: &[Piece], test: impl Fn(bool, bool) -> bool) -> bool {
    let mut any = false;
    for piece in pieces {
        if let Piece::Text {
            text, bold, italic, ..
        } = piece
            && !text.trim().is_empty()
        {
            any = true;
            if !test(*bold, *italic) {
                return false;
            }
        }
    }
    any
}

pub fn plain(pieces: &[Piece]) -> String {
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Text { text: t, .. } => text.push_str(t),
            Piece::Break => text.push(' '),
            Piece::Image { alt, .. } => text.push_str(alt),
        }
    }
    text
}
