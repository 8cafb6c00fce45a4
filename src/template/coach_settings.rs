//! What a template tells the writing coach: which rules are off, and their parameters.
//! The rule ids are the template's vocabulary, so a trainer's typo in `off` is reported
//! with its line and column like any other key of `template.toml`.

use serde::{Deserialize, Serialize};

/// A coach rule, by its stable id (`min-words`, `spelling`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    Required,
    MinWords,
    MaxWords,
    ArticleLength,
    TitleLength,
    QuoteCount,
    ResultHasNumbers,
    QuoteAttribution,
    Consent,
    Date,
    LongSentence,
    RepeatedWord,
    WeakPhrase,
    TypographyCedilla,
    TypographyQuotes,
    TypographySpaces,
    /// A calque or an abbreviation's article written otherwise than the norm.
    WordForm,
    Spelling,
}

impl RuleId {
    pub const ALL: [RuleId; 18] = [
        RuleId::Required,
        RuleId::MinWords,
        RuleId::MaxWords,
        RuleId::ArticleLength,
        RuleId::TitleLength,
        RuleId::QuoteCount,
        RuleId::ResultHasNumbers,
        RuleId::QuoteAttribution,
        RuleId::Consent,
        RuleId::Date,
        RuleId::LongSentence,
        RuleId::RepeatedWord,
        RuleId::WeakPhrase,
        RuleId::TypographyCedilla,
        RuleId::TypographyQuotes,
        RuleId::TypographySpaces,
        RuleId::WordForm,
        RuleId::Spelling,
    ];

    /// The id as written in `template.toml` and in `check --format json`.
    pub fn id(self) -> &'static str {
        match self {
            RuleId::Required => "required",
            RuleId::MinWords => "min-words",
            RuleId::MaxWords => "max-words",
            RuleId::ArticleLength => "article-length",
            RuleId::TitleLength => "title-length",
            RuleId::QuoteCount => "quote-count",
            RuleId::ResultHasNumbers => "result-has-numbers",
            RuleId::QuoteAttribution => "quote-attribution",
            RuleId::Consent => "consent",
            RuleId::Date => "date",
            RuleId::LongSentence => "long-sentence",
            RuleId::RepeatedWord => "repeated-word",
            RuleId::WeakPhrase => "weak-phrase",
            RuleId::TypographyCedilla => "typography-cedilla",
            RuleId::TypographyQuotes => "typography-quotes",
            RuleId::TypographySpaces => "typography-spaces",
            RuleId::WordForm => "word-form",
            RuleId::Spelling => "spelling",
        }
    }
}

/// Words of the whole article: at least `min`, at most `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WordRange {
    pub min: Option<usize>,
    pub max: Option<usize>,
}

/// The `[coach]` table of `template.toml`. Every rule is on unless listed in `off`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CoachSettings {
    /// Rules switched off for this template.
    pub off: Vec<RuleId>,
    /// The whole article's length in words (the text of every step and the quotes).
    pub article_words: Option<WordRange>,
    /// The longest title, in characters, that a magazine or a blog shows in full.
    pub title_max_chars: usize,
    /// The step whose answer is the story's title.
    pub title_step: String,
    /// Sentences longer than this many words get a tip.
    pub sentence_max_words: usize,
    /// How many complete quotes the story needs.
    pub quotes_min: usize,
    /// Steps that must name at least one number (how many people, events, visits).
    pub number_steps: Vec<String>,
    /// Empty or bureaucratic phrases to avoid, in the template's language; added to the
    /// built-in list for that language.
    pub weak_phrases: Vec<String>,
    /// Names the dictionary does not know and the spelling rule should not flag: villages,
    /// streets, the library's partners.
    pub known_words: Vec<String>,
}

impl Default for CoachSettings {
    fn default() -> Self {
        CoachSettings {
            off: Vec::new(),
            article_words: None,
            title_max_chars: 90,
            title_step: "title".into(),
            sentence_max_words: 30,
            quotes_min: 0,
            number_steps: Vec::new(),
            weak_phrases: Vec::new(),
            known_words: Vec::new(),
        }
    }
}

impl CoachSettings {
    pub fn is_on(&self, rule: RuleId) -> bool {
        !self.off.contains(&rule)
    }
}
