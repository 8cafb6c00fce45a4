#!/usr/bin/env bash
# Times `povestitor export` against pandoc converting the same article, as whole processes:
# the model story's Markdown → DOCX and → HTML, alternating, RUNS runs each (20 by default);
# prints medians of wall and CPU time and the ratios (povestitor ÷ pandoc). Also times
# `povestitor templates list` and `povestitor workshop compile` of 100 copies of the model
# story, and the peak memory of `export` and of a wizard session on a 20,000-word draft.
#
# Usage: scripts/bench-vs-pandoc.sh [RUNS]
# Builds with --release; installs pandoc and GNU time with apt-get when they are missing.
set -euo pipefail

RUNS=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need() { # need COMMAND PACKAGE
    if ! command -v "$1" >/dev/null 2>&1 && ! [ -x "$1" ]; then
        echo "installing $2 (apt-get)…" >&2
        local sudo=
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get install -y "$2" >/dev/null
    fi
}
need pandoc pandoc
need /usr/bin/time time
need python3 python3

cargo build --release --quiet
bin="$root/target/release/povestitor"

model="$root/story-templates/success-story"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$model/example.toml" "$model/bunicii-online.png" "$work/"
cd "$work"
# The article as Markdown, made by povestitor itself; pandoc converts this same article.
"$bin" export example.toml --layout biblio-info --format md --output article.md --force >/dev/null 2>&1

# alternate RUNS NAME=COMMAND…: runs the commands in turn, RUNS rounds, each as a whole
# process started with posix_spawn (no shell, output to /dev/null), and prints each one's
# median wall time (around the spawn and the wait) and CPU time (user + sys from the
# process's own rusage, read with wait4, in microseconds; GNU time prints only hundredths of
# a second, too coarse for a 3 ms export). Wall and CPU come from the same run. One Python
# process drives all the runs, so no interpreter starts between two measured ones: what
# runs before a command is the command before it in the round.
alternate() {
    python3 - "$@" <<'PY'
import os, shutil, statistics, sys, time
runs = int(sys.argv[1])
commands = [arg.split("=", 1) for arg in sys.argv[2:]]
devnull = os.open(os.devnull, os.O_WRONLY)
quiet = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
wall = {name: [] for name, _ in commands}
cpu = {name: [] for name, _ in commands}
for _ in range(runs):
    for name, line in commands:
        argv = line.split("\x1f")
        program = shutil.which(argv[0]) or argv[0]
        start = time.perf_counter()
        pid = os.posix_spawn(program, argv, os.environ, file_actions=quiet)
        _, status, usage = os.wait4(pid, 0)
        wall[name].append((time.perf_counter() - start) * 1000)
        cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
        if status != 0:
            sys.exit(f"{name} failed: {' '.join(argv)}")
for name, _ in commands:
    print(f"{name} {statistics.median(wall[name]):.3f} {statistics.median(cpu[name]):.3f}")
PY
}

# cmd WORD…: one command line for `alternate` (words joined by the unit separator).
cmd() { local IFS=$'\x1f'; echo "$*"; }

alternate "$RUNS" \
    "pov-docx=$(cmd "$bin" export example.toml -l biblio-info -f docx -o out.docx --force)" \
    "pandoc-docx=$(cmd pandoc article.md -o x.docx)" \
    "pov-html=$(cmd "$bin" export example.toml -l biblio-info -f html -o out.html --force)" \
    "pandoc-html=$(cmd pandoc article.md -o x.html)" >exports.txt

# field NAME wall|cpu FILE: a median from `alternate`'s output.
field() { awk -v n="$1" -v f="$2" '$1 == n { print (f == "wall" ? $2 : $3) }' "$3"; }

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo "runs: $RUNS each, alternating; medians in ms (wall; CPU = user + sys from rusage)"
printf '%-34s %10s %10s\n' "" "wall ms" "CPU ms"
for name in pov-docx pandoc-docx pov-html pandoc-html; do
    printf '%-34s %10s %10s\n' "$name" "$(field $name wall exports.txt)" "$(field $name cpu exports.txt)"
done
for format in docx html; do
    for what in wall cpu; do
        pov=$(field "pov-$format" $what exports.txt)
        pan=$(field "pandoc-$format" $what exports.txt)
        printf 'ratio %s (povestitor / pandoc, %s): %s  (pandoc takes %sx as long)\n' "$format" \
            "$what" "$(echo "scale=3; $pov / $pan" | bc)" "$(echo "scale=1; $pan / $pov" | bc)"
    done
done

# Whole processes of povestitor alone.
mkdir book
cp bunicii-online.png book/
for ((i = 0; i < 100; i++)); do cp example.toml "book/story-$i.toml"; done
alternate "$RUNS" \
    "templates-list=$(cmd "$bin" templates list)" \
    "compile-100=$(cmd "$bin" workshop compile book -l biblio-info -f docx -o book.docx --force)" >alone.txt
printf '%-34s %10s %10s\n' "templates list" "$(field templates-list wall alone.txt)" "$(field templates-list cpu alone.txt)"
printf '%-34s %10s %10s\n' "workshop compile, 100 → DOCX" "$(field compile-100 wall alone.txt)" "$(field compile-100 cpu alone.txt)"
for what in wall cpu; do
    printf '100 stories → one DOCX vs pandoc → one DOCX (%s): %s / %s ms\n' "$what" \
        "$(field compile-100 $what alone.txt)" "$(field pandoc-docx $what exports.txt)"
done

# Peak memory (maximum resident set, KiB → MB).
/usr/bin/time -f %M -o export.mem "$bin" export example.toml -l biblio-info -f docx -o out.docx --force >/dev/null 2>&1
echo "peak memory, export to DOCX: $(awk 'END { printf "%.1f MB", $1 / 1024 }' export.mem)"

# A wizard session on a draft with one 20,000-word answer, in a pseudo-terminal of 120x40:
# scripts/wizard-memory.sh plays it (opens, types, waits past the spelling and the autosave,
# quits) and reads the peak resident memory.
BIN="$bin" "$root/scripts/wizard-memory.sh" | sed 's/^/wizard session: /'
