//! Where a draft was published on WordPress: the site, the post's id, which file sent it and
//! how the post read after that file last wrote it, and each uploaded photo's media id with a
//! hash of the file it came from, so publishing again updates the same post (only when this
//! very file made it, and nobody changed it on the site since) and uploads only photos that
//! changed.
//!
//! In the file it is the `[wordpress]` table (`site`, `post`, `draft`, `post_sha256`,
//! `[[wordpress.media]]` with `file`, `sha256`, `id`, `url`); keys this version does not know
//! are kept. No password is ever kept here. Nothing in `render` reads it.

use toml::{Table, Value};

use super::Draft;

const KEY: &str = "wordpress";

/// What the draft remembers of its post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordPressRecord {
    /// The site's API root the ids belong to.
    pub site: String,
    /// The post's id, once made.
    pub post: Option<u64>,
    /// The draft file that made the post (its full path): a copy of the draft, which carries
    /// this table along, names another file than its own, so it never updates that post.
    pub draft: String,
    /// SHA-256 (hex) of the post's title, content and excerpt as the site kept them after
    /// this draft last wrote them: anything else means the post was changed on the site.
    pub post_sha256: String,
    pub media: Vec<MediaRecord>,
}

/// One photo in the site's media library.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaRecord {
    /// The photo's path as the draft names it.
    pub file: String,
    /// SHA-256 of the bytes that were uploaded (hex).
    pub sha256: String,
    pub id: u64,
    pub url: String,
}

impl WordPressRecord {
    /// The uploaded media for `file` when its bytes still hash to `sha256`.
    pub fn media_for(&self, file: &str, sha256: &str) -> Option<&MediaRecord> {
        self.media
            .iter()
            .find(|m| m.file == file && m.sha256 == sha256)
    }

    /// Remembers `media`, replacing what was kept for the same file.
    pub fn put_media(&mut self, media: MediaRecord) {
        self.media.retain(|m| m.file != media.file);
        self.media.push(media);
    }
}

impl Draft {
    /// The draft's `[wordpress]` table (empty when it was never published).
    pub fn wordpress(&self) -> WordPressRecord {
        let Some(table) = self.extra.get(KEY).and_then(Value::as_table) else {
            return WordPressRecord::default();
        };
        let text = |t: &Table, key: &str| {
            t.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let id = |t: &Table, key: &str| {
            t.get(key)
                .and_then(Value::as_integer)
                .and_then(|n| u64::try_from(n).ok())
        };
        let media = table
            .get("media")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(Value::as_table)
                    .filter_map(|m| {
                        Some(MediaRecord {
                            file: text(m, "file"),
                            sha256: text(m, "sha256"),
                            id: id(m, "id")?,
                            url: text(m, "url"),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        WordPressRecord {
            site: text(table, "site"),
            post: id(table, "post"),
            draft: text(table, "draft"),
            post_sha256: text(table, "post_sha256"),
            media,
        }
    }

    /// Writes `record` into the `[wordpress]` table, keeping keys it does not name.
    pub fn set_wordpress(&mut self, record: &WordPressRecord) {
        let entry = self
            .extra
            .entry(KEY.to_string())
            .or_insert_with(|| Value::Table(Table::new()));
        if !entry.is_table() {
            *entry = Value::Table(Table::new());
        }
        let Value::Table(table) = entry else {
            return;
        };
        table.insert("site".into(), Value::String(record.site.clone()));
        match record.post {
            Some(post) => {
                table.insert("post".into(), integer(post));
            }
            None => {
                table.remove("post");
            }
        }
        for (key, value) in [
            ("draft", &record.draft),
            ("post_sha256", &record.post_sha256),
        ] {
            if value.is_empty() {
                table.remove(key);
            } else {
                table.insert(key.into(), Value::String(value.clone()));
            }
        }
        let media = record
            .media
            .iter()
            .map(|m| {
                let mut t = Table::new();
                t.insert("file".into(), Value::String(m.file.clone()));
                t.insert("sha256".into(), Value::String(m.sha256.clone()));
                t.insert("id".into(), integer(m.id));
                t.insert("url".into(), Value::String(m.url.clone()));
                Value::Table(t)
            })
            .collect();
        table.insert("media".into(), Value::Array(media));
    }
}

fn integer(n: u64) -> Value {
    Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use crate::story::{parse_draft, save_draft};

    #[test]
    fn the_record_is_read_written_and_saved_keeping_what_it_does_not_know() {
        let text = "# my story\ntemplate = \"success-story\"\n\n[answers]\ntitle = \"T\" # kept\n\n[wordpress]\nsite = \"https://a.md/wp-json/\"\nnote = \"mine\"\npost = 7\n";
        let mut draft = parse_draft(text, "d.toml").unwrap_or_default();
        let mut record = draft.wordpress();
        assert_eq!(record.site, "https://a.md/wp-json/");
        assert_eq!(record.post, Some(7));
        assert_eq!(record.draft, "");
        record.post = Some(9);
        record.draft = "/home/ana/povești/martie.toml".into();
        record.post_sha256 = "ef".into();
        record.put_media(super::MediaRecord {
            file: "a.jpg".into(),
            sha256: "ab".into(),
            id: 3,
            url: "https://a.md/a.jpg".into(),
        });
        draft.set_wordpress(&record);
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("d.toml");
        save_draft(&path, &draft).unwrap_or_else(|e| panic!("{e}"));
        let saved = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(saved.contains("# my story"), "{saved}");
        assert!(saved.contains("# kept"), "{saved}");
        assert!(saved.contains("note = \"mine\""), "{saved}");
        assert!(
            saved.contains("draft = \"/home/ana/povești/martie.toml\""),
            "{saved}"
        );
        let again = parse_draft(&saved, "d.toml").unwrap_or_default();
        assert_eq!(again.wordpress(), record);
        assert!(again.wordpress().media_for("a.jpg", "ab").is_some());
        assert!(again.wordpress().media_for("a.jpg", "cd").is_none());
    }
}
