//! Typography a reader notices: cedilla letters, straight quotation marks, doubled spaces
//! and spaces before punctuation. The fixes are what `tidy` does to the same text.

use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::texts::Text;
use crate::render::typography;
use crate::template::CoachSettings;
use crate::text::changed_span;

pub fn check_typography(
    settings: &CoachSettings,
    language: &str,
    text: &Text,
    out: &mut Vec<Finding>,
) {
    let chars: Vec<char> = text.text.chars().collect();
    cedillas(settings, &chars, text, out);
    if settings.is_on(RuleId::TypographySpaces) {
        spaces(&chars, text, out);
    }
    quotes(settings, language, &chars, text, out);
}

/// ş ţ with a cedilla: each letter is one finding (a rule of single characters, so it
/// gives the same findings read a paragraph at a time).
pub fn cedillas(settings: &CoachSettings, chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    if !settings.is_on(RuleId::TypographyCedilla) {
        return;
    }
    for (i, c) in chars.iter().enumerate() {
        let comma = match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            'Ş' => 'Ș',
            'Ţ' => 'Ț',
            _ => continue,
        };
        out.push(text.finding(
            RuleId::TypographyCedilla,
            Severity::Warning,
            (i, i + 1),
            Some(comma.to_string()),
            FindingKind::Cedilla,
        ));
    }
}

/// Straight quotation marks: one finding for the whole text (tidying pairs them across
/// paragraphs), so this rule always reads the whole text.
pub fn quotes(
    settings: &CoachSettings,
    language: &str,
    chars: &[char],
    text: &Text,
    out: &mut Vec<Finding>,
) {
    if settings.is_on(RuleId::TypographyQuotes) && chars.contains(&'"') {
        let tidied = if text.is_quoted() {
            typography::apply_quoted(&text.text, language)
        } else {
            typography::apply(&text.text, language)
        };
        if tidied.matches('"').count() < chars.iter().filter(|c| **c == '"').count() {
            // The span is where tidying changes the text; its fix is tidy's change there.
            let new: Vec<char> = tidied.chars().collect();
            let (start, end, with) = changed_span(chars, &new);
            out.push(text.finding(
                RuleId::TypographyQuotes,
                Severity::Tip,
                (start, end),
                Some(with),
                FindingKind::StraightQuotes,
            ));
        }
    }
}

/// Doubled spaces inside a line, and spaces before , . ; : ! ?
pub fn spaces(chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        let at_line_start = start == 0 || chars[start - 1] == '\n';
        let next = chars.get(i).copied();
        if at_line_start || next.is_none() || next == Some('\n') {
            continue;
        }
        if let Some(mark) = next.filter(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
            // "… ." at the start of a sentence, or " ..." are someone's style, not a slip.
            && !(mark == '.' && chars.get(i + 1) == Some(&'.'))
        {
            out.push(text.finding(
                RuleId::TypographySpaces,
                Severity::Warning,
                (start, i),
                Some(String::new()),
                FindingKind::SpaceBefore { mark },
            ));
        } else if i - start > 1 {
            out.push(text.finding(
                RuleId::TypographySpaces,
                Severity::Warning,
                (start, i),
                Some(" ".into()),
                FindingKind::DoubleSpace,
            ));
        }
    }
}
