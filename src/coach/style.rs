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
    long_sentences(settings, language, text, out);
    repeated_words(settings, text, out);
    super::forms::word_forms(settings, language, text, out);
    let phrases = phrases(settings, language);
    if !phrases.is_empty() {
        let lower = comparable(&text.text);
        for phrase in &phrases {
            weak_phrase(phrase, &lower, text, out);
        }
    }
}

/// Sentences longer than the template allows, split as the story's language reads them
/// (a sentence ends at a line end at the latest, so a paragraph at a time gives the same
/// findings).
pub fn long_sentences(
    settings: &CoachSettings,
    language: &str,
    text: &Text,
    out: &mut Vec<Finding>,
) {
    if settings.is_on(RuleId::LongSentence) {
        long_sentences_of(settings, text, &sentences(&text.text, language), out);
    }
}

/// `text` as the style rules compare it: lowercase, ş ţ as ș ț, a straight apostrophe
/// as ’, so that a fix of typography never brings a repeated word or a weak phrase to
/// light (`şi și` is a doubled word already).
pub fn comparable(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            '\'' => '’',
            c => c,
        })
        .collect()
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
            && comparable(before.text) == comparable(word.text)
            && !word.text.chars().any(|c| c.is_ascii_digit())
            && only_spaces_between(&text.text, before.text, word.text)
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
        .map(|phrase| comparable(phrase.trim()))
        .filter(|phrase| !phrase.is_empty())
        .collect()
}

/// Where `phrase` (made [`comparable`]) stands as whole words in the text, `lower` being
/// the text made comparable; a space of the phrase stands for any run of spaces.
pub fn weak_phrase(phrase: &str, lower: &str, text: &Text, out: &mut Vec<Finding>) {
    let first = phrase.split(' ').next().unwrap_or(phrase);
    if first.is_empty() {
        return;
    }
    for (byte, _) in lower.match_indices(first) {
        let Some(len) = spaced_match(&lower[byte..], phrase) else {
            continue;
        };
        let before = lower[..byte].chars().next_back();
        let after = lower[byte + len..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // Lowercasing keeps the number of characters for these languages.
        let start = lower[..byte].chars().count();
        let end = start + lower[byte..byte + len].chars().count();
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

/// The length in bytes of `phrase` at the start of `text`, a space of the phrase matching
/// a run of spaces (never a line end).
fn spaced_match(text: &str, phrase: &str) -> Option<usize> {
    let mut at = 0;
    for (n, part) in phrase.split(' ').enumerate() {
        if n > 0 {
            let spaces = text[at..].len() - text[at..].trim_start_matches([' ', '\u{a0}']).len();
            if spaces == 0 {
                return None;
            }
            at += spaces;
        }
        if !text[at..].starts_with(part) {
            return None;
        }
        at += part.len();
    }
    Some(at)
}

fn only_spaces_between(text: &str, before: &str, after: &str) -> bool {
    // Both words are slices of `text`: the bytes between them are found from where they
    // lie, not by counting characters from the start (which made a long answer quadratic).
    let base = text.as_ptr() as usize;
    let from = before.as_ptr() as usize - base + before.len();
    let to = after.as_ptr() as usize - base;
    text.get(from..to)
        .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_between_two_words_is_read_where_they_lie() {
        let text = "ș foarte\u{a0}foarte, nu  nu; ă-ă și și";
        let found: Vec<(&str, &str, bool)> = words(text)
            .zip(words(text).skip(1))
            .map(|(a, b)| (a.text, b.text, only_spaces_between(text, a.text, b.text)))
            .collect();
        assert!(found.contains(&("foarte", "foarte", true)), "{found:?}");
        assert!(found.contains(&("nu", "nu", true)), "{found:?}");
        assert!(found.contains(&("și", "și", true)), "{found:?}");
        assert!(found.contains(&("foarte", "nu", false)), "{found:?}");
        assert!(found.contains(&("nu", "ă-ă", false)), "{found:?}");
    }
}
