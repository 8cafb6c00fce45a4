//! What `update` asks the loop to do outside the pure update: the effects that touch the
//! disk or the network, carried out by `store`.

use std::path::PathBuf;

use super::Password;
use crate::render::Format;

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
    /// The export screen opened: fill the WordPress site and user remembered in the settings.
    RememberedSite,
    /// Send the story to WordPress as a draft post (the draft is saved first).
    Publish {
        layout: String,
        site: String,
        user: String,
        password: Password,
    },
    /// Ctrl+Q with unsaved changes: save, then quit; when the save fails, ask first
    /// (`App::quitting`), since the words are only on the screen.
    Quit,
}
