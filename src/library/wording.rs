//! What the shared operations say to a librarian, in the interface language: their
//! errors, and the coach's findings. The types' own `Display` stays English (for logs
//! and tests).

use super::LibraryError;
use crate::coach::{Finding, FindingKind};
use crate::i18n::{Arg, Catalog};
use crate::render::{PhotoError, RenderError};
use crate::story::DraftError;
use crate::template::TemplateError;

/// One sentence (or, for a template with several problems, one line per problem).
pub fn error_text(err: &LibraryError, catalog: &Catalog) -> String {
    match err {
        LibraryError::Template(e) | LibraryError::Render(RenderError::Template(e)) => {
            template(e, catalog)
        }
        LibraryError::Draft(e) => draft(e, catalog),
        LibraryError::Render(RenderError::Photo(e)) => photo(e, catalog),
        LibraryError::Render(e) => e.to_string(),
        LibraryError::PhotoExists { path, photo } => catalog.t_args(
            "err-photo-exists",
            &[
                ("path", path.as_str().into()),
                ("photo", photo.as_str().into()),
            ],
        ),
        LibraryError::OutputExists { path } => {
            catalog.t_args("err-output-exists", &[("path", path.as_str().into())])
        }
        LibraryError::Write { path, source } => catalog.t_args(
            "err-write",
            &[
                ("path", path.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
    }
}

/// One finding as a sentence naming the step by its title.
pub fn describe(finding: &Finding, catalog: &Catalog) -> String {
    let step: (&str, Arg) = ("step", finding.step_title.as_str().into());
    match &finding.kind {
        FindingKind::Missing => catalog.t_args("check-missing", &[step]),
        FindingKind::TooFewWords { count, min } => catalog.t_args(
            "check-too-few",
            &[step, ("count", (*count).into()), ("min", (*min).into())],
        ),
        FindingKind::TooManyWords { count, max } => catalog.t_args(
            "check-too-many",
            &[step, ("count", (*count).into()), ("max", (*max).into())],
        ),
        FindingKind::ItemFieldMissing { index, field } => catalog.t_args(
            "check-item-field",
            &[
                step,
                ("index", (*index).into()),
                ("field", catalog.t(&format!("field-{field}")).into()),
            ],
        ),
        FindingKind::WrongType { found } => {
            catalog.t_args("check-wrong-type", &[step, ("found", (*found).into())])
        }
    }
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
    }
}

fn photo(err: &PhotoError, catalog: &Catalog) -> String {
    match err {
        PhotoError::NoPath { number, step } => catalog.t_args(
            "err-photo-no-path",
            &[("number", (*number).into()), ("step", step.as_str().into())],
        ),
        PhotoError::Missing {
            number,
            step,
            path,
            file,
        } => catalog.t_args(
            "err-photo-missing",
            &[
                ("number", (*number).into()),
                ("step", step.as_str().into()),
                ("path", path.as_str().into()),
                ("file", file.as_str().into()),
            ],
        ),
        PhotoError::Unreadable {
            number,
            step,
            path,
            file,
            source,
        } => catalog.t_args(
            "err-photo-unreadable",
            &[
                ("number", (*number).into()),
                ("step", step.as_str().into()),
                ("path", path.as_str().into()),
                ("file", file.as_str().into()),
                ("reason", io_reason(source, catalog)),
            ],
        ),
        PhotoError::NotAnImage { number, step, path } => catalog.t_args(
            "err-photo-not-image",
            &[
                ("number", (*number).into()),
                ("step", step.as_str().into()),
                ("path", path.as_str().into()),
            ],
        ),
    }
}

fn io_reason(err: &std::io::Error, catalog: &Catalog) -> Arg {
    match err.kind() {
        std::io::ErrorKind::NotFound => catalog.t("io-not-found").into(),
        std::io::ErrorKind::PermissionDenied => catalog.t("io-permission").into(),
        _ => err.to_string().into(),
    }
}
