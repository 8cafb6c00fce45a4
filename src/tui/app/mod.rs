//! The wizard's state: which screen is shown, the open draft and each screen's own state.
//! Changed only by `update` (the results of effects reach it as `Done` and `Msg`); read by
//! the views. Imports neither: what both need about the screen is in `layout`.

use std::path::PathBuf;

use crate::coach;
use crate::coach::spelling::{KnownWords, Speller, SpellerCache};
use crate::i18n::Catalog;
use crate::render::LoadedTemplate;
use crate::service::Templates;
use crate::story::Draft;
use crate::template::Step;

use super::theme::Theme;
use super::widgets::Editor;

mod comments;
mod effect;
mod forms;
mod heights;
mod picker;
mod session;

pub use comments::{CommentsState, Reviewer};
pub use effect::{Done, Effect};
pub use forms::{Details, ExportDefaults, ExportForm, FORMATS, Password, Preview, WORDPRESS};
pub use heights::{HeightsKey, StepHeights};
pub use picker::PhotoPicker;
pub use session::{FindingIndex, Session, Suggestions};

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

pub use crate::tui::msg::ExportProblem;

/// Where the keys go on a step screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Editor,
    /// The side list of steps.
    Steps,
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

/// The whole wizard.
pub struct App {
    pub catalog: Catalog,
    pub templates: Templates,
    pub theme: Theme,
    pub screen: Screen,
    pub help: bool,
    pub help_scroll: u16,
    /// The first-run welcome, over the home screen, naming the drafts folder; any key
    /// dismisses it.
    pub welcome: Option<PathBuf>,
    /// Where the export form starts (the configuration's layout and format).
    pub export_defaults: ExportDefaults,
    pub size: (u16, u16),
    pub home: Home,
    pub session: Option<Session>,
    pub status: Option<Status>,
    pub effects: Vec<Effect>,
    /// The draft changed since the loop last looked (starts the autosave timer).
    pub changed: bool,
    pub quit: bool,
    /// A sending to the blog is under way (off the loop): Esc stops it.
    pub publishing: bool,
    /// Ctrl+Q found the story unsaved (its last save failed): the question on screen asks
    /// whether to quit with a rescue copy in this folder, make a copy and stay, or go back.
    pub quitting: Option<PathBuf>,
    /// The wrapped heights of the step on screen, kept by `update` after each message.
    pub step_heights: Option<StepHeights>,
    /// Dictionaries, each loaded once on a thread of its own when a story in its language
    /// opens; `None` where spelling is not wanted (tests drive [`App::spell_with`]).
    pub spellers: Option<SpellerCache>,
    /// The words the librarian taught the coach.
    pub personal: KnownWords,
    /// Where new stories are kept, said on the home screen.
    pub drafts_folder: Option<PathBuf>,
}

impl App {
    pub fn new(catalog: Catalog, templates: Templates, theme: Theme, size: (u16, u16)) -> App {
        App {
            catalog,
            templates,
            theme,
            screen: Screen::Home,
            help: false,
            help_scroll: 0,
            welcome: None,
            export_defaults: ExportDefaults::default(),
            size,
            home: Home::default(),
            session: None,
            status: None,
            effects: Vec::new(),
            changed: false,
            quit: false,
            publishing: false,
            quitting: None,
            step_heights: None,
            spellers: None,
            personal: KnownWords::new(),
            drafts_folder: None,
        }
    }

    /// The wizard as the configuration sets it up: the export's defaults, the
    /// dictionaries, the words the librarian taught the coach (before it starts).
    pub fn configured(
        mut self,
        export_defaults: ExportDefaults,
        spellers: Option<SpellerCache>,
        personal: Option<&crate::coach::spelling::PersonalWords>,
    ) -> App {
        self.export_defaults = export_defaults;
        self.spellers = spellers;
        if let Some(list) = personal {
            self.personal.add_personal(list);
        }
        self
    }

    /// Where new stories are kept, for the home screen to say (before it starts).
    pub fn keeping_drafts_in(mut self, folder: PathBuf) -> App {
        self.drafts_folder = Some(folder);
        self
    }

    /// The home screen it starts on: the drafts to continue, and the first-run welcome
    /// naming where stories are kept (before it starts).
    pub fn at_home(mut self, recent: Vec<RecentDraft>, welcome: Option<PathBuf>) -> App {
        self.set_recent(recent);
        self.welcome = welcome;
        self
    }

    /// What the loop does after a pause in typing: checks the spelling of what changed
    /// since the last time, when the dictionary of the story's language is ready, and
    /// checks the whole draft again where the keystrokes only had the changed step checked
    /// (the two give the same report; this keeps it so whatever happens). Whether anything
    /// was done.
    pub fn spell_pending(&mut self) -> bool {
        self.spell_changed() || self.settle()
    }

    fn spell_changed(&mut self) -> bool {
        let Some(session) = self.session.as_ref().filter(|s| !s.unspelled.is_empty()) else {
            return false;
        };
        let Some(speller) = self
            .templates
            .get(&session.template_id)
            .ok()
            .and_then(|loaded| self.spellers.as_ref()?.ready(&loaded.template.language))
        else {
            return false;
        };
        self.spell_with(&speller)
    }

    /// Checks the whole draft again when the report was last brought up to date by the
    /// keystroke path ([`Session::edited`]). Whether it did.
    fn settle(&mut self) -> bool {
        let Some(session) = self.session.as_mut().filter(|s| !s.settled) else {
            return false;
        };
        let Ok(loaded) = self.templates.get(&session.template_id) else {
            return false;
        };
        session.recheck(&loaded.template);
        true
    }

