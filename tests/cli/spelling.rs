//! Spelling: a small dictionary kept with the tests, then Debian's ro/ru/en Hunspell ones.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::common;
use povestitor::coach::spelling::{
    Dictionaries, KnownWords, PersonalWords, Slip, SlipKind, Speller, SpellerCache, SpellerStatus,
};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries")
}

fn small() -> Speller {
    let files = Dictionaries::find_in("xx", &[fixtures()]).expect("the test dictionary");
    Speller::load(&files)
        .expect("the test dictionary loads")
        .with_language("ro")
}

fn check(speller: &Speller, text: &str) -> Vec<Slip> {
    speller.check(text, &KnownWords::new())
}

/// The character span of the first `word` in `text`, counted by hand from the bytes.
fn span(text: &str, word: &str) -> (usize, usize) {
    let byte = text.find(word).expect("the word is in the text");
    let start = text[..byte].chars().count();
    (start, start + word.chars().count())
}

fn misspelt(text: &str, word: &str) -> Slip {
    let (start, end) = span(text, word);
    Slip {
        start,
        end,
        word: word.to_string(),
        kind: SlipKind::Misspelt,
    }
}

/// An unknown capitalised word inside a sentence: a name to check, not a mistake.
fn name(text: &str, word: &str) -> Slip {
    Slip {
        kind: SlipKind::Name,
        ..misspelt(text, word)
    }
}

fn old(text: &str, word: &str, modern: &str) -> Slip {
    Slip {
        kind: SlipKind::OldSpelling {
            modern: modern.to_string(),
        },
        ..misspelt(text, word)
    }
}

#[test]
fn a_misspelling_after_multibyte_letters_has_its_character_span() {
    let text = "În școală, țară și știință: librarul a citit cartza cu copiii.";
    let slips = check(&small(), text);
    assert_eq!(slips, [misspelt(text, "cartza"), misspelt(text, "copiii")]);
    // 45 characters precede the slip, 54 bytes.
    assert_eq!((slips[0].start, slips[0].end), (45, 51));
}

#[test]
fn comma_below_and_mended_cedilla_words_pass() {
    let speller = small();
    assert!(check(&speller, "Școală, țară, știință, orașul, învățătoare.").is_empty());
    assert!(check(&speller, "Şcoală, ţară, ştiinţă, oraşul, învăţătoare.").is_empty());
    // The span of a slip stays on the cedilla text as typed.
    let text = "Şcoală ţarra";
    assert_eq!(check(&speller, text), [misspelt(text, "ţarra")]);
}

#[test]
fn affixes_capitals_and_hyphenated_forms() {
    let speller = small();
    assert_eq!(
        check(
            &speller,
            "Biblioteca și cititori, cititorul. Povestea a venit într-o zi, nevenit s-a citit."
        ),
        []
    );
    let text = "Într-un oraș";
    // `Într-un` is not in the small dictionary, nor are its parts: each is flagged alone.
    assert_eq!(
        check(&speller, text),
        [misspelt(text, "Într"), misspelt(text, "un")]
    );
    let text = "copil-cititorr";
    assert_eq!(check(&speller, text), [misspelt(text, "cititorr")]);
}

#[test]
fn known_names_and_personal_words_are_not_flagged() {
    let speller = small();
    let text = "Ion Ceban a citit la Lecturiada.";
    assert_eq!(
        check(&speller, text),
        // The first word of a sentence may be any word: a mistake; the others, names.
        [
            misspelt(text, "Ion"),
            name(text, "Ceban"),
            name(text, "Lecturiada")
        ]
    );

    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("words.txt");
    let mut personal = PersonalWords::load(&path).expect("no list yet");
    personal.add("lecturiada");
    personal.save().expect("saved");
    let personal = PersonalWords::load(&path).expect("read back");

    let mut known: KnownWords = ["ION CEBAN"].into_iter().collect();
    known.add_personal(&personal);
    assert!(speller.check(text, &known).is_empty());
}

