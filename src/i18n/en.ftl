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
err-photo-no-path = photo { $number } in "{ $step }" has a caption but no file; add the file's path, or remove the photo
err-photo-missing = photo { $number } in "{ $step }" ({ $path }) is missing: { $file } does not exist. Put the photo there, or fix its path in the draft (it is read from the draft's folder)
err-photo-unreadable = photo { $number } in "{ $step }" ({ $path }) cannot be read from { $file }: { $reason }. Check that it is a file you may read
err-photo-not-image = photo { $number } in "{ $step }" ({ $path }) is not a PNG or JPEG image; save it as .jpg or .png (any photo editor can) and change its path in the draft
err-photo-exists = { $path } already exists and is a different picture from photo { $photo }; add --force to replace it, or export into another folder
err-binary-to-terminal = a .{ $extension } file cannot be shown in the terminal; write it to a file with -o, e.g. -o article.{ $extension } (or -o FOLDER/)
