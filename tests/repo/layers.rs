//! The crate's layers point one way: a module may use only the layers below it (see
//! ARCHITECTURE.md). This reads every file of `src/`, finds the modules each one names
//! (`crate::…`, `super::…`, `self::…`, in `use` lines and in paths), and fails on any
//! name that points up or sideways.

use std::collections::BTreeMap;
use std::path::Path;

/// The crate's layers, lowest first. `main.rs` and `lib.rs` stand above them all.
const CRATE_LAYERS: &[&[&str]] = &[
    &["text", "i18n"],
    &["template"],
    &["story"],
    &["render"],
    &["coach"],
    &["service"],
    &["cli", "tui", "plain"],
];

/// Inside the wizard: the model does not know the update or the view, and the update and
/// the view do not know each other; the loop and the effects stand on top.
const TUI_LAYERS: &[&[&str]] = &[
    &["msg", "theme"],
    &["keymap", "widgets"],
    &["app"],
    &["layout"],
    &["update", "view"],
    &["store", "terminal"],
    &["run"],
];

/// Where the layer rules apply: the crate's top modules, and the wizard's own.
const SCOPES: &[(&[&str], &[&[&str]])] = &[(&[], CRATE_LAYERS), (&["tui"], TUI_LAYERS)];

/// A module's path from the crate root: `src/tui/view/side.rs` is `tui::view::side`.
fn module_of(file: &str) -> Vec<String> {
    let file = file.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Vec<String> = file.split('/').map(str::to_string).collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The code without comments (a `crate::` in a comment is not a dependency).
fn code_only(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path the code names, resolved from `module` (the file's own path).
/// A braced group contributes each of its members: `crate::{a::X, b}` names `a` and `b`.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let root = ["crate::", "super::", "self::"]
            .into_iter()
            .find(|r| rest.starts_with(r));
        let (Some(root), true) = (root, starts_word) else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let (mut base, mut j) = match root {
            "crate::" => (Vec::new(), i + root.len()),
            "super::" => (
                module[..module.len().saturating_sub(1)].to_vec(),
                i + root.len(),
            ),
            _ => (module.to_vec(), i + root.len()),
        };
        while code[j..].starts_with("super::") {
            base.pop();
            j += "super::".len();
        }
        let (path, end) = path_at(&code[j..]);
        if let Some(group) = path.strip_suffix("{") {
            let mut prefix = base.clone();
            prefix.extend(
                group
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
            let close =
                matching_brace(&code[j + end - 1..]).map_or(code.len(), |c| j + end - 1 + c);
            for member in top_level_members(&code[j + end..close]) {
                let mut full = prefix.clone();
                full.extend(member.split("::").map(String::from));
                found.push(full);
            }
            i = j + end;
        } else {
            let mut full = base;
            full.extend(path.split("::").filter(|s| !s.is_empty()).map(String::from));
            found.push(full);
            i = j + end.max(1);
        }
    }
    found
}

/// `a::b::c` or `a::b::{` at the start of `text`; returns it and its length.
fn path_at(text: &str) -> (String, usize) {
    let mut end = 0;
    for (k, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            end = k + c.len_utf8();
        } else if c == '{' {
            return (format!("{}{{", &text[..k]), k + 1);
        } else {
            break;
        }
    }
    (text[..end].trim_end_matches(':').to_string(), end)
}

/// Where the brace opened at `text[0]` closes.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (k, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// The paths of a group's members, up to any inner group: `a::X, b::{c, d}` gives `a::X`, `b`.
fn top_level_members(group: &str) -> Vec<String> {
    let mut members = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => members.push(std::mem::take(&mut current)),
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    members.push(current);
    members
        .into_iter()
        .map(|m| {
            let m = m.split(" as ").next().unwrap_or("").trim();
            m.trim_end_matches("::").to_string()
        })
        .filter(|m| !m.is_empty() && m != "self" && m != "*")
        .collect()
}

fn layer_of(layers: &[&[&str]], name: &str) -> Option<usize> {
    layers.iter().position(|layer| layer.contains(&name))
}

/// Every edge that breaks a scope's layer order, once per file and module named, as
/// `file: uses a (up), as in a::b`.
fn violations(files: &[(String, String)]) -> Vec<String> {
    let mut found: BTreeMap<(String, String), String> = BTreeMap::new();
    for (file, text) in files {
        let module = module_of(file);
        for path in named_paths(&module, &code_only(text)) {
            for (scope, layers) in SCOPES {
                let depth = scope.len();
                let inside = |p: &[String]| p.len() > depth && p[..depth] == scope[..];
                if !inside(&module) || !inside(&path) {
                    continue;
                }
                let (from, to) = (&module[depth], &path[depth]);
                if from == to {
                    continue;
                }
                let (Some(from_layer), Some(to_layer)) =
                    (layer_of(layers, from), layer_of(layers, to))
                else {
                    if layer_of(layers, from).is_some() || layer_of(layers, to).is_some() {
                        found.entry((file.clone(), to.clone())).or_insert(format!(
                            "{file}: uses {to} ({from} or {to} has no layer: add it to tests/repo/layers.rs)"
                        ));
                    }
                    continue;
                };
                if to_layer >= from_layer {
                    let why = if to_layer == from_layer {
                        "sideways"
                    } else {
                        "up"
                    };
                    found.entry((file.clone(), to.clone())).or_insert(format!(
                        "{file}: uses {to} ({why}), as in {}",
                        path.join("::")
                    ));
                }
            }
        }
    }
    found.into_values().collect()
}

fn source_files(dir: &Path, files: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let mut files = Vec::new();
    source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 50, "the sources were found");
    let found = violations(&files);
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_top_module_has_a_layer() {
    let mut files = Vec::new();
    source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for (file, _) in &files {
        let module = module_of(file);
        for (scope, layers) in SCOPES {
            let depth = scope.len();
            if module.len() > depth && module[..depth] == scope[..] {
                assert!(
                    layer_of(layers, &module[depth]).is_some(),
                    "{file}: the module {} has no place in tests/repo/layers.rs",
                    module[depth]
                );
            }
        }
    }
}

/// The edges the structure issue found in the code, written as they were: each one fails.
#[test]
fn the_edges_that_once_ran_in_circles_are_caught() {
    let made_up = [
        ("src/template/library.rs", "use crate::render::Layouts;"),
        (
            "src/template/validate.rs",
            "use crate::story::{Draft, Item, parse_draft};",
        ),
        ("src/tui/store.rs", "use crate::cli::{self, CliError};"),
        (
            "src/tui/view/review.rs",
            "let text = crate::cli::describe(finding, &app.catalog);",
        ),
        ("src/tui/app.rs", "use super::view::step::StepHeights;"),
        (
            "src/tui/update/mod.rs",
            "if let Some(i) = view::home::entry_at(app, row) {}\nuse super::super::view;",
        ),
        ("src/tui/view/side.rs", "use crate::tui::update::Target;"),
        (
            "src/cli/mod.rs",
            "use crate::{service::Templates, tui::Start};",
        ),
    ];
    for (file, line) in made_up {
        let found = violations(&[(file.to_string(), line.to_string())]);
        assert_eq!(found.len(), 1, "{file}: {line} gives {found:?}");
    }
    // And what points down passes: a comment, a sibling in the same module, a lower layer.
    let fine = [
        (
            "src/tui/view/side.rs",
            "use crate::coach::{self, StepState};\nuse super::body_split;",
        ),
        (
            "src/render/mod.rs",
            "// crate::cli is not named here\nuse crate::story::Draft;",
        ),
        (
            "src/service/export.rs",
            "use crate::render::{self, Format};",
        ),
    ];
    for (file, line) in fine {
        let found = violations(&[(file.to_string(), line.to_string())]);
        assert!(found.is_empty(), "{file}: {line} gives {found:?}");
    }
}
