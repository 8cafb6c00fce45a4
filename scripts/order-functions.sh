#!/usr/bin/env bash
# Writes link/function-order.txt: the functions that the short commands run (exports to every
# format, check, new, templates list, --version, an error, a workshop compile), which build.rs
# asks the linker to place together at the start of the code. A short command then reads far
# fewer pages of the binary (BENCHMARKS.md, "Hot code together").
#
# Run it again after upgrading the compiler or a dependency, or after a large change: the file
# names functions by their symbols, and names that no longer exist are skipped, so an old file
# makes the program slower to start, never the build fail. `scripts/bench-vs-pandoc.sh` says how
# many of the names the binary still has.
#
# Usage: scripts/order-functions.sh
# Builds with --release; runs each command once under valgrind's callgrind, which lists every
# function a run entered; installs valgrind with apt-get when it is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "installing valgrind (apt-get)…" >&2
    sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y valgrind >/dev/null
fi

cargo build --release --quiet
bin="$root/target/release/povestitor"
model="$root/story-templates/success-story"
out="$root/link/function-order.txt"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$model/example.toml" "$model/bunicii-online.png" "$work/"
mkdir "$work/book"
cp "$model/bunicii-online.png" "$work/book/"
for ((i = 0; i < 10; i++)); do cp "$model/example.toml" "$work/book/story-$i.toml"; done
cd "$work"

# The commands, the most frequent first: the order file keeps this order, so the code of the
# commonest command lies closest together.
commands=(
    "export example.toml -l biblio-info -f html -o out.html --force"
    "export example.toml -l biblio-info -f docx -o out.docx --force"
    "export example.toml -l blog -f md -o out.md --force"
    "export example.toml -l biblio-info -f txt -o out.txt --force"
    "check example.toml"
    "templates list"
    "--version"
    "export missing.toml"
    "new new-story.toml"
    "workshop compile book -l biblio-info -f docx -o book.docx --force"
)
n=0
for command in "${commands[@]}"; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # the command's words are meant to split
    valgrind --tool=callgrind --demangle=no --compress-strings=no --compress-pos=no \
        --callgrind-out-file="callgrind.$n" "$bin" $command >/dev/null 2>&1 || true
    [ -s "callgrind.$n" ] || { echo "order-functions: callgrind made nothing for: $command" >&2; exit 1; }
done

# Each function of the binary's own code (callgrind's `ob=` names the object, `fn=` the
# function), once, in the order of the commands above; those a command adds are sorted by
# name (callgrind's own order changes from run to run, and the file should not).
python3 - "$bin" "$n" >"$work/names" <<'PY'
import sys
binary, count = sys.argv[1], int(sys.argv[2])
seen = set()
for n in range(1, count + 1):
    added = set()
    obj = None
    with open(f"callgrind.{n}", errors="replace") as profile:
        for line in profile:
            if line.startswith("ob="):
                obj = line[3:].strip()
            elif line.startswith("fn=") and obj == binary:
                # `name'2` is a recursive call of `name`; `0x…` and `(below main)` have no
                # symbol of their own.
                name = line[3:].strip().split("'")[0]
                if name.startswith(("0x", "(")):
                    continue
                if name not in seen:
                    added.add(name)
    seen |= added
    for name in sorted(added):
        print(name)
PY

{
    echo "# The functions the short commands run, for the linker to place together (build.rs)."
    echo "# Made by scripts/order-functions.sh; run it again after a compiler or dependency upgrade."
    cat "$work/names"
} >"$out"
echo "order-functions: $(wc -l <"$work/names") functions written to link/function-order.txt"
