# Interfața în limba română.
words = { $count ->
    [one] { $count } cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}
error-prefix = eroare
field-text = textul
field-author = numele
field-role = funcția
field-path = fișierul
field-caption = legenda
field-credit = autorul fotografiei
check-all-good = Povestea are tot ce trebuie. Poate fi exportată.
check-must-fix = De corectat:
check-advice = Sfaturi:
check-missing = „{ $step }”: lipsește răspunsul.
check-too-few = „{ $step }”: { $count } din cel puțin { $min } cuvinte.
check-too-many = „{ $step }”: { $count } cuvinte, cel mult { $max }.
check-item-field = „{ $step }”, nr. { $index }: lipsește { $field }.
check-wrong-type = „{ $step }”: răspunsul din fișier nu are forma potrivită ({ $found }).
export-written = Articolul a fost scris în { $path }
templates-layouts = Machete
templates-steps = Pași
templates-required = obligatoriu
templates-valid = Șablonul „{ $id }” este în regulă.
new-written = Ciorna a fost creată: { $path }
err-read-draft = Nu pot citi ciorna { $path }: { $reason }. Verificați numele și locul fișierului.
err-write-draft = Nu pot salva ciorna { $path }: { $reason }. Versiunea anterioară a fișierului a rămas neatinsă; verificați dacă este loc pe disc și dacă dosarul poate fi scris.
err-not-utf8 = { $path }: fișierul nu este text UTF-8; salvați-l din nou ca UTF-8.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Corectați ciorna în acel loc (este un fișier TOML) și încercați din nou.
err-draft-shape = { $path }: { $message }. Corectați ciorna (este un fișier TOML) și încercați din nou.
err-unknown-template = Nu există șablonul „{ $id }”. Șabloanele disponibile sînt: { $available }. Alegeți unul dintre ele sau adăugați dosarul șablonului cu --templates.
err-unknown-layout = Șablonul „{ $template }” nu are macheta „{ $layout }”. Machetele lui sînt: { $available }.
err-output-exists = { $path } există deja; adăugați --force ca să-l înlocuiți sau alegeți alt nume cu -o.
err-write = Nu pot scrie { $path }: { $reason }. Verificați dacă dosarul există și poate fi scris.
err-read = Nu pot citi { $path }: { $reason }.
io-not-found = fișierul sau dosarul nu există
io-permission = nu aveți drept de acces
err-photo-no-path = Fotografia { $number } din „{ $step }” are legendă, dar nu are fișier; scrieți calea fișierului sau ștergeți fotografia.
err-photo-missing = Lipsește fotografia { $number } din „{ $step }” ({ $path }): { $file } nu există. Puneți fotografia acolo sau corectați calea ei în ciornă (se citește din dosarul ciornei).
err-photo-unreadable = Nu pot citi fotografia { $number } din „{ $step }” ({ $path }) din { $file }: { $reason }. Verificați dacă este un fișier pe care îl puteți deschide.
err-photo-not-image = Fotografia { $number } din „{ $step }” ({ $path }) nu este o imagine PNG sau JPEG; salvați-o ca .jpg sau .png (orice program de fotografii poate) și schimbați calea ei în ciornă.
err-photo-exists = { $path } există deja și este altă imagine decît fotografia { $photo }; adăugați --force ca s-o înlocuiți sau exportați în alt dosar.
err-binary-to-terminal = Un fișier .{ $extension } nu poate fi afișat în terminal; scrieți-l într-un fișier cu -o, de exemplu -o articol.{ $extension } (sau -o DOSAR/).
