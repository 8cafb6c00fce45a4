//! The plain mode (`edit --plain`, `new --plain`) run as the real binary with its answers
//! piped in: a whole story gives the same draft as the same answers typed in the wizard;
//! the commands, the multi-line answers, the end of the input, the output's plainness, the
//! Russian interface, and the names remembered only from a story of one's own.

use std::path::{Path, PathBuf};

use crate::common::{self, povestitor, stdout_of, template_dir};
use crate::wizard::Wizard;
use povestitor::coach::{is_signed, yes_no};
use povestitor::story::{Draft, DraftLock, load_draft};
use povestitor::template::{StepKind, Template};
use povestitor::tui::msg::{Code, Key};

const PGDN: Key = Key::plain(Code::PageDown);

/// The model story of the Romanian template, with its photo copied to `pictures` (the
/// photo's path is the copy's absolute path, as a librarian would type it).
fn model_story(pictures: &Path) -> Draft {
    let mut model = load_draft(&template_dir("success-story").join("example.toml")).unwrap();
    std::fs::create_dir_all(pictures).unwrap();
    let mut photos = model.answers.items("photos");
    for photo in &mut photos {
        let from = template_dir("success-story").join(photo.get("path"));
        let to = pictures.join(photo.get("path"));
        std::fs::copy(from, &to).unwrap();
        photo.set("path", to.display().to_string());
    }
    model.answers.set_items("photos", photos);
    model
}

fn template() -> Template {
    povestitor::service::Templates::builtin()
        .unwrap()
        .get("success-story")
        .unwrap()
        .template
        .clone()
}

/// What a librarian types in plain mode to write `model`, every step and the details.
fn plain_answers(model: &Draft, template: &Template) -> String {
    let mut input = String::new();
    for step in &template.steps {
        match step.kind {
            StepKind::Line => input.push_str(&format!("{}\n", model.answers.text(&step.id))),
            StepKind::Text => input.push_str(&format!("{}\n\n", model.answers.text(&step.id))),
            StepKind::Quotes | StepKind::Photos => {
                for item in model.answers.items(&step.id) {
                    for field in step.kind.item_fields() {
                        input.push_str(&format!("{}\n", item.get(field)));
                    }
                    for choice in step.kind.item_choices() {
                        let answer = match yes_no(item.get(choice)) {
                            Some(true) if is_signed(item.get(choice)) => "semnat",
                            Some(true) => "da",
                            Some(false) => "nu",
                            None => "",
                        };
                        input.push_str(&format!("{answer}\n"));
                    }
                }
                // An empty first field ends the list.
                input.push('\n');
            }
        }
    }
    let meta = &model.meta;
    input.push_str(&format!(
        "{}\n{}\n25.11.2026\n",
        meta.author, meta.institution
    ));
    input
}

/// The same answers typed into the wizard, key by key.
fn type_in_wizard(w: &mut Wizard, model: &Draft, template: &Template) {
    for step in &template.steps {
        match step.kind {
            StepKind::Line | StepKind::Text => w.typed(model.answers.text(&step.id)),
            StepKind::Quotes | StepKind::Photos => {
                for (n, item) in model.answers.items(&step.id).iter().enumerate() {
                    if n > 0 {
                        w.keys(&[Key::plain(Code::F(7))]);
                    }
                    for field in step.kind.item_fields() {
                        // Enter goes on to the next field (and takes a typed photo's file).
                        w.typed(&format!("{}\n", item.get(field)));
                    }
                    for choice in step.kind.item_choices() {
                        // Space goes not recorded → yes (→ a consent's signed form) → no;
                        // Enter moves on.
                        let value = item.get(choice);
                        let signed = usize::from(*choice == "consent");
                        let presses = match yes_no(value) {
                            Some(true) if is_signed(value) => 2,
                            Some(true) => 1,
                            Some(false) => 2 + signed,
                            None => 0,
                        };
                        for _ in 0..presses {
                            w.keys(&[Key::plain(Code::Char(' '))]);
                        }
                        w.keys(&[Key::plain(Code::Enter)]);
                    }
                }
            }
        }
        w.keys(&[PGDN]);
    }
    w.keys(&[Key::plain(Code::F(4))]);
    w.typed(&format!(
        "{}\n{}",
        model.meta.author, model.meta.institution
    ));
    w.keys(&[Key::plain(Code::Esc), Key::ctrl(Code::Char('s'))]);
}

