#!/usr/bin/env bash
# Runs the Windows program under Wine, so that CI sees it work and not only compile:
# --version, doctor, templates list; check and export (every layout, every format) of each
# built-in template's model story, each DOCX read back with pandoc; workshop compile; worksheet;
# new --plain fed each model story on its standard input, the draft compared with the model;
# publish to the local WordPress of target/wordpress.env (scripts/wordpress.sh), the post read
# back and removed. Fails, naming the command, when one of them fails.
#
# Wine 8 (Debian's wine64, installed when missing) lacks bcryptprimitives.dll, where Rust's
# standard library finds ProcessPrng (its random numbers); Windows 10 and 11 have it. A stand-in
# built here with MinGW from scripts/wine/bcryptprimitives.c goes into a throwaway Wine prefix
# (removed at the end, with the fake HOME Wine links its folders to): test-only, never shipped.
#
#   scripts/windows-wine.sh target/x86_64-pc-windows-gnu/release/povestitor.exe
#
# WP_ENV_FILE names another wordpress.env. Without one, publish is skipped with a note (an error
# under CI=true, as .ci/run starts WordPress first).
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then echo "usage: scripts/windows-wine.sh EXE" >&2; exit 2; fi
exe=$(realpath "$1")
cd "$(dirname "$0")/.."
root=$(pwd)
wp_env=${WP_ENV_FILE:-$root/target/wordpress.env}
started=$SECONDS

say() { echo "windows-wine: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# What the script needs, installed quietly when missing (as .ci/run does).
need=()
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || need+=(wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64-win32)
command -v pandoc >/dev/null || need+=(pandoc)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver)

