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
check-warnings = De verificat:
check-summary = { $errors } de corectat, { $warnings } de verificat, { $tips } sfaturi.
place-step = „{ $step }”
place-item = „{ $step }”, nr. { $index }
place-item-field = „{ $step }”, nr. { $index }, { $field }
field-consent = acordul pentru publicare
finding-count = { $finding } (×{ $count })
finding-missing = lipsește răspunsul.
finding-too-few = { $count } din cel puțin { $min ->
    [one] { $min } cuvânt
    [few] { $min } cuvinte
   *[other] { $min } de cuvinte
}.
finding-too-many = { $count ->
    [one] { $count } cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}, cel mult { $max }.
finding-item-field = lipsește { $field }.
finding-wrong-type = răspunsul din fișier nu are forma potrivită ({ $found }).
finding-title-too-long = titlul are { $chars ->
    [one] un caracter
    [few] { $chars } caractere
   *[other] { $chars } de caractere
}; revistele și blogurile arată întreg un titlu de cel mult { $max }.
finding-too-few-quotes = { $count } citate complete, iar povestea are nevoie de cel puțin { $min }.
finding-no-number = nicio cifră; spuneți câți oameni, câte întâlniri, câte vizite.
finding-consent-not-recorded = nu este notat dacă persoana a fost de acord cu publicarea; formularul de acord de semnat: Ctrl+U în asistent.
finding-consent-not-recorded-children = fotografia arată copii; notați dacă părinții sau tutorii au fost de acord cu publicarea; formularul de acord de semnat: Ctrl+U în asistent.
finding-consent-refused = persoana nu a fost de acord cu publicarea; scoateți-o din poveste.
finding-consent-refused-children = părinții sau tutorii nu au fost de acord cu publicarea; scoateți fotografia.
finding-consent-unsigned = persoana a acceptat, dar nu este notat un formular semnat: tipăriți formularul de acord (Ctrl+U în asistent), dați-l la semnat, păstrați-l la bibliotecă și notați-l ca semnat.
finding-consent-unsigned-children = un părinte sau tutore a acceptat, dar nu este notat un formular semnat: tipăriți formularul de acord (Ctrl+U în asistent), dați-l la semnat, păstrați-l la bibliotecă și notați-l ca semnat.
finding-long-sentence = o frază de { $words ->
    [one] un cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
}; împărțiți-o în două (cel mult { $max }).
finding-repeated-word = „{ $word }” este scris de două ori la rând.
finding-weak-phrase = „{ $phrase }” spune puțin; scrieți direct cine a făcut ce.
finding-word-form = „{ $word }” se scrie „{ $better }”.
finding-cedilla = „ş” și „ţ” cu sedilă; în română se scriu cu virgulă: „ș”, „ț”.
finding-straight-quotes = ghilimele drepte ("); { $language ->
        [ru] într-o poveste în rusă se scriu «так».
        [en] într-o poveste în engleză se scriu “like this”.
       *[ro] în română se scriu „așa”.
    }
finding-comma-quote = două virgule (,,) în loc de ghilimele deschise; scrieți { $quote }.
finding-space-inside-quotes = un spațiu în interiorul ghilimelelor; ghilimelele se scriu lipite de cuvinte.
finding-double-space = două spații la rând.
finding-space-before = un spațiu înainte de „{ $mark }”.
finding-space-after = lipsește spațiul după „{ $mark }”.
finding-hyphen-for-dash = cratimă (-) între un nume și un cuvânt; aici se pune linia de pauză, cu spații: „ { $dash } ”.
finding-misspelt = „{ $word }” nu este în dicționar; verificați cum se scrie.
finding-misspelt-suggest = „{ $word }” nu este în dicționar; poate { $suggestions }?
finding-names-to-check = Nume de verificat (dicționarul nu le cunoaște): { $names }. Dacă sunt scrise corect, adăugați-le în lista dumneavoastră de cuvinte (Ctrl+D în asistent).
finding-quoted-word = „{ $word }”
finding-old-spelling = „{ $word }” se scrie azi „{ $modern }” (ortografia cu â, în Moldova din 2010).
finding-article-too-short = Articolul are { $count ->
    [one] un cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}; o poveste de succes are cel puțin { $min }.
finding-article-too-long = Articolul are { $count ->
    [one] un cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}; revistele și agențiile cer cel mult { $max }.
