//! `povestitor completions SHELL` and `povestitor manpage`: made from the same clap
//! definitions as `--help`, in the interface language, so they never fall behind.

use clap_complete::Shell;

use super::help::localized_command;
use super::{CliError, Outcome};
use crate::i18n::Catalog;
use crate::service::ServiceError;

/// The program's name as the shell and `man` know it.
const BIN: &str = "povestitor";

/// Prints the completion script for `shell`.
pub fn completions(shell: Shell, catalog: &Catalog) -> Result<Outcome, CliError> {
    let mut cmd = localized_command(catalog);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut script);
    print(&script)
}

/// Prints the manual page, in roff (`povestitor manpage > povestitor.1; man ./povestitor.1`).
pub fn manpage(catalog: &Catalog) -> Result<Outcome, CliError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(localized_command(catalog))
        .render(&mut page)
        .map_err(stdout_error)?;
    print(&page)
}

fn print(bytes: &[u8]) -> Result<Outcome, CliError> {
    super::out::bytes(bytes).map_err(stdout_error)?;
    Ok(Outcome::Done)
}

fn stdout_error(source: std::io::Error) -> CliError {
    ServiceError::Write {
        path: "stdout".into(),
        source,
    }
    .into()
}
