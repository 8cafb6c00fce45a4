//! Independent readers for the injection corpus: each export is read the way a real consumer
//! reads it (pulldown-cmark and pandoc for Markdown, a tag scanner for HTML, quick-xml for
//! DOCX, a strict YAML double-quoted-string reader for front matter) and checked for markup
//! that came from a field.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use pulldown_cmark::{Event, Options, Parser, Tag};

/// What a librarian or a trainer might type, by accident or not (`tests/cli/injection.rs`
/// puts each into every field of every export; `tests/publish/injection.rs` into posts).
pub const PAYLOADS: &[&str] = &[
    // A backslash before what we escape.
    "\\<script>alert(1)</script>",
    "\\[x](javascript:alert(1))",
    "\\![x](javascript:alert(1))",
    "\\*bold\\* \\`code\\` \\!",
    "\\\\<b>two backslashes</b>",
    "x\\\n<script>alert(1)</script>",
    // Entities.
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "[x](&#x6a;avascript:alert(1))",
    "<a href=\"&#x6a;avascript:alert(1)\">x</a>",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    // Autolinks and comments.
    "<javascript:alert(1)>",
    "<http://x>",
    "<mailto:a@b>",
    "<!-- comment --> <!-->",
    // Link and image targets.
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( java\tscript:alert(1) )",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](file:///etc/passwd) [y](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x]\n\n[x]: data:text/html,hi",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    // Raw HTML.
    "<div onclick=\"alert(1)\">x</div>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<svg/onload=alert(1)>",
    "<style>body{display:none}</style>",
    "a <b onmouseover=alert(1)>inline</b> b",
    "</p><script>alert(1)</script><p>",
    // Block starters.
    "# heading\nSetext\n===\nSetext\n---\n> quote\n- item\n1. item\n    code",
    "```html\n<script>alert(1)</script>\n```",
    "~~~\n<script>alert(1)</script>\n~~~",
    "| a | b |\n|---|---|\n| <b>x</b> | y |",
    // Pandoc's Markdown.
    "`<script>alert(1)</script>`{=html}",
    "```{=html}\n<script>alert(1)</script>\n```",
    "Title {onclick=alert(1) #id .cls}",
    "[x]{onclick=alert(1)}",
    "::: {onclick=alert(1)}\n<b>div</b>\n:::",
    "^[footnote <script>alert(1)</script>]",
    "$<script>alert(1)</script>$",
    "<span onclick=alert(1)>x</span>",
    // YAML breakers.
    "\"quoted\" 'single'",
    "key: value",
    "---",
    "# comment",
    "{a: 1}",
    "[a, b]",
    "&anchor *alias !!tag",
    "line\nbreak\r\nand\ttab",
    "- list: item",
    "@at `back` %percent |pipe >fold",
    // WordPress: shortcodes (players, frames of other sites) and a web address alone on a
    // line, which WordPress's autoembed turns into a frame of that site.
    "[video src=https://evil.example/v.mp4]",
    "[embed]https://evil.example/page[/embed]",
    "[audio src=https://evil.example/a.mp3] [playlist ids=1]",
    "[caption id=x]caption[/caption] [gallery ids=1,2]",
    "[[video src=x]] \\[embed]x\\[/embed]",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    // Controls and odd code points.
    "a\u{0}b\u{7}c\u{1b}[31md\u{85}e\u{2028}f\u{feff}g",
];

/// A link or image target a browser would run or read locally: any scheme except the web,
/// e-mail and telephone. Whitespace and controls are ignored, as browsers ignore them.
pub fn dangerous_target(url: &str) -> bool {
    let compact: String = decode_entities(url)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let Some(colon) = compact.find(':') else {
        return false;
    };
    let scheme = &compact[..colon];
    let is_scheme = scheme
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic());
    is_scheme && !matches!(scheme, "http" | "https" | "mailto" | "tel")
}

