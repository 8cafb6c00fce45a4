//! The trainer's name for a review's comments.

use super::Store;

impl Store {
    /// The name a review's comments are signed with: `given` (then remembered for the next
    /// review), else the name given last time, else `fallback` (the catalog's "Trainer").
    /// Not the settings' author: that is the last draft's author, a librarian's name on a
    /// trainer's computer.
    pub fn reviewer(&mut self, given: Option<&str>, fallback: &str) -> String {
        if let Some(name) = given.map(str::trim).filter(|n| !n.is_empty()) {
            if self.settings.reviewer != name {
                self.settings.reviewer = name.to_string();
                self.write_settings();
            }
            return name.to_string();
        }
        match self.settings.reviewer.trim() {
            "" => fallback.to_string(),
            known => known.to_string(),
        }
    }
}
