//! The writing coach: the one judge of a story. Each rule has a stable id, a severity, a
//! place (step, quote or photo, field, character span) and, where it is safe, a fix; the
//! template switches rules off and sets their limits in its `[coach]` table.
//!
//! - [`structure`]: what each step must hold, and each step's state;
//! - [`article`]: the article's length, title, numbers, date;
//! - [`style`], [`typography`], [`forms`]: long sentences (split where the story's
//!   language ends them: not at `mun.`, `г.`, `Dr.` or an initial), doubled words, weak
//!   phrases; cedillas, quotation marks (`,,` for one, spaces inside), spaces (none after a
//!   mark: `mun.Bălți`), a hyphen for a dash; calques and an abbreviation's article;
//! - findings of one text that say the same thing are one finding of several places
//!   ([`Finding::count`]), whose fix mends them all ([`apply_fix`]);
//! - [`spelling`]: Hunspell dictionaries read with spellbook, known and personal words;
//! - [`readability`]: words, sentences, reading time;
//! - [`incremental`]: the same judgement after an edit of one step, reading again only the
//!   paragraphs that changed ([`Memo`]), for the wizard's keystroke path.

mod abbreviations;
mod article;
mod finding;
mod forms;
mod incremental;
mod readability;
pub mod spelling;
mod structure;
mod style;
mod texts;
mod typography;
mod words;

pub use article::names_a_number;
pub use finding::{Finding, FindingKind, Place, RuleId, Severity, apply_fix, group, one_edit};
pub use incremental::Memo;
pub use readability::{Readability, Stats};
pub use structure::{StepState, is_signed, next_choice, step_state, typed_choice, yes_no};
pub use texts::text_of;
pub use words::{cut_glued, glued_marks};

use crate::story::Draft;
use crate::template::Template;
use spelling::{KnownWords, Speller, spelling_findings};

/// What the coach found in a draft.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Step by step in template order (each step's shape first, then its texts), then
    /// what is about the whole article.
    pub findings: Vec<Finding>,
    /// One per template step, in order.
    pub states: Vec<StepState>,
    pub readability: Readability,
}

impl Report {
    /// Adds findings checked apart (the article's, spelling after a pause in typing), each
    /// after the findings of its step; those about no step go last.
    pub fn add_findings(&mut self, template: &Template, extra: Vec<Finding>) {
        let step_index = |f: &Finding| {
            f.step_id
                .as_ref()
                .and_then(|id| template.steps.iter().position(|s| &s.id == id))
        };
        for finding in extra {
            let at = step_index(&finding).and_then(|step| {
                self.findings
                    .iter()
                    .rposition(|f| step_index(f).is_some_and(|i| i <= step))
                    .map(|i| i + 1)
                    .or(Some(0))
            });
            match at {
                Some(i) => self.findings.insert(i, finding),
                None => self.findings.push(finding),
            }
        }
    }

    /// Whether the story cannot be published as it stands.
    pub fn needs_work(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// How many findings there are of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Checks `draft` against `template` with every rule but spelling.
pub fn check(template: &Template, draft: &Draft) -> Report {
    check_with(template, draft, None)
}

/// What the spelling rule needs: a speller for the template's language, and the words the
/// librarian taught it (her personal list).
#[derive(Debug, Clone, Copy)]
pub struct Spelling<'a> {
    pub speller: &'a Speller,
    pub personal: &'a KnownWords,
}

/// Checks `draft` against `template`, spelling too when `spelling` is given.
pub fn check_with(template: &Template, draft: &Draft, spelling: Option<Spelling>) -> Report {
    let settings = &template.coach;
    let spelling = spelling.filter(|_| settings.is_on(RuleId::Spelling));
    let known = spelling.map(|s| known_words(template, draft, s.personal));
    let language = template.language.as_str();
    let texts = texts::reader_texts(template, draft);
    let mut report = Report::default();
    for step in &template.steps {
        let first = report.findings.len();
        structure::check_step(settings, step, draft, &mut report.findings);
        let answered = draft.answers.is_answered(step);
        let state = structure::state_of(answered, &report.findings[first..]);
        report.states.push(state);
        for text in texts.iter().filter(|t| t.step.id == step.id) {
            let mut found = Vec::new();
            typography::check_typography(settings, language, text, &mut found);
            style::check_style(settings, language, text, &mut found);
            report.findings.extend(finding::group(found));
            if let (Some(spelling), Some(known)) = (spelling, &known) {
                let mut slips = Vec::new();
                spelling_findings(spelling.speller, known, text, &mut slips);
                report.findings.extend(finding::group(slips));
            }
        }
    }
    spelling::one_names_tip(&mut report.findings);
    let mut article = Vec::new();
    article::check_article(template, draft, &mut article);
    // Findings about a step (title length, numbers) go with that step's.
    report.add_findings(template, article);
    report.readability = readability::readability(template, draft);
    report
}

/// The errors alone, in the order [`check`] gives them: what decides whether a story is
/// ready (a workshop's book leaves out a story with one). Only the structure rules find
/// errors; style, typography, the article's shape and readability give warnings and tips,
/// so they are not run (tests/coach/properties.rs checks this against `check`).
pub fn errors(template: &Template, draft: &Draft) -> Vec<Finding> {
    let mut findings = Vec::new();
    for step in &template.steps {
        structure::check_step(&template.coach, step, draft, &mut findings);
    }
    findings.retain(|f| f.severity == Severity::Error);
    findings
}

/// The spelling findings of one step's texts: what the wizard runs for the step that
/// changed, after a pause in typing.
pub fn spell_step(
    template: &Template,
    draft: &Draft,
    step_id: &str,
    spelling: Spelling,
) -> Vec<Finding> {
    let mut found = Vec::new();
    if !template.coach.is_on(RuleId::Spelling) {
        return found;
    }
    let known = known_words(template, draft, spelling.personal);
    for text in texts::reader_texts(template, draft)
        .iter()
        .filter(|t| t.step.id == step_id)
    {
        let mut slips = Vec::new();
        spelling_findings(spelling.speller, &known, text, &mut slips);
        found.extend(finding::group(slips));
    }
    spelling::one_names_tip(&mut found);
    found
}

/// Words spelling never flags: the personal list, the template's `known_words`, and the
/// names the story gives.
fn known_words(template: &Template, draft: &Draft, personal: &KnownWords) -> KnownWords {
    let mut known = story_names(draft, personal);
    for word in &template.coach.known_words {
        known.teach(word);
    }
    known
}

/// The personal words, and the names the story itself gives: who wrote it, where, who is
/// quoted and who took the photos. Those are never spelling mistakes.
fn story_names(draft: &Draft, personal: &KnownWords) -> KnownWords {
    let mut known = personal.clone();
    known.insert(&draft.meta.author);
    known.insert(&draft.meta.institution);
    for id in draft.answers.ids().map(str::to_string).collect::<Vec<_>>() {
        for item in draft.answers.items(&id) {
            known.insert(item.get("author"));
            known.insert(item.get("credit"));
        }
    }
    known
}
