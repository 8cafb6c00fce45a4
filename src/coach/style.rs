//! Style: sentences too long to follow, a word typed twice, empty or bureaucratic phrases.

use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::texts::Text;
use super::words::{Sentence, sentences, words};
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
    long_sentences(settings, text, out);
    repeated_words(settings, text, out);
    let phrases = phrases(settings, language);
    if !phrases.is_empty() {
        let lower = text.text.to_lowercase();
        for phrase in &phrases {
            weak_phrase(phrase, &lower, text, out);
        }
    }
}

/// Sentences longer than the template allows (a sentence ends at a line end at the
/// latest, so a paragraph at a time gives the same findings).
pub fn long_sentences(settings: &CoachSettings, text: &Text, out: &mut Vec<Finding>) {
    if settings.is_on(RuleId::LongSentence) {
        long_sentences_of(settings, text, &sentences(&text.text), out);
    }
}

/// [`long_sentences`] with the text's sentences already found.
pub fn long_sentences_of(
    settings: &CoachSettings,
    text: &Text,
    sentences: &[Sentence],
    out: &mut Vec<Finding>,
) {
    if !settings.is_on(RuleId::LongSentence) {
        return;
    }
    let max = settings.sentence_max_words;
    for sentence in sentences {
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

/// A word typed twice with only spaces between (never across a line end).
pub fn repeated_words(settings: &CoachSettings, text: &Text, out: &mut Vec<Finding>) {
    if !settings.is_on(RuleId::RepeatedWord) {
        return;
    }
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

/// The weak phrases the rule looks for, lowercased, in the order it reports them: the
/// language's, then the template's own. None when the rule is off.
pub fn phrases(settings: &CoachSettings, language: &str) -> Vec<String> {
    if !settings.is_on(RuleId::WeakPhrase) {
        return Vec::new();
    }
    let builtin = weak_phrases(language).iter().copied();
    let own = settings.weak_phrases.iter().map(String::as_str);
    builtin
        .chain(own)
        .map(|phrase| phrase.trim().to_lowercase())
        .filter(|phrase| !phrase.is_empty())
        .collect()
}

/// Where `phrase` (lowercased) stands as whole words in the text, `lower` being the
/// text lowercased.
pub fn weak_phrase(phrase: &str, lower: &str, text: &Text, out: &mut Vec<Finding>) {
    for (byte, _) in lower.match_indices(phrase) {
        let before = lower[..byte].chars().next_back();
        let after = lower[byte + phrase.len()..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // Lowercasing keeps the number of characters for these languages.
        let start = lower[..byte].chars().count();
        let end = start + phrase.chars().count();
        out.push(text.finding(
            RuleId::WeakPhrase,
            Severity::Tip,
            (start, end),
            None,
            FindingKind::WeakPhrase {
                phrase: text.text.chars().skip(start).take(end - start).collect(),
            },
        ));
    }
}

fn only_spaces_between(text: &str, start: usize, end: usize) -> bool {
    text.chars()
        .skip(start)
        .take(end - start)
        .all(|c| c == ' ' || c == '\u{a0}')
}
