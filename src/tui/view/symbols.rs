//! The wizard's own marks in the set every Windows console font draws (WGL4): a classic
//! console has no font fallback, so a mark its font lacks is an empty box. In safe mode
//! (`Theme::safe_symbols`) every frame passes here once, after it is drawn: the marks the
//! wizard uses that WGL4 lacks become their WGL4 neighbours. Letters are never touched (a
//! Romanian ș or ț stays what it is), only these marks, wherever they come from (a catalog's
//! "✓ salvat" as much as the side list's pointer).

use ratatui::buffer::Buffer;

/// Each mark outside WGL4 the wizard draws, and the WGL4 mark that stands for it.
pub const SAFE: &[(&str, &str)] = &[("✓", "√"), ("✗", "×"), ("✎", "♦"), ("▸", "►"), ("▏", "│")];

/// Puts the WGL4 mark in every cell that holds one of [`SAFE`]'s.
pub fn make_safe(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if let Some((_, safe)) = SAFE.iter().find(|(mark, _)| cell.symbol() == *mark) {
            cell.set_symbol(safe);
        }
    }
}
