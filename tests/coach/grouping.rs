//! The coach on texts like the ones Moldovan libraries write (issue #22): a slip found in
//! many places is one finding that says how many, with one fix for all; each slip kind is
//! found with the right fix and its look-alike correct forms are left alone; sentences
//! with abbreviations and initials are measured whole; the story's language, not the
//! interface's, decides the advice. Through the library, the wizard and the real binary.

use std::collections::BTreeSet;

use crate::common::{self, spanned, test_speller};
use crate::wizard;
use povestitor::coach::{
    self, Finding, FindingKind, Report, RuleId, Severity, apply_fix, spelling::KnownWords,
};
use povestitor::i18n::{Catalog, Lang};
use povestitor::service::describe;
use povestitor::story::{Draft, Item};
use povestitor::template::Template;

/// A small template in `lang` whose rules are all on.
fn template(lang: &str) -> Template {
    let text = format!(
        r#"
id = "grouping-{lang}"
name = "Grouping"
language = "{lang}"

[[layouts]]
id = "blog"
name = "Blog"

[[steps]]
id = "title"
title = "Title"
prompt = "?"
kind = "line"

[[steps]]
id = "story"
title = "Story"
prompt = "?"
kind = "text"

[[steps]]
id = "more"
title = "More"
prompt = "?"
kind = "text"

[[steps]]
id = "quotes"
title = "Quotes"
prompt = "?"
kind = "quotes"

[coach]
sentence_max_words = 30
"#
    );
    toml::from_str(&text).expect("the test template parses")
}

fn draft(template: &Template, story: &str) -> Draft {
    let mut draft = Draft::new(template);
    draft.meta.date = "2026-11-25".into();
    draft.answers.set_text("title", "O zi la bibliotecă".into());
    draft.answers.set_text("story", story.into());
    draft
}

fn check(lang: &str, story: &str) -> Report {
    let template = template(lang);
    coach::check(&template, &draft(&template, story))
}

/// The findings about the story step, as (kind, the first span's text, fix, count).
fn about_story(report: &Report, story: &str) -> Vec<(FindingKind, String, Option<String>, usize)> {
    report
        .findings
        .iter()
        .filter(|f| f.step_id.as_deref() == Some("story") && f.span.is_some())
        .map(|f| (f.kind.clone(), spanned(story, f), f.fix.clone(), f.count()))
        .collect()
}

/// `story` with every fix the coach offers applied, one finding at a time, as a
/// librarian pressing the fix key would.
fn fix_all(lang: &str, story: &str) -> String {
    let template = template(lang);
    let mut text = story.to_string();
    for _ in 0..50 {
        let report = coach::check(&template, &draft(&template, &text));
        let Some(f) = report
            .findings
            .iter()
            .find(|f| f.step_id.as_deref() == Some("story") && f.fix.is_some())
        else {
            return text;
        };
        text = apply_fix(&text, f).expect("the fix applies");
    }
    panic!("the fixes never end: {text}");
}

/// A Romanian library's news item with the slips the issue measured.
const RO_SLIPS: &str = "Biblioteca publică din mun.Bălți a organizat, în colaborare cu \
compania ,,Inițiativa”, un atelier pentru vârstnici. Participanţii au învăţat să folosească \
telefonul,să scrie mesaje şi să citească ştiri pe portalul APL-lui. Reprezentantul ONG-lui a \
spus: „ Nu ne oprim aici ”. Sala de lectură se află visa-vis de primărie.";

/// A Russian one.
const RU_SLIPS: &str = "В гостях у читателей был Николай Курдогло-гагаузский писатель и поэт. \
Его последняя книга вышла в 2020г.Автор предисловия считает, что поэт является.Труд всей его \
жизни , словарь , издан в Комрате.";

