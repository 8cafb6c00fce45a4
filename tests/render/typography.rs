//! Typography rules, each on its own: what changes, what must stay, and that applying the
//! rules twice gives the same text as applying them once.

use povestitor::render::typography::apply;

/// `input` becomes `expected`, and neither changes when tidied again.
#[track_caller]
fn check(language: &str, input: &str, expected: &str) {
    let once = apply(input, language);
    assert_eq!(once, expected, "[{language}] {input:?}");
    assert_eq!(
        apply(&once, language),
        once,
        "[{language}] not idempotent: {input:?}"
    );
    assert_eq!(
        apply(expected, language),
        expected,
        "[{language}] expected changes: {expected:?}"
    );
}

/// `text` is already right: nothing changes.
#[track_caller]
fn keeps(language: &str, text: &str) {
    check(language, text, text);
}

mod cedilla {
    use super::*;

    #[test]
    fn cedilla_letters_get_the_comma_below_in_romanian() {
        check(
            "ro",
            "Ştefan şi Ţara ţesăturilor, ŞCOALA",
            "Ștefan și Țara țesăturilor, ȘCOALA",
        );
        check("ro", "s\u{327}i t\u{327}ara", "și țara");
    }

    #[test]
    fn correct_romanian_and_moldovan_spelling_stays() {
        keeps(
            "ro",
            "Știință și țară: pînă sînt vîrstnici, până sunt, întîi, învățăm.",
        );
        keeps("ro", "ÎNVĂȚĂM ÎN ȚARĂ, ÂNCĂ");
    }

    #[test]
    fn other_languages_and_file_names_keep_the_cedilla() {
        keeps("en", "Ştefan visited İstanbul and Şanlıurfa.");
        keeps("ru", "Şcoala");
        keeps("ro", "Poza poza_şcoală.jpg, adresa www.şcoala.md.");
    }
}

mod quotes_ro {
    use super::*;

    #[test]
    fn straight_quotes_become_romanian_ones() {
        check(
            "ro",
            "Am citit \"Amintiri din copilărie\".",
            "Am citit „Amintiri din copilărie”.",
        );
        check("ro", "\"Pînă acum\", a spus ea.", "„Pînă acum”, a spus ea.");
        check("ro", "(\"Lumina\")", "(„Lumina”)");
        check(
            "ro",
            "\"*Cartea*\" – **\"Sînt\"**",
            "„*Cartea*” – **„Sînt”**",
        );
    }

    #[test]
    fn a_quote_inside_a_quote_gets_guillemets() {
        check(
            "ro",
            "Ea a spus: \"Am citit 'Moara cu noroc' ieri.\"",
            "Ea a spus: „Am citit «Moara cu noroc» ieri.”",
        );
        check(
            "ro",
            "\"Clubul \"Lectura\" e deschis\"",
            "„Clubul «Lectura» e deschis”",
        );
        check(
            "ro",
            "\"Unu \"doi \"trei\" doi\" unu\"",
            "„Unu «doi „trei” doi» unu”",
        );
    }

    #[test]
    fn english_german_and_top_level_guillemets_become_romanian() {
        check(
            "ro",
            "“Bunicii online” a început.",
            "„Bunicii online” a început.",
        );
        check(
            "ro",
            "„Bunicii online“ a început.",
            "„Bunicii online” a început.",
        );
        check(
            "ro",
            "«Bunicii online» a început.",
            "„Bunicii online” a început.",
        );
    }

    #[test]
    fn correct_quotes_stay() {
        keeps(
            "ro",
            "„Bunicii online”: cum au învățat vîrstnicii din Bălți să-și sune nepoții",
        );
        keeps("ro", "„Am citit «Moara cu noroc» ieri”, a spus ea.");
    }

    #[test]
    fn an_unmatched_quote_does_not_flip_the_rest() {
        check(
            "ro",
            "Am citit \"Amintiri și \"Moara cu noroc\".",
            "Am citit \"Amintiri și „Moara cu noroc”.",
        );
        check(
            "ro",
            "Un \" rătăcit.\n\"Al doilea\" rînd.",
            "Un \" rătăcit.\n„Al doilea” rînd.",
        );
        check(
            "ro",
            "Deschis \"ieri.\nAzi \"închis\".",
            "Deschis \"ieri.\nAzi „închis”.",
        );
    }

    #[test]
    fn apostrophes_inches_and_hyphens_in_words_are_not_quotes() {
        keeps("ro", "într-o zi s-a dus, n-am știut, dă-mi-l, O'Brien");
        keeps("ro", "Un ecran de 15\" și unul de 17\".");
        keeps("ro", "Rock'n'roll la bibliotecă");
    }

    #[test]
    fn emoji_and_links_inside_quotes() {
        check("ro", "\"😀\" și \"www.bib.md\"", "„😀” și „www.bib.md”");
    }
}

mod quotes_ru {
    use super::*;

    #[test]
    fn straight_quotes_become_guillemets_with_lapki_inside() {
        check("ru", "Он сказал: \"Привет\".", "Он сказал: «Привет».");
        check("ru", "\"Клуб \"Чтение\" открыт\"", "«Клуб „Чтение“ открыт»");
        check("ru", "“Бабушки онлайн”", "«Бабушки онлайн»");
    }

    #[test]
    fn correct_russian_quotes_stay() {
        keeps("ru", "«Клуб „Чтение“ открыт», — сказала она.");
        keeps("ru", "Что?.. Ну и ну!..");
    }
}

