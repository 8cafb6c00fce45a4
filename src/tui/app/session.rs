//! The open draft in the wizard's model: the answers, where the librarian is, and what the
//! coach says about it, kept up to date as she writes.

use std::path::PathBuf;

use std::collections::{BTreeMap, BTreeSet};

use ratatui::style::Style;

use crate::coach::{self, Finding, FindingKind, Report, Severity};
use crate::story::Draft;
use crate::template::Template;

use super::{CommentsState, Details, ExportForm, Focus, PhotoPicker, Preview, Screen};
use crate::tui::widgets::Editor;

/// An open draft and where the librarian is in it.
#[derive(Debug, Clone)]
pub struct Session {
    pub template_id: String,
    pub path: PathBuf,
    pub draft: Draft,
    /// What the coach says about `draft`: brought up to date whenever the draft changes
    /// ([`Session::edited`]), so that drawing only reads it.
    pub report: Report,
    /// The report's findings arranged for the screens, made with it.
    pub findings: FindingIndex,
    /// The paragraphs the coach has read, so a keystroke has only the changed one read.
    pub memo: coach::Memo,
    /// Whether `report` comes from a whole check ([`Session::recheck`]) rather than from
    /// the keystroke path; the loop checks the whole draft after a pause when not.
    pub settled: bool,
    /// Spelling findings of each step (by id), as its text was when last spelled.
    pub spelled: BTreeMap<String, Vec<Finding>>,
    /// Steps changed since their spelling was checked: all of them when the draft opens.
    pub unspelled: BTreeSet<String>,
    /// The finding the librarian went to (next-finding key); shown selected while the
    /// report still holds it, and the one whose fix the fix key applies.
    pub selected: Option<Finding>,
    /// Which of the selected finding's places the next-finding key went to (0: the
    /// first); the key visits each place of a finding found more than once.
    pub place: usize,
    /// Index of the step on screen (or last shown, on other screens).
    pub step: usize,
    pub editor: Editor,
    pub focus: Focus,
    /// Selection in the side list: steps, then review, then details.
    pub list_cursor: usize,
    pub show_guidance: bool,
    /// Unsaved changes.
    pub dirty: bool,
    pub details: Details,
    pub review_scroll: u16,
    pub preview: Preview,
    pub export: ExportForm,
    /// The photo picker, open over the photos step.
    pub picker: Option<PhotoPicker>,
    /// The screen to return to from details, preview and export.
    pub back_to: Screen,
    /// The trainer's comments: review mode, the one being written, the selected one.
    pub comments: CommentsState,
    /// The menu of a misspelling's corrections, open over the step (Ctrl+R).
    pub suggestions: Option<Suggestions>,
}

/// A misspelling's corrections, offered in a small menu; the chosen one replaces the word
/// as typing would (the field can undo it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestions {
    /// The misspelling, as the report holds it.
    pub finding: Finding,
    pub word: String,
    /// Up to three, likeliest first.
    pub choices: Vec<String>,
    pub selected: usize,
}

impl Session {
    /// Call after every change to the draft (the step on screen, or the details): marks it
    /// unsaved and has the coach read the step on screen again, only its changed
    /// paragraphs ([`coach::Memo`]), so the side list, the word counts and the review read
    /// a report that is never stale. The whole draft is checked again after a pause.
    pub fn edited(&mut self, template: &Template) {
        self.dirty = true;
        let Some(step) = template.steps.get(self.step) else {
            return self.recheck(template);
        };
        // The step on screen changed: its spelling is checked again after a pause.
        self.spelled.remove(&step.id);
        self.unspelled.insert(step.id.clone());
        self.memo
            .recheck_step(&mut self.report, template, &self.draft, &step.id);
        self.findings = FindingIndex::new(template, &self.report);
        self.settled = false;
    }

