//! The field's editing, wrapping and drawing, key by key.

use super::*;

fn typed(field: &mut Field, text: &str) {
    for c in text.chars() {
        assert_eq!(field.key(Key::plain(Code::Char(c))), Outcome::Changed);
    }
}

#[test]
fn typing_romanian_and_russian_with_undo_redo_and_words() {
    let mut f = Field::new("", true);
    typed(&mut f, "Știință și țară");
    f.key(Key::plain(Code::Enter));
    typed(&mut f, "Не потерять");
    assert_eq!(f.text(), "Știință și țară\nНе потерять");
    f.key(Key::ctrl(Code::Left));
    f.key(Key::ctrl(Code::Backspace));
    assert_eq!(f.text(), "Știință și țară\nпотерять");
    f.key(Key::ctrl(Code::Char('z')));
    assert_eq!(f.text(), "Știință și țară\nНе потерять");
    f.key(Key::ctrl(Code::Char('y')));
    assert_eq!(f.text(), "Știință și țară\nпотерять");
}

#[test]
fn a_line_field_ignores_enter_and_joins_pasted_lines() {
    let mut f = Field::new("Titlu", false);
    assert_eq!(f.key(Key::plain(Code::Enter)), Outcome::Ignored);
    f.paste(" lung\r\ncu două rînduri\n");
    assert_eq!(f.text(), "Titlu lung cu două rînduri");
    let mut t = Field::new("", true);
    t.paste("a\r\nb");
    assert_eq!(t.text(), "a\nb");
}

#[test]
fn a_span_is_replaced_as_one_change_that_undo_takes_back() {
    let mut f = Field::new("Un  rînd\nşi altul", true);
    f.cursor_to_char(2);
    assert_eq!(f.cursor(), (0, 2));
    f.cursor_to_char(9);
    assert_eq!(f.cursor(), (1, 0));
    assert_eq!(f.replace_chars(9, 10, "ș"), Outcome::Changed);
    assert_eq!(f.text(), "Un  rînd\nși altul");
    assert_eq!(f.replace_chars(2, 4, " "), Outcome::Changed);
    assert_eq!(f.text(), "Un rînd\nși altul");
    assert_eq!(f.replace_chars(2, 3, ""), Outcome::Changed);
    assert_eq!(f.text(), "Unrînd\nși altul");
    assert_eq!(f.replace_chars(40, 41, "x"), Outcome::Ignored);
    f.key(Key::ctrl(Code::Char('z')));
    assert_eq!(f.text(), "Un rînd\nși altul");
    f.key(Key::ctrl(Code::Char('z')));
    assert_eq!(f.text(), "Un  rînd\nși altul");
    // A replacement is a deletion and an insertion: one undo, one redo.
    let mut g = Field::new("Aşa", false);
    assert_eq!(g.replace_chars(1, 2, "ș"), Outcome::Changed);
    g.key(Key::plain(Code::Right));
    g.key(Key::ctrl(Code::Char('z')));
    assert_eq!(g.text(), "Aşa", "one undo takes back a replacement");
    g.key(Key::ctrl(Code::Char('y')));
    assert_eq!(g.text(), "Așa", "one redo does it again");
    g.key(Key::ctrl(Code::Char('z')));
    assert_eq!(g.text(), "Aşa");
}

/// What a field shows in a box `width` wide and tall enough for all of it, and where
/// its cursor is on screen.
fn drawn(field: &Field, width: u16) -> (ratatui::buffer::Buffer, (usize, usize)) {
    use ratatui::widgets::Widget;
    let area = ratatui::layout::Rect::new(0, 0, width, 60);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    field.area().render(area, &mut buffer);
    let at = field.area().screen_cursor();
    (buffer, (at.row, at.col))
}

#[test]
fn a_field_edited_key_by_key_wraps_as_one_made_afresh() {
    // The text area re-wraps only the lines an edit changed: what it shows must be what
    // a field holding the same text shows.
    let text = "Într-o zi de toamnă, biblioteca din sat s-a umplut de copii și de părinți.\n\
                Второй абзац, по-русски, чтобы перенос шёл по словам.\n\nUltimul.";
    let mut f = Field::new(text, true);
    drawn(&f, 24);
    let mut keys = vec![Key::ctrl(Code::Home), Key::plain(Code::Down)];
    keys.extend("Cuvinte noi ".chars().map(|c| Key::plain(Code::Char(c))));
    keys.extend([
        Key::plain(Code::Enter),
        Key::plain(Code::Backspace),
        Key::plain(Code::Backspace),
        Key::ctrl(Code::Backspace),
        Key::plain(Code::Enter),
        Key::plain(Code::Enter),
        Key::ctrl(Code::Char('z')),
        Key::ctrl(Code::Char('z')),
        Key::ctrl(Code::Char('y')),
        Key::ctrl(Code::End),
        Key::plain(Code::Delete),
    ]);
    for key in keys {
        f.key(key);
        let mut fresh = Field::new(&f.text(), true);
        let (row, col) = f.cursor();
        let offset: usize = f
            .text()
            .split('\n')
            .take(row)
            .map(|l| l.chars().count() + 1)
            .sum();
        fresh.cursor_to_char(offset + col);
        assert_eq!(fresh.cursor(), f.cursor());
        assert_eq!(drawn(&f, 24), drawn(&fresh, 24), "after {key:?}");
    }
}

#[test]
fn a_wrapped_row_never_begins_with_a_space() {
    // "… are cititorii" fills a row of 52 exactly; the space after it used to begin the
    // next row, drawn as an indent (vendor/ratatui-textarea/PATCHED.md).
    let text = "Biblioteca noastră din cartierul Dacia are cititorii și mulți alții care vin aici.";
    let mut f = Field::new(text, true);
    let rows = |f: &Field| -> Vec<String> {
        let (buffer, _) = drawn(f, 52);
        (0..4)
            .map(|y| (0..52).map(|x| buffer[(x, y)].symbol()).collect::<String>())
            .map(|row| row.trim_end().to_string())
            .filter(|row| !row.is_empty())
            .collect()
    };
    assert_eq!(
        rows(&f),
        [
            "Biblioteca noastră din cartierul Dacia are",
            "cititorii și mulți alții care vin aici."
        ]
    );
    // The cursor right after the row's last space stands at the start of the next row.
    f.cursor_to_char(43);
    assert_eq!(drawn(&f, 52).1, (1, 0));
    f.cursor_to_char(42);
    assert_eq!(drawn(&f, 52).1, (0, 42));
    // Typing at the start of the moved word keeps the rows whole.
    f.cursor_to_char(43);
    typed(&mut f, "și ");
    assert!(
        rows(&f).iter().all(|row| !row.starts_with(' ')),
        "{:?}",
        rows(&f)
    );
}

#[test]
fn emacs_shortcuts_do_not_apply() {
    let mut f = Field::new("abc", true);
    assert_eq!(f.key(Key::ctrl(Code::Char('k'))), Outcome::Ignored);
    assert_eq!(f.text(), "abc");
}
