//! The `povestitor` binary: parse arguments, dispatch, turn the outcome into an exit code.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use povestitor::cli::{self, ArgsError, Cli, Command, Outcome};
use povestitor::i18n::{Catalog, Lang};
use povestitor::plain;
use povestitor::service::{Config, ConfigError};
use povestitor::tui::{self, Start};

fn main() -> ExitCode {
    // The language is known before parsing, so that clap's help and errors speak it too:
    // `--lang`, else the configuration's, else the system's.
    let args: Vec<OsString> = std::env::args_os().collect();
    // The process `copy` starts to keep an article on the clipboard: nothing else of the
    // program's (no configuration, no log), and it may run for hours.
    if cli::keeps_clipboard(&args) {
        return match cli::keep_clipboard() {
            Outcome::Done => ExitCode::SUCCESS,
            Outcome::NeedsWork => ExitCode::from(1),
        };
    }
    let config = Config::load();
    let configured = config.as_ref().ok().and_then(|c| c.language);
    let catalog = Catalog::new(
        cli::lang_in_args(&args)
            .or(configured)
            .unwrap_or_else(Lang::from_env),
    );
    let cli = match cli::parse(&args, &catalog) {
        Ok(cli) => cli,
        Err(ArgsError::Show(shown)) => {
            let _ = shown.print();
            return ExitCode::from(u8::try_from(shown.exit_code()).unwrap_or(2));
        }
        Err(ArgsError::Usage(message)) => {
            let message = povestitor::text::terminal_safe(&message).into_owned();
            eprintln!("povestitor: {}: {}", catalog.t("error-prefix"), message);
            return ExitCode::from(2);
        }
    };
    let started = std::time::Instant::now();
    // Photos prepared once are kept for every export, book and upload after.
    if let Some(cache) = povestitor::service::photo_cache() {
        povestitor::render::use_photo_cache(cache);
    }
    let command = cli::command_name(cli.command.as_ref());
    if cli::logging(&cli, &config) {
        start_log(&catalog);
        tracing::info!(
            command,
            version = env!("CARGO_PKG_VERSION"),
            os = std::env::consts::OS,
            arch = std::env::consts::ARCH,
            lang = catalog.lang().code(),
            config = %povestitor::service::config_path().map(|p| p.display().to_string()).unwrap_or_default(),
            "command started"
        );
    }
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
        ) => plain_mode(&cli, &config, &catalog, command),
        (Some(start), _) => wizard(&cli, &config, &catalog, start),
        (None, Some(command)) => {
            cli::run(&cli, command, &config, &catalog).map_err(|e| cli::error_text(&e, &catalog))
        }
        (None, None) => Ok(Outcome::Done),
    };
    let elapsed_ms = started.elapsed().as_millis();
    match &result {
        Ok(outcome) => tracing::info!(command, ?outcome, elapsed_ms, "command finished"),
        Err(err) => tracing::error!(command, error = %err, elapsed_ms, "command failed"),
    }
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NeedsWork) => ExitCode::from(1),
        Err(err) => {
            let err = povestitor::text::terminal_safe(&err).into_owned();
            eprintln!("povestitor: {}: {}", catalog.t("error-prefix"), err);
            // Started by a double-click, the window would close with the message unread.
            let keys = std::io::stdin().is_terminal();
            if povestitor::service::waits_for_enter(console_close::processes_in_console(), keys) {
                povestitor::service::wait_for_enter(&catalog.t("press-enter-to-close"));
            }
            ExitCode::from(2)
        }
    }
}

/// The log file for the rest of the run; when it cannot be had, a note says so and the
/// program goes on.
fn start_log(catalog: &Catalog) {
    let Some(path) = povestitor::service::log_path() else {
        return;
    };
    if let Err(e) = povestitor::service::start_log(&path) {
        let note = catalog.t_args(
            "log-cannot-start",
            &[
                ("path", path.display().to_string().into()),
                (
                    "reason",
                    povestitor::service::io_reason_text(&e, catalog).into(),
                ),
            ],
        );
        eprintln!("povestitor: {}", povestitor::text::terminal_safe(&note));
    }
}

fn wizard(
    cli: &Cli,
    config: &Result<Config, ConfigError>,
    catalog: &Catalog,
    start: Start,
) -> Result<Outcome, String> {
    let text = |e| cli::error_text(&e, catalog);
    let config = cli::usable(config, catalog).map_err(text)?;
    let templates = cli::templates(cli, config).map_err(text)?;
    tui::start(
        Catalog::new(catalog.lang()),
        templates,
        config.clone(),
        start,
        cli.safe_symbols,
    )
    .map_err(|e| e.to_string())?;
    Ok(Outcome::Done)
}

/// `new --plain` and `edit --plain`: the steps as lines on standard input and output.
fn plain_mode(
    cli: &Cli,
    config: &Result<Config, ConfigError>,
    catalog: &Catalog,
    command: &Command,
) -> Result<Outcome, String> {
    let text = |e| cli::error_text(&e, catalog);
    let config = cli::usable(config, catalog).map_err(text)?;
    let templates = cli::templates(cli, config).map_err(text)?;
    let own = Catalog::new(catalog.lang());
    let (input, output) = (std::io::stdin().lock(), std::io::stdout().lock());
    let result = match command {
        Command::New {
            template,
            file: Some(file),
            ..
        } => plain::new(own, &templates, config, template, file, input, output),
        Command::New { file: None, .. } => return Err(catalog.t("plain-new-needs-file")),
        Command::Edit { file, .. } => plain::edit(own, &templates, config, file, input, output),
        _ => return Ok(Outcome::Done),
    };
    result.map(|()| Outcome::Done).map_err(|e| e.text(catalog))
}