tmp=$(mktemp -d)
export WINEPREFIX="$tmp/prefix" HOME="$tmp/home" WINEDEBUG=-all
# No Mono, Gecko or menu entries: nothing here needs them, and they slow the first start.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME"
cleanup() {
  "$wineserver" -k 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# One server for every run: without -p it would stop, and start again, between commands.
mkdir -p "$WINEPREFIX"
"$wineserver" -p
"$wine" wineboot -i >"$tmp/wineboot.log" 2>&1 || { cat "$tmp/wineboot.log" >&2; fail "wineboot -i"; }
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c -ladvapi32 || fail "building the stand-in bcryptprimitives.dll"

# Everything lives on C:, as after unzipping on a PC: the program in C:\povestitor, the stories
# in C:\ci. $c is that folder seen from Linux; win turns a path under it into C:\… .
c="$WINEPREFIX/drive_c"
mkdir -p "$c/povestitor" "$c/ci/stories" "$c/ci/workshop" "$c/ci/out" "$c/ci/plain"
cp "$exe" "$c/povestitor/povestitor.exe"
win() { local p=${1#"$c"}; p=${p//\//\\}; echo "C:$p"; }

# pov ARGS…: runs the program with ARGS (stdin passed on), its output in $out; fails naming it.
out=
pov() {
  local status=0
  out=$("$wine" 'C:\povestitor\povestitor.exe' "$@" 2>&1) || status=$?
  if [ "$status" -ne 0 ]; then
    printf '%s\n' "$out" >&2
    fail "povestitor $* (exit $status)"
  fi
}
# docx_has FILE TEXT WHAT: pandoc reads the DOCX FILE, and finds TEXT in it.
docx_has() {
  local text
  text=$(pandoc -s --wrap=none -t plain "$1") || fail "pandoc cannot read $3 ($1)"
  grep -qF -- "$2" <<<"$text" || fail "$3 ($1) does not contain \"$2\""
}
# toml FILE EXPR: a Python expression over a TOML file's keys (a story's title, a template's layouts).
toml() { python3 -c 'import sys, tomllib; print(eval(sys.argv[2], {}, tomllib.load(open(sys.argv[1], "rb"))))' "$@"; }

pov --version
grep -q '^povestitor ' <<<"$out" || fail "povestitor --version said: $out"
pov --lang en doctor
pov --lang ro templates list

ids=()
for dir in story-templates/*/; do
  id=$(basename "$dir")
  ids+=("$id")
  title=$(toml "$dir/example.toml" 'answers["title"]')
  story="$c/ci/stories/$id"
  mkdir -p "$story" "$c/ci/out/$id"
  cp "$dir"/example.toml "$dir"/*.png "$story/"
  cp "$dir/example.toml" "$c/ci/workshop/$id.toml"
  cp "$dir"/*.png "$c/ci/workshop/"
  pov --lang en check "$(win "$story/example.toml")"
  for layout in $(toml "$dir/template.toml" '" ".join(l["id"] for l in layouts)'); do
    for format in docx html md txt wp; do
      file="$c/ci/out/$id/$layout.$format"
      pov --lang en export -l "$layout" -f "$format" -o "$(win "$file")" "$(win "$story/example.toml")"
      [ -s "$file" ] || fail "export -l $layout -f $format of $id wrote nothing"
    done
    docx_has "$c/ci/out/$id/$layout.docx" "$title" "the $layout DOCX of $id"
  done
done

# A trainer's workshop folder with every model story, in the layout they all have.
for format in docx html md; do
  pov --lang ro workshop compile -l blog -f "$format" -o "$(win "$c/ci/out/workshop.$format")" "$(win "$c/ci/workshop")"
done
for id in "${ids[@]}"; do
  docx_has "$c/ci/out/workshop.docx" "$(toml "story-templates/$id/example.toml" 'answers["title"]')" "the workshop DOCX"
done
for id in "${ids[@]}"; do
  pov --lang en worksheet -t "$id" -f docx -o "$(win "$c/ci/out/worksheet-$id.docx")"
  docx_has "$c/ci/out/worksheet-$id.docx" "$(toml "story-templates/$id/template.toml" 'steps[0]["prompt"]')" "the $id worksheet"
done

# new --plain, fed each model story as a librarian would type it (tests/plain_mode.rs): every
# step's answer, each quote's and photo's fields then an empty line, then author, library, date.
# The draft it saves must say what the model says (the photo now beside the draft).
for id in "${ids[@]}"; do
  python3 - "story-templates/$id" "$(win "$c/ci/stories/$id")" >"$tmp/$id.in" <<'PY'
import sys, tomllib
folder, photos = sys.argv[1], sys.argv[2]
model = tomllib.load(open(f"{folder}/example.toml", "rb"))
steps = tomllib.load(open(f"{folder}/template.toml", "rb"))["steps"]
answers, lines = model["answers"], []
fields = {"quotes": ["text", "author", "role", "consent"],
          "photos": ["path", "caption", "credit", "children", "consent"]}
for step in steps:
    if step["kind"] in fields:
        for item in answers.get(step["id"], []):
            for field in fields[step["kind"]]:
                value = item.get(field, "")
                lines.append(photos + "\\" + value if field == "path" else value)
        lines.append("")
    else:
        lines.append(answers.get(step["id"], "").strip("\n"))
        if step["kind"] == "text":
            lines.append("")
meta = model["meta"]
year, month, day = meta["date"].split("-")
lines += [meta["author"], meta["institution"], f"{day}.{month}.{year}"]
print("\n".join(lines))
PY
  pov --lang en new --plain -t "$id" "$(win "$c/ci/plain/$id.toml")" <"$tmp/$id.in"
  python3 - "story-templates/$id/example.toml" "$c/ci/plain/$id.toml" <<'PY' || fail "new --plain -t $id: the draft is not the model story"
import os, sys, tomllib
model, draft = (tomllib.load(open(p, "rb")) for p in sys.argv[1:])
for photo in draft["answers"].get("photos", []):
    assert os.path.isfile(os.path.join(os.path.dirname(sys.argv[2]), photo["path"])), photo["path"]
    photo["path"] = os.path.basename(photo["path"])
for key in ("meta", "answers"):
    if model[key] != draft[key]:
        sys.exit(f"{key}: {draft[key]} instead of {model[key]}")
PY
done

# publish to the local WordPress: the output names the post, which the site then has (a draft
# with the story's title); it is removed afterwards, with its photo.
if [ -f "$wp_env" ]; then
  # shellcheck disable=SC1090
  . "$wp_env"
  title=$(toml story-templates/success-story/example.toml 'answers["title"]')
  POVESTITOR_WP_PASSWORD=$WP_PASSWORD pov --lang ro publish --site "$WP_SITE" --user "$WP_USER" \
    "$(win "$c/ci/stories/success-story/example.toml")"
  post=$(grep -o 'post=[0-9]*' <<<"$out" | head -1 | cut -d= -f2)
  [ -n "$post" ] || fail "publish did not name the post: $out"
  python3 - "$WP_SITE" "$WP_USER" "$WP_PASSWORD" "$post" "$title" <<'PY' || fail "publish: post $post on $WP_SITE"
import base64, json, sys, urllib.request
site, user, password, post, title = sys.argv[1:]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
def call(method, route):
    request = urllib.request.Request(f"{site}/?rest_route=/wp/v2/{route}", method=method,
                                     headers={"Authorization": auth})
    with urllib.request.urlopen(request, timeout=20) as answer:
        return json.load(answer)
got = call("GET", f"posts/{post}&context=edit")
if got["title"]["raw"] != title or got["status"] != "draft":
    sys.exit(f"the site has {got['title']['raw']!r} ({got['status']})")
for media in call("GET", f"media&parent={post}&per_page=100"):
    call("DELETE", f"media/{media['id']}&force=true")
call("DELETE", f"posts/{post}&force=true")
PY
elif [ "${CI:-}" = true ]; then
  fail "no $wp_env (scripts/wordpress.sh writes it)"
else
  say "skipped publish: no $wp_env (scripts/wordpress.sh writes it)"
fi

# A real limit of Wine 8, not of the program: its console takes the 256-colour escape
# (ESC[38;5;Nm) that the terminal library sends for every colour as text and moves the cursor
# wrongly, so the wizard's screen is scrambled there (a C program sending it does the same).
say "not run under Wine: the wizard's screen (Wine 8's console garbles colour escapes; see docs/developers/testing.md)"
say "all passed in $((SECONDS - started)) s"
