//! The item list's behaviour: adding, filling, removing, choices, focus.

use super::*;

const QUOTE: &[&str] = &["text", "author", "role"];
const PHOTO: &[&str] = &["path", "caption", "credit"];

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

/// A field left by adding an item (F7), or by the cursor sent elsewhere (a finding's
/// place), shows its beginning again, not the end it was written to.
#[test]
fn a_field_left_for_a_new_item_or_another_place_shows_its_beginning() {
    let photo = Item::default().with("path", "lansare.jpg").with(
        "caption",
        "Primul atelier „Bunicii online” în sala de lectură a bibliotecii.",
    );
    let mut list = ItemList::new(PHOTO, vec![photo.clone()]);
    list.key(Key::plain(Code::Tab));
    assert_ne!(
        list.rows[0].fields[1].cursor(),
        (0, 0),
        "entered at its end"
    );
    assert_eq!(list.add(), ItemsOutcome::Added);
    assert_eq!(
        list.rows[0].fields[1].cursor(),
        (0, 0),
        "left for a new item"
    );

    let mut list = ItemList::new(PHOTO, vec![photo]);
    list.key(Key::plain(Code::Tab));
    assert!(list.focus_on(0, "path"));
    assert_eq!(
        list.rows[0].fields[1].cursor(),
        (0, 0),
        "left for another place"
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
    // A consent has one more: the signed form noted, still a yes.
    list.key(Key::plain(Code::Char(' ')));
    assert_eq!(list.items()[0].get("consent"), "signed");
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

#[test]
fn a_photo_shows_children_yes_or_no_without_a_signed_form() {
    let mut list = ItemList::new(&["path"], Vec::new()).with_choices(&["children", "consent"]);
    typed(&mut list, "atelier.jpg");
    list.key(Key::plain(Code::Tab));
    assert_eq!(list.focused_choice(), Some("children"));
    for expected in ["yes", "no", ""] {
        list.key(Key::plain(Code::Char(' ')));
        assert_eq!(list.items()[0].get("children"), expected);
    }
}