/// Runs `povestitor ARGS` with `input` piped in; returns the output.
fn run_plain(home: &Path, args: &[&str], input: &str, lang: &str) -> std::process::Output {
    povestitor(home)
        .env("LANG", lang)
        .args(args)
        .write_stdin(input.to_string())
        .output()
        .unwrap()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_whole_story_through_plain_mode_is_the_draft_the_wizard_makes() {
    let dir = tempfile::tempdir().unwrap();
    let model = model_story(&dir.path().join("pictures"));
    let template = template();

    let plain_file = dir.path().join("plain").join("poveste.toml");
    std::fs::create_dir_all(plain_file.parent().unwrap()).unwrap();
    let input = plain_answers(&model, &template);
    let out = run_plain(
        dir.path(),
        &[
            "new",
            "--plain",
            "--template",
            "success-story",
            arg(&plain_file),
        ],
        &input,
        "ro_RO.UTF-8",
    );
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    let plain = load_draft(&plain_file).unwrap();

    let wizard_file = dir.path().join("wizard").join("poveste.toml");
    std::fs::create_dir_all(wizard_file.parent().unwrap()).unwrap();
    let mut w = Wizard::new_story(&dir.path().join("wizard-home"), &wizard_file);
    type_in_wizard(&mut w, &model, &template);
    let typed = load_draft(&wizard_file).unwrap();

    assert_eq!(plain.answers, typed.answers);
    assert_eq!(plain.meta, typed.meta);
    // Both took the photo beside the draft, and the texts are the model's.
    let photo = plain.answers.items("photos")[0].get("path").to_string();
    assert_eq!(photo, "poveste-foto/bunicii-online.png");
    assert!(plain_file.with_file_name(&photo).is_file());
    for step in template.steps.iter().filter(|s| !s.kind.is_repeatable()) {
        assert_eq!(plain.answers.text(&step.id), model.answers.text(&step.id));
    }
    assert_eq!(plain.answers.items("quotes"), model.answers.items("quotes"));
}

/// A new draft at `dir/poveste.toml`, answered by `input`.
fn new_story(dir: &Path, input: &str, lang: &str) -> (PathBuf, String) {
    let file = dir.join("poveste.toml");
    let out = run_plain(dir, &["new", "--plain", arg(&file)], input, lang);
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    (file, stdout_of(&out))
}

#[test]
fn back_skip_and_help_move_and_show_and_an_empty_answer_keeps_the_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let input = "Un titlu de cinci cuvinte\n\
                 :ajutor\n\
                 :back\n\
                 \n\
                 Lead scris după ce am revenit.\n\n\
                 :skip\n";
    let (file, out) = new_story(dir.path(), input, "ro_RO.UTF-8");
    let draft = load_draft(&file).unwrap();
    assert_eq!(draft.answers.text("title"), "Un titlu de cinci cuvinte");
    assert_eq!(draft.answers.text("lead"), "Lead scris după ce am revenit.");
    assert_eq!(draft.answers.text("problem"), "", ":skip left it");
    // :ajutor showed the lead's tips and example.
    assert!(
        out.contains("Cititorul grăbit trebuie să afle esențialul"),
        "{out}"
    );
    assert!(out.contains("Exemplu: În primăvara lui 2026"), "{out}");
    // :back went to the title again, and the empty line kept it.
    assert_eq!(out.matches("Pasul 1 din 8: Titlul").count(), 2, "{out}");
    assert!(out.contains("Răspunsul rămâne cum era."), "{out}");
    assert!(out.contains("Pasul 3 din 8: Problema"), "{out}");
    // Under a saved answer, what the coach says about it, as under the wizard's answer.
    assert!(
        out.contains(
            "Salvat.\nObservațiile asistentului de scriere:\n  - „Introducerea (lead-ul)”: 6 din cel puțin 15 cuvinte."
        ),
        "{out}"
    );
}

#[test]
fn each_line_of_a_long_answer_is_saved_as_it_comes() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.toml");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_povestitor"))
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .env("LANG", "ro_RO.UTF-8")
        .args(["new", "--plain", arg(&path)])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The lead's answer is not ended: the window is closed in the middle of it.
    stdin
        .write_all("Titlu\nPrimul paragraf.\nAl doilea paragraf.\n".as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let lead = loop {
        let lead = load_draft(&path)
            .map(|d| d.answers.text("lead").to_string())
            .unwrap_or_default();
        if lead.contains("Al doilea") || std::time::Instant::now() > deadline {
            break lead;
        }
        std::thread::yield_now();
    };
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(lead, "Primul paragraf.\nAl doilea paragraf.");
    assert_eq!(load_draft(&path).unwrap().answers.text("title"), "Titlu");
}

