//! YAML front matter for static site generators (Hugo, Jekyll, Eleventy) on Markdown exports.
//!
//! `title` is the article's first heading as the reader sees it; `date` only when the draft
//! has an ISO date (generators reject anything else); `author` when known; `tags` from the
//! layout's `tags` in template.toml.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::story::{Draft, iso_date};

pub fn front_matter(markdown: &str, draft: &Draft, tags: &[String]) -> String {
    let title = first_heading(markdown).unwrap_or_else(|| draft.title().to_string());
    let mut yaml = String::from("---\n");
    yaml.push_str(&format!("title: {}\n", quoted(&title)));
    if let Some(date) = iso_date(&draft.meta.date) {
        yaml.push_str(&format!("date: {date}\n"));
    }
    let author = draft.meta.author.trim();
    if !author.is_empty() {
        yaml.push_str(&format!("author: {}\n", quoted(author)));
    }
    let tags: Vec<String> = tags
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(quoted)
        .collect();
    yaml.push_str(&format!("tags: [{}]\n", tags.join(", ")));
    yaml.push_str("---\n\n");
    yaml
}

/// The text of the first `#` heading, marks dropped.
fn first_heading(markdown: &str) -> Option<String> {
    let mut text = String::new();
    let mut inside = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => inside = true,
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) if inside => text.push_str(&t),
            Event::SoftBreak if inside => text.push(' '),
            _ => {}
        }
    }
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A YAML double-quoted string: everything readable stays, quotes and controls are escaped.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(author: &str, date: &str) -> Draft {
        let mut draft = Draft::default();
        draft.meta.author = author.to_string();
        draft.meta.date = date.to_string();
        draft
    }

    #[test]
    fn front_matter_has_title_date_author_and_tags() {
        let got = front_matter(
            "# „Bunicii online”: *cum* au învățat\n\nText.\n",
            &draft("Valentina Popescu", "2026-11-25"),
            &["bibliotecă".to_string(), "comunitate".to_string()],
        );
        assert_eq!(
            got,
            "---\ntitle: \"„Bunicii online”: cum au învățat\"\ndate: 2026-11-25\nauthor: \"Valentina Popescu\"\ntags: [\"bibliotecă\", \"comunitate\"]\n---\n\n"
        );
    }

    #[test]
    fn strings_are_escaped_and_odd_dates_left_out() {
        let got = front_matter(
            "# Un \"titlu\" cu \\ și: #\n",
            &draft("", "ieri"),
            &["a\"b".to_string()],
        );
        assert_eq!(
            got,
            "---\ntitle: \"Un \\\"titlu\\\" cu \\\\ și:\"\ntags: [\"a\\\"b\"]\n---\n\n"
        );
    }
}
