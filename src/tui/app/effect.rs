//! What `update` asks the loop to do outside the pure update (the effects that touch the
//! disk or the network, carried out by `store`), and what came of them (`Done`), which
//! `update::done` applies: the store reads the model and never writes it.

use std::path::PathBuf;

use super::{Password, RecentDraft, StatusKind};
use crate::render::Format;
use crate::service::PhotoFile;
use crate::story::Draft;

/// Something for the loop to do outside the pure update: touch the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the draft now (and remember the author and institution the librarian typed in
    /// the details of a story of her own).
    Save,
    /// Open a draft file from the home screen.
    Open(PathBuf),
    /// Save and close the open draft, then show the home screen.
    Close,
    /// Start a new draft from a template, in the drafts folder.
    NewDraft { template: String },
    /// Copy a template's example story into the drafts folder and open the copy.
    CopyExample { template: String },
    /// Add a word to the personal word list, then check the spelling again.
    AddWord(String),
    /// Write a copy of the story into the copies folder (its own cannot be written).
    SaveCopy,
    /// Take the words an interrupted save left beside the draft.
    Recover,
    /// Enter on photo `row`'s empty file field: open the photo picker with the image
    /// files of the draft's folder and the user's photo folders.
    ListPhotos { row: usize },
    /// Enter after `typed` in photo `row`'s file field: a path to a file not recorded as
    /// it is (quoted, `file://`, absolute, elsewhere) is taken; anything else stays typed.
    TakeTyped { row: usize, typed: String },
    /// Text pasted into a photo's file field: a file's path (quoted, `file://`) is taken;
    /// anything else is pasted as it is.
    PastePhoto { row: usize, text: String },
    /// Bring `file` beside the draft and record it as the photo's file.
    TakePhoto { row: usize, file: PathBuf },
    /// The first-run welcome was dismissed: remember it, so it is not shown again.
    Welcomed,
    /// Render the preview of `layout` off the loop; `Msg::Rendered` brings it back,
    /// answering `request` (a later request makes an earlier answer stale).
    RenderPreview { request: u64, layout: String },
    /// Write the article.
    Export {
        path: PathBuf,
        layout: String,
        format: Format,
        overwrite: bool,
    },
    /// Put the article `layout` makes on the system's clipboard (HTML and plain text).
    Copy { layout: String },
    /// Write the consent form of item `index` of step `step` beside the draft, off the loop
    /// (a photo's thumbnail is prepared for it): `Msg::ConsentWritten` comes back.
    ConsentForm { step: String, index: usize },
    /// The export screen opened: fill the WordPress site and user remembered in the settings.
    RememberedSite,
    /// Send the story to WordPress as a draft post (the draft is saved first), off the
    /// loop: `Msg::Publishing`, `Msg::PublishRecorded` and `Msg::Published` come back.
    Publish {
        layout: String,
        site: String,
        user: String,
        password: Password,
    },
    /// Esc while sending: stop before the next request (the post is never written after).
    CancelPublish,
    /// What the blog now holds of the draft at `path`, which is no longer open (it was
    /// closed while the sending ran): written into its file, so the next sending updates
    /// the same post and uploads no photo twice.
    RecordPublished {
        path: PathBuf,
        record: crate::story::WordPressRecord,
    },
    /// Ctrl+Q with unsaved changes: save, then quit; when the save fails, ask first
    /// (`App::quitting`), since the words are only on the screen.
    Quit,
}

/// What the store did, for `update::done` to show: the one way the results of effects
/// reach the model.
#[derive(Debug)]
pub enum Done {
    /// The open draft is saved as it is in the model.
    Saved,
    /// The save failed: why, that the text is safe on the screen, and the way out.
    SaveFailed(String),
    /// A sentence for the status line.
    Said(StatusKind, String),
    /// A draft to show (new, a model story's copy, or read from its file), with the
    /// sentence that goes with it (`note`) and, after that, the offer of the words an
    /// interrupted save left beside it (`leftover`).
    Opened {
        path: PathBuf,
        draft: Draft,
        note: Option<String>,
        leftover: Option<String>,
    },
    /// The open draft was saved and let go of: the home screen, with these drafts, the
    /// closed one (`path`) selected.
    Closed {
        recent: Vec<RecentDraft>,
        path: PathBuf,
    },
    /// The photo picker for photo `row`, with the image files found in `folders`.
    PickerOpened {
        row: usize,
        folders: Vec<PathBuf>,
        files: Vec<PhotoFile>,
    },
    /// The photo file of `row` is now `path` (brought beside the draft); `said` tells so.
    PhotoTaken {
        row: usize,
        path: String,
        said: String,
    },
    /// Text pasted into photo `row`'s file field that is no file: pasted as it is.
    PastedInField { row: usize, text: String },
    /// `word` is in the personal list on disk: the open story's spelling is checked again.
    WordAdded { word: String, said: String },
    /// The words an interrupted save left beside the draft, to take into the open story.
    Recovered(Draft),
    /// The site and user that worked last time, for the export form's empty fields.
    SiteRemembered { site: String, user: String },
    /// Quit: every word is saved.
    Quit,
    /// Quit asked while the story cannot be saved: the question, naming where a copy
    /// would go.
    AskBeforeQuit(PathBuf),
}