#[test]
fn each_slip_of_a_romanian_text_is_found_once_with_its_fix() {
    let found = about_story(&check("ro", RO_SLIPS), RO_SLIPS);
    let kinds: Vec<(FindingKind, &str, Option<&str>, usize)> = found
        .iter()
        .map(|(k, s, f, n)| (k.clone(), s.as_str(), f.as_deref(), *n))
        .collect();
    use FindingKind::*;
    assert_eq!(
        kinds,
        [
            // Four cedilla letters: one finding, four places.
            (Cedilla, "ţ", Some("ț"), 4),
            (SpaceAfter { mark: '.' }, ".", Some(". "), 1),
            (SpaceAfter { mark: ',' }, ",", Some(", "), 1),
            (CommaQuote { quote: '„' }, ",,", Some("„"), 1),
            // „ Nu ne oprim aici ”: the space after the opening mark and before the closing.
            (SpaceInsideQuotes, " ", Some(""), 2),
            (
                WordForm {
                    word: "APL-lui".into(),
                    better: "APL-ului".into()
                },
                "lui",
                Some("ului"),
                1
            ),
            (
                WordForm {
                    word: "ONG-lui".into(),
                    better: "ONG-ului".into()
                },
                "lui",
                Some("ului"),
                1
            ),
            (
                WordForm {
                    word: "visa-vis".into(),
                    better: "vizavi".into()
                },
                "visa-vis",
                Some("vizavi"),
                1
            ),
        ],
        "{found:#?}"
    );
    // Every fix applied: the text as an editor would write it, and nothing left to say.
    assert_eq!(
        fix_all("ro", RO_SLIPS),
        "Biblioteca publică din mun. Bălți a organizat, în colaborare cu compania „Inițiativa”, \
         un atelier pentru vârstnici. Participanții au învățat să folosească telefonul, să scrie \
         mesaje și să citească știri pe portalul APL-ului. Reprezentantul ONG-ului a spus: „Nu ne \
         oprim aici”. Sala de lectură se află vizavi de primărie."
    );
}

#[test]
fn each_slip_of_a_russian_text_is_found_with_its_fix() {
    let found = about_story(&check("ru", RU_SLIPS), RU_SLIPS);
    let kinds: Vec<(FindingKind, &str, Option<&str>, usize)> = found
        .iter()
        .map(|(k, s, f, n)| (k.clone(), s.as_str(), f.as_deref(), *n))
        .collect();
    use FindingKind::*;
    assert_eq!(
        kinds,
        [
            // " , словарь , ": two spaces before a comma, one finding.
            (SpaceBefore { mark: ',' }, " ", Some(""), 2),
            (SpaceAfter { mark: '.' }, ".", Some(". "), 2),
            (HyphenForDash { dash: '—' }, "-", Some(" — "), 1),
        ],
        "{found:#?}"
    );
    let text = fix_all("ru", RU_SLIPS);
    assert!(text.contains("Курдогло — гагаузский писатель"), "{text}");
    assert!(
        text.contains("2020г. Автор") && text.contains("является. Труд"),
        "{text}"
    );
}

#[test]
fn a_space_on_the_wrong_side_of_a_mark_moves_in_one_fix() {
    for (typed, mended) in [
        (
            "Am adus cărți ,reviste și ziare.",
            "Am adus cărți, reviste și ziare.",
        ),
        ("Am venit .Apoi am plecat.", "Am venit. Apoi am plecat."),
        (
            "Am salvat fișiere .docx și poze.",
            "Am salvat fișiere.docx și poze.",
        ),
        ("Costă 1 ,5 lei.", "Costă 1,5 lei."),
    ] {
        let report = check("ro", typed);
        let spaces: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::TypographySpaces)
            .collect();
        assert_eq!(spaces.len(), 1, "{typed}: {:#?}", report.findings);
        assert_eq!(apply_fix(typed, spaces[0]).unwrap(), mended);
        assert_eq!(fix_all("ro", typed), mended);
    }
}

