//! `povestitor copy`: a draft's article on the system clipboard (HTML with plain text beside
//! it); without one, the terminal's clipboard sequence (OSC 52) when the output is a terminal,
//! else a text file beside the draft, named (exit 1). On Linux and the BSDs the article is
//! served by a background process of its own after the command ends (`keep-clipboard`,
//! hidden), as `xclip` and `wl-copy` do.

use std::io::IsTerminal;
use std::path::Path;

use super::out::tell;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::{
    KEEP_COMMAND, ServiceError, SystemClipboard, Templates, clipboard_keeper, clipboard_payload,
    fallback_path, keep_on_clipboard, osc52, see_more_text, write_new_file,
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
    // Kept on the clipboard after this command ends: by the system, else by this program's
    // file started again in the background.
    let clipboard = match clipboard_keeper() {
        Some(program) => SystemClipboard::kept_by(program),
        None => SystemClipboard::open(),
    };
    let copied = clipboard.and_then(|mut clipboard| clipboard.set(&payload));
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
                        ("reason", err.reason(catalog).into()),
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
                        ("reason", err.reason(catalog).into()),
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

/// Whether the program was started as the process that keeps a copied article on the
/// clipboard: `povestitor keep-clipboard`, that word alone, as `copy` and the wizard start
/// it. Known before clap reads the arguments, so it is in no help, manual page or shell
/// completion.
pub fn keeps_clipboard(args: &[std::ffi::OsString]) -> bool {
    args.len() == 2 && args[1] == KEEP_COMMAND
}

/// `povestitor keep-clipboard`: the article `copy` gives on standard input kept on the
/// clipboard, the answer on standard output; it ends when another program copies
/// something. What went wrong was said on standard output, to `copy`.
pub fn keep() -> Outcome {
    match keep_on_clipboard(std::io::stdin().lock(), std::io::stdout().lock()) {
        Ok(()) => Outcome::Done,
        Err(_) => Outcome::NeedsWork,
    }
}
