//! The draft file as a person wrote it: comments, blank lines, key order and quoting, kept
//! with the draft so that saving changes only the values that changed.
//!
//! Saving first writes the draft the plain way (serde, `"""` for text with several lines),
//! then carries each value into the kept document: a value that did not change stays exactly
//! as it was written; one that changed takes the new text and keeps the comment beside it;
//! a new key goes after the key it follows in a fresh draft, a new table after its siblings;
//! a removed key goes. The caller checks the result reads back as the same draft.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

/// The text a draft was read from, when it was read from a file. It is not part of what the
/// draft says: two drafts with the same answers are equal whatever their files look like.
///
/// The text is parsed for its layout only when the draft is saved: exporting or checking a
/// draft reads it once, the plain way.
#[derive(Clone, Default)]
pub struct Document(Option<Arc<Kept>>);

struct Kept {
    text: String,
    parsed: OnceLock<Option<DocumentMut>>,
}

impl Document {
    /// The document of `text`, parsed when first needed.
    pub(crate) fn parse(text: &str) -> Self {
        Document(Some(Arc::new(Kept {
            text: text.to_string(),
            parsed: OnceLock::new(),
        })))
    }

    fn kept(&self) -> Option<&DocumentMut> {
        let kept = self.0.as_deref()?;
        kept.parsed
            .get_or_init(|| kept.text.parse::<DocumentMut>().ok())
            .as_ref()
    }

    /// `text` written the way the file it was read from was: with its byte order mark and
    /// its Windows line ends (`\r\n`) when it had them (Notepad writes both).
    pub(crate) fn in_file_style(&self, text: &str) -> String {
        let Some(kept) = self.0.as_deref() else {
            return text.to_string();
        };
        let bom = kept.text.starts_with('\u{feff}');
        let lines = kept.text.matches('\n').count();
        let crlf = lines > 0 && kept.text.matches("\r\n").count() * 2 > lines;
        let mut out = String::with_capacity(text.len() + text.len() / 16 + 3);
        if bom && !text.starts_with('\u{feff}') {
            out.push('\u{feff}');
        }
        if crlf {
            out.push_str(&text.replace("\r\n", "\n").replace('\n', "\r\n"));
        } else {
            out.push_str(text);
        }
        out
    }

    /// Whether the draft was read from a text whose layout can be kept.
    pub fn is_kept(&self) -> bool {
        self.kept().is_some()
    }

    /// The kept text with the values of `fresh` (the draft written the plain way); `None`
    /// when there is nothing kept or `fresh` cannot be read.
    pub(crate) fn merged(&self, fresh: &str) -> Option<String> {
        let kept = self.kept()?;
        let fresh = fresh.parse::<DocumentMut>().ok()?;
        let mut doc = kept.clone();
        merge_table(doc.as_table_mut(), fresh.into_table());
        Some(doc.to_string())
    }
}

impl PartialEq for Document {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_kept() {
            "Document(kept)"
        } else {
            "Document(none)"
        })
    }
}

/// Carries `new`'s keys into `old`: same keys merged, missing ones removed, new ones placed
/// after the key they follow in `new`.
fn merge_table(old: &mut Table, new: Table) {
    old.retain(|key, _| new.contains_key(key));
    let before: Vec<String> = old.iter().map(|(k, _)| k.to_string()).collect();
    let mut rank: HashMap<String, (usize, usize)> = before
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), (i + 1, 0)))
        .collect();
    let mut after = (0, 0);
    for (key, item) in new {
        let key = key.to_string();
        match old.get_mut(&key) {
            Some(slot) => {
                merge_item(slot, item);
                after = (rank.get(&key).map_or(0, |r| r.0), 0);
            }
            None => {
                let mut item = item;
                unplace(&mut item);
                old.insert(&key, item);
                after.1 += 1;
                rank.insert(key, after);
            }
        }
    }
    if rank.values().any(|r| r.1 > 0) {
        let at = |k: &toml_edit::Key| rank.get(k.get()).copied().unwrap_or_default();
        old.sort_values_by(|k1, _, k2, _| at(k1).cmp(&at(k2)));
    }
    let first_new = rank.iter().find(|(_, r)| **r == (0, 1)).map(|(k, _)| k);
    if let (Some(first_new), Some(first_old)) = (first_new, before.first()) {
        lend_heading(old, first_old, first_new);
    }
}