#[test]
fn the_look_alike_correct_forms_are_left_alone() {
    let fine = [
        (
            "ro",
            "Din Ceadîr-Lunga au venit 12 cititori la programul social-cultural din mun. Bălți. \
             Atelierul a durat 3.5 ore și a costat 1,5 lei de persoană, la ora 10:30. Scrieți-ne \
             la info@bmb.md sau pe www.bnrm.md/carte, vedeți și fișierul Raport.Final.docx. Am \
             citit cărți, reviste ș.a. despre A.S. Pușkin și E. Coșeriu. Primăria a promis a lua \
             măsuri. Reprezentanții ONG-ului și ONG-urile partenere au spus „Nu” și «da». \
             Biblioteca «Onisifor Ghibu» din or. Chișinău, str. Ștefan cel Mare nr. 5. \
             Internet-ul nu ajunge în s. Copceac, r-nul Ceadîr-Lunga.",
        ),
        (
            "ru",
            "Кое-что изменилось: северо-западный ветер принёс дождь. Северо-западный район \
             получил книги, т.е. 40 новых изданий. Кто-нибудь из читателей зайдёт в \
             интернет-магазин. Библиотека им. Пушкина в г. Бельцы, ул. Ленина, 7. Поэт К. Келеша \
             читал «Родину» и „детские“ стихи. Ростов-на-Дону далеко. Экс-чемпион пришёл.",
        ),
        (
            "en",
            "Mr. Smith and Dr. Brown met at St. Mary's, e.g. at 10:30. Write to info@library.md \
             or visit www.templates.md. It cost 3.5 lei. The well-known writer came; it was \
             “great”.",
        ),
    ];
    for (lang, text) in fine {
        let report = check(lang, text);
        assert!(
            report.findings.is_empty(),
            "{lang}: {:#?}",
            about_story(&report, text)
        );
    }
}

/// One sentence of `words`.
fn sentence_of(words: &[&str]) -> String {
    words.join(" ")
}

#[test]
fn long_sentences_with_abbreviations_and_initials_are_measured_whole() {
    let cases = [
        (
            "ro",
            sentence_of(&[
                "Biblioteca",
                "publică",
                "din",
                "s.",
                "Copceac,",
                "r-nul",
                "Ceadîr-Lunga,",
                "împreună",
                "cu",
                "biblioteca",
                "din",
                "or.",
                "Comrat",
                "și",
                "cu",
                "filiala",
                "de",
                "pe",
                "str.",
                "Pușkin",
                "nr.",
                "12",
                "din",
                "mun.",
                "Chișinău,",
                "a",
                "pregătit",
                "o",
                "expoziție",
                "despre",
                "lingvistul",
                "E.",
                "Coșeriu",
                "și",
                "despre",
                "poetul",
                "A.S.",
                "Pușkin",
                "pentru",
                "toți",
                "cititorii",
                "ei",
                "tineri.",
            ]),
        ),
        (
            "ru",
            sentence_of(&[
                "Библиотека",
                "им.",
                "Пушкина",
                "в",
                "г.",
                "Бельцы",
                "на",
                "ул.",
                "Ленина",
                "вместе",
                "с",
                "библиотекой",
                "из",
                "с.",
                "Копчак",
                "подготовила",
                "выставку",
                "о",
                "гагаузском",
                "поэте",
                "К.",
                "Келеша",
                "и",
                "о",
                "писателе",
                "Н.",
                "Курдогло",
                "для",
                "всех",
                "своих",
                "молодых",
                "и",
                "взрослых",
                "читателей.",
            ]),
        ),
        (
            "en",
            sentence_of(&[
                "The",
                "library",
                "on",
                "St.",
                "Mary",
                "Street",
                "and",
                "Dr.",
                "Brown's",
                "reading",
                "club",
                "prepared",
                "an",
                "exhibition",
                "about",
                "the",
                "poet",
                "A.S.",
                "Pushkin",
                "and",
                "about",
                "Mr.",
                "Smith's",
                "letters,",
                "e.g.",
                "those",
                "from",
                "his",
                "first",
                "years",
                "abroad.",
            ]),
        ),
    ];
    for (lang, text) in cases {
        let words = povestitor::text::word_count(&text);
        assert!(words > 30, "{lang}: {words} words");
        let report = check(lang, &text);
        let long: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::LongSentence)
            .collect();
        assert_eq!(long.len(), 1, "{lang}: {:#?}", report.findings);
        assert_eq!(
            long[0].kind,
            FindingKind::LongSentence { words, max: 30 },
            "{lang}: measured whole"
        );
        assert_eq!(spanned(&text, long[0]), text);
        let stats = &report.readability.steps[1].1;
        assert_eq!(
            (stats.sentences, stats.longest_sentence),
            (1, words),
            "{lang}"
        );
    }
    // The same abbreviation in another language's story is a word that ends a sentence.
    let report = check("en", "We went to mun. Then we came back home.");
    assert_eq!(report.readability.steps[1].1.sentences, 2);
}

