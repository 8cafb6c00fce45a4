//! `scripts/package.sh` makes one zip per platform; this lists what is in each.
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
    assert!(read(&mut linux, &format!("{folder}/povestitor")).starts_with(b"\x7fELF"));
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
