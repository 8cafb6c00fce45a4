//! Turns a librarian's answer into Markdown that cannot change the article's structure.
//!
//! Answers may use simple emphasis (`*cuvânt*`, `**cuvânt**`) and lists (`- ...`, `1. ...`),
//! but a line starting with `#`, `>`, a code fence, a rule (`---`) or raw HTML must stay text:
//! otherwise one answer could add a heading, swallow the next section or inject a script.
//!
//! Anywhere in a line, the characters that start markup are escaped with a backslash, and so
//! is the backslash itself (a typed `\<script>` would otherwise undo our escape):
//! backslash, `<`, `[`, `]`, `&`, backtick, `{`, `}`, `^`, `$`, and `@` at the start of a word.
//! That covers CommonMark (raw HTML, autolinks, links, images, entities, code spans) and
//! pandoc's Markdown too (`{=html}` raw attributes, `{onclick=…}` attributes, bracketed spans,
//! inline notes, TeX maths, citations). Control characters are dropped: no reader shows them, and XML forbids them.

/// A multi-paragraph answer: every line is a paragraph, consecutive list items stay a list.
pub fn block(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut previous_was_item = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let is_item = list_marker_len(line).is_some();
        if !out.is_empty() {
            out.push_str(if is_item && previous_was_item {
                "\n"
            } else {
                "\n\n"
            });
        }
        match list_marker_len(line) {
            Some(n) => {
                out.push_str(&line[..n]);
                out.push_str(&escape_line_start(line[n..].trim_start()));
            }
            None => out.push_str(&escape_line_start(line)),
        }
        previous_was_item = is_item;
    }
    out
}

/// A one-line value (a title, a name, a caption): whitespace folded, no block syntax.
pub fn inline(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut escaped = inline_unguarded(&folded);
    // In a heading (`# {{ answers.title }}`) a closing run of `#` would be dropped.
    // It closes the heading only after a space; `\#` keeps it.
    let before_run = escaped.trim_end_matches('#');
    if before_run.len() < escaped.len() && before_run.ends_with(' ') {
        escaped.insert(before_run.len(), '\\');
    }
    escaped
}

fn inline_unguarded(folded: &str) -> String {
    let escaped = escape_line_start(folded);
    // A list marker at the start would turn a heading's text or a paragraph into a list.
    match list_marker_len(folded) {
        Some(n) => {
            let marker = folded[..n].trim_end();
            let rest = escape_line_start(folded[n..].trim_start());
            match marker.strip_suffix(['.', ')']) {
                Some(digits) if digits.starts_with(|c: char| c.is_ascii_digit()) => {
                    format!("{digits}\\{} {rest}", &marker[digits.len()..])
                }
                _ => format!("\\{marker} {rest}"),
            }
        }
        None => escaped,
    }
}

