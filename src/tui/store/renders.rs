//! Renders off the loop: the preview (and an export, render and file) is made on a thread
//! of its own, which brings it back as a message (`Msg::Rendered`, `Msg::Exported`) for
//! `update` to show. The loop never waits for a
//! layout, so the wizard goes on saving, answering keys and quitting while one runs; a
//! layout that outruns its budget is abandoned by the render itself (`Layouts::render`),
//! and its thread, which nothing can stop, ends with the process.

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use super::Store;
use super::export::ExportJob;
use crate::render::{self, Format, LoadedTemplate, RenderError, RenderOptions};
use crate::story::Draft;
use crate::tui::app::{App, Done, ExportProblem, StatusKind};
use crate::tui::msg::{Msg, Rendering};

/// The renders under way, and the messages they sent back.
#[derive(Debug)]
pub(super) struct Renders {
    pub(super) sender: Sender<Msg>,
    arrived: Receiver<Msg>,
    /// Jobs under way: each ends with one last message (`Msg::Rendered`, `Msg::Exported`,
    /// `Msg::Published`, `Msg::CopyRendered`, `Msg::ConsentWritten`); a sending says more
    /// before it.
    pub(super) running: usize,
}

impl Default for Renders {
    fn default() -> Self {
        let (sender, arrived) = mpsc::channel();
        Renders {
            sender,
            arrived,
            running: 0,
        }
    }
}

/// What rendering the preview of `layout` for `draft` comes to.
fn outcome(loaded: &LoadedTemplate, draft: &Draft, layout: &str) -> Rendering {
    match render::render(loaded, draft, layout, Format::Txt, RenderOptions::default()) {
        Ok(article) => Rendering::Text(article.into_text().unwrap_or_default()),
        Err(RenderError::TooSlow(problem)) => Rendering::TooSlow(problem),
        Err(e) => Rendering::Failed(e.to_string()),
    }
}

/// The preview `RenderPreview` asks for, rendered on this thread (within the layout's
/// budget): for a computer that has no thread to spare, and for tests that draw screens
/// without a store.
pub fn preview_now(app: &App, request: u64, layout: &str) -> Option<Msg> {
    let (loaded, session) = (app.template()?, app.session.as_ref()?);
    let outcome = outcome(loaded, &session.draft, layout);
    Some(Msg::Rendered { request, outcome })
}

impl Store {
    /// Starts rendering the preview of `layout` on a thread of its own.
    pub(super) fn start_preview(&mut self, app: &App, request: u64, layout: String) {
        let (Some(loaded), Some(session)) = (app.template(), app.session.as_ref()) else {
            return;
        };
        let (loaded, draft) = (loaded.clone(), session.draft.clone());
        let sender = self.renders.sender.clone();
        let job = {
            let layout = layout.clone();
            move || {
                let outcome = outcome(&loaded, &draft, &layout);
                let _ = sender.send(Msg::Rendered { request, outcome });
            }
        };
        let started = std::thread::Builder::new()
            .name("preview".into())
            .spawn(job);
        if started.is_err() {
            let Some(msg) = preview_now(app, request, &layout) else {
                return;
            };
            let _ = self.renders.sender.send(msg);
        }
        self.renders.running += 1;
    }

    /// Writes the article on a thread of its own: its render may run out of time, and the
    /// loop never waits for a layout. `Msg::Exported` brings the outcome.
    pub(super) fn start_export(&mut self, app: &App, job: ExportJob) -> Done {
        let sender = self.renders.sender.clone();
        let started = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let _ = sender.send(Msg::Exported(job.run()));
            });
        if started.is_err() {
            let failed = ExportProblem::Failed(app.t("export-no-thread"));
            let _ = self.renders.sender.send(Msg::Exported(Err(failed)));
        }
        self.renders.running += 1;
        Done::Said(StatusKind::Info, app.t("export-writing"))
    }

    /// Whether a render is under way.
    pub fn rendering(&self) -> bool {
        self.renders.running > 0
    }

    /// The renders that have come back, waiting up to `timeout` for the first of them
    /// when one is under way.
    pub fn rendered(&mut self, timeout: Duration) -> Vec<Msg> {
        let mut arrived = Vec::new();
        if self.renders.running == 0 {
            return arrived;
        }
        if let Ok(msg) = self.renders.arrived.recv_timeout(timeout) {
            arrived.push(msg);
        }
        arrived.extend(self.renders.arrived.try_iter());
        for msg in &arrived {
            if matches!(
                msg,
                Msg::Rendered { .. }
                    | Msg::Exported(_)
                    | Msg::Published { .. }
                    | Msg::CopyRendered { .. }
                    | Msg::ConsentWritten(_)
                    | Msg::Copied(_)
            ) {
                self.renders.running = self.renders.running.saturating_sub(1);
            }
            self.published(msg);
        }
        arrived.into_iter().map(|msg| self.copied(msg)).collect()
    }
}
