//! A trainer's comments on a draft, kept under the step they are about.
//!
//! In the file they are `[[comments.<step id>]]` tables with `reviewer`, `date`, `text` and
//! `resolved`; like the rest of a draft, keys this version does not know are kept. Nothing
//! in `render` reads them: comments never reach an article.

use serde::{Deserialize, Serialize};
use toml::{Table, Value};

/// One comment on a step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comment {
    pub reviewer: String,
    /// ISO date (`2026-11-25`) the comment was written.
    pub date: String,
    pub text: String,
    /// The librarian saw to it.
    pub resolved: bool,
}

impl Comment {
    /// An open comment.
    pub fn new(reviewer: &str, date: &str, text: &str) -> Comment {
        Comment {
            reviewer: reviewer.to_string(),
            date: date.to_string(),
            text: text.to_string(),
            resolved: false,
        }
    }

    fn from_table(table: &Table) -> Comment {
        let text = |key: &str| match table.get(key) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Datetime(d)) => d.to_string(),
            _ => String::new(),
        };
        Comment {
            reviewer: text("reviewer"),
            date: text("date"),
            text: text("text"),
            resolved: table
                .get("resolved")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        }
    }

    fn into_table(self) -> Table {
        let mut table = Table::new();
        table.insert("reviewer".into(), Value::String(self.reviewer));
        table.insert("date".into(), Value::String(self.date));
        table.insert("text".into(), Value::String(self.text));
        table.insert("resolved".into(), Value::Boolean(self.resolved));
        table
    }
}

/// Comments by step id, each step's in the order they were written.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct Comments(Table);

impl Comments {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The comments on step `step_id`; entries that are not tables are skipped.
    pub fn of(&self, step_id: &str) -> Vec<Comment> {
        self.tables(step_id)
            .map(|tables| tables.map(Comment::from_table).collect())
            .unwrap_or_default()
    }

    /// How many comments on step `step_id` are still open.
    pub fn open(&self, step_id: &str) -> usize {
        self.of(step_id).iter().filter(|c| !c.resolved).count()
    }

    /// Every step id with comments, in file order.
    pub fn steps(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Adds `comment` after the step's others. A step entry that is not a list of tables
    /// (written wrongly by hand) becomes one.
    pub fn add(&mut self, step_id: &str, comment: Comment) {
        let entry = self
            .0
            .entry(step_id.to_string())
            .or_insert_with(|| Value::Array(Vec::new()));
        if !entry.is_array() {
            *entry = Value::Array(Vec::new());
        }
        if let Value::Array(list) = entry {
            list.push(Value::Table(comment.into_table()));
        }
    }

    /// Marks the step's comment `index` (as [`Comments::of`] counts) resolved or open
    /// again; whether there was such a comment. Its other keys stay as they were.
    pub fn set_resolved(&mut self, step_id: &str, index: usize, resolved: bool) -> bool {
        let Some(Value::Array(list)) = self.0.get_mut(step_id) else {
            return false;
        };
        let Some(table) = list.iter_mut().filter_map(Value::as_table_mut).nth(index) else {
            return false;
        };
        table.insert("resolved".into(), Value::Boolean(resolved));
        true
    }

    fn tables(&self, step_id: &str) -> Option<impl Iterator<Item = &Table>> {
        Some(
            self.0
                .get(step_id)?
                .as_array()?
                .iter()
                .filter_map(Value::as_table),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_added_read_and_resolved_keeping_unknown_keys() {
        let mut comments: Comments = toml::from_str(
            "[[problem]]\nreviewer = \"Ion\"\ndate = 2026-11-20\ntext = \"Mai scurt.\"\n\
             resolved = false\npriority = 2\n\n[lead]\nnote = \"not a list\"\n",
        )
        .unwrap();
        assert_eq!(
            comments.of("problem"),
            [Comment::new("Ion", "2026-11-20", "Mai scurt.")]
        );
        assert!(comments.of("lead").is_empty());
        comments.add("problem", Comment::new("Ana", "2026-11-25", "Un citat?"));
        assert_eq!(comments.open("problem"), 2);
        assert!(comments.set_resolved("problem", 0, true));
        assert!(!comments.set_resolved("problem", 5, true));
        assert!(!comments.set_resolved("title", 0, true));
        assert_eq!(comments.open("problem"), 1);
        assert!(comments.of("problem")[0].resolved);
        let text = toml::to_string(&comments).unwrap();
        assert!(text.contains("priority = 2"), "{text}");
        assert!(text.contains("note = \"not a list\""), "{text}");
        comments.add("lead", Comment::new("Ana", "2026-11-25", "Bine."));
        assert_eq!(comments.of("lead").len(), 1);
        assert_eq!(comments.steps().collect::<Vec<_>>(), ["problem", "lead"]);
    }
}
