//! The user's configuration (`config.toml`), `povestitor config path | show` and
//! `povestitor doctor`, run through the real binary with HOME and the XDG folders in a
//! temporary folder.

use std::path::{Path, PathBuf};

use crate::common::{copy_example, povestitor, stderr_of, stdout_of, template_dir};
use povestitor::service::{CONFIG_KEYS, Config};

/// Where the program looks for the configuration under the test's HOME.
fn config_file(home: &Path) -> PathBuf {
    home.join("config/povestitor/config.toml")
}

fn write_config(home: &Path, text: &str) -> PathBuf {
    let path = config_file(home);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// `config path`'s note on stderr, in each language: which one shows the interface's.
fn path_note(home: &Path, env_lang: &str, args: &[&str]) -> String {
    let out = povestitor(home)
        .env("LANG", env_lang)
        .args(["config", "path"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    stderr_of(&out)
}

#[test]
fn a_broken_configuration_is_named_with_its_line_and_column_and_stops_the_command() {
    let home = tempfile::tempdir().unwrap();
    let path = write_config(
        home.path(),
        "# Biblioteca din Cahul\nauthor = \"Ana\"\n  autor = \"Ana\"\n",
    );
    let out = povestitor(home.path())
        .args(["templates", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    let place = format!("{}:3:3: ", path.display());
    assert!(err.contains(&place), "{place} in {err}");
    assert!(err.contains("`autor`"), "{err}");
    assert!(err.contains("Corectați acest rând"), "{err}");

    // A value of the wrong kind is located too, and the wizard does not start either.
    write_config(home.path(), "format = \"pdf\"\n");
    let out = povestitor(home.path())
        .arg("edit")
        .arg("x.toml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("config.toml:1:10: "),
        "{}",
        stderr_of(&out)
    );

    // `config path` still says where the file is, to fix it.
    let out = povestitor(home.path())
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_of(&out).trim(), path.display().to_string());
}

#[test]
fn the_language_comes_from_lang_then_the_configuration_then_the_system() {
    let home = tempfile::tempdir().unwrap();
    // No configuration: the system's (LANG) language.
    assert!(path_note(home.path(), "en_US.UTF-8", &[]).starts_with("The file does not exist"));
    write_config(home.path(), "language = \"ru\"\n");
    // The configuration beats the system…
    let note = path_note(home.path(), "en_US.UTF-8", &[]);
    assert!(note.starts_with("Файл существует"), "{note}");
    // …and --lang beats the configuration.
    let note = path_note(home.path(), "en_US.UTF-8", &["--lang", "ro"]);
    assert!(note.starts_with("Fișierul există"), "{note}");
}

#[test]
fn povestitor_config_names_another_file() {
    let home = tempfile::tempdir().unwrap();
    let stick = home.path().join("stick/povestitor.toml");
    std::fs::create_dir_all(stick.parent().unwrap()).unwrap();
    std::fs::write(&stick, "language = \"en\"\n").unwrap();
    let out = povestitor(home.path())
        .env("POVESTITOR_CONFIG", &stick)
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).trim(), stick.display().to_string());
    assert!(stderr_of(&out).starts_with("The file exists"));
}

#[test]
fn config_show_prints_each_value_and_where_it_comes_from() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .args(["config", "show", "--lang", "en"])
        .output()
        .unwrap();
    let shown = stdout_of(&out);
    assert!(shown.starts_with("# no configuration file"), "{shown}");
    assert!(shown.contains("language = \"en\"  # --lang"), "{shown}");
    assert!(shown.contains("# author: not set"), "{shown}");

    let path = write_config(
        home.path(),
        "author = \"Ana Rusu\"\nformat = \"docx\"\ntemplate_folders = [\"sabloane\"]\n",
    );
    // What the wizard remembered counts where the configuration says nothing.
    std::fs::write(
        home.path().join("config/povestitor/settings.toml"),
        "author = \"Ion\"\ninstitution = \"Biblioteca Cahul\"\n",
    )
    .unwrap();
    let out = povestitor(home.path())
        .env("LANG", "en_US.UTF-8")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let shown = stdout_of(&out);
    let folder = path.parent().unwrap().join("sabloane");
    for line in [
        format!("# {}", path.display()),
        "language = \"en\"  # the system's language".into(),
        "author = \"Ana Rusu\"  # configuration".into(),
        "institution = \"Biblioteca Cahul\"  # remembered from the last story".into(),
        "# layout: not set".into(),
        "format = \"docx\"  # configuration".into(),
        format!(
            "template_folders = [\"{}\"]  # configuration",
            folder.display()
        ),
        "# dictionary_folders: not set".into(),
    ] {
        assert!(shown.lines().any(|l| l == line), "{line:?} in:\n{shown}");
    }
}

#[test]
fn a_new_draft_starts_with_the_configured_author_and_institution() {
    let home = tempfile::tempdir().unwrap();
    write_config(
        home.path(),
        "author = \"Ana Rusu\"\ninstitution = \"Biblioteca Publică Cahul\"\n",
    );
    let draft = home.path().join("poveste.toml");
    let out = povestitor(home.path())
        .args(["new", "-t", "success-story"])
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(&draft).unwrap();
    assert!(text.contains("author = \"Ana Rusu\""), "{text}");
    assert!(
        text.contains("institution = \"Biblioteca Publică Cahul\""),
        "{text}"
    );
}

#[test]
fn export_takes_the_configured_layout_and_format_when_none_is_given() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", work.path());

    // Neither given nor configured: one sentence saying both ways.
    let out = povestitor(home.path())
        .arg("export")
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--layout"), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty());

    write_config(home.path(), "layout = \"blog\"\nformat = \"html\"\n");
    let configured = povestitor(home.path())
        .arg("export")
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(
        configured.status.code(),
        Some(0),
        "{}",
        stderr_of(&configured)
    );
    let given = povestitor(home.path())
        .arg("export")
        .arg(&draft)
        .args(["--layout", "blog", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&configured), stdout_of(&given));
    assert!(stdout_of(&configured).contains("<article"));
    // What is given on the command line wins.
    let md = povestitor(home.path())
        .arg("export")
        .arg(&draft)
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert!(stdout_of(&md).starts_with("---\n"), "{}", stdout_of(&md));
}

