#!/usr/bin/env bash
# Cross-compiles the release binary for 64-bit Windows (x86_64-pc-windows-gnu), installing
# what that needs when it is missing: the Rust target and Debian's MinGW-w64 linker.
# Prints the path of the .exe; fails when it does not build.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target" >&2
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  apt-get update -qq >&2 && apt-get install -y -qq gcc-mingw-w64-x86-64-win32 >&2
fi
cargo build --release --locked --target "$target" --bin povestitor >&2
exe="target/$target/release/povestitor.exe"
[ -f "$exe" ] || { echo "build-windows: $exe was not made" >&2; exit 1; }
echo "$exe"
