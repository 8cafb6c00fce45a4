//! Command-line errors worded in the interface language; the shared ones are worded by
//! the library layer.

use super::CliError;
use crate::i18n::Catalog;
use crate::service;

/// One sentence (or, for a template with several problems, one line per problem).
pub fn error_text(err: &CliError, catalog: &Catalog) -> String {
    match err {
        CliError::Templates(e) => service::error_text(e, catalog),
        CliError::BinaryToTerminal { extension } => catalog.t_args(
            "err-binary-to-terminal",
            &[("extension", (*extension).into())],
        ),
        CliError::EditNeedsTerminal { path } => {
            catalog.t_args("err-edit-needs-terminal", &[("path", path.as_str().into())])
        }
        CliError::ReviewNeedsTerminal { path } => catalog.t_args(
            "err-review-needs-terminal",
            &[("path", path.as_str().into())],
        ),
        CliError::NewNeedsFile => catalog.t("err-new-needs-file"),
        CliError::DemoNeedsTerminal => catalog.t("err-demo-needs-terminal"),
        CliError::TemplateExists { path } => {
            catalog.t_args("err-template-exists", &[("path", path.as_str().into())])
        }
        CliError::NoLayout => catalog.t("err-no-layout"),
        CliError::NoFormat => catalog.t("err-no-format"),
        CliError::Other(message) => message.clone(),
    }
}
