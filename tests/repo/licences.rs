//! Every crate povestitor is built or tested with (`cargo metadata` for Linux and for
//! x86_64-pc-windows-gnu: normal, build and dev dependencies) is under a licence on the
//! allow-list below: its `license` field, an SPDX expression, must be satisfied by it. A new
//! dependency under another licence fails here until someone decides about it.

use std::collections::BTreeSet;
use std::path::Path;

/// Licences a library may ship a program under, as long as their notices travel with it
/// (`THIRD-PARTY-NOTICES.txt` in the zips, `scripts/notices.py`).
const ALLOWED: [(&str, &str); 14] = [
    ("MIT", "permissive; povestitor's own licence"),
    (
        "Apache-2.0",
        "permissive, with a patent grant; asks for its text and NOTICE files",
    ),
    ("BSD-2-Clause", "permissive (zerocopy, among alternatives)"),
    (
        "BSD-3-Clause",
        "permissive (subtle; encoding_rs's data; moxcms, pxfm)",
    ),
    (
        "ISC",
        "permissive, MIT's equal (rustls-webpki, untrusted, ring)",
    ),
    ("Zlib", "permissive (zlib-rs, foldhash)"),
    (
        "0BSD",
        "permissive without even a notice (adler2, among alternatives)",
    ),
    ("BSL-1.0", "Boost: permissive (ryu, among alternatives)"),
    (
        "Unlicense",
        "public domain dedication (memchr, aho-corasick, among alternatives)",
    ),
    (
        "Unicode-3.0",
        "the Unicode data tables' permissive licence (ICU4X crates)",
    ),
    (
        "Unicode-DFS-2016",
        "the same, its earlier version (finl_unicode, wezterm-bidi)",
    ),
    (
        "MPL-2.0",
        "copyleft per file only: spellbook and option-ext are used unchanged, their source is on crates.io; the program stays MIT",
    ),
    (
        "CDLA-Permissive-2.0",
        "a permissive data licence: webpki-roots, Mozilla's list of root certificates, which asks only for its text",
    ),
    (
        "LLVM-exception",
        "an exception that only removes conditions from Apache-2.0",
    ),
];

/// Crates allowed under a licence that is not on the list, each for a reason of its own.
const EXCEPTIONS: [(&str, &str, &str); 2] = [
    (
        "terminfo",
        "WTFPL",
        "permissive; reached only through ratatui's termwiz backend, which povestitor does not turn on",
    ),
    (
        "jpeg-encoder",
        "IJG",
        "permissive, for its forward DCT ported from libjpeg: asks only that the documentation say the program is based in part on the work of the Independent JPEG Group, which THIRD-PARTY-NOTICES.txt says (scripts/notices.py), with the crate's LICENSE-IJG",
    ),
];

#[test]
fn every_dependency_s_licence_is_on_the_allow_list() {
    let allowed: BTreeSet<&str> = ALLOWED.iter().map(|(id, _)| *id).collect();
    let mut problems = Vec::new();
    let mut seen = 0;
    for target in ["x86_64-unknown-linux-gnu", "x86_64-pc-windows-gnu"] {
        let Some(packages) = packages(target) else {
            continue;
        };
        for (name, version, licence) in packages {
            seen += 1;
            let mut ok: BTreeSet<&str> = allowed.clone();
            ok.extend(
                EXCEPTIONS
                    .iter()
                    .filter(|(crate_name, _, _)| *crate_name == name)
                    .map(|(_, id, _)| *id),
            );
            match licence.as_deref().map(|l| satisfied(l, &ok)) {
                Some(Ok(true)) => {}
                Some(Ok(false)) => problems.push(format!(
                    "{name} {version} ({target}): {} is not on the allow-list",
                    licence.unwrap_or_default()
                )),
                Some(Err(e)) => problems.push(format!("{name} {version}: {e}")),
                None => problems.push(format!("{name} {version}: no licence field")),
            }
        }
    }
    assert!(seen > 200, "cargo metadata listed only {seen} packages");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// (name, version, licence) of every package `cargo metadata` lists for `target`, offline;
/// `None` (skipped with a note, failed under CI) when a package's sources are not on this
/// machine, as a Windows-only crate is before the first Windows build.
fn packages(target: &str) -> Option<Vec<(String, String, Option<String>)>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let run = std::process::Command::new(cargo)
        .args(["metadata", "--offline", "--locked", "--format-version", "1"])
        .args(["--filter-platform", target])
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("cargo runs");
    if !crate::common::needs(
        &format!(
            "the sources of every crate for {target} (cargo metadata --offline: {})",
            String::from_utf8_lossy(&run.stderr).trim()
        ),
        run.status.success(),
    ) {
        return None;
    }
    let metadata: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    Some(
        packages
            .iter()
            .map(|p| {
                (
                    p["name"].as_str().unwrap_or_default().to_string(),
                    p["version"].as_str().unwrap_or_default().to_string(),
                    p["license"].as_str().map(str::to_string),
                )
            })
            .collect(),
    )
}

