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
tidy-nothing = Tipografia din { $path } este deja corectă; nu e nimic de schimbat.
tidy-header = { $count ->
    [one] Un text din { $path } poate fi îndreptat (- acum, + după):
    [few] { $count } texte din { $path } pot fi îndreptate (- acum, + după):
   *[other] { $count } de texte din { $path } pot fi îndreptate (- acum, + după):
}
tidy-step = „{ $step }”
tidy-item = „{ $step }”, nr. { $index }, { $field }
tidy-author = Autorul
tidy-institution = Instituția
tidy-dry-run = Nu s-a salvat nimic. Rulați din nou cu --apply ca să salvați aceste schimbări.
tidy-saved = Schimbările au fost salvate în { $path }
tidy-odd-list = „{ $step }”: lista din fișier are elemente care nu sunt citate sau fotografii; corectați-o de mână înainte de îndreptare.