#[test]
fn repeats_are_one_finding_that_says_how_many() {
    // Ten cedillas, nine double spaces in one step.
    let text = "Aşa  a fost şi  aşa va fi: ştiinţa  şi  arta  la  bibliotecă  în  ţară.\n\
                Şcoala şi biblioteca ţin  legătura.";
    let report = check("ro", text);
    let cedilla: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::TypographyCedilla)
        .collect();
    assert_eq!(cedilla.len(), 1, "{:#?}", report.findings);
    assert_eq!(cedilla[0].count(), 10);
    let fixed = apply_fix(text, cedilla[0]).unwrap();
    assert!(!fixed.contains(['ş', 'ţ', 'Ş', 'Ţ']), "{fixed}");
    assert_eq!(fixed.chars().count(), text.chars().count());
    let doubles: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::DoubleSpace)
        .collect();
    assert_eq!(doubles.len(), 1);
    assert_eq!(doubles[0].count(), 9);
    let fixed = apply_fix(text, doubles[0]).unwrap();
    assert!(!fixed.contains("  "), "{fixed}");
    // Said once, with the count, in every interface language.
    for (lang, count) in [
        (Lang::Ro, "(×10)"),
        (Lang::En, "(×10)"),
        (Lang::Ru, "(×10)"),
    ] {
        let said = describe(cedilla[0], &Catalog::new(lang));
        assert!(said.ends_with(count), "{said}");
    }
    // A quote's field is a text of its own: its repeats are its own finding.
    let template = template("ro");
    let mut draft = draft(&template, "Aşa.");
    draft.answers.set_items(
        "quotes",
        vec![
            Item::default()
                .with("text", "Aşa şi aşa.")
                .with("author", "Ana Ţurcan")
                .with("role", "cititoare")
                .with("consent", "yes"),
        ],
    );
    let report = coach::check(&template, &draft);
    let places: Vec<(Option<usize>, Option<&str>, usize)> = report
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::TypographyCedilla)
        .map(|f| (f.item, f.field, f.count()))
        .collect();
    assert_eq!(
        places,
        [
            (None, None, 1),
            (Some(1), Some("text"), 3),
            (Some(1), Some("author"), 1)
        ]
    );
}

#[test]
fn an_unknown_word_is_flagged_once_and_glued_halves_are_spelled() {
    let speller = test_speller();
    let mut template = template("ro");
    template.coach.off = vec![RuleId::LongSentence];
    let text = "Copiii vin la bibliotecra. Apoi bibliotecra e plină.Cartz e bună.";
    let draft = draft(&template, text);
    let personal = KnownWords::new();
    let spelling = coach::Spelling {
        speller: &speller,
        personal: &personal,
    };
    let report = coach::check_with(&template, &draft, Some(spelling));
    let slips: Vec<(String, usize)> = report
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::Spelling && f.step_id.as_deref() == Some("story"))
        .map(|f| (spanned(text, f), f.count()))
        .collect();
    // "plină.Cartz": the missing space is found, and "Cartz" is spelled on its own.
    assert!(slips.contains(&("bibliotecra".to_string(), 2)), "{slips:?}");
    assert!(slips.contains(&("Cartz".to_string(), 1)), "{slips:?}");
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::SpaceAfter { mark: '.' })
    );
    // The wizard's spelling of one step says the same.
    let step = coach::spell_step(&template, &draft, "story", spelling);
    let wizard: Vec<&Finding> = step.iter().collect();
    let whole: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::Spelling && f.step_id.as_deref() == Some("story"))
        .collect();
    assert_eq!(wizard, whole);
}

