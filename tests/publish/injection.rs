//! The injection corpus (`injection_check::PAYLOADS`) published to the real WordPress on this
//! machine (`scripts/wordpress.sh`, as `tests/publish/wordpress.rs` uses it): each payload in
//! every field of a story (the title, the lead that becomes the excerpt, the answers, the
//! quote, the photo's caption and credit, the author), sent as a draft post with
//! `povestitor publish`, then read back as a reader gets it: the `rendered` title, excerpt and
//! content (`context=view`, after WordPress's filters: blocks, autoembed, shortcodes). Nothing
//! typed may come out as a tag, a player or a frame of another site, and every payload's words
//! must still be there to read.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::{self, povestitor, stderr_of};
use crate::injection_check::{self, PAYLOADS, dangerous_target};
use crate::site::{Site, here, request, site};
use povestitor::service::Templates;
use povestitor::story::{Draft, Item, save_draft};
use povestitor::template::StepKind;

/// The model story's template with `payload` in every field; its one photo is a real file.
fn hostile_story(dir: &Path, payload: &str) -> PathBuf {
    let templates = Templates::builtin().unwrap_or_else(|e| panic!("{e}"));
    let loaded = templates
        .get("success-story")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(
        common::template_dir("success-story").join("bunicii-online.png"),
        dir.join("poza.png"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut draft = Draft::new(&loaded.template);
    draft.meta.author = payload.to_string();
    draft.meta.institution = payload.to_string();
    for step in &loaded.template.steps {
        match step.kind {
            StepKind::Line | StepKind::Text => draft.answers.set_text(&step.id, payload.into()),
            StepKind::Quotes => draft.answers.set_items(
                &step.id,
                vec![
                    Item::default()
                        .with("text", payload)
                        .with("author", payload)
                        .with("role", payload),
                ],
            ),
            StepKind::Photos => draft.answers.set_items(
                &step.id,
                vec![
                    Item::default()
                        .with("path", "poza.png")
                        .with("caption", payload)
                        .with("credit", payload),
                ],
            ),
        }
    }
    let path = dir.join("poveste.toml");
    save_draft(&path, &draft).unwrap_or_else(|e| panic!("{e}"));
    path
}

/// The elements WordPress writes for the blocks povestitor sends (and the `<p>` and `<br>`
/// of its paragraphs): anything else in a rendered post came from typed text.
const WORDPRESS_TAGS: &[&str] = &[
    "p",
    "br",
    "em",
    "strong",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "cite",
    "figure",
    "figcaption",
    "img",
    "hr",
    "pre",
    "code",
];

/// Classes of what WordPress's shortcodes and embeds write (players, frames, galleries).
const PLAYERS: &[&str] = &[
    "wp-video",
    "wp-audio",
    "wp-playlist",
    "mejs",
    "wp-embed",
    "wp-block-embed",
    "wp-embedded-content",
    "wp-caption",
    "gallery",
];

/// A rendered post's HTML read tag by tag: only the elements the blocks make, no `on…`,
/// `style` or `srcdoc` attribute, no dangerous target, an image only from the site's own
/// uploads, no player's class.
fn check_rendered(html: &str, uploads: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').ok_or("a tag that never closes")?;
        let tag = &after[..end];
        rest = &after[end + 1..];
        let tag = tag.trim_start_matches('/').trim_end_matches('/').trim();
        let name = tag
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default();
        if !WORDPRESS_TAGS.contains(&name) {
            return Err(format!("an element <{tag}>"));
        }
        for (attr, value) in injection_check::attributes(tag) {
            if attr.starts_with("on") || attr == "style" || attr == "srcdoc" {
                return Err(format!("the attribute {attr} in <{tag}>"));
            }
            if matches!(attr.as_str(), "href" | "src" | "srcset") && dangerous_target(&value) {
                return Err(format!("{attr}={value:?} in <{tag}>"));
            }
            if attr == "src" && !value.starts_with(uploads) {
                return Err(format!("an image from elsewhere: <{tag}>"));
            }
            if attr == "class"
                && let Some(player) = PLAYERS.iter().find(|p| value.contains(*p))
            {
                return Err(format!("the class {player} in <{tag}>"));
            }
        }
    }
    Ok(())
}

/// What a reader reads: the tags left out, character references decoded.
fn reading(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let decoded = tail.find(';').filter(|&e| e <= 10).and_then(|e| {
            let name = &tail[..e];
            let code = match name {
                "amp" => Some(38),
                "lt" => Some(60),
                "gt" => Some(62),
                "quot" => Some(34),
                "nbsp" => Some(160),
                _ => match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => name.strip_prefix('#').and_then(|d| d.parse().ok()),
                },
            };
            code.and_then(char::from_u32).map(|c| (c, e))
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

/// The letters, digits and brackets of a text, in order: what survives typography (ours
/// and WordPress's) and must survive a post, so a payload is still there to read.
fn skeleton(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '[' | ']'))
        .collect()
}

/// Publishes `payload` as a post, reads it back rendered, checks it, deletes it.
fn check_payload(site: &Site, payload: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let draft = hostile_story(dir.path(), payload);
    let out = povestitor(dir.path())
        .args(["--lang", "en", "publish"])
        .arg(&draft)
        .args(["--site", &site.url, "--user", &site.user])
        .env("POVESTITOR_WP_PASSWORD", &site.password)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("publish failed: {}", stderr_of(&out)));
    }
    let text = std::fs::read_to_string(&draft).map_err(|e| e.to_string())?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let id = table["wordpress"]["post"]
        .as_integer()
        .ok_or_else(|| format!("no post id in the draft:\n{text}"))?;
    let post = request(site, "GET", &format!("wp/v2/posts/{id}&context=view"))?;
    let rendered = |key: &str| {
        post[key]["rendered"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let (title, excerpt, content) = (rendered("title"), rendered("excerpt"), rendered("content"));
    let uploads = format!("{}/wp-content/uploads/", site.url.to_ascii_lowercase());
    let result = (|| {
        if title.contains('<') {
            return Err(format!("a tag in the title: {title}"));
        }
        for (field, html) in [("excerpt", &excerpt), ("content", &content)] {
            check_rendered(html, &uploads).map_err(|e| format!("{field}: {e}\n{html}"))?;
        }
        // The words as typed: a shortcode that ran, or a tag that was read as one, would
        // have taken them away.
        let typed = skeleton(payload.lines().next().unwrap_or_default());
        for (field, html) in [
            ("title", &title),
            ("excerpt", &excerpt),
            ("content", &content),
        ] {
            if !skeleton(&reading(html)).contains(&typed) {
                return Err(format!("{field} does not read {typed:?}: {html}"));
            }
        }
        Ok(())
    })();
    let media = post["featured_media"].as_u64().unwrap_or(0);
    request(site, "DELETE", &format!("wp/v2/posts/{id}&force=true"))?;
    if media > 0 {
        request(site, "DELETE", &format!("wp/v2/media/{media}&force=true"))?;
    }
    result
}

#[test]
fn no_typed_text_becomes_markup_or_a_shortcode_in_a_post() {
    if !here() {
        return;
    }
    let site = site();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    // A few at a time: each payload is a publish and a reading of one post.
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                while let Some(payload) = PAYLOADS.get(next.fetch_add(1, Ordering::SeqCst)) {
                    if let Err(e) = check_payload(site, payload)
                        && let Ok(mut failures) = failures.lock()
                    {
                        failures.push(format!("{payload:?}: {e}"));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
