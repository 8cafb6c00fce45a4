//! File names made from a story's title, safe on Windows and Linux and easy to e-mail.

/// `"Clubul „Lectura de sîmbătă” – 2026!"` → `"clubul-lectura-de-simbata-2026"`.
/// Romanian letters lose their marks, Cyrillic is transliterated; an empty result is `poveste`.
pub fn safe_stem(title: &str) -> String {
    const MAX_LEN: usize = 60;
    let mut folded = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(ascii) => folded.push_str(ascii),
            None if c.is_ascii_alphanumeric() => folded.push(c),
            None => folded.push(' '),
        }
    }
    // Whole words only, so a long title is cut between words, not inside one.
    let mut stem = String::new();
    for word in folded.split_whitespace() {
        if !stem.is_empty() && stem.len() + 1 + word.len() > MAX_LEN {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(word);
    }
    stem.truncate(MAX_LEN);
    if stem.is_empty() {
        return "poveste".to_string();
    }
    if is_reserved_on_windows(&stem) {
        format!("{stem}-poveste")
    } else {
        stem
    }
}

/// `safe_stem(title)` plus an extension.
pub fn safe_file_name(title: &str, extension: &str) -> String {
    format!("{}.{extension}", safe_stem(title))
}

fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ă' | 'â' | 'á' | 'à' | 'ä' => "a",
        'î' | 'í' => "i",
        'ș' | 'ş' => "s",
        'ț' | 'ţ' => "t",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'ó' | 'ö' | 'ô' => "o",
        'ú' | 'ü' => "u",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

fn is_reserved_on_windows(stem: &str) -> bool {
    const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];
    RESERVED.contains(&stem)
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_safe_names() {
        assert_eq!(
            safe_stem("Clubul „Lectura de sîmbătă” – 2026!"),
            "clubul-lectura-de-simbata-2026"
        );
        assert_eq!(safe_stem("Știință și Țară"), "stiinta-si-tara");
        assert_eq!(safe_stem("Читаем вместе"), "chitaem-vmeste");
        assert_eq!(safe_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(safe_stem("a:b*c?\"d<e>f|g\\h"), "a-b-c-d-e-f-g-h");
        assert_eq!(safe_stem("   "), "poveste");
        assert_eq!(safe_stem("„”!!"), "poveste");
        assert_eq!(safe_stem("CON"), "con-poveste");
        assert_eq!(safe_stem("Lpt1"), "lpt1-poveste");
        assert_eq!(
            safe_file_name("Biblioteca 🎉 vie", "html"),
            "biblioteca-vie.html"
        );
    }

    #[test]
    fn long_titles_are_cut() {
        let stem = safe_stem(&"cuvânt ".repeat(40));
        assert!(stem.len() <= 60, "{stem}");
        assert!(stem.ends_with("cuvant"), "{stem}");
        assert_eq!(
            safe_stem("„Bunicii online”: cum au învățat vîrstnicii din Bălți să-și sune nepoții"),
            "bunicii-online-cum-au-invatat-virstnicii-din-balti-sa-si"
        );
    }
}
