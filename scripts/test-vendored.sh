#!/usr/bin/env bash
# Runs the unit tests of the patched copy of jpeg-decoder (vendor/jpeg-decoder/PATCHED.md),
# among them the check that its SIMD 4×4 inverse DCT gives the scalar one's samples bit for
# bit. The copy is not a member of the workspace (its default features would change the
# lock file's choices for the program), so it is tested from a standalone copy, with the
# program's lock file as the start of its own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/vendor/jpeg-decoder" "$work/"
printf '\n[workspace]\n' >>"$work/jpeg-decoder/Cargo.toml"
cp "$root/Cargo.lock" "$work/jpeg-decoder/"
cargo test --manifest-path "$work/jpeg-decoder/Cargo.toml" --lib --no-default-features \
    --target-dir "$root/target/vendored-tests"
