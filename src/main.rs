//! The `povestitor` binary: parse arguments, dispatch, turn the outcome into an exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use povestitor::cli::{self, Cli, Command, Outcome};
use povestitor::i18n::{Catalog, Lang};
use povestitor::tui::{self, Start};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let catalog = Catalog::new(cli.lang.unwrap_or_else(Lang::from_env));
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let start = match &cli.command {
        None => Some(Start::Home),
        Some(Command::New { template, file }) if interactive => Some(Start::New {
            template: template.clone(),
            file: file.clone(),
        }),
        Some(Command::Edit { file }) if interactive => Some(Start::Edit(file.clone())),
        Some(_) => None,
    };
    let result = match (start, &cli.command) {
        (Some(start), _) => wizard(&cli, &catalog, start),
        (None, Some(command)) => {
            cli::run(&cli, command, &catalog).map_err(|e| cli::error_text(&e, &catalog))
        }
        (None, None) => Ok(Outcome::Done),
    };
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NeedsWork) => ExitCode::from(1),
        Err(err) => {
            eprintln!("povestitor: {}: {}", catalog.t("error-prefix"), err);
            ExitCode::from(2)
        }
    }
}

fn wizard(cli: &Cli, catalog: &Catalog, start: Start) -> Result<Outcome, String> {
    let library = cli::library(cli).map_err(|e| cli::error_text(&e, catalog))?;
    tui::start(Catalog::new(catalog.lang()), library, start).map_err(|e| e.to_string())?;
    Ok(Outcome::Done)
}
