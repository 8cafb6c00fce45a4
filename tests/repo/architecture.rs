//! ARCHITECTURE.md matches the tree: every module its tables describe, and every path it
//! names, exists. A file moved or removed without the page knowing fails here.

use std::path::Path;

fn page() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md")
}

/// Whether `name` is a file or folder of the project, read from the root, `src/`,
/// `src/tui/` (the wizard's own table) or `tests/`.
fn exists(name: &str) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["", "src", "src/tui", "tests"]
        .iter()
        .any(|base| root.join(base).join(name).exists())
}

#[test]
fn every_module_in_the_tables_exists() {
    let page = page();
    let missing: Vec<&str> = page
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .filter(|name| !exists(name))
        .collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md describes {missing:?}");
}

#[test]
fn every_path_it_names_exists() {
    let page = page();
    let missing: Vec<&str> = page
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| t.contains('/') && !t.starts_with('/') && !t.contains(' '))
        .filter(|t| {
            [".rs", ".md", ".sh", ".toml", ".txt", "/"]
                .iter()
                .any(|e| t.ends_with(e))
        })
        .filter(|t| !t.contains("//") && !t.contains('&') && !t.contains('<') && !t.contains('*'))
        .filter(|name| !exists(name))
        .collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md names {missing:?}");
}
