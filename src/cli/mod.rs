//! The command line: each command run (`run`), with the definitions in `args.rs`, in words a
//! librarian understands.

mod args;
mod check;
mod compile;
mod completions;
mod config;
mod consent;
mod copy;
mod doctor;
mod error;
mod error_text;
mod export;
mod help;
mod out;
mod parse;
mod publish;
mod reference;
mod templates;
mod tidy;
mod worksheet;
mod workshop;

use std::path::PathBuf;

pub use args::{Cli, Command, ConfigCommand, TemplatesCommand, WorkshopCommand};
pub use check::ReportFormat;
pub use compile::DocFormat;
pub use copy::{keep as keep_clipboard, keeps_clipboard};
pub use error::CliError;
pub use error_text::error_text;
pub use help::localized_command;
pub use parse::{ArgsError, help_hint, lang_in_args, parse, usage_error};
pub use reference::commands_markdown;
pub use workshop::TableFormat;

use crate::i18n::Catalog;
use crate::service::{Config, ConfigError, ServiceError, Templates, configured_dictionaries};

/// What a command produced, for `main` to turn into an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything is fine.
    Done,
    /// The command ran and found something that must be fixed (exit 1).
    NeedsWork,
}

/// Runs a command without the wizard. `new` only writes an empty draft (for scripts,
/// when there is no terminal); `edit` needs the wizard. `config` is the configuration as
/// read: `doctor` and `config path` report a broken one, every other command stops at it.
pub fn run(
    cli: &Cli,
    command: &Command,
    config: &Result<Config, ConfigError>,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    match command {
        Command::Doctor { report } => {
            return doctor::doctor(cli, report.as_deref(), config, catalog);
        }
        Command::Config(ConfigCommand::Path) => return Ok(config::path(catalog)),
        _ => {}
    }
    let config = usable(config, catalog)?;
    let templates = || templates(cli, config);
    match command {
        Command::Doctor { .. } | Command::Config(ConfigCommand::Path) => Ok(Outcome::Done),
        Command::Config(ConfigCommand::Show) => Ok(config::show(cli, config, catalog)),
        Command::New { template, file, .. } => {
            let templates = templates()?;
            let file = file.as_deref().ok_or(CliError::NewNeedsFile)?;
            export::write_new_draft(&templates, template, file, config, catalog)
        }
        Command::Edit { file, .. } => Err(CliError::EditNeedsTerminal {
            path: file.display().to_string(),
        }),
        Command::Review { file, .. } => Err(CliError::ReviewNeedsTerminal {
            path: file.display().to_string(),
        }),
        Command::Demo { .. } => Err(CliError::DemoNeedsTerminal),
        Command::Workshop(workshop) => run_workshop(workshop, &templates()?, config, catalog),
        Command::Worksheet {
            template,
            doc,
            file,
            force,
        } => worksheet::worksheet(
            &templates()?,
            &worksheet::WorksheetRequest {
                template,
                format: DocFormat::for_file(*doc, file.as_deref(), DocFormat::Md),
                output: file.as_deref(),
                force: *force,
            },
            catalog,
        ),
        Command::Export {
            draft,
            layout,
            format,
            output,
            force,
            standalone,
        } => export::export(
            &templates()?,
            &export::ExportRequest {
                draft,
                layout: layout
                    .as_deref()
                    .or(config.layout.as_deref())
                    .ok_or(CliError::NoLayout)?,
                format: format.or(config.format).ok_or(CliError::NoFormat)?,
                output: output.as_deref(),
                force: *force,
                standalone: *standalone,
            },
            catalog,
        ),
        Command::Copy { draft, layout } => copy::copy(
            &templates()?,
            draft,
            layout
                .as_deref()
                .or(config.layout.as_deref())
                .ok_or(CliError::NoLayout)?,
            catalog,
        ),
        Command::Consent { draft, dir, force } => {
            consent::consent(&templates()?, draft, dir.as_deref(), *force, catalog)
        }
        Command::Publish {
            draft,
            site,
            user,
            layout,
            update_live,
            allow_http,
        } => publish::publish(
            &templates()?,
            &publish::Request {
                draft,
                layout,
                site,
                user,
                update_live: *update_live,
                featured_in_body: config.featured_photo_in_body,
                allow_http: *allow_http,
            },
            catalog,
        ),
        Command::Check {
            draft,
            format,
            dictionaries,
        } => check::check(
            &templates()?,
            &check::CheckRequest {
                draft,
                format: *format,
                dictionaries: &with_configured(dictionaries, config),
            },
            catalog,
        ),
        Command::Completions { shell } => completions::completions(*shell, catalog),
        Command::Manpage => completions::manpage(catalog),
        Command::Tidy { draft, apply } => tidy::tidy(&templates()?, draft, *apply, catalog),
        Command::Templates(TemplatesCommand::Validate { path }) => {
            templates::validate(path, catalog)
        }
        Command::Templates(command) => run_templates(command, &templates()?, catalog),
    }
}

