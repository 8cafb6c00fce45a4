//! The wizard's state: which screen is shown, the open draft and each screen's own state.
//! Changed by `update` (and by the results of effects, through [`App::exported`]); read by
//! the views. Imports neither: what both need about the screen is in `layout`.

use std::path::PathBuf;

use crate::coach::{self, Finding, Report, Severity};
use crate::i18n::Catalog;
use crate::library::Library;
use crate::render::Format;
use crate::render::LoadedTemplate;
use crate::story::Draft;
use crate::template::Step;

use super::theme::Theme;
use super::widgets::{Editor, Field};

/// The screens, in the order a story is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step,
    Details,
    Review,
    Preview,
    Export,
}

/// Where navigation can lead in the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Step(usize),
    Review,
    Details,
}

impl Target {
    /// What entry `index` of the side list stands for: the `steps`, then the review, then
    /// the details.
    pub fn in_list(index: usize, steps: usize) -> Option<Target> {
        match index {
            i if i < steps => Some(Target::Step(i)),
            i if i == steps => Some(Target::Review),
            i if i == steps + 1 => Some(Target::Details),
            _ => None,
        }
    }
}

/// Why an export did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportProblem {
    /// The file is there; the librarian must confirm.
    Exists(PathBuf),
    Failed(String),
}

/// Where the keys go on a step screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Editor,
    /// The side list of steps.
    Steps,
}

/// Something for the loop to do outside the pure update: touch the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the draft (and remember author and institution) now.
    Save,
    /// Open a draft file from the home screen.
    Open(PathBuf),
    /// Save and close the open draft, then show the home screen.
    Close,
    /// Start a new draft from a template, in the drafts folder.
    NewDraft { template: String },
    /// Copy a template's example story into the drafts folder and open the copy.
    CopyExample { template: String },
    /// Write the article.
    Export {
        path: PathBuf,
        layout: String,
        format: Format,
        overwrite: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Done,
    /// Needs attention on this screen; cleared when the screen changes.
    Warn,
    /// The draft could not be saved; stays until a save works.
    Error,
}

/// The message line under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

/// A draft found in the drafts folder or opened before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentDraft {
    pub path: PathBuf,
    pub title: String,
    pub template_name: String,
    /// When it was last saved, already formatted (`2026-11-25 14:03`).
    pub edited: String,
    pub done: usize,
    pub total: usize,
}

/// One line of the home screen's menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeEntry {
    New(String),
    Recent(usize),
    Example(String),
}

#[derive(Debug, Clone, Default)]
pub struct Home {
    pub recent: Vec<RecentDraft>,
    pub entries: Vec<HomeEntry>,
    pub selected: usize,
}

/// Author, institution and date, each in a one-line field.
#[derive(Debug, Clone)]
pub struct Details {
    pub fields: [Field; 3],
    pub focus: usize,
}

/// The rendered article on the preview screen.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub layout: usize,
    pub text: String,
    pub scroll: u16,
}

/// The export form: layout, format, and where to write.
#[derive(Debug, Clone)]
pub struct ExportForm {
    pub layout: usize,
    pub format: usize,
    pub path: Field,
    pub focus: usize,
    /// The librarian typed a path: changing the format no longer rewrites it.
    pub path_edited: bool,
    /// The file exists and the librarian was told; Enter again replaces it.
    pub confirm_overwrite: Option<PathBuf>,
}

/// The formats offered on the export screen.
pub const FORMATS: [Format; 4] = [Format::Docx, Format::Html, Format::Txt, Format::Md];

/// An open draft and where the librarian is in it.
#[derive(Debug, Clone)]
pub struct Session {
    pub template_id: String,
    pub path: PathBuf,
    pub draft: Draft,
    /// What the coach says about `draft`: checked again whenever the draft changes
    /// ([`Session::edited`]), so that drawing only reads it.
    pub report: Report,
    /// The report's findings arranged for the screens, made with it.
    pub findings: FindingIndex,
    /// The finding the librarian went to (next-finding key); shown selected while the
    /// report still holds it, and the one whose fix the fix key applies.
    pub selected: Option<Finding>,
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
    /// The screen to return to from details, preview and export.
    pub back_to: Screen,
}

/// The whole wizard.
pub struct App {
    pub catalog: Catalog,
    pub library: Library,
    pub theme: Theme,
    pub screen: Screen,
    pub help: bool,
    pub help_scroll: u16,
    pub size: (u16, u16),
    pub home: Home,
    pub session: Option<Session>,
    pub status: Option<Status>,
    pub effects: Vec<Effect>,
    /// The draft changed since the loop last looked (starts the autosave timer).
    pub changed: bool,
    pub quit: bool,
    /// The wrapped heights of the step on screen, kept by `layout::remember`.
    pub step_heights: Option<StepHeights>,
}

impl App {
    pub fn new(catalog: Catalog, library: Library, theme: Theme, size: (u16, u16)) -> App {
        App {
            catalog,
            library,
            theme,
            screen: Screen::Home,
            help: false,
            help_scroll: 0,
            size,
            home: Home::default(),
            session: None,
            status: None,
            effects: Vec::new(),
            changed: false,
            quit: false,
            step_heights: None,
        }
    }

