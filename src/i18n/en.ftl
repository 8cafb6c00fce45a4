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
check-missing = “{ $step }”: no answer yet.
check-too-few = “{ $step }”: { $count } of at least { $min } words.
check-too-many = “{ $step }”: { $count } words, at most { $max }.
check-item-field = “{ $step }”, no. { $index }: { $field } is missing.
check-wrong-type = “{ $step }”: the answer in the file has the wrong shape ({ $found }).
export-written = The article was written to { $path }
templates-layouts = Layouts
templates-steps = Steps
templates-required = required
templates-valid = The template “{ $id }” is valid.
new-written = The draft was created: { $path }
err-read-draft = Cannot read the draft { $path }: { $reason }. Check the file's name and folder.
err-write-draft = Cannot save the draft { $path }: { $reason }. The previous version of the file was kept; check there is free space and that the folder can be written to.
err-not-utf8 = { $path }: the file is not UTF-8 text; save it again as UTF-8.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Fix the draft at that place (it is a TOML file) and try again.
err-draft-shape = { $path }: { $message }. Fix the draft (it is a TOML file) and try again.
err-unknown-template = There is no template “{ $id }”. The templates available are: { $available }. Use one of these, or add the template's folder with --templates.
err-unknown-layout = The template “{ $template }” has no layout “{ $layout }”. Its layouts are: { $available }.
err-output-exists = { $path } already exists; add --force to replace it, or choose another name with -o.
err-write = Cannot write { $path }: { $reason }. Check that the folder exists and can be written to.
err-read = Cannot read { $path }: { $reason }.
io-not-found = there is no such file or folder
io-permission = permission denied
