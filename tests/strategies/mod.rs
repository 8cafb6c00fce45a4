//! Strategies for the property tests: texts a librarian might type (Markdown, quotes, HTML,
//! Tera syntax, cedillas), drafts written by hand in TOML, and templates.
#![allow(dead_code)]

use proptest::prelude::*;

/// Pieces that trip up typography, Markdown, HTML and Tera, mixed with any text.
const TRICKY: &[&str] = &[
    "\n",
    "\n\n",
    "  ",
    "\t",
    "\r\n",
    "\"",
    "'",
    "„",
    "”",
    "“",
    "«",
    "»",
    "‘",
    "’",
    "...",
    "…",
    " - ",
    "--",
    "—",
    "–",
    " ,",
    " .",
    " :",
    " !",
    "?",
    "*",
    "**",
    "_",
    "#",
    "# ",
    "> ",
    "- ",
    "1. ",
    "`",
    "```",
    "~~~",
    "<b>",
    "</p>",
    "<script>",
    "&amp;",
    "&",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "[a](javascript:x)",
    "![](x.png)",
    "![p](../p.jpg \"t\")",
    "http://x.ro/a_b",
    "a@b.ro",
    "fișier.docx",
    "ş",
    "ţ",
    "Ş",
    "Ţ",
    "ș",
    "î",
    "|",
    "\\",
    "\u{a0}",
    "\u{200b}",
    "\u{301}",
    "👍🏽",
    "\u{0}",
    "[^1]",
    "---",
    "***",
    "<!--",
    "-->",
    "    code",
    "[x]: y",
];

/// Text as typed: any characters, with tricky pieces in between.
pub fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "\\PC{0,12}",
        2 => proptest::sample::select(TRICKY).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// Markdown-looking text, for the converters that take Markdown as it is.
pub fn markdown() -> impl Strategy<Value = String> {
    proptest::collection::vec(text(), 0..6).prop_map(|lines| lines.join("\n"))
}

/// A TOML string literal of `s`, in one of the four ways TOML writes strings (falling back
/// to a basic string when the chosen way cannot hold `s`).
pub fn toml_string(s: &str, style: u8) -> String {
    let plain = !s.chars().any(|c| c.is_control() && c != '\t');
    match style % 4 {
        1 if plain && !s.contains('\'') => format!("'{s}'"),
        2 => {
            let body: String = s
                .chars()
                .map(|c| match c {
                    '\n' => "\n".to_string(),
                    '\\' => "\\\\".to_string(),
                    '"' => "\\\"".to_string(),
                    c if c.is_control() && c != '\t' => format!("\\u{:04X}", c as u32),
                    c => c.to_string(),
                })
                .collect();
            format!("\"\"\"\n{body}\"\"\"")
        }
        3 if !s.chars().any(|c| c.is_control() && c != '\t' && c != '\n')
            && !s.contains("'''")
            && !s.ends_with('\'') =>
        {
            format!("'''\n{s}'''")
        }
        _ => toml::Value::String(s.to_string()).to_string(),
    }
}

/// A value a newer version or a person might have put anywhere.
pub fn odd_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        Just("3.5".to_string()),
        Just("true".to_string()),
        Just("2026-11-25".to_string()),
        Just("[1, 2]".to_string()),
        Just("[\"a\", 'b']".to_string()),
        Just("{ a = 1, b = \"x\" }".to_string()),
        Just("[]".to_string()),
        (text(), any::<u8>()).prop_map(|(s, style)| toml_string(&s, style)),
    ]
}

/// What every comment written by these strategies holds, to find them again.
pub const COMMENT_MARK: &str = "#~hand~";

/// A comment or blank lines, or nothing, written between keys.
pub fn filler() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        1 => Just("\n".to_string()),
        1 => "[a-zA-Zăîșț ]{0,20}".prop_map(|c| format!("{COMMENT_MARK} {c}\n")),
        1 => "[a-z ]{0,10}".prop_map(|c| format!("\n  {COMMENT_MARK} {c}\n\n")),
    ]
}

const STEP_IDS: &[&str] = &["title", "lead", "problem", "action", "result", "other", "x"];
const ITEM_FIELDS: &[&str] = &[
    "text", "author", "role", "path", "caption", "credit", "mood",
];

/// One `key = value` line in the answers: mostly text, sometimes not.
fn answer_line() -> impl Strategy<Value = (&'static str, String)> {
    (
        proptest::sample::select(STEP_IDS),
        prop_oneof![
            4 => (text(), any::<u8>()).prop_map(|(s, style)| toml_string(&s, style)),
            1 => odd_value(),
        ],
        filler(),
        prop_oneof![3 => Just(""), 1 => Just("  #~hand~ after")],
    )
        .prop_map(|(key, value, before, after)| (key, format!("{before}{key} = {value}{after}\n")))
}