    /// Fills the home menu: new stories, recent drafts, example stories.
    pub fn set_recent(&mut self, recent: Vec<RecentDraft>) {
        let mut entries: Vec<HomeEntry> = self
            .library
            .iter()
            .map(|t| HomeEntry::New(t.id().to_string()))
            .collect();
        entries.extend((0..recent.len()).map(HomeEntry::Recent));
        entries.extend(
            self.library
                .iter()
                .filter(|t| t.example().is_some())
                .map(|t| HomeEntry::Example(t.id().to_string())),
        );
        self.home = Home {
            recent,
            entries,
            selected: 0,
        };
    }

    /// Opens a draft in the wizard at its first step.
    pub fn open(&mut self, path: PathBuf, draft: Draft) -> Result<(), String> {
        let loaded = self
            .library
            .get(&draft.template)
            .map_err(|e| e.to_string())?;
        let first = loaded
            .template
            .steps
            .first()
            .ok_or_else(|| format!("the template {} has no steps", loaded.id()))?;
        let editor = Editor::for_step(first, &draft);
        let details = Details::new(&draft);
        let report = coach::check(&loaded.template, &draft);
        let findings = FindingIndex::new(&loaded.template, &report);
        self.session = Some(Session {
            template_id: draft.template.clone(),
            path,
            draft,
            report,
            findings,
            selected: None,
            step: 0,
            editor,
            focus: Focus::Editor,
            list_cursor: 0,
            show_guidance: true,
            dirty: false,
            details,
            review_scroll: 0,
            preview: Default::default(),
            export: ExportForm::new(),
            back_to: Screen::Step,
        });
        self.screen = Screen::Step;
        self.clear_status();
        Ok(())
    }

    /// The template of the open draft.
    pub fn template(&self) -> Option<&LoadedTemplate> {
        let session = self.session.as_ref()?;
        self.library.get(&session.template_id).ok()
    }

    /// The step on screen.
    pub fn current_step(&self) -> Option<&Step> {
        let session = self.session.as_ref()?;
        self.template()?.template.steps.get(session.step)
    }

    /// Leaves details, preview or export for the screen they were opened from.
    pub fn back(&mut self) {
        self.clear_status();
        self.screen = self.session.as_ref().map_or(Screen::Step, |s| s.back_to);
    }

    /// After an export attempt: a message, and back to the story when it went well.
    pub fn exported(&mut self, result: Result<PathBuf, ExportProblem>) {
        match result {
            Ok(path) => {
                let text = self.catalog.t_args(
                    "export-written",
                    &[("path", path.display().to_string().into())],
                );
                if let Some(session) = self.session.as_mut() {
                    session.export.confirm_overwrite = None;
                }
                self.back();
                self.say(StatusKind::Done, text);
            }
            Err(ExportProblem::Exists(path)) => {
                let text = self.catalog.t_args(
                    "export-exists",
                    &[("path", path.display().to_string().into())],
                );
                self.say(StatusKind::Warn, text);
                if let Some(session) = self.session.as_mut() {
                    session.export.confirm_overwrite = Some(path);
                }
            }
            Err(ExportProblem::Failed(message)) => {
                let text = self
                    .catalog
                    .t_args("export-failed", &[("error", message.into())]);
                self.say(StatusKind::Warn, text);
            }
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.t(id)
    }

    pub fn say(&mut self, kind: StatusKind, text: String) {
        self.status = Some(Status { text, kind });
    }

    /// Forgets the message of the previous screen; a failed save stays on show.
    pub fn clear_status(&mut self) {
        if matches!(&self.status, Some(s) if s.kind != StatusKind::Error) {
            self.status = None;
        }
    }
}

impl Session {
    /// Call after every change to the draft: marks it unsaved and asks the coach again, so
    /// the side list, the word counts and the review read a report that is never stale.
    pub fn edited(&mut self, template: &crate::template::Template) {
        self.dirty = true;
        self.report = coach::check(template, &self.draft);
        self.findings = FindingIndex::new(template, &self.report);
    }

    /// Where the selected finding is in the report, while the report still holds it.
    pub fn selected_index(&self) -> Option<usize> {
        let selected = self.selected.as_ref()?;
        self.report.findings.iter().position(|f| f == selected)
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

impl Details {
    pub fn new(draft: &Draft) -> Details {
        let meta = &draft.meta;
        let mut fields = [
            Field::new(&meta.author, false),
            Field::new(&meta.institution, false),
            Field::new(&meta.date, false),
        ];
        for (i, field) in fields.iter_mut().enumerate() {
            super::widgets::set_focused(field, i == 0);
        }
        Details { fields, focus: 0 }
    }
}

impl ExportForm {
    pub fn new() -> ExportForm {
        ExportForm {
            layout: 0,
            format: 0,
            path: Field::new("", false),
            focus: 0,
            path_edited: false,
            confirm_overwrite: None,
        }
    }
}

impl Default for ExportForm {
    fn default() -> Self {
        ExportForm::new()
    }
}

/// The wrapped heights of a step's prompt and guidance at one width. Wrapping is the
/// costly part of drawing a step, and these only change with the step, the width or the
/// guidance toggle: `update` measures them then (`layout::measure`), not every frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepHeights {
    pub key: HeightsKey,
    pub prompt: u16,
    pub guide: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeightsKey {
    pub template_id: String,
    pub step: usize,
    pub width: u16,
    pub show_guidance: bool,
}

impl StepHeights {
    /// Whether these heights were measured for this step, width and guidance toggle.
    pub fn fits(&self, template_id: &str, step: usize, width: u16, show_guidance: bool) -> bool {
        let key = &self.key;
        key.step == step
            && key.width == width
            && key.show_guidance == show_guidance
            && key.template_id == template_id
    }
}
