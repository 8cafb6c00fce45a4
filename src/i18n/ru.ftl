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
