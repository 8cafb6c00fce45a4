//! The walk through a story: each step asked in turn, then the author, library and date,
//! then the end. Every answer is saved at once (atomically, keeping `FILE.bak`).

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::command::Command;
use super::console::{Console, Line};
use crate::coach;
use crate::render::LoadedTemplate;
use crate::service::{self, describe};
use crate::story::{Draft, save_draft};
use crate::template::{Step, StepKind};

/// Where the walk goes after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Next,
    Back,
    Quit,
}

pub struct Session<'a, R, W> {
    pub con: Console<R, W>,
    pub loaded: &'a LoadedTemplate,
    pub draft: Draft,
    pub path: PathBuf,
    /// The librarian's own story (new, or signed with her name): the author and institution
    /// she types in its details are remembered for her next story.
    pub own: bool,
    /// Where `:check` looks for dictionaries besides the system's (configuration, settings).
    pub dictionaries: Vec<PathBuf>,
    /// The last save's failure, worded; cleared by the next save that works.
    pub save_failed: Option<String>,
}

impl<R: BufRead, W: Write> Session<'_, R, W> {
    /// Asks every step from the first, then the details, then what to do at the end.
    pub fn walk(&mut self) {
        let steps = self.loaded.template.steps.len();
        let mut index = 0;
        loop {
            let flow = match index {
                i if i < steps => self.step(i),
                i if i == steps => self.details(),
                _ => self.finish(),
            };
            match flow {
                Flow::Next if index > steps => return,
                Flow::Next => index += 1,
                Flow::Back if index == 0 => self.con.say_t("plain-first-step"),
                Flow::Back => index -= 1,
                Flow::Quit => return,
            }
        }
    }

    /// Saves the draft; a failure is said at once and kept for the exit code.
    pub fn save(&mut self) {
        match save_draft(&self.path, &self.draft) {
            Ok(()) => self.save_failed = None,
            Err(err) => {
                let error = service::error_text(&err.into(), &self.con.catalog);
                self.con
                    .say_args("plain-save-failed", &[("error", error.clone().into())]);
                self.save_failed = Some(error);
            }
        }
    }

    fn step(&mut self, index: usize) -> Flow {
        let step = &self.loaded.template.steps[index];
        self.announce(index, step);
        match step.kind {
            StepKind::Line | StepKind::Text => self.text_step(step),
            StepKind::Quotes | StepKind::Photos => self.items_step(step),
        }
    }

    /// The step's number, title, prompt and current answer.
    fn announce(&mut self, index: usize, step: &Step) {
        let total = self.loaded.template.steps.len();
        let progress = self.con.t_args(
            "step-progress",
            &[("n", (index + 1).into()), ("total", total.into())],
        );
        let required = if step.required {
            format!(" {}", self.con.t("plain-required"))
        } else {
            String::new()
        };
        self.con.gap();
        self.con
            .say(&format!("{progress}: {}{required}", step.title));
        self.con.say(&step.prompt);
    }

    /// The command words, each with what it does.
    pub fn say_commands(&mut self) {
        self.con.say_t("plain-commands");
        for (command, id) in super::command::ALL {
            let word = self.con.words.word(command).to_string();
            let what = self.con.t(&format!("{id}-does"));
            self.con.say(&format!("  {word}: {what}"));
        }
    }

    pub fn say_remove_items_only(&mut self) {
        let remove = self.con.words.word(Command::Remove).to_string();
        self.con
            .say_args("plain-remove-items-only", &[("remove", remove.into())]);
    }

    /// The step's tips and example, then the commands.
    pub fn guidance(&mut self, step: &Step) {
        for tip in &step.guidance {
            self.con.say(&format!("  - {tip}"));
        }
        if !step.example.is_empty() {
            let label = self.con.t("guidance-example");
            self.con.say(&format!("{label} {}", step.example));
        }
        self.say_commands();
    }

    /// Commands that show something and then ask again: help, check, export. Whether
    /// `command` was one of them.
    pub fn show(&mut self, command: Command, step: Option<&Step>) -> bool {
        match command {
            Command::Help => match step {
                Some(step) => self.guidance(step),
                None => self.say_commands(),
            },
            Command::Check => super::check::check(self),
            Command::Export => super::export::export(self),
            _ => return false,
        }
        true
    }

    fn text_step(&mut self, step: &Step) -> Flow {
        let multi = step.kind == StepKind::Text;
        self.say_current_text(step);
        self.con.say_t(if multi {
            "plain-type-text"
        } else {
            "plain-type-line"
        });
        let mut lines: Vec<String> = Vec::new();
        // Whether this visit changed the answer (each line is saved as it comes).
        let mut changed = false;
        loop {
            let line = self.con.read();
            let flow = match line {
                Line::Text(text) if text.trim().is_empty() => Some(Flow::Next),
                Line::Text(text) => {
                    lines.push(text);
                    // A closed window or Ctrl+C loses at most the line being typed.
                    changed |= self.keep_lines(step, &lines);
                    (!multi).then_some(Flow::Next)
                }
                Line::End => Some(Flow::Quit),
                Line::Command(Command::Back) => Some(Flow::Back),
                Line::Command(Command::Skip) => Some(Flow::Next),
                Line::Command(Command::Quit) => Some(Flow::Quit),
                Line::Command(Command::Clear) => {
                    lines.clear();
                    changed = false;
                    self.draft.answers.set_text(&step.id, String::new());
                    self.save();
                    self.con.say_t("plain-cleared");
                    self.con.say_t(if multi {
                        "plain-type-text"
                    } else {
                        "plain-type-line"
                    });
                    None
                }
                Line::Command(Command::Remove) => {
                    self.say_remove_items_only();
                    None
                }
                Line::Command(command) => {
                    self.show(command, Some(step));
                    if lines.is_empty() {
                        self.con.say_t(if multi {
                            "plain-type-text"
                        } else {
                            "plain-type-line"
                        });
                    } else {
                        self.con.say_t("plain-go-on");
                    }
                    None
                }
            };
            if let Some(flow) = flow {
                if changed {
                    self.con.say_t("plain-saved");
                    self.coach_says(step);
                } else if flow == Flow::Next && self.draft.answers.text(&step.id).is_empty() {
                    self.con.say_t("plain-left-empty");
                } else if flow == Flow::Next {
                    self.con.say_t("plain-kept");
                }
                return flow;
            }
        }
    }

    /// The coach's findings about `step`, as the wizard's panel under the answer shows
    /// them (spelling aside: it is checked on `:check`).
    pub fn coach_says(&mut self, step: &Step) {
        let report = coach::check(&self.loaded.template, &self.draft);
        let findings: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.step_id.as_deref() == Some(step.id.as_str()))
            .map(|f| describe(f, &self.con.catalog))
            .collect();
        if findings.is_empty() {
            return;
        }
        self.con.say_t("plain-coach");
        for finding in findings {
            self.con.say(&format!("  - {finding}"));
        }
    }

    /// Writes `lines` (one paragraph each) as the step's answer and saves, when there are
    /// any and they change it. Whether they changed it.
    fn keep_lines(&mut self, step: &Step, lines: &[String]) -> bool {
        if lines.is_empty() {
            return false;
        }
        let text = lines.join("\n");
        if self.draft.answers.text(&step.id) == text {
            return false;
        }
        self.draft.answers.set_text(&step.id, text);
        self.save();
        true
    }

    fn say_current_text(&mut self, step: &Step) {
        let current = self.draft.answers.text(&step.id).to_string();
        if current.trim().is_empty() {
            self.con.say_t("plain-no-answer");
        } else {
            self.con.say_t("plain-current");
            for line in current.lines() {
                self.con.say(line);
            }
            self.con.say_t("plain-current-end");
        }
    }
}