    /// Checks the spelling of what changed with `speller`.
    pub fn spell_with(&mut self, speller: &Speller) -> bool {
        let (Some(session), misspelt) = (self.session.as_mut(), self.theme.misspelt()) else {
            return false;
        };
        let Ok(loaded) = self.templates.get(&session.template_id) else {
            return false;
        };
        let spelling = coach::Spelling {
            speller,
            personal: &self.personal,
        };
        session.spell(&loaded.template, spelling, misspelt);
        true
    }

    /// Fills the home menu: new stories, recent drafts, example stories.
    pub fn set_recent(&mut self, recent: Vec<RecentDraft>) {
        let mut entries: Vec<HomeEntry> = self
            .templates
            .iter()
            .map(|t| HomeEntry::New(t.id().to_string()))
            .collect();
        entries.extend((0..recent.len()).map(HomeEntry::Recent));
        entries.extend(
            self.templates
                .iter()
                .filter(|t| t.example().is_some())
                .map(|t| HomeEntry::Example(t.id().to_string())),
        );
        // The first new story in the interface's language (`--lang ru`: the Russian
        // template), else the first one.
        let lang = self.catalog.lang().code();
        let selected = entries
            .iter()
            .position(|e| {
                matches!(e, HomeEntry::New(id)
                    if self.templates.get(id).is_ok_and(|t| t.template.language == lang))
            })
            .unwrap_or(0);
        self.home = Home {
            recent,
            entries,
            selected,
        };
    }

    /// Opens a draft in the wizard at its first step.
    pub fn open(&mut self, path: PathBuf, draft: Draft) -> Result<(), String> {
        let loaded = self
            .templates
            .get(&draft.template)
            .map_err(|e| e.to_string())?;
        let first = loaded
            .template
            .steps
            .first()
            .ok_or_else(|| format!("the template {} has no steps", loaded.id()))?;
        let editor = Editor::for_step(first, &draft);
        if let Some(spellers) = &self.spellers {
            spellers.warm(&loaded.template.language);
        }
        let details = Details::new(&draft);
        let mut comments = CommentsState::default();
        comments.arrive(&draft, &first.id);
        let report = coach::check(&loaded.template, &draft);
        let findings = FindingIndex::new(&loaded.template, &report);
        self.session = Some(Session {
            template_id: draft.template.clone(),
            path,
            draft,
            report,
            findings,
            memo: coach::Memo::default(),
            settled: true,
            spelled: Default::default(),
            unspelled: loaded.template.steps.iter().map(|s| s.id.clone()).collect(),
            selected: None,
            place: 0,
            step: 0,
            editor,
            focus: Focus::Editor,
            list_cursor: 0,
            show_guidance: true,
            dirty: false,
            details,
            review_scroll: 0,
            preview: Default::default(),
            export: ExportForm::starting_at(&loaded.template, &self.export_defaults),
            picker: None,
            back_to: Screen::Step,
            comments,
            suggestions: None,
        });
        self.screen = Screen::Step;
        self.clear_status();
        Ok(())
    }

    /// Opens a draft to review it: comments on any step, the answers read-only.
    pub fn open_for_review(
        &mut self,
        path: PathBuf,
        draft: Draft,
        reviewer: Reviewer,
    ) -> Result<(), String> {
        self.open(path, draft)?;
        if let Some(session) = self.session.as_mut() {
            session.comments.reviewer = Some(reviewer);
        }
        Ok(())
    }

    /// The template of the open draft.
    pub fn template(&self) -> Option<&LoadedTemplate> {
        let session = self.session.as_ref()?;
        self.templates.get(&session.template_id).ok()
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

    /// After an export attempt (`Msg::Exported`): a message, and back to the story when it
    /// went well. With
    /// the file come the sentences saying what the layout left out, if anything: then the
    /// message is a warning.
    pub fn exported(&mut self, result: Result<(PathBuf, Vec<String>), ExportProblem>) {
        match result {
            Ok((path, left_out)) => {
                let mut text = self.catalog.t_args(
                    "export-written",
                    &[("path", path.display().to_string().into())],
                );
                let kind = if left_out.is_empty() {
                    StatusKind::Done
                } else {
                    text.push_str(". ");
                    text.push_str(&left_out.join(" "));
                    StatusKind::Warn
                };
                if let Some(session) = self.session.as_mut() {
                    session.export.confirm_overwrite = None;
                }
                // Written off the loop: the librarian may have gone elsewhere meanwhile.
                if self.screen == Screen::Export {
                    self.back();
                }
                self.say(kind, text);
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
            Err(ExportProblem::Held { path, beside }) => {
                let text = self.catalog.t_args(
                    "export-held",
                    &[
                        ("path", path.display().to_string().into()),
                        ("beside", beside.display().to_string().into()),
                    ],
                );
                self.say(StatusKind::Warn, text);
                // Enter now writes it beside, under the free name.
                if let Some(session) = self.session.as_mut() {
                    let form = &mut session.export;
                    form.path = super::widgets::Field::new(&beside.display().to_string(), false);
                    form.path_edited = true;
                    form.confirm_overwrite = None;
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

    /// After a publish: the post's edit link and what happened to each photo, or why not.
    pub fn published(&mut self, result: Result<String, String>) {
        match result {
            Ok(text) => {
                if let Some(session) = self.session.as_mut() {
                    session.export.clear_password();
                }
                // Sent off the loop: the librarian may have gone elsewhere meanwhile.
                if self.screen == Screen::Export {
                    self.back();
                }
                self.say(StatusKind::Done, text);
            }
            Err(message) => self.say(StatusKind::Warn, message),
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