/// `workshop status` and `workshop compile`, the book's title from the configuration when
/// none is given.
fn run_workshop(
    command: &WorkshopCommand,
    templates: &Templates,
    config: &Config,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    match command {
        WorkshopCommand::Status {
            dir,
            table,
            recursive,
            layout,
            dictionaries,
        } => workshop::workshop_status(
            templates,
            &workshop::StatusRequest {
                folder: dir,
                format: *table,
                recursive: *recursive,
                layout: layout.as_deref(),
                dictionaries: &with_configured(dictionaries, config),
            },
            catalog,
        ),
        WorkshopCommand::Compile {
            dir,
            layout,
            doc,
            title,
            subtitle,
            file,
            force,
            order,
        } => compile::compile(
            templates,
            &compile::CompileRequest {
                folder: dir,
                layout: layout.as_deref(),
                format: DocFormat::for_file(*doc, Some(file), DocFormat::Docx),
                title: title.as_deref().or(config.book_title.as_deref()),
                subtitle: subtitle.as_deref().or(config.book_subtitle.as_deref()),
                output: file,
                force: *force,
                order: *order,
            },
            catalog,
        ),
    }
}

/// `templates list`, `show` and `new` (`validate` reads its folder alone).
fn run_templates(
    command: &TemplatesCommand,
    templates: &Templates,
    catalog: &Catalog,
) -> Result<Outcome, CliError> {
    match command {
        TemplatesCommand::List => templates::list(templates),
        TemplatesCommand::Show { id } => templates::show(templates, id, catalog),
        TemplatesCommand::Validate { path } => templates::validate(path, catalog),
        TemplatesCommand::New { id, from } => templates::new_template(templates, id, from, catalog),
    }
}

/// A command's name as it is typed (`workshop compile`), for the log; the wizard's without
/// one.
pub fn command_name(command: Option<&Command>) -> &'static str {
    match command {
        None => "wizard",
        Some(Command::New { .. }) => "new",
        Some(Command::Edit { .. }) => "edit",
        Some(Command::Review { .. }) => "review",
        Some(Command::Export { .. }) => "export",
        Some(Command::Copy { .. }) => "copy",
        Some(Command::Consent { .. }) => "consent",
        Some(Command::Publish { .. }) => "publish",
        Some(Command::Check { .. }) => "check",
        Some(Command::Tidy { .. }) => "tidy",
        Some(Command::Templates(TemplatesCommand::List)) => "templates list",
        Some(Command::Templates(TemplatesCommand::Show { .. })) => "templates show",
        Some(Command::Templates(TemplatesCommand::Validate { .. })) => "templates validate",
        Some(Command::Templates(TemplatesCommand::New { .. })) => "templates new",
        Some(Command::Demo { .. }) => "demo",
        Some(Command::Worksheet { .. }) => "worksheet",
        Some(Command::Workshop(WorkshopCommand::Status { .. })) => "workshop status",
        Some(Command::Workshop(WorkshopCommand::Compile { .. })) => "workshop compile",
        Some(Command::Doctor { .. }) => "doctor",
        Some(Command::Config(ConfigCommand::Path)) => "config path",
        Some(Command::Config(ConfigCommand::Show)) => "config show",
        Some(Command::Completions { .. }) => "completions",
        Some(Command::Manpage) => "manpage",
    }
}

/// Whether a log is kept: `--log`, or `log = true` in a configuration that reads.
pub fn logging(cli: &Cli, config: &Result<Config, ConfigError>) -> bool {
    cli.log || config.as_ref().is_ok_and(|c| c.log)
}

/// The configuration, or its error worded for the librarian.
pub fn usable<'a>(
    config: &'a Result<Config, ConfigError>,
    catalog: &Catalog,
) -> Result<&'a Config, CliError> {
    config.as_ref().map_err(|e| {
        let err = ServiceError::Config(match e {
            ConfigError::Invalid(problem) => ConfigError::Invalid(problem.clone()),
            ConfigError::Read { path, source } => ConfigError::Read {
                path: path.clone(),
                source: std::io::Error::new(source.kind(), source.to_string()),
            },
        });
        CliError::Other(crate::service::error_text(&err, catalog))
    })
}

/// Dictionary folders given on the command line, then the configured ones.
fn with_configured(given: &[PathBuf], config: &Config) -> Vec<PathBuf> {
    let mut folders = given.to_vec();
    folders.extend(configured_dictionaries(config));
    folders
}

/// Built-ins, the user's templates folder, the configuration's `template_folders`, then
/// `--templates` folders (later ones win on equal ids).
pub fn templates(cli: &Cli, config: &Config) -> Result<Templates, CliError> {
    let folders: Vec<PathBuf> = Templates::user_folder()
        .into_iter()
        .chain(config.template_folders.iter().cloned())
        .chain(cli.templates.iter().cloned())
        .collect();
    Ok(Templates::load(&folders)?)
}