#[test]
fn a_configured_template_folder_is_used() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config/povestitor/sabloane/poveste-cahul");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(template_dir("success-story")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    let toml = folder.join("template.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replacen(
        "id = \"success-story\"",
        "id = \"poveste-cahul\"",
        1,
    );
    std::fs::write(&toml, text).unwrap();
    // Relative to the configuration's own folder.
    write_config(home.path(), "template_folders = [\"sabloane\"]\n");
    let out = povestitor(home.path())
        .args(["templates", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("poveste-cahul"),
        "{}",
        stdout_of(&out)
    );
}

/// A folder with a (tiny but well-formed) Hunspell dictionary for each language.
fn dictionaries(folder: &Path) {
    std::fs::create_dir_all(folder).unwrap();
    for name in ["ro_RO", "ru_RU", "en_US"] {
        std::fs::write(folder.join(format!("{name}.aff")), "SET UTF-8\n").unwrap();
        std::fs::write(folder.join(format!("{name}.dic")), "1\ncarte\n").unwrap();
    }
}

#[test]
fn doctor_says_everything_is_usable_and_exits_0() {
    let home = tempfile::tempdir().unwrap();
    dictionaries(&home.path().join("dictionare"));
    let config = write_config(
        home.path(),
        &format!(
            "dictionary_folders = [{:?}]\n",
            home.path().join("dictionare").display().to_string()
        ),
    );
    let out = povestitor(home.path())
        .args(["doctor", "--lang", "en"])
        .output()
        .unwrap();
    let report = stdout_of(&out);
    assert_eq!(out.status.code(), Some(0), "{report}");
    for line in [
        format!("✓ Configuration: {} — usable", config.display()),
        format!(
            "✓ Drafts: {} — not there yet; made when first needed",
            home.path().join("Documents/Povestitor").display()
        ),
        format!(
            "✓ Dictionary ro: {} — usable",
            home.path().join("dictionare/ro_RO.dic").display()
        ),
        "Everything is usable.".into(),
    ] {
        assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
    }
    assert!(report.contains("✓ Built-in templates ("), "{report}");
    assert!(!report.contains('✗'), "{report}");
}

/// The photo cache's folder is shown with what it keeps: nothing before the first export
/// of a phone photo, a megabyte after it, and never more than its bound.
#[test]
fn doctor_shows_the_photo_cache_folder_and_what_it_keeps() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("cache/povestitor/photos");
    let doctor = || {
        let out = povestitor(home.path())
            .args(["doctor", "--lang", "en"])
            .output()
            .unwrap();
        stdout_of(&out)
    };
    let line = format!(
        "✓ Photos made ready for documents and blogs (kept: 0 MB of at most 500 MB): {} — not there yet; made when first needed",
        folder.display()
    );
    let report = doctor();
    assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
    // An entry of a megabyte, as an export would keep.
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("v2-entry-2000-q85.jpg"), vec![7u8; 1024 * 1024]).unwrap();
    let line = format!(
        "✓ Photos made ready for documents and blogs (kept: 1 MB of at most 500 MB): {} — usable",
        folder.display()
    );
    let report = doctor();
    assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
}

