#!/usr/bin/env bash
# Times photos as a trainer meets them, as whole processes: one 12-megapixel phone photo
# (4,000×3,000 JPEG, EXIF orientation 6), one story with three, and a workshop's book of 30
# stories with 90 distinct photos, each cold (no cache) and warm (from the cache of prepared
# photos), beside `vipsthumbnail -s 2000x2000` (libvips, which decodes at a reduced scale
# too) and ImageMagick's `convert -auto-orient -resize 2000x2000` (`mogrify` for the book's
# 90, one process each) on the same photos. Prints medians of wall and CPU time, and the
# figures issue 28 asks for.
#
# Usage: scripts/bench-photos.sh [RUNS] [BOOK_RUNS]   (10 and 3 by default)
# ONLY=one times only the one-photo rows (the story without photos, the story with one, cold
# and warm, and vipsthumbnail on the photo) and the issue's ratio: a minute, not a quarter
# of an hour, for trying a change to the one photo's path.
# BASELINE=/path/to/an/older/povestitor times that program too (cold: it has no cache), for
# a before and after on the same photos, in the same alternating rounds (with ONLY=one too).
# Builds with --release; installs libvips-tools, imagemagick, GNU time and python3 with
# apt-get when they are missing.
set -euo pipefail

RUNS=${1:-10}
BOOK_RUNS=${2:-3}
ONLY=${ONLY:-}
case "$ONLY" in
'' | one) ;;
*) echo "ONLY may be empty (every row) or \"one\" (the one-photo rows), not \"$ONLY\"" >&2; exit 2 ;;
esac
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
need vipsthumbnail libvips-tools
need /usr/bin/convert imagemagick
need /usr/bin/time time
need python3 python3
# ImageMagick's own programs, not a wrapper of the same name earlier in the PATH.
convert=/usr/bin/convert
mogrify=/usr/bin/mogrify

cargo build --release --quiet
bin="$root/target/release/povestitor"
model="$root/story-templates/success-story"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# The photo: a fractal landscape with grain, colours at half resolution and quality 92 as a
# phone saves them (about 3 MB). The story's 3 and the book's 90 are the same landscape each
# rolled sideways by its own number of pixels: as many different pictures, of one kind.
"$convert" -seed 28 -size 4000x3000 plasma:fractal -attenuate 0.12 +noise Gaussian \
    -sampling-factor 2x2 -quality 92 sensor.jpg
mkdir -p story book
if [ "$ONLY" != one ]; then # the one-photo rows need none of the others
    # shellcheck disable=SC2016 # the little script's arguments, expanded by its own sh
    {
        for n in 0 1 2; do echo "$((n * 1000 + 37)) story/photo-$n.jpg"; done
        for n in $(seq -w 0 89); do echo "$((10#$n * 43 + 11)) book/photo-$n.jpg"; done
    } | xargs -P "$(nproc)" -n 2 sh -c \
        '"$0" sensor.jpg -roll "+$1+0" -sampling-factor 2x2 -quality 92 "$2"' "$convert"
fi
# Each stored sideways: an EXIF block holding orientation 6 after the start marker.
python3 - <<'PY'
import glob, struct
tiff = b"MM\x00*" + struct.pack(">IHHHIHHI", 8, 1, 0x0112, 3, 1, 6, 0, 0)
exif = b"Exif\x00\x00" + tiff
app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
for name, out in [("sensor.jpg", "phone.jpg")] + [(f, f) for f in glob.glob("story/*.jpg") + glob.glob("book/*.jpg")]:
    jpeg = open(name, "rb").read()
    assert jpeg[:2] == b"\xff\xd8"
    open(out, "wb").write(jpeg[:2] + app1 + jpeg[2:])
PY

# Drafts: the model story with its photo swapped for phone photos.
python3 - "$model/example.toml" <<'PY'
import re, sys
model = open(sys.argv[1], encoding="utf-8").read()
block = re.search(r"\[\[answers\.photos\]\]\n(?:[^\[\n][^\n]*\n)*", model)
assert block, "the model story has a photo"
def story(photos):
    entries = "".join(
        f'[[answers.photos]]\nconsent = "yes"\npath = "{p}"\n'
        f'caption = "Atelierul de la bibliotecă, fotografia {i + 1}."\ncredit = "Ion Rusu"\n\n'
        for i, p in enumerate(photos))
    return model[:block.start()] + entries + model[block.end():]
open("one.toml", "w", encoding="utf-8").write(story(["phone.jpg"]))
open("none.toml", "w", encoding="utf-8").write(story([]))
open("story/three.toml", "w", encoding="utf-8").write(
    story([f"photo-{n}.jpg" for n in range(3)]))
for s in range(30):
    open(f"book/story-{s:02}.toml", "w", encoding="utf-8").write(
        story([f"photo-{3 * s + n:02}.jpg" for n in range(3)]))
