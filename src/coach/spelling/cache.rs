//! Dictionaries loaded once per process, on a background thread, never on a keystroke.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use super::dictionaries::base_language;
use super::{Dictionaries, DictionarySource, Speller, SpellingError};

/// Where loading a language's dictionary stands.
#[derive(Debug, Clone)]
pub enum SpellerStatus {
    /// Nobody asked for it yet.
    NotStarted,
    /// Being read on a background thread.
    Loading,
    Ready(Arc<Speller>),
    /// No dictionary, or one that could not be read: spelling is off for this language.
    Unavailable(Arc<SpellingError>),
}

/// Spellers by language, each loaded at most once. Clones share the same spellers; keep one
/// for the whole process.
#[derive(Clone, Default)]
pub struct SpellerCache {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    extra: Vec<PathBuf>,
    entries: Mutex<HashMap<String, SpellerStatus>>,
    changed: Condvar,
}

impl SpellerCache {
    /// A cache that looks in `extra` folders (`--dictionaries`, the config) before the
    /// system's.
    pub fn new(extra: Vec<PathBuf>) -> SpellerCache {
        SpellerCache {
            inner: Arc::new(Inner {
                extra,
                ..Inner::default()
            }),
        }
    }

    /// Takes a speller loaded elsewhere as `language`'s (a front end that loaded it
    /// itself, a test's small dictionary).
    pub fn insert(&self, language: &str, speller: Arc<Speller>) {
        self.entries()
            .insert(base_language(language), SpellerStatus::Ready(speller));
        self.inner.changed.notify_all();
    }

    /// Starts loading `language` on a background thread, unless it was already started.
    pub fn warm(&self, language: &str) {
        let language = base_language(language);
        if !self.start(&language) {
            return;
        }
        let cache = self.clone();
        let thread_language = language.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("speller-{language}"))
            .spawn(move || cache.load_now(&thread_language));
        if spawned.is_err() {
            // No thread: forget the start, so `get` loads it on its own thread.
            self.entries().remove(&language);
            self.inner.changed.notify_all();
        }
    }

    /// The speller if it is loaded; never blocks on loading.
    pub fn ready(&self, language: &str) -> Option<Arc<Speller>> {
        match self.status(language) {
            SpellerStatus::Ready(speller) => Some(speller),
            _ => None,
        }
    }

    /// Where loading `language` stands; never blocks on loading.
    pub fn status(&self, language: &str) -> SpellerStatus {
        self.entries()
            .get(&base_language(language))
            .cloned()
            .unwrap_or(SpellerStatus::NotStarted)
    }

    /// The speller for `language`, loading it on this thread if nobody started it, or
    /// waiting for the background load. Not for the keystroke path: use `ready` there.
    pub fn get(&self, language: &str) -> Result<Arc<Speller>, Arc<SpellingError>> {
        let language = base_language(language);
        loop {
            if self.start(&language) {
                self.load_now(&language);
            }
            let mut entries = self.entries();
            loop {
                match entries.get(&language) {
                    Some(SpellerStatus::Ready(speller)) => return Ok(Arc::clone(speller)),
                    Some(SpellerStatus::Unavailable(error)) => return Err(Arc::clone(error)),
                    Some(SpellerStatus::Loading) => {
                        entries = self
                            .inner
                            .changed
                            .wait(entries)
                            .unwrap_or_else(PoisonError::into_inner);
                    }
                    Some(SpellerStatus::NotStarted) | None => break,
                }
            }
        }
    }

    /// Marks `language` as loading; false if it was already started.
    fn start(&self, language: &str) -> bool {
        let mut entries = self.entries();
        if entries.contains_key(language) {
            return false;
        }
        entries.insert(language.to_string(), SpellerStatus::Loading);
        true
    }

    fn load_now(&self, language: &str) {
        let status = match Dictionaries::locate(language, &self.inner.extra) {
            // A parser that panics on a strange dictionary must not leave `Loading` behind
            // (anyone waiting in `get` would wait for ever).
            Some(source) => match catch_unwind(AssertUnwindSafe(|| Speller::load_from(&source))) {
                Ok(Ok(speller)) => SpellerStatus::Ready(Arc::new(speller)),
                Ok(Err(error)) => SpellerStatus::Unavailable(Arc::new(error)),
                Err(_) => SpellerStatus::Unavailable(Arc::new(stopped(&source))),
            },
            None => SpellerStatus::Unavailable(Arc::new(SpellingError::NotFound {
                language: language.to_string(),
                searched: Dictionaries::searched(&self.inner.extra),
            })),
        };
        self.entries().insert(language.to_string(), status);
        self.inner.changed.notify_all();
    }

    fn entries(&self) -> MutexGuard<'_, HashMap<String, SpellerStatus>> {
        self.inner
            .entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The error for a dictionary the reader panicked on.
fn stopped(source: &DictionarySource) -> SpellingError {
    let message = "the dictionary reader stopped on it".to_string();
    match source {
        DictionarySource::Files(files) => SpellingError::Parse {
            aff: files.aff.clone(),
            dic: files.dic.clone(),
            message,
        },
        DictionarySource::BuiltIn(built_in) => SpellingError::BuiltIn {
            name: built_in.name.to_string(),
            message,
        },
    }
}

impl std::fmt::Debug for SpellerCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpellerCache")
            .field("extra", &self.inner.extra)
            .finish_non_exhaustive()
    }
}