/// The comment above what was the first key is the file's (or table's) heading: it stays
/// on top when a new key goes before that key.
fn lend_heading(table: &mut Table, from: &str, to: &str) {
    let is_value = |key: &str| table.get(key).is_some_and(Item::is_value);
    if !is_value(from) || !is_value(to) {
        return;
    }
    let Some(prefix) = table
        .key(from)
        .and_then(|k| k.leaf_decor().prefix())
        .cloned()
    else {
        return;
    };
    if let Some(mut key) = table.key_mut(from) {
        key.leaf_decor_mut().set_prefix("");
    }
    if let Some(mut key) = table.key_mut(to) {
        key.leaf_decor_mut().set_prefix(prefix);
    }
}

fn merge_item(old: &mut Item, new: Item) {
    match (old, new) {
        (Item::Table(o), Item::Table(n)) => merge_table(o, n),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => merge_tables(o, n),
        (Item::Value(o), Item::Value(n)) => merge_value(o, n),
        // Written inline by hand: kept inline.
        (Item::Value(o @ Value::InlineTable(_)), Item::Table(n)) => {
            merge_value(o, Value::InlineTable(n.into_inline_table()));
        }
        (Item::Value(Value::Array(o)), Item::ArrayOfTables(n)) if !o.is_empty() => {
            merge_array(o, n.into_array());
        }
        (slot, mut n) => {
            unplace(&mut n);
            *slot = n;
        }
    }
}

fn merge_tables(old: &mut ArrayOfTables, new: ArrayOfTables) {
    let count = new.len();
    for (i, mut table) in new.into_iter().enumerate() {
        match old.get_mut(i) {
            Some(slot) => merge_table(slot, table),
            None => {
                unplace_table(&mut table);
                old.push(table);
            }
        }
    }
    while old.len() > count {
        old.remove(old.len() - 1);
    }
}

fn merge_value(old: &mut Value, new: Value) {
    match (old, new) {
        (Value::InlineTable(o), Value::InlineTable(n)) => merge_inline(o, n),
        (Value::Array(o), Value::Array(n)) => merge_array(o, n),
        (o, n) if same(o, &n) => {}
        (o, mut n) => {
            *n.decor_mut() = o.decor().clone();
            *o = n;
        }
    }
}

fn merge_inline(old: &mut InlineTable, new: InlineTable) {
    old.retain(|key, _| new.contains_key(key));
    for (key, value) in new {
        match old.get_mut(&key) {
            Some(slot) => merge_value(slot, value),
            None => {
                // The space before `}` belonged to the last value; it goes to the new one.
                if let Some((_, last)) = old.iter_mut().last()
                    && last
                        .decor()
                        .suffix()
                        .and_then(|s| s.as_str())
                        .is_some_and(|s| s.trim().is_empty())
                {
                    last.decor_mut().set_suffix("");
                }
                old.insert(key.to_string(), value);
            }
        }
    }
}

fn merge_array(old: &mut toml_edit::Array, new: toml_edit::Array) {
    let count = new.len();
    for (i, value) in new.into_iter().enumerate() {
        match old.get_mut(i) {
            Some(slot) => merge_value(slot, value),
            None => old.push_formatted(value),
        }
    }
    while old.len() > count {
        old.remove(old.len() - 1);
    }
}

/// Whether two plain values say the same. A date written bare (`date = 2026-11-25`) is the
/// same as its text, which is how the draft holds it.
fn same(old: &Value, new: &Value) -> bool {
    match (old, new) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value().to_bits() == b.value().to_bits(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::String(b)) => a.value().to_string() == *b.value(),
        _ => false,
    }
}

