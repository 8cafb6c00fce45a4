//! The field's own words, built into the program: Moldova's districts, towns and villages,
//! its programmes and organisations, and the words librarians and trainers use
//! (`dictionaries/field/<language>.txt`). Each line holds words, and may end in
//! `= model`: the words then take the affix flags of that dictionary word, so their forms
//! are known too (`Novatecă = bibliotecă` knows `Novateca`, `Novatecii`).

/// One word of the field list and the dictionary word it inflects like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FieldWord {
    pub word: String,
    pub model: Option<String>,
}

const RO: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/dictionaries/field/ro.txt"
));
const RU: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/dictionaries/field/ru.txt"
));
const EN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/dictionaries/field/en.txt"
));

/// The built-in field words of `language` (a base code: `ro`, `ru`, `en`).
pub(super) fn field_words(language: &str) -> Vec<FieldWord> {
    let text = match language {
        "ro" => RO,
        "ru" => RU,
        "en" => EN,
        _ => return Vec::new(),
    };
    parse(text, language == "ro")
}

/// The words of a field list; with `both_i`, a word with `î` or `â` inside is given with the
/// other letter too (Moldovan names are written both ways: Hîncești, Hâncești).
pub(super) fn parse(text: &str, both_i: bool) -> Vec<FieldWord> {
    let mut words = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (list, model) = match line.split_once('=') {
            Some((list, model)) => (list, Some(model.trim().to_string())),
            None => (line, None),
        };
        for word in list.split_whitespace() {
            let mut forms = vec![word.to_string()];
            if both_i {
                forms.extend(other_i(word));
            }
            for form in forms {
                words.push(FieldWord {
                    word: form,
                    model: model.clone().filter(|m| !m.is_empty()),
                });
            }
        }
    }
    words
}

/// `Hîncești` → `Hâncești`, `Sângerei` → `Sîngerei`: the inner letter swapped (the first
/// and the last stay: `Îngerul` is written with î in both norms).
fn other_i(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut changed = false;
    let swapped: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let inner = i > 0 && i + 1 < chars.len() && chars[i - 1] != '-';
            match (inner, c) {
                (true, 'î') => {
                    changed = true;
                    'â'
                }
                (true, 'â') => {
                    changed = true;
                    'î'
                }
                _ => c,
            }
        })
        .collect();
    changed.then_some(swapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_words_models_and_both_spellings() {
        let words = parse(
            "# comment\nSoroca Hîncești\nNovatecă = bibliotecă\n\nÎngerul\n",
            true,
        );
        let plain: Vec<(&str, Option<&str>)> = words
            .iter()
            .map(|w| (w.word.as_str(), w.model.as_deref()))
            .collect();
        assert_eq!(
            plain,
            [
                ("Soroca", None),
                ("Hîncești", None),
                ("Hâncești", None),
                ("Novatecă", Some("bibliotecă")),
                ("Îngerul", None),
            ]
        );
    }

    #[test]
    fn every_language_has_its_list() {
        for language in ["ro", "ru", "en"] {
            assert!(field_words(language).len() > 200, "{language}");
        }
        assert!(field_words("fr").is_empty());
    }
}
