#!/usr/bin/env bash
# Peak memory of a wizard session on the big draft: the model story with one 20,000-word
# answer ("problem"), opened with `povestitor edit` in a pseudo-terminal of 120x40. The
# script plays the librarian: waits for the first screen, goes to the long answer, types a
# sentence into it, waits past the spelling pause and the autosave, then reads the
# process's peak resident memory (VmHWM in /proc/PID/status) and quits with Ctrl+Q; the
# kernel's own figure for the finished process (ru_maxrss from wait4) is printed too.
#
# Usage: scripts/wizard-memory.sh            (builds with --release)
#        BIN=path/to/povestitor scripts/wizard-memory.sh
# Linux only (/proc). Needs python3 (its pty module drives the pseudo-terminal).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${BIN:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    BIN="$root/target/release/povestitor"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model="$root/story-templates/success-story"
cp "$model/example.toml" "$model/bunicii-online.png" "$work/"
# 91 words a paragraph, 220 paragraphs: an answer of 20,020 words.
paragraph="Într-o zi de toamnă, biblioteca publică din sat s-a umplut de copii și de părinți. Bibliotecara a pregătit douăzeci și cinci de cărți noi și o expoziție despre istoria satului. Învățătoarea a venit cu elevii clasei a treia, iar bătrânii și-au amintit de cărțile citite în tinerețe. Cititorii au stat până seara, iar cei mai mici au desenat personajele preferate. Proiectul, susținut de primărie și de o asociație locală, continuă în fiecare sâmbătă. Primarul spune că sprijină activitățile pentru comunitate, mai ales lecturile de vară, iar părinții cer mai multe ateliere."
awk -v p="$paragraph" '{ print } /^problem = """/ { for (i = 0; i < 220; i++) print p }' \
    "$work/example.toml" >"$work/big.toml"

python3 - "$BIN" "$work" <<'EOF'
import fcntl, os, pty, select, struct, sys, termios, time

binary, work = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.chdir(work)
    env = dict(os.environ, HOME=work, XDG_DATA_HOME=f"{work}/data",
               XDG_CONFIG_HOME=f"{work}/config", TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    os.execve(binary, [binary, "edit", "big.toml"], env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

def pump(seconds):
    """Reads (and drops) the screen for `seconds`, so the program never waits to write."""
    end = time.monotonic() + seconds
    got = 0
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                got += len(os.read(fd, 65536))
            except OSError:
                break
    return got

def hwm():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(("VmHWM", "VmRSS")):
                yield line.split(":")[0], int(line.split()[1])

assert pump(3) > 0, "the wizard drew nothing"
for key in [b"\x1b[6~", b"\x1b[6~"]:          # PageDown twice: the long answer
    os.write(fd, key)
    pump(0.3)
for c in "Un rând nou, scris la sfârșit. ":
    os.write(fd, c.encode())
    pump(0.02)
os.write(fd, b"\x1b[1;5H")                     # Ctrl+Home: to the answer's start
pump(3)                                        # spelling pause, autosave
memory = dict(hwm())
os.write(fd, b"\x11")                          # Ctrl+Q
pump(2)
_, status, usage = os.wait4(pid, 0)
saved = open(f"{work}/big.toml", encoding="utf-8").read()
assert "Un rând nou, scris la sfârșit." in saved, "the typed sentence was not saved: the session did not run"
print("draft: the model story with a 20,020-word answer, edited and saved; terminal 120x40")
print(f"VmHWM before quitting: {memory['VmHWM'] / 1024:.1f} MB (VmRSS {memory['VmRSS'] / 1024:.1f} MB)")
print(f"ru_maxrss at exit:     {usage.ru_maxrss / 1024:.1f} MB (exit status {os.waitstatus_to_exitcode(status)})")
EOF
