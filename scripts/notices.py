#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.txt: every crate built into the povestitor programs of the zips
(Linux and x86_64-pc-windows-gnu), with its licence and its own licence files, and the Rust
standard library's notices.

Which crates: `cargo tree -e normal` for each target (the crates cargo compiles for the
binary, features resolved as a release build resolves them; `cargo metadata`'s own graph
also lists optional dependencies no feature turns on). What each is: `cargo metadata`
(version, licence expression, repository, the folder its sources were unpacked in, where its
LICENSE*, LICENCE*, COPYING*, NOTICE*, COPYRIGHT* and UNLICENSE files are read).

A crate that ships no licence file is given the MIT licence's text with its authors as its
Cargo.toml names them, when its licence allows MIT; any other such crate stops the script.
Texts several crates share word for word are written once, with every crate that uses them.

    scripts/notices.py OUT_FILE
"""

import html
import json
import os
import re
import subprocess
import sys

TARGETS = [
    ("Linux", "x86_64-unknown-linux-gnu"),
    ("Windows", "x86_64-pc-windows-gnu"),
]
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|copyright|unlicense)", re.IGNORECASE)
MIT = """MIT License

Copyright (c) {holders}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""


def fail(message):
    print(f"notices: {message}", file=sys.stderr)
    sys.exit(1)


def cargo(*args):
    run = subprocess.run(["cargo", *args], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"cargo {' '.join(args)} failed:\n{run.stderr}")
    return run.stdout


def built_crates(target):
    """(name, version) of every crate `cargo build --bin povestitor` compiles for target."""
    tree = cargo("tree", "--locked", "-e", "normal", "--target", target, "-p", "povestitor",
                 "--prefix", "none", "-f", "{p}")
    crates = set()
    for line in tree.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].startswith("v"):
            crates.add((parts[0], parts[1][1:]))
    return crates


def normalized(text):
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def allows_mit(expression):
    # `MIT/Apache-2.0` is the old way of writing OR; with no AND, MIT alone is enough.
    tokens = re.split(r"[\s()/]+", expression or "")
    return "MIT" in tokens and "AND" not in tokens


def holders(package):
    names = [re.sub(r"\s*<[^>]*>", "", author).strip() for author in package.get("authors", [])]
    names = [name for name in names if name]
    return ", ".join(names) if names else f"the {package['name']} authors"


def licence_texts(package):
    """[(where the text comes from, text)] for one crate."""
    folder = os.path.dirname(package["manifest_path"])
    files = sorted(
        name for name in os.listdir(folder)
        if LICENCE_FILE.match(name) and os.path.isfile(os.path.join(folder, name))
    )
    named = package.get("license_file")
    if named and os.path.basename(named) not in files and os.path.isfile(os.path.join(folder, named)):
        files.append(named)
    texts = []
    for name in files:
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            texts.append((name, normalized(f.read())))
    if texts:
        return texts
    if allows_mit(package.get("license")):
        note = "no licence file in the crate: the MIT licence its Cargo.toml names"
        return [(note, MIT.format(holders=holders(package)))]
    fail(f"{package['name']} {package['version']} ships no licence file and its licence "
         f"({package.get('license')}) does not allow MIT: add its text to scripts/notices.py")


def rust_standard_library():
    """The Rust standard library's notices, from the toolchain that builds the programs."""
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True)
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    copyright_file = os.path.join(sysroot.stdout.strip(), "share/doc/rust/COPYRIGHT-library.html")
    lines = [
        "The Rust standard library is compiled into both programs"
        + (f" ({version})" if version else "") + ".",
        "Licence: Apache-2.0 OR MIT. Copyright: The Rust Project Developers",
        "(see https://thanks.rust-lang.org). Source: https://github.com/rust-lang/rust",
    ]
    if os.path.isfile(copyright_file):
        with open(copyright_file, encoding="utf-8", errors="replace") as f:
            page = re.sub(r"(?is)<head>.*?</head>", "", f.read())
            text = html.unescape(re.sub(r"<[^>]+>", "", page))
        kept = []
        for line in normalized(text).split("\n"):
            line = line.strip()
            if (line or (kept and kept[-1])) and not (kept and line and line == kept[-1]):
                kept.append(line)
        text = "\n".join(kept).strip("\n")
        lines += ["", text]
    lines += ["", MIT.format(holders="The Rust Project Developers")]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 2:
        fail("usage: scripts/notices.py OUT_FILE")
    out = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    packages = {}
    platforms = {}
    for platform, target in TARGETS:
        metadata = json.loads(cargo("metadata", "--locked", "--format-version", "1",
                                    "--filter-platform", target))
        for package in metadata["packages"]:
            packages[(package["name"], package["version"])] = package
        for crate in built_crates(target):
            platforms.setdefault(crate, []).append(platform)
    ours = os.path.join(root, "")
    crates = []
    for key in sorted(platforms):
        package = packages.get(key)
        if package is None:
            fail(f"cargo metadata does not know {key[0]} {key[1]}")
        folder = os.path.dirname(package["manifest_path"])
        # The program and its own crates (crates/) are under LICENSE; vendored ones are not.
        if package.get("source") is None and os.path.join(folder, "").startswith(ours) \
                and not os.path.join(folder, "").startswith(os.path.join(root, "vendor", "")):
            continue
        crates.append((package, platforms[key]))

    texts = {}  # the words of a text, spacing aside -> (number, [users], the text)
    index = []
    for package, where in crates:
        numbers = []
        for source, text in licence_texts(package):
            words = " ".join(text.split())
            number, users, _ = texts.setdefault(words, (len(texts) + 1, [], text))
            users.append(f"{package['name']} {package['version']} ({source})")
            numbers.append(str(number))
        origin = package.get("repository") or package.get("homepage") or ""
        if package.get("source") is None:
            origin = "vendored in povestitor's sources, vendor/" + package["name"]
        index.append(
            f"{package['name']} {package['version']}\n"
            f"    licence: {package.get('license') or 'see its licence file'}\n"
            f"    in: {', '.join(where)}{'; from: ' + origin if origin else ''}\n"
            f"    texts: {', '.join(numbers)}"
        )

    version = next(v for (name, v), package in packages.items()
                   if name == "povestitor" and package.get("source") is None)
    heading = f"Third-party notices for povestitor {version}"
    parts = [
        heading,
        "=" * len(heading),
        "",
        "povestitor itself is under the MIT licence (the file LICENSE). The programs in the",
        "zips (povestitor for Linux, povestitor.exe for Windows) are built with the Rust crates",
        "below, each under its own licence, and with the Rust standard library. Each crate is",
        "listed with its version, its licence as its Cargo.toml states it, which program holds",
        "it and where it comes from; its licence files follow, under \"Licence texts\" (a text",
        "several crates share word for word is written once, naming every crate that uses it).",
        "The dictionaries built into the programs have their licences in the LICENSES folder.",
        "",
        "The programs' JPEG encoding (the jpeg-encoder crate) is based in part on the work of",
        "the Independent JPEG Group.",
        "",
        f"Crates ({len(crates)})",
        "-" * len(f"Crates ({len(crates)})"),
        "",
        "\n\n".join(index),
        "",
        "The Rust standard library",
        "-------------------------",
        "",
        rust_standard_library(),
        "",
        "Licence texts",
        "-------------",
    ]
    for number, users, text in sorted(texts.values(), key=lambda entry: entry[0]):
        parts += ["", f"=== Text {number} ===", "Used by: " + "; ".join(users), "", text]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
