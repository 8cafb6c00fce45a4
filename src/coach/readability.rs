//! How easy the story is to read: words, sentences, their average and longest length, and
//! the reading time, per step and for the whole article.

use super::words::{Sentence, sentences};
use crate::story::Draft;
use crate::template::{StepKind, Template};

/// Words a minute of an ordinary reader of a magazine or a blog.
const WORDS_A_MINUTE: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub longest_sentence: usize,
}

impl Stats {
    /// The numbers of `text`, its sentences split as `language` (the story's) reads them.
    pub fn of(text: &str, language: &str) -> Stats {
        Stats::of_sentences(&sentences(text, language))
    }

    /// The numbers of a text whose sentences are `found`.
    pub fn of_sentences(found: &[Sentence]) -> Stats {
        Stats {
            words: found.iter().map(|s| s.words).sum(),
            sentences: found.len(),
            longest_sentence: found.iter().map(|s| s.words).max().unwrap_or(0),
        }
    }

    pub fn average_sentence(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }

    /// Whole minutes, at least one for any text.
    pub fn reading_minutes(&self) -> usize {
        if self.words == 0 {
            0
        } else {
            self.words.div_ceil(WORDS_A_MINUTE)
        }
    }

    fn add(&mut self, other: Stats) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.longest_sentence = self.longest_sentence.max(other.longest_sentence);
    }
}

/// The article's numbers and each step's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Readability {
    pub article: Stats,
    /// (step id, its numbers), in template order.
    pub steps: Vec<(String, Stats)>,
}

pub fn readability(template: &Template, draft: &Draft) -> Readability {
    let mut result = Readability::default();
    let language = template.language.as_str();
    for step in &template.steps {
        let stats = match step.kind {
            StepKind::Line | StepKind::Text => Stats::of(draft.answers.text(&step.id), language),
            StepKind::Quotes => draft
                .answers
                .items(&step.id)
                .iter()
                .map(|item| Stats::of(item.get("text"), language))
                .fold(Stats::default(), |mut all, one| {
                    all.add(one);
                    all
                }),
            StepKind::Photos => Stats::default(),
        };
        result.article.add(stats);
        result.steps.push((step.id.clone(), stats));
    }
    result
}
