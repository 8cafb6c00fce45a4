//! The interface's words in Romanian, English and Russian, from Fluent catalogs
//! (`ro.ftl`, `en.ftl`, `ru.ftl` beside this file). Template texts are not here:
//! they come from the template, in the template's own language.

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Română
    #[default]
    Ro,
    /// English
    En,
    /// Русский
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ro, Lang::En, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ro => "ro",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language of the environment (LC_ALL, LC_MESSAGES, LANG), Romanian when unsure.
    pub fn from_env() -> Lang {
        Lang::from_locale_settings(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|var| std::env::var(var).ok())
                .find(|value| !value.is_empty()),
            sys_locale::get_locale,
        )
    }

    /// The language of the first locale variable set, else of the system's own setting
    /// (Windows and macOS name it there, not in `LANG`), else Romanian.
    fn from_locale_settings(
        variable: Option<String>,
        system: impl FnOnce() -> Option<String>,
    ) -> Lang {
        variable
            .or_else(system)
            .map_or(Lang::Ro, |value| Lang::from_locale(&value))
    }

    /// `ru_RU.UTF-8` → Ru, `en_US` → En, anything else (ro_MD, C, POSIX) → Ro.
    pub fn from_locale(locale: &str) -> Lang {
        let lower = locale.to_ascii_lowercase();
        if lower.starts_with("ru") {
            Lang::Ru
        } else if lower.starts_with("en") {
            Lang::En
        } else {
            Lang::Ro
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Ro => include_str!("ro.ftl"),
            Lang::En => include_str!("en.ftl"),
            Lang::Ru => include_str!("ru.ftl"),
        }
    }
}

/// One language's messages.
///
/// A message is parsed the first time it is asked for: a short command shows one or two
/// sentences, and parsing the whole catalog would cost more than the rest of its work. The
/// catalogs use no terms and no references between messages (tested), so one message's
/// lines make a resource of their own.
pub struct Catalog {
    lang: Lang,
    bundle: RefCell<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalog({})", self.lang.code())
    }
}

impl Catalog {
    pub fn new(lang: Lang) -> Catalog {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Without this, U+2068/U+2069 marks would show around every argument on screen.
        bundle.set_use_isolating(false);
        Catalog {
            lang,
            bundle: RefCell::new(bundle),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`; the id itself when missing, so a gap shows rather than hides.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments (`{ $count }`); numbers choose plural forms.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.parse_message(id);
        let bundle = self.bundle.borrow();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Adds message `id` to the bundle unless it is there. The catalogs are part of the
    /// binary and tested: a parse error is a build defect, so whatever parsed is kept.
    fn parse_message(&self, id: &str) {
        if self.bundle.borrow().has_message(id) {
            return;
        }
        let Some(text) = message_text(self.lang.source(), id) else {
            return;
        };
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = self.bundle.borrow_mut().add_resource(resource);
    }

    /// Every message id of the catalog, for completeness tests.
    pub fn ids(lang: Lang) -> Vec<String> {
        let resource = match FluentResource::try_new(lang.source().to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }
}

/// The lines of message `id` in a catalog's source: its `id = …` line and those that follow
/// it up to the next line starting with a letter (the next message) or `#` (a comment). A
/// line of a message never starts with either: it is indented, or closes a placeable with `}`.
fn message_text<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    let starts_entry = |line: &str| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '#');
    let mut start = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        match start {
            None if line
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('=')) =>
            {
                start = Some(offset);
            }
            Some(from) if starts_entry(line) => return Some(&source[from..offset]),
            _ => {}
        }
        offset += line.len();
    }
    start.map(|from| &source[from..])
}