mod quotes_en {
    use super::*;

    #[test]
    fn straight_quotes_become_curly_with_single_ones_inside() {
        check("en", "She said \"hello\".", "She said “hello”.");
        check(
            "en",
            "\"We read 'Ion' together.\"",
            "“We read ‘Ion’ together.”",
        );
        check("en", "„Hello”", "“Hello”");
    }

    #[test]
    fn apostrophes_become_typographic() {
        check("en", "don't, it's, we've", "don’t, it’s, we’ve");
        check("en", "the librarians' club", "the librarians’ club");
        check("en", "in the '90s", "in the ’90s");
        check("en", "\"Don't go,\" she said.", "“Don’t go,” she said.");
    }

    #[test]
    fn correct_english_stays() {
        keeps("en", "“We read ‘Ion’ together,” she said. Don’t.");
    }
}

mod spacing {
    use super::*;

    #[test]
    fn repeated_spaces_collapse_inside_a_line() {
        check(
            "ro",
            "Copiii  au venit   la\t\tbibliotecă.",
            "Copiii au venit la bibliotecă.",
        );
        check("ro", "Gata.   \nApoi.  ", "Gata.\nApoi.");
        check("ro", "a  b\r\nc", "a b\r\nc");
    }

    #[test]
    fn indentation_list_markers_and_paragraphs_stay() {
        keeps(
            "ro",
            "Am învățat:\n- apelurile video;\n  - mesajele;\n\n1. plata facturilor.",
        );
        keeps("ro", "    cod indentat\n\ttab");
        keeps("ro", "* unu\n* doi");
    }

    #[test]
    fn no_space_before_punctuation() {
        check(
            "ro",
            "Ce faci ? Bine , mersi ; apoi : gata ! Și …",
            "Ce faci? Bine, mersi; apoi: gata! Și…",
        );
        check(
            "ro",
            "**Atenție** : *foarte*  bine .",
            "**Atenție**: *foarte* bine.",
        );
        check("ro", "„Da” , a spus .", "„Da”, a spus.");
        check("ro", "Super 😀 !", "Super 😀!");
        check("ru", "Да , нет !", "Да, нет!");
        check("en", "Yes , no !", "Yes, no!");
    }

    #[test]
    fn punctuation_starting_a_word_or_a_smiley_keeps_its_space() {
        keeps("ro", "Fișierele .docx și .jpg sînt bune.");
        keeps("ro", "Mulțumim :) Pe curînd ;)");
        keeps("ro", "Ora 10:30, 3.5 kg, 1,5 litri, 2026-11-25.");
    }

    #[test]
    fn three_dots_become_an_ellipsis() {
        check("ro", "Și apoi... nimic.", "Și apoi… nimic.");
        check(
            "ro",
            "Am așteptat ... și a venit.",
            "Am așteptat… și a venit.",
        );
        check("ro", "Citatul […] și [...]", "Citatul […] și […]");
        check("ro", "Gata.....", "Gata…");
        keeps("ro", "Doar două.. puncte");
        check("fr", "Et puis...", "Et puis…");
    }

    #[test]
    fn a_spaced_hyphen_between_words_becomes_a_dash() {
        check("ro", "cuvînt - cuvînt", "cuvînt – cuvînt");
        check("ro", "cuvînt  --  cuvînt", "cuvînt – cuvînt");
        check("ro", "între 10 - 15 ani", "între 10 – 15 ani");
        check("en", "books - and more", "books – and more");
        check("ru", "Библиотека - это дом", "Библиотека — это дом");
    }

    #[test]
    fn hyphens_in_words_numbers_and_list_markers_stay() {
        keeps(
            "ro",
            "într-o zi, s-a dus, n-am, 10-15 ani, 2026-11-25, e-mail",
        );
        keeps("ro", "- primul\n- al doilea");
        keeps("ro", "de la -5 la +5 grade");
        check("ro", "Am terminat - ", "Am terminat -");
        keeps("ro", "cuvînt – cuvînt — cuvînt");
    }
}

mod verbatim {
    use super::*;

    #[test]
    fn links_addresses_files_and_code_stay_exactly() {
        keeps(
            "ro",
            "Vezi https://bib.md/carte...pdf?a=\"b\" și www.bib.md/ş",
        );
        keeps("ro", "Scrieți la ana.ţurcanu@bib.md sau mailto:ana@bib.md");
        keeps("ro", "Fișierul raport...final.docx și poze/lansare.JPG");
        keeps("ro", "Codul `a  ...  \"b\" ş` rămîne.");
        keeps("ro", "``un `cod` dublu  ...``");
        check(
            "ro",
            "Vezi  \"www.bib.md\" ... și `x  y` ...",
            "Vezi „www.bib.md”… și `x  y`…",
        );
    }
}

mod languages {
    use super::*;

    #[test]
    fn regional_codes_follow_their_language() {
        check("ro-MD", "\"Ştiinţă\" , da", "„Știință”, da");
        check("RU", "\"Да\"", "«Да»");
    }

    #[test]
    fn other_languages_get_only_the_neutral_rules() {
        check(
            "fr",
            "Il dit  : \"oui\" - Ştefan ...",
            "Il dit : \"oui\" - Ştefan …",
        );
        check("", "a  b", "a b");
    }

    #[test]
    fn empty_and_plain_text() {
        keeps("ro", "");
        keeps("ro", "\n\n");
        keeps("ru", "Просто текст без ничего");
    }
}
