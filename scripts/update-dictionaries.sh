#!/usr/bin/env bash
# Refreshes the Hunspell dictionaries built into the program (dictionaries/*.gz) from
# Debian's packages hunspell-ro, hunspell-ru and hunspell-en-us, unchanged, gzip-compressed.
# Their licences are in dictionaries/LICENSES (see dictionaries/README.md); check them again
# when a new version comes.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f /usr/share/hunspell/ro_RO.dic ] && [ -f /usr/share/hunspell/ru_RU.dic ] && [ -f /usr/share/hunspell/en_US.dic ] || {
  apt-get update -qq && apt-get install -y -qq hunspell-ro hunspell-ru hunspell-en-us
}
for name in ro_RO ru_RU en_US; do
  for ext in aff dic; do
    # -n: no name or time inside, so the same file gives the same bytes.
    gzip -9 -n -c "/usr/share/hunspell/$name.$ext" >"dictionaries/$name.$ext.gz"
  done
done
dpkg-query -W -f '${Package} ${Version}\n' hunspell-ro hunspell-ru hunspell-en-us >dictionaries/VERSIONS