/// `&#x6a;`, `&#106;`, `&amp;`, `&colon;`, `&Tab;` … decoded, as a browser decodes attributes.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &tail[..e];
            let code = if let Some(hex) = name
                .strip_prefix(['#'])
                .and_then(|n| n.strip_prefix(['x', 'X']))
            {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok()
            } else {
                match name {
                    "amp" => Some(38),
                    "colon" => Some(58),
                    "lt" => Some(60),
                    "gt" => Some(62),
                    "quot" => Some(34),
                    "Tab" => Some(9),
                    "NewLine" => Some(10),
                    _ => None,
                }
            };
            Some((char::from_u32(code?)?, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The Markdown body as a CommonMark engine reads it (every pulldown-cmark extension on):
/// no raw HTML at all (the built-in layouts write none), no links, and images only to
/// relative paths.
pub fn check_markdown(body: &str) -> Result<(), String> {
    for event in Parser::new_ext(body, Options::all()) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                return Err(format!("raw HTML {raw:?}"));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                return Err(format!("a link to {dest_url:?}"));
            }
            Event::Start(Tag::Image { dest_url, .. }) if dangerous_target(&dest_url) => {
                return Err(format!("an image from {dest_url:?}"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Elements our HTML (and pandoc's, for this Markdown) may hold.
const ALLOWED_TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "em",
    "strong",
    "blockquote",
    "cite",
    "figure",
    "figcaption",
    "img",
    "ul",
    "ol",
    "li",
    "hr",
    "br",
    "a",
    // pandoc's readings of a librarian's ~sub~, ^sup^, ~~strike~~ and [smart] quotes.
    "sub",
    "sup",
    "del",
    "q",
];

/// HTML read tag by tag: only known elements, no `on…` attribute, no `style` attribute,
/// no dangerous `href`/`src`, no `<a>` at all (answers never make links).
pub fn check_html(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').ok_or("a tag that never closes")?;
        let tag = &after[..end];
        rest = &after[end + 1..];
        let tag = tag.trim_start_matches('/').trim_end_matches('/');
        let name = tag
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default();
        if !ALLOWED_TAGS.contains(&name) || name == "a" {
            return Err(format!("an element <{tag}>"));
        }
        for (attr, value) in attributes(tag) {
            if attr.starts_with("on") || attr == "style" || attr == "srcdoc" {
                return Err(format!("the attribute {attr} in <{tag}>"));
            }
            if matches!(attr.as_str(), "href" | "src" | "action" | "formaction")
                && dangerous_target(&value)
            {
                return Err(format!("{attr}={value:?} in <{tag}>"));
            }
        }
    }
    Ok(())
}

/// `(name, value)` of each attribute of a tag's inside (`img src="x" alt="y"`).
pub fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(space) = tag.find(char::is_whitespace) else {
        return out;
    };
    let mut rest = tag[space..].trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_string();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, tail) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let e = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..e], &after[e..])
                }
            };
            value = v.to_string();
            rest = tail.trim_start();
        }
        out.push((name, value));
    }
    out
}

/// An XML part of the DOCX: it must parse, and every element must be a namespaced WordML
/// (or package) element: a field's `<script>` or `<b>` would be an element without a prefix.
/// Returns the text content.
pub fn check_xml(xml: &str) -> Result<String, String> {
    use quick_xml::events::Event as X;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Err(e) => return Err(format!("XML that does not parse: {e}")),
            Ok(X::Eof) => return Ok(text),
            Ok(X::Start(e)) | Ok(X::Empty(e)) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if !name.contains(':')
                    && !matches!(
                        name.as_str(),
                        "Relationships"
                            | "Relationship"
                            | "Types"
                            | "Default"
                            | "Override"
                            | "Properties"
                    )
                {
                    return Err(format!("an element <{name}>"));
                }
            }
            Ok(X::Text(t)) => {
                let raw = String::from_utf8_lossy(t.as_ref()).into_owned();
                let decoded = quick_xml::escape::unescape(&raw)
                    .map_err(|e| format!("bad text {raw:?}: {e}"))?;
                text.push_str(&decoded);
            }
            Ok(X::GeneralRef(r)) => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                let entity = format!("&{name};");
                let decoded = quick_xml::escape::unescape(&entity)
                    .map_err(|e| format!("bad reference {entity}: {e}"))?;
                text.push_str(&decoded);
            }
            Ok(X::DocType(_)) => return Err("a DOCTYPE".to_string()),
            Ok(_) => {}
        }
    }
}

