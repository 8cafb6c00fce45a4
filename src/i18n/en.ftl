# The interface in English.
words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
error-prefix = error
field-text = the text
field-author = the name
field-role = the role
field-path = the file
field-caption = the caption
field-credit = the photo credit
check-all-good = The story has everything it needs. It can be exported.
check-must-fix = To fix:
check-advice = Advice:
check-warnings = To check:
check-summary = { $errors } to fix, { $warnings } to check, { $tips } tips.
place-step = “{ $step }”
place-item = “{ $step }”, no. { $index }
place-item-field = “{ $step }”, no. { $index }, { $field }
field-consent = the consent to publish
finding-count = { $finding } (×{ $count })
finding-missing = no answer yet.
finding-too-few = { $count } of at least { $min } words.
finding-too-many = { $count } words, at most { $max }.
finding-item-field = { $field } is missing.
finding-wrong-type = the answer in the file has the wrong shape ({ $found }).
finding-title-too-long = the title has { $chars } characters; magazines and blogs show a title of at most { $max } in full.
finding-too-few-quotes = { $count } complete quotes; the story needs at least { $min }.
finding-no-number = no number; say how many people, meetings, visits.
finding-consent-not-recorded = it is not recorded whether the person agreed to publication.
finding-consent-not-recorded-children = the photo shows children; record whether their parents or guardians agreed to publication.
finding-consent-refused = the person did not agree to publication; take them out of the story.
finding-consent-refused-children = the parents or guardians did not agree to publication; take the photo out.
finding-long-sentence = a sentence of { $words } words; split it in two (at most { $max }).
finding-repeated-word = “{ $word }” is written twice in a row.
finding-weak-phrase = “{ $phrase }” says little; say directly who did what.
finding-word-form = “{ $word }” is written “{ $better }”.
finding-cedilla = “ş” and “ţ” with a cedilla; Romanian writes them with a comma: “ș”, “ț”.
finding-straight-quotes = straight quotation marks ("); { $language ->
        [ro] in a Romanian story write them „așa”.
        [ru] in a Russian story write them «так».
       *[en] write them “like this”.
    }
