//! The photo picker's model: the image files the store found, what the librarian typed to
//! narrow them, and the highlighted one. Opened by Enter on a photo's file field.

use std::path::PathBuf;

use crate::service::PhotoFile;

#[derive(Debug, Clone, Default)]
pub struct PhotoPicker {
    /// The photo (row of the item list) whose file it fills.
    pub row: usize,
    /// Where it looked: the draft's folder, then the user's.
    pub folders: Vec<PathBuf>,
    /// Newest first.
    pub files: Vec<PhotoFile>,
    /// Typed to narrow the list: part of a file's name, in any letter case.
    pub filter: String,
    /// Index into [`PhotoPicker::shown`].
    pub selected: usize,
}

impl PhotoPicker {
    pub fn new(row: usize, folders: Vec<PathBuf>, files: Vec<PhotoFile>) -> PhotoPicker {
        PhotoPicker {
            row,
            folders,
            files,
            ..PhotoPicker::default()
        }
    }

    /// The files whose name holds the filter (case-insensitive), newest first.
    pub fn shown(&self) -> Vec<&PhotoFile> {
        let filter = self.filter.to_lowercase();
        self.files
            .iter()
            .filter(|f| f.name.to_lowercase().contains(&filter))
            .collect()
    }

    pub fn highlighted(&self) -> Option<&PhotoFile> {
        self.shown().get(self.selected).copied()
    }

    /// Moves the highlight by `by` rows, staying within the list.
    pub fn move_by(&mut self, by: isize) {
        let last = self.shown().len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
    }

    /// Narrows the list; the highlight goes back to its newest file.
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
        self.selected = 0;
    }
}
