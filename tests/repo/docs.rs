//! The documentation says only what exists: README.md stays short and every command, key and
//! file it names is real; the librarian's guide has the same sections in its three languages;
//! every relative link of the documents leads to a file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use povestitor::i18n::{Catalog, Lang};
use povestitor::tui::keymap::{Page, help_sections, hints};
use pulldown_cmark::{Event, Parser, Tag};
use regex::Regex;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The code of a Markdown text (inline spans and blocks), and its link targets.
fn code_and_links(markdown: &str) -> (Vec<String>, Vec<String>) {
    let (mut code, mut links) = (Vec::new(), Vec::new());
    let mut block: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Code(text) => code.push(text.to_string()),
            Event::Start(Tag::CodeBlock(_)) => block = Some(String::new()),
            Event::Text(text) => {
                if let Some(block) = block.as_mut() {
                    block.push_str(&text);
                }
            }
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => code.extend(block.take()),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            _ => {}
        }
    }
    (code, links)
}

/// The commands a text names: each `povestitor WORD [WORD]` in its code.
fn commands_named(code: &[String]) -> Vec<Vec<String>> {
    let named = Regex::new(r"(?:^|[\s(`])povestitor((?: [a-z][a-z0-9-]*)+)").unwrap();
    code.iter()
        .flat_map(|text| {
            named
                .captures_iter(text)
                .map(|c| c[1].split_whitespace().map(str::to_string).collect())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The F keys and Ctrl/Alt/Shift chords a text names (`F5`, `Ctrl+Q`, `Ctrl+Shift+V`).
fn keys_in(text: &str) -> BTreeSet<String> {
    let key = Regex::new(r"\b(?:(?:Ctrl|Alt|Shift)\+)+[A-Za-z0-9]+\b|\bF[0-9]{1,2}\b").unwrap();
    key.find_iter(text)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Every key the wizard's keymap has, as the help window and the hint lines spell them.
fn keymap_keys() -> BTreeSet<String> {
    let mut text = String::new();
    for (_, lines) in help_sections() {
        for line in lines {
            text.push_str(&line.keys);
            text.push('\n');
        }
    }
    for page in [
        Page::Home,
        Page::Step,
        Page::Review,
        Page::Details,
        Page::Preview,
        Page::Export,
        Page::Help,
        Page::Picker,
        Page::Reviewing,
        Page::Comment,
    ] {
        for (label, _) in hints(page) {
            text.push_str(label);
            text.push('\n');
        }
    }
    keys_in(&text)
}

/// A code span that is a file of this repository: a relative path with a `/` or a known
/// ending, no spaces, not a place on the user's computer (`~/…`, `%APPDATA%…`, `./…`).
fn repo_path(span: &str) -> Option<&str> {
    let plain = span
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_./-".contains(c));
    let ending = [".md", ".rs", ".toml", ".sh", ".snap"]
        .iter()
        .any(|e| span.ends_with(e));
    let looks = plain && (span.contains('/') || ending) && !span.starts_with("./");
    looks.then_some(span)
}

/// Every `povestitor …` in the code of `text` is a command clap defines (and, for a command
/// with subcommands, the word after it one of those), and every F key or chord it names is
/// one the keymap binds.
fn names_only_real_commands_and_keys(name: &str, text: &str) {
    let (code, _) = code_and_links(text);
    let cli = povestitor::cli::localized_command(&Catalog::new(Lang::En));
    for words in commands_named(&code) {
        let Some(sub) = cli.find_subcommand(&words[0]) else {
            panic!(
                "{name} names `povestitor {}`, which is no command",
                words.join(" ")
            );
        };
        if sub.has_subcommands()
            && let Some(next) = words.get(1)
        {
            assert!(
                sub.find_subcommand(next).is_some(),
                "{name} names `povestitor {} {next}`, which is no command",
                words[0]
            );
        }
    }
    let known = keymap_keys();
    for key in keys_in(text) {
        assert!(
            known.contains(&key),
            "{name} names {key}, which the wizard does not bind: {known:?}"
        );
    }
}

#[test]
fn the_readme_is_short_and_names_only_what_exists() {
    let readme = read("README.md");
    let lines = readme.lines().count();
    assert!(lines <= 250, "README.md has {lines} lines; at most 250");

    let (code, links) = code_and_links(&readme);

    assert!(commands_named(&code).len() >= 5, "{code:?}");
    let keys = keys_in(&readme);
    assert!(keys.contains("F1") && keys.contains("Ctrl+Q"), "{keys:?}");
    names_only_real_commands_and_keys("README", &readme);

    // Files, on disk.
    let mut paths: Vec<&str> = code.iter().filter_map(|s| repo_path(s)).collect();
    paths.extend(
        links
            .iter()
            .map(String::as_str)
            .filter(|l| !l.contains("://")),
    );
    assert!(paths.len() >= 10, "{paths:?}");
    for path in paths {
        let path = path.split('#').next().unwrap_or(path);
        assert!(
            root().join(path).exists(),
            "README names {path}, which is not there"
        );
    }

    // The screen it shows is one the tests draw.
    let screen = code
        .iter()
        .find(|c| c.contains("F1 help"))
        .expect("README shows a screen of the wizard");
    let drawn = std::fs::read_dir(root().join("tests/tui/snapshots"))
        .unwrap()
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .any(|snap| snap.contains(screen.trim_end_matches('\n')));
    assert!(
        drawn,
        "README's screen is in no snapshot of tests/tui/snapshots/:\n{screen}"
    );
}

/// The headings of a Markdown text, by level, outside code.
fn headings(markdown: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut current: Option<(u8, String)> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level as u8, String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(pulldown_cmark::TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

#[test]
fn the_librarians_guide_has_the_same_sections_in_every_language() {
    let guides: Vec<(&str, Vec<(u8, String)>)> = ["ro", "ru", "en"]
        .into_iter()
        .map(|lang| (lang, headings(&read(&format!("docs/librarian/{lang}.md")))))
        .collect();
    let shape = |h: &[(u8, String)]| h.iter().map(|(level, _)| *level).collect::<Vec<_>>();
    let (_, en) = &guides[2];
    assert!(
        en.iter().filter(|(l, _)| *l == 2).count() >= 8,
        "the guide has its sections: {en:?}"
    );
    for (lang, h) in &guides {
        // The same headings, level by level, in the same order.
        assert_eq!(
            shape(h),
            shape(en),
            "docs/librarian/{lang}.md's headings differ from en.md's:\n{h:?}\n{en:?}"
        );
    }
    // Each guide is in its own language: its headings differ from the English ones.
    for (lang, h) in &guides[..2] {
        let same = h.iter().zip(en).filter(|(a, b)| a.1 == b.1).count();
        assert!(
            same <= 3,
            "docs/librarian/{lang}.md keeps {same} English headings"
        );
    }
}

#[test]
fn the_guides_name_only_real_commands_and_keys() {
    for path in [
        "docs/librarian/ro.md",
        "docs/librarian/ru.md",
        "docs/librarian/en.md",
        "docs/trainer.md",
    ] {
        let text = read(path);
        assert!(
            commands_named(&code_and_links(&text).0).len() >= 5,
            "{path}"
        );
        names_only_real_commands_and_keys(path, &text);
    }
}

/// Every Markdown file of the documentation, from the repository's root.
fn documents() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = [
        "README.md",
        "ARCHITECTURE.md",
        "SECURITY.md",
        "BENCHMARKS.md",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let mut folders = vec![PathBuf::from("docs")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(root().join(&folder)).unwrap().flatten() {
            let path = folder.join(entry.file_name());
            if entry.path().is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn every_relative_link_of_the_documentation_leads_to_a_file() {
    let documents = documents();
    assert!(documents.len() >= 10, "{documents:?}");
    for document in documents {
        let text = read(document.to_str().unwrap());
        let folder = document.parent().unwrap_or(Path::new(""));
        let (_, links) = code_and_links(&text);
        for link in links {
            if link.contains("://") || link.starts_with('#') || link.starts_with("mailto:") {
                continue;
            }
            let path = link.split('#').next().unwrap_or(&link);
            assert!(
                root().join(folder).join(path).exists(),
                "{} links to {link}, which is not there",
                document.display()
            );
        }
    }
}

#[test]
fn the_checks_see_what_they_look_for() {
    // The README test's readers, on a text with a slip of each kind.
    let text = "Press F13 or Ctrl+Q, then `povestitor exprt a.toml` and `povestitor workshop statu x/`; see `docs/nothing.md` and [a](docs/none.md).";
    let (code, links) = code_and_links(text);
    assert_eq!(
        commands_named(&code),
        vec![
            vec!["exprt".to_string(), "a".to_string()],
            vec!["workshop".to_string(), "statu".to_string(), "x".to_string()]
        ]
    );
    assert!(keys_in(text).contains("F13") && !keymap_keys().contains("F13"));
    assert!(keymap_keys().contains("Ctrl+Q"));
    assert_eq!(
        code.iter().filter_map(|s| repo_path(s)).collect::<Vec<_>>(),
        ["docs/nothing.md"]
    );
    assert_eq!(links, ["docs/none.md"]);
    let h = headings("# T\n\n## A\n\n```\n## not\n```\n\n### B\n");
    assert_eq!(
        h,
        [
            (1, "T".to_string()),
            (2, "A".to_string()),
            (3, "B".to_string())
        ]
    );
}