/// A message argument.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_has_every_message_and_parses() {
        for lang in Lang::ALL {
            assert!(
                FluentResource::try_new(lang.source().to_string()).is_ok(),
                "{} does not parse",
                lang.code()
            );
        }
        let mut ro = Catalog::ids(Lang::Ro);
        ro.sort();
        for lang in [Lang::En, Lang::Ru] {
            let mut other = Catalog::ids(lang);
            other.sort();
            assert_eq!(ro, other, "{} differs from ro", lang.code());
        }
    }

    /// The whole catalog in one bundle, as a parse of everything at once would give it.
    fn whole(lang: Lang) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(lang.source().to_string()).unwrap())
            .unwrap();
        bundle
    }

    #[test]
    fn each_message_parsed_alone_reads_as_in_the_whole_catalog() {
        let mut args = FluentArgs::new();
        for (name, value) in [("count", 3), ("words", 412), ("step", 2), ("total", 9)] {
            args.set(name, FluentValue::from(value));
        }
        for name in ["path", "name", "error", "id", "file", "site", "title"] {
            args.set(name, FluentValue::from("X"));
        }
        for lang in Lang::ALL {
            let whole = whole(lang);
            let catalog = Catalog::new(lang);
            for id in Catalog::ids(lang) {
                let message = whole.get_message(&id).unwrap();
                let Some(pattern) = message.value() else {
                    continue;
                };
                let expected = whole.format_pattern(pattern, Some(&args), &mut Vec::new());
                let got = catalog.format(&id, Some(&args));
                assert_eq!(got, expected, "{}: {id}", lang.code());
                assert_eq!(catalog.t(&id), catalog.t(&id), "{}: {id}", lang.code());
            }
        }
    }

    #[test]
    fn no_catalog_uses_terms_or_refers_to_another_message() {
        // What lets a message be parsed alone (`message_text`).
        for lang in Lang::ALL {
            let source = lang.source();
            let resource = FluentResource::try_new(source.to_string()).unwrap();
            for entry in resource.entries() {
                assert!(
                    matches!(
                        entry,
                        fluent_syntax::ast::Entry::Message(_)
                            | fluent_syntax::ast::Entry::Comment(_)
                            | fluent_syntax::ast::Entry::GroupComment(_)
                            | fluent_syntax::ast::Entry::ResourceComment(_)
                    ),
                    "{}: a term or junk in the catalog",
                    lang.code()
                );
            }
            let references = source
                .match_indices('{')
                .map(|(at, _)| source[at + 1..].trim_start())
                .filter(|inside| inside.starts_with(|c: char| c.is_ascii_lowercase() || c == '-'))
                .count();
            assert_eq!(
                references,
                0,
                "{}: a message refers to another",
                lang.code()
            );
        }
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            Catalog::new(Lang::Ro).t("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn the_system_language_counts_where_no_variable_says_it() {
        let system = |locale: &str| {
            let locale = locale.to_string();
            move || Some(locale)
        };
        assert_eq!(Lang::from_locale_settings(None, system("ru-RU")), Lang::Ru);
        assert_eq!(Lang::from_locale_settings(None, system("en-GB")), Lang::En);
        assert_eq!(Lang::from_locale_settings(None, || None), Lang::Ro);
        // A variable set by the user wins over the system.
        assert_eq!(
            Lang::from_locale_settings(Some("ro_MD.UTF-8".into()), system("ru-RU")),
            Lang::Ro
        );
    }

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(Lang::from_locale("en_GB"), Lang::En);
        assert_eq!(Lang::from_locale("ro_MD.UTF-8"), Lang::Ro);
        assert_eq!(Lang::from_locale("C"), Lang::Ro);
    }

    #[test]
    fn plurals_follow_each_language() {
        let ro = Catalog::new(Lang::Ro);
        let ru = Catalog::new(Lang::Ru);
        assert_eq!(ro.t_args("words", &[("count", 1usize.into())]), "1 cuvânt");
        assert_eq!(ro.t_args("words", &[("count", 6usize.into())]), "6 cuvinte");
        assert_eq!(
            ro.t_args("words", &[("count", 20usize.into())]),
            "20 de cuvinte"
        );
        assert_eq!(ru.t_args("words", &[("count", 2usize.into())]), "2 слова");
        assert_eq!(ru.t_args("words", &[("count", 5usize.into())]), "5 слов");
        assert_eq!(ru.t_args("words", &[("count", 21usize.into())]), "21 слово");
    }
}