    /// Asks the coach again about the whole draft, and adds the spelling findings of the
    /// steps spelled since their last change.
    pub fn recheck(&mut self, template: &Template) {
        self.report = coach::check(template, &self.draft);
        let mut spelled: Vec<Finding> = self.spelled.values().flatten().cloned().collect();
        // One tip names the unknown names of the whole story.
        coach::spelling::one_names_tip(&mut spelled);
        self.report.add_findings(template, spelled);
        self.findings = FindingIndex::new(template, &self.report);
        self.settled = true;
    }

    /// Checks the spelling of the steps changed since they were last spelled (all of them
    /// when the draft has just been opened), then underlines the misspellings of the step
    /// on screen. What the loop does after a pause in typing.
    pub fn spell(&mut self, template: &Template, spelling: coach::Spelling, style: Style) {
        for id in std::mem::take(&mut self.unspelled) {
            let found = coach::spell_step(template, &self.draft, &id, spelling);
            self.spelled.insert(id, found);
        }
        self.recheck(template);
        if let Some(step) = template.steps.get(self.step) {
            self.mark_misspelt(&step.id, style);
        }
    }

    /// Underlines, in the editor, the words of step `id` the dictionary does not know.
    pub fn mark_misspelt(&mut self, id: &str, style: Style) {
        let mut words: Vec<String> = self
            .spelled
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|f| match &f.kind {
                FindingKind::Misspelt { word, .. } => Some(word.clone()),
                _ => None,
            })
            .collect();
        words.sort();
        words.dedup();
        self.editor.mark_words(&words, style);
    }

    /// Forgets every spelling result (a word was added to the personal list).
    pub fn respell_all(&mut self, template: &Template) {
        self.spelled.clear();
        self.unspelled = template.steps.iter().map(|s| s.id.clone()).collect();
    }

    /// Where the selected finding is in the report, while the report still holds it.
    pub fn selected_index(&self) -> Option<usize> {
        let selected = self.selected.as_ref()?;
        self.report.findings.iter().position(|f| f == selected)
    }

    /// The words of step `index` as the coach counted them (the same count as
    /// `Answers::word_count`: the words of its sentences), read while drawing.
    pub fn step_words(&self, index: usize) -> usize {
        self.report
            .readability
            .steps
            .get(index)
            .map_or(0, |(_, stats)| stats.words)
    }

    /// The coach's state of step `index` (empty for a step it does not know).
    pub fn step_state(&self, index: usize) -> coach::StepState {
        self.report
            .states
            .get(index)
            .copied()
            .unwrap_or(coach::StepState::Empty)
    }
}

/// The report's findings as the screens show them, arranged once per check so that
/// drawing only reads: indices into `Report::findings`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindingIndex {
    /// Per template step: its findings, most severe first (report order among equals).
    pub by_step: Vec<Vec<usize>>,
    /// About the whole article (`step_id` is `None`), most severe first.
    pub article: Vec<usize>,
    /// How many errors, warnings and tips the whole story has.
    pub errors: usize,
    pub warnings: usize,
    pub tips: usize,
}

impl FindingIndex {
    pub fn new(template: &crate::template::Template, report: &Report) -> FindingIndex {
        let mut index = FindingIndex {
            by_step: vec![Vec::new(); template.steps.len()],
            ..FindingIndex::default()
        };
        for (i, finding) in report.findings.iter().enumerate() {
            let step = finding
                .step_id
                .as_ref()
                .and_then(|id| template.steps.iter().position(|s| &s.id == id));
            match step {
                Some(step) => index.by_step[step].push(i),
                None => index.article.push(i),
            }
            match finding.severity {
                Severity::Error => index.errors += 1,
                Severity::Warning => index.warnings += 1,
                Severity::Tip => index.tips += 1,
            }
        }
        let by_severity = |list: &mut Vec<usize>| {
            list.sort_by_key(|&i| std::cmp::Reverse(report.findings[i].severity));
        };
        index.by_step.iter_mut().for_each(by_severity);
        by_severity(&mut index.article);
        index
    }

    /// The findings of step `step`, most severe first.
    pub fn of_step(&self, step: usize) -> &[usize] {
        self.by_step.get(step).map_or(&[], Vec::as_slice)
    }
}
