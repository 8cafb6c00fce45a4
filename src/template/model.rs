//! The template model: the serde types of a template's `template.toml`.
//!
//! Unknown keys are rejected so a trainer's typo (`requierd = true`) is reported, not ignored.

use serde::{Deserialize, Serialize};

use super::coach_settings::CoachSettings;

/// A story template: the questions of a story and the publications it can become.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// BCP 47 language of the template's texts, e.g. "ro", "en", "ru".
    pub language: String,
    #[serde(default)]
    pub layouts: Vec<LayoutInfo>,
    #[serde(default)]
    pub steps: Vec<Step>,
    /// What the writing coach checks, and how strictly.
    #[serde(default)]
    pub coach: CoachSettings,
    /// The wording of the consent forms (`povestitor consent`); each text left out is the
    /// default of the template's language.
    #[serde(default, skip_serializing_if = "ConsentTexts::is_empty")]
    pub consent: ConsentTexts,
}

/// The `[consent]` table: the words of a consent form a trainer may change. `{library}`,
/// `{title}` and `{places}` in them are replaced by the story's library, its title and
/// `places`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentTexts {
    /// The form's title.
    pub heading: Option<String>,
    /// Where the story will be published: "the magazine, the blog and Facebook".
    pub places: Option<String>,
    /// The agreement of a person quoted, before the quote.
    pub quote: Option<String>,
    /// The agreement of a person shown in a photo, before the photo and its caption.
    pub photo: Option<String>,
    /// The right to withdraw.
    pub withdraw: Option<String>,
    /// The labels of the lines to fill in.
    pub name: Option<String>,
    pub signature: Option<String>,
    pub date: Option<String>,
    /// The parent's or guardian's section, for a photo that shows children.
    pub parent_heading: Option<String>,
    pub parent: Option<String>,
    pub parent_name: Option<String>,
    /// The first word of the forms' file names ("acord").
    pub file: Option<String>,
}

impl ConsentTexts {
    pub fn is_empty(&self) -> bool {
        *self == ConsentTexts::default()
    }
}

/// One publication a template can be rendered into.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutInfo {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The Tera file, relative to the template's folder. Defaults to `<id>.md.tera`.
    #[serde(default)]
    pub file: Option<String>,
    /// Tags for the front matter of Markdown exports (static site generators).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Whether the layout is made for paper or for a web page: a workshop's book takes
    /// each story's print layout unless told otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<Medium>,
    /// For a social network's post: how many characters the network shows before "See
    /// more" (Facebook about 480); `check` and the export say where the cut falls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see_more: Option<usize>,
}

/// What a layout is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    /// Paper: a magazine, a report, a workshop's book.
    Print,
    /// A web page: a blog post, with its tags and its invitation to visit.
    Web,
}

impl LayoutInfo {
    pub fn file_name(&self) -> String {
        self.file
            .clone()
            .unwrap_or_else(|| format!("{}.md.tera", self.id))
    }
}

/// One question of the wizard.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub prompt: String,
    #[serde(default)]
    pub guidance: Vec<String>,
    #[serde(default)]
    pub example: String,
    pub kind: StepKind,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub min_words: Option<usize>,
    #[serde(default)]
    pub max_words: Option<usize>,
}

/// What kind of answer a step takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    /// One line, such as a title.
    Line,
    /// Several paragraphs.
    Text,
    /// Repeatable items with `text`, `author`, `role`.
    Quotes,
    /// Repeatable items with `path`, `caption`, `credit`.
    Photos,
}

impl StepKind {
    /// The fields of one item, for repeatable kinds; empty for text kinds.
    pub fn item_fields(self) -> &'static [&'static str] {
        match self {
            StepKind::Line | StepKind::Text => &[],
            StepKind::Quotes => &["text", "author", "role"],
            StepKind::Photos => &["path", "caption", "credit"],
        }
    }

    /// The yes/no choices of one item, stored as `"yes"`/`"no"` (absent: not recorded): a
    /// quote's consent; whether a photo shows children, then the consent (a parent's or
    /// guardian's when it does).
    pub fn item_choices(self) -> &'static [&'static str] {
        match self {
            StepKind::Line | StepKind::Text => &[],
            StepKind::Quotes => &["consent"],
            StepKind::Photos => &["children", "consent"],
        }
    }

    pub fn is_repeatable(self) -> bool {
        !self.item_fields().is_empty()
    }
}

impl Template {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn layout(&self, id: &str) -> Option<&LayoutInfo> {
        self.layouts.iter().find(|l| l.id == id)
    }

    /// The layout for paper: the first one marked `medium = "print"`, else the first one not
    /// marked for the web, else the first one.
    pub fn print_layout(&self) -> Option<&LayoutInfo> {
        let marked = |medium| self.layouts.iter().find(|l| l.medium == medium);
        marked(Some(Medium::Print))
            .or_else(|| marked(None))
            .or_else(|| self.layouts.first())
    }
}