/// Every finding of `report` as each interface says it.
fn sentences(report: &Report) -> Vec<String> {
    let mut said = Vec::new();
    for lang in [Lang::Ro, Lang::En, Lang::Ru] {
        let catalog = Catalog::new(lang);
        said.extend(report.findings.iter().map(|f| describe(f, &catalog)));
    }
    said
}

#[test]
fn no_two_findings_repeat_each_other_word_for_word() {
    let speller = test_speller();
    let personal = KnownWords::new();
    let texts = [
        ("ro", RO_SLIPS.to_string()),
        ("ru", RU_SLIPS.to_string()),
        (
            "ro",
            format!("{RO_SLIPS}\n{RO_SLIPS}\nCartz  cartz  cartz."),
        ),
        ("ru", format!("{RU_SLIPS} {RU_SLIPS}")),
        (
            "en",
            "The the club met  Mr.Smith. The \"Friends\" club ,and the \"Readers\"  grew.".into(),
        ),
    ];
    for (lang, text) in texts {
        let template = template(lang);
        let mut draft = draft(&template, &text);
        draft.answers.set_text("more", text.clone());
        let spelling = coach::Spelling {
            speller: &speller,
            personal: &personal,
        };
        let report = coach::check_with(&template, &draft, Some(spelling));
        assert!(report.findings.len() > 3, "{lang}: {:#?}", report.findings);
        let said = sentences(&report);
        let unique: BTreeSet<&String> = said.iter().collect();
        assert_eq!(unique.len(), said.len(), "{lang}: {said:#?}");
    }
}

