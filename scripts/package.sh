#!/usr/bin/env bash
# Makes the zips a trainer copies onto a USB stick, one per platform, into OUT (default
# target/package): the program, a short README and the librarian's guide to print (a Word
# document made with pandoc from docs/librarian/<lang>.md) in Romanian, Russian and English,
# povestitor's LICENSE, the notices of every crate built into the programs
# (THIRD-PARTY-NOTICES.txt, made by scripts/notices.py), the dictionaries' licences (the
# dictionaries themselves are inside the program), and for Linux the shell completions and
# the manual page (made by the program from its own definitions).
#
# Builds the release binaries (Linux with cargo, Windows with scripts/build-windows.sh)
# unless POVESTITOR_PACKAGE_LINUX and POVESTITOR_PACKAGE_WINDOWS name binaries already built
# (tests/repo/package.rs passes its own; .ci/run has built the Windows one by then).
#
#   scripts/package.sh [OUT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/target/package}" && cd "${1:-$root/target/package}" && pwd)"
cd "$root"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
name="povestitor-$version"

command -v zip >/dev/null || { echo "package.sh: zip is missing (apt-get install zip)" >&2; exit 1; }
command -v pandoc >/dev/null || { echo "package.sh: pandoc is missing (apt-get install pandoc)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "package.sh: python3 is missing (apt-get install python3)" >&2; exit 1; }
languages=(ro ru en)
for lang in "${languages[@]}"; do
  [ -f "docs/librarian/$lang.md" ] || {
    echo "package.sh: docs/librarian/$lang.md is missing: the librarian's guide in this language goes into the zips" >&2
    exit 1
  }
done

linux="${POVESTITOR_PACKAGE_LINUX:-}"
if [ -z "$linux" ]; then
  cargo build --release --locked --bin povestitor >&2
  linux="target/release/povestitor"
fi
windows="${POVESTITOR_PACKAGE_WINDOWS:-}"
if [ -z "$windows" ]; then
  windows="$(scripts/build-windows.sh)"
fi
for binary in "$linux" "$windows"; do
  [ -f "$binary" ] || { echo "package: $binary does not exist" >&2; exit 1; }
done

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Made once for both zips: the notices (one file for both programs, each crate saying which
# holds it) and the guides, each a Word document with its language set, so Word checks its
# spelling in that language.
python3 scripts/notices.py "$stage/THIRD-PARTY-NOTICES.txt"
for lang in "${languages[@]}"; do
  pandoc "docs/librarian/$lang.md" --resource-path=docs/librarian --metadata "lang=$lang" \
    -o "$stage/guide-$lang.docx"
done

# What both zips share: the READMEs, the guides and the licences.
common() {
  local dir="$1"
  mkdir -p "$dir/LICENSES"
  for lang in "${languages[@]}"; do
    cp "packaging/README-$lang.txt" "$stage/guide-$lang.docx" "$dir/"
  done
  cp LICENSE "$stage/THIRD-PARTY-NOTICES.txt" "$dir/"
  cp dictionaries/LICENSES/* "$dir/LICENSES/"
  cp dictionaries/README.md "$dir/LICENSES/README.md"
}

# Linux: the program, its completions and its manual page (English, Romanian, Russian).
dir="$stage/linux/$name"
common "$dir"
install -m 755 "$linux" "$dir/povestitor"
# A release build has no debug information already (Cargo.toml: strip = "debuginfo"); a
# debug one given for a test loses it here, which makes it a tenth of the size and quick to
# zip. Only the debug information: the function names stay, so a crash report names the
# function it was in.
strip --strip-debug "$dir/povestitor" 2>/dev/null || true
mkdir -p "$dir/completions" "$dir/man/man1" "$dir/man/ro/man1" "$dir/man/ru/man1"
"$linux" completions bash >"$dir/completions/povestitor.bash"
"$linux" completions zsh >"$dir/completions/_povestitor"
"$linux" completions fish >"$dir/completions/povestitor.fish"
"$linux" --lang en manpage >"$dir/man/man1/povestitor.1"
"$linux" --lang ro manpage >"$dir/man/ro/man1/povestitor.1"
"$linux" --lang ru manpage >"$dir/man/ru/man1/povestitor.1"

# Windows: the program beside the READMEs, so a double-click is all it takes.
dir="$stage/windows/$name"
common "$dir"
cp "$windows" "$dir/povestitor.exe"

for platform in linux windows; do
  zip_file="$out/$name-$platform-x86_64.zip"
  rm -f "$zip_file"
  # -X: no extra file attributes (owners, extended timestamps) that mean nothing elsewhere.
  (cd "$stage/$platform" && zip -q -r -X "$zip_file" "$name")
  echo "$zip_file"
done
