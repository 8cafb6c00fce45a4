//! The `povestitor` binary: parse arguments, dispatch, turn the outcome into an exit code.

use std::process::ExitCode;

use clap::Parser;
use povestitor::cli::{self, Cli, Outcome};
use povestitor::i18n::{Catalog, Lang};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let catalog = Catalog::new(cli.lang.unwrap_or_else(Lang::from_env));
    let Some(command) = &cli.command else {
        eprintln!("the wizard is not built yet; see povestitor --help");
        return ExitCode::from(2);
    };
    match cli::run(&cli, command, &catalog) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NeedsWork) => ExitCode::from(1),
        Err(err) => {
            eprintln!(
                "povestitor: {}: {}",
                catalog.t("error-prefix"),
                cli::error_text(&err, &catalog)
            );
            ExitCode::from(2)
        }
    }
}