/// An item table's lines.
fn item_lines() -> impl Strategy<Value = Vec<(String, String)>> {
    proptest::collection::vec(
        (
            proptest::sample::select(ITEM_FIELDS).prop_map(str::to_string),
            (text(), any::<u8>()).prop_map(|(s, style)| toml_string(&s, style)),
        ),
        0..4,
    )
}

/// Deduplicated `key = value` lines (a key twice is not TOML; that is tested elsewhere).
fn unique(lines: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    lines
        .into_iter()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect()
}

/// A draft as a person might write it: comments, blank lines, any quoting, unknown keys,
/// tables written inline or with headers, quotes as `[[answers.quotes]]` or an inline list.
pub fn draft_toml() -> impl Strategy<Value = String> {
    (
        (filler(), any::<bool>(), text(), any::<u8>()),
        proptest::collection::vec(answer_line(), 0..6),
        (any::<bool>(), text(), text(), any::<bool>()),
        proptest::collection::vec(item_lines(), 0..4),
        (any::<bool>(), proptest::collection::vec(odd_value(), 0..3)),
    )
        .prop_map(
            |((head, versioned, template, style), answers, meta, quotes, (inline, extras))| {
                let mut out = head;
                if versioned {
                    out.push_str("schema_version = 1\n");
                }
                out.push_str(&format!("template = {}\n", toml_string(&template, style)));
                for (i, extra) in extras.iter().enumerate() {
                    out.push_str(&format!("extra_{i} = {extra}\n"));
                }
                let (as_table, author, institution, bare_date) = meta;
                let date = if bare_date {
                    "2026-11-25"
                } else {
                    "\"25.11.2026\""
                };
                let author = toml_string(&author, 0);
                let institution = toml_string(&institution, 1);
                if as_table {
                    out.push_str(&format!(
                        "\n[meta]\nauthor = {author}\ninstitution = {institution}\ndate = {date}\n"
                    ));
                } else {
                    out.push_str(&format!("meta = {{ author = {author}, date = {date} }}\n"));
                }
                out.push_str("\n[answers]\n");
                let mut seen = std::collections::HashSet::new();
                for (key, line) in answers {
                    if seen.insert(key) {
                        out.push_str(&line);
                    }
                }
                let tables: Vec<String> = quotes
                    .into_iter()
                    .map(|fields| {
                        unique(fields)
                            .into_iter()
                            .map(|(k, v)| format!("{k} = {v}"))
                            .collect::<Vec<_>>()
                            .join(if inline { ", " } else { "\n" })
                    })
                    .collect();
                if inline {
                    let list: Vec<String> = tables.iter().map(|t| format!("{{ {t} }}")).collect();
                    out.push_str(&format!("quotes = [{}]\n", list.join(", ")));
                } else {
                    for table in tables {
                        out.push_str(&format!("\n[[answers.quotes]]\n{table}\n"));
                    }
                }
                out
            },
        )
}

/// A `template.toml` with any ids, kinds, word limits and coach settings.
pub fn template_toml() -> impl Strategy<Value = String> {
    let step = (
        prop_oneof!["[a-z_]{1,6}", "\\PC{0,6}"],
        proptest::sample::select(&["line", "text", "quotes", "photos"][..]),
        proptest::option::of(0usize..50),
        proptest::option::of(0usize..50),
        any::<bool>(),
        text(),
    )
        .prop_map(|(id, kind, min, max, required, title)| {
            let mut s = format!(
                "\n[[steps]]\nid = {}\ntitle = {}\nprompt = \"?\"\nkind = \"{kind}\"\nrequired = {required}\n",
                toml_string(&id, 0),
                toml_string(&title, 0)
            );
            if let Some(min) = min {
                s.push_str(&format!("min_words = {min}\n"));
            }
            if let Some(max) = max {
                s.push_str(&format!("max_words = {max}\n"));
            }
            s
        });
    (
        prop_oneof!["[a-z-]{0,8}", "\\PC{0,8}"],
        proptest::sample::select(&["ro", "en", "ru", "", "xx-YY"][..]),
        proptest::collection::vec(step, 0..5),
        proptest::collection::vec("[a-z]{0,5}", 0..3),
        (0usize..40, proptest::collection::vec("[a-z_]{1,6}", 0..3)),
    )
        .prop_map(|(id, language, steps, layouts, (sentence, numbers))| {
            let mut s = format!(
                "id = {}\nname = \"N\"\nlanguage = \"{language}\"\n",
                toml_string(&id, 0)
            );
            for layout in layouts {
                s.push_str(&format!("\n[[layouts]]\nid = \"{layout}\"\nname = \"L\"\n"));
            }
            s.push_str(&steps.concat());
            let numbers: Vec<String> = numbers.iter().map(|n| format!("\"{n}\"")).collect();
            s.push_str(&format!(
                "\n[coach]\nsentence_max_words = {sentence}\nnumber_steps = [{}]\n",
                numbers.join(", ")
            ));
            s
        })
}
