//! A text's slips as the coach's findings: misspellings (warnings, their corrections looked
//! for only where they are shown), old spellings (tips with their fix), and one quiet tip
//! naming the capitalised words the dictionary does not know.

use std::collections::HashMap;

use super::{KnownWords, SlipKind, Speller};
use crate::coach::finding::{Finding, FindingKind, RuleId, Severity};
use crate::coach::texts::Text;

/// The spelling findings of one text, added to `out`.
pub(in crate::coach) fn spelling_findings(
    speller: &Speller,
    known: &KnownWords,
    text: &Text,
    out: &mut Vec<Finding>,
) {
    let mut names: Option<Finding> = None;
    for slip in speller.check(&text.text, known) {
        let span = (slip.start, slip.end);
        let (severity, fix, kind) = match slip.kind {
            // Two alphabets in one word: a slip in any story.
            SlipKind::MixedAlphabets { fixed } => (
                Severity::Warning,
                fixed.clone(),
                FindingKind::Misspelt {
                    word: slip.word,
                    suggestions: fixed.into_iter().collect(),
                },
            ),
            // A Russian word in a Romanian story (or the other way round) is not a slip of
            // this dictionary: many librarians write in both.
            _ if !in_script_of(&slip.word, speller.language()) => continue,
            SlipKind::Name => {
                match &mut names {
                    Some(Finding {
                        kind: FindingKind::NamesToCheck { names },
                        ..
                    }) => {
                        if !names.contains(&slip.word) {
                            names.push(slip.word);
                        }
                    }
                    _ => {
                        names = Some(text.finding(
                            RuleId::Spelling,
                            Severity::Tip,
                            span,
                            None,
                            FindingKind::NamesToCheck {
                                names: vec![slip.word],
                            },
                        ));
                    }
                }
                continue;
            }
            SlipKind::Misspelt => (
                Severity::Warning,
                None,
                FindingKind::Misspelt {
                    word: slip.word,
                    suggestions: Vec::new(),
                },
            ),
            SlipKind::OldSpelling { modern } => (
                Severity::Tip,
                Some(modern.clone()),
                FindingKind::OldSpelling {
                    word: slip.word,
                    modern,
                },
            ),
        };
        out.push(text.finding(RuleId::Spelling, severity, span, fix, kind));
    }
    out.extend(names);
}

/// Whether `word` is written in the alphabet of `language` (Cyrillic for Russian, Latin
/// otherwise); any word when the language is not known.
fn in_script_of(word: &str, language: Option<&str>) -> bool {
    let cyrillic = word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
    match language {
        Some("ru") => cyrillic,
        Some(_) => !cyrillic,
        None => true,
    }
}

/// Makes the names tips of several texts one, where the first stood: a story has at most
/// one tip naming the words to check.
pub fn one_names_tip(findings: &mut Vec<Finding>) {
    let mut first: Option<usize> = None;
    let mut all: Vec<String> = Vec::new();
    let mut i = 0;
    while i < findings.len() {
        if let FindingKind::NamesToCheck { names } = &findings[i].kind {
            for name in names {
                if !all.contains(name) {
                    all.push(name.clone());
                }
            }
            if first.is_none() {
                first = Some(i);
                i += 1;
            } else {
                findings.remove(i);
            }
        } else {
            i += 1;
        }
    }
    if let Some(first) = first {
        findings[first].kind = FindingKind::NamesToCheck { names: all };
    }
}

/// Looks up the corrections of every misspelling (each word once), the first also as its
/// fix. Tens of milliseconds a word: for `check`, not for the keystroke path.
pub fn suggest_all(findings: &mut [Finding], speller: &Speller) {
    let mut known: HashMap<String, Vec<String>> = HashMap::new();
    for finding in findings.iter_mut() {
        let FindingKind::Misspelt { word, suggestions } = &mut finding.kind else {
            continue;
        };
        if suggestions.is_empty() {
            *suggestions = known
                .entry(word.clone())
                .or_insert_with(|| speller.suggest(word))
                .clone();
        }
        if finding.fix.is_none() {
            finding.fix = suggestions.first().cloned();
        }
    }
}
