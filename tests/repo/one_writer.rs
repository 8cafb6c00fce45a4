//! The wizard's state has one writer: `update` (with the model's own methods in `tui/app/`,
//! which only `update` can reach). The store, the views, the widgets, the layout and the
//! terminal read the model; what the store did comes back as a `Done` for `update` to
//! apply. This reads every file of `src/tui/` and fails on any other place that holds the
//! model mutably or writes it.

use std::path::Path;

/// Where the model may be written.
const WRITERS: &[&str] = &["src/tui/update/", "src/tui/app/"];

/// Where the model is held mutably only to be handed to `update`: the loop and the start.
const HOLDERS: &[&str] = &["src/tui/run.rs", "src/tui/mod.rs"];

/// The names of the model's methods that change it (`fn name(&mut self`), and of the
/// types it is made of.
fn mutating_methods(sources: &[(String, String)]) -> Vec<String> {
    let mut names = Vec::new();
    for (file, text) in sources {
        if !file.starts_with("src/tui/app/") {
            continue;
        }
        for part in text.split("fn ").skip(1) {
            let Some((name, rest)) = part.split_once('(') else {
                continue;
            };
            let rest = rest.trim_start();
            if rest.starts_with("&mut self")
                && name.chars().all(|c| c.is_alphanumeric() || c == '_')
            {
                names.push(name.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The file without its unit tests (which build models of their own).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

/// Each place outside the writers that writes the model or holds it mutably.
fn violations(sources: &[(String, String)]) -> Vec<String> {
    let methods = mutating_methods(sources);
    let mut found = Vec::new();
    for (file, text) in sources {
        if WRITERS.iter().any(|w| file.starts_with(w)) {
            continue;
        }
        let holder = HOLDERS.contains(&file.as_str());
        for (n, line) in without_tests(text).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let place = format!("{file}:{}: {}", n + 1, line.trim());
            if !holder && (code.contains("&mut App") || code.contains("mut app")) {
                found.push(format!("{place} (holds the model mutably)"));
            }
            for (at, _) in code.match_indices("app.") {
                // `app.` as a name of its own, not `self.app.` or `wrapped_app.`.
                let before = code[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let chain: String = code[at..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
                    .collect();
                let after = code[at + chain.len()..].trim_start();
                let assigned = (after.starts_with('=') && !after.starts_with("=="))
                    || after.starts_with("+=")
                    || after.starts_with("-=");
                let method = chain.rsplit('.').next().unwrap_or("");
                let called = after.starts_with('(');
                if assigned
                    || (called && (method == "as_mut" || methods.iter().any(|m| m == method)))
                {
                    found.push(format!("{place} (writes the model)"));
                }
            }
            if code.contains("&mut app.") || code.contains("&mut self.app") {
                found.push(format!("{place} (borrows part of the model mutably)"));
            }
        }
    }
    found
}

fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect(Path::new("src/tui"), &mut files);
    files
}

fn collect(dir: &Path, files: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn only_update_writes_the_wizards_state() {
    let sources = sources();
    assert!(sources.len() > 40, "the wizard's files are read");
    assert!(
        mutating_methods(&sources).contains(&"say".to_string()),
        "the model's changing methods are found"
    );
    let found = violations(&sources);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The writes the store once made, written as they were: each one is caught.
#[test]
fn the_writes_that_once_were_in_the_store_are_caught() {
    let mut sources = sources();
    let model: Vec<(String, String)> = sources
        .iter()
        .filter(|(file, _)| file.starts_with("src/tui/app/"))
        .cloned()
        .collect();
    let made_up = [
        (
            "src/tui/store/mod.rs",
            "    pub fn save(&mut self, app: &mut App) -> bool {",
        ),
        (
            "src/tui/store/mod.rs",
            "                session.dirty = false;\n                app.status = None;",
        ),
        (
            "src/tui/store/coach.rs",
            "                app.say(StatusKind::Done, text);",
        ),
        (
            "src/tui/store/photos.rs",
            "    if let Some(session) = app.session.as_mut() {",
        ),
        (
            "src/tui/run.rs",
            "            for effect in std::mem::take(&mut app.effects) {",
        ),
        (
            "src/tui/run.rs",
            "    app.size = (size.width, size.height);",
        ),
        (
            "src/tui/run.rs",
            "        if now - last_change >= SPELL_QUIET && app.spell_pending() {",
        ),
        ("src/tui/layout.rs", "pub fn remember(app: &mut App) {"),
    ];
    for (file, line) in made_up {
        let mut tried = model.clone();
        tried.push((file.to_string(), line.to_string()));
        let found = violations(&tried);
        assert_eq!(found.len(), 1, "{file}: {line} gives {found:?}");
    }
    // And reading passes: the store reading the model, the loop handing it to update.
    sources.retain(|(file, _)| file.starts_with("src/tui/app/"));
    sources.push((
        "src/tui/store/mod.rs".into(),
        "    let Some(session) = app.session.as_ref() else {\n    let text = app.t(\"status-saved\");\n    if app.status == None {}".into(),
    ));
    sources.push((
        "src/tui/run.rs".into(),
        "pub fn carry_out(app: &mut App, store: &mut Store, effect: Effect) {\n        update(app, message);".into(),
    ));
    let found = violations(&sources);
    assert!(found.is_empty(), "{found:?}");
}
