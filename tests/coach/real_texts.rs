//! The coach's spelling on real-looking library stories (tests/fixtures/real-texts/: Romanian
//! with Moldovan î spellings and cedillas, Russian, English; their deliberate slips listed in
//! `slips.toml`), through `check --format json` with the built-in dictionaries. Prints the
//! figures the issue measured: how many warnings point at a real slip, how many slips are
//! flagged, how often the right word is among the first three suggestions; and a probe of 40
//! correct Moldovan place names and sector words, of which at most 4 may be flagged.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real-texts")
}

fn template_of(language: &str) -> &'static str {
    match language {
        "ru" => "success-story-ru",
        "en" => "success-story-en",
        _ => "success-story",
    }
}

/// What `check` says about `text`, written as the answer of the story's problem step: the
/// spelling warnings (the word and its suggestions) and the names the names tip lists.
struct Spelled {
    warnings: Vec<(String, Vec<String>)>,
    names: Vec<String>,
}

fn spell(language: &str, text: &str) -> Spelled {
    let home = tempfile::tempdir().unwrap();
    let no_system = home.path().join("no-system-dictionaries");
    std::fs::create_dir_all(&no_system).unwrap();
    let mut draft = toml::Table::new();
    draft.insert("schema_version".into(), 1.into());
    draft.insert("template".into(), template_of(language).into());
    let mut answers = toml::Table::new();
    answers.insert("problem".into(), text.into());
    draft.insert("answers".into(), answers.into());
    let path = home.path().join("story.toml");
    std::fs::write(&path, toml::to_string(&draft).unwrap()).unwrap();
    let output = common::povestitor(home.path())
        .env("POVESTITOR_SYSTEM_DICTIONARIES", &no_system)
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", common::stderr_of(&output)));
    let chars: Vec<char> = text.chars().collect();
    let mut spelled = Spelled {
        warnings: Vec::new(),
        names: Vec::new(),
    };
    for finding in report["findings"].as_array().unwrap() {
        if finding["rule"] != "spelling" {
            continue;
        }
        if let Some(names) = finding["names"].as_array() {
            spelled
                .names
                .extend(names.iter().map(|n| n.as_str().unwrap().to_string()));
        }
        if finding["severity"] != "warning" {
            continue;
        }
        let start = finding["start"].as_u64().unwrap() as usize;
        let end = finding["end"].as_u64().unwrap() as usize;
        let word: String = chars[start..end].iter().collect();
        let suggestions = finding["suggestions"]
            .as_array()
            .expect("a misspelling has its suggestions")
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            finding["fix"].as_str(),
            finding["suggestions"][0].as_str(),
            "the first suggestion is the fix"
        );
        spelled.warnings.push((word, suggestions));
    }
    spelled
}

#[derive(serde::Deserialize)]
struct Truth {
    slip: Vec<Slip>,
}

