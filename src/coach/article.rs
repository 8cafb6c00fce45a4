//! The article as a whole: its length, its title, numbers in its results, its date.

use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::words::words;
use crate::story::{Draft, iso_date};
use crate::template::{Step, StepKind, Template};

pub fn check_article(template: &Template, draft: &Draft, out: &mut Vec<Finding>) {
    let count = || {
        template
            .steps
            .iter()
            .map(|s| draft.answers.word_count(s))
            .sum()
    };
    out.extend(length(template, count));
    out.extend(title(template, draft));
    if template.coach.is_on(RuleId::ResultHasNumbers) {
        for id in &template.coach.number_steps {
            let Some(step) = template.step(id) else {
                continue;
            };
            let text = match step.kind {
                StepKind::Line | StepKind::Text => draft.answers.text(id).to_string(),
                StepKind::Quotes | StepKind::Photos => draft
                    .answers
                    .items(id)
                    .iter()
                    .map(|i| i.get("text"))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            // An empty step is the `required` rule's to report.
            if !text.trim().is_empty() && !names_a_number(&text, &template.language) {
                out.push(no_number(step));
            }
        }
    }
    out.extend(date(template, draft));
}

/// The article's length against the template's limits; `count` counts its words (only
/// asked when the rule is on).
pub fn length(template: &Template, count: impl FnOnce() -> usize) -> Option<Finding> {
    let settings = &template.coach;
    if !settings.is_on(RuleId::ArticleLength) {
        return None;
    }
    let range = settings.article_words?;
    let count = count();
    let kind = match (range.min, range.max) {
        (Some(min), _) if count < min => FindingKind::ArticleTooShort { count, min },
        (_, Some(max)) if count > max => FindingKind::ArticleTooLong { count, max },
        _ => return None,
    };
    Some(Finding::article(
        RuleId::ArticleLength,
        Severity::Warning,
        kind,
    ))
}

/// A title longer than the template allows (a finding about the title's step).
pub fn title(template: &Template, draft: &Draft) -> Option<Finding> {
    let settings = &template.coach;
    if !settings.is_on(RuleId::TitleLength) {
        return None;
    }
    let step = template.step(&settings.title_step)?;
    let chars = draft.answers.text(&step.id).trim().chars().count();
    (chars > settings.title_max_chars).then(|| Finding {
        step_id: Some(step.id.clone()),
        step_title: step.title.clone(),
        ..Finding::article(
            RuleId::TitleLength,
            Severity::Warning,
            FindingKind::TitleTooLong {
                chars,
                max: settings.title_max_chars,
            },
        )
    })
}

/// A step that must name a number (how many came, how many books) and does not.
pub fn no_number(step: &Step) -> Finding {
    Finding {
        step_id: Some(step.id.clone()),
        step_title: step.title.clone(),
        ..Finding::article(
            RuleId::ResultHasNumbers,
            Severity::Warning,
            FindingKind::NoNumber,
        )
    }
}

/// The story's date: missing, or not a date.
pub fn date(template: &Template, draft: &Draft) -> Option<Finding> {
    if !template.coach.is_on(RuleId::Date) {
        return None;
    }
    let date = draft.meta.date.trim();
    let kind = if date.is_empty() {
        FindingKind::DateMissing
    } else if iso_date(date).is_none() {
        FindingKind::DateInvalid {
            text: date.to_string(),
        }
    } else {
        return None;
    };
    Some(Finding::article(RuleId::Date, Severity::Warning, kind))
}

/// Number words (or their stems, for languages that inflect them) a result may use
/// instead of digits.
fn number_words(language: &str) -> &'static [&'static str] {
    match language {
        "ro" => &[
            "unu",
            "una",
            "doi",
            "două",
            "trei",
            "patru",
            "cinci",
            "șase",
            "șapte",
            "opt",
            "nouă",
            "zece",
            "sprezece",
            "zeci",
            "sută",
            "sute",
            "mie",
            "mii",
            "milion",
            "duzin",
            "jumătate",
            "dublu",
            "triplu",
        ],
        "ru" => &[
            "один",
            "одна",
            "одно",
            "два",
            "две",
            "двух",
            "три",
            "трёх",
            "трех",
            "четыр",
            "пят",
            "шест",
            "сем",
            "восем",
            "девят",
            "десят",
            "двадцат",
            "тридцат",
            "сорок",
            "сто",
            "сот",
            "тысяч",
            "миллион",
            "дюжин",
            "половин",
            "вдвое",
            "втрое",
        ],
        _ => &[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "hundred",
            "thousand", "million", "dozen", "half", "double", "twice", "triple",
        ],
    }
}

/// Whether `text` names a number: digits, or a number word of its language.
pub fn names_a_number(text: &str, language: &str) -> bool {
    if text.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let stems = number_words(language);
    words(text).any(|w| {
        let word = w.text.to_lowercase();
        stems.iter().any(|stem| {
            // Short words must match whole ("opt", "две"); longer stems may be inflected.
            if stem.chars().count() <= 4 && !matches!(*stem, "пят" | "шест" | "сем" | "сот")
            {
                word == *stem
            } else {
                word.starts_with(stem) || word.ends_with(stem)
            }
        })
    })
}