finding-date-missing = Povestea nu are dată; scrieți-o la autor, bibliotecă și dată (F4 în asistent).
finding-date-invalid = Data „{ $text }” nu este o zi din calendar; scrieți-o ca 2026-11-25.
export-written = Articolul a fost scris în { $path }
export-photo-outside = Fotografia { $number } a fost luată din { $file }, din afara dosarului poveștii: verificați că este fotografia pe care o vrea povestea (o poveste primită de la altcineva ar trebui să-și țină fotografiile alături).
export-left-out-photos = Macheta „{ $layout }” arată { $shown } din { $total ->
    [one] { $total } fotografie
    [few] { $total } fotografii
   *[other] { $total } de fotografii
}: { $count ->
    [1] fotografia { $numbers } nu apare
   *[other] fotografiile { $numbers } nu apar
}.
export-left-out-quotes = Macheta „{ $layout }” arată { $shown } din { $total ->
    [one] { $total } citat
    [few] { $total } citate
   *[other] { $total } de citate
}: { $count ->
    [1] citatul { $numbers } nu apare
   *[other] citatele { $numbers } nu apar
}.
export-left-out-and = și
export-see-more = Macheta „{ $layout }”: Facebook arată cam { $limit ->
    [one] un caracter
    [few] { $limit } caractere
   *[other] { $limit } de caractere
} înainte de „Vezi mai mult”; postarea se taie după „…{ $words }”.
export-see-more-whole = Macheta „{ $layout }”: toată postarea ({ $count ->
    [one] un caracter
    [few] { $count } caractere
   *[other] { $count } de caractere
}) se vede înainte de „Vezi mai mult”.
export-attach-photos = Atașați la postare { $count ->
    [one] fotografia
   *[other] fotografiile
} { $files }.
copy-done = Articolul este copiat: lipiți-l cu Ctrl+V („{ $layout }”, cu formatare, și ca text simplu).
copy-done-while-open = Articolul este copiat cât timp asistentul este deschis („{ $layout }”): lipiți-l cu Ctrl+V înainte de a-l închide. Programul a fost înlocuit între timp: reporniți-l, ca articolele copiate să rămână și după.
copy-terminal = Clipboardul sistemului nu se poate folosi aici ({ $reason }); articolul („{ $layout }”, ca text simplu) a fost trimis terminalului: lipiți-l cu Ctrl+V, dacă terminalul permite copierea.
copy-unreachable = Nu se poate ajunge la niciun clipboard aici ({ $reason }): deschideți { $path }, unde este acum articolul, și copiați-l de acolo.
copy-no-session = nu există o sesiune grafică
copy-keeper-not-started = programul nu a putut porni procesul care păstrează articolul în clipboard: { $reason }
copy-keeper-silent = procesul care păstrează articolul în clipboard nu a răspuns
copy-wizard-unreachable = Clipboardul sistemului nu se poate folosi aici ({ $reason }): exportați articolul (Enter) și copiați-l din fișier.
consent-written = Formularul de acord pentru { $person }: { $path }
consent-written-children = Formularul de acord pentru { $person } (cu partea pentru părinte): { $path }
consent-none = Povestea nu are nici citate, nici fotografii: nu e nevoie de formulare de acord.
consent-sign = Tipăriți formularele și cereți semnăturile înainte de a publica; păstrați formularele semnate la bibliotecă.
consent-wizard-writing = Se scrie formularul de acord…
consent-wizard-written = Formularul de acord pentru { $person }: { $path }. Tipăriți-l și dați-l la semnat; când revine semnat, notați-l la Acord cu Spațiu.
consent-wizard-written-children = Formularul de acord pentru { $person }, cu secțiunea pentru părinte: { $path }. Tipăriți-l și dați-l la semnat; când revine semnat, notați-l la Acord cu Spațiu.
consent-wizard-blank = Acest citat sau această fotografie este încă gol: formularul ia cuvintele, legenda sau fotografia.
consent-wizard-where = Formularele de acord sunt pentru citate și fotografii: apăsați Ctrl+U în pașii lor.
consent-form-heading = Acord pentru publicare
consent-form-library = Biblioteca
consent-form-story = Povestea
consent-form-where = Unde se publică
consent-form-places = revista „Biblio-info”, blogul bibliotecii și pagina ei de Facebook
consent-form-quote = Sunt de acord ca biblioteca să publice în această poveste numele meu, rolul meu și cuvintele mele de mai jos:
consent-form-photo = Sunt de acord ca biblioteca să publice în această poveste fotografia de mai jos, în care apar, cu legenda ei (câte un formular pentru fiecare persoană din fotografie):
consent-form-withdraw = Știu că îmi pot retrage acordul oricând, printr-o cerere la bibliotecă: de atunci, biblioteca nu mai folosește numele, cuvintele sau imaginea mea și le scoate de pe blog și de pe Facebook. Datele mele sunt prelucrate conform Legii nr. 133/2011 privind protecția datelor cu caracter personal.
consent-form-name = Numele și prenumele
consent-form-signature = Semnătura
consent-form-date = Data
consent-form-parent-heading = Pentru un copil sub 18 ani
consent-form-parent = Eu, părintele sau tutorele copilului din fotografie, sunt de acord cu cele de mai sus în numele lui.
consent-form-parent-name = Numele părintelui sau al tutorelui
consent-form-quote-file = citatul
consent-form-photo-file = fotografia
consent-form-file = acord
templates-layouts = Machete
templates-steps = Pași
templates-required = obligatoriu
templates-valid = Șablonul „{ $id }” este în regulă.
new-written = Ciorna a fost creată: { $path }
err-read-draft = Nu pot citi ciorna { $path }: { $reason }. Verificați numele și locul fișierului.
err-write-draft = Nu pot salva ciorna { $path }: { $reason }. Versiunea anterioară a fișierului a rămas neatinsă; verificați dacă este loc pe disc și dacă dosarul poate fi scris.
err-not-utf8 = { $path }: fișierul nu este text UTF-8; salvați-l din nou ca UTF-8.
err-draft-not-a-file = { $path } nu este un fișier în care poate fi o poveste (este un dosar, un canal sau un dispozitiv). Alegeți fișierul .toml al poveștii.
err-draft-too-big = { $path } are mai mult de { $limit } MB, mult mai mult decât orice poveste. Verificați că este fișierul potrivit.
err-answer-too-long = Răspunsul la „{ $step }” are { $mb } MB de text, mult mai mult decât orice articol (cel mult { $limit } MB). Scurtați-l sau verificați că ați lipit textul potrivit.
err-draft-link = { $path } este o legătură către { $target }. O poveste se salvează doar în fișierul ei: deschideți chiar { $target }.
err-draft-read-only = { $path } poate fi doar citit, așa că povestea nu poate fi salvată în el. Faceți fișierul modificabil sau salvați o copie cu alt nume.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Corectați ciorna în acel loc (este un fișier TOML) și încercați din nou.
err-draft-shape = { $path }: { $message }. Corectați ciorna (este un fișier TOML) și încercați din nou.
err-unknown-template = Nu există șablonul „{ $id }”. Șabloanele disponibile sunt: { $available }. Alegeți unul dintre ele sau adăugați dosarul șablonului cu --templates.
err-unknown-layout = Șablonul „{ $template }” nu are macheta „{ $layout }”. Machetele lui sunt: { $available }.
err-output-exists = { $path } există deja; adăugați --force ca să-l înlocuiți sau alegeți alt nume cu -o.
err-file-held = { $path } este deschis în alt program (Word?) și nu poate fi înlocuit; închideți-l acolo și exportați din nou sau scrieți-l alături cu -o „{ $beside }”.
err-write = Nu pot scrie { $path }: { $reason }. Verificați dacă dosarul există și poate fi scris.
err-read = Nu pot citi { $path }: { $reason }.
err-read-folder = Nu pot citi dosarul { $path }: { $reason }. Verificați numele lui și dacă se poate deschide.
io-not-found = fișierul sau dosarul nu există
io-permission = nu aveți drept de acces
io-held = fișierul este deschis în alt program
io-disk-full = discul este plin
io-read-only = discul (sau stick-ul) se poate doar citi
err-photo-no-path = Fotografia { $number } din „{ $step }” are legendă, dar nu are fișier; scrieți calea fișierului sau ștergeți fotografia.
err-photo-missing = Lipsește fotografia { $number } din „{ $step }” ({ $path }): { $file } nu există. Puneți fotografia acolo sau corectați calea ei în ciornă (se citește din dosarul ciornei).
err-photo-unreadable = Nu pot citi fotografia { $number } din „{ $step }” ({ $path }) din { $file }: { $reason }. Verificați dacă este un fișier pe care îl puteți deschide.
err-photo-not-image = Fotografia { $number } din „{ $step }” ({ $path }) nu este o imagine PNG sau JPEG; salvați-o ca .jpg sau .png (orice program de fotografii poate) și schimbați calea ei în ciornă.
err-photo-not-file = Fotografia { $number } din „{ $step }” ({ $path }) nu este un fișier: { $file } este un dispozitiv, o conductă sau alt fișier special. Scrieți în ciornă calea fișierului fotografiei.
err-photo-network = Fotografia { $number } din „{ $step }” ({ $path }) este pe alt calculator din rețea. Copiați fotografia pe acest calculator și schimbați-i calea în ciornă.
err-photo-too-big = Fotografia { $number } din „{ $step }” ({ $path }) are mai mult de { $limit } MB, prea mult pentru un articol; salvați o copie mai mică (orice program de fotografii poate) și schimbați calea ei în ciornă.
err-photo-exists = { $path } există deja și este altă imagine decât fotografia { $photo }; adăugați --force ca s-o înlocuiți sau exportați în alt dosar.
err-photo-unsupported = Fotografia { $number } din „{ $step }” ({ $path }) este o imagine în format { $kind }, pe care documentele Word și paginile web nu o pot afișa întotdeauna; salvați-o ca JPEG (galeria telefonului o poate partaja sau exporta ca JPEG; pe calculator, deschideți-o în Paint sau Fotografii și salvați-o ca .jpg) și schimbați calea ei în ciornă.
err-photo-too-many-pixels = Fotografia { $number } din „{ $step }” ({ $path }) are { $size } pixeli, mai mult de { $limit } de milioane, prea mulți ca s-o micșorez aici; salvați o copie de cel mult 4000 de pixeli pe latura lungă (orice program de fotografii poate) și schimbați calea ei în ciornă.
err-photo-damaged = Fotografia { $number } din „{ $step }” ({ $path }) este deteriorată și nu poate fi citită ca imagine ({ $reason }); deschideți-o într-un program de fotografii, salvați-o din nou ca .jpg și schimbați calea ei în ciornă.
err-binary-to-terminal = Un fișier .{ $extension } nu poate fi afișat în terminal; scrieți-l într-un fișier cu -o, de exemplu -o articol.{ $extension } (sau -o DOSAR/).
err-edit-needs-terminal = Ciorna { $path } se scrie într-o fereastră de terminal; deschideți un terminal (de exemplu Windows Terminal) și rulați acolo: povestitor edit "{ $path }". Cu un cititor de ecran sau cu răspunsurile într-un fișier: povestitor edit --plain "{ $path }"
err-new-needs-file = Fără o fereastră de terminal, comanda new are nevoie de numele fișierului în care să scrie ciorna, de exemplu: povestitor new --template success-story poveste.toml

