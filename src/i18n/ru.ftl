# Интерфейс на русском языке.
words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}
error-prefix = ошибка
field-text = текст
field-author = имя
field-role = должность
field-path = файл
field-caption = подпись
field-credit = автор фотографии
check-all-good = В истории есть всё необходимое. Её можно экспортировать.
check-must-fix = Нужно исправить:
check-advice = Советы:
check-missing = «{ $step }»: ответа пока нет.
check-too-few = «{ $step }»: { $count } из минимум { $min } слов.
check-too-many = «{ $step }»: { $count } слов, максимум { $max }.
check-item-field = «{ $step }», № { $index }: не указано: { $field }.
check-wrong-type = «{ $step }»: ответ в файле имеет неверную форму ({ $found }).
export-written = Статья записана в { $path }
templates-layouts = Макеты
templates-steps = Шаги
templates-required = обязательно
templates-valid = Шаблон «{ $id }» в порядке.
new-written = Черновик создан: { $path }
tidy-nothing = Типографика в { $path } уже в порядке; менять нечего.
tidy-header = { $count ->
    [one] { $count } текст в { $path } можно поправить (- сейчас, + после):
    [few] { $count } текста в { $path } можно поправить (- сейчас, + после):
   *[other] { $count } текстов в { $path } можно поправить (- сейчас, + после):
}
tidy-step = «{ $step }»
tidy-item = «{ $step }», № { $index }, { $field }
tidy-author = Автор
tidy-institution = Учреждение
tidy-dry-run = Ничего не сохранено. Запустите ещё раз с --apply, чтобы сохранить эти изменения.
tidy-saved = Изменения сохранены в { $path }
tidy-odd-list = «{ $step }»: в списке в файле есть записи, которые не являются цитатами или фотографиями; исправьте его вручную перед правкой.
