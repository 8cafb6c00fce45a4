//! `povestitor copy`: a draft's article on the system clipboard (HTML with plain text beside
//! it); without one, the terminal's clipboard sequence (OSC 52) when the output is a terminal,
//! else a text file beside the draft, named (exit 1).

use std::io::IsTerminal;
use std::path::Path;

use super::out::tell;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::{
    ClipboardError, ServiceError, SystemClipboard, Templates, clipboard_payload, fallback_path,
    osc52, see_more_text, write_new_file,
};
use crate::story::load_draft;

pub fn copy(
    templates: &Templates,
    draft_path: &Path,
    layout: &str,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    let draft = load_draft(draft_path)?;
    let loaded = templates.get(&draft.template)?;
    let payload = clipboard_payload(loaded, &draft, layout)?;
    let name = loaded
        .template
        .layout(layout)
        .map_or(layout, |l| l.name.as_str());
    let copied = SystemClipboard::open().and_then(|mut clipboard| clipboard.set(&payload));
    // Where "See more" cuts a social post, whichever way it went.
    let see_more = see_more_text(loaded, &draft, layout, catalog)?;
    let outcome = match copied {
        Ok(()) => {
            tell!(
                "{}",
                catalog.t_args("copy-done", &[("layout", name.to_string().into())])
            );
            Outcome::Done
        }
        Err(err) if std::io::stdout().is_terminal() => {
            super::out::bytes(osc52(&payload.text).as_bytes()).map_err(|source| {
                ServiceError::Write {
                    path: "stdout".into(),
                    source,
                }
            })?;
            tell!(
                "{}",
                catalog.t_args(
                    "copy-terminal",
                    &[
                        ("layout", name.to_string().into()),
                        ("reason", reason(&err, catalog).into()),
                    ]
                )
            );
            Outcome::Done
        }
        Err(err) => {
            let path = fallback_path(draft_path, &draft, layout);
            write_new_file(&path, payload.text.as_bytes(), false)?;
            tell!(
                "{}",
                catalog.t_args(
                    "copy-unreachable",
                    &[
                        ("reason", reason(&err, catalog).into()),
                        ("path", path.display().to_string().into()),
                    ]
                )
            );
            Outcome::NeedsWork
        }
    };
    if let Some(line) = see_more {
        tell!("{line}");
    }
    Ok(outcome)
}

/// Why the system's clipboard could not be reached, in the interface language.
pub fn reason(err: &ClipboardError, catalog: &Catalog) -> String {
    match err {
        ClipboardError::NoSession => catalog.t("copy-no-session"),
        ClipboardError::Failed(why) => why.clone(),
    }
}
