//! A social network's post: the filters its layout uses to make hashtags from the story
//! (`hashtags`, `place`, `library`, `quoted`) and a short paragraph (`first_paragraph`), and
//! where the network's "See more" cuts the post (`see_more_cut`).

/// Quotation marks that open a name (`„Lumina”`, `«Молодова»`, `“Job Club”`, `"X"`).
const OPENERS: &[char] = &['„', '«', '“', '"'];
/// The marks that close one.
const CLOSERS: &[char] = &['”', '»', '“', '"'];

/// One hashtag of `text`: its letters and digits only, as one word. A single word keeps its
/// case (`lectură` → `#lectură`); several are joined, each from a capital letter
/// (`Eugeniu Coșeriu` → `#EugeniuCoșeriu`). Empty when the text has no letter or digit.
pub fn hashtag(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => format!("#{one}"),
        many => {
            let joined: String = many.iter().map(|w| capitalised(w)).collect();
            format!("#{joined}")
        }
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The hashtags of several texts on one line, each once (compared without case), the empty
/// ones left out: `["Bălți", "Biblioteca Eugeniu Coșeriu", "lectură"]` →
/// `#Bălți #BibliotecaEugeniuCoșeriu #lectură`.
pub fn hashtags<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut tags: Vec<String> = Vec::new();
    for tag in texts.into_iter().map(hashtag).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    tags.join(" ")
}

/// The place of an institution written as "Library, Town": what follows its last comma;
/// empty when there is no comma.
pub fn place(institution: &str) -> String {
    match institution.rsplit_once(',') {
        Some((_, town)) => town.trim().to_string(),
        None => String::new(),
    }
}

/// The library of an institution written as "Library, Town": its first part, and when that
/// names something in quotation marks, its first word and the first name quoted
/// (`Biblioteca Municipală „Eugeniu Coșeriu”` → `Biblioteca Eugeniu Coșeriu`, `Filiala
/// „Lumina” a Bibliotecii…` → `Filiala Lumina`).
pub fn library(institution: &str) -> String {
    let first = institution.split(',').next().unwrap_or("").trim();
    let name = quoted(first);
    if name.is_empty() {
        return first.to_string();
    }
    let word = first.split_whitespace().next().unwrap_or("");
    if word.starts_with(OPENERS) {
        name
    } else {
        format!("{word} {name}")
    }
}

/// The first name in quotation marks in `text` (`„Bunicii online”: cum…` → `Bunicii
/// online`); empty when there is none.
pub fn quoted(text: &str) -> String {
    let Some(start) = text.find(OPENERS) else {
        return String::new();
    };
    let opener_len = text[start..].chars().next().map_or(1, char::len_utf8);
    let rest = &text[start + opener_len..];
    match rest.find(CLOSERS) {
        Some(end) => rest[..end].trim().to_string(),
        None => String::new(),
    }
}

/// The first paragraph of a layout's text value (paragraphs are separated by a blank line).
pub fn first_paragraph(text: &str) -> String {
    text.split("\n\n").next().unwrap_or("").trim().to_string()
}

/// Where a social network's "See more" falls in a post's plain text of `limit` characters
/// shown: the last words before it (at most six, the first of them cut where the limit cuts
/// it, never a word in the middle), or `None` when the whole post is shown.
pub fn see_more_cut(plain: &str, limit: usize) -> Option<String> {
    let text = plain.trim();
    if text.chars().count() <= limit {
        return None;
    }
    let shown: String = text.chars().take(limit).collect();
    let next = text.chars().nth(limit);
    // A word the limit splits is not shown whole: the quote ends before it.
    let whole = if next.is_some_and(|c| !c.is_whitespace()) {
        match shown.rfind(char::is_whitespace) {
            Some(at) => &shown[..at],
            None => "",
        }
    } else {
        shown.as_str()
    };
    let words: Vec<&str> = whole.split_whitespace().collect();
    let last = &words[words.len().saturating_sub(6)..];
    if last.is_empty() {
        return Some(String::new());
    }
    Some(last.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashtags_are_single_words_without_punctuation() {
        assert_eq!(hashtag("Bălți"), "#Bălți");
        assert_eq!(hashtag("lectură"), "#lectură");
        assert_eq!(
            hashtag("Biblioteca „Eugeniu Coșeriu”"),
            "#BibliotecaEugeniuCoșeriu"
        );
        assert_eq!(hashtag("poveste de succes"), "#PovesteDeSucces");
        assert_eq!(hashtag("Bălți-Sud"), "#BălțiSud");
        assert_eq!(hashtag("Бельцы"), "#Бельцы");
        assert_eq!(hashtag(" „” "), "");
        assert_eq!(
            hashtags(["Bălți", "", "bălți", "Job Club", "lectură"]),
            "#Bălți #JobClub #lectură"
        );
    }

    #[test]
    fn an_institution_gives_its_place_and_library() {
        let balti = "Biblioteca Municipală „Eugeniu Coșeriu”, Bălți";
        assert_eq!(place(balti), "Bălți");
        assert_eq!(library(balti), "Biblioteca Eugeniu Coșeriu");
        let lumina = "Filiala „Lumina” a Bibliotecii Municipale „Eugeniu Coșeriu”, Bălți";
        assert_eq!(library(lumina), "Filiala Lumina");
        assert_eq!(place("Soroca District Public Library"), "");
        assert_eq!(
            library("Soroca District Public Library"),
            "Soroca District Public Library"
        );
        assert_eq!(library("„Lumina”, Bălți"), "Lumina");
        assert_eq!(quoted("„Bunicii online”: cum"), "Bunicii online");
        assert_eq!(quoted("no name"), "");
        assert_eq!(quoted("„unclosed"), "");
    }

    #[test]
    fn the_cut_quotes_the_last_whole_words_shown() {
        assert_eq!(see_more_cut("short", 480), None);
        let text = "one two three four five six seven eight";
        assert_eq!(
            see_more_cut(text, 20).as_deref(),
            Some("one two three four"),
            "\"five\" is cut in the middle and is not quoted"
        );
        assert_eq!(
            see_more_cut(text, 18).as_deref(),
            Some("one two three four")
        );
        assert_eq!(
            see_more_cut("1 2 3 4 5 6 7 8 9 10 11 12", 23).as_deref(),
            Some("6 7 8 9 10 11")
        );
    }

    #[test]
    fn the_first_paragraph_is_taken() {
        assert_eq!(first_paragraph("One.\n\nTwo."), "One.");
        assert_eq!(first_paragraph("One."), "One.");
    }
}