#[test]
fn moldovan_inner_i_is_an_old_spelling_with_its_modern_form() {
    let text = "Sînt vîrstnici pînă la 90 de ani; sîntem, sînteţi, câte; îi întîmpină neîntrerupt.";
    let slips = check(&small(), text);
    assert_eq!(
        slips,
        [
            old(text, "Sînt", "Sunt"),
            old(text, "vîrstnici", "vârstnici"),
            old(text, "pînă", "până"),
            old(text, "sîntem", "suntem"),
            old(text, "sînteţi", "sunteți"),
            old(text, "întîmpină", "întâmpină"),
        ]
    );
    // A word with `î` whose modern form is unknown too is an ordinary mistake.
    let text = "cîtva";
    assert_eq!(check(&small(), text), [misspelt(text, "cîtva")]);
}

#[test]
fn numbers_links_addresses_and_abbreviations_are_skipped() {
    let text = "Din 2024, 15-20 copii la BMB și ONG-uri, USAID, în mun. Bălți, str. Florilor \
                nr. 3, www.bmb.md, https://bmb.md/povesti?id=7, info@bmb.md, cărți ș.a.m.d. \
                etc. O x.";
    assert_eq!(
        check(&small(), text),
        [name(text, "Bălți"), name(text, "Florilor")]
    );
}

#[test]
fn the_cache_loads_once_and_answers_without_blocking() {
    let cache = SpellerCache::new(vec![fixtures()]);
    assert!(matches!(cache.status("xx"), SpellerStatus::NotStarted));
    assert!(cache.ready("xx").is_none());
    cache.warm("xx");
    let speller = cache.get("xx").expect("loads");
    let again = cache.ready("xx_TEST").expect("ready now");
    assert!(Arc::ptr_eq(&speller, &again));
    assert!(matches!(cache.status("xx"), SpellerStatus::Ready(_)));

    let missing = cache.get("zz").expect_err("no such dictionary");
    assert!(missing.to_string().contains("zz"), "{missing}");
    assert!(matches!(cache.status("zz"), SpellerStatus::Unavailable(_)));
}

// --- Debian's dictionaries (`.ci/run` installs hunspell-ro, hunspell-ru, hunspell-en-us) ---

/// The system speller for `language`, loaded once for all tests; `None` (the test is
/// skipped with a note) when the dictionary is not installed, except under CI.
fn system(language: &str) -> Option<Arc<Speller>> {
    static CACHE: OnceLock<SpellerCache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| SpellerCache::new(Vec::new()));
    match cache.get(language) {
        Ok(speller) => Some(speller),
        Err(error) => {
            common::needs(&format!("the system's dictionary ({error})"), false);
            None
        }
    }
}

#[test]
fn debian_romanian() {
    let Some(ro) = system("ro") else { return };
    let text = "Bibliotecra „Ion Creangă” din Bălți a primit cărți noi.";
    assert_eq!(check(&ro, text), [misspelt(text, "Bibliotecra")]);
    assert_eq!(span(text, "Bibliotecra"), (0, 11));

    let paragraph = "Într-o zi de toamnă, biblioteca din satul nostru s-a umplut de copii. \
                     Învățătoarea și părinții au venit împreună să asculte povești, iar bătrânii \
                     și-au amintit de cărțile citite în tinerețe. Nu-i așa că știința și cititul \
                     ne țin împreună? L-am întrebat pe bibliotecar câte cărți sunt în fond.";
    assert_eq!(check(&ro, paragraph), []);
    // The same paragraph typed with cedillas.
    let cedillas = paragraph
        .replace('ș', "ş")
        .replace('ț', "ţ")
        .replace('Ș', "Ş");
    assert_eq!(check(&ro, &cedillas), []);

    let text = "Cititorii vîrstnici au venit pînă la bibliotecă, sînt bucuroși.";
    assert_eq!(
        check(&ro, text),
        [
            old(text, "vîrstnici", "vârstnici"),
            old(text, "pînă", "până"),
            old(text, "sînt", "sunt"),
        ]
    );
}