## Asistentul
app-name = Povestitor
header-saved = ✓ salvat
header-saving = … se salvează
status-saved = Salvat.
status-save-failed = Nu am putut salva: { $error }.
status-example-copy = Aceasta este o copie a poveștii-model: o puteți schimba fără grijă, originalul rămâne neatins.
keys-choose = alegeți
keys-open = deschideți
keys-help = ajutor
keys-quit = ieșire
keys-steps = pașii
keys-previous = înapoi
keys-preview = previzualizare
keys-export = export
keys-details = autor
keys-next-field = câmpul următor
keys-back = înapoi
keys-layout = macheta
keys-scroll = derulați
keys-do-export = exportați
keys-copy = copiați
help-copy = Copiați articolul în clipboard (cu formatare și ca text simplu)
keys-close = închideți
home-welcome = Bun venit! Ce doriți să faceți?
home-new = Începeți o poveste nouă
home-recent = Continuați o ciornă
home-no-recent = (nicio ciornă încă)
home-examples = Citiți o poveste-model (se deschide o copie)
home-recent-line = { $title } · { $done } din { $total } pași · { $edited } · { $template }
home-example-about = O poveste completă scrisă după șablonul „{ $template }”. Primiți o copie: citiți-o, schimbați-o, încercați previzualizarea și exportul.
home-drafts-folder = Poveștile noi se păstrează în { $folder }.
side-steps = Pașii
side-review = Verificare
side-details = Autor și bibliotecă
step-progress = Pasul { $n } din { $total }
editor-answer = Răspuns
items-hint = F7 adăugați · F8 ștergeți
item-keys = Tab câmpul următor · Ctrl+U formular de acord
photo-file-empty = Enter: alegeți fotografia
item-quote = Citatul { $n }
item-photo = Fotografia { $n }
label-text = Textul
label-author = Numele
label-role = Funcția
label-path = Fișierul
label-caption = Legenda
label-credit = Foto
guidance-hidden = Sfaturile și exemplul sunt ascunse (F3 le arată).
guidance-example = Exemplu:
guidance-hide = (F3 ascunde sfaturile)
limit-range = (recomandat { $min }–{ $max })
limit-min = (cel puțin { $min })
limit-max = (cel mult { $max })
hint-line-enter = Acest răspuns are un singur rând. PageDown trece la pasul următor.
hint-confirm-remove = Acest element are text. Apăsați F8 încă o dată pentru a-l șterge.
review-title = Verificare
review-missing = Mai este de lucru:
review-enter = Enter vă duce la primul pas de completat.
review-unset = (necompletat)
review-details-key = F4 schimbă autorul, biblioteca și data.
review-no-answer = (fără răspuns încă)
details-title = Autorul, biblioteca și data
details-intro = Apar sub titlul articolului. Autorul și biblioteca scrise într-o poveste a dumneavoastră vor fi propuse și în următoarea.
details-author = Autorul
details-institution = Biblioteca
details-date = Data
preview-title = Previzualizare:
preview-no-layout = Acest șablon nu are nicio machetă în care să arate articolul.
preview-rendering = Se pregătește previzualizarea…
preview-too-slow = Macheta a durat prea mult (peste { $seconds } s) și a fost abandonată: { $problem }
    Cuvintele dumneavoastră sunt în siguranță. Alegeți altă machetă (← →) sau rugați-l pe autorul ei s-o corecteze.
