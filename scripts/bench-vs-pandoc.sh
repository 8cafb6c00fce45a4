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

cargo build --release --quiet
bin="$root/target/release/povestitor"
model="$root/story-templates/success-story"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$model/example.toml" "$model/bunicii-online.png" "$work/"
cd "$work"
# The article as Markdown, made by povestitor itself; pandoc converts this same article.
"$bin" export example.toml --layout biblio-info --format md --output article.md --force >/dev/null 2>&1

# now_us: the wall clock in microseconds.
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }

# run NAME COMMAND…: one run; appends wall ms to NAME.wall and user+sys ms to NAME.cpu.
# Wall time is taken around the bare command; CPU time from a second, wrapped run
# (GNU time's %U %S), so the wrapper's own start-up never counts in the wall time.
run() {
    local name=$1
    shift
    local start end
    start=$(now_us)
    "$@" >/dev/null 2>&1
    end=$(now_us)
    echo "scale=3; ($end - $start) / 1000" | bc >>"$name.wall"
    cpu_ms "$@" >>"$name.cpu"
}

# cpu_ms COMMAND…: the command's user + sys time in ms, from wait4's rusage (microseconds;
# GNU time prints only hundredths of a second, too coarse for a 5 ms export).
cpu_ms() {
    python3 -c '
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, _, usage = os.wait4(child.pid, 0)
print(f"{(usage.ru_utime + usage.ru_stime) * 1000:.3f}")
' "$@"
}

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for ((i = 0; i < RUNS; i++)); do
    run pov-docx "$bin" export example.toml -l biblio-info -f docx -o out.docx --force
    run pandoc-docx pandoc article.md -o x.docx
    run pov-html "$bin" export example.toml -l biblio-info -f html -o out.html --force
    run pandoc-html pandoc article.md -o x.html
done

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo "runs: $RUNS each, alternating; medians in ms (wall; CPU = user + sys from rusage)"
printf '%-34s %10s %10s\n' "" "wall ms" "CPU ms"
for name in pov-docx pandoc-docx pov-html pandoc-html; do
    printf '%-34s %10s %10s\n' "$name" "$(median "$name.wall")" "$(median "$name.cpu")"
done
for format in docx html; do
    for what in wall cpu; do
        pov=$(median "pov-$format.$what")
        pan=$(median "pandoc-$format.$what")
        printf 'ratio %s (povestitor / pandoc, %s): %s  (pandoc takes %sx as long)\n' "$format" \
            "$what" "$(echo "scale=3; $pov / $pan" | bc)" "$(echo "scale=1; $pan / $pov" | bc)"
    done
done

# Whole processes of povestitor alone.
mkdir book
cp bunicii-online.png book/
for ((i = 0; i < 100; i++)); do cp example.toml "book/story-$i.toml"; done
for ((i = 0; i < RUNS; i++)); do
    run templates-list "$bin" templates list
    run compile-100 "$bin" workshop compile book -l biblio-info -f docx -o book.docx --force
done
printf '%-34s %10s %10s\n' "templates list" "$(median templates-list.wall)" "$(median templates-list.cpu)"
printf '%-34s %10s %10s\n' "workshop compile, 100 → DOCX" "$(median compile-100.wall)" "$(median compile-100.cpu)"
for what in wall cpu; do
    printf '100 stories → one DOCX vs pandoc → one DOCX (%s): %s / %s ms\n' "$what" \
        "$(median "compile-100.$what")" "$(median "pandoc-docx.$what")"
done

# Peak memory (maximum resident set, KiB → MB).
/usr/bin/time -f %M -o export.mem "$bin" export example.toml -l biblio-info -f docx -o out.docx --force >/dev/null 2>&1
echo "peak memory, export to DOCX: $(awk 'END { printf "%.1f MB", $1 / 1024 }' export.mem)"

# A wizard session on a draft with one 20,000-word answer, in a pseudo-terminal of 120x40:
# scripts/wizard-memory.sh plays it (opens, types, waits past the spelling and the autosave,
# quits) and reads the peak resident memory.
BIN="$bin" "$root/scripts/wizard-memory.sh" | sed 's/^/wizard session: /'
