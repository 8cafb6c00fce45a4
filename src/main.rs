//! The `povestitor` binary: parse arguments, dispatch, turn the outcome into an exit code.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use povestitor::cli::{self, ArgsError, Cli, Command, Outcome};
use povestitor::i18n::{Catalog, Lang};
use povestitor::plain;
use povestitor::tui::{self, Start};

fn main() -> ExitCode {
    // The language is known before parsing, so that clap's help and errors speak it too.
    let args: Vec<OsString> = std::env::args_os().collect();
    let catalog = Catalog::new(cli::lang_in_args(&args).unwrap_or_else(Lang::from_env));
    let cli = match cli::parse(&args, &catalog) {
        Ok(cli) => cli,
        Err(ArgsError::Show(shown)) => {
            let _ = shown.print();
            return ExitCode::from(u8::try_from(shown.exit_code()).unwrap_or(2));
        }
        Err(ArgsError::Usage(message)) => {
            eprintln!("povestitor: {}: {}", catalog.t("error-prefix"), message);
            return ExitCode::from(2);
        }
    };
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let start = match &cli.command {
        None => Some(Start::Home),
        Some(Command::New { plain: true, .. } | Command::Edit { plain: true, .. }) => None,
        Some(Command::New { template, file, .. }) if interactive => Some(Start::New {
            template: template.clone(),
            file: file.clone(),
        }),
        Some(Command::Edit { file, .. }) if interactive => Some(Start::Edit(file.clone())),
        Some(Command::Review { file, reviewer }) if interactive => Some(Start::Review {
            file: file.clone(),
            reviewer: reviewer.clone(),
        }),
        Some(Command::Demo { template }) if interactive => Some(Start::Demo {
            template: template.clone(),
        }),
        Some(_) => None,
    };
    let result = match (start, &cli.command) {
        (
            None,
            Some(command @ (Command::New { plain: true, .. } | Command::Edit { plain: true, .. })),
        ) => plain_mode(&cli, &catalog, command),
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

/// `new --plain` and `edit --plain`: the steps as lines on standard input and output.
fn plain_mode(cli: &Cli, catalog: &Catalog, command: &Command) -> Result<Outcome, String> {
    let library = cli::library(cli).map_err(|e| cli::error_text(&e, catalog))?;
    let own = Catalog::new(catalog.lang());
    let (input, output) = (std::io::stdin().lock(), std::io::stdout().lock());
    let result = match command {
        Command::New {
            template,
            file: Some(file),
            ..
        } => plain::new(own, &library, template, file, input, output),
        Command::New { file: None, .. } => return Err(catalog.t("plain-new-needs-file")),
        Command::Edit { file, .. } => plain::edit(own, &library, file, input, output),
        _ => return Ok(Outcome::Done),
    };
    result.map(|()| Outcome::Done).map_err(|e| e.text(catalog))
}
