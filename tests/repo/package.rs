//! `scripts/package.sh` makes one zip per platform; this lists what is in each: the program
//! (with its function names, for crash reports), the READMEs and the librarian's guides, the
//! licence and the third-party notices.
//!
//! A release build of both platforms takes minutes, so the script is given binaries already
//! built: this test's own `povestitor` for Linux (the script strips it) and the Windows .exe
//! that `scripts/build-windows.sh` left (`.ci/run` runs it before the tests). Without that
//! .exe (or zip) the test is skipped with a note, except under `CI=true`, where it fails.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `target/x86_64-pc-windows-gnu/release/povestitor.exe`, beside this test's own target.
fn windows_exe() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_povestitor"));
    let target = bin.parent().and_then(Path::parent).expect("target folder");
    target.join("x86_64-pc-windows-gnu/release/povestitor.exe")
}

/// Every file (not folder) in the zip, and the zip to read them from.
fn listing(path: &Path) -> (BTreeSet<String>, zip::ZipArchive<std::fs::File>) {
    let archive = zip::ZipArchive::new(std::fs::File::open(path).expect("zip")).expect("a zip");
    let names = archive
        .file_names()
        .filter(|name| !name.ends_with('/'))
        .map(str::to_string)
        .collect();
    (names, archive)
}

fn read(archive: &mut zip::ZipArchive<std::fs::File>, name: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    archive
        .by_name(name)
        .expect(name)
        .read_to_end(&mut bytes)
        .expect(name);
    bytes
}

