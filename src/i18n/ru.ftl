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
err-read-draft = Не удаётся прочитать черновик { $path }: { $reason }. Проверьте имя и папку файла.
err-write-draft = Не удаётся сохранить черновик { $path }: { $reason }. Прежняя версия файла сохранена; проверьте, есть ли место на диске и можно ли писать в папку.
err-not-utf8 = { $path }: файл не в кодировке UTF-8; сохраните его заново в UTF-8.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Исправьте черновик в этом месте (это файл TOML) и попробуйте снова.
err-draft-shape = { $path }: { $message }. Исправьте черновик (это файл TOML) и попробуйте снова.
err-unknown-template = Шаблона «{ $id }» нет. Доступные шаблоны: { $available }. Выберите один из них или добавьте папку шаблона через --templates.
err-unknown-layout = У шаблона «{ $template }» нет макета «{ $layout }». Его макеты: { $available }.
err-output-exists = { $path } уже существует; добавьте --force, чтобы заменить его, или выберите другое имя через -o.
err-write = Не удаётся записать { $path }: { $reason }. Проверьте, что папка существует и в неё можно писать.
err-read = Не удаётся прочитать { $path }: { $reason }.
io-not-found = такого файла или папки нет
io-permission = нет прав доступа
err-photo-no-path = У фотографии { $number } в «{ $step }» есть подпись, но нет файла; укажите путь к файлу или удалите фотографию.
err-photo-missing = Нет фотографии { $number } в «{ $step }» ({ $path }): файла { $file } не существует. Положите фотографию туда или исправьте путь в черновике (он отсчитывается от папки черновика).
err-photo-unreadable = Не удаётся прочитать фотографию { $number } в «{ $step }» ({ $path }) из { $file }: { $reason }. Проверьте, что этот файл можно открыть.
err-photo-not-image = Фотография { $number } в «{ $step }» ({ $path }) — не изображение PNG или JPEG; сохраните её как .jpg или .png (это умеет любой фоторедактор) и измените путь в черновике.
err-photo-exists = { $path } уже существует, и это другое изображение, не фотография { $photo }; добавьте --force, чтобы заменить его, или экспортируйте в другую папку.
err-binary-to-terminal = Файл .{ $extension } нельзя показать в терминале; запишите его в файл с помощью -o, например -o statya.{ $extension } (или -o ПАПКА/).