PY
cp "$model/bunicii-online.png" .

# alternate RUNS NAME=COMMAND…: as in scripts/bench-vs-pandoc.sh: the commands in turn, RUNS
# rounds, each a whole process (posix_spawn, output to /dev/null); each one's median wall
# time and CPU time (user + sys of the process and its threads, from wait4's rusage).
# A command may start with VAR=VALUE words: its environment.
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
        env = dict(os.environ)
        while "=" in argv[0] and not argv[0].startswith("/"):
            key, value = argv.pop(0).split("=", 1)
            env[key] = value
        program = shutil.which(argv[0]) or argv[0]
        start = time.perf_counter()
        pid = os.posix_spawn(program, argv, env, file_actions=quiet)
        _, status, usage = os.wait4(pid, 0)
        wall[name].append((time.perf_counter() - start) * 1000)
        cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
        if status != 0:
            sys.exit(f"{name} failed: {' '.join(argv)}")
for name, _ in commands:
    print(f"{name} {statistics.median(wall[name]):.1f} {statistics.median(cpu[name]):.1f}")
PY
}

# cmd WORD…: one command line for `alternate` (words joined by the unit separator).
cmd() { local IFS=$'\x1f'; echo "$*"; }
field() { awk -v n="$1" -v f="$2" '$1 == n { print (f == "wall" ? $2 : $3) }' "$3"; }

# Cold: the cache folder's place is a file, so no cache can be used (the program says
# nothing and prepares every photo). Warm: a cache filled by one run first.
printf 'not a folder\n' >no-cache
cold="XDG_CACHE_HOME=$work/no-cache"
warm="XDG_CACHE_HOME=$work/cache"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
XDG_CACHE_HOME="$work/cache" "$bin" export one.toml -l biblio-info -f docx -o warm.docx --force >/dev/null 2>&1
[ "$ONLY" = one ] || XDG_CACHE_HOME="$work/cache" "$bin" export story/three.toml -l biblio-info -f docx -o warm3.docx --force >/dev/null 2>&1

if [ "$ONLY" = one ]; then
    before=()
    [ -z "${BASELINE:-}" ] ||
        before=("base-1=$(cmd "$cold" "$BASELINE" export one.toml -l biblio-info -f docx -o base.docx --force)")
    alternate "$RUNS" \
        "story-no-photo=$(cmd "$cold" "$bin" export none.toml -l biblio-info -f docx -o none.docx --force)" \
        "pov-1-cold=$(cmd "$cold" "$bin" export one.toml -l biblio-info -f docx -o one.docx --force)" \
        "pov-1-warm=$(cmd "$warm" "$bin" export one.toml -l biblio-info -f docx -o one.docx --force)" \
        "vips-1=$(cmd vipsthumbnail -s 2000x2000 phone.jpg -o vips-%s.jpg)" \
        ${before[@]+"${before[@]}"} \
        >small.txt
    echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
    echo "medians in ms (wall; CPU = user + sys from rusage): $RUNS runs"
    printf '%-52s %9s %9s\n' "" "wall ms" "CPU ms"
    names="story-no-photo pov-1-cold pov-1-warm vips-1"
    [ -z "${BASELINE:-}" ] || names="$names base-1"
    for name in $names; do
        printf '%-52s %9s %9s\n' "$name" "$(field "$name" wall small.txt)" "$(field "$name" cpu small.txt)"
    done
    echo "whole export $(field pov-1-cold cpu small.txt) ms vs vipsthumbnail $(field vips-1 cpu small.txt) ms:" \
        "$(echo "scale=2; $(field pov-1-cold cpu small.txt) / $(field vips-1 cpu small.txt)" | bc) of it (issue 28 asks ≤ 0.33)"
    [ -z "${BASELINE:-}" ] ||
        echo "before ($BASELINE): $(field base-1 cpu small.txt) ms:" \
            "$(echo "scale=2; $(field base-1 cpu small.txt) / $(field vips-1 cpu small.txt)" | bc) of it"
    exit 0
fi

alternate "$RUNS" \
    "story-no-photo=$(cmd "$cold" "$bin" export none.toml -l biblio-info -f docx -o none.docx --force)" \
    "pov-1-cold=$(cmd "$cold" "$bin" export one.toml -l biblio-info -f docx -o one.docx --force)" \
    "pov-1-warm=$(cmd "$warm" "$bin" export one.toml -l biblio-info -f docx -o one.docx --force)" \
    "vips-1=$(cmd vipsthumbnail -s 2000x2000 phone.jpg -o vips-%s.jpg)" \
    "magick-1=$(cmd "$convert" phone.jpg -auto-orient -resize 2000x2000 magick.jpg)" \
    "pov-3-cold=$(cmd "$cold" "$bin" export story/three.toml -l biblio-info -f docx -o three.docx --force)" \
    "pov-3-warm=$(cmd "$warm" "$bin" export story/three.toml -l biblio-info -f docx -o three.docx --force)" \
    "vips-3=$(cmd vipsthumbnail -s 2000x2000 story/photo-0.jpg story/photo-1.jpg story/photo-2.jpg -o "$work/vips-%s.jpg")" \
    "magick-3=$(cmd "$convert" story/photo-0.jpg story/photo-1.jpg story/photo-2.jpg -auto-orient -resize 2000x2000 magick-%d.jpg)" \
    >small.txt