#[test]
fn a_text_answer_is_every_line_up_to_the_empty_one_and_commands_keep_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let input = "Titlu\n\
                 Primul paragraf.\n\
                 - un punct de listă;\n\
                 :check\n\
                 Al treilea rând, scris după verificare.\n\
                 \n\
                 O problemă pe două rânduri,\n\
                 întreruptă de sfârșitul textului.\n";
    let (file, out) = new_story(dir.path(), input, "ro_RO.UTF-8");
    let draft = load_draft(&file).unwrap();
    assert_eq!(
        draft.answers.text("lead"),
        "Primul paragraf.\n- un punct de listă;\nAl treilea rând, scris după verificare."
    );
    assert_eq!(
        draft.answers.text("problem"),
        "O problemă pe două rânduri,\nîntreruptă de sfârșitul textului.",
        "the end of the input saves what was typed"
    );
    // :check words the findings as `povestitor check` does, about what was typed so far.
    assert!(out.contains("De corectat:"), "{out}");
    assert!(
        out.contains("„Introducerea (lead-ul)”: 6 din cel puțin 15 cuvinte."),
        "{out}"
    );
    assert!(out.contains("Pașii: 1 …  2 …  3 ·"), "{out}");
}

#[test]
fn the_end_of_the_input_saves_and_exits_zero_and_the_draft_is_unlocked() {
    let dir = tempfile::tempdir().unwrap();
    let file = povestitor::service::Templates::builtin().unwrap();
    let loaded = file.get("success-story").unwrap();
    let path = dir.path().join("c.toml");
    povestitor::story::save_draft(&path, &Draft::new(&loaded.template)).unwrap();
    // No new line at the very end: the last line still counts.
    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&path)],
        "Titlul scris fără Enter",
        "ro_RO.UTF-8",
    );
    assert!(out.status.success());
    assert_eq!(
        load_draft(&path).unwrap().answers.text("title"),
        "Titlul scris fără Enter"
    );
    assert!(stdout_of(&out).contains("Povestea este salvată în"));
    DraftLock::acquire(&path).expect("the lock is let go at the end");
}

#[test]
fn a_draft_open_elsewhere_is_refused_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("open.toml");
    let out = run_plain(
        dir.path(),
        &["new", "--plain", arg(&path)],
        "Titlu\n",
        "en_US.UTF-8",
    );
    assert!(out.status.success());
    let _held = DraftLock::acquire(&path).unwrap();
    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&path)],
        "Another title\n",
        "en_US.UTF-8",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr_of(&out);
    assert!(
        err.contains("is already open in another povestitor window"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(load_draft(&path).unwrap().answers.text("title"), "Titlu");
}

/// A workshop zip can carry a lock file that is a link to any file the trainer can write.
#[cfg(unix)]
#[test]
fn a_lock_file_that_is_a_link_is_never_followed_and_the_story_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("march.toml");
    let out = run_plain(
        dir.path(),
        &["new", "--plain", arg(&path)],
        "Titlu\n",
        "ro_RO.UTF-8",
    );
    assert!(out.status.success());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me\n").unwrap();
    let lock = povestitor::story::lock_path(&path);
    std::fs::remove_file(&lock).unwrap();
    std::os::unix::fs::symlink(&victim, &lock).unwrap();

    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&path)],
        "Alt titlu\n",
        "ro_RO.UTF-8",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr_of(&out);
    assert!(err.contains("nu poate fi blocată"), "{err}");
    assert!(err.contains(".march.toml.lock"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me\n");
    assert_eq!(load_draft(&path).unwrap().answers.text("title"), "Titlu");
}

#[test]
fn quotes_can_be_changed_cleared_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.toml");
    let mut answers = String::from("Titlu\n");
    // Lead, problem, action, result: skipped.
    answers.push_str(":skip\n:skip\n:skip\n:skip\n");
    answers.push_str("Primul citat.\nAna\nelevă\nda\n");
    answers.push_str("Al doilea citat.\nIon\n\nmaybe\nnu\n");
    answers.push_str("\n:quit\n");
    let out = run_plain(
        dir.path(),
        &["new", "--plain", arg(&path)],
        &answers,
        "ro_RO.UTF-8",
    );
    assert!(out.status.success());
    assert!(stdout_of(&out).contains("Scrieți da, semnat sau nu"));
    let quotes = load_draft(&path).unwrap().answers.items("quotes");
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[0].get("consent"), "yes");
    assert_eq!(quotes[1].get("role"), "");
    assert_eq!(quotes[1].get("consent"), "no");

    // Again: the first quote's name changed, its role cleared; the second removed.
    // Title and four texts kept, the first quote's text kept.
    let mut answers = String::from("\n\n\n\n\n\n");
    // The consent: the signed form has come back.
    answers.push_str("Ana Rusu\n:clear\nsemnat\n");
    answers.push_str(":remove\n\n:quit\n");
    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&path)],
        &answers,
        "ro_RO.UTF-8",
    );
    let text = stdout_of(&out);
    assert!(out.status.success());
    assert!(text.contains("Citatul 2: Al doilea citat.; Ion"), "{text}");
    assert!(text.contains("Citatul 2 a fost eliminat."), "{text}");
    let quotes = load_draft(&path).unwrap().answers.items("quotes");
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].get("author"), "Ana Rusu");
    assert_eq!(quotes[0].get("role"), "");
    assert_eq!(quotes[0].get("consent"), "signed");
}