#[test]
fn package_makes_a_zip_per_platform_with_the_program_readmes_and_licences() {
    let exe = windows_exe();
    let zip_here = std::process::Command::new("zip")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    let here = crate::common::needs(
        &format!("{} (scripts/build-windows.sh makes it)", exe.display()),
        exe.is_file(),
    ) && crate::common::needs("zip (Debian's zip package)", zip_here);
    if !here {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/package.sh");
    let run = std::process::Command::new("bash")
        .arg(&script)
        .arg(out.path())
        .env("POVESTITOR_PACKAGE_LINUX", env!("CARGO_BIN_EXE_povestitor"))
        .env("POVESTITOR_PACKAGE_WINDOWS", &exe)
        .output()
        .expect("bash runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let version = env!("CARGO_PKG_VERSION");
    let folder = format!("povestitor-{version}");
    let zips: Vec<PathBuf> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(PathBuf::from)
        .collect();
    let linux_zip = out
        .path()
        .join(format!("povestitor-{version}-linux-x86_64.zip"));
    let windows_zip = out
        .path()
        .join(format!("povestitor-{version}-windows-x86_64.zip"));
    assert_eq!(zips, [linux_zip.clone(), windows_zip.clone()]);

    let shared = [
        "README-ro.txt",
        "README-ru.txt",
        "README-en.txt",
        "guide-ro.docx",
        "guide-ru.docx",
        "guide-en.docx",
        "LICENSE",
        "THIRD-PARTY-NOTICES.txt",
        "LICENSES/README.md",
        "LICENSES/ro_RO.txt",
        "LICENSES/GPL-2.0.txt",
        "LICENSES/LGPL-2.1.txt",
        "LICENSES/MPL-1.1.txt",
        "LICENSES/ru_RU.txt",
        "LICENSES/en_US.txt",
    ];
    let expected = |own: &[&str]| -> BTreeSet<String> {
        shared
            .iter()
            .chain(own)
            .map(|name| format!("{folder}/{name}"))
            .collect()
    };

    let (names, mut windows) = listing(&windows_zip);
    assert_eq!(names, expected(&["povestitor.exe"]));
    let program = read(&mut windows, &format!("{folder}/povestitor.exe"));
    assert!(program.starts_with(b"MZ"), "a Windows program");
    let readme = String::from_utf8(read(&mut windows, &format!("{folder}/README-ro.txt"))).unwrap();
    assert!(readme.contains("povestitor.exe") && readme.contains("%APPDATA%\\povestitor\\data"));
    assert!(
        coff_symbols(&program) > 1000,
        "the Windows program keeps its function names"
    );
    shared_files_hold_what_they_say(&mut windows, &folder);
    let notices = String::from_utf8(read(
        &mut windows,
        &format!("{folder}/THIRD-PARTY-NOTICES.txt"),
    ));
    let notices = notices.unwrap();
    // A crate only the Windows program is built with is listed as such.
    assert!(notices.contains("\nwindows-sys "), "windows-sys is listed");
    assert!(
        notices.contains("    in: Windows;"),
        "Windows-only crates are marked"
    );

    let (names, mut linux) = listing(&linux_zip);
    assert_eq!(
        names,
        expected(&[
            "povestitor",
            "completions/povestitor.bash",
            "completions/_povestitor",
            "completions/povestitor.fish",
            "man/man1/povestitor.1",
            "man/ro/man1/povestitor.1",
            "man/ru/man1/povestitor.1",
        ])
    );
    let mode = linux
        .by_name(&format!("{folder}/povestitor"))
        .unwrap()
        .unix_mode()
        .expect("Unix permissions kept");
    assert_eq!(mode & 0o111, 0o111, "the program can be run: {mode:o}");
    let program = read(&mut linux, &format!("{folder}/povestitor"));
    assert!(program.starts_with(b"\x7fELF"));
    // `povestitor::main` by name in the symbol table (legacy or v0 mangling alike).
    assert!(
        contains(&program, b".symtab") && contains(&program, b"10povestitor4main"),
        "the Linux program keeps its function names"
    );
    shared_files_hold_what_they_say(&mut linux, &folder);
    let man = String::from_utf8(read(
        &mut linux,
        &format!("{folder}/man/ru/man1/povestitor.1"),
    ))
    .unwrap();
    assert!(man.contains(".TH povestitor 1") && man.contains("Пишите историю успеха"));
    let bash = read(&mut linux, &format!("{folder}/completions/povestitor.bash"));
    assert!(
        String::from_utf8(bash)
            .unwrap()
            .contains("complete -F _povestitor")
    );
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// How many entries a PE file's COFF symbol table has (0 when it has none).
fn coff_symbols(exe: &[u8]) -> u32 {
    let u32_at = |at: usize| {
        exe.get(at..at + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let pe = u32_at(0x3c) as usize;
    assert_eq!(exe.get(pe..pe + 4), Some(&b"PE\0\0"[..]), "a PE header");
    // The COFF header after the signature: machine, sections, time, symbol table, symbols.
    u32_at(pe + 4 + 12)
}

/// The licence, the notices and the guides, as the zip of either platform holds them.
fn shared_files_hold_what_they_say(archive: &mut zip::ZipArchive<std::fs::File>, folder: &str) {
    let licence = String::from_utf8(read(archive, &format!("{folder}/LICENSE"))).unwrap();
    assert!(licence.starts_with("MIT License") && licence.contains("povestitor contributors"));
    let notices =
        String::from_utf8(read(archive, &format!("{folder}/THIRD-PARTY-NOTICES.txt"))).unwrap();
    // Every crate named in Cargo.toml's dependencies that both programs are built with, and
    // a text of each kind of licence.
    for crate_name in [
        "ratatui",
        "ureq",
        "rustls",
        "spellbook",
        "docx-rs",
        "ratatui-textarea",
    ] {
        assert!(
            notices.contains(&format!("\n{crate_name} ")),
            "{crate_name} is listed"
        );
    }
    for text in [
        "Permission is hereby granted, free of charge",
        "Apache License",
        "Mozilla Public License Version 2.0",
        "The Rust Standard Library",
    ] {
        assert!(notices.contains(text), "{text:?} in the notices");
    }
    for lang in ["ro", "ru", "en"] {
        let guide = read(archive, &format!("{folder}/guide-{lang}.docx"));
        let mut docx = zip::ZipArchive::new(std::io::Cursor::new(guide)).expect("a DOCX");
        let mut body = String::new();
        docx.by_name("word/document.xml")
            .expect("a Word document")
            .read_to_string(&mut body)
            .unwrap();
        // The guide's title, from its Markdown (its longest word, whatever pandoc does to
        // quotes and apostrophes).
        let source =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/librarian/{lang}.md"));
        let source = std::fs::read_to_string(source).unwrap();
        let title = source
            .lines()
            .find_map(|line| line.strip_prefix("# "))
            .expect("a title");
        let word = title
            .split(|c: char| !c.is_alphabetic())
            .max_by_key(|w| w.chars().count())
            .unwrap();
        assert!(body.contains(word), "{lang}: {word:?} in the guide");
        let mut styles = String::new();
        docx.by_name("word/styles.xml")
            .unwrap()
            .read_to_string(&mut styles)
            .unwrap();
        assert!(
            styles.contains(&format!("w:val=\"{lang}")),
            "{lang}: the guide's language is set"
        );
    }
}