layout-runaway-ended = O machetă încă rula și ocupa peste { $mb } MB de memorie, așa că programul s-a închis înainte să-l oprească calculatorul. Povestea este salvată: { $draft }. Alegeți altă machetă sau rugați-l pe autorul ei s-o corecteze.
export-title = Exportați articolul
export-layout = Macheta
export-format = Formatul
export-path = Salvați ca
export-note = Enter scrie fișierul. Un fișier existent nu este înlocuit niciodată fără întrebare.
export-exists = { $path } există deja. Apăsați Enter încă o dată pentru a-l înlocui sau schimbați numele.
export-held = { $path } este deschis în alt program (Word?) și nu poate fi înlocuit. Apăsați Enter pentru a-l scrie alături, ca { $beside }; sau închideți-l acolo și exportați din nou cu numele lui.
export-failed = Articolul nu a putut fi scris: { $error }
export-no-story = nicio poveste nu este deschisă
format-docx = Document Word (.docx)
format-md = Markdown (.md)
format-html = Fragment de pagină web pentru blog (.html)
format-txt = Text simplu pentru Word (.txt)
format-wordpress = Ciornă pe blogul WordPress al bibliotecii
export-site = Adresa blogului (de ex. https://biblioteca.md)
export-user = Numele de utilizator pe blog
export-password = Parola de aplicație (nu se salvează)
export-publish-note = Enter trimite povestea pe WordPress ca ciornă de articol, cu fotografiile ei; o nouă trimitere actualizează același articol. Verificați-o în WordPress, apoi apăsați acolo Publică. Fără parolă tastată, se folosește POVESTITOR_WP_PASSWORD.
export-password-missing = Tastați parola de aplicație făcută pe blog (Utilizatori → Profil → Parole pentru aplicații).
export-published = Ciorna articolului: { $link } (fotografii încărcate: { $uploaded }, deja acolo: { $kept })
export-sending = Se trimite povestea pe blog… (Esc o oprește)
publish-stopping = Se oprește trimiterea pe blog…
export-writing = Se scrie articolul…
export-no-thread = Articolul nu a putut fi scris: calculatorul nu mai are loc pentru încă o sarcină. Închideți câteva programe și încercați din nou.
publish-no-thread = Povestea nu a putut fi trimisă: calculatorul nu mai are loc pentru încă o sarcină. Închideți câteva programe și încercați din nou.
publish-record-not-kept = Ce a primit blogul din { $path } nu a putut fi notat în fișier ({ $reason }): o nouă trimitere face o nouă postare-ciornă și încarcă din nou fotografiile.
help-title = Taste
help-intro = Totul se salvează pe măsură ce scrieți. Esc închide această fereastră.
help-moving = Deplasare
help-next = pasul următor (după ultimul: verificarea)
help-previous = pasul anterior
help-jump = mergeți la pasul 1…9
help-list = lista pașilor (↑ ↓ alegeți, Enter deschideți)
help-preview = previzualizați articolul
help-guidance = arătați sau ascundeți sfaturile și exemplul
help-details = autorul, biblioteca și data
help-export = exportați articolul (docx, html, txt, md)
help-save = salvați acum (se face și singur)
help-quit = ieșire (totul este salvat)
help-help = acest ajutor
help-editing = Scriere
help-enter = rând nou (într-un răspuns de un rând: nimic)
help-word = un cuvânt la stânga sau la dreapta
help-line = începutul sau sfârșitul rândului
help-ends = începutul sau sfârșitul răspunsului
help-delete-word = ștergeți cuvântul dinaintea cursorului
help-undo = anulați, refaceți
help-select = selectați text
help-clipboard = copiați, tăiați, lipiți în povestitor
help-paste = lipiți din alt program (sau clic dreapta)
help-items = Citate și fotografii
help-add-item = adăugați un citat sau o fotografie
help-remove-item = ștergeți-l (de două ori dacă are text)
help-fields = câmpul următor sau anterior
help-consent-form = formularul de acord al citatului sau fotografiei (Word), de semnat
help-screens = Pe ecranul de început, în liste și formulare
help-first-last = primul sau ultimul
help-back-to-answer = înapoi la răspuns
help-fix-first = mergeți la primul pas care mai are nevoie de lucru
help-previous-field = câmpul anterior
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

## Ajutorul din linia de comandă (clap). Fără punct la sfârșit, ca rândurile lui clap.
cli-about = Scrieți pas cu pas povestea de succes a bibliotecii și transformați-o în articol.
cli-long-about = Fără comandă se deschide asistentul: începeți o poveste nouă, continuați o ciornă sau deschideți o poveste-model.
cli-usage-heading = Utilizare
cli-commands-heading = Comenzi
cli-arguments-heading = Argumente
cli-options-heading = Opțiuni
cli-options-tag = OPȚIUNI
cli-command-value = COMANDĂ
cli-default = implicit
cli-values = valori posibile
cli-values-heading = Valori posibile
cli-help-flag = Afișați ajutorul
cli-help-flag-short = Afișați ajutorul (mai detaliat cu --help)
cli-help-flag-long = Afișați ajutorul (pe scurt cu -h)
cli-version-flag = Afișați versiunea
cli-help-command = Afișați acest ajutor sau ajutorul comenzii numite
cli-arg-lang = Limba interfeței: ro (română), en (engleză) sau ru (rusă). Implicit: cea din configurație, altfel limba sistemului, altfel româna
cli-value-lang = LIMBA
cli-value-lang-ro = Română
cli-value-lang-en = English
cli-value-lang-ru = Русский
cli-arg-templates = Un dosar cu șabloanele dumneavoastră (se adaugă la cele incluse și le înlocuiește pe cele cu același id)
cli-value-templates = DOSAR
cli-arg-safe_symbols = Asistentul desenează doar semnele pe care le are orice font al consolei Windows (√ × ► în loc de ✓ ✗ ▸), cum face singur într-o consolă Windows alta decât Windows Terminal
cli-arg-log = Păstrează în dosarul de date un jurnal cu ce face programul (pentru raportarea unei erori; niciodată o parolă sau cuvintele unei povești). În configurație, log = true face același lucru
cli-cmd-new = Începeți o poveste nouă după un șablon, în asistent
cli-arg-new-template = Șablonul folosit (vedeți: povestitor templates list)
cli-value-template = ȘABLON
cli-arg-new-file = Unde se păstrează ciorna (un fișier .toml). Fără el, ciorna se pune în dosarul dumneavoastră de date, cu un nume făcut din data de azi și șablon
cli-value-file = FIȘIER
cli-cmd-edit = Continuați o ciornă în asistent
cli-arg-edit-file = Ciorna (fișierul .toml)
cli-cmd-export = Transformați o ciornă în articol: document Word, HTML pentru blog, Markdown sau text pentru Word
cli-arg-export-draft = Ciorna (fișierul .toml)
cli-value-draft = CIORNĂ
cli-arg-export-layout = Macheta publicației, de exemplu biblio-info sau blog (vedeți: povestitor templates show ID). Fără ea, macheta din configurație
cli-value-layout = MACHETĂ
cli-arg-export-format = docx (Word, pentru revistă), html (blog), md (Markdown, cu datele articolului la început), txt (text de lipit în Word) sau wp (blocuri WordPress). Fără el, formatul din configurație
cli-value-format = FORMAT
cli-value-format-md = Markdown, pentru site-uri statice și prelucrare ulterioară
cli-value-format-html = HTML, de lipit în editorul blogului (o pagină întreagă cu --standalone)
cli-value-format-txt = Text simplu, de lipit în Word
cli-value-format-docx = Document Word pentru revistă (nu este text: scrieți-l într-un fișier cu -o)
cli-value-format-wp = Blocuri WordPress, de lipit în editorul de cod al editorului de blocuri
cli-arg-export-output = Fișierul în care se scrie sau un dosar care se termină cu / (numele se face din titlu); fotografiile se copiază alături. Fără el, articolul se afișează pe ecran (un docx se scrie doar într-un fișier)
cli-value-output = FIȘIER|DOSAR/
cli-arg-export-force = Înlocuiți fișierul dacă există deja
cli-arg-export-standalone = Cu --format html: o pagină web întreagă în loc de o bucată de lipit în editorul blogului
cli-cmd-copy = Puneți articolul unei ciorne în clipboard: formatat pentru Word, LibreOffice, Gmail și editorul blogului, cu text simplu alături pentru Facebook
cli-arg-copy-draft = Ciorna (fișierul .toml)
cli-arg-copy-layout = Macheta publicației, de exemplu blog sau facebook (vedeți: povestitor templates show ID). Fără ea, macheta din configurație
cli-cmd-consent = Scrieți câte un formular de acord (Word, o pagină) pentru fiecare persoană citată sau fotografiată într-o ciornă, de tipărit și semnat
cli-arg-consent-draft = Ciorna (fișierul .toml)
cli-arg-consent-dir = Dosarul în care se scriu formularele. Fără el, dosarul ciornei
cli-arg-consent-force = Înlocuiți formularele care există deja
cli-cmd-check = Aflați ce îi mai trebuie unei ciorne: pași, limite, citate, acord, stil, ortografie
cli-arg-check-draft = Ciorna (fișierul .toml)
check-steps = Pașii:
cli-arg-check-format = text (pentru citit) sau json (pentru un program)
spelling-off-no-dictionary = Ortografia nu a fost verificată: nu am găsit dicționarul pentru „{ $language }”. Instalați-l (pe Debian: apt-get install hunspell-{ $language }) sau arătați dosarul lui cu --dictionaries.
spelling-off = Ortografia nu a fost verificată: { $reason }
cli-arg-check-dictionaries = Un dosar cu dicționare Hunspell (.aff și .dic), căutat înaintea celor din sistem
cli-value-dictionaries = DOSAR
cli-value-format-text = Fraze grupate după ce e de făcut, și semnul fiecărui pas
cli-value-format-json = JSON cu fiecare observație, regula, pasul și locul ei
cli-cmd-tidy = Vedeți corecturile tipografice de care are nevoie o ciornă (ghilimele, ș ț, spații, liniuțe); --apply le salvează
cli-arg-tidy-draft = Ciorna (fișierul .toml)
cli-arg-tidy-apply = Salvați corecturile în ciornă (fără aceasta, doar se arată)
cli-cmd-templates = Vedeți lista șabloanelor, un șablon anume sau verificați un șablon
cli-cmd-templates-list = Vedeți șabloanele pe care le puteți folosi
cli-cmd-templates-show = Vedeți pașii și machetele unui șablon
cli-arg-templates-show-id = Id-ul șablonului
cli-value-id = ID
cli-cmd-templates-validate = Verificați dacă un dosar de șablon (sau fișierul lui template.toml) are greșeli
cli-arg-templates-validate-path = Dosarul șablonului sau fișierul lui template.toml
cli-value-path = CALE
cli-cmd-completions = Afișați scriptul de completare pentru shell, ca tasta Tab să completeze comenzile și opțiunile
cli-arg-completions-shell = Shell-ul: bash, zsh, fish, elvish sau powershell
cli-value-shell = SHELL
cli-value-shell-bash = Bash (terminalele Linux)
cli-value-shell-elvish = Elvish
cli-value-shell-fish = fish
cli-value-shell-powershell = PowerShell (Windows Terminal)
cli-value-shell-zsh = Zsh (terminalul macOS)
cli-cmd-manpage = Afișați pagina de manual (man povestitor), de instalat împreună cu programul
cli-and = și
cli-err-missing = { $count ->
    [one] Comanda nu este completă: lipsește { $args } (vedeți { $help }).
   *[other] Comanda nu este completă: lipsesc { $args } (vedeți { $help }).
}
cli-err-no-command = După „{ $command }” trebuie scrisă una dintre comenzile: { $valid } (vedeți { $help }).
cli-err-value = „{ $value }” nu se potrivește pentru { $arg }; alegeți una dintre: { $valid } (vedeți { $help }).
cli-err-unknown = Nu înțeleg „{ $arg }” în această comandă (vedeți { $help }).
cli-err-unknown-suggest = Nu înțeleg „{ $arg }” în această comandă; poate ați vrut să scrieți { $suggestion } (vedeți { $help }).
cli-err-command = Nu există comanda „{ $command }” (vedeți { $help }).
cli-err-command-suggest = Nu există comanda „{ $command }”; poate ați vrut să scrieți „{ $suggestion }” (vedeți { $help }).
cli-err-other = Comanda nu a putut fi înțeleasă: { $detail } (vedeți { $help }).
press-enter-to-close = Apăsați Enter ca să închideți această fereastră.
no-home-folder = Acest cont nu are un dosar personal, deci nu există un loc al dumneavoastră în care să vă păstrați poveștile. Intrați cu propriul cont de utilizator (sau setați HOME), apoi porniți din nou povestitor.
draft-locked = Povestea { $path } este deja deschisă în altă fereastră povestitor. Continuați acolo sau închideți fereastra aceea și încercați din nou.
draft-lock-not-a-file = Povestea { $path } nu poate fi blocată pentru această fereastră: { $lock } nu este un fișier obișnuit (este o legătură, un dosar sau un canal), așa că nu este atins. Ștergeți { $lock }, apoi deschideți povestea din nou.
help-home = închideți povestea și reveniți la început
panic-saved = Programul s-a oprit din cauza unei erori interne. Povestea este salvată; o deschideți din nou cu: povestitor edit "{ $path }"
panic-unsaved = Programul s-a oprit din cauza unei erori interne și ultimele schimbări nu au putut fi salvate. Ce s-a salvat înainte este în { $path }.
panic-rescued = Programul s-a oprit din cauza unei erori interne. Povestea nu a putut fi salvată în fișierul ei; toate cuvintele sunt păstrate într-o copie. Ca s-o scrieți în continuare: povestitor edit "{ $path }"
panic-no-story = Programul s-a oprit din cauza unei erori interne. Nu s-a pierdut nimic; porniți-l din nou cu: povestitor
panic-detail = Pentru cine repară programul: { $fault }
draft-exists = { $path } există deja; ca s-o continuați, scrieți: povestitor edit "{ $path }"

# The coach in the wizard
help-coach = Asistentul de scriere
help-next-finding = mergeți la următoarea observație a asistentului (pasul, fiecare loc din text)
help-apply-fix = corectați observația selectată cum propune asistentul (Ctrl+Z o anulează)
help-choose-correction = în meniul de corecturi (Ctrl+R): înlocuiți cuvântul cu cel ales (sau 1–3)
help-choice = acord: nenotat, da, formular semnat, nu; copii: nenotat, da, nu
keys-next-finding = observația următoare
keys-apply-fix = corectați
coach-nothing = Asistentul nu are nicio observație.
coach-select-first = Mergeți întâi la o observație (Ctrl+E), apoi corectați-o.
coach-no-fix = Observația aceasta nu are o corectură automată; schimbați textul dumneavoastră.
coach-fixed = Corectat. Ctrl+Z anulează corectura.
coach-fix-it = corectați
coach-more = încă { $count }
review-count = ✗ erori: { $errors } · ! avertismente: { $warnings } · • sfaturi: { $tips }
label-consent = Acord
label-children = Copii
choice-unset = nenotat
choice-hint = Spațiu schimbă
consent-yes = da, a acceptat publicarea
consent-no = nu, nu a acceptat
consent-signed = da, formular semnat
consent-guardian-yes = da, un părinte sau tutore a acceptat
consent-guardian-no = nu, părinții sau tutorii nu au acceptat
consent-guardian-signed = da, formular semnat de părinte
children-yes = da, în fotografie sunt copii
children-no = nu sunt copii în fotografie
help-add-word = adăugați cuvântul selectat la lista dumneavoastră de cuvinte (nu va mai fi semnalat)
coach-add-word-first = Alegeți întâi un cuvânt necunoscut dicționarului (Ctrl+E), apoi Ctrl+D îl adaugă în lista dumneavoastră.
coach-word-added = „{ $word }” este acum în lista dumneavoastră de cuvinte.
coach-suggestions-title = Corectări pentru „{ $word }”
coach-suggestions-hint = Enter sau 1–3: înlocuiți · Esc: închideți
coach-no-suggestions = Dicționarul nu are nicio propunere pentru „{ $word }”; corectați cuvântul dumneavoastră sau adăugați-l în listă (Ctrl+D).
coach-dictionary-loading = Dicționarul se încarcă încă; încercați din nou peste o clipă.
review-readability = { $words ->
    [one] Un cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
} { $sentences ->
    [one] într-o frază
    [few] în { $sentences } fraze
   *[other] în { $sentences } de fraze
} (în medie { $average }, cea mai lungă { $longest }); se citește { $minutes ->
    [one] într-un minut
    [few] în { $minutes } minute
   *[other] în { $minutes } de minute
}.
# The workshop kit
cli-cmd-demo = Deschideți în asistent o copie a poveștii-model a unui șablon, ca să arătați cum arată o poveste bună
cli-arg-demo-template = Șablonul a cărui poveste-model se deschide
cli-cmd-workshop = Uneltele formatorului pentru dosarul cu ciornele unui atelier
cli-cmd-workshop-status = Câte un rând pentru fiecare ciornă din dosar: dacă intră în carte și de ce, autorul, titlul, pașii obligatorii gata, cuvinte, observațiile, comentarii nerezolvate, când a fost salvată
cli-arg-workshop-status-dir = Dosarul cu ciornele participanților
cli-value-dir = DOSAR
cli-arg-workshop-status-table = text (un tabel), json sau csv
cli-value-table = FORMAT
cli-value-table-text = Un tabel de citit
cli-value-table-json = JSON, câte un obiect pentru fiecare ciornă
cli-value-table-csv = CSV pentru un tabel de calcul, câte un rând pentru fiecare ciornă
cli-arg-workshop-status-recursive = Citiți și ciornele din subdosare
cli-arg-workshop-status-layout = Macheta în care cartea ar arăta fiecare poveste (ca la workshop compile). Fără ea, macheta de tipar a fiecărei povești
cli-arg-workshop-status-dictionaries = Un dosar cu dicționare Hunspell (.aff și .dic), căutat înaintea celor din sistem
cli-cmd-templates-new = Copiați un șablon în dosarul dumneavoastră de șabloane, cu un id nou, ca să-l schimbați
cli-arg-templates-new-id = Id-ul noului șablon (litere mici, cifre, - și _)
cli-arg-templates-new-from = Șablonul de la care porniți
cli-value-from = ȘABLON
err-demo-needs-terminal = Povestea-model se deschide în asistent: rulați povestitor demo într-o fereastră de terminal.
err-template-exists = { $path } există deja; alegeți alt id sau ștergeți mai întâi acel dosar.
err-bad-template-id = „{ $id }” nu poate fi id de șablon: folosiți litere mici, cifre, - și _, începând cu o literă.
err-no-config-folder = Sistemul nu are un dosar de configurare pentru șabloanele dumneavoastră; folosiți --templates DOSAR.
templates-copied = Șablonul este în { $path }. Schimbați textele lui acolo; se folosește ca „{ $id }” (îl verificați cu: povestitor templates validate "{ $path }").
workshop-empty = În acest dosar nu este nicio ciornă (fișier .toml).
workshop-unreadable = (nu se poate citi: vedeți mai jos)
workshop-col-file = Fișier
workshop-col-steps = Pași
workshop-col-words = Cuvinte
workshop-col-comments = Comentarii
workshop-col-saved = Salvat
workshop-in-book = intră în carte
workshop-left-out = nu intră în carte
workshop-legend = Pași: cei obligatorii gata, din câți sunt (+ cei opționali gata). ✗ de corectat (povestea nu intră în carte), ! de verificat, • sfaturi. Comentarii: ale recenzentului, nerezolvate încă.

# Photos and dates
details-date-read = Adică { $date }.
details-date-refused = Nu este o dată: scrieți, de exemplu, 20.05.2016 sau 20 mai 2016. Povestea păstrează data de până acum.
picker-title = Alegeți fotografia
picker-search = Căutați:
picker-looking = Caut în: { $folders }
picker-none = Nicio fotografie aici. Puneți-o într-unul dintre aceste dosare sau lipiți calea fișierului în câmpul „Fișierul”.
picker-no-match = Nicio fotografie nu are „{ $text }” în nume.
picker-refused = Word nu o primește: salvați-o ca JPEG
photo-taken = Fotografia este acum lângă poveste: { $path }
photo-take-failed = Fotografia nu a putut fi copiată: { $error }
help-choose-photo = pe „Fișierul” gol al unei fotografii: alegeți-o din pozele dumneavoastră
keys-take-photo = luați
# When the disk fails
help-save-copy = salvați o copie a poveștii în Documente (când dosarul ei nu se poate scrie)
status-save-copy-hint = Textul rămâne aici. Ctrl+K: o copie în Documente.
status-copy-saved = O copie a poveștii este în { $path }.
status-save-copy-made = Textul rămâne aici; o copie este în { $name }.
quit-unsaved-title = Povestea nu este salvată
quit-unsaved-why = Ultimele cuvinte nu au putut fi salvate în fișierul poveștii; deocamdată sunt doar aici, pe ecran.
quit-unsaved-quit = ieșire; toate cuvintele se păstrează într-o copie în
quit-unsaved-copy = faceți copia acum și continuați să scrieți
quit-unsaved-back = înapoi la poveste
rescue-written = Povestea nu a putut fi salvată în { $draft }; toate cuvintele sunt păstrate într-o copie. Ca s-o scrieți în continuare: povestitor edit "{ $path }"
rescue-failed = Povestea nu a putut fi salvată în { $draft } și nicio copie nu a putut fi scrisă. Textul ei este scris mai sus: selectați-l și păstrați-l undeva înainte de a închide această fereastră. De ce: { $error }
help-recover = luați cuvintele mai noi rămase de la o salvare întreruptă
status-leftover = O salvare întreruptă (ora { $time }) a lăsat cuvinte mai noi. Ctrl+O le ia în poveste.
status-no-leftover = Nu este nicio salvare întreruptă de luat.
status-recovered = Cuvintele salvării întrerupte sunt acum în poveste.
# Compile and worksheet
cli-cmd-workshop-compile = Un singur document cu toate poveștile gata dintr-un dosar: o pagină de titlu, cuprinsul, apoi fiecare poveste într-o machetă
cli-arg-workshop-compile-dir = Dosarul cu ciornele participanților
cli-arg-workshop-compile-layout = Macheta în care se arată fiecare poveste, de exemplu biblio-info (vedeți: povestitor templates show ID). Fără ea, macheta de tipar a fiecărei povești
cli-arg-workshop-compile-doc = docx (Word), md (Markdown) sau html (o pagină web). Fără el, după extensia fișierului (altfel Word)
cli-arg-workshop-compile-title = Titlul de pe prima pagină a cărții. Fără el, book_title din configurare, altfel „Povești de succes” în limba cărții
cli-value-title = TITLU
cli-arg-workshop-compile-subtitle = Rândul de sub titlu. Fără el, book_subtitle din configurare, altfel un rând în limba cărții
cli-value-subtitle = RÂND
cli-value-doc = FORMAT
cli-value-doc-docx = Document Word, A4 (nu este text: scrieți-l într-un fișier cu -o)
cli-value-doc-md = Markdown
cli-value-doc-html = O pagină web, de tipărit sau de trimis
cli-arg-workshop-compile-file = Fișierul în care se scrie; pentru md și html, fotografiile se copiază alături
cli-arg-workshop-compile-force = Înlocuiți fișierul dacă există deja
cli-arg-workshop-compile-order = Ordinea poveștilor
cli-value-order = ORDINE
cli-value-order-file = După numele fișierului, cum le arată dosarul
cli-value-order-title = După titlu, în ordine alfabetică
cli-value-order-author = După autor, apoi după titlu
cli-cmd-worksheet = O fișă de lucru de tipărit pentru atelier: fiecare pas al unui șablon, cu întrebarea, sfaturile, exemplul și rânduri pe care să scrieți
cli-arg-worksheet-template = Șablonul ai cărui pași îi arată fișa (vedeți: povestitor templates list)
cli-arg-worksheet-doc = docx (Word), md (Markdown) sau html (o pagină web). Fără el, după extensia fișierului (Markdown când se afișează)
cli-arg-worksheet-file = Fișierul în care se scrie. Fără el, fișa se afișează pe ecran (un docx se scrie doar într-un fișier)
cli-arg-worksheet-force = Înlocuiți fișierul dacă există deja
compile-title = Povești de succes
compile-subtitle = Povești scrise de bibliotecari
compile-contents = Cuprins
compile-count = { $count ->
    [one] o poveste
    [few] { $count } povești
   *[other] { $count } de povești
}
compile-left-out = { $file } a fost lăsat deoparte: { $reason }
compile-no-layout = șablonul lui, { $template }, nu are macheta { $layout }.
compile-needs-work = asistentul găsește { $count ->
    [one] o greșeală
    [few] { $count } greșeli
   *[other] { $count } de greșeli
} de corectat mai întâi ({ $first }); vedeți: povestitor check { $file }
compile-written = Documentul a fost scris în { $path }, cu { $count ->
    [one] o poveste
    [few] { $count } povești
   *[other] { $count } de povești
}.
compile-written-some-left = Documentul a fost scris în { $path }, cu { $count ->
    [one] o poveste
    [few] { $count } povești
   *[other] { $count } de povești
}; { $left ->
    [one] o ciornă a fost lăsată
    [few] { $left } ciorne au fost lăsate
   *[other] { $left } de ciorne au fost lăsate
} deoparte (vedeți mai sus).
err-nothing-to-compile = { $count ->
    [0] În { $path } nu este nicio ciornă (fișier .toml), deci nu este nimic de pus într-un document.
    [one] Singura ciornă din { $path } a fost lăsată deoparte (vedeți mai sus), deci nu s-a scris niciun document.
   *[other] Toate cele { $count } ciorne din { $path } au fost lăsate deoparte (vedeți mai sus), deci nu s-a scris niciun document.
}
worksheet-name-line = Numele și biblioteca:
worksheet-guidance = Sfaturi:
worksheet-example = Exemplu:
worksheet-written = Fișa de lucru a fost scrisă în { $path }

# Review comments
cli-cmd-review = Deschideți o ciornă în asistent pentru a o revizui: comentarii la orice pas, răspunsurile doar de citit
cli-arg-review-file = Ciorna (fișierul .toml)
cli-arg-review-reviewer = Numele dumneavoastră, arătat la fiecare comentariu. Fără el, numele dat data trecută, altfel „Formator”
cli-value-reviewer = NUME
err-review-needs-terminal = Ciorna { $path } se revizuiește într-o fereastră de terminal; deschideți un terminal (de exemplu Windows Terminal) și rulați acolo: povestitor review "{ $path }"
review-default-reviewer = Formator
header-reviewing = revizie: { $name }
comment-writing = Comentariu de la { $name }
comments-heading = Comentarii (nerezolvate: { $open })
help-write-comment = în revizie: scrieți un comentariu la pasul de pe ecran
help-add-comment = într-un comentariu: adăugați-l la pas
help-cancel-comment = într-un comentariu: ieșiți fără să-l adăugați
help-next-comment = selectați următorul comentariu al formatorului la pas
help-resolve-comment = marcați comentariul selectat ca rezolvat (încă o dată: din nou deschis)
keys-comment = comentariu
keys-add-comment = adăugați
keys-cancel-comment = renunțați
keys-next-comment = următorul
keys-resolve-comment = rezolvat
status-comment-added = Comentariul este salvat la „{ $step }”.
status-comment-resolved = Comentariul este marcat ca rezolvat.
status-comment-reopened = Comentariul este din nou deschis.
status-review-read-only = În revizie răspunsurile rămân cum le-a scris bibliotecara; { $key } scrie un comentariu.
review-open-comments = Comentarii nerezolvate de la formator: { $count }

## Modul simplu (povestitor edit --plain): rânduri de text pentru cititoarele de ecran și pentru fluxuri.
cli-arg-edit-plain = Modul simplu, pentru cititoarele de ecran: pașii ca rânduri de text, fără desen pe tot ecranul și fără culori; merge și cu text trimis prin flux
cli-arg-new-plain = Modul simplu, pentru cititoarele de ecran: pașii ca rânduri de text, fără desen pe tot ecranul și fără culori; merge și cu text trimis prin flux
plain-opened = Povestea { $path }, șablonul „{ $template }”. Modul simplu: fiecare pas este întrebat ca text.
plain-how = Un răspuns de un rând se încheie cu Enter. Un răspuns mai lung se încheie cu un rând gol; fiecare rând este un paragraf. Un răspuns gol păstrează răspunsul de acum. Fiecare răspuns este salvat imediat.
plain-commands = Comenzi, fiecare scrisă pe un rând separat:
plain-cmd-back = :înapoi :inapoi
plain-cmd-back-does = înapoi la pasul anterior
plain-cmd-skip = :sari :înainte :inainte
plain-cmd-skip-does = mai departe, la pasul următor, păstrând răspunsul
plain-cmd-help = :ajutor :sfaturi
plain-cmd-help-does = sfaturile și exemplul pasului, și aceste comenzi
plain-cmd-check = :verifică :verifica
plain-cmd-check-does = ce îi mai trebuie poveștii
plain-cmd-export = :exportă :exporta
plain-cmd-export-does = scrie articolul (Word, pagină web, text sau Markdown)
plain-cmd-clear = :golește :goleste
plain-cmd-clear-does = golește răspunsul sau câmpul unui citat ori al unei fotografii
plain-cmd-remove = :elimină :elimina
plain-cmd-remove-does = elimină citatul sau fotografia despre care se întreabă
plain-cmd-quit = :gata :ieșire :iesire
plain-cmd-quit-does = salvează și oprește (sfârșitul textului trimis face la fel)
plain-required = (obligatoriu)
plain-no-answer = Încă nu există un răspuns.
plain-current = Răspunsul de acum:
plain-current-end = Sfârșitul răspunsului de acum.
plain-type-line = Scrieți răspunsul pe un rând și apăsați Enter.
plain-type-text = Scrieți răspunsul, apoi un rând gol.
plain-type-items = Fiecare este întrebat câmp cu câmp; un rând gol lasă câmpul cum este.
plain-type-details = Un rând gol lasă fiecare dintre ele cum este.
plain-saved = Salvat.
plain-kept = Răspunsul rămâne cum era.
plain-left-empty = Fără răspuns; puteți reveni la acest pas mai târziu.
plain-cleared = Golit și salvat.
plain-go-on = Continuați răspunsul; un rând gol îl încheie.
plain-first-step = Acesta este primul pas.
plain-remove-items-only = { $remove } elimină un citat sau o fotografie; acest pas nu are.
plain-no-items = Lista este încă goală.
plain-item-new = { $item } (de adăugat). Lăsați primul câmp gol ca să încheiați lista și să mergeți mai departe.
plain-item-edit = { $item } din { $count }.
plain-field-empty = { $label } (gol):
plain-field-now = { $label } (acum: { $value }):
plain-choice = { $label } (acum: { $value }). Scrieți da sau nu:
plain-choice-consent = { $label } (acum: { $value }). Scrieți da, semnat (formularul semnat este la bibliotecă) sau nu:
plain-not-recorded = nenotat
plain-yes-or-no = Scrieți da sau nu, ori un rând gol ca să rămână cum este.
plain-yes-signed-or-no = Scrieți da, semnat sau nu, ori un rând gol ca să rămână cum este.
plain-item-removed = { $item } a fost eliminat.
plain-save-failed = Povestea nu a putut fi salvată: { $error }
plain-end = Toți pașii sunt gata. Povestea este salvată în { $path }.
plain-end-commands = Scrieți { $check }, { $export } sau { $back }, ori un rând gol ca să încheiați.
plain-end-not-a-command = Aici aceasta nu este o comandă.
plain-choose = Scrieți un număr de la 1 la { $count }; un rând gol alege 1.
plain-export-path = Salvați ca (un rând gol alege { $path }):
plain-export-replace = { $path } există deja. Îl înlocuiți? Scrieți da sau nu.
plain-export-cancelled = Nu s-a exportat nimic.
plain-draft-exists = { $path } există deja; ca să continuați, rulați: povestitor edit --plain "{ $path }"
plain-bye = Povestea este salvată în { $path }. La revedere.
plain-new-needs-file = Cu --plain, new are nevoie de numele fișierului în care se păstrează ciorna, de exemplu: povestitor new --plain --template success-story poveste.toml
plain-coach = Observațiile asistentului de scriere:
## Configurația și verificarea
cli-cmd-doctor = Arată unde sunt șabloanele, ciornele, dicționarele, configurația și setările, dacă fiecare poate fi folosit și cum se repară ce nu merge
cli-arg-doctor-report = Scrie și un raport de atașat la un e-mail: versiunea, sistemul, configurația, aceste constatări și ultimele rânduri din jurnal (fără parolă, fără cuvintele poveștilor). Fără FIȘIER, povestitor-report.txt în dosarul curent
cli-value-report = FIȘIER
cli-cmd-config = Fișierul de configurație: unde este și ce este în vigoare
cli-cmd-config-path = Arată unde este fișierul de configurație și dacă există
cli-cmd-config-show = Arată configurația în vigoare și de unde vine fiecare valoare
err-config-invalid = { $problem }. Corectați acest rând din configurație sau ștergeți-l (ghidul bibliotecarului, „Configurare”, descrie fiecare cheie).
err-config-read = Nu pot citi configurația { $path }: { $reason }. Verificați dacă fișierul se poate deschide.
err-no-layout = Spuneți macheta cu --layout (de exemplu --layout blog) sau puneți `layout` în configurație (vedeți: povestitor config path).
err-no-format = Spuneți formatul cu --format (docx, html, md sau txt) sau puneți `format` în configurație (vedeți: povestitor config path).
config-path-exists = Fișierul există; povestitor config show arată ce este în vigoare.
config-path-missing = Fișierul nu există încă: creați-l când vreți să schimbați ceva (ghidul bibliotecarului, „Configurare”, are un exemplu).
config-path-none = Sistemul nu oferă un dosar de configurație; numiți un fișier de configurație cu variabila POVESTITOR_CONFIG.
config-show-no-file = nu există fișier de configurație: acestea sunt valorile implicite
config-source-file = configurație
config-source-lang-flag = --lang
config-source-log-flag = --log
config-source-system = limba sistemului
config-source-settings = reținut de la ultima poveste
config-unset = nestabilit
doctor-config = Configurație
doctor-settings = Setări (ce reține programul)
doctor-drafts = Ciorne
doctor-photo-cache = Fotografii pregătite pentru documente și bloguri (păstrate: { $kept } MB din cel mult { $bound } MB)
doctor-builtin-templates = Șabloane incluse ({ $count })
doctor-user-templates = Șabloanele dumneavoastră
doctor-template-folder = Dosar de șabloane din configurație
doctor-dictionary-folder = Dosar de dicționare din configurație
doctor-dictionary = Dicționar { $language }
doctor-fine = în regulă
doctor-built-in = inclus în program, în regulă
doctor-optional = nu există (doar dacă aveți nevoie)
doctor-will-be-made = nu există încă; se creează la prima nevoie
doctor-missing = nu există
doctor-not-found = negăsit
doctor-unreadable = nu se poate citi ({ $reason })
doctor-not-writable = nu se poate scrie ({ $reason })
doctor-invalid = are greșeli
doctor-fix-label = Ce faceți
doctor-fix-templates = Verificați șabloanele cu: povestitor templates validate "{ $path }"
doctor-fix-invalid = Mutați fișierul { $path } în altă parte; programul face unul nou.
doctor-fix-folder-missing = Creați dosarul { $path } sau scoateți-l din { $key } în { $config }.
doctor-fix-dictionary = Instalați dicționarul Hunspell al sistemului pentru „{ $language }” (pe Debian sau Ubuntu: hunspell-{ $language }) sau puneți fișierele lui .aff și .dic într-un dosar și numiți-l în { $key } în { $config }. Până atunci, ortografia în această limbă nu se verifică.
doctor-fix-not-writable = Permiteți scrierea în { $path } (din proprietățile lui sau cerând ajutorul celui care are grijă de calculator) sau folosiți un dosar în care puteți scrie.
doctor-fix-unreadable = Verificați dacă { $path } există și se poate deschide.
doctor-all-fine = Totul este în regulă.
doctor-needs-attention = { $count ->
    [one] Un lucru cere atenție: vedeți „Ce faceți” mai sus.
    [few] { $count } lucruri cer atenție: vedeți „Ce faceți” mai sus.
   *[other] { $count } de lucruri cer atenție: vedeți „Ce faceți” mai sus.
}
log-cannot-start = Jurnalul nu poate fi scris în { $path } ({ $reason }); programul merge mai departe fără el.
doctor-report-written = Raportul este în { $path }: atașați-l la e-mail. Nu conține nicio parolă și niciun cuvânt din poveștile dumneavoastră.
doctor-report-cannot-write = Raportul { $path } nu poate fi scris ({ $reason }). Numiți alt fișier: povestitor doctor --report FIȘIER
doctor-report-title = povestitor: raport despre o eroare
doctor-report-made = Făcut la
doctor-report-system = Sistemul
doctor-report-language = Limba interfeței
doctor-report-log = Jurnalul
doctor-report-log-on = păstrat
doctor-report-log-off = nepăstrat: adăugați --log la comanda care nu merge sau log = true în configurație
doctor-report-config = Configurația
doctor-report-findings = Ce a găsit doctor
doctor-report-log-lines = Ultimele rânduri din jurnal
doctor-report-no-log = Încă nu există un jurnal: rulați cu --log comanda care nu merge, apoi faceți din nou raportul.

## Bun venit, la prima pornire
welcome-title = Bun venit la povestitor
welcome-what = povestitor vă ajută să scrieți povestea de succes a bibliotecii pas cu pas, cu o întrebare și un exemplu la fiecare pas, și o transformă într-un articol: document Word pentru revistă, HTML pentru blog sau text.
welcome-keys = Trei taste de ținut minte
welcome-key-steps = pasul următor sau cel dinainte
welcome-key-help = toate tastele, oricând aveți nevoie
welcome-key-quit = ieșire; totul se salvează pe măsură ce scrieți
welcome-drafts = Ciornele se păstrează în
welcome-any-key = Apăsați orice tastă pentru a începe.
## Publicarea pe WordPress (povestitor publish)
cli-cmd-publish = Trimite o ciornă pe blogul WordPress al bibliotecii ca articol nepublicat (ciornă), cu fotografiile ei (o nouă trimitere actualizează același articol)
cli-arg-publish-draft = Ciorna (fișier .toml)
cli-arg-publish-site = Adresa blogului, de ex. https://biblioteca.md
cli-value-site = ADRESĂ
cli-arg-publish-user = Numele dumneavoastră de utilizator pe blog (parola de aplicație vine din POVESTITOR_WP_PASSWORD sau este cerută)
cli-value-user = NUME
cli-arg-publish-layout = Macheta publicației (vedeți: povestitor templates show ID)
cli-arg-publish-update-live = Actualizează articolul făcut din această ciornă chiar dacă este deja publicat pe blog sau a fost schimbat acolo între timp (starea lui rămâne aceeași)
cli-arg-publish-allow-http = Trimite la o adresă http:// a altui calculator: parola de aplicație și povestea circulă necriptate, oricine de pe drum le poate citi (un avertisment o spune)
publish-password-prompt = Parola de aplicație a lui { $user } pe { $site } (nu se vede când o tastați): 
publish-unencrypted = Atenție: { $site } nu este https, deci parola de aplicație și povestea circulă necriptate: oricine de pe drum (rețeaua Wi-Fi, furnizorul) poate citi parola și se poate conecta în numele dumneavoastră. Folosiți adresa https:// de îndată ce blogul o are.
publish-signed-in = Conectat la { $site }.
publish-post-gone = Articolul { $id } nu mai este pe site (a fost șters); se face o ciornă nouă.
publish-post-other-file = Articolul { $id } a fost trimis din alt fișier ({ $file }), nu din acesta: rămâne așa cum este și se face o ciornă nouă.
publish-post-not-known = Ciorna numește articolul { $id }, dar nimic nu arată că a fost trimis din acest fișier (este o copie a altei ciorne?): articolul rămâne așa cum este și se face o ciornă nouă.
publish-post-changed = Articolul { $id } a fost schimbat pe site de când această ciornă l-a trimis ultima dată: rămâne așa cum este, cu acele schimbări, și se face o ciornă nouă.
publish-photo-uploaded = Fotografia { $number } din { $total } a fost încărcată: { $file }
publish-photo-kept = Fotografia { $number } din { $total } este deja pe site, neschimbată: { $file }
publish-created = Ciorna articolului este pe site: { $link } (verificați-o în WordPress, apoi apăsați Publică).
publish-updated = Articolul a fost actualizat (stare: { $status }): { $link }
err-publish-bad-address = „{ $site }” nu este o adresă web; dați adresa blogului, de ex. https://biblioteca.md
err-publish-unencrypted = { $site } nu este o adresă sigură (https): parola de aplicație ar circula necriptată și ar putea fi citită de oricine de pe drum (rețeaua Wi-Fi, furnizorul). Dați adresa https:// a blogului; dacă blogul chiar nu are una, linia de comandă trimite totuși cu: povestitor publish --allow-http (asumându-vă acest risc).
err-publish-elsewhere = { $site } trimite la altă adresă, { $to }; parola și povestea merg doar la adresa dată, așa că nu s-a trimis nimic acolo. Dacă { $to } este blogul, dați această adresă; dacă nu, spuneți administratorului site-ului.
err-publish-unreachable = Nu pot ajunge la { $site } ({ $detail }); verificați adresa și conexiunea la internet, apoi încercați din nou.
err-publish-host-not-found = Numele din { $site } nu există pe internet; verificați dacă adresa blogului este scrisă corect și conexiunea la internet.
err-publish-timeout = { $site } nu a răspuns în { $seconds } s; încercați mai târziu (POVESTITOR_WP_TIMEOUT spune câte secunde să aștept).
err-publish-no-api = { $site } nu arată o interfață REST WordPress; verificați dacă este adresa blogului și dacă niciun modul nu a oprit interfața REST.
err-publish-app-passwords-off = { $site } nu acceptă parole de aplicație (au nevoie de https sau un modul ori găzduirea le-a oprit); întrebați administratorul site-ului.
err-publish-credentials = { $site } a refuzat utilizatorul „{ $user }” cu această parolă de aplicație; verificați numele de utilizator sau faceți o parolă de aplicație nouă (Utilizatori → Profil → Parole pentru aplicații).
err-publish-forbidden = Utilizatorul „{ $user }” nu are dreptul să { $action } pe { $site }; cereți administratorului site-ului rolul de Autor sau Editor.
publish-action-edit-posts = modifice articole
publish-action-upload-files = încarce fișiere
publish-action-read-tags = citească etichetele
publish-action-create-tags = creeze etichete
publish-action-create-posts = creeze articole
err-publish-photo-too-large = Fotografia { $photo } este prea mare pentru { $site }; salvați o copie mai mică (orice program de fotografii poate) și schimbați calea ei în ciornă sau cereți administratorului să mărească limita de încărcare.
err-publish-server = { $site } a dat eroarea HTTP { $status } ({ $detail }); încercați mai târziu sau spuneți administratorului site-ului.
err-publish-unexpected = { $site } a dat un răspuns pe care WordPress nu îl dă ({ $detail }); verificați adresa sau spuneți administratorului site-ului.
err-publish-post-live = Articolul { $id }, trimis din această ciornă, este deja publicat pe { $site } (stare: { $status }), așa că nu s-a trimis nimic. Ca să schimbați articolul publicat cu această ciornă, rulați: povestitor publish --update-live "{ $draft }" --site { $site } --user { $user } (ca să-l lăsați așa cum este și să faceți o ciornă nouă, publicați o copie a ciornei salvată sub alt nume).
err-publish-no-password = Lipsește parola de aplicație: puneți-o în POVESTITOR_WP_PASSWORD sau rulați publish într-un terminal ca s-o tastați.
err-publish-cancelled = Trimiterea a fost oprită înainte de a scrie articolul: pe blog nu e nimic nou în afară de fotografiile deja încărcate, pe care le folosește următoarea trimitere.