#[test]
fn the_story_s_language_decides_the_quotes_advice_and_the_interface_words_it() {
    let report = check("ru", "Клуб \"Друзья книги\" вырос.");
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::TypographyQuotes)
        .expect("straight quotes");
    assert_eq!(
        f.kind,
        FindingKind::StraightQuotes {
            language: "ru".into()
        }
    );
    assert_eq!(f.fix.as_deref(), Some("«Друзья книги»"));
    let ro = describe(f, &Catalog::new(Lang::Ro));
    assert!(ro.contains("«так»") && ro.contains("ghilimele"), "{ro}");
    assert!(!ro.contains("„așa”"), "{ro}");
    let en = describe(f, &Catalog::new(Lang::En));
    assert!(en.contains("«так»") && en.contains("Russian"), "{en}");
    // A Romanian story in a Russian interface: „așa”.
    let report = check("ro", "Clubul \"Prietenii cărții\" a crescut.");
    let f = &report.findings[0];
    let ru = describe(f, &Catalog::new(Lang::Ru));
    assert!(ru.contains("„așa”") && ru.contains("кавычки"), "{ru}");
    // ,, opens a quotation with the story's own mark.
    let report = check("ru", "Клуб ,,Друзья книги” вырос.");
    let f = report
        .findings
        .iter()
        .find(|f| matches!(f.kind, FindingKind::CommaQuote { .. }))
        .expect("commas for a quote");
    assert_eq!(f.fix.as_deref(), Some("«"));
    // Glued to the word before, the fix brings the space back.
    let text = "compania,,Inițiativa” a ajutat.";
    let report = check("ro", text);
    let f = &report.findings[0];
    assert_eq!(
        apply_fix(text, f).unwrap(),
        "compania „Inițiativa” a ajutat."
    );
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn check_shows_an_excerpt_and_the_json_lists_every_place() {
    use common::{copy_example, povestitor, stdout_of};
    let home = tempfile::tempdir().unwrap();
    let draft = copy_example("success-story", home.path());
    let text = std::fs::read_to_string(&draft).unwrap();
    let text = text.replacen(
        "problem = \"\"\"",
        "problem = \"\"\"Aşa am văzut, şi  aşa  am scris. ",
        1,
    );
    std::fs::write(&draft, text).unwrap();
    let out = povestitor(home.path())
        .args(["--lang", "en", "check"])
        .arg(&draft)
        .output()
        .unwrap();
    let printed = stdout_of(&out);
    let cedilla = printed
        .lines()
        .position(|l| l.contains("cedilla") && l.ends_with("(×3)"))
        .unwrap_or_else(|| panic!("one line for three cedillas:\n{printed}"));
    let excerpt = printed.lines().nth(cedilla + 1).unwrap();
    assert!(
        excerpt.trim_start().starts_with("A[ş]a am văzut, şi  aşa"),
        "{printed}"
    );
    assert_eq!(
        printed.lines().filter(|l| l.contains("cedilla")).count(),
        1,
        "{printed}"
    );

    let out = povestitor(home.path())
        .args(["--lang", "en", "check", "--format", "json"])
        .arg(&draft)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let cedilla = findings
        .iter()
        .find(|f| f["rule"] == "typography-cedilla")
        .expect("the cedillas");
    assert_eq!(
        (cedilla["start"].as_u64(), cedilla["end"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(cedilla["count"], 3);
    let places: Vec<(u64, u64, &str)> = cedilla["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["start"].as_u64().unwrap(),
                p["end"].as_u64().unwrap(),
                p["fix"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(places, [(1, 2, "ș"), (14, 15, "ș"), (19, 20, "ș")]);
    let doubles = findings
        .iter()
        .find(|f| f["rule"] == "typography-spaces")
        .unwrap();
    assert_eq!(doubles["count"], 2);
}

#[test]
fn the_next_finding_key_visits_each_place_and_the_fix_mends_them_all_in_one_edit() {
    use povestitor::tui::msg::{Code, Key};
    use povestitor::tui::widgets::Editor;
    let dir = tempfile::tempdir().unwrap();
    let mut w = wizard::Wizard::new_story(dir.path(), &dir.path().join("g.toml"));
    // The problem step: three cedillas.
    w.keys(&[Key::alt(Code::Char('3'))]);
    w.typed("Aşa a fost şi aşa va fi.");
    let cedilla = |f: &Finding| f.kind == FindingKind::Cedilla;
    let mut cursors = Vec::new();
    for _ in 0..40 {
        w.keys(&[Key::ctrl(Code::Char('e'))]);
        let session = w.app.session.as_ref().unwrap();
        if session.selected.as_ref().is_some_and(cedilla) {
            let Editor::Text(field) = &session.editor else {
                panic!("a text step");
            };
            cursors.push(field.cursor());
        } else if !cursors.is_empty() {
            break;
        }
    }
    assert_eq!(cursors, [(0, 1), (0, 11), (0, 15)], "each place in turn");
    // Back on the finding, the fix key mends every place in one edit.
    let session = w.app.session.as_ref().unwrap();
    assert!(!session.selected.as_ref().is_some_and(cedilla));
    for _ in 0..40 {
        let session = w.app.session.as_ref().unwrap();
        if session.selected.as_ref().is_some_and(cedilla) {
            break;
        }
        w.keys(&[Key::ctrl(Code::Char('e'))]);
    }
    w.keys(&[Key::ctrl(Code::Char('r'))]);
    assert_eq!(
        w.draft().answers.text("problem"),
        "Așa a fost și așa va fi."
    );
    w.keys(&[Key::ctrl(Code::Char('z'))]);
    assert_eq!(
        w.draft().answers.text("problem"),
        "Aşa a fost şi aşa va fi."
    );
}
