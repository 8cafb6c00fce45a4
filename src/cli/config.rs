//! `povestitor config path | show`: where the configuration is, and what is in effect.

use super::out::{say, tell};
use super::{Cli, Outcome};
use crate::i18n::{Catalog, Lang};
use crate::service::{Config, config_path, settings_path};

/// The file's path on stdout (for scripts); whether it exists on stderr.
pub fn path(catalog: &Catalog) -> Outcome {
    let Some(path) = config_path() else {
        tell!("{}", catalog.t("config-path-none"));
        return Outcome::NeedsWork;
    };
    say!("{}", path.display());
    let note = if path.is_file() {
        "config-path-exists"
    } else {
        "config-path-missing"
    };
    tell!("{}", catalog.t(note));
    Outcome::Done
}

/// Every key, its value in effect and where it comes from (`key = value  # source`, or
/// `# key: not set`), as TOML a user could copy.
pub fn show(cli: &Cli, config: &Config, catalog: &Catalog) -> Outcome {
    super::out::line(shown(cli, config, catalog));
    Outcome::Done
}

/// What `config show` prints (`doctor --report` writes it too). The configuration holds no
/// password: publishing's comes from the environment or is typed.
pub fn shown(cli: &Cli, config: &Config, catalog: &Catalog) -> String {
    let from_config = catalog.t("config-source-file");
    let mut out = match &config.file {
        Some(file) => format!("# {}\n", file.display()),
        None => format!("# {}\n", catalog.t("config-show-no-file")),
    };
    let mut line = |key: &str, value: Option<toml::Value>, source: &str| {
        out.push_str(&match value {
            Some(value) => format!("{key} = {value}  # {source}\n"),
            None => format!("# {key}: {}\n", catalog.t("config-unset")),
        });
    };
    let (lang, source) = match (cli.lang, config.language) {
        (Some(lang), _) => (lang, catalog.t("config-source-lang-flag")),
        (None, Some(lang)) => (lang, from_config.clone()),
        (None, None) => (Lang::from_env(), catalog.t("config-source-system")),
    };
    line("language", Some(toml::Value::from(lang.code())), &source);
    let remembered = remembered_names();
    for (key, configured) in [
        ("author", &config.author),
        ("institution", &config.institution),
    ] {
        let remembered = remembered.get(key).and_then(toml::Value::as_str);
        let (value, source) = match (configured, remembered) {
            (Some(value), _) => (Some(value.clone()), from_config.clone()),
            (None, Some(value)) => (Some(value.to_string()), catalog.t("config-source-settings")),
            (None, None) => (None, String::new()),
        };
        line(key, value.map(toml::Value::from), &source);
    }
    line(
        "layout",
        config.layout.clone().map(toml::Value::from),
        &from_config,
    );
    line(
        "format",
        config.format.map(|f| toml::Value::from(f.extension())),
        &from_config,
    );
    for (key, value) in [
        ("book_title", &config.book_title),
        ("book_subtitle", &config.book_subtitle),
    ] {
        line(key, value.clone().map(toml::Value::from), &from_config);
    }
    for (key, folders) in [
        ("template_folders", &config.template_folders),
        ("dictionary_folders", &config.dictionary_folders),
    ] {
        let list = (!folders.is_empty()).then(|| {
            toml::Value::Array(
                folders
                    .iter()
                    .map(|f| toml::Value::from(f.display().to_string()))
                    .collect(),
            )
        });
        line(key, list, &from_config);
    }
    line(
        "featured_photo_in_body",
        config
            .featured_photo_in_body
            .then(|| toml::Value::from(true)),
        &from_config,
    );
    line(
        "safe_symbols",
        config.safe_symbols.then(|| toml::Value::from(true)),
        &from_config,
    );
    let log_source = if cli.log {
        catalog.t("config-source-log-flag")
    } else {
        from_config
    };
    line(
        "log",
        (cli.log || config.log).then(|| toml::Value::from(true)),
        &log_source,
    );
    out.trim_end_matches('\n').to_string()
}

/// The author and institution the wizard remembered from the last story.
fn remembered_names() -> toml::Table {
    let table = settings_path()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| text.parse::<toml::Table>().ok())
        .unwrap_or_default();
    table
        .into_iter()
        .filter(|(key, value)| {
            matches!(key.as_str(), "author" | "institution")
                && value.as_str().is_some_and(|v| !v.trim().is_empty())
        })
        .collect()
}