#[test]
fn export_writes_the_article_with_the_defaults_and_never_replaces_without_a_yes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.toml");
    // Title, then :export: layout 2 (blog), format html, the suggested name.
    let input = "Știință și țară\n:export\n2\nhtml\n\n:export\n\n\n\n";
    let out = run_plain(
        dir.path(),
        &["new", "--plain", arg(&path)],
        input,
        "ro_RO.UTF-8",
    );
    assert!(out.status.success());
    let html = dir.path().join("stiinta-si-tara.html");
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("Știință și țară")
    );
    let docx = dir.path().join("stiinta-si-tara.docx");
    assert!(docx.is_file(), "the defaults: the first layout, Word");
    let text = stdout_of(&out);
    assert!(text.contains("Articolul a fost scris în"), "{text}");

    std::fs::write(&html, "mine").unwrap();
    let input = ":export\n\nhtml\n\nnu\n:export\n\nhtml\n\nda\n";
    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&path)],
        input,
        "ro_RO.UTF-8",
    );
    let text = stdout_of(&out);
    assert!(text.contains("Nu s-a exportat nimic."), "{text}");
    assert!(std::fs::read_to_string(&html).unwrap().contains("Știință"));
}

#[test]
fn the_output_is_plain_text_without_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let model = model_story(&dir.path().join("pictures"));
    let mut input = plain_answers(&model, &template());
    input.push_str(":check\n\n");
    let (_, out) = new_story(dir.path(), &format!(":help\n{input}"), "ro_RO.UTF-8");
    assert!(!out.contains('\x1b'), "no colour or cursor codes");
    assert!(!out.contains('\r'));
    assert!(out.contains("Toți pașii sunt gata."), "{out}");
}

#[test]
fn the_russian_interface_speaks_russian_and_takes_russian_commands() {
    let dir = tempfile::tempdir().unwrap();
    let input = ":назад\nЗаголовок истории\n:пропустить\nАбзац.\n\n:выход\n";
    let (file, out) = new_story(dir.path(), input, "ru_RU.UTF-8");
    assert!(out.contains("Шаг 1 из 8"), "{out}");
    assert!(
        out.contains(":назад: вернуться к предыдущему шагу"),
        "{out}"
    );
    assert!(out.contains("Это первый шаг."), "{out}");
    assert!(out.contains("История сохранена в"), "{out}");
    let draft = load_draft(&file).unwrap();
    assert_eq!(draft.answers.text("title"), "Заголовок истории");
    assert_eq!(draft.answers.text("lead"), "", ":пропустить went on");
    assert_eq!(draft.answers.text("problem"), "Абзац.");
}