/// Whether the SPDX expression `licence` can be met with the `allowed` licences: `OR` takes
/// either side, `AND` needs both, `A WITH B` needs both the licence and its exception. The
/// old `MIT/Apache-2.0` (crates.io's former syntax) reads as `OR`.
fn satisfied(licence: &str, allowed: &BTreeSet<&str>) -> Result<bool, String> {
    let spaced = licence
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('/', " OR ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut parser = Parser {
        tokens: &tokens,
        at: 0,
        allowed,
    };
    let ok = parser.or()?;
    if parser.at != tokens.len() {
        return Err(format!("cannot read {licence:?} as SPDX"));
    }
    Ok(ok)
}

struct Parser<'a> {
    tokens: &'a [&'a str],
    at: usize,
    allowed: &'a BTreeSet<&'a str>,
}

impl Parser<'_> {
    fn next_is(&mut self, word: &str) -> bool {
        let here = self.tokens.get(self.at) == Some(&word);
        if here {
            self.at += 1;
        }
        here
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut ok = self.and()?;
        while self.next_is("OR") {
            ok |= self.and()?;
        }
        Ok(ok)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut ok = self.with()?;
        while self.next_is("AND") {
            ok &= self.with()?;
        }
        Ok(ok)
    }

    fn with(&mut self) -> Result<bool, String> {
        let mut ok = self.one()?;
        if self.next_is("WITH") {
            ok &= self.one()?;
        }
        Ok(ok)
    }

    fn one(&mut self) -> Result<bool, String> {
        if self.next_is("(") {
            let ok = self.or()?;
            return if self.next_is(")") {
                Ok(ok)
            } else {
                Err("a ( without its )".to_string())
            };
        }
        let Some(id) = self.tokens.get(self.at) else {
            return Err("an expression ends too soon".to_string());
        };
        if matches!(*id, "AND" | "OR" | "WITH" | ")") {
            return Err(format!("{id} where a licence should be"));
        }
        self.at += 1;
        Ok(self.allowed.contains(id))
    }
}

#[test]
fn the_allow_list_reads_spdx_as_cargo_writes_it() {
    let allowed: BTreeSet<&str> = ["MIT", "Apache-2.0", "LLVM-exception"].into();
    let yes = |licence: &str| satisfied(licence, &allowed);
    assert_eq!(yes("MIT"), Ok(true));
    assert_eq!(yes("MIT/Apache-2.0"), Ok(true));
    assert_eq!(yes("Apache-2.0 OR GPL-2.0-only"), Ok(true));
    assert_eq!(yes("GPL-2.0-only"), Ok(false));
    assert_eq!(yes("MIT AND GPL-3.0-or-later"), Ok(false));
    assert_eq!(yes("(MIT OR Apache-2.0) AND Unicode-3.0"), Ok(false));
    assert_eq!(yes("(MIT OR GPL-3.0) AND Apache-2.0"), Ok(true));
    assert_eq!(
        yes("Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT"),
        Ok(true)
    );
    assert_eq!(yes("GPL-2.0 WITH LLVM-exception"), Ok(false));
    // AND binds tighter than OR.
    assert_eq!(yes("GPL-3.0 AND MIT OR Apache-2.0"), Ok(true));
    assert_eq!(yes("MIT OR GPL-3.0 AND LGPL-2.1"), Ok(true));
    assert_eq!(yes("GPL-3.0 OR LGPL-2.1 AND MIT"), Ok(false));
    assert!(yes("(MIT OR Apache-2.0").is_err());
    assert!(yes("MIT OR").is_err());
    assert!(yes("MIT Apache-2.0").is_err());
}
