//! What a layout sees: the draft's answers, made typographically right and Markdown-safe.
//!
//! Layout authors get (see docs/trainer.md, „Machetele”):
//! `template.{id,name,language}`, `meta.{author,institution,date,date_text}`,
//! `answers.<step id>` (text, or a list of `{text,author,role}` /
//! `{path,src,caption,caption_sentence,credit}`), and `steps`, a list of
//! `{id,title,kind,answered}`, and `print` (true for paper: a workshop's book). Every string is Markdown-safe, the trainer's (template name,
//! step titles) as much as the librarian's.

use serde_json::{Map, Value, json};

use super::{markdown_safe, typography};
use crate::story::{Draft, Item, date_words, iso_date};
use crate::template::{StepKind, Template};

/// The variables a layout sees, by name (`template`, `meta`, `answers`, `steps`).
pub type StoryContext = Map<String, Value>;

pub fn story_context(template: &Template, draft: &Draft) -> StoryContext {
    let lang = template.language.as_str();
    let inline = |s: &str| Value::String(markdown_safe::inline(&typography::apply(s, lang)));

    let mut answers = Map::new();
    let mut steps = Vec::new();
    for step in &template.steps {
        let value = match step.kind {
            StepKind::Line => inline(draft.answers.text(&step.id)),
            StepKind::Text => Value::String(markdown_safe::block(&typography::apply(
                draft.answers.text(&step.id),
                lang,
            ))),
            StepKind::Quotes | StepKind::Photos => Value::Array(
                draft
                    .answers
                    .items(&step.id)
                    .iter()
                    .filter(|item| !item.is_blank())
                    .map(|item| item_value(step.kind, item, lang, &inline))
                    .collect(),
            ),
        };
        answers.insert(step.id.clone(), value);
        steps.push(json!({
            "id": step.id,
            "title": markdown_safe::inline(&step.title),
            "kind": step.kind,
            "answered": draft.answers.is_answered(step),
        }));
    }

    let mut context = StoryContext::new();
    context.insert(
        "template".into(),
        json!({
            "id": markdown_safe::inline(&template.id),
            "name": markdown_safe::inline(&template.name),
            "language": markdown_safe::inline(&template.language),
        }),
    );
    context.insert(
        "meta".into(),
        json!({
            "author": inline(&draft.meta.author),
            "institution": inline(&draft.meta.institution),
            "date": inline(&draft.meta.date),
            "date_text": inline(&date_text(&draft.meta.date, lang)),
        }),
    );
    context.insert("answers".into(), Value::Object(answers));
    context.insert("steps".into(), Value::Array(steps));
    // Paper or a web page: only a workshop's book renders for paper.
    context.insert("print".into(), Value::Bool(false));
    context
}

fn item_value(
    kind: StepKind,
    item: &Item,
    language: &str,
    inline: &dyn Fn(&str) -> Value,
) -> Value {
    let mut map = Map::new();
    for field in kind.item_fields() {
        // The path as text (a layout may name the file); `src` is the one for links.
        let value = if *field == "path" {
            Value::String(markdown_safe::inline(item.get(field)))
        } else if kind == StepKind::Quotes && *field == "text" {
            // Layouts set a quote's words inside quotation marks of their own.
            Value::String(markdown_safe::inline(&typography::apply_quoted(
                item.get(field),
                language,
            )))
        } else {
            inline(item.get(field))
        };
        map.insert((*field).to_string(), value);
    }
    if kind == StepKind::Photos {
        let caption = map
            .get("caption")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let sentence = Value::String(caption_sentence(caption));
        map.insert("caption_sentence".to_string(), sentence);
        map.insert(
            "src".to_string(),
            Value::String(markdown_safe::url(&super::photos::published_path(
                item.get("path"),
            ))),
        );
    }
    Value::Object(map)
}

/// Marks that end a sentence: a caption ending with one needs no full stop.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…'];
/// Marks that close what came before them without ending a sentence: quotation marks of
/// every language and brackets (`\\` too, which escapes a bracket in Markdown).
const CLOSERS: &[char] = &['”', '“', '»', '«', '"', '’', '\'', ')', ']', '\\'];

/// The caption as a sentence that a credit can follow: a full stop added unless it already
/// ends a sentence. A closing quotation mark or bracket does not: "Atelierul „Citim”" →
/// "Atelierul „Citim”.", "Lansarea (2016)" → "Lansarea (2016)."; a sentence end before them
/// does ("Ea a spus: „Veniți!”" stays), as do the librarian's own final marks ("Lansarea!",
/// "Gata?", "Și apoi…"). Empty stays empty.
pub fn caption_sentence(caption: &str) -> String {
    let caption = caption.trim_end();
    if caption.is_empty() {
        return String::new();
    }
    let before_closers = caption.trim_end_matches(CLOSERS);
    if before_closers.ends_with(SENTENCE_ENDS) {
        caption.to_string()
    } else {
        format!("{caption}.")
    }
}

/// "2026-11-25" as a reader writes it: "25 noiembrie 2026", "25 November 2026", "25 ноября 2026";
/// anything that is not a real date stays as it is.
pub fn date_text(iso: &str, language: &str) -> String {
    match iso_date(iso) {
        Some(date) => date_words(date, language),
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{caption_sentence, date_text};

    #[test]
    fn a_caption_ends_with_its_own_mark_or_a_full_stop() {
        assert_eq!(caption_sentence("Lansarea"), "Lansarea.");
        assert_eq!(caption_sentence("Lansarea. "), "Lansarea.");
        for kept in [
            "Lansarea!",
            "Gata?",
            "Și apoi…",
            "Ea a spus: „Veniți!”",
            "«Клуб?»",
            "(Foto din arhivă.)",
        ] {
            assert_eq!(caption_sentence(kept), kept);
        }
        for closed in [
            "Atelierul „Citim”",
            "Клуб «Говорим»",
            "The \"Job Club\"",
            "The librarians’",
            "Lansarea (2016)",
            "Legendă \\]",
        ] {
            assert_eq!(caption_sentence(closed), format!("{closed}."));
        }
        assert_eq!(caption_sentence("Legendă \\["), "Legendă \\[.");
        assert_eq!(caption_sentence(""), "");
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date_text("2026-11-05", "ro"), "5 noiembrie 2026");
        assert_eq!(date_text("2026-03-25", "en"), "25 March 2026");
        assert_eq!(date_text("2026-05-01", "ru"), "1 мая 2026");
        assert_eq!(date_text("ieri", "ro"), "ieri");
        assert_eq!(
            date_text("2026-02-31", "ro"),
            "2026-02-31",
            "not a real day"
        );
        assert_eq!(date_text("", "ro"), "");
    }
}