#[derive(serde::Deserialize)]
struct Slip {
    text: String,
    word: String,
    right: String,
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

#[test]
fn on_real_stories_warnings_are_real_slips_and_carry_the_right_word() {
    let truth: Truth =
        toml::from_str(&std::fs::read_to_string(fixtures().join("slips.toml")).unwrap()).unwrap();
    let mut texts: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    texts.sort();
    let (mut words, mut warnings, mut real, mut flagged, mut first, mut top3) = (0, 0, 0, 0, 0, 0);
    let mut wrong = Vec::new();
    let mut missed = Vec::new();
    let mut unsuggested = Vec::new();
    for name in &texts {
        let text = std::fs::read_to_string(fixtures().join(name)).unwrap();
        words += text.split_whitespace().count();
        let language = &name[..2];
        let slips: Vec<&Slip> = truth.slip.iter().filter(|s| &s.text == name).collect();
        let spelled = spell(language, &text);
        println!("{name}: names to check: {:?}", spelled.names);
        for (word, _) in &spelled.warnings {
            warnings += 1;
            if slips.iter().any(|s| &s.word == word) {
                real += 1;
            } else {
                wrong.push(format!("{name}: {word}"));
            }
        }
        for slip in &slips {
            let Some((_, suggestions)) = spelled.warnings.iter().find(|(w, _)| *w == slip.word)
            else {
                missed.push(format!("{name}: {}", slip.word));
                continue;
            };
            flagged += 1;
            if suggestions.first() == Some(&slip.right) {
                first += 1;
            }
            if suggestions.iter().take(3).any(|s| *s == slip.right) {
                top3 += 1;
            } else {
                unsuggested.push(format!(
                    "{} → {} (got {suggestions:?})",
                    slip.word, slip.right
                ));
            }
        }
    }
    let slips = truth.slip.len();
    println!(
        "{} texts, {words} words, {slips} deliberate slips",
        texts.len()
    );
    println!(
        "precision: {real} of {warnings} spelling warnings are real slips ({:.0} %)",
        percent(real, warnings)
    );
    println!(
        "recall: {flagged} of {slips} slips flagged ({:.0} %)",
        percent(flagged, slips)
    );
    println!(
        "suggestions: the right word first for {first}, among the first three for {top3} of {flagged} ({:.0} %)",
        percent(top3, flagged)
    );
    println!("warnings on right words: {wrong:?}");
    println!("slips not flagged: {missed:?}");
    println!("right word not suggested: {unsuggested:?}");
    assert!(slips >= 30 && words >= 1400, "{slips} slips, {words} words");
    assert!(percent(real, warnings) >= 80.0, "precision: {wrong:?}");
    assert!(percent(flagged, slips) >= 90.0, "recall: {missed:?}");
    assert!(
        percent(top3, flagged) >= 85.0,
        "suggestions: {unsuggested:?}"
    );
}

/// Forty correct words a Moldovan librarian writes (districts, towns, programmes, the
/// sector's words, in their inflected forms), each in a sentence of its language.
const PROBE: &[(&str, &str, &str)] = &[
    ("ro", "Hîncești", "Am fost ieri la Hîncești, la o ședință."),
    ("ro", "Sîngerei", "Colegii din Sîngerei au venit cu cărți."),
    (
        "ro",
        "Ceadîr-Lunga",
        "Biblioteca din Ceadîr-Lunga are un club nou.",
    ),
    (
        "ro",
        "Găgăuziei",
        "Bibliotecarii Găgăuziei s-au întâlnit la Comrat.",
    ),
    ("ro", "Edineț", "Festivalul a avut loc la Edineț în mai."),
    (
        "ro",
        "Soroca",
        "Soroca are o cetate veche și o bibliotecă mare.",
    ),
    (
        "ro",
        "Basarabeasca",
        "Din Basarabeasca au venit trei bibliotecare.",
    ),
    (
        "ro",
        "Dondușeni",
        "Școala din Dondușeni a primit calculatoare.",
    ),
    ("ro", "Șoldănești", "Am vizitat o filială din Șoldănești."),
    (
        "ro",
        "Căușeni",
        "Cititorii din Căușeni au scris o scrisoare.",
    ),
    (
        "ro",
        "Novateca",
        "Programul Novateca a schimbat bibliotecile.",
    ),
    ("ro", "Novatecii", "Echipa Novatecii ne-a ajutat mult."),
    (
        "ro",
        "trainingul",
        "După trainingul de vineri am plecat acasă.",
    ),
    ("ro", "traininguri", "Am avut două traininguri în martie."),
    ("ro", "formabilii", "Toți formabilii au primit diplome."),
    ("ro", "webinarul", "Am urmărit webinarul de joi."),
    (
        "ro",
        "workshopul",
        "La workshopul de ieri au fost 20 de oameni.",
    ),
    (
        "ro",
        "mentoratul",
        "Pentru noi, mentoratul a fost cel mai util.",
    ),
    (
        "ro",
        "storytelling",
        "Am învățat tehnici de storytelling pentru copii.",
    ),
    (
        "ro",
        "advocacy",
        "Campania de advocacy a convins consiliul.",
    ),
    (
        "ru",
        "Оргеева",
        "Библиотекари из Оргеева приехали на семинар.",
    ),
    ("ru", "Комрата", "Жители Комрата пришли на встречу."),
    ("ru", "Гагаузии", "В библиотеках Гагаузии открылись курсы."),
    ("ru", "Кагуле", "Мы были в Кагуле на прошлой неделе."),
    ("ru", "Бельцах", "В Бельцах открыли новый читальный зал."),
    ("ru", "Унгенах", "Конференция прошла в Унгенах."),
    ("ru", "Сороках", "Летом мы работали в Сороках."),
    ("ru", "примэрия", "Наша примэрия оплатила ремонт."),
    ("ru", "примэрии", "Мы получили помощь от примэрии."),
    ("ru", "примар", "На открытие пришёл примар села."),
    ("ru", "вебинар", "Библиотекари посмотрели вебинар о чтении."),
    ("ru", "Новатека", "Программа Новатека помогла библиотекам."),
    ("en", "Bălți", "We visited the library in Bălți last week."),
    ("en", "Chișinău", "The training took place in Chișinău."),
    ("en", "Cahul", "Librarians from Cahul joined the course."),
    ("en", "Orhei", "The new reading room in Orhei is open."),
    (
        "en",
        "Novateca",
        "The Novateca programme trained librarians.",
    ),
    ("en", "webinar", "Everyone watched the webinar together."),
    ("en", "makerspace", "The makerspace is open on Saturdays."),
    (
        "en",
        "Gagauzia",
        "Libraries in Gagauzia joined the network.",
    ),
];

#[test]
fn forty_moldovan_names_and_sector_words_are_rarely_flagged() {
    assert_eq!(PROBE.len(), 40);
    let mut flagged = Vec::new();
    for language in ["ro", "ru", "en"] {
        let probe: Vec<&(&str, &str, &str)> =
            PROBE.iter().filter(|(l, _, _)| *l == language).collect();
        let text: Vec<&str> = probe.iter().map(|(_, _, sentence)| *sentence).collect();
        let spelled = spell(language, &text.join(" "));
        let named: BTreeSet<String> = spelled
            .warnings
            .iter()
            .map(|(w, _)| w.clone())
            .chain(spelled.names.iter().cloned())
            .collect();
        for (_, word, _) in probe {
            // A compound is flagged when any of its parts is.
            if word.split('-').any(|part| named.contains(part)) || named.contains(*word) {
                flagged.push(*word);
            }
        }
    }
    println!(
        "probe: {} of {} correct names and sector words flagged (a warning or the names tip): {flagged:?}",
        flagged.len(),
        PROBE.len()
    );
    assert!(flagged.len() <= 4, "{flagged:?}");
}