#[test]
fn doctor_counts_the_built_in_dictionaries_on_a_computer_without_any() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .env("POVESTITOR_SYSTEM_DICTIONARIES", "")
        .args(["doctor", "--lang", "en"])
        .output()
        .unwrap();
    let report = stdout_of(&out);
    assert_eq!(out.status.code(), Some(0), "{report}");
    for language in ["ro", "ru", "en"] {
        let line = format!("✓ Dictionary {language} — built into the program, usable");
        assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
    }
}

#[test]
fn doctor_names_a_missing_dictionary_folder_with_the_fix_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("D/dictionare");
    let config = write_config(
        home.path(),
        &format!(
            "dictionary_folders = [{:?}]\n",
            missing.display().to_string()
        ),
    );
    let out = povestitor(home.path()).arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_of(&out);
    let line = format!(
        "✗ Dosar de dicționare din configurație: {} — nu există",
        missing.display()
    );
    assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
    let fix = format!(
        "  Ce faceți: Creați dosarul {} sau scoateți-l din dictionary_folders în {}.",
        missing.display(),
        config.display()
    );
    assert!(report.lines().any(|l| l == fix), "{fix:?} in:\n{report}");
    assert!(report.contains("Un lucru cere atenție"), "{report}");
}

#[test]
fn doctor_reports_a_broken_configuration_instead_of_stopping() {
    let home = tempfile::tempdir().unwrap();
    let path = write_config(home.path(), "language = \"ro\"\nlimba = \"ro\"\n");
    let out = povestitor(home.path()).arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_of(&out);
    assert!(
        report.contains(&format!("{}:2:1: ", path.display())),
        "{report}"
    );
}

#[test]
fn the_librarians_guides_show_every_key_in_a_configuration_that_reads() {
    // The error a broken configuration gives points at the guide's "Configuration" section.
    for lang in ["ro", "en", "ru"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/librarian/{lang}.md"));
        let guide = std::fs::read_to_string(&path).unwrap();
        let start = guide
            .find("```toml\n# config.toml")
            .unwrap_or_else(|| panic!("{lang}.md has no configuration example"));
        let example = &guide[start + "```toml\n".len()..];
        let example = &example[..example.find("```").unwrap()];
        let config = Config::parse(example, Path::new("/c/config.toml"))
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        for key in CONFIG_KEYS {
            assert!(
                example.lines().any(|l| l.starts_with(&format!("{key} ="))),
                "{lang}.md's example lacks {key}"
            );
        }
        assert!(config.author.is_some() && config.format.is_some());
    }
}

#[test]
fn in_the_wizard_the_configured_names_win_over_the_remembered_ones() {
    use povestitor::service::Templates;
    use povestitor::tui::app::{ExportDefaults, ExportForm, FORMATS};
    use povestitor::tui::{Places, Store};

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::new(Places::under(dir.path()), "2026-11-29".into());
    store.settings.author = "Ion".into();
    store.settings.institution = "Biblioteca veche".into();
    store.config = Config::parse("author = \"Ana\"\n", Path::new("/c/config.toml")).unwrap();
    let templates = Templates::builtin().unwrap();
    let loaded = templates.get("success-story").unwrap();
    let draft = store.new_draft(loaded);
    assert_eq!(draft.meta.author, "Ana");
    assert_eq!(draft.meta.institution, "Biblioteca veche");

    // The export form starts at the configured layout and format.
    let defaults = ExportDefaults {
        layout: Some("blog".into()),
        format: Some(povestitor::render::Format::Md),
    };
    let form = ExportForm::starting_at(&loaded.template, &defaults);
    assert_eq!(loaded.template.layouts[form.layout].id, "blog");
    assert_eq!(FORMATS[form.format], povestitor::render::Format::Md);
    assert_ne!(form.layout, 0, "blog is not success-story's first layout");
    // A layout the template lacks leaves the form at its first.
    let other = templates.get("success-story-en").unwrap();
    let lacking = ExportDefaults {
        layout: Some("biblio-info".into()),
        format: None,
    };
    let form = ExportForm::starting_at(&other.template, &lacking);
    assert_eq!((form.layout, form.format), (0, 0));
}

#[test]
fn doctor_names_damaged_settings_and_says_to_move_them_aside() {
    let home = tempfile::tempdir().unwrap();
    let settings = home.path().join("config/povestitor/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, "author = \"Ana\"\nrecent = [\n").unwrap();
    let out = povestitor(home.path())
        .args(["doctor", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_of(&out);
    let line = format!(
        "✗ Settings (what the program remembers): {} — has mistakes",
        settings.display()
    );
    assert!(report.lines().any(|l| l == line), "{line:?} in:\n{report}");
    assert!(
        report.contains(&format!("To fix: {}:2:11: ", settings.display())),
        "{report}"
    );
    assert!(report.contains("the program makes a new one"), "{report}");
}
