//! Abbreviations with a full stop, per language: where a sentence does not end (`mun.
//! Bălți`, `г. Бельцы`, `Dr. Smith`) and where it ends only before a capital (`etc.`,
//! `и т.д.`). The story's language (the template's) decides which list is read.

/// Abbreviations always followed by what they name (a place, a number, a name): a full
/// stop after them never ends a sentence. Lowercase, as written with their dots.
fn never_end(language: &str) -> &'static str {
    match language {
        "ro" => {
            "mun. or. s. com. nr. str. bd. bul. dr. prof. conf. lect. acad. jud. r. dl. dna. \
             d-na. d-l. d-lui. d-nei. dnei. ing. univ. pag. p. pp. vol. art. alin. lit. pct. \
             tel. ex. cca. aprox. sf. mil. mld. ap. bl. sc. et. cf. ed. resp. ian. feb. mart. \
             apr. iun. iul. aug. sept. oct. dec. gr. hab."
        }
        "ru" => {
            "г. гор. ул. им. пр. просп. пер. пл. д. кв. с. пос. обл. респ. мун. р. стр. т. \
             тел. проф. доц. акад. св. ст. см. ср. напр. т.е. т.к. т.н. т.ч. гл. рис. табл. \
             ч. тыс. млн. млрд. руб. коп. ок. изд. вып. зав. зам. янв. февр. авг. сент. окт. \
             нояб. дек."
        }
        "en" => {
            "mr. mrs. ms. dr. st. prof. mt. vs. e.g. i.e. cf. approx. rev. gen. col. sr. \
             fig. vol. p. pp. ch. jan. feb. aug. sept. oct. nov. dec."
        }
        _ => "",
    }
}

/// Abbreviations that may close a sentence: their full stop ends one only when a capital
/// follows (`…cărți, reviste etc. Apoi`).
fn may_end(language: &str) -> &'static str {
    match language {
        "ro" => "etc. ș.a. ş.a. ș.a.m.d. ş.a.m.d. ș.m.a. ș.m.d. a.c. n.r. î.e.n. î.hr. d.hr. e.n.",
        "ru" => "т.д. т.п. др. гг. вв. в. н.э.",
        "en" => "etc. inc. ltd. co. jr. a.m. p.m.",
        _ => "",
    }
}

fn listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|a| a == word)
}

/// "ro-MD", "ru_RU" and "EN" read the lists of "ro", "ru" and "en".
pub fn primary(language: &str) -> String {
    language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// What the full stop that ends `word` (the text from the last space up to and with the
/// full stop, opening brackets and quotes left out) says about the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// An ordinary word: the sentence ends.
    Ends,
    /// An abbreviation that always names something after it, or an initial before a name.
    Continues,
    /// An abbreviation that ends a sentence only before a capital.
    EndsBeforeCapital,
}

/// How the full stop at the end of `word` reads in `language` (its primary subtag); `next`
/// is the first letter or digit after it, if any; `number_before` whether a number stands
/// right before the word (`2020 г.`).
pub fn stop(word: &str, language: &str, next: Option<char>, number_before: bool) -> Stop {
    let lower = word.to_lowercase();
    // `2020г.`, `1990 г.`: a year, not a town; the sentence may end after it.
    let year = lower.trim_start_matches(|c: char| c.is_ascii_digit());
    let after_number = number_before || year.len() < lower.len();
    if language == "ru" && (year == "г." || year == "гг.") && after_number {
        return Stop::EndsBeforeCapital;
    }
    if listed(never_end(language), year) {
        return Stop::Continues;
    }
    if listed(may_end(language), &lower) {
        return Stop::EndsBeforeCapital;
    }
    // Initials: `E.`, `A.S.`, `К.` before a name.
    if is_initials(word) && next.is_some_and(char::is_uppercase) {
        return Stop::Continues;
    }
    Stop::Ends
}

/// `E.`, `A.S.`, `К.`: capital letters each followed by a full stop.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        any = true;
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_its_own_abbreviations() {
        assert_eq!(stop("mun.", "ro", Some('B'), false), Stop::Continues);
        assert_eq!(stop("Mun.", "ro", Some('B'), false), Stop::Continues);
        assert_eq!(stop("mun.", "en", Some('B'), false), Stop::Ends);
        assert_eq!(stop("г.", "ru", Some('Б'), false), Stop::Continues);
        assert_eq!(
            stop("2020г.", "ru", Some('А'), false),
            Stop::EndsBeforeCapital
        );
        assert_eq!(stop("г.", "ru", Some('А'), true), Stop::EndsBeforeCapital);
        assert_eq!(
            stop("etc.", "ro", Some('A'), false),
            Stop::EndsBeforeCapital
        );
        assert_eq!(stop("E.", "ro", Some('C'), false), Stop::Continues);
        assert_eq!(stop("A.S.", "ro", Some('P'), false), Stop::Continues);
        assert_eq!(stop("К.", "ru", Some('К'), false), Stop::Continues);
        assert_eq!(stop("E.", "ro", Some('c'), false), Stop::Ends);
        assert_eq!(stop("carte.", "ro", Some('A'), false), Stop::Ends);
    }
}
