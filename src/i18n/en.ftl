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
