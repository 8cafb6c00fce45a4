//! Style: sentences too long to follow, a word typed twice, empty or bureaucratic phrases.

use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::texts::Text;
use super::words::{sentences, words};
use crate::template::CoachSettings;

/// Phrases that say little, per language; a template adds its own in `[coach]`.
fn weak_phrases(language: &str) -> &'static [&'static str] {
    match language {
        "ro" => &[
            "în cadrul",
            "a fost realizat de",
            "a fost realizată de",
            "au fost realizate",
            "în vederea",
            "în scopul",
            "la nivelul",
            "în ceea ce privește",
            "o serie de",
            "diverse activități",
            "în acest sens",
            "pe parcursul",
        ],
        "ru" => &[
            "в рамках",
            "было проведено",
            "были проведены",
            "с целью",
            "в целях",
            "ряд мероприятий",
            "различные мероприятия",
            "в данном случае",
            "на сегодняшний день",
        ],
        _ => &[
            "in the framework of",
            "was carried out",
            "were carried out",
            "a number of",
            "various activities",
            "in terms of",
            "with regard to",
            "it should be noted",
            "at this point in time",
        ],
    }
}

pub fn check_style(settings: &CoachSettings, language: &str, text: &Text, out: &mut Vec<Finding>) {
    if settings.is_on(RuleId::LongSentence) {
        let max = settings.sentence_max_words;
        for sentence in sentences(&text.text) {
            if sentence.words > max {
                out.push(text.finding(
                    RuleId::LongSentence,
                    Severity::Tip,
                    (sentence.start, sentence.end),
                    None,
                    FindingKind::LongSentence {
                        words: sentence.words,
                        max,
                    },
                ));
            }
        }
    }
    if settings.is_on(RuleId::RepeatedWord) {
        let mut previous: Option<super::words::Word> = None;
        for word in words(&text.text) {
            if let Some(before) = previous
                && before.text.to_lowercase() == word.text.to_lowercase()
                && !word.text.chars().any(|c| c.is_ascii_digit())
                && only_spaces_between(&text.text, before.end, word.start)
            {
                // The fix keeps the first word and drops the space and the second.
                out.push(text.finding(
                    RuleId::RepeatedWord,
                    Severity::Warning,
                    (before.end, word.end),
                    Some(String::new()),
                    FindingKind::RepeatedWord {
                        word: word.text.to_string(),
                    },
                ));
            }
            previous = Some(word);
        }
    }
    if settings.is_on(RuleId::WeakPhrase) {
        let lower = text.text.as_str().to_lowercase();
        let builtin = weak_phrases(language).iter().copied();
        let own = settings.weak_phrases.iter().map(String::as_str);
        for phrase in builtin.chain(own) {
            let phrase = phrase.trim().to_lowercase();
            if phrase.is_empty() {
                continue;
            }
            for (byte, _) in lower.match_indices(&phrase) {
                let before = lower[..byte].chars().next_back();
                let after = lower[byte + phrase.len()..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                // Lowercasing keeps the number of characters for these languages.
                let start = lower[..byte].chars().count();
                let end = start + phrase.chars().count();
                out.push(
                    text.finding(
                        RuleId::WeakPhrase,
                        Severity::Tip,
                        (start, end),
                        None,
                        FindingKind::WeakPhrase {
                            phrase: text
                                .text
                                .as_str()
                                .chars()
                                .skip(start)
                                .take(end - start)
                                .collect(),
                        },
                    ),
                );
            }
        }
    }
}

fn only_spaces_between(text: &str, start: usize, end: usize) -> bool {
    text.chars()
        .skip(start)
        .take(end - start)
        .all(|c| c == ' ' || c == '\u{a0}')
}