/// Wraps each paragraph (and each list item's text) of Markdown made by [`block`] in
/// `mark`, so a layout can embolden a multi-paragraph answer without breaking it.
pub fn wrap_paragraphs(markdown: &str, mark: &str) -> String {
    markdown
        .split('\n')
        .map(|line| {
            if line.trim().is_empty() {
                return line.to_string();
            }
            let marker = list_marker_len(line).unwrap_or(0);
            format!("{}{mark}{}{mark}", &line[..marker], &line[marker..])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Length of a list marker (`- `, `* `, `+ `, `12. `, `3) `) at the start of `line`.
fn list_marker_len(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if bytes.len() >= 2 && matches!(bytes[0], b'-' | b'*' | b'+') && bytes[1] == b' ' {
        // "- - -" and "* * *" are rules, not items.
        if is_rule(line) {
            return None;
        }
        return Some(2);
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && bytes.len() > digits + 1
        && matches!(bytes[digits], b'.' | b')')
        && bytes[digits + 1] == b' '
    {
        return Some(digits + 2);
    }
    None
}

fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && (compact.chars().all(|c| c == '-')
            || compact.chars().all(|c| c == '*')
            || compact.chars().all(|c| c == '_')
            || compact.chars().all(|c| c == '='))
}

/// Escapes what would start a block at the beginning of a line, and raw HTML anywhere.
fn escape_line_start(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 4);
    // `:` and `~` start pandoc's definition lists and fenced divs (`::: warning`).
    // Code fences need no care here: every backtick is escaped below.
    let starts_block = line.starts_with(['#', '>', '|', ':', '~']) || is_rule(line);
    if starts_block {
        out.push('\\');
    }
    let mut previous = ' ';
    for c in line.chars() {
        match c {
            // Pandoc's inline notes (`^[…]`), superscripts, TeX maths and citations.
            '^' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '@' if previous.is_whitespace() => out.push_str("\\@"),
            // `\<` shows a literal `<`: no tag, no comment, no autolink.
            '<' => out.push_str("\\<"),
            // No links or images from answers: a link could point anywhere (`javascript:`),
            // and a stray bracket in a caption would break the layout's own image.
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            // A typed backslash is text, never the start of an escape.
            '\\' => out.push_str("\\\\"),
            // `&lt;` stays `&lt;`, as typed; `&#x6a;` never becomes a letter of a scheme.
            '&' => out.push_str("\\&"),
            // No code spans: inside one, escapes stop working (and pandoc reads `{=html}`).
            '`' => out.push_str("\\`"),
            // Pandoc's attributes: `# Titlu {onclick=…}`, `[x]{.y}`.
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            c if c.is_control() && c != '\t' => {}
            _ => out.push(c),
        }
        previous = c;
    }
    out
}

/// A path or address for `![..](..)`: spaces and brackets encoded, nothing that ends the link.
/// It is always a relative path: `javascript:x` (or `data:`, `file:`…) becomes `./javascript:x`,
/// a file of that name, and `&` is encoded so no entity can spell a scheme.
pub fn url(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 2);
    let trimmed = path.trim();
    let first_segment = trimmed
        .split(['/', '\\', '?', '#'])
        .next()
        .unwrap_or_default();
    if first_segment.contains(':') {
        out.push_str("./");
    }
    for c in trimmed.chars() {
        match c {
            '&' => out.push_str("%26"),
            // Nothing pandoc could read as a note (`^[…]`), a span or code.
            '[' => out.push_str("%5B"),
            ']' => out.push_str("%5D"),
            '^' => out.push_str("%5E"),
            '`' => out.push_str("%60"),
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '$' => out.push_str("%24"),
            '"' => out.push_str("%22"),
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push('/'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_paragraphs_and_lists_stay_lists() {
        let got = block("Primul rînd.\nAl doilea.\n\n- unu\n- doi\nGata.");
        assert_eq!(got, "Primul rînd.\n\nAl doilea.\n\n- unu\n- doi\n\nGata.");
    }

    #[test]
    fn block_syntax_at_line_start_is_escaped() {
        assert_eq!(block("# nu titlu"), "\\# nu titlu");
        assert_eq!(block("> nu citat"), "\\> nu citat");
        assert_eq!(block("---"), "\\---");
        assert_eq!(block("```"), "\\`\\`\\`");
        assert_eq!(block("::: warning"), "\\::: warning");
        assert_eq!(block("~~~"), "\\~~~");
        assert_eq!(block("    cod?"), "cod?");
    }

    #[test]
    fn raw_html_is_escaped() {
        assert_eq!(
            block("<script>alert(1)</script>"),
            "\\<script>alert(1)\\</script>"
        );
    }

    #[test]
    fn a_typed_backslash_never_undoes_an_escape() {
        assert_eq!(
            block("\\<script>alert(1)\\</script>"),
            "\\\\\\<script>alert(1)\\\\\\</script>"
        );
        assert_eq!(
            inline("\\[x](javascript:alert(1))"),
            "\\\\\\[x\\](javascript:alert(1))"
        );
    }

    #[test]
    fn entities_code_spans_and_attributes_stay_text() {
        assert_eq!(block("&lt;b&gt; &#x6a;"), "\\&lt;b\\&gt; \\&#x6a;");
        assert_eq!(block("`<b>`{=html}"), "\\`\\<b>\\`\\{=html\\}");
        assert_eq!(block("a\u{0}b\u{1b}c\td"), "abc\td");
        assert_eq!(
            block("^[notă] $x$ @cit ana@b.md"),
            "\\^\\[notă\\] \\$x\\$ \\@cit ana@b.md"
        );
    }

    #[test]
    fn a_closing_hash_run_stays_in_a_title() {
        assert_eq!(inline("Nr. #"), "Nr. \\#");
        assert_eq!(inline("C#"), "C#");
        assert_eq!(inline("##"), "\\##");
    }

    #[test]
    fn emphasis_and_romanian_text_pass_through() {
        let s = "Am avut *foarte* mulți cititori: „Știință și țară”.";
        assert_eq!(block(s), s);
    }

    #[test]
    fn inline_folds_lines_and_defuses_markers() {
        assert_eq!(
            inline("Un titlu\npe două rînduri"),
            "Un titlu pe două rînduri"
        );
        assert_eq!(inline("- nu listă"), "\\- nu listă");
        assert_eq!(inline("2026. Un an bun"), "2026\\. Un an bun");
        assert_eq!(inline("# titlu"), "\\# titlu");
    }

    #[test]
    fn links_and_images_stay_text() {
        assert_eq!(
            block("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("Legendă ](x) ["), "Legendă \\](x) \\[");
    }

    #[test]
    fn wrap_paragraphs_marks_each_paragraph_and_list_item() {
        assert_eq!(
            wrap_paragraphs("Unu.\n\nDoi.", "**"),
            "**Unu.**\n\n**Doi.**"
        );
        assert_eq!(wrap_paragraphs("- a\n- b", "*"), "- *a*\n- *b*");
        assert_eq!(wrap_paragraphs("", "**"), "");
    }

    #[test]
    fn url_is_always_a_relative_path() {
        assert_eq!(url("javascript:alert(1)"), "./javascript:alert%281%29");
        assert_eq!(url(" JaVa Script:x"), "./JaVa%20Script:x");
        assert_eq!(url("&#x6a;avascript:x"), "%26#x6a;avascript:x");
        assert_eq!(url("poze/a:b.jpg"), "poze/a:b.jpg");
    }

    #[test]
    fn url_encodes_spaces_and_brackets() {
        assert_eq!(
            url("poze/lansare carte (1).jpg"),
            "poze/lansare%20carte%20%281%29.jpg"
        );
    }
}
