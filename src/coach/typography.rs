//! Typography a reader notices: cedilla letters, straight quotation marks and commas typed
//! as one, doubled spaces, spaces before punctuation or inside quotation marks, none after
//! it, a hyphen where a dash is meant. The story's language (the template's) decides; the
//! fixes are what `tidy` does to the same text, or mend only the slip.

use super::abbreviations::primary;
use super::finding::{Finding, FindingKind, RuleId, Severity};
use super::texts::Text;
use super::words::{glued_marks, words};
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
    paragraph_rules(settings, language, &text.text, &chars, text, out);
    quotes(settings, language, &chars, text, out);
}

/// The typography rules that read a paragraph at a time (all but cedillas, which read a
/// letter, and straight quotes, which read the whole text), in the order a check gives
/// them (`incremental` ranks them in the same order).
fn paragraph_rules(
    settings: &CoachSettings,
    language: &str,
    line: &str,
    chars: &[char],
    text: &Text,
    out: &mut Vec<Finding>,
) {
    if settings.is_on(RuleId::TypographySpaces) {
        spaces(chars, text, out);
        glued(line, chars, text, out);
        dashes(language, chars, text, out);
    }
    if settings.is_on(RuleId::TypographyQuotes) {
        comma_quotes(language, chars, text, out);
        spaces_inside_quotes(language, chars, text, out);
    }
}