if [ -n "${BASELINE:-}" ]; then
    alternate "$RUNS" \
        "base-1=$(cmd "$cold" "$BASELINE" export one.toml -l biblio-info -f docx -o base.docx --force)" \
        "base-3=$(cmd "$cold" "$BASELINE" export story/three.toml -l biblio-info -f docx -o base3.docx --force)" \
        >>small.txt
fi

mkdir -p vips-book magick-book
XDG_CACHE_HOME="$work/cache" "$bin" workshop compile book -l biblio-info -f docx -o warm-book.docx --force >/dev/null 2>&1
alternate "$BOOK_RUNS" \
    "book-cold=$(cmd "$cold" "$bin" workshop compile book -l biblio-info -f docx -o book.docx --force)" \
    "book-warm=$(cmd "$warm" "$bin" workshop compile book -l biblio-info -f docx -o book.docx --force)" \
    "vips-90=$(cmd vipsthumbnail -s 2000x2000 book/*.jpg -o "$work/vips-book/%s.jpg")" \
    "magick-90=$(cmd "$mogrify" -path magick-book -auto-orient -resize 2000x2000 book/*.jpg)" \
    >book.txt
if [ -n "${BASELINE:-}" ]; then
    alternate "$BOOK_RUNS" \
        "base-90=$(cmd "$cold" "$BASELINE" workshop compile book -l biblio-info -f docx -o base-book.docx --force)" \
        >>book.txt
fi

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo "photo: 4000x3000 JPEG, EXIF orientation 6, $(($(stat -c %s phone.jpg) / 1024)) KB"
echo "medians in ms (wall; CPU = user + sys from rusage): $RUNS runs, the book $BOOK_RUNS"
printf '%-52s %9s %9s\n' "" "wall ms" "CPU ms"
row() { printf '%-52s %9s %9s\n' "$1" "$(field "$2" wall "$3")" "$(field "$2" cpu "$3")"; }
row "story without photos → DOCX" story-no-photo small.txt
row "story with 1 phone photo → DOCX, cold" pov-1-cold small.txt
row "story with 1 phone photo → DOCX, from the cache" pov-1-warm small.txt
row "vipsthumbnail -s 2000x2000, 1 photo" vips-1 small.txt
row "convert -auto-orient -resize 2000x2000, 1 photo" magick-1 small.txt
row "story with 3 phone photos → DOCX, cold" pov-3-cold small.txt
row "story with 3 phone photos → DOCX, from the cache" pov-3-warm small.txt
row "vipsthumbnail, 3 photos (one process)" vips-3 small.txt
row "convert, 3 photos (one process)" magick-3 small.txt
row "workshop compile, 30 stories, 90 photos, cold" book-cold book.txt
row "workshop compile, 30 stories, 90 photos, warm" book-warm book.txt
row "vipsthumbnail, 90 photos (one process)" vips-90 book.txt
row "mogrify -auto-orient -resize, 90 photos" magick-90 book.txt
if [ -n "${BASELINE:-}" ]; then
    echo "before: $BASELINE"
    row "before: story with 1 phone photo → DOCX" base-1 small.txt
    row "before: story with 3 phone photos → DOCX" base-3 small.txt
    row "before: workshop compile, 30 stories, 90 photos" base-90 book.txt
fi

ratio() { echo "scale=2; $1 / $2" | bc; }
photo_cpu=$(echo "$(field pov-1-cold cpu small.txt) - $(field story-no-photo cpu small.txt)" | bc)
echo "one photo's own CPU (story with it − story without): $photo_cpu ms;" \
    "whole export $(field pov-1-cold cpu small.txt) ms vs vipsthumbnail $(field vips-1 cpu small.txt) ms:" \
    "$(ratio "$(field pov-1-cold cpu small.txt)" "$(field vips-1 cpu small.txt)") of it (issue 28 asks ≤ 0.33)"
echo "book cold: wall / CPU = $(ratio "$(field book-cold wall book.txt)" "$(field book-cold cpu book.txt)")" \
    "on $(nproc) cores (issue 28 asks ≤ 0.6 on two)"
echo "book warm / cold wall = $(ratio "$(field book-warm wall book.txt)" "$(field book-cold wall book.txt)")" \
    "(issue 28 asks ≤ 0.1)"
echo "DOCX sizes: one photo $(($(stat -c %s one.docx) / 1024)) KB, book $(($(stat -c %s book.docx) / 1024)) KB"