finding-comma-quote = two commas (,,) instead of an opening quotation mark; write { $quote }.
finding-space-inside-quotes = a space just inside a quotation mark; quotation marks touch the words they enclose.
finding-double-space = two spaces in a row.
finding-space-before = a space before “{ $mark }”.
finding-space-after = no space after “{ $mark }”.
finding-hyphen-for-dash = a hyphen (-) between a name and a word; a dash with spaces is meant here: “ { $dash } ”.
finding-misspelt = “{ $word }” is not in the dictionary; check its spelling.
finding-misspelt-suggest = “{ $word }” is not in the dictionary; did you mean { $suggestions }?
finding-names-to-check = Names to check (the dictionary does not know them): { $names }. If they are right, add them to your word list (Ctrl+D in the wizard).
finding-quoted-word = “{ $word }”
finding-old-spelling = “{ $word }” is written “{ $modern }” today (the â spelling, in Moldova since 2010).
finding-article-too-short = The article has { $count } words; a success story has at least { $min }.
finding-article-too-long = The article has { $count } words; magazines and agencies ask for at most { $max }.
finding-date-missing = The story has no date; add it with the author and library (F4 in the wizard).
finding-date-invalid = The date “{ $text }” is not a calendar day; write it as 2026-11-25.
export-written = The article was written to { $path }
export-photo-outside = Photo { $number } was taken from { $file }, outside the story's folder: check that it is the photo the story means (a story handed over by someone else should keep its photos beside it).
export-left-out-photos = The layout “{ $layout }” shows { $shown } of { $total } photos: { $count ->
    [1] photo { $numbers } is
   *[other] photos { $numbers } are
} left out.
export-left-out-quotes = The layout “{ $layout }” shows { $shown } of { $total } quotes: { $count ->
    [1] quote { $numbers } is
   *[other] quotes { $numbers } are
} left out.
export-left-out-and = and
export-see-more = The layout "{ $layout }": Facebook shows about { $limit } characters before "See more"; the post is cut after "…{ $words }".
export-see-more-whole = The layout "{ $layout }": the whole post ({ $count } characters) shows before "See more".
export-attach-photos = Attach { $count ->
    [one] the photo
   *[other] the photos
} { $files } to the post.
templates-layouts = Layouts
templates-steps = Steps
templates-required = required
templates-valid = The template “{ $id }” is valid.
new-written = The draft was created: { $path }
err-read-draft = Cannot read the draft { $path }: { $reason }. Check the file's name and folder.
err-write-draft = Cannot save the draft { $path }: { $reason }. The previous version of the file was kept; check there is free space and that the folder can be written to.
err-not-utf8 = { $path }: the file is not UTF-8 text; save it again as UTF-8.
err-draft-not-a-file = { $path } is not a file a story can be in (it is a folder, a pipe or a device). Choose the story's .toml file.
err-draft-too-big = { $path } is larger than { $limit } MB, far more than any story. Check that it is the right file.
err-answer-too-long = The answer to “{ $step }” holds { $mb } MB of text, far more than any article ({ $limit } MB at most). Shorten it, or check that the right text was pasted.
err-draft-link = { $path } is a link to { $target }. A story is saved only in its own file: open { $target } itself.
err-draft-read-only = { $path } is read-only, so the story cannot be saved in it. Make the file writable, or save a copy under another name.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Fix the draft at that place (it is a TOML file) and try again.
err-draft-shape = { $path }: { $message }. Fix the draft (it is a TOML file) and try again.
err-unknown-template = There is no template “{ $id }”. The templates available are: { $available }. Use one of these, or add the template's folder with --templates.
err-unknown-layout = The template “{ $template }” has no layout “{ $layout }”. Its layouts are: { $available }.
err-output-exists = { $path } already exists; add --force to replace it, or choose another name with -o.
err-file-held = { $path } is open in another program (Word?) and cannot be replaced; close it there and export again, or write it beside it with -o "{ $beside }".
err-write = Cannot write { $path }: { $reason }. Check that the folder exists and can be written to.
err-read = Cannot read { $path }: { $reason }.
err-read-folder = Cannot read the folder { $path }: { $reason }. Check its name and that it can be opened.
io-not-found = there is no such file or folder
io-permission = permission denied
io-held = the file is open in another program
io-disk-full = the disk is full
io-read-only = the disk (or USB stick) can only be read
err-photo-no-path = photo { $number } in "{ $step }" has a caption but no file; add the file's path, or remove the photo
err-photo-missing = photo { $number } in "{ $step }" ({ $path }) is missing: { $file } does not exist. Put the photo there, or fix its path in the draft (it is read from the draft's folder)
err-photo-unreadable = photo { $number } in "{ $step }" ({ $path }) cannot be read from { $file }: { $reason }. Check that it is a file you may read
err-photo-not-image = photo { $number } in "{ $step }" ({ $path }) is not a PNG or JPEG image; save it as .jpg or .png (any photo editor can) and change its path in the draft
err-photo-not-file = photo { $number } in "{ $step }" ({ $path }) is not a file: { $file } is a device, a pipe or another special file. Point the draft at the photo's own file
err-photo-network = photo { $number } in "{ $step }" ({ $path }) is on another computer of the network. Copy the photo onto this computer and change its path in the draft.
err-photo-too-big = photo { $number } in "{ $step }" ({ $path }) is larger than { $limit } MB, too large for an article; save a smaller copy (any photo editor can) and change its path in the draft
err-photo-exists = { $path } already exists and is a different picture from photo { $photo }; add --force to replace it, or export into another folder
err-photo-unsupported = photo { $number } in "{ $step }" ({ $path }) is a picture in { $kind } format, which Word documents and web pages cannot all show; save it as JPEG (a phone's gallery can share or export it as JPEG; on a computer, open it in Paint or Photos and save it as .jpg) and change its path in the draft
err-photo-too-many-pixels = photo { $number } in "{ $step }" ({ $path }) has { $size } pixels, more than { $limit } million, too many to make smaller here; save a copy of at most 4,000 pixels on the long side (any photo editor can) and change its path in the draft
err-photo-damaged = photo { $number } in "{ $step }" ({ $path }) is damaged and cannot be read as a picture ({ $reason }); open it in a photo editor, save it again as .jpg and change its path in the draft
err-binary-to-terminal = a .{ $extension } file cannot be shown in the terminal; write it to a file with -o, e.g. -o article.{ $extension } (or -o FOLDER/)
err-edit-needs-terminal = The draft { $path } is written in a terminal window; open a terminal (for example Windows Terminal) and run there: povestitor edit "{ $path }". With a screen reader, or with the answers in a file: povestitor edit --plain "{ $path }"
err-new-needs-file = Without a terminal window, new needs the name of the file to write the draft to, for example: povestitor new --template success-story story.toml

## The wizard
app-name = Povestitor
header-saved = ✓ saved
header-saving = … saving
status-saved = Saved.
status-save-failed = Could not save: { $error }.
status-example-copy = This is a copy of the model story: change it freely, the original stays as it was.
keys-choose = choose
keys-open = open
keys-help = help
keys-quit = quit
keys-steps = steps
keys-previous = previous
keys-preview = preview
keys-export = export
keys-details = author
keys-next-field = next field
keys-back = back
keys-layout = layout
keys-scroll = scroll
keys-do-export = export
keys-close = close
home-welcome = Welcome! What would you like to do?
home-new = Start a new story
home-recent = Continue a draft
home-no-recent = (no drafts yet)
home-examples = Read a model story (opens a copy)
home-recent-line = { $title } · { $done } of { $total } steps · { $edited } · { $template }
home-example-about = A complete story written with the template “{ $template }”. You get a copy: read it, change it, try the preview and the export.
home-drafts-folder = New stories are kept in { $folder }.
side-steps = Steps
side-review = Review
side-details = Author and library
step-progress = Step { $n } of { $total }
editor-answer = Answer
items-hint = F7 add · F8 remove · Tab next field
item-quote = Quote { $n }
item-photo = Photo { $n }
label-text = Text
label-author = Name
label-role = Role
label-path = File
label-caption = Caption
label-credit = Photo by
guidance-hidden = Tips and example hidden (F3 shows them).
guidance-example = Example:
guidance-hide = (F3 hides the tips)
limit-range = (aim for { $min }–{ $max })
limit-min = (at least { $min })
limit-max = (at most { $max })
hint-line-enter = This answer is one line. PageDown goes to the next step.
hint-confirm-remove = This item has text. Press F8 again to remove it.
review-title = Review
review-missing = Still to do:
review-enter = Enter goes to the first step to complete.
review-unset = (not filled in)
review-details-key = F4 changes the author, the library and the date.
review-no-answer = (no answer yet)
details-title = Author, library and date
details-intro = They appear under the title of the article. The author and library typed in a story of your own also start your next one.
details-author = Author
details-institution = Library
details-date = Date
preview-title = Preview:
preview-no-layout = This template has no layout to show the article in.
preview-rendering = Preparing the preview…
preview-too-slow = The layout took too long (more than { $seconds } s) and was abandoned: { $problem }
    Your words are safe. Choose another layout (← →), or ask whoever made this one to fix it.
layout-runaway-ended = A layout was still running and held more than { $mb } MB of memory, so the program ended before the computer had to end it. Your story is saved: { $draft }. Choose another layout, or ask whoever made this one to fix it.
export-title = Export the article
export-layout = Layout
export-format = Format
export-path = Save as
export-note = Enter writes the file. An existing file is never replaced without asking.
export-exists = { $path } already exists. Press Enter again to replace it, or change the name.
export-held = { $path } is open in another program (Word?) and cannot be replaced. Press Enter to write it beside, as { $beside }; or close it there and export again under its name.
export-failed = The article could not be written: { $error }
export-no-story = no story is open
format-docx = Word document (.docx)
format-md = Markdown (.md)
format-html = Web page piece for the blog (.html)
format-txt = Plain text for Word (.txt)
format-wordpress = Draft post on the library's WordPress
export-site = Blog address (e.g. https://biblioteca.md)
export-user = User name on the blog
export-password = Application password (never saved)
export-publish-note = Enter sends the story to WordPress as a draft post, with its photos; sending it again updates the same post. Look at it in WordPress, then press Publish there. With no password typed, POVESTITOR_WP_PASSWORD is used.
export-password-missing = Type the application password made on the blog (Users → Profile → Application Passwords).
export-published = Draft post: { $link } (photos uploaded: { $uploaded }, already there: { $kept })
export-sending = Sending the story to the blog… (Esc stops it)
publish-stopping = Stopping the sending to the blog…
export-writing = Writing the article…
export-no-thread = The article could not be written: the computer has no room for one more task. Close some programs and try again.
publish-no-thread = The story could not be sent: the computer has no room for one more task. Close some programs and try again.
help-title = Keys
help-intro = Everything is saved as you write. Esc closes this window.
help-moving = Moving around
help-next = next step (after the last one: the review)
help-previous = previous step
help-jump = go to step 1…9
help-list = the list of steps (↑ ↓ to choose, Enter to open)
help-preview = preview the article
help-guidance = show or hide the tips and the example
help-details = author, library and date
help-export = export the article (docx, html, txt, md)
help-save = save now (it also happens by itself)
help-quit = quit (everything is saved)
help-help = this help
help-editing = Writing
help-enter = new line (in a one-line answer: nothing)
help-word = one word left or right
help-line = start or end of the line
help-ends = start or end of the answer
help-delete-word = delete the word before the cursor
help-undo = undo, redo
help-select = select text
help-clipboard = copy, cut, paste inside povestitor
help-paste = paste from another program (or right click)
help-items = Quotes and photos
help-add-item = add a quote or a photo
help-remove-item = remove it (press twice if it has text)
help-fields = next or previous field
help-screens = On the start screen, lists and forms
help-first-last = first or last
help-back-to-answer = back to the answer
help-fix-first = go to the first step that needs work
help-previous-field = previous field
tidy-nothing = The typography of { $path } is already right; there is nothing to change.
tidy-header = { $count ->
    [one] One text in { $path } can be tidied (- now, + after):
   *[other] { $count } texts in { $path } can be tidied (- now, + after):
}
tidy-step = “{ $step }”
tidy-item = “{ $step }”, no. { $index }, { $field }
tidy-author = Author
tidy-institution = Institution
tidy-dry-run = Nothing was saved. Run again with --apply to save these changes.
tidy-saved = The changes were saved in { $path }
tidy-odd-list = “{ $step }”: the list in the file has entries that are not quotes or photos; fix it by hand before tidying.

## Command-line help (clap). Without a final full stop, as clap's own lines are.
cli-about = Write a library success story step by step and turn it into an article.
cli-long-about = Without a command, the wizard opens: start a new story, continue a draft, or open a model story.
cli-usage-heading = Usage
cli-commands-heading = Commands
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-options-tag = OPTIONS
cli-command-value = COMMAND
cli-default = default
cli-values = possible values
cli-values-heading = Possible values
cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-arg-lang = Interface language: ro (Romanian), en (English) or ru (Russian). Default: from your configuration, else the system, else Romanian
cli-value-lang = LANG
cli-value-lang-ro = Română
cli-value-lang-en = English
cli-value-lang-ru = Русский
cli-arg-templates = A folder with your own templates (adds to the built-in ones, replaces those with the same id)
cli-value-templates = FOLDER
cli-arg-safe_symbols = The wizard draws only the marks every Windows console font has (√ × ► instead of ✓ ✗ ▸), as it does by itself in a Windows console other than Windows Terminal
cli-arg-log = Keep a log of what the program does in your data folder (for a bug report; never a password or a story's words). The configuration's log = true does the same
cli-cmd-new = Start a new story from a template, in the wizard
cli-arg-new-template = The template to use (see: povestitor templates list)
cli-value-template = TEMPLATE
cli-arg-new-file = Where to keep the draft (a .toml file). Without it, the draft goes into your data folder, named from today's date and the template
cli-value-file = FILE
cli-cmd-edit = Continue a draft in the wizard
cli-arg-edit-file = The draft (.toml file)
cli-cmd-export = Turn a draft into an article: a Word document, HTML for the blog, Markdown, or text for Word
cli-arg-export-draft = The draft (.toml file)
cli-value-draft = DRAFT
cli-arg-export-layout = The publication layout, e.g. biblio-info or blog (see: povestitor templates show ID). Without it, the layout in your configuration
cli-value-layout = LAYOUT
cli-arg-export-format = docx (Word, for the magazine), html (blog), md (Markdown with front matter), txt (text to paste into Word) or wp (WordPress blocks). Without it, the format in your configuration
cli-value-format = FORMAT
cli-value-format-md = Markdown, for static sites and further editing
cli-value-format-html = HTML, to paste into the blog editor (a whole page with --standalone)
cli-value-format-txt = Plain text, to paste into Word
cli-value-format-docx = A Word document for the magazine (binary: write it with -o)
cli-value-format-wp = WordPress block markup, to paste into the block editor's code view
cli-arg-export-output = The file to write, or a folder ending in / (the name is made from the title); photos are copied next to it. Without it, the article is printed (docx only into a pipe or file)
cli-value-output = FILE|FOLDER/
cli-arg-export-force = Replace the file if it exists
cli-arg-export-standalone = With --format html: a whole web page instead of a piece to paste into the blog editor
cli-cmd-check = Say what a draft still needs: steps, limits, quotes, consent, style, spelling
cli-arg-check-draft = The draft (.toml file)
check-steps = Steps:
cli-arg-check-format = text (to read) or json (for a program)
spelling-off-no-dictionary = Spelling was not checked: no dictionary for “{ $language }” was found. Install it (on Debian: apt-get install hunspell-{ $language }) or name its folder with --dictionaries.
spelling-off = Spelling was not checked: { $reason }
cli-arg-check-dictionaries = A folder of Hunspell dictionaries (.aff and .dic), searched before the system's
cli-value-dictionaries = FOLDER
cli-value-format-text = Sentences grouped by what to do, and each step's mark
cli-value-format-json = JSON with every finding, its rule, step and place
cli-cmd-tidy = Show the typography fixes a draft needs (quotes, ș ț, spaces, dashes); --apply saves them
cli-arg-tidy-draft = The draft (.toml file)
cli-arg-tidy-apply = Save the fixes into the draft (without it, they are only shown)
cli-cmd-templates = List, show or check templates
cli-cmd-templates-list = List the templates you can use
cli-cmd-templates-show = Show a template's steps and layouts
cli-arg-templates-show-id = The template's id
cli-value-id = ID
cli-cmd-templates-validate = Check a template folder (or its template.toml) for mistakes
cli-arg-templates-validate-path = The template's folder or its template.toml
cli-value-path = PATH
cli-cmd-completions = Print the shell's completion script, so Tab completes commands and options
cli-arg-completions-shell = The shell: bash, zsh, fish, elvish or powershell
cli-value-shell = SHELL
cli-value-shell-bash = Bash (Linux terminals)
cli-value-shell-elvish = Elvish
cli-value-shell-fish = fish
cli-value-shell-powershell = PowerShell (Windows Terminal)
cli-value-shell-zsh = Zsh (the macOS terminal)
cli-cmd-manpage = Print the manual page (man povestitor), to install with the program
cli-and = and
cli-err-missing = { $count ->
    [one] The command is incomplete: { $args } is missing (see { $help }).
   *[other] The command is incomplete: { $args } are missing (see { $help }).
}
cli-err-no-command = “{ $command }” needs one of these commands after it: { $valid } (see { $help }).
cli-err-value = “{ $value }” is not a choice for { $arg }; choose one of: { $valid } (see { $help }).
cli-err-unknown = “{ $arg }” is not understood here (see { $help }).
cli-err-unknown-suggest = “{ $arg }” is not understood here; perhaps you meant { $suggestion } (see { $help }).
cli-err-command = There is no command “{ $command }” (see { $help }).
cli-err-command-suggest = There is no command “{ $command }”; perhaps you meant “{ $suggestion }” (see { $help }).
cli-err-other = The command could not be understood: { $detail } (see { $help }).
press-enter-to-close = Press Enter to close this window.
no-home-folder = This account has no home folder, so there is no place of your own to keep your stories in. Sign in with your own user account (or set HOME), then start povestitor again.
draft-locked = The story { $path } is already open in another povestitor window. Continue there, or close that window and try again.
draft-lock-not-a-file = The story { $path } cannot be locked for this window: { $lock } is not a plain file (it is a link, a folder or a pipe), so it is left alone. Delete { $lock }, then open the story again.
help-home = close the story and go back to the start
panic-saved = The program stopped because of an internal fault. Your story is saved; open it again with: povestitor edit "{ $path }"
panic-unsaved = The program stopped because of an internal fault and the last changes could not be saved. What was saved before is in { $path }.
panic-rescued = The program stopped because of an internal fault. The story could not be saved in its file; every word is kept in a copy. To go on writing it: povestitor edit "{ $path }"
panic-no-story = The program stopped because of an internal fault. Nothing was lost; start it again with: povestitor
panic-detail = For whoever fixes the program: { $fault }
draft-exists = { $path } already exists; to continue it, run: povestitor edit "{ $path }"

# The coach in the wizard
help-coach = The writing coach
help-next-finding = go to the next thing the coach found (its step, each of its places in the text)
help-apply-fix = fix what is selected the way the coach suggests (Ctrl+Z takes it back)
help-choose-correction = in the menu of corrections (Ctrl+R): replace the word with the chosen one (or 1–3)
help-choice = a quote's or photo's consent, a photo with children: not recorded, yes, no
keys-next-finding = next finding
keys-apply-fix = fix
coach-nothing = The coach has nothing to point out.
coach-select-first = Go to a finding first (Ctrl+E), then fix it.
coach-no-fix = This finding has no fix to apply; change the text yourself.
coach-fixed = Fixed. Ctrl+Z takes it back.
coach-fix-it = fix
coach-more = +{ $count } more
review-count = ✗ errors: { $errors } · ! warnings: { $warnings } · • tips: { $tips }
label-consent = Consent
label-children = Children
choice-unset = not recorded
choice-hint = Space changes
consent-yes = yes, agreed to publication
consent-no = no, did not agree
consent-guardian-yes = yes, a parent or guardian agreed
consent-guardian-no = no, the parents or guardians did not agree
children-yes = yes, children are in the photo
children-no = no children in the photo
help-add-word = add the selected word to your own word list (it is no longer flagged)
coach-add-word-first = First select a word the dictionary does not know (Ctrl+E); then Ctrl+D adds it to your list.
coach-word-added = “{ $word }” is now in your word list.
coach-suggestions-title = Corrections for “{ $word }”
coach-suggestions-hint = Enter or 1–3: replace · Esc: close
coach-no-suggestions = The dictionary has no correction for “{ $word }”; change the word yourself or add it to your list (Ctrl+D).
coach-dictionary-loading = The dictionary is still loading; try again in a moment.
review-readability = { $words ->
    [one] One word
   *[other] { $words } words
} in { $sentences ->
    [one] one sentence
   *[other] { $sentences } sentences
} (on average { $average }, the longest { $longest }); { $minutes } min to read.
# The workshop kit
cli-cmd-demo = Open a copy of a template's model story in the wizard, to show what good looks like
cli-arg-demo-template = The template whose model story to open
cli-cmd-workshop = A trainer's tools for a workshop folder of drafts
cli-cmd-workshop-status = One row per draft in a folder: whether it goes into the book and why, author, title, required steps done, words, the coach's findings, open comments, when it was saved
cli-arg-workshop-status-dir = The folder with the participants' drafts
cli-value-dir = FOLDER
cli-arg-workshop-status-table = text (a table), json or csv
cli-value-table = FORMAT
cli-value-table-text = A table to read
cli-value-table-json = JSON, one object per draft
cli-value-table-csv = CSV for a spreadsheet, one line per draft
cli-arg-workshop-status-recursive = Read the drafts in sub-folders too
cli-arg-workshop-status-layout = The layout the book would show each story in (as for workshop compile). Without it, each story's layout for print
cli-arg-workshop-status-dictionaries = A folder of Hunspell dictionaries (.aff and .dic), searched before the system's
cli-cmd-templates-new = Copy a template into your templates folder under a new id, to change it
cli-arg-templates-new-id = The new template's id (small letters, digits, - and _)
cli-arg-templates-new-from = The template to start from
cli-value-from = TEMPLATE
err-demo-needs-terminal = The model story opens in the wizard: run povestitor demo in a terminal window.
err-template-exists = { $path } already exists; choose another id, or remove that folder first.
err-bad-template-id = “{ $id }” cannot be a template id: use small letters, digits, - and _, starting with a letter.
err-no-config-folder = This system gives no configuration folder for your templates; use --templates FOLDER instead.
templates-copied = The template is in { $path }. Change its texts there; it is used as “{ $id }” (check it with: povestitor templates validate "{ $path }").
workshop-empty = There is no draft (.toml file) in this folder.
workshop-unreadable = (cannot be read: see below)
workshop-col-file = File
workshop-col-steps = Steps
workshop-col-words = Words
workshop-col-comments = Comments
workshop-col-saved = Saved
workshop-in-book = in the book
workshop-left-out = left out
workshop-legend = Steps: the required ones done, of how many (+ optional ones done). ✗ to fix (leaves the story out of the book), ! to check, • tips. Comments: a reviewer's, not yet resolved.

# Photos and dates
details-date-read = That is { $date }.
details-date-refused = Not a date: write, for example, 20.05.2016 or 20 May 2016. The story keeps its previous date.
picker-title = Choose the photo
picker-search = Search:
picker-looking = Looking in: { $folders }
picker-none = No photos here. Put it in one of these folders, or paste the file's path into the "File" field.
picker-no-match = No photo has "{ $text }" in its name.
picker-refused = Word cannot take it: save it as JPEG
photo-taken = The photo is now beside the story: { $path }
photo-take-failed = The photo could not be copied: { $error }
help-choose-photo = on a photo's empty "File": choose it from your photos
keys-take-photo = take
# When the disk fails
help-save-copy = save a copy of the story in Documents (when its own folder cannot be written)
status-save-copy-hint = The text stays here. Ctrl+K: a copy in Documents.
status-copy-saved = A copy of the story is in { $path }.
status-save-copy-made = The text stays here; a copy is in { $name }.
quit-unsaved-title = The story is not saved
quit-unsaved-why = Its last words could not be saved in its file; for now they are only here, on the screen.
quit-unsaved-quit = quit, keeping every word in a copy in
quit-unsaved-copy = make that copy now and go on writing
quit-unsaved-back = back to the story
rescue-written = The story could not be saved in { $draft }; every word is kept in a copy. To go on writing it: povestitor edit "{ $path }"
rescue-failed = The story could not be saved in { $draft }, and no copy could be written either. Its text is printed above: select it and keep it somewhere before you close this window. Why: { $error }
help-recover = take the newer words an interrupted save left behind
status-leftover = An interrupted save ({ $time }) left newer words. Ctrl+O takes them into the story.
status-no-leftover = There is no interrupted save to take.
status-recovered = The words of the interrupted save are now in the story.
# Compile and worksheet
cli-cmd-workshop-compile = One document with every story of a folder that is ready: a title page, the contents, then each story in a layout
cli-arg-workshop-compile-dir = The folder with the participants' drafts
cli-arg-workshop-compile-layout = The publication layout each story is shown in, e.g. biblio-info (see: povestitor templates show ID). Without it, each story's layout for print
cli-arg-workshop-compile-doc = docx (Word), md (Markdown) or html (a web page). Without it, the file's extension says (Word otherwise)
cli-arg-workshop-compile-title = The title on the book's first page. Without it, the configuration's book_title, else “Success stories” in the book's language
cli-value-title = TITLE
cli-arg-workshop-compile-subtitle = The line under the title. Without it, the configuration's book_subtitle, else a line in the book's language
cli-value-subtitle = LINE
cli-value-doc = FORMAT
cli-value-doc-docx = A Word document, A4 (binary: write it with -o)
cli-value-doc-md = Markdown
cli-value-doc-html = A web page, to print or to share
cli-arg-workshop-compile-file = The file to write; photos are copied next to it for md and html
cli-arg-workshop-compile-force = Replace the file if it exists
cli-arg-workshop-compile-order = The order of the stories
cli-value-order = ORDER
cli-value-order-file = By file name, as the folder lists them
cli-value-order-title = By title, alphabetically
cli-value-order-author = By author, then by title
cli-cmd-worksheet = A hand-out to print for a workshop: every step of a template with its prompt, advice, example and lines to write on
cli-arg-worksheet-template = The template whose steps the hand-out shows (see: povestitor templates list)
cli-arg-worksheet-doc = docx (Word), md (Markdown) or html (a web page). Without it, the file's extension says (Markdown when printed)
cli-arg-worksheet-file = The file to write. Without it, the hand-out is printed (docx only into a pipe or file)
cli-arg-worksheet-force = Replace the file if it exists
compile-title = Success stories
compile-subtitle = Stories written by librarians
compile-contents = Contents
compile-count = { $count ->
    [one] one story
   *[other] { $count } stories
}
compile-left-out = { $file } was left out: { $reason }
compile-no-layout = its template, { $template }, has no layout { $layout }.
compile-needs-work = the coach finds { $count ->
    [one] an error
   *[other] { $count } errors
} to fix first ({ $first }); see: povestitor check { $file }
compile-written = The document was written to { $path }, with { $count ->
    [one] one story
   *[other] { $count } stories
}.
compile-written-some-left = The document was written to { $path }, with { $count ->
    [one] one story
   *[other] { $count } stories
}; { $left ->
    [one] one draft was
   *[other] { $left } drafts were
} left out (see above).
err-nothing-to-compile = { $count ->
    [0] { $path } holds no drafts (.toml files), so there is nothing to put into a document.
    [one] The only draft of { $path } was left out (see above), so no document was written.
   *[other] All { $count } drafts of { $path } were left out (see above), so no document was written.
}
worksheet-name-line = Name and library:
worksheet-guidance = Tips:
worksheet-example = Example:
worksheet-written = The worksheet was written to { $path }

# Review comments
cli-cmd-review = Open a draft in the wizard to review it: comments on any step, the answers read-only
cli-arg-review-file = The draft (.toml file)
cli-arg-review-reviewer = Your name, shown with each comment. Without it, the name given last time, else "Trainer"
cli-value-reviewer = NAME
err-review-needs-terminal = The draft { $path } is reviewed in a terminal window; open a terminal (for example Windows Terminal) and run there: povestitor review "{ $path }"
review-default-reviewer = Trainer
header-reviewing = review: { $name }
comment-writing = Comment by { $name }
comments-heading = Comments (open: { $open })
help-write-comment = in review: write a comment on the step on screen
help-add-comment = in a comment: add it to the step
help-cancel-comment = in a comment: leave without adding it
help-next-comment = select the step's next comment from the trainer
help-resolve-comment = mark the selected comment resolved (once more: open again)
keys-comment = comment
keys-add-comment = add
keys-cancel-comment = cancel
keys-next-comment = next
keys-resolve-comment = resolved
status-comment-added = The comment is saved under “{ $step }”.
status-comment-resolved = The comment is marked resolved.
status-comment-reopened = The comment is open again.
status-review-read-only = In review the answers stay as the librarian wrote them; { $key } writes a comment.
review-open-comments = Open comments from the trainer: { $count }

## The plain mode (povestitor edit --plain): lines of text for screen readers and pipes.
cli-arg-edit-plain = Plain mode for screen readers: the steps as lines of text, no full-screen drawing or colours; works with piped input too
cli-arg-new-plain = Plain mode for screen readers: the steps as lines of text, no full-screen drawing or colours; works with piped input too
plain-opened = Story { $path }, template “{ $template }”. Plain mode: each step is asked as text.
plain-how = A one-line answer ends with Enter. A longer answer ends with an empty line; each line is a paragraph. An empty answer keeps the current one. Every answer is saved at once.
plain-commands = Commands, each typed on a line of its own:
plain-cmd-back = :back
plain-cmd-back-does = go back to the previous step
plain-cmd-skip = :skip :next
plain-cmd-skip-does = go on to the next step, keeping the answer
plain-cmd-help = :help :guide
plain-cmd-help-does = the step's tips and example, and these commands
plain-cmd-check = :check
plain-cmd-check-does = what the story still needs
plain-cmd-export = :export
plain-cmd-export-does = write the article (Word, web page, text or Markdown)
plain-cmd-clear = :clear
plain-cmd-clear-does = empty the answer, or the field of a quote or photo
plain-cmd-remove = :remove
plain-cmd-remove-does = remove the quote or photo being asked about
plain-cmd-quit = :quit :exit
plain-cmd-quit-does = save and stop (the end of the input does the same)
plain-required = (required)
plain-no-answer = No answer yet.
plain-current = Current answer:
plain-current-end = End of the current answer.
plain-type-line = Type the answer on one line and press Enter.
plain-type-text = Type the answer, then an empty line.
plain-type-items = Each one is asked field by field; an empty line keeps a field as it is.
plain-type-details = An empty line keeps each of them as it is.
plain-saved = Saved.
plain-kept = The answer stays as it was.
plain-left-empty = No answer; you can come back to this step later.
plain-cleared = Emptied and saved.
plain-go-on = Go on typing the answer; an empty line ends it.
plain-first-step = This is the first step.
plain-remove-items-only = { $remove } removes a quote or a photo; this step has none.
plain-no-items = None yet.
plain-item-new = { $item } (new). Leave its first field empty to end the list and go on.
plain-item-edit = { $item } of { $count }.
plain-field-empty = { $label } (empty):
plain-field-now = { $label } (now: { $value }):
plain-choice = { $label } (now: { $value }). Type yes or no:
plain-not-recorded = not recorded
plain-yes-or-no = Type yes or no, or an empty line to keep it as it is.
plain-item-removed = { $item } was removed.
plain-save-failed = The story could not be saved: { $error }
plain-end = All the steps are done. The story is saved in { $path }.
plain-end-commands = Type { $check }, { $export } or { $back }, or an empty line to finish.
plain-end-not-a-command = That is not a command here.
plain-choose = Type a number from 1 to { $count }; an empty line takes 1.
plain-export-path = Save as (an empty line takes { $path }):
plain-export-replace = { $path } already exists. Replace it? Type yes or no.
plain-export-cancelled = Nothing was exported.
plain-draft-exists = { $path } already exists; to continue it, run: povestitor edit --plain "{ $path }"
plain-bye = The story is saved in { $path }. Goodbye.
plain-new-needs-file = With --plain, new needs the name of the file to keep the draft in, for example: povestitor new --plain --template success-story story.toml
plain-coach = The coach says:
## Configuration and doctor
cli-cmd-doctor = Say where templates, drafts, dictionaries, the configuration and the settings are, whether each can be used, and how to fix what cannot
cli-arg-doctor-report = Also write a report to attach to an e-mail: the version, the system, the configuration, these findings and the log's last lines (no password, no story's words). Without FILE, povestitor-report.txt in the current folder
cli-value-report = FILE
cli-cmd-config = Your configuration file: where it is, and what is in effect
cli-cmd-config-path = Print where the configuration file is, and whether it exists
cli-cmd-config-show = Print the configuration in effect, and where each value comes from
err-config-invalid = { $problem }. Correct this line of your configuration or delete it (the librarian's guide, "Configuration", describes every key).
err-config-read = Cannot read the configuration { $path }: { $reason }. Check that the file can be opened.
err-no-layout = Say which layout with --layout (e.g. --layout blog), or set `layout` in your configuration (see: povestitor config path).
err-no-format = Say which format with --format (docx, html, md or txt), or set `format` in your configuration (see: povestitor config path).
config-path-exists = The file exists; povestitor config show prints what is in effect.
config-path-missing = The file does not exist yet: create it when you want to change something (the librarian's guide, "Configuration", has an example).
config-path-none = This system gives no configuration folder; name a configuration file with the POVESTITOR_CONFIG variable.
config-show-no-file = no configuration file: these are the defaults
config-source-file = configuration
config-source-lang-flag = --lang
config-source-log-flag = --log
config-source-system = the system's language
config-source-settings = remembered from the last story
config-unset = not set
doctor-config = Configuration
doctor-settings = Settings (what the program remembers)
doctor-drafts = Drafts
doctor-builtin-templates = Built-in templates ({ $count })
doctor-user-templates = Your templates
doctor-template-folder = Templates folder from the configuration
doctor-dictionary-folder = Dictionaries folder from the configuration
doctor-dictionary = Dictionary { $language }
doctor-fine = usable
doctor-built-in = built into the program, usable
doctor-optional = not there (only if you want it)
doctor-will-be-made = not there yet; made when first needed
doctor-missing = not there
doctor-not-found = not found
doctor-unreadable = cannot be read ({ $reason })
doctor-not-writable = cannot be written ({ $reason })
doctor-invalid = has mistakes
doctor-fix-label = To fix
doctor-fix-templates = Check the templates with: povestitor templates validate "{ $path }"
doctor-fix-invalid = Move the file { $path } aside; the program makes a new one.
doctor-fix-folder-missing = Create the folder { $path }, or remove it from { $key } in { $config }.
doctor-fix-dictionary = Install the system's Hunspell dictionary for "{ $language }" (on Debian or Ubuntu: hunspell-{ $language }), or put its .aff and .dic files in a folder and name it in { $key } in { $config }. Until then, spelling in that language is not checked.
doctor-fix-not-writable = Allow writing into { $path } (its properties, or ask whoever looks after the computer), or use a folder you can write to.
doctor-fix-unreadable = Check that { $path } exists and can be opened.
doctor-all-fine = Everything is usable.
doctor-needs-attention = { $count ->
    [one] One thing needs attention: see "To fix" above.
   *[other] { $count } things need attention: see "To fix" above.
}
log-cannot-start = The log cannot be written to { $path } ({ $reason }); the program goes on without it.
doctor-report-written = The report is in { $path }: attach it to your e-mail. It holds no password and none of your stories' words.
doctor-report-cannot-write = Cannot write the report { $path } ({ $reason }). Name another file: povestitor doctor --report FILE
doctor-report-title = povestitor: a report for a bug
doctor-report-made = Made
doctor-report-system = System
doctor-report-language = Interface language
doctor-report-log = Log
doctor-report-log-on = kept
doctor-report-log-off = not kept: add --log to the command that goes wrong, or log = true to the configuration
doctor-report-config = Configuration
doctor-report-findings = What doctor found
doctor-report-log-lines = The log's last lines
doctor-report-no-log = No log yet: run the command that goes wrong with --log, then make the report again.

## The first-run welcome
welcome-title = Welcome to povestitor
welcome-what = povestitor helps you write your library's success story one step at a time, with a question and an example at each step, and turns it into an article: a Word document for the magazine, HTML for the blog, or text.
welcome-keys = Three keys to remember
welcome-key-steps = next or previous step
welcome-key-help = every key, whenever you need it
welcome-key-quit = quit; everything is saved as you write
welcome-drafts = Your drafts are kept in
welcome-any-key = Press any key to begin.
## Publishing to WordPress (povestitor publish)
cli-cmd-publish = Send a draft to the library's WordPress blog as a draft post, with its photos (publishing again updates the same post)
cli-arg-publish-draft = The draft (.toml file)
cli-arg-publish-site = The blog's address, e.g. https://biblioteca.md
cli-value-site = ADDRESS
cli-arg-publish-user = Your user name on the blog (the application password comes from POVESTITOR_WP_PASSWORD, or is asked for)
cli-value-user = NAME
cli-arg-publish-layout = The publication layout (see: povestitor templates show ID)
cli-arg-publish-update-live = Update the post this draft made even when it is already published on the blog, or was changed there since (its status stays as it is)
cli-arg-publish-allow-http = Send to an http:// address of another computer: the application password and the story travel unencrypted, readable by anyone on the way (a warning says so)
publish-password-prompt = Application password of { $user } on { $site } (not shown as you type): 
publish-unencrypted = Warning: { $site } is not https, so the application password and the story travel unencrypted: anyone on the way (the Wi-Fi, the provider) can read the password and sign in as you. Use the https:// address as soon as the blog has one.
publish-signed-in = Signed in to { $site }.
publish-post-gone = Post { $id } is no longer on the site (it was deleted); a new draft post is made.
publish-post-other-file = Post { $id } was sent from another file ({ $file }), not from this one: it is left as it is, and a new draft post is made.
publish-post-not-known = This draft names post { $id }, but nothing shows that this file sent it (is it a copy of another draft?): that post is left as it is, and a new draft post is made.
publish-post-changed = Post { $id } was changed on the site since this draft last sent it: it is left as it is, with those changes, and a new draft post is made.
publish-photo-uploaded = Photo { $number } of { $total } uploaded: { $file }
publish-photo-kept = Photo { $number } of { $total } is already on the site, unchanged: { $file }
publish-created = The draft post is on the site: { $link } (look at it in WordPress, then press Publish).
publish-updated = The post was updated (status: { $status }): { $link }
err-publish-bad-address = "{ $site }" is not a web address; give the blog's address, e.g. https://biblioteca.md
err-publish-unencrypted = { $site } is not a secure (https) address: the application password would travel unencrypted, readable by anyone on the way (the Wi-Fi, the provider). Give the blog's https:// address; if it truly has none, the command line sends anyway with: povestitor publish --allow-http (at that risk).
err-publish-elsewhere = { $site } sends to another address, { $to }; the password and the story go only to the address given, so nothing was sent there. If { $to } is the blog, give that address; if not, tell the site's administrator.
err-publish-unreachable = Cannot reach { $site } ({ $detail }); check the address and the internet connection, then try again.
err-publish-host-not-found = The name in { $site } is not found on the internet; check the blog's address for a typing mistake, and the internet connection.
err-publish-timeout = { $site } did not answer within { $seconds } s; try again later (POVESTITOR_WP_TIMEOUT sets how many seconds to wait).
err-publish-no-api = { $site } does not show a WordPress REST API; check that it is the blog's address and that no plugin switched the REST API off.
err-publish-app-passwords-off = { $site } does not accept application passwords (they need https, or a plugin or the host switched them off); ask the site's administrator.
err-publish-credentials = { $site } refused the user "{ $user }" with this application password; check the user name, or make a new application password (Users → Profile → Application Passwords).
err-publish-forbidden = The user "{ $user }" may not { $action } on { $site }; ask the site's administrator for the Author or Editor role.
publish-action-edit-posts = edit posts
publish-action-upload-files = upload files
publish-action-read-tags = read tags
publish-action-create-tags = create tags
publish-action-create-posts = create posts
err-publish-photo-too-large = The photo { $photo } is too large for { $site }; save a smaller copy (any photo editor can) and change its path in the draft, or ask the administrator to raise the upload limit.
err-publish-server = { $site } failed with HTTP { $status } ({ $detail }); try again later, or tell the site's administrator.
err-publish-unexpected = { $site } gave an answer WordPress does not give ({ $detail }); check the address, or tell the site's administrator.
err-publish-post-live = Post { $id }, sent from this draft, is already published on { $site } (status: { $status }), so nothing was sent. To change the published post with this draft, run: povestitor publish --update-live "{ $draft }" --site { $site } --user { $user } (to leave it as it is and make a new draft post, publish a copy of the draft saved under another name).
err-publish-no-password = No application password: set POVESTITOR_WP_PASSWORD, or run publish in a terminal to type it.
err-publish-cancelled = The sending was stopped before the post was written: nothing new is on the blog but the photos already uploaded, which the next sending uses.