#[test]
fn debian_russian() {
    let Some(ru) = system("ru") else { return };
    let text = "Библиатека провела встречу с читателями.";
    assert_eq!(check(&ru, text), [misspelt(text, "Библиатека")]);
    assert_eq!(
        check(
            &ru,
            "Библиотека провела встречу с читателями, и все остались довольны. Кое-что \
             мы подарили детям."
        ),
        []
    );
}

#[test]
fn debian_english() {
    let Some(en) = system("en") else { return };
    let text = "The libary welcomed forty readers.";
    assert_eq!(check(&en, text), [misspelt(text, "libary")]);
    assert_eq!(
        check(
            &en,
            "The library welcomed forty readers to a well-known reading club; they didn’t \
             want to leave."
        ),
        []
    );
}

// --- The dictionaries built into the program, with the field's words ---

fn built_in(language: &str) -> Speller {
    let source = povestitor::coach::spelling::DictionarySource::BuiltIn(
        povestitor::coach::spelling::BuiltIn::for_language(language).expect("built in"),
    );
    Speller::load_from(&source).expect("the built-in dictionary loads")
}

#[test]
fn moldovan_places_and_the_sectors_words_are_known_with_their_forms() {
    let ro = built_in("ro");
    let text = "Bibliotecarii din Soroca, Hîncești, Hâncești, Sîngerei și Ceadîr-Lunga au \
                venit la trainingul Novatecii. Au urmat traininguri, webinare și un workshop \
                de storytelling pentru formabili, cu mentorat de la ABRM și IREX.";
    assert_eq!(check(&ro, text), []);
    let ru = built_in("ru");
    let text = "Библиотекари из Оргеева и Комрата пришли в примэрию, примар их принял. В \
                Гагаузии и в Унгенах прошли вебинары программы Новатека.";
    assert_eq!(check(&ru, text), []);
    let en = built_in("en");
    let text = "Librarians from Bălți and Hîncești joined the Novateca webinar on advocacy.";
    assert_eq!(check(&en, text), []);
}

#[test]
fn a_taught_word_brings_its_forms() {
    let ro = built_in("ro");
    let text = "Finala Cartiadei a avut loc vineri.";
    assert_eq!(check(&ro, text), [name(text, "Cartiadei")]);
    let mut known = KnownWords::new();
    known.teach("Cartiada");
    assert_eq!(ro.check(text, &known), []);
    // Only the taught word's forms: another word is still unknown.
    let other = "Finala Cartiadoi a avut loc vineri.";
    assert_eq!(ro.check(other, &known), [name(other, "Cartiadoi")]);
}

#[test]
fn capitalised_unknown_words_are_names_and_surnames_keep_their_i() {
    let ro = built_in("ro");
    let text = "Furdui a venit primul. Doamna Furdui și domnul Pînzaru au citit.";
    let slips = check(&ro, text);
    assert!(slips.iter().all(|s| s.kind == SlipKind::Name), "{slips:?}");
    assert_eq!(slips.len(), 3);
}

#[test]
fn a_word_in_two_alphabets_is_flagged_with_its_one_alphabet_form() {
    let ru = built_in("ru");
    let text = "курсы румынcкой речи";
    assert_eq!(
        check(&ru, text),
        [Slip {
            kind: SlipKind::MixedAlphabets {
                fixed: Some("румынской".to_string())
            },
            ..misspelt(text, "румынcкой")
        }]
    );
    assert_eq!(ru.suggest("румынcкой"), ["румынской"]);
}

#[test]
fn misspellings_get_up_to_three_suggestions_the_likeliest_first() {
    let ro = built_in("ro");
    for (slip, right) in [
        ("evenementul", "evenimentul"),
        ("implimentării", "implementării"),
        ("dotorează", "datorează"),
        ("Administaţia", "Administrația"),
    ] {
        let suggestions = ro.suggest(slip);
        assert!(suggestions.len() <= 3, "{suggestions:?}");
        assert!(
            suggestions.contains(&right.to_string()),
            "{slip}: {suggestions:?}"
        );
    }
    assert_eq!(ro.suggest("evenementul")[0], "evenimentul");
}