#[test]
fn new_plain_needs_a_file_and_refuses_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_plain(dir.path(), &["new", "--plain"], "", "en_US.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr_of(&out).contains("With --plain, new needs the name of the file"));
    let path = dir.path().join("x.toml");
    std::fs::write(&path, "not a draft").unwrap();
    let out = run_plain(
        dir.path(),
        &["new", "--plain", arg(&path)],
        "",
        "en_US.UTF-8",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr_of(&out).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "not a draft");

    // A draft that is not there: one sentence in the language, and no lock file beside it.
    let missing = dir.path().join("missing.toml");
    let out = run_plain(
        dir.path(),
        &["edit", "--plain", arg(&missing)],
        "",
        "en_US.UTF-8",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr_of(&out);
    assert!(err.contains("missing.toml"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!povestitor::story::lock_path(&missing).exists());
}

/// Every step skipped, then the author and library typed (the date kept).
fn details_typed(author: &str, institution: &str) -> String {
    format!("{}{author}\n{institution}\n\n", ":skip\n".repeat(8))
}

/// The author and library of the draft at `path`.
fn names(path: &Path) -> (String, String) {
    let meta = load_draft(path).unwrap().meta;
    (meta.author, meta.institution)
}

fn pair(author: &str, institution: &str) -> (String, String) {
    (author.to_string(), institution.to_string())
}

/// A story `new --plain` starts (nothing typed): its author and library.
fn new_story_names(home: &Path, name: &str) -> (String, String) {
    let file = home.join(name);
    let out = run_plain(home, &["new", "--plain", arg(&file)], "", "ro_RO.UTF-8");
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    names(&file)
}

#[test]
fn the_names_typed_in_her_own_story_start_the_next_and_no_one_else_s_ever_do() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let settings = home.join("config/povestitor/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, "welcomed = true\nfrom_a_newer_version = 3\n").unwrap();
    assert_eq!(new_story_names(home, "gol.toml"), pair("", ""));

    // Her own story: the names she types are remembered, and nothing else is lost.
    let (file, _) = new_story(
        home,
        &details_typed("Ana Rusu", "Biblioteca Publică Cahul"),
        "ro_RO.UTF-8",
    );
    let ana = pair("Ana Rusu", "Biblioteca Publică Cahul");
    assert_eq!(names(&file), ana);
    let kept: toml::Table = toml::from_str(&std::fs::read_to_string(&settings).unwrap()).unwrap();
    assert_eq!(kept["welcomed"].as_bool(), Some(true));
    assert_eq!(kept["from_a_newer_version"].as_integer(), Some(3));
    assert_eq!(new_story_names(home, "a-doua.toml"), ana);
    // The wizard starts her next story with them too.
    let places = povestitor::tui::Places::under(settings.parent().unwrap());
    let store = povestitor::tui::Store::new(places, "2026-11-25".into());
    let templates = povestitor::service::Templates::builtin().unwrap();
    let draft = store.new_draft(templates.get("success-story").unwrap());
    assert_eq!((draft.meta.author, draft.meta.institution), ana);

    // A participant's draft, its signature corrected; the model story, signed again: the
    // drafts say what was typed, her next story is still hers.
    let participant = home.join("participanta.toml");
    let mut draft = Draft::new(&template());
    draft.meta.author = "Maria Ciobanu".into();
    draft.meta.institution = "Biblioteca din Soroca".into();
    povestitor::story::save_draft(&participant, &draft).unwrap();
    let model = home.join("model");
    std::fs::create_dir_all(&model).unwrap();
    let example = common::copy_example("success-story", &model);
    for (file, author, institution) in [
        (
            &participant,
            "Maria Ciobanu-Rusu",
            "Biblioteca din Soroca, filiala 2",
        ),
        (&example, "Valentina Popescu", "Biblioteca din Bălți"),
    ] {
        let input = details_typed(author, institution);
        let out = run_plain(home, &["edit", "--plain", arg(file)], &input, "ro_RO.UTF-8");
        assert!(out.status.success(), "{}", common::stderr_of(&out));
        assert_eq!(names(file), pair(author, institution));
        assert_eq!(new_story_names(home, &format!("dupa-{author}.toml")), ana);
    }
}

#[test]
fn settings_that_cannot_be_read_are_left_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("config/povestitor/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    let damaged = "author = \"Ion\"\nrecent = [\n";
    std::fs::write(&settings, damaged).unwrap();
    let (file, _) = new_story(
        dir.path(),
        &details_typed("Ana Rusu", "Biblioteca Publică Cahul"),
        "ro_RO.UTF-8",
    );
    assert_eq!(names(&file), pair("Ana Rusu", "Biblioteca Publică Cahul"));
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), damaged);
    assert_eq!(new_story_names(dir.path(), "alta.toml"), pair("", ""));
}
