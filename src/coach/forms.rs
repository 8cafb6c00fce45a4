//! Word forms the norm writes otherwise, each with a sure fix: a few calques (`visa-vis` →
//! `vizavi`) and the article after an abbreviation (`APL-lui` → `APL-ului`). Only forms
//! that are wrong wherever they stand: `a lua măsuri` is Romanian and stays.

use super::abbreviations::primary;
use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::texts::Text;
use super::words::words;
use crate::template::CoachSettings;

/// Calques and their normative form, lowercase, per language.
fn calques(language: &str) -> &'static [(&'static str, &'static str)] {
    match language {
        "ro" => &[
            ("visa-vis", "vizavi"),
            ("vis-a-vis", "vizavi"),
            ("vis-à-vis", "vizavi"),
            ("viza-vi", "vizavi"),
        ],
        "en" => &[("irregardless", "regardless")],
        _ => &[],
    }
}

/// Romanian articles after an abbreviation ending in a consonant, as written wrongly and
/// as the norm writes them (`ONG-lui` → `ONG-ului`, `APL-rile` → `APL-urile`).
const ARTICLES: &[(&str, &str)] = &[
    ("lui", "ului"),
    ("rile", "urile"),
    ("rilor", "urilor"),
    ("ri", "uri"),
    ("l", "ul"),
];

pub fn word_forms(settings: &CoachSettings, language: &str, text: &Text, out: &mut Vec<Finding>) {
    if !settings.is_on(RuleId::WordForm) {
        return;
    }
    let language = primary(language);
    let calques = calques(&language);
    for word in words(&text.text) {
        let lower = word.text.to_lowercase();
        if let Some((_, better)) = calques.iter().find(|(wrong, _)| *wrong == lower) {
            out.push(text.finding(
                RuleId::WordForm,
                Severity::Warning,
                (word.start, word.end),
                Some(same_case(word.text, better)),
                FindingKind::WordForm {
                    word: word.text.to_string(),
                    better: same_case(word.text, better),
                },
            ));
        } else if language == "ro"
            && let Some((abbreviation, article)) = word.text.split_once('-')
            && let Some((_, right)) = ARTICLES.iter().find(|(wrong, _)| *wrong == article)
            && is_abbreviation(abbreviation)
        {
            let start = word.start + abbreviation.chars().count() + 1;
            out.push(text.finding(
                RuleId::WordForm,
                Severity::Warning,
                (start, word.end),
                Some(right.to_string()),
                FindingKind::WordForm {
                    word: word.text.to_string(),
                    better: format!("{abbreviation}-{right}"),
                },
            ));
        }
    }
}

/// `APL`, `ONG`, `BNRM`: capitals only, two at least, the last a consonant (an
/// abbreviation read as letters takes `-ul`, `-ului`, `-uri`).
fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && letters
            .last()
            .is_some_and(|c| !"AEIOUĂÂÎ".contains(*c) && c.is_alphabetic())
}

/// `better` with the capital of `word`, when it starts with one.
fn same_case(word: &str, better: &str) -> String {
    if word.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = better.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        better.to_string()
    }
}