/// The parts of a DOCX file, by name.
pub fn docx_part(bytes: &[u8], name: &str) -> Result<String, String> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut part = archive.by_name(name).map_err(|e| format!("{name}: {e}"))?;
    let mut text = String::new();
    part.read_to_string(&mut text).map_err(|e| e.to_string())?;
    Ok(text)
}

/// Splits a Markdown export into its front matter's lines and its body.
pub fn split_front_matter(md: &str) -> Result<(Vec<&str>, &str), String> {
    let inner = md.strip_prefix("---\n").ok_or("no front matter")?;
    let end = inner.find("\n---\n\n").ok_or("front matter never closes")?;
    Ok((inner[..end].lines().collect(), &inner[end + 6..]))
}

/// The front matter read strictly: each line is `key: value`, where value is a YAML
/// double-quoted scalar (YAML 1.2, 7.3.1), an ISO date, or a flow sequence of double-quoted
/// scalars; nothing may follow a value (a `#` there would start a comment, `: ` a mapping).
/// That is the whole YAML we write, and anything else a reader could take differently.
pub fn read_front_matter(lines: &[&str]) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut out = Vec::new();
    for line in lines {
        let (key, value) = line
            .split_once(": ")
            .ok_or(format!("not `key: value`: {line:?}"))?;
        if !key.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(format!("odd key {key:?}"));
        }
        let values = if key == "date" {
            let ok = value.len() == 10
                && value.chars().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            if !ok {
                return Err(format!("not an ISO date: {value:?}"));
            }
            vec![value.to_string()]
        } else if let Some(list) = value.strip_prefix('[') {
            let mut rest = list;
            let mut items = Vec::new();
            loop {
                rest = rest.trim_start_matches(", ");
                if rest == "]" {
                    break;
                }
                let (item, tail) = double_quoted(rest)?;
                items.push(item);
                rest = tail;
                if !(rest == "]" || rest.starts_with(", ")) {
                    return Err(format!("a flow sequence broken at {rest:?}"));
                }
            }
            items
        } else {
            let (item, tail) = double_quoted(value)?;
            if !tail.is_empty() {
                return Err(format!("{tail:?} after a string"));
            }
            vec![item]
        };
        out.push((key.to_string(), values));
    }
    Ok(out)
}

/// One double-quoted scalar at the start of `s`: its value and what follows it.
fn double_quoted(s: &str) -> Result<(String, &str), String> {
    let body = s
        .strip_prefix('"')
        .ok_or(format!("not a quoted string: {s:?}"))?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &body[i + 1..])),
            '\\' => {
                let (_, e) = chars.next().ok_or("an escape at the end")?;
                let hex = |n: usize, chars: &mut std::str::CharIndices| -> Result<char, String> {
                    let digits: String = chars.by_ref().take(n).map(|(_, c)| c).collect();
                    u32::from_str_radix(&digits, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or(format!("bad \\u escape {digits:?}"))
                };
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    'x' => hex(2, &mut chars)?,
                    'u' => hex(4, &mut chars)?,
                    'U' => hex(8, &mut chars)?,
                    other => return Err(format!("an escape YAML does not know: \\{other}")),
                });
            }
            // YAML's printable set: no C0/C1 controls (tab is allowed), no BOM, no U+FFFE/F.
            c if (c.is_control() && c != '\t')
                || matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}') =>
            {
                return Err(format!("an unescaped {:?} in a quoted string", c));
            }
            c => out.push(c),
        }
    }
    Err(format!("a string that never closes: {s:?}"))
}

/// Whether pandoc can be run; `None` (with a note) when it is missing outside CI.
pub fn pandoc_available() -> bool {
    let found = Command::new("pandoc")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    super::common::needs("pandoc, the injection corpus's second reader", found)
}

/// `markdown` converted to HTML by pandoc, reading it as `from`.
pub fn pandoc_html(markdown: &str, from: &str) -> Result<String, String> {
    let mut child = Command::new("pandoc")
        .args(["-f", from, "-t", "html"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let input = markdown.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    if !output.status.success() {
        return Err(format!(
            "pandoc -f {from} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