/// Forgets where the fresh text put a table, so it is written after the tables before it
/// in the kept document rather than at the fresh text's place.
fn unplace(item: &mut Item) {
    match item {
        Item::Table(t) => unplace_table(t),
        Item::ArrayOfTables(a) => a.iter_mut().for_each(unplace_table),
        _ => {}
    }
}

fn unplace_table(table: &mut Table) {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        unplace(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(kept: &str, fresh: &str) -> String {
        Document::parse(kept).merged(fresh).unwrap()
    }

    #[test]
    fn unchanged_values_keep_their_writing_and_comments() {
        let kept = "# top\ntemplate = 'x'  # why\n\n[meta]\ndate = 2026-11-25\n";
        let fresh = "template = \"x\"\n\n[meta]\ndate = \"2026-11-25\"\n";
        assert_eq!(merged(kept, fresh), kept);
    }

    #[test]
    fn a_changed_value_keeps_the_comment_beside_it() {
        let kept = "[answers]\n# the title\ntitle = 'old'  # short\nlead = \"a\"\n";
        let fresh = "[answers]\ntitle = \"new\"\nlead = \"a\"\n";
        assert_eq!(
            merged(kept, fresh),
            "[answers]\n# the title\ntitle = \"new\"  # short\nlead = \"a\"\n"
        );
    }

    #[test]
    fn new_keys_follow_the_key_before_them() {
        let kept = "template = \"x\"\n\n[answers]\ntitle = \"t\"\n# end\nlead = \"l\"\n";
        let fresh = "schema_version = 1\ntemplate = \"x\"\n\n[answers]\ntitle = \"t\"\n\
                     problem = \"p\"\nlead = \"l\"\n";
        assert_eq!(
            merged(kept, fresh),
            "schema_version = 1\ntemplate = \"x\"\n\n[answers]\ntitle = \"t\"\n\
             problem = \"p\"\n# end\nlead = \"l\"\n"
        );
    }

    #[test]
    fn a_new_first_key_goes_under_the_file_s_heading() {
        let kept = "# Heading.\ntemplate = \"x\"\n";
        let fresh = "schema_version = 1\ntemplate = \"x\"\n";
        assert_eq!(
            merged(kept, fresh),
            "# Heading.\nschema_version = 1\ntemplate = \"x\"\n"
        );
    }

    #[test]
    fn quotes_added_and_removed_keep_the_others_as_written() {
        let kept = "[answers]\ntitle = \"t\"\n\n[[answers.quotes]]\n# first\ntext = \"a\"\n\n\
                    [answers.extra]\nk = 1\n";
        let fresh = "[answers]\ntitle = \"t\"\n\n[[answers.quotes]]\ntext = \"a\"\n\n\
                     [[answers.quotes]]\ntext = \"b\"\n\n[answers.extra]\nk = 1\n";
        let out = merged(kept, fresh);
        assert_eq!(
            out,
            "[answers]\ntitle = \"t\"\n\n[[answers.quotes]]\n# first\ntext = \"a\"\n\n\
             [[answers.quotes]]\ntext = \"b\"\n\n[answers.extra]\nk = 1\n"
        );
        let back = "[answers]\ntitle = \"t\"\n\n[answers.extra]\nk = 1\n";
        assert_eq!(merged(&out, back), back);
    }

    #[test]
    fn tables_written_inline_stay_inline() {
        let kept = "meta = { author = \"A\", date = \"d\" }\n";
        let fresh = "[meta]\nauthor = \"B\"\ndate = \"d\"\n";
        assert_eq!(
            merged(kept, fresh),
            "meta = { author = \"B\", date = \"d\" }\n"
        );
        let fresh = "[meta]\nauthor = \"A\"\ndate = \"d\"\ninstitution = \"\"\n";
        assert_eq!(
            merged(kept, fresh),
            "meta = { author = \"A\", date = \"d\", institution = \"\" }\n"
        );
    }
}