/// ş ţ with a cedilla: each letter is one finding (a rule of single characters, so it
/// gives the same findings read a paragraph at a time); the check groups a text's letters
/// into one finding of several places.
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
        // Quotation marks around nothing are no quotation: tidying would leave no text.
        let words = tidied.chars().any(char::is_alphanumeric);
        if words && tidied.matches('"').count() < chars.iter().filter(|c| **c == '"').count() {
            // The span is where tidying changes the text; its fix is tidy's change there.
            let new: Vec<char> = tidied.chars().collect();
            let (start, end, with) = changed_span(chars, &new);
            out.push(text.finding(
                RuleId::TypographyQuotes,
                Severity::Tip,
                (start, end),
                Some(with),
                FindingKind::StraightQuotes {
                    language: primary(language),
                },
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
        let after = chars.get(i + 1).copied();
        if let Some(mark) = next.filter(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
            // "… ." at the start of a sentence, or " ..." are someone's style, not a slip.
            && !(mark == '.' && after == Some('.'))
            // ",,Inițiativa”": two commas open a quotation (the quotes rule's).
            && !(mark == ',' && after == Some(','))
        {
            // "cărți ,reviste", "asta .Apoi": the space goes after the mark, in one fix (not
            // in "fișiere .docx").
            let word_after = after.is_some_and(|c| {
                if mark == '.' {
                    c.is_uppercase()
                } else {
                    c.is_alphabetic()
                }
            });
            let (end, fix) = if word_after {
                (i + 1, format!("{mark} "))
            } else {
                (i, String::new())
            };
            out.push(text.finding(
                RuleId::TypographySpaces,
                Severity::Warning,
                (start, end),
                Some(fix),
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

/// No space after `. , : ;` before a word (`mun.Bălți`, `является.Труд`): the fix adds it.
pub fn glued(line: &str, chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    for at in glued_marks(line) {
        let mark = chars[at];
        out.push(text.finding(
            RuleId::TypographySpaces,
            Severity::Warning,
            (at, at + 1),
            Some(format!("{mark} ")),
            FindingKind::SpaceAfter { mark },
        ));
    }
}

/// The opening quotation mark of `language` (the story's), which `,,` stands for.
fn opening_quote(language: &str) -> char {
    match primary(language).as_str() {
        "ru" => '«',
        "en" => '“',
        _ => '„',
    }
}

/// `,,` typed as an opening quotation mark (`compania ,,Inițiativa”`): the fix is the
/// language's own mark (`„` in Romanian, `«` in Russian), with a space before it when it
/// was glued to the word before.
pub fn comma_quotes(language: &str, chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    let quote = opening_quote(language);
    let mut i = 0;
    while i + 2 < chars.len() {
        let opens = chars[i] == ','
            && chars[i + 1] == ','
            && chars[i + 2].is_alphanumeric()
            && (i == 0 || chars[i - 1] != ',');
        if !opens {
            i += 1;
            continue;
        }
        let glued = i > 0 && chars[i - 1].is_alphanumeric();
        let fix = if glued {
            format!(" {quote}")
        } else {
            quote.to_string()
        };
        out.push(text.finding(
            RuleId::TypographyQuotes,
            Severity::Warning,
            (i, i + 2),
            Some(fix),
            FindingKind::CommaQuote { quote },
        ));
        i += 2;
    }
}

/// Spaces just inside quotation marks (`„ Nu ”`, `« так »`): after a mark that opens
/// (after a space or at the start) and before one that closes (before a space, a
/// punctuation mark or the end). The fix takes the spaces out.
pub fn spaces_inside_quotes(language: &str, chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    let language = primary(language);
    let opening = |c: char| matches!(c, '„' | '«') || (c == '“' && language == "en");
    let closing = |c: char| matches!(c, '”' | '»') || (c == '“' && language == "ru");
    let space = |c: &char| *c == ' ' || *c == '\u{a0}';
    let mut i = 0;
    while i < chars.len() {
        if !space(&chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && space(&chars[i]) {
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i).copied();
        let opens_before = before.is_some_and(|q| {
            opening(q)
                && (start < 2
                    || chars[start - 2].is_whitespace()
                    || "([—–".contains(chars[start - 2]))
                && after.is_some_and(char::is_alphanumeric)
        });
        let closes_after = after.is_some_and(|q| {
            closing(q)
                && before.is_some_and(|b| !b.is_whitespace() && !opening(b))
                && chars.get(i + 1).is_none_or(|c| !c.is_alphanumeric())
        });
        if opens_before || closes_after {
            out.push(text.finding(
                RuleId::TypographyQuotes,
                Severity::Warning,
                (start, i),
                Some(String::new()),
                FindingKind::SpaceInsideQuotes,
            ));
        }
    }
}

fn is_quote_or_bracket(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '„' | '“' | '”' | '«' | '»' | '‘' | '’' | '‚' | '(' | ')' | '[' | ']'
    )
}

/// First parts that make real compounds even when capitalised (`Vice-primar`,
/// `Экс-чемпион`, `Интернет-магазин`).
const COMPOUND_HEADS: &[&str] = &[
    "vice",
    "pro",
    "anti",
    "non",
    "post",
    "pre",
    "neo",
    "pan",
    "micro",
    "macro",
    "multi",
    "inter",
    "extra",
    "ultra",
    "super",
    "mini",
    "maxi",
    "audio",
    "video",
    "foto",
    "radio",
    "tele",
    "auto",
    "euro",
    "nord",
    "sud",
    "est",
    "vest",
    "вице",
    "экс",
    "лейб",
    "обер",
    "унтер",
    "штаб",
    "мини",
    "макси",
    "супер",
    "медиа",
    "интернет",
    "бизнес",
    "онлайн",
    "веб",
    "пресс",
    "шоу",
    "поп",
    "рок",
    "фан",
    "арт",
    "блиц",
    "норд",
    "евро",
    "теле",
    "радио",
    "видео",
    "фото",
    "авто",
];

/// Endings joined by a hyphen that are part of the word: Romanian articles after a name
/// (`Facebook-ului`), Russian particles (`Кто-нибудь`).
const JOINED_ENDINGS: &[&str] = &["ului", "urile", "urilor", "нибудь", "либо", "таки"];

/// A hyphen between a capitalised name and a lowercase word where a dash is meant
/// (`Курдогло-гагаузский писатель` → `Курдогло — гагаузский писатель`), in Romanian and
/// Russian. Only inside a sentence (at its start every word has a capital) and before
/// another word, so compounds stay (`Ceadîr-Lunga`, `social-cultural`, `кое-что`,
/// `северо-западный`).
pub fn dashes(language: &str, chars: &[char], text: &Text, out: &mut Vec<Finding>) {
    let dash = match primary(language).as_str() {
        "ru" => '—',
        "ro" => '–',
        _ => return,
    };
    let line: String = chars.iter().collect();
    for word in words(&line) {
        let parts: Vec<&str> = word.text.split('-').collect();
        let [head, tail] = parts[..] else { continue };
        let mut head_chars = head.chars();
        let titlecase = head_chars.next().is_some_and(char::is_uppercase)
            && head_chars.all(char::is_lowercase)
            && head.chars().count() >= 3;
        let common = tail.chars().count() >= 4 && tail.chars().all(char::is_lowercase);
        if !titlecase
            || !common
            || COMPOUND_HEADS.contains(&head.to_lowercase().as_str())
            || JOINED_ENDINGS.contains(&tail)
        {
            continue;
        }
        // Within its paragraph: a new line starts a sentence.
        let before = chars[..word.start]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            // Quotation marks of any kind and brackets say nothing of where a sentence starts.
            .find(|c| !c.is_whitespace() && !is_quote_or_bracket(**c));
        let starts_sentence = before.is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | ':'));
        let then_a_word = chars.get(word.end) == Some(&' ')
            && chars.get(word.end + 1).is_some_and(|c| c.is_alphabetic());
        if starts_sentence || !then_a_word {
            continue;
        }
        let hyphen = word.start + head.chars().count();
        out.push(text.finding(
            RuleId::TypographySpaces,
            Severity::Tip,
            (hyphen, hyphen + 1),
            Some(format!(" {dash} ")),
            FindingKind::HyphenForDash { dash },
        ));
    }
}
