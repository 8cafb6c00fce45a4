//! `--help` and clap's usage errors speak the interface language, shown with the real binary.

use crate::common::{povestitor, stderr_of, stdout_of};

/// What each language's pages must say: the program's description, the headings, and every
/// command's description.
struct Words {
    lang: &'static str,
    about: &'static str,
    headings: [&'static str; 3],
    commands: [&'static str; 7],
}

const RO: Words = Words {
    lang: "ro",
    about: "Scrieți pas cu pas povestea de succes a bibliotecii",
    headings: ["Utilizare:", "Comenzi:", "Opțiuni:"],
    commands: [
        "Începeți o poveste nouă după un șablon",
        "Continuați o ciornă în asistent",
        "Transformați o ciornă în articol",
        "Aflați ce îi mai trebuie unei ciorne",
        "Vedeți corecturile tipografice",
        "Vedeți lista șabloanelor",
        "Afișați acest ajutor",
    ],
};

const EN: Words = Words {
    lang: "en",
    about: "Write a library success story step by step",
    headings: ["Usage:", "Commands:", "Options:"],
    commands: [
        "Start a new story from a template",
        "Continue a draft in the wizard",
        "Turn a draft into an article",
        "Say what a draft still needs",
        "Show the typography fixes",
        "List, show or check templates",
        "Print this message",
    ],
};

const RU: Words = Words {
    lang: "ru",
    about: "Пишите историю успеха библиотеки шаг за шагом",
    headings: ["Использование:", "Команды:", "Параметры:"],
    commands: [
        "Начать новую историю по шаблону",
        "Продолжить черновик в мастере",
        "Превратить черновик в статью",
        "Показать, чего ещё не хватает черновику",
        "Показать типографские правки",
        "Список шаблонов, просмотр и проверка",
        "Показать эту справку",
    ],
};

fn help(args: &[&str], lang_env: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .env("LANG", lang_env)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
    assert!(out.stderr.is_empty(), "{args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

fn assert_program_help(text: &str, words: &Words) {
    for expected in [words.about]
        .iter()
        .chain(&words.headings)
        .chain(&words.commands)
    {
        assert!(
            text.contains(expected),
            "{}: no {expected:?} in\n{text}",
            words.lang
        );
    }
}

#[test]
fn program_help_speaks_the_language_asked_with_lang() {
    for words in [&RO, &EN, &RU] {
        for flag in ["--help", "-h"] {
            let text = help(&["--lang", words.lang, flag], "ro_RO.UTF-8");
            assert_program_help(&text, words);
        }
        let text = help(&[&format!("--lang={}", words.lang), "help"], "ro_RO.UTF-8");
        assert_program_help(&text, words);
    }
}

#[test]
fn program_help_follows_the_system_language() {
    assert_program_help(&help(&["--help"], "ru_RU.UTF-8"), &RU);
    assert_program_help(&help(&["--help"], "en_GB.UTF-8"), &EN);
    assert_program_help(&help(&["--help"], "ro_MD.UTF-8"), &RO);
    assert_program_help(&help(&["--help"], "C"), &RO);
}

/// `export --help`: each option with its description, in each language.
const EXPORT: [(&str, [&str; 6]); 3] = [
    (
        "ro",
        [
            "Transformați o ciornă în articol",
            "-l, --layout <MACHETĂ>",
            "-f, --format <FORMAT>",
            "-o, --output <FIȘIER|DOSAR/>",
            "--force\n          Înlocuiți fișierul dacă există deja",
            "--standalone\n          Cu --format html: o pagină web întreagă",
        ],
    ),
    (
        "en",
        [
            "Turn a draft into an article",
            "-l, --layout <LAYOUT>",
            "-f, --format <FORMAT>",
            "-o, --output <FILE|FOLDER/>",
            "--force\n          Replace the file if it exists",
            "--standalone\n          With --format html: a whole web page",
        ],
    ),
    (
        "ru",
        [
            "Превратить черновик в статью",
            "-l, --layout <МАКЕТ>",
            "-f, --format <ФОРМАТ>",
            "-o, --output <ФАЙЛ|ПАПКА/>",
            "--force\n          Заменить файл, если он уже есть",
            "--standalone\n          С --format html: целая веб-страница",
        ],
    ),
];

/// The descriptions of --layout, --format and -o, which follow their names on the next line.
const EXPORT_DESCRIPTIONS: [(&str, [&str; 4]); 3] = [
    (
        "ro",
        [
            "Macheta publicației",
            "docx (Word, pentru revistă)",
            "Valori posibile:",
            "Fișierul în care se scrie",
        ],
    ),
    (
        "en",
        [
            "The publication layout",
            "docx (Word, for the magazine)",
            "Possible values:",
            "The file to write",
        ],
    ),
    (
        "ru",
        [
            "Макет публикации",
            "docx (Word, для журнала)",
            "Возможные значения:",
            "Файл, в который записать статью",
        ],
    ),
];

#[test]
fn export_help_describes_every_option_in_the_language() {
    for ((lang, lines), (_, descriptions)) in EXPORT.iter().zip(&EXPORT_DESCRIPTIONS) {
        // `--lang` after the subcommand, and before it.
        for args in [
            vec!["export", "--help", "--lang", lang],
            vec!["--lang", lang, "export", "--help"],
        ] {
            let text = help(&args, "ro_RO.UTF-8");
            for expected in lines.iter().chain(descriptions) {
                assert!(
                    text.contains(expected),
                    "{args:?}: no {expected:?} in\n{text}"
                );
            }
        }
    }
    let russian = help(&["export", "--help"], "ru_RU.UTF-8");
    for expected in EXPORT[2].1 {
        assert!(russian.contains(expected), "no {expected:?} in\n{russian}");
    }
}

#[test]
fn short_help_lists_choices_and_defaults_in_the_language() {
    let export = help(&["export", "-h"], "ro_RO.UTF-8");
    assert!(
        export.contains("[valori posibile: md, html, txt, docx, wp]"),
        "{export}"
    );
    let publish = help(&["publish", "-h"], "ro_RO.UTF-8");
    for expected in [
        "Trimite o ciornă pe blogul WordPress",
        "--site <ADRESĂ>",
        "--user <NUME>",
        "[implicit: blog]",
    ] {
        assert!(publish.contains(expected), "no {expected:?} in\n{publish}");
    }
    let new = help(&["new", "-h", "--lang", "ru"], "ro_RO.UTF-8");
    assert!(new.contains("[по умолчанию: success-story]"), "{new}");
    assert!(
        new.contains("Использование: povestitor new [ПАРАМЕТРЫ] [ФАЙЛ]"),
        "{new}"
    );
}

#[test]
fn a_missing_argument_is_one_sentence_in_the_language() {
    let home = tempfile::tempdir().unwrap();
    for (lang, expected) in [
        (
            "ro",
            "povestitor: eroare: Comanda nu este completă: lipsește --output <FIȘIER> \
             (vedeți povestitor workshop compile --help).\n",
        ),
        (
            "en",
            "povestitor: error: The command is incomplete: --output <FILE> is missing \
             (see povestitor workshop compile --help).\n",
        ),
        (
            "ru",
            "povestitor: ошибка: Команда неполная: не хватает --output <ФАЙЛ> \
             (см. povestitor workshop compile --help).\n",
        ),
    ] {
        let out = povestitor(home.path())
            .args(["workshop", "compile", "atelier", "--format", "md"])
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert!(out.stdout.is_empty(), "{lang}");
        assert_eq!(stderr_of(&out), expected);
    }
}

#[test]
fn usage_mistakes_name_the_argument_and_where_help_is() {
    let home = tempfile::tempdir().unwrap();
    for (args, lang_env, words) in [
        (
            &["workshop", "compile"][..],
            "ro_RO.UTF-8",
            &[
                "lipsesc --output <FIȘIER> și <DOSAR>",
                "povestitor workshop compile --help",
            ][..],
        ),
        (
            &["export", "p.toml", "-l", "blog", "-f", "pdf"],
            "ru_RU.UTF-8",
            &[
                "«pdf» не подходит для --format <ФОРМАТ>",
                "md, html, txt, docx",
            ],
        ),
        (
            &["tidy", "p.toml", "--aply"],
            "en_US.UTF-8",
            &["“--aply” is not understood here; perhaps you meant --apply"],
        ),
        (
            &["exprot"],
            "ro_RO.UTF-8",
            &[
                "Nu există comanda „exprot”",
                "„export”",
                "povestitor --help",
            ],
        ),
        (
            &["templates", "lst"],
            "ru_RU.UTF-8",
            &["Команды «lst» нет", "povestitor templates --help"],
        ),
    ] {
        let out = povestitor(home.path())
            .env("LANG", lang_env)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        for expected in words {
            assert!(err.contains(expected), "{args:?}: no {expected:?} in {err}");
        }
    }
}

#[test]
fn a_command_without_its_subcommand_shows_help_or_says_what_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let out = povestitor(home.path())
        .env("LANG", "ru_RU.UTF-8")
        .arg("templates")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("Использование: povestitor templates [ПАРАМЕТРЫ] <КОМАНДА>"),
        "{err}"
    );
    assert!(err.contains("Показать шаги и макеты шаблона"), "{err}");

    let out = povestitor(home.path())
        .args(["templates", "--lang", "ro"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "povestitor: eroare: După „povestitor templates” trebuie scrisă una dintre comenzile: \
         list, show, validate, new, help (vedeți povestitor templates --help).\n"
    );
}

#[test]
fn version_is_unchanged_in_every_language() {
    let expected = format!("povestitor {}\n", env!("CARGO_PKG_VERSION"));
    for lang in ["ro", "en", "ru"] {
        for flag in ["--version", "-V"] {
            assert_eq!(help(&["--lang", lang, flag], "ro_RO.UTF-8"), expected);
        }
    }
}

#[test]
fn the_wizard_without_a_terminal_says_so_in_the_language() {
    let cases = [
        (
            "ro",
            "se scrie într-o fereastră de terminal",
            "are nevoie de numele fișierului",
        ),
        (
            "en",
            "is written in a terminal window",
            "needs the name of the file",
        ),
        ("ru", "редактируется в окне терминала", "нужно имя файла"),
    ];
    for (lang, edit, new) in cases {
        let home = tempfile::tempdir().unwrap();
        // assert_cmd gives the program pipes, not a terminal.
        let out = povestitor(home.path())
            .args(["--lang", lang, "edit", "poveste.toml"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(err.contains(edit), "{lang}: {err}");
        assert!(
            err.contains("povestitor edit \"poveste.toml\""),
            "{lang}: {err}"
        );
        assert!(
            err.contains("povestitor edit --plain \"poveste.toml\""),
            "{lang}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{lang}: {err}");

        let out = povestitor(home.path())
            .args(["--lang", lang, "new", "--template", "success-story"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(err.contains(new), "{lang}: {err}");
    }
}

#[test]
fn review_without_a_terminal_says_so_in_the_language() {
    let cases = [
        ("ro", "se revizuiește într-o fereastră de terminal"),
        ("en", "is reviewed in a terminal window"),
        ("ru", "рецензируется в окне терминала"),
    ];
    for (lang, said) in cases {
        let home = tempfile::tempdir().unwrap();
        // assert_cmd gives the program pipes, not a terminal.
        let out = povestitor(home.path())
            .args([
                "--lang",
                lang,
                "review",
                "poveste.toml",
                "--reviewer",
                "Ion Rusu",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(err.contains(said), "{lang}: {err}");
        assert!(
            err.contains("povestitor review \"poveste.toml\""),
            "{lang}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{lang}: {err}");
    }
}
