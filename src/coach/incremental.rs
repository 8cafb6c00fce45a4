//! The coach on the keystroke path. After an edit only the edited step is read again, and
//! of its texts only the paragraphs that changed: each paragraph's findings, words and
//! numbers are remembered with its text. The rest of the report is kept, and the article's
//! own rules (its length, its date) are judged again from the steps' word counts. The
//! result equals [`check`](super::check) of the edited draft (tests/coach/incremental.rs),
//! which the wizard still runs after a pause in typing.
//!
//! Every rule read a paragraph at a time gives what it gives on the whole text: a sentence,
//! a word, a run of spaces, a mark and a weak phrase never cross a line end. The
//! straight-quotes rule tidies the whole text, so it reads the whole text (only when it
//! holds a `"`). The findings of a text are grouped ([`group`]) only once they are all
//! there, in the order a whole check gives them, so grouping gives the same findings too.

use std::collections::HashMap;

use super::article::{self, names_a_number};
use super::finding::{Finding, RuleId, group};
use super::readability::Stats;
use super::texts::{Text, step_texts};
use super::words::sentences;
use super::{Report, forms, structure, style, typography};
use crate::story::Draft;
use crate::template::{Step, StepKind, Template};

/// Where a text is: its step's id, its quote or photo (1-based) and field.
type TextKey = (String, Option<usize>, Option<&'static str>);

/// What the coach remembers of the paragraphs it has read, for one template.
#[derive(Debug, Clone, Default)]
pub struct Memo {
    texts: HashMap<TextKey, Vec<Paragraph>>,
}

/// One paragraph (a line of a text) as last read.
#[derive(Debug, Clone)]
struct Paragraph {
    text: String,
    /// Its length in characters, and lowercased (the weak phrases' spans count those).
    chars: usize,
    lower_chars: usize,
    /// Findings with spans inside the paragraph, each with the rank of its rule in the
    /// order the whole check reports them (see [`rank`]).
    found: Vec<(usize, Finding)>,
    stats: Stats,
    names_a_number: bool,
    /// Whether it holds a straight quotation mark (then the quotes rule reads the text).
    has_quote: bool,
}

/// The order of the rules within one text in a full check: cedillas, spaces, spaces after
/// marks, dashes, commas for quotes, spaces inside quotes, straight quotes, long sentences,
/// repeated words, word forms, then each weak phrase in turn.
mod rank {
    pub const CEDILLA: usize = 0;
    pub const SPACES: usize = 1;
    pub const GLUED: usize = 2;
    pub const DASHES: usize = 3;
    pub const COMMA_QUOTES: usize = 4;
    pub const INSIDE_QUOTES: usize = 5;
    pub const QUOTES: usize = 6;
    pub const LONG_SENTENCE: usize = 7;
    pub const REPEATED_WORD: usize = 8;
    pub const WORD_FORM: usize = 9;
    pub const WEAK_PHRASE: usize = 10;
}

impl Memo {
    /// Reads step `step_id` of `draft` again and puts what it finds into `report` in place
    /// of what the report said about that step (its spelling findings too: those come back
    /// after the next spelling check); the article's length and date are judged again.
    /// `report` must be the coach's report of the same draft before this step changed.
    pub fn recheck_step(
        &mut self,
        report: &mut Report,
        template: &Template,
        draft: &Draft,
        step_id: &str,
    ) {
        let steps = template.steps.len();
        let Some(index) = template.steps.iter().position(|s| s.id == step_id) else {
            return;
        };
        if report.states.len() != steps || report.readability.steps.len() != steps {
            // Not a report of this template: nothing to keep.
            *report = super::check(template, draft);
            return;
        }
        let step = &template.steps[index];
        let (texts_found, stats, numbers) = self.read_step(template, step, draft);
        let mut found = Vec::new();
        let settings = &template.coach;
        structure::check_counted(settings, step, draft, || stats.words, &mut found);
        let state = structure::state_of(draft.answers.is_answered(step), &found);
        found.extend(texts_found);
        if settings.title_step == step.id {
            found.extend(article::title(template, draft));
        }
        if settings.is_on(RuleId::ResultHasNumbers) {
            for id in settings.number_steps.iter().filter(|id| **id == step.id) {
                if numbers == Some(false)
                    && let Some(step) = template.step(id)
                {
                    found.push(article::no_number(step));
                }
            }
        }
        let step_of = |f: &Finding| {
            f.step_id
                .as_ref()
                .and_then(|id| template.steps.iter().position(|s| &s.id == id))
        };
        // The step's old findings go, and so do the article's: both are judged again.
        report
            .findings
            .retain(|f| f.step_id.is_some() && f.step_id.as_deref() != Some(step_id));
        let at = report
            .findings
            .iter()
            .rposition(|f| step_of(f).is_some_and(|i| i < index))
            .map_or(0, |i| i + 1);
        report.findings.splice(at..at, found);
        report.states[index] = state;
        report.readability.steps[index] = (step.id.clone(), stats);
        let mut article = Stats::default();
        for (_, stats) in &report.readability.steps {
            article.words += stats.words;
            article.sentences += stats.sentences;
            article.longest_sentence = article.longest_sentence.max(stats.longest_sentence);
        }
        report.readability.article = article;
        report
            .findings
            .extend(article::length(template, || article.words));
        report.findings.extend(article::date(template, draft));
    }

    /// The findings of a step's texts in the order a full check gives them, the numbers
    /// of its words and sentences (those `readability` and the word limits count), and,
    /// when it has words a number could be in, whether they name one.
    fn read_step(
        &mut self,
        template: &Template,
        step: &Step,
        draft: &Draft,
    ) -> (Vec<Finding>, Stats, Option<bool>) {
        let settings = &template.coach;
        let language = template.language.as_str();
        let phrases = style::phrases(settings, language);
        let mut found = Vec::new();
        let mut stats = Stats::default();
        let mut numbers: Option<bool> = None;
        let texts = step_texts(step, draft);
        let mut read: Vec<TextKey> = Vec::with_capacity(texts.len());
        for text in &texts {
            let key: TextKey = (step.id.clone(), text.item, text.field);
            let paragraphs = self.paragraphs(&key, text, template, &phrases);
            read.push(key);
            let counted = match step.kind {
                StepKind::Line | StepKind::Text => true,
                StepKind::Quotes | StepKind::Photos => text.field == Some("text"),
            };
            if counted {
                let named = paragraphs.iter().any(|p| p.names_a_number);
                numbers = Some(numbers.unwrap_or(false) || named);
                if step.kind != StepKind::Photos {
                    for p in paragraphs {
                        stats.words += p.stats.words;
                        stats.sentences += p.stats.sentences;
                        stats.longest_sentence =
                            stats.longest_sentence.max(p.stats.longest_sentence);
                    }
                }
            }
            // A phrase over a line end, or a letter whose lowercase is longer, and the
            // paragraphs no longer add up to the text: then the whole text is read.
            let whole = phrases.iter().any(|p| p.contains('\n'))
                || paragraphs.iter().any(|p| p.chars != p.lower_chars);
            if whole {
                let mut all = Vec::new();
                typography::check_typography(settings, language, text, &mut all);
                style::check_style(settings, language, text, &mut all);
                found.extend(group(all));
                continue;
            }
            let mut ranked: Vec<(usize, Finding)> = Vec::new();
            let mut offset = 0;
            for p in paragraphs {
                ranked.extend(p.found.iter().map(|(rank, f)| {
                    let mut f = f.clone();
                    f.span = f.span.map(|(s, e)| (s + offset, e + offset));
                    (*rank, f)
                }));
                offset += p.chars + 1;
            }
            if paragraphs.iter().any(|p| p.has_quote) {
                let chars: Vec<char> = text.text.chars().collect();
                let mut quotes = Vec::new();
                typography::quotes(settings, language, &chars, text, &mut quotes);
                ranked.extend(quotes.into_iter().map(|f| (rank::QUOTES, f)));
            }
            // Stable: within a rule, paragraph order, as the whole text reads.
            ranked.sort_by_key(|(rank, _)| *rank);
            found.extend(group(ranked.into_iter().map(|(_, f)| f).collect()));
        }
        // Texts gone from the step (an emptied field, a removed quote) are forgotten.
        self.texts
            .retain(|key, _| key.0 != step.id || read.contains(key));
        (found, stats, numbers)
    }

    /// The paragraphs of `text`, read again only where they changed since the last time
    /// (the unchanged ones at its start and at its end are kept).
    fn paragraphs(
        &mut self,
        key: &TextKey,
        text: &Text,
        template: &Template,
        phrases: &[String],
    ) -> &[Paragraph] {
        let old = self.texts.remove(key).unwrap_or_default();
        let lines: Vec<&str> = text.text.split('\n').collect();
        let prefix = old
            .iter()
            .zip(&lines)
            .take_while(|(p, line)| p.text == **line)
            .count();
        let room = old.len().min(lines.len()) - prefix;
        let suffix = old
            .iter()
            .rev()
            .zip(lines.iter().rev())
            .take(room)
            .take_while(|(p, line)| p.text == **line)
            .count();
        let mut old = old.into_iter();
        let mut paragraphs = Vec::with_capacity(lines.len());
        paragraphs.extend(old.by_ref().take(prefix));
        let changed = old.len() - suffix;
        old.by_ref().take(changed).for_each(drop);
        for line in &lines[prefix..lines.len() - suffix] {
            paragraphs.push(read_paragraph(template, text, line, phrases));
        }
        paragraphs.extend(old);
        self.texts.entry(key.clone()).or_insert(paragraphs)
    }
}

/// Reads one paragraph of `text` with every rule that reads a paragraph at a time.
fn read_paragraph(template: &Template, text: &Text, line: &str, phrases: &[String]) -> Paragraph {
    let settings = &template.coach;
    let paragraph = Text {
        step: text.step,
        item: text.item,
        field: text.field,
        text: std::borrow::Cow::Borrowed(line),
    };
    let chars: Vec<char> = line.chars().collect();
    let mut found = Vec::new();
    let mut out = Vec::new();
    let mut ranked = |rank: usize, out: &mut Vec<Finding>| {
        found.extend(out.drain(..).map(|f| (rank, f)));
    };
    let language = template.language.as_str();
    typography::cedillas(settings, &chars, &paragraph, &mut out);
    ranked(rank::CEDILLA, &mut out);
    if settings.is_on(RuleId::TypographySpaces) {
        typography::spaces(&chars, &paragraph, &mut out);
        ranked(rank::SPACES, &mut out);
        typography::glued(line, &chars, &paragraph, &mut out);
        ranked(rank::GLUED, &mut out);
        typography::dashes(language, &chars, &paragraph, &mut out);
        ranked(rank::DASHES, &mut out);
    }
    if settings.is_on(RuleId::TypographyQuotes) {
        typography::comma_quotes(language, &chars, &paragraph, &mut out);
        ranked(rank::COMMA_QUOTES, &mut out);
        typography::spaces_inside_quotes(language, &chars, &paragraph, &mut out);
        ranked(rank::INSIDE_QUOTES, &mut out);
    }
    let sentences = sentences(line, language);
    style::long_sentences_of(settings, &paragraph, &sentences, &mut out);
    ranked(rank::LONG_SENTENCE, &mut out);
    style::repeated_words(settings, &paragraph, &mut out);
    ranked(rank::REPEATED_WORD, &mut out);
    forms::word_forms(settings, language, &paragraph, &mut out);
    ranked(rank::WORD_FORM, &mut out);
    let lower = style::comparable(line);
    for (i, phrase) in phrases.iter().enumerate() {
        style::weak_phrase(phrase, &lower, &paragraph, &mut out);
        ranked(rank::WEAK_PHRASE + i, &mut out);
    }
    Paragraph {
        text: line.to_string(),
        chars: chars.len(),
        lower_chars: lower.chars().count(),
        found,
        stats: Stats::of_sentences(&sentences),
        names_a_number: names_a_number(line, &template.language),
        has_quote: line.contains('"'),
    }
}
