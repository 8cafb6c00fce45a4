//! What the shared operations say to a librarian, in the interface language: their
//! errors, and the coach's findings. The types' own `Display` stays English (for logs
//! and tests).

mod publish;

pub use publish::progress_text;

use super::{ConfigError, ServiceError};
use crate::coach::spelling::SpellingError;
use crate::coach::{Finding, FindingKind};
use crate::i18n::{Arg, Catalog};
use crate::render::{PhotoError, RenderError};
use crate::story::{DraftError, LockError};
use crate::template::TemplateError;

/// One sentence (or, for a template with several problems, one line per problem).
pub fn error_text(err: &ServiceError, catalog: &Catalog) -> String {
    match err {
        ServiceError::Template(e) | ServiceError::Render(RenderError::Template(e)) => {
            template(e, catalog)
        }
        ServiceError::Draft(e) => draft(e, catalog),
        ServiceError::Render(RenderError::Photo(e)) => photo(e, catalog),
        ServiceError::Render(RenderError::AnswerTooLong { step, mb, limit_mb }) => catalog.t_args(
            "err-answer-too-long",
            &[
                ("step", step.as_str().into()),
                ("mb", (*mb).into()),
                ("limit", (*limit_mb).into()),
            ],
        ),
        ServiceError::Render(e) => e.to_string(),
        ServiceError::Config(ConfigError::Invalid(problem)) => catalog.t_args(
            "err-config-invalid",
            &[("problem", problem.to_string().into())],
        ),
        ServiceError::Config(ConfigError::Read { path, source }) => catalog.t_args(
            "err-config-read",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        ServiceError::Publish(e) => publish::publish(e, catalog),
        ServiceError::Lock(LockError::Busy { draft, .. }) => catalog.t_args(
            "draft-locked",
            &[("path", draft.display().to_string().into())],
        ),
        ServiceError::Lock(LockError::NotAFile { draft, lock }) => catalog.t_args(
            "draft-lock-not-a-file",
            &[
                ("path", draft.display().to_string().into()),
                ("lock", lock.display().to_string().into()),
            ],
        ),
        ServiceError::PhotoExists { path, photo } => catalog.t_args(
            "err-photo-exists",
            &[
                ("path", path.as_str().into()),
                ("photo", photo.as_str().into()),
            ],
        ),
        ServiceError::OutputExists { path } => {
            catalog.t_args("err-output-exists", &[("path", path.as_str().into())])
        }
        ServiceError::Held { path, beside } => catalog.t_args(
            "err-file-held",
            &[
                ("path", path.as_str().into()),
                ("beside", beside.as_str().into()),
            ],
        ),
        ServiceError::BadTemplateId { id } => {
            catalog.t_args("err-bad-template-id", &[("id", id.as_str().into())])
        }
        ServiceError::NothingToCompile { path, drafts } => catalog.t_args(
            "err-nothing-to-compile",
            &[("path", path.as_str().into()), ("count", (*drafts).into())],
        ),
        ServiceError::ReadFolder { path, source } => catalog.t_args(
            "err-read-folder",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        ServiceError::Write { path, source } => catalog.t_args(
            "err-write",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
    }
}

/// The one notice when spelling cannot be checked: why, and what to do.
/// The catalog id for a yes/no choice of a quote or photo (`consent`, `children`) as
/// recorded; `None` for one not recorded yet, which each front end words its own way. A
/// photo that shows children asks for a guardian's consent, hence its own words.
pub fn choice_id(name: &str, value: &str, children: bool) -> Option<&'static str> {
    let signed = name == "consent" && crate::coach::is_signed(value);
    Some(match (name, crate::coach::yes_no(value)?) {
        ("children", true) => "children-yes",
        ("children", false) => "children-no",
        (_, true) if signed && children => "consent-guardian-signed",
        (_, true) if signed => "consent-signed",
        (_, true) if children => "consent-guardian-yes",
        (_, false) if children => "consent-guardian-no",
        (_, true) => "consent-yes",
        (_, false) => "consent-no",
    })
}

pub fn spelling_off(err: &SpellingError, catalog: &Catalog) -> String {
    match err {
        SpellingError::NotFound { language, .. } => catalog.t_args(
            "spelling-off-no-dictionary",
            &[("language", language.as_str().into())],
        ),
        other => catalog.t_args("spelling-off", &[("reason", other.to_string().into())]),
    }
}

/// One finding as a sentence: where it is (the step by its title, the quote or photo and
/// its field), then what is wrong there, and in how many places when more than one.
pub fn describe(finding: &Finding, catalog: &Catalog) -> String {
    let said = said(finding, catalog);
    match finding.count() {
        1 => said,
        count => catalog.t_args(
            "finding-count",
            &[("finding", said.into()), ("count", count.into())],
        ),
    }
}

fn said(finding: &Finding, catalog: &Catalog) -> String {
    let body = body(&finding.kind, catalog);
    if finding.step_id.is_none() {
        return body;
    }
    let step: (&str, Arg) = ("step", finding.step_title.as_str().into());
    // A field is named in the place when the finding is about its text; a missing field
    // or consent is named in the sentence itself.
    let field = finding.field.filter(|_| finding.span.is_some());
    let place = match (finding.item, field) {
        (Some(index), Some(field)) => catalog.t_args(
            "place-item-field",
            &[
                step,
                ("index", index.into()),
                ("field", catalog.t(&format!("field-{field}")).into()),
            ],
        ),
        (Some(index), None) => catalog.t_args("place-item", &[step, ("index", index.into())]),
        (None, _) => catalog.t_args("place-step", &[step]),
    };
    let body = match (&finding.kind, finding.field) {
        (FindingKind::ItemFieldMissing, Some(field)) => catalog.t_args(
            "finding-item-field",
            &[("field", catalog.t(&format!("field-{field}")).into())],
        ),
        _ => body,
    };
    format!("{place}: {body}")
}

/// What is wrong, without the place: one message per kind of finding, said as it is, with
/// a word or a mark, with a count and its limit, or with two words.
fn body(kind: &FindingKind, catalog: &Catalog) -> String {
    use FindingKind as K;
    let said = |id: &str| catalog.t(id);
    let with = |id: &str, name: &str, value: &str| catalog.t_args(id, &[(name, value.into())]);
    let with_mark = |id: &str, name: &str, mark: &char| with(id, name, &mark.to_string());
    let counted = |id: &str, (name, count): (&str, &usize), (limit, most): (&str, &usize)| {
        catalog.t_args(id, &[(name, (*count).into()), (limit, (*most).into())])
    };
    let words = |id: &str, (name, word): (&str, &str), (other, better): (&str, &str)| {
        catalog.t_args(id, &[(name, word.into()), (other, better.into())])
    };
    match kind {
        // What the story must hold.
        K::Missing => said("finding-missing"),
        K::TooFewWords { count, min } => counted("finding-too-few", ("count", count), ("min", min)),
        K::TooManyWords { count, max } => {
            counted("finding-too-many", ("count", count), ("max", max))
        }
        K::ItemFieldMissing => with("finding-item-field", "field", "?"),
        K::WrongType { found } => with("finding-wrong-type", "found", found),
        K::ArticleTooShort { count, min } => {
            counted("finding-article-too-short", ("count", count), ("min", min))
        }
        K::ArticleTooLong { count, max } => {
            counted("finding-article-too-long", ("count", count), ("max", max))
        }
        K::TitleTooLong { chars, max } => {
            counted("finding-title-too-long", ("chars", chars), ("max", max))
        }
        K::TooFewQuotes { count, min } => {
            counted("finding-too-few-quotes", ("count", count), ("min", min))
        }
        K::NoNumber => said("finding-no-number"),
        K::ConsentNotRecorded { children: false } => said("finding-consent-not-recorded"),
        K::ConsentNotRecorded { children: true } => said("finding-consent-not-recorded-children"),
        K::ConsentRefused { children: false } => said("finding-consent-refused"),
        K::ConsentRefused { children: true } => said("finding-consent-refused-children"),
        K::ConsentUnsigned { children: false } => said("finding-consent-unsigned"),
        K::ConsentUnsigned { children: true } => said("finding-consent-unsigned-children"),
        K::DateMissing => said("finding-date-missing"),
        K::DateInvalid { text } => with("finding-date-invalid", "text", text),
        // Style.
        K::LongSentence { words, max } => {
            counted("finding-long-sentence", ("words", words), ("max", max))
        }
        K::RepeatedWord { word } => with("finding-repeated-word", "word", word),
        K::WeakPhrase { phrase } => with("finding-weak-phrase", "phrase", phrase),
        // Typography.
        K::Cedilla => said("finding-cedilla"),
        K::StraightQuotes { language } => with("finding-straight-quotes", "language", language),
        K::CommaQuote { quote } => with_mark("finding-comma-quote", "quote", quote),
        K::SpaceInsideQuotes => said("finding-space-inside-quotes"),
        K::DoubleSpace => said("finding-double-space"),
        K::SpaceBefore { mark } => with_mark("finding-space-before", "mark", mark),
        K::SpaceAfter { mark } => with_mark("finding-space-after", "mark", mark),
        K::HyphenForDash { dash } => with_mark("finding-hyphen-for-dash", "dash", dash),
        // Words and their forms.
        K::WordForm { word, better } => {
            words("finding-word-form", ("word", word), ("better", better))
        }
        K::Misspelt { word, suggestions } if suggestions.is_empty() => {
            with("finding-misspelt", "word", word)
        }
        K::Misspelt { word, suggestions } => misspelt(word, suggestions, catalog),
        K::NamesToCheck { names } => {
            with("finding-names-to-check", "names", &quoted(names, catalog))
        }
        K::OldSpelling { word, modern } => {
            words("finding-old-spelling", ("word", word), ("modern", modern))
        }
    }
}

/// A word the dictionary does not know, with the words it suggests instead.
fn misspelt(word: &str, suggestions: &[String], catalog: &Catalog) -> String {
    catalog.t_args(
        "finding-misspelt-suggest",
        &[
            ("word", word.into()),
            ("suggestions", quoted(suggestions, catalog).into()),
        ],
    )
}

/// Words in the language's quotation marks, joined with commas.
fn quoted(words: &[String], catalog: &Catalog) -> String {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| catalog.t_args("finding-quoted-word", &[("word", w.as_str().into())]))
        .collect();
    quoted.join(", ")
}

fn template(err: &TemplateError, catalog: &Catalog) -> String {
    match err {
        TemplateError::Unknown { id, available } => catalog.t_args(
            "err-unknown-template",
            &[
                ("id", id.as_str().into()),
                ("available", available.join(", ").into()),
            ],
        ),
        TemplateError::UnknownLayout {
            template,
            layout,
            available,
        } => catalog.t_args(
            "err-unknown-layout",
            &[
                ("template", template.as_str().into()),
                ("layout", layout.as_str().into()),
                ("available", available.join(", ").into()),
            ],
        ),
        TemplateError::Io { path, source } => catalog.t_args(
            "err-read",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        TemplateError::Invalid(_) | TemplateError::Many(_) => err.to_string(),
    }
}

fn draft(err: &DraftError, catalog: &Catalog) -> String {
    match err {
        DraftError::Read { path, source } => catalog.t_args(
            "err-read-draft",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        DraftError::Write { path, source } => catalog.t_args(
            "err-write-draft",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        DraftError::NotUtf8 { path } => {
            catalog.t_args("err-not-utf8", &[("path", path.as_str().into())])
        }
        DraftError::Syntax {
            path,
            line,
            column,
            message,
        } => catalog.t_args(
            "err-draft-syntax",
            &[
                ("path", path.as_str().into()),
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("message", message.as_str().into()),
            ],
        ),
        DraftError::Shape { path, message } => catalog.t_args(
            "err-draft-shape",
            &[
                ("path", path.as_str().into()),
                ("message", message.as_str().into()),
            ],
        ),
        DraftError::NotAFile { path } => {
            catalog.t_args("err-draft-not-a-file", &[("path", path.as_str().into())])
        }
        DraftError::Link { path, target } => catalog.t_args(
            "err-draft-link",
            &[
                ("path", path.as_str().into()),
                ("target", target.as_str().into()),
            ],
        ),
        DraftError::ReadOnly { path } => {
            catalog.t_args("err-draft-read-only", &[("path", path.as_str().into())])
        }
        DraftError::TooBig { path, limit_mb } => catalog.t_args(
            "err-draft-too-big",
            &[
                ("path", path.as_str().into()),
                ("limit", (*limit_mb).into()),
            ],
        ),
    }
}

/// A photo that cannot go into the article: which one it is, and what is wrong with it.
fn photo(err: &PhotoError, catalog: &Catalog) -> String {
    let (id, more) = photo_problem(err, catalog);
    let mut args = photo_which(err);
    args.extend(more);
    catalog.t_args(id, &args)
}

/// Which photo: its number, its step's title and, when it has one, its path as the draft
/// writes it.
fn photo_which(err: &PhotoError) -> Vec<(&'static str, Arg)> {
    let (number, step, path) = match err {
        PhotoError::NoPath { number, step } => (number, step, None),
        PhotoError::Missing {
            number, step, path, ..
        }
        | PhotoError::Unreadable {
            number, step, path, ..
        }
        | PhotoError::OnTheNetwork { number, step, path }
        | PhotoError::NotAFile {
            number, step, path, ..
        }
        | PhotoError::TooBig {
            number, step, path, ..
        }
        | PhotoError::NotAnImage { number, step, path }
        | PhotoError::Unsupported {
            number, step, path, ..
        }
        | PhotoError::TooManyPixels {
            number, step, path, ..
        }
        | PhotoError::Damaged {
            number, step, path, ..
        } => (number, step, Some(path)),
    };
    let mut args = vec![("number", (*number).into()), ("step", step.as_str().into())];
    args.extend(path.map(|path| ("path", path.as_str().into())));
    args
}

/// The message that says what is wrong with a photo, and its arguments besides which photo
/// it is.
fn photo_problem(err: &PhotoError, catalog: &Catalog) -> (&'static str, Vec<(&'static str, Arg)>) {
    match err {
        PhotoError::NoPath { .. } => ("err-photo-no-path", vec![]),
        PhotoError::Missing { file, .. } => {
            ("err-photo-missing", vec![("file", file.as_str().into())])
        }
        PhotoError::Unreadable { file, source, .. } => (
            "err-photo-unreadable",
            vec![
                ("file", file.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        PhotoError::OnTheNetwork { .. } => ("err-photo-network", vec![]),
        PhotoError::NotAFile { file, .. } => {
            ("err-photo-not-file", vec![("file", file.as_str().into())])
        }
        PhotoError::TooBig { limit_mb, .. } => {
            ("err-photo-too-big", vec![("limit", (*limit_mb).into())])
        }
        PhotoError::NotAnImage { .. } => ("err-photo-not-image", vec![]),
        PhotoError::Unsupported { kind, .. } => {
            ("err-photo-unsupported", vec![("kind", (*kind).into())])
        }
        PhotoError::TooManyPixels {
            width,
            height,
            limit_mp,
            ..
        } => (
            "err-photo-too-many-pixels",
            vec![
                ("size", format!("{width}×{height}").into()),
                ("limit", (*limit_mp as usize).into()),
            ],
        ),
        PhotoError::Damaged { reason, .. } => (
            "err-photo-damaged",
            vec![("reason", reason.as_str().into())],
        ),
    }
}

/// Why a file could not be read or written, in a few words of the interface language.
pub fn io_reason_text(err: &std::io::Error, catalog: &Catalog) -> String {
    match io_reason(err, catalog) {
        Arg::Str(text) => text,
        Arg::Num(n) => n.to_string(),
    }
}

fn io_reason(err: &std::io::Error, catalog: &Catalog) -> Arg {
    if crate::story::is_held(err) {
        return catalog.t("io-held").into();
    }
    match err.kind() {
        std::io::ErrorKind::NotFound => catalog.t("io-not-found").into(),
        std::io::ErrorKind::PermissionDenied => catalog.t("io-permission").into(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            catalog.t("io-disk-full").into()
        }
        std::io::ErrorKind::ReadOnlyFilesystem => catalog.t("io-read-only").into(),
        _ => err.to_string().into(),
    }
}
