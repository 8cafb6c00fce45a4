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
check-warnings = Проверить:
check-summary = Исправить: { $errors }, проверить: { $warnings }, советов: { $tips }.
place-step = «{ $step }»
place-item = «{ $step }», № { $index }
place-item-field = «{ $step }», № { $index }, { $field }
field-consent = согласие на публикацию
finding-count = { $finding } (×{ $count })
finding-missing = ответа пока нет.
finding-too-few = { $count } из минимум { $min ->
    [one] { $min } слова
    [few] { $min } слов
   *[other] { $min } слов
}.
finding-too-many = { $count } слов, максимум { $max }.
finding-item-field = не указано: { $field }.
finding-wrong-type = ответ в файле имеет неверную форму ({ $found }).
finding-title-too-long = в заголовке { $chars ->
    [one] { $chars } знак
    [few] { $chars } знака
   *[other] { $chars } знаков
}; журналы и блоги показывают целиком заголовок не длиннее { $max }.
finding-too-few-quotes = полных цитат: { $count }, а нужно не меньше { $min }.
finding-no-number = ни одного числа; скажите, сколько было людей, встреч, посещений.
finding-consent-not-recorded = не отмечено, согласился ли человек на публикацию; форма согласия для подписи: Ctrl+U в мастере.
finding-consent-not-recorded-children = на фотографии дети; отметьте, согласились ли родители или опекуны на публикацию; форма согласия для подписи: Ctrl+U в мастере.
finding-consent-refused = человек не согласился на публикацию; уберите его из истории.
finding-consent-refused-children = родители или опекуны не согласились на публикацию; уберите фотографию.
finding-consent-unsigned = человек согласился, но подписанная форма не отмечена: распечатайте форму согласия (Ctrl+U в мастере), дайте её подписать, храните в библиотеке и отметьте как подписанную.
finding-consent-unsigned-children = родитель или опекун согласился, но подписанная форма не отмечена: распечатайте форму согласия (Ctrl+U в мастере), дайте её подписать, храните в библиотеке и отметьте как подписанную.
finding-long-sentence = предложение из { $words ->
    [one] { $words } слова
    [few] { $words } слов
   *[other] { $words } слов
}; разделите его на два (максимум { $max }).
finding-repeated-word = «{ $word }» написано два раза подряд.
finding-weak-phrase = «{ $phrase }» говорит мало; напишите прямо, кто что сделал.
finding-word-form = «{ $word }» пишется «{ $better }».
finding-cedilla = «ş» и «ţ» с седилью; в румынском они пишутся с запятой: «ș», «ț».
finding-straight-quotes = прямые кавычки ("); { $language ->
        [ro] в румынском тексте пишите „așa”.
        [en] в английском тексте пишите “like this”.
       *[ru] пишите «так».
    }
finding-comma-quote = две запятые (,,) вместо открывающей кавычки; пишите { $quote }.
finding-space-inside-quotes = пробел внутри кавычек; кавычки пишутся вплотную к словам.
finding-double-space = два пробела подряд.
finding-space-before = пробел перед «{ $mark }».
finding-space-after = нет пробела после «{ $mark }».
finding-hyphen-for-dash = дефис (-) между именем и словом; здесь нужно тире с пробелами: « { $dash } ».
finding-misspelt = слова «{ $word }» нет в словаре; проверьте, как оно пишется.
finding-misspelt-suggest = слова «{ $word }» нет в словаре; может быть, { $suggestions }?
finding-names-to-check = Имена, которые стоит проверить (их нет в словаре): { $names }. Если они написаны верно, добавьте их в свой список слов (Ctrl+D в мастере).
finding-quoted-word = «{ $word }»
finding-old-spelling = «{ $word }» сегодня пишется «{ $modern }» (написание с â, в Молдове с 2010 года).
finding-article-too-short = В статье { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}; в истории успеха их не меньше { $min }.
finding-article-too-long = В статье { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}; журналы и агентства просят не больше { $max }.
finding-date-missing = У истории нет даты; укажите её вместе с автором и библиотекой (F4 в мастере).
finding-date-invalid = Дата «{ $text }» — не день календаря; напишите её как 2026-11-25.
export-written = Статья записана в { $path }
export-photo-outside = Фотография { $number } взята из { $file }, вне папки истории: проверьте, та ли это фотография (история, полученная от другого человека, должна хранить свои фотографии рядом с собой).
export-left-out-photos = Макет «{ $layout }» показывает { $shown } из { $total } { $total ->
    [one] фотографии
   *[other] фотографий
}: { $count ->
    [1] фотография { $numbers } не вошла
   *[other] фотографии { $numbers } не вошли
}.
export-left-out-quotes = Макет «{ $layout }» показывает { $shown } из { $total } { $total ->
    [one] цитаты
   *[other] цитат
}: { $count ->
    [1] цитата { $numbers } не вошла
   *[other] цитаты { $numbers } не вошли
}.
export-left-out-and = и
export-see-more = Макет «{ $layout }»: Facebook показывает около { $limit } { $limit ->
    [one] знака
   *[other] знаков
} до «Ещё»; пост обрывается после «…{ $words }».
export-see-more-whole = Макет «{ $layout }»: весь пост ({ $count } { $count ->
    [one] знак
    [few] знака
   *[other] знаков
}) виден до «Ещё».
export-attach-photos = Прикрепите к посту { $count ->
    [one] фотографию
   *[other] фотографии
} { $files }.
copy-done = Статья скопирована: вставьте её с помощью Ctrl+V («{ $layout }», с оформлением и простым текстом).
copy-done-while-open = Статья скопирована, пока мастер открыт («{ $layout }»): вставьте её Ctrl+V до его закрытия. Программа тем временем заменена: запустите её заново, чтобы копии оставались и после.
copy-terminal = Системный буфер обмена здесь недоступен ({ $reason }); статья («{ $layout }», простым текстом) отправлена терминалу: вставьте её с помощью Ctrl+V, если терминал разрешает копирование.
copy-unreachable = Здесь нет доступного буфера обмена ({ $reason }): откройте { $path }, где теперь лежит статья, и скопируйте её оттуда.
copy-no-session = нет графического сеанса
copy-keeper-not-started = программа не смогла запустить процесс, который хранит статью в буфере обмена: { $reason }
copy-keeper-silent = процесс, который хранит статью в буфере обмена, не ответил
copy-wizard-unreachable = Системный буфер обмена здесь недоступен ({ $reason }): экспортируйте статью (Enter) и скопируйте её из файла.
consent-written = Согласие для: { $person }: { $path }
consent-written-children = Согласие для: { $person } (с разделом для родителя): { $path }
consent-none = В истории нет ни цитат, ни фотографий: согласия не нужны.
consent-sign = Распечатайте согласия и получите подписи до публикации; храните подписанные согласия в библиотеке.
consent-wizard-writing = Форма согласия записывается…
consent-wizard-written = Форма согласия для { $person }: { $path }. Распечатайте её и дайте подписать; когда она вернётся подписанной, отметьте это в поле «Согласие» пробелом.
consent-wizard-written-children = Форма согласия для { $person }, с разделом для родителя: { $path }. Распечатайте её и дайте подписать; когда она вернётся подписанной, отметьте это в поле «Согласие» пробелом.
consent-wizard-blank = Эта цитата или фотография ещё пуста: форма берёт её слова, подпись или фото.
consent-wizard-where = Формы согласия — для цитат и фотографий: нажмите Ctrl+U на их шагах.
consent-form-heading = Согласие на публикацию
consent-form-library = Библиотека
consent-form-story = История
consent-form-where = Где будет опубликовано
consent-form-places = профессиональный журнал, блог библиотеки и её страница в Facebook
consent-form-quote = Я согласен (согласна), чтобы библиотека опубликовала в этой истории моё имя, мою роль и мои слова, приведённые ниже:
consent-form-photo = Я согласен (согласна), чтобы библиотека опубликовала в этой истории фотографию ниже, на которой я есть, с подписью к ней (по одному согласию на каждого человека на фотографии):
consent-form-withdraw = Я знаю, что могу в любой момент отозвать согласие, обратившись в библиотеку: с этого времени библиотека больше не использует моё имя, мои слова и моё изображение и удаляет их из блога и со страницы в Facebook. Мои персональные данные обрабатываются согласно Закону № 133/2011 о защите персональных данных.
consent-form-name = Фамилия и имя
consent-form-signature = Подпись
consent-form-date = Дата
consent-form-parent-heading = Для ребёнка младше 18 лет
consent-form-parent = Я, родитель или опекун ребёнка на фотографии, согласен (согласна) с изложенным выше от его имени.
consent-form-parent-name = Фамилия и имя родителя или опекуна
consent-form-quote-file = цитата
consent-form-photo-file = фото
consent-form-file = soglasie
templates-layouts = Макеты
templates-steps = Шаги
templates-required = обязательно
templates-valid = Шаблон «{ $id }» в порядке.
new-written = Черновик создан: { $path }
err-read-draft = Не удаётся прочитать черновик { $path }: { $reason }. Проверьте имя и папку файла.
err-write-draft = Не удаётся сохранить черновик { $path }: { $reason }. Прежняя версия файла сохранена; проверьте, есть ли место на диске и можно ли писать в папку.
err-not-utf8 = { $path }: файл не в кодировке UTF-8; сохраните его заново в UTF-8.
err-draft-not-a-file = { $path } — не файл, в котором может быть история (это папка, канал или устройство). Выберите файл истории .toml.
err-draft-too-big = { $path } больше { $limit } МБ — намного больше любой истории. Проверьте, тот ли это файл.
err-answer-too-long = Ответ на «{ $step }» содержит { $mb } МБ текста — намного больше любой статьи (не больше { $limit } МБ). Сократите его или проверьте, тот ли текст вставлен.
err-draft-link = { $path } — ссылка на { $target }. История сохраняется только в собственном файле: откройте сам { $target }.
err-draft-read-only = { $path } доступен только для чтения, поэтому историю нельзя в нём сохранить. Разрешите запись в файл или сохраните копию под другим именем.
err-draft-syntax = { $path }:{ $line }:{ $column }: { $message }. Исправьте черновик в этом месте (это файл TOML) и попробуйте снова.
err-draft-shape = { $path }: { $message }. Исправьте черновик (это файл TOML) и попробуйте снова.
err-unknown-template = Шаблона «{ $id }» нет. Доступные шаблоны: { $available }. Выберите один из них или добавьте папку шаблона через --templates.
err-unknown-layout = У шаблона «{ $template }» нет макета «{ $layout }». Его макеты: { $available }.
err-output-exists = { $path } уже существует; добавьте --force, чтобы заменить его, или выберите другое имя через -o.
err-file-held = { $path } открыт в другой программе (Word?) и не может быть заменён; закройте его там и экспортируйте снова или запишите рядом через -o «{ $beside }».
err-write = Не удаётся записать { $path }: { $reason }. Проверьте, что папка существует и в неё можно писать.
err-read = Не удаётся прочитать { $path }: { $reason }.
err-read-folder = Не удаётся прочитать папку { $path }: { $reason }. Проверьте её имя и что её можно открыть.
io-not-found = такого файла или папки нет
io-permission = нет прав доступа
io-held = файл открыт в другой программе
io-disk-full = диск заполнен
io-read-only = диск (или флешка) доступен только для чтения
err-photo-no-path = У фотографии { $number } в «{ $step }» есть подпись, но нет файла; укажите путь к файлу или удалите фотографию.
err-photo-missing = Нет фотографии { $number } в «{ $step }» ({ $path }): файла { $file } не существует. Положите фотографию туда или исправьте путь в черновике (он отсчитывается от папки черновика).
err-photo-unreadable = Не удаётся прочитать фотографию { $number } в «{ $step }» ({ $path }) из { $file }: { $reason }. Проверьте, что этот файл можно открыть.
err-photo-not-image = Фотография { $number } в «{ $step }» ({ $path }) — не изображение PNG или JPEG; сохраните её как .jpg или .png (это умеет любой фоторедактор) и измените путь в черновике.
err-photo-not-file = Фотография { $number } в «{ $step }» ({ $path }) — не файл: { $file } — это устройство, канал или другой особый файл. Укажите в черновике путь к файлу фотографии.
err-photo-network = Фотография { $number } в «{ $step }» ({ $path }) находится на другом компьютере сети. Скопируйте фотографию на этот компьютер и измените её путь в черновике.
err-photo-too-big = Фотография { $number } в «{ $step }» ({ $path }) больше { $limit } МБ — слишком много для статьи; сохраните уменьшенную копию (это умеет любой фоторедактор) и измените путь в черновике.
err-photo-exists = { $path } уже существует, и это другое изображение, не фотография { $photo }; добавьте --force, чтобы заменить его, или экспортируйте в другую папку.
err-photo-unsupported = Фотография { $number } в «{ $step }» ({ $path }) — изображение в формате { $kind }, который документы Word и веб-страницы показывают не всегда; сохраните её как JPEG (галерея телефона умеет отправить или экспортировать её в JPEG; на компьютере откройте её в Paint или «Фотографиях» и сохраните как .jpg) и измените путь в черновике.
err-photo-too-many-pixels = Фотография { $number } в «{ $step }» ({ $path }) размером { $size } пикселей — больше { $limit } миллионов, слишком много, чтобы уменьшить её здесь; сохраните копию не больше 4000 пикселей по длинной стороне (это умеет любой фоторедактор) и измените путь в черновике.
err-photo-damaged = Фотография { $number } в «{ $step }» ({ $path }) повреждена и не читается как изображение ({ $reason }); откройте её в фоторедакторе, сохраните заново как .jpg и измените путь в черновике.
err-binary-to-terminal = Файл .{ $extension } нельзя показать в терминале; запишите его в файл с помощью -o, например -o statya.{ $extension } (или -o ПАПКА/).
err-edit-needs-terminal = Черновик { $path } редактируется в окне терминала; откройте терминал (например, Windows Terminal) и выполните там: povestitor edit "{ $path }". С экранным диктором или с ответами в файле: povestitor edit --plain "{ $path }"
err-new-needs-file = Без окна терминала команде new нужно имя файла для черновика, например: povestitor new --template success-story istoriya.toml

## Мастер
app-name = Povestitor
header-saved = ✓ сохранено
header-saving = … сохраняется
status-saved = Сохранено.
status-save-failed = Не удалось сохранить: { $error }.
status-example-copy = Это копия образцовой истории: меняйте её смело, оригинал останется как был.
keys-choose = выбрать
keys-open = открыть
keys-help = помощь
keys-quit = выход
keys-steps = шаги
keys-previous = назад
keys-preview = просмотр
keys-export = экспорт
keys-details = автор
keys-next-field = следующее поле
keys-back = назад
keys-layout = макет
keys-scroll = прокрутка
keys-do-export = экспортировать
keys-copy = копировать
help-copy = Скопировать статью в буфер обмена (с оформлением и простым текстом)
keys-close = закрыть
home-welcome = Добро пожаловать! Что вы хотите сделать?
home-new = Начать новую историю
home-recent = Продолжить черновик
home-no-recent = (черновиков пока нет)
home-examples = Прочитать образцовую историю (откроется копия)
home-recent-line = { $title } · { $done } из { $total } шагов · { $edited } · { $template }
home-example-about = Готовая история по шаблону «{ $template }». Вы получите копию: прочитайте её, измените, попробуйте просмотр и экспорт.
home-drafts-folder = Новые истории хранятся в { $folder }.
side-steps = Шаги
side-review = Проверка
side-details = Автор и библиотека
step-progress = Шаг { $n } из { $total }
editor-answer = Ответ
items-hint = F7 добавить · F8 удалить
item-keys = Tab следующее поле · Ctrl+U форма согласия
photo-file-empty = Enter: выбрать фото
item-quote = Цитата { $n }
item-photo = Фото { $n }
label-text = Текст
label-author = Имя
label-role = Роль
label-path = Файл
label-caption = Подпись
label-credit = Фото
guidance-hidden = Советы и пример скрыты (F3 покажет их).
guidance-example = Пример:
guidance-hide = (F3 скрывает советы)
limit-range = (рекомендуется { $min }–{ $max })
limit-min = (не меньше { $min })
limit-max = (не больше { $max })
hint-line-enter = Этот ответ — одна строка. PageDown переходит к следующему шагу.
hint-confirm-remove = В этом элементе есть текст. Нажмите F8 ещё раз, чтобы удалить его.
review-title = Проверка
review-missing = Что ещё нужно сделать:
review-enter = Enter ведёт к первому шагу, который нужно дополнить.
review-unset = (не заполнено)
review-details-key = F4 меняет автора, библиотеку и дату.
review-no-answer = (ответа пока нет)
details-title = Автор, библиотека и дата
details-intro = Они стоят под заголовком статьи. Автор и библиотека, вписанные в вашу собственную историю, будут предложены и для следующей.
details-author = Автор
details-institution = Библиотека
details-date = Дата
preview-title = Просмотр:
preview-no-layout = В этом шаблоне нет макета, чтобы показать статью.
preview-rendering = Готовим просмотр…
preview-too-slow = Макет работал слишком долго (больше { $seconds } с), и его остановили: { $problem }
    Ваш текст в сохранности. Выберите другой макет (← →) или попросите автора этого макета исправить его.
layout-runaway-ended = Макет всё ещё работал и занимал больше { $mb } МБ памяти, поэтому программа завершилась раньше, чем её остановил бы компьютер. Ваша история сохранена: { $draft }. Выберите другой макет или попросите автора этого макета исправить его.
export-title = Экспорт статьи
export-layout = Макет
export-format = Формат
export-path = Сохранить как
export-note = Enter записывает файл. Существующий файл никогда не заменяется без вопроса.
export-exists = { $path } уже существует. Нажмите Enter ещё раз, чтобы заменить его, или измените имя.
export-held = { $path } открыт в другой программе (Word?) и не может быть заменён. Нажмите Enter, чтобы записать его рядом как { $beside }, или закройте его там и экспортируйте снова под тем же именем.
export-failed = Не удалось записать статью: { $error }
export-no-story = ни одна история не открыта
format-docx = Документ Word (.docx)
format-md = Markdown (.md)
format-html = Фрагмент веб-страницы для блога (.html)
format-txt = Простой текст для Word (.txt)
format-wordpress = Черновик записи в блоге библиотеки на WordPress
export-site = Адрес блога (например, https://biblioteca.md)
export-user = Имя пользователя в блоге
export-password = Пароль приложения (не сохраняется)
export-publish-note = Enter отправляет историю в WordPress как черновик записи, с фотографиями; повторная отправка обновляет ту же запись. Проверьте её в WordPress и нажмите там «Опубликовать». Если пароль не введён, берётся POVESTITOR_WP_PASSWORD.
export-password-missing = Введите пароль приложения, созданный в блоге (Пользователи → Профиль → Пароли приложений).
export-published = Черновик записи: { $link } (фотографий загружено: { $uploaded }, уже были: { $kept })
export-sending = История отправляется в блог… (Esc — остановить)
publish-stopping = Отправка в блог останавливается…
export-writing = Статья записывается…
export-no-thread = Не удалось записать статью: компьютеру не хватает ресурсов на ещё одну задачу. Закройте несколько программ и попробуйте снова.
publish-no-thread = Не удалось отправить историю: компьютеру не хватает ресурсов на ещё одну задачу. Закройте несколько программ и попробуйте снова.
publish-record-not-kept = Что получил блог из { $path }, не удалось записать в файл ({ $reason }): при новой отправке будет создан новый черновик записи и фотографии загрузятся снова.
help-title = Клавиши
help-intro = Всё сохраняется по мере того, как вы пишете. Esc закрывает это окно.
help-moving = Перемещение
help-next = следующий шаг (после последнего — проверка)
help-previous = предыдущий шаг
help-jump = перейти к шагу 1…9
help-list = список шагов (↑ ↓ выбрать, Enter открыть)
help-preview = просмотр статьи
help-guidance = показать или скрыть советы и пример
help-details = автор, библиотека и дата
help-export = экспорт статьи (docx, html, txt, md)
help-save = сохранить сейчас (это происходит и само)
help-quit = выход (всё сохранено)
help-help = эта справка
help-editing = Письмо
help-enter = новая строка (в однострочном ответе — ничего)
help-word = на слово влево или вправо
help-line = начало или конец строки
help-ends = начало или конец ответа
help-delete-word = удалить слово перед курсором
help-undo = отменить, вернуть
help-select = выделить текст
help-clipboard = копировать, вырезать, вставить внутри povestitor
help-paste = вставить из другой программы (или правый щелчок)
help-items = Цитаты и фотографии
help-add-item = добавить цитату или фотографию
help-remove-item = удалить (дважды, если там есть текст)
help-fields = следующее или предыдущее поле
help-consent-form = форма согласия для цитаты или фото (Word), чтобы подписать
help-screens = На начальном экране, в списках и формах
help-first-last = первый или последний
help-back-to-answer = вернуться к ответу
help-fix-first = перейти к первому шагу, который нужно доработать
help-previous-field = предыдущее поле
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

## Справка командной строки (clap). Без точки в конце, как строки самого clap.
cli-about = Пишите историю успеха библиотеки шаг за шагом и превращайте её в статью.
cli-long-about = Без команды открывается мастер: начните новую историю, продолжите черновик или откройте историю-образец.
cli-usage-heading = Использование
cli-commands-heading = Команды
cli-arguments-heading = Аргументы
cli-options-heading = Параметры
cli-options-tag = ПАРАМЕТРЫ
cli-command-value = КОМАНДА
cli-default = по умолчанию
cli-values = возможные значения
cli-values-heading = Возможные значения
cli-help-flag = Показать справку
cli-help-flag-short = Показать справку (подробнее: --help)
cli-help-flag-long = Показать справку (кратко: -h)
cli-version-flag = Показать версию
cli-help-command = Показать эту справку или справку по указанной команде
cli-arg-lang = Язык интерфейса: ro (румынский), en (английский) или ru (русский). По умолчанию — из конфигурации, иначе язык системы, иначе румынский
cli-value-lang = ЯЗЫК
cli-value-lang-ro = Română
cli-value-lang-en = English
cli-value-lang-ru = Русский
cli-arg-templates = Папка с вашими шаблонами (они добавляются к встроенным и заменяют встроенные с тем же id)
cli-value-templates = ПАПКА
cli-arg-safe_symbols = Мастер рисует только знаки, которые есть в любом шрифте консоли Windows (√ × ► вместо ✓ ✗ ▸), как он делает сам в консоли Windows, кроме Windows Terminal
cli-arg-log = Вести в папке данных журнал того, что делает программа (для сообщения об ошибке; никогда не пароль и не слова истории). То же делает log = true в конфигурации
cli-cmd-new = Начать новую историю по шаблону, в мастере
cli-arg-new-template = Шаблон (список: povestitor templates list)
cli-value-template = ШАБЛОН
cli-arg-new-file = Где хранить черновик (файл .toml). Если не указать, черновик сохранится в папке данных под именем из сегодняшней даты и шаблона
cli-value-file = ФАЙЛ
cli-cmd-edit = Продолжить черновик в мастере
cli-arg-edit-file = Черновик (файл .toml)
cli-cmd-export = Превратить черновик в статью: документ Word, HTML для блога, Markdown или текст для Word
cli-arg-export-draft = Черновик (файл .toml)
cli-value-draft = ЧЕРНОВИК
cli-arg-export-layout = Макет публикации, например biblio-info или blog (список: povestitor templates show ID). Без него — макет из конфигурации
cli-value-layout = МАКЕТ
cli-arg-export-format = docx (Word, для журнала), html (блог), md (Markdown с данными статьи в начале), txt (текст для вставки в Word) или wp (блоки WordPress). Без него — формат из конфигурации
cli-value-format = ФОРМАТ
cli-value-format-md = Markdown — для статических сайтов и дальнейшей правки
cli-value-format-html = HTML для вставки в редактор блога (целая страница — с --standalone)
cli-value-format-txt = Простой текст для вставки в Word
cli-value-format-docx = Документ Word для журнала (это не текст: сохраните его в файл с -o)
cli-value-format-wp = Блоки WordPress, для вставки в редактор кода блочного редактора
cli-arg-export-output = Файл, в который записать статью, или папка с / в конце (имя файла берётся из заголовка); фотографии копируются рядом. Без этого статья выводится на экран (docx — только в файл)
cli-value-output = ФАЙЛ|ПАПКА/
cli-arg-export-force = Заменить файл, если он уже есть
cli-arg-export-standalone = С --format html: целая веб-страница вместо фрагмента для вставки в редактор блога
cli-cmd-copy = Поместить статью из черновика в буфер обмена: с оформлением для Word, LibreOffice, Gmail и редактора блога и простым текстом для Facebook
cli-arg-copy-draft = Черновик (файл .toml)
cli-arg-copy-layout = Макет публикации, например blog или facebook (список: povestitor templates show ID). Без него — макет из конфигурации
cli-cmd-consent = Написать согласие на публикацию (Word, одна страница) для каждого, кого черновик цитирует или показывает на фото, чтобы распечатать и подписать
cli-arg-consent-draft = Черновик (файл .toml)
cli-arg-consent-dir = Папка, в которую записать согласия. Без неё — папка черновика
cli-arg-consent-force = Заменить уже существующие согласия
cli-cmd-check = Показать, чего ещё не хватает черновику: шаги, объём, цитаты, согласие, стиль, орфография
cli-arg-check-draft = Черновик (файл .toml)
check-steps = Шаги:
cli-arg-check-format = text (для чтения) или json (для программы)
spelling-off-no-dictionary = Орфография не проверена: словарь для «{ $language }» не найден. Установите его (в Debian: apt-get install hunspell-{ $language }) или укажите его папку через --dictionaries.
spelling-off = Орфография не проверена: { $reason }
cli-arg-check-dictionaries = Папка со словарями Hunspell (.aff и .dic); в ней ищут раньше, чем в системе
cli-value-dictionaries = ПАПКА
cli-value-format-text = Фразы по тому, что нужно сделать, и отметка каждого шага
cli-value-format-json = JSON с каждым замечанием, его правилом, шагом и местом
cli-cmd-tidy = Показать типографские правки, нужные черновику (кавычки, ș ț, пробелы, тире); --apply сохраняет их
cli-arg-tidy-draft = Черновик (файл .toml)
cli-arg-tidy-apply = Сохранить правки в черновике (без этого они только показываются)
cli-cmd-templates = Список шаблонов, просмотр и проверка шаблона
cli-cmd-templates-list = Показать шаблоны, которыми можно пользоваться
cli-cmd-templates-show = Показать шаги и макеты шаблона
cli-arg-templates-show-id = Идентификатор (id) шаблона
cli-value-id = ID
cli-cmd-templates-validate = Проверить папку шаблона (или её template.toml) на ошибки
cli-arg-templates-validate-path = Папка шаблона или её template.toml
cli-value-path = ПУТЬ
cli-cmd-completions = Показать скрипт автодополнения для оболочки, чтобы Tab дополнял команды и параметры
cli-arg-completions-shell = Оболочка: bash, zsh, fish, elvish или powershell
cli-value-shell = ОБОЛОЧКА
cli-value-shell-bash = Bash (терминалы Linux)
cli-value-shell-elvish = Elvish
cli-value-shell-fish = fish
cli-value-shell-powershell = PowerShell (Windows Terminal)
cli-value-shell-zsh = Zsh (терминал macOS)
cli-cmd-manpage = Показать страницу руководства (man povestitor), чтобы установить её вместе с программой
cli-and = и
cli-err-missing = Команда неполная: не хватает { $args } (см. { $help }).
cli-err-no-command = После «{ $command }» нужна одна из команд: { $valid } (см. { $help }).
cli-err-value = «{ $value }» не подходит для { $arg }; выберите одно из: { $valid } (см. { $help }).
cli-err-unknown = Не понимаю «{ $arg }» в этой команде (см. { $help }).
cli-err-unknown-suggest = Не понимаю «{ $arg }» в этой команде; возможно, вы имели в виду { $suggestion } (см. { $help }).
cli-err-command = Команды «{ $command }» нет (см. { $help }).
cli-err-command-suggest = Команды «{ $command }» нет; возможно, вы имели в виду «{ $suggestion }» (см. { $help }).
cli-err-other = Не удалось разобрать команду: { $detail } (см. { $help }).
press-enter-to-close = Нажмите Enter, чтобы закрыть это окно.
no-home-folder = У этой учётной записи нет домашней папки, поэтому негде хранить ваши истории. Войдите под своей учётной записью (или задайте HOME) и снова запустите povestitor.
draft-locked = История { $path } уже открыта в другом окне povestitor. Продолжайте там или закройте то окно и попробуйте снова.
draft-lock-not-a-file = Историю { $path } нельзя закрепить за этим окном: { $lock } — не обычный файл (это ссылка, папка или канал), поэтому он не тронут. Удалите { $lock } и откройте историю снова.
help-home = закрыть историю и вернуться к началу
panic-saved = Программа остановилась из-за внутренней ошибки. История сохранена; откройте её снова: povestitor edit "{ $path }"
panic-unsaved = Программа остановилась из-за внутренней ошибки, и последние изменения не удалось сохранить. Сохранённое ранее находится в { $path }.
panic-rescued = Программа остановилась из-за внутренней ошибки. Историю не удалось сохранить в её файле; все слова сохранены в копии. Чтобы продолжить её писать: povestitor edit "{ $path }"
panic-no-story = Программа остановилась из-за внутренней ошибки. Ничего не потеряно; запустите её снова: povestitor
panic-detail = Для того, кто будет исправлять программу: { $fault }
draft-exists = { $path } уже существует; чтобы продолжить, выполните: povestitor edit "{ $path }"

# The coach in the wizard
help-coach = Помощник по тексту
help-next-finding = перейти к следующему замечанию помощника (его шаг, каждое его место в тексте)
help-apply-fix = исправить выбранное замечание так, как предлагает помощник (Ctrl+Z отменяет)
help-choose-correction = в меню исправлений (Ctrl+R): заменить слово выбранным (или 1–3)
help-choice = согласие: не отмечено, да, подписано, нет; дети: не отмечено, да, нет
keys-next-finding = следующее замечание
keys-apply-fix = исправить
coach-nothing = У помощника нет замечаний.
coach-select-first = Сначала перейдите к замечанию (Ctrl+E), затем исправьте его.
coach-no-fix = Для этого замечания нет готового исправления; измените текст сами.
coach-fixed = Исправлено. Ctrl+Z отменяет исправление.
coach-fix-it = исправить
coach-more = ещё { $count }
review-count = ✗ ошибки: { $errors } · ! предупреждения: { $warnings } · • советы: { $tips }
label-consent = Согласие
label-children = Дети
choice-unset = не отмечено
choice-hint = Пробел меняет
consent-yes = да, согласие на публикацию есть
consent-no = нет, согласия нет
consent-signed = да, форма подписана
consent-guardian-yes = да, родитель или опекун согласен
consent-guardian-no = нет, родители или опекуны не согласны
consent-guardian-signed = да, форма подписана родителем
children-yes = да, на фото есть дети
children-no = детей на фото нет
help-add-word = добавить выбранное слово в ваш список слов (оно больше не будет отмечаться)
coach-add-word-first = Сначала выберите слово, которого нет в словаре (Ctrl+E); затем Ctrl+D добавит его в ваш список.
coach-word-added = «{ $word }» теперь в вашем списке слов.
coach-suggestions-title = Исправления для «{ $word }»
coach-suggestions-hint = Enter или 1–3: заменить · Esc: закрыть
coach-no-suggestions = В словаре нет вариантов для «{ $word }»; исправьте слово сами или добавьте его в список (Ctrl+D).
coach-dictionary-loading = Словарь ещё загружается; попробуйте через мгновение.
review-readability = { $words ->
    [one] { $words } слово
    [few] { $words } слова
   *[other] { $words } слов
} в { $sentences ->
    [one] { $sentences } предложении
   *[other] { $sentences } предложениях
} (в среднем { $average }, самое длинное { $longest }); читается за { $minutes } мин.
# The workshop kit
cli-cmd-demo = Открыть в мастере копию образцовой истории шаблона, чтобы показать, как выглядит хорошая история
cli-arg-demo-template = Шаблон, чью образцовую историю открыть
cli-cmd-workshop = Инструменты тренера для папки с черновиками семинара
cli-cmd-workshop-status = По строке на каждый черновик в папке: войдёт ли он в книгу и почему, автор, название, готовые обязательные шаги, слова, замечания, нерешённые комментарии, когда сохранён
cli-arg-workshop-status-dir = Папка с черновиками участников
cli-value-dir = ПАПКА
cli-arg-workshop-status-table = text (таблица), json или csv
cli-value-table = ФОРМАТ
cli-value-table-text = Таблица для чтения
cli-value-table-json = JSON, по объекту на черновик
cli-value-table-csv = CSV для электронной таблицы, по строке на черновик
cli-arg-workshop-status-recursive = Читать черновики и во вложенных папках
cli-arg-workshop-status-layout = Макет, в котором книга показала бы каждую историю (как в workshop compile). Без него — печатный макет каждой истории
cli-arg-workshop-status-dictionaries = Папка со словарями Hunspell (.aff и .dic); в ней ищут раньше, чем в системе
cli-cmd-templates-new = Скопировать шаблон в вашу папку шаблонов под новым id, чтобы изменить его
cli-arg-templates-new-id = Id нового шаблона (строчные латинские буквы, цифры, - и _)
cli-arg-templates-new-from = Шаблон, с которого начать
cli-value-from = ШАБЛОН
err-demo-needs-terminal = Образцовая история открывается в мастере: запустите povestitor demo в окне терминала.
err-template-exists = { $path } уже существует; выберите другой id или сначала удалите эту папку.
err-bad-template-id = «{ $id }» не может быть id шаблона: используйте строчные латинские буквы, цифры, - и _, начиная с буквы.
err-no-config-folder = В этой системе нет папки настроек для ваших шаблонов; используйте --templates ПАПКА.
templates-copied = Шаблон находится в { $path }. Меняйте его тексты там; он используется как «{ $id }» (проверка: povestitor templates validate "{ $path }").
workshop-empty = В этой папке нет черновиков (файлов .toml).
workshop-unreadable = (не читается: см. ниже)
workshop-col-file = Файл
workshop-col-steps = Шаги
workshop-col-words = Слова
workshop-col-comments = Комментарии
workshop-col-saved = Сохранён
workshop-in-book = войдёт в книгу
workshop-left-out = не войдёт в книгу
workshop-legend = Шаги: готовые обязательные из скольких (+ готовые необязательные). ✗ исправить (история не войдёт в книгу), ! проверить, • советы. Комментарии: рецензента, ещё не решённые.

# Photos and dates
details-date-read = То есть { $date }.
details-date-refused = Это не дата: напишите, например, 20.05.2016 или 20 мая 2016. В истории остаётся прежняя дата.
picker-title = Выберите фотографию
picker-search = Поиск:
picker-looking = Ищу в: { $folders }
picker-none = Здесь нет фотографий. Положите её в одну из этих папок или вставьте путь к файлу в поле «Файл».
picker-no-match = Ни в одном имени нет «{ $text }».
picker-refused = Word её не примет: сохраните как JPEG
photo-taken = Фотография теперь рядом с историей: { $path }
photo-take-failed = Не удалось скопировать фотографию: { $error }
help-choose-photo = на пустом «Файле» фотографии: выбрать её из ваших фото
keys-take-photo = взять
# When the disk fails
help-save-copy = сохранить копию истории в «Документы» (когда её папку нельзя записать)
status-save-copy-hint = Текст остаётся здесь. Ctrl+K: копия в «Документы».
status-copy-saved = Копия истории сохранена в { $path }.
status-save-copy-made = Текст остаётся здесь; копия — в { $name }.
quit-unsaved-title = История не сохранена
quit-unsaved-why = Последние слова не удалось сохранить в файле истории; пока они есть только здесь, на экране.
quit-unsaved-quit = выйти, сохранив все слова в копии в папке
quit-unsaved-copy = сделать эту копию сейчас и продолжить писать
quit-unsaved-back = вернуться к истории
rescue-written = Историю не удалось сохранить в { $draft }; все слова сохранены в копии. Чтобы продолжить её писать: povestitor edit "{ $path }"
rescue-failed = Историю не удалось сохранить в { $draft }, и копию записать тоже не удалось. Её текст выведен выше: выделите его и сохраните где-нибудь, прежде чем закрыть это окно. Причина: { $error }
help-recover = взять более новые слова, оставшиеся от прерванного сохранения
status-leftover = Прерванное сохранение ({ $time }) оставило более новые слова. Ctrl+O берёт их в историю.
status-no-leftover = Прерванного сохранения нет.
status-recovered = Слова прерванного сохранения теперь в истории.
# Compile and worksheet
cli-cmd-workshop-compile = Один документ со всеми готовыми историями папки: титульная страница, содержание, затем каждая история в макете
cli-arg-workshop-compile-dir = Папка с черновиками участников
cli-arg-workshop-compile-layout = Макет, в котором показана каждая история, например biblio-info (см.: povestitor templates show ID). Без него — печатный макет каждой истории
cli-arg-workshop-compile-doc = docx (Word), md (Markdown) или html (веб-страница). Без него — по расширению файла (иначе Word)
cli-arg-workshop-compile-title = Заголовок на первой странице книги. Без него — book_title из настроек, иначе «Истории успеха» на языке книги
cli-value-title = ЗАГОЛОВОК
cli-arg-workshop-compile-subtitle = Строка под заголовком. Без неё — book_subtitle из настроек, иначе строка на языке книги
cli-value-subtitle = СТРОКА
cli-value-doc = ФОРМАТ
cli-value-doc-docx = Документ Word, A4 (это не текст: запишите его в файл с -o)
cli-value-doc-md = Markdown
cli-value-doc-html = Веб-страница, чтобы распечатать или отправить
cli-arg-workshop-compile-file = Файл, в который записать; для md и html фотографии копируются рядом
cli-arg-workshop-compile-force = Заменить файл, если он уже есть
cli-arg-workshop-compile-order = Порядок историй
cli-value-order = ПОРЯДОК
cli-value-order-file = По имени файла, как их показывает папка
cli-value-order-title = По заголовку, по алфавиту
cli-value-order-author = По автору, затем по заголовку
cli-cmd-worksheet = Рабочий лист для семинара, чтобы распечатать: каждый шаг шаблона с вопросом, советами, примером и строками для записи
cli-arg-worksheet-template = Шаблон, шаги которого показывает лист (см.: povestitor templates list)
cli-arg-worksheet-doc = docx (Word), md (Markdown) или html (веб-страница). Без него — по расширению файла (Markdown, если выводится на экран)
cli-arg-worksheet-file = Файл, в который записать. Без него лист выводится на экран (docx — только в файл или канал)
cli-arg-worksheet-force = Заменить файл, если он уже есть
compile-title = Истории успеха
compile-subtitle = Истории, написанные библиотекарями
compile-contents = Содержание
compile-count = { $count ->
    [one] { $count } история
    [few] { $count } истории
    [many] { $count } историй
   *[other] { $count } истории
}
compile-left-out = { $file } не вошёл в документ: { $reason }
compile-no-layout = в его шаблоне { $template } нет макета { $layout }.
compile-needs-work = помощник находит { $count ->
    [one] { $count } ошибку
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
}, которые нужно сначала исправить ({ $first }); см.: povestitor check { $file }
compile-written = Документ записан в { $path }: { $count ->
    [one] { $count } история
    [few] { $count } истории
    [many] { $count } историй
   *[other] { $count } истории
}.
compile-written-some-left = Документ записан в { $path }: { $count ->
    [one] { $count } история
    [few] { $count } истории
    [many] { $count } историй
   *[other] { $count } истории
}; { $left ->
    [one] { $left } черновик не вошёл
    [few] { $left } черновика не вошли
    [many] { $left } черновиков не вошли
   *[other] { $left } черновика не вошли
} (см. выше).
err-nothing-to-compile = { $count ->
    [0] В { $path } нет черновиков (файлов .toml), поэтому в документ нечего поместить.
    [one] Единственный черновик из { $path } не вошёл (см. выше), поэтому документ не записан.
   *[other] Ни один из черновиков { $path } ({ $count }) не вошёл (см. выше), поэтому документ не записан.
}
worksheet-name-line = Имя и библиотека:
worksheet-guidance = Советы:
worksheet-example = Пример:
worksheet-written = Рабочий лист записан в { $path }

# Review comments
cli-cmd-review = Открыть черновик в мастере для рецензии: комментарии к любому шагу, ответы только для чтения
cli-arg-review-file = Черновик (файл .toml)
cli-arg-review-reviewer = Ваше имя, которое показывается при каждом комментарии. Без него — имя, указанное в прошлый раз, иначе «Тренер»
cli-value-reviewer = ИМЯ
err-review-needs-terminal = Черновик { $path } рецензируется в окне терминала; откройте терминал (например, Windows Terminal) и выполните там: povestitor review "{ $path }"
review-default-reviewer = Тренер
header-reviewing = рецензия: { $name }
comment-writing = Комментарий: { $name }
comments-heading = Комментарии (не решено: { $open })
help-write-comment = при рецензии: написать комментарий к шагу на экране
help-add-comment = в комментарии: добавить его к шагу
help-cancel-comment = в комментарии: выйти, не добавляя его
help-next-comment = выбрать следующий комментарий тренера к шагу
help-resolve-comment = отметить выбранный комментарий как решённый (ещё раз — снова открыть)
keys-comment = комментарий
keys-add-comment = добавить
keys-cancel-comment = отмена
keys-next-comment = следующий
keys-resolve-comment = решено
status-comment-added = Комментарий сохранён в шаге «{ $step }».
status-comment-resolved = Комментарий отмечен как решённый.
status-comment-reopened = Комментарий снова открыт.
status-review-read-only = При рецензии ответы остаются такими, как их написала библиотекарь; { $key } — написать комментарий.
review-open-comments = Нерешённые комментарии тренера: { $count }

## Простой режим (povestitor edit --plain): строки текста для экранных дикторов и каналов.
cli-arg-edit-plain = Простой режим для экранных дикторов: шаги строками текста, без рисования на весь экран и без цветов; работает и с вводом через канал
cli-arg-new-plain = Простой режим для экранных дикторов: шаги строками текста, без рисования на весь экран и без цветов; работает и с вводом через канал
plain-opened = История { $path }, шаблон «{ $template }». Простой режим: каждый шаг задаётся текстом.
plain-how = Ответ в одну строку заканчивается клавишей Enter. Длинный ответ заканчивается пустой строкой; каждая строка — абзац. Пустой ответ сохраняет нынешний. Каждый ответ сохраняется сразу.
plain-commands = Команды, каждая на отдельной строке:
plain-cmd-back = :назад
plain-cmd-back-does = вернуться к предыдущему шагу
plain-cmd-skip = :дальше :пропустить
plain-cmd-skip-does = перейти к следующему шагу, сохранив ответ
plain-cmd-help = :помощь :советы
plain-cmd-help-does = советы и пример шага, и эти команды
plain-cmd-check = :проверить
plain-cmd-check-does = чего ещё не хватает истории
plain-cmd-export = :экспорт
plain-cmd-export-does = записать статью (Word, веб-страница, текст или Markdown)
plain-cmd-clear = :очистить
plain-cmd-clear-does = очистить ответ или поле цитаты либо фотографии
plain-cmd-remove = :удалить
plain-cmd-remove-does = удалить цитату или фотографию, о которой идёт речь
plain-cmd-quit = :выход :выйти
plain-cmd-quit-does = сохранить и закончить (конец ввода делает то же)
plain-required = (обязательно)
plain-no-answer = Ответа пока нет.
plain-current = Нынешний ответ:
plain-current-end = Конец нынешнего ответа.
plain-type-line = Напишите ответ в одну строку и нажмите Enter.
plain-type-text = Напишите ответ, затем пустую строку.
plain-type-items = Каждая спрашивается по полям; пустая строка оставляет поле как есть.
plain-type-details = Пустая строка оставляет каждое из них как есть.
plain-saved = Сохранено.
plain-kept = Ответ остаётся прежним.
plain-left-empty = Ответа нет; к этому шагу можно вернуться позже.
plain-cleared = Очищено и сохранено.
plain-go-on = Продолжайте ответ; пустая строка его заканчивает.
plain-first-step = Это первый шаг.
plain-remove-items-only = { $remove } удаляет цитату или фотографию; в этом шаге их нет.
plain-no-items = Пока нет.
plain-item-new = { $item }, новая запись. Оставьте первое поле пустым, чтобы закончить список и идти дальше.
plain-item-edit = { $item } из { $count }.
plain-field-empty = { $label } (пусто):
plain-field-now = { $label } (сейчас: { $value }):
plain-choice = { $label } (сейчас: { $value }). Напишите да или нет:
plain-choice-consent = { $label } (сейчас: { $value }). Напишите да, подписано (подписанная форма хранится в библиотеке) или нет:
plain-not-recorded = не записано
plain-yes-or-no = Напишите да или нет, или пустую строку, чтобы оставить как есть.
plain-yes-signed-or-no = Напишите да, подписано или нет, или пустую строку, чтобы оставить как есть.
plain-item-removed = { $item }: удалено.
plain-save-failed = Историю не удалось сохранить: { $error }
plain-end = Все шаги пройдены. История сохранена в { $path }.
plain-end-commands = Напишите { $check }, { $export } или { $back }, или пустую строку, чтобы закончить.
plain-end-not-a-command = Здесь это не команда.
plain-choose = Напишите число от 1 до { $count }; пустая строка выбирает 1.
plain-export-path = Сохранить как (пустая строка выбирает { $path }):
plain-export-replace = { $path } уже существует. Заменить? Напишите да или нет.
plain-export-cancelled = Ничего не экспортировано.
plain-draft-exists = { $path } уже существует; чтобы продолжить, выполните: povestitor edit --plain "{ $path }"
plain-bye = История сохранена в { $path }. До свидания.
plain-new-needs-file = С --plain команде new нужно имя файла для черновика, например: povestitor new --plain --template success-story story.toml
plain-coach = Замечания помощника по тексту:
## Конфигурация и проверка
cli-cmd-doctor = Показать, где лежат шаблоны, черновики, словари, конфигурация и настройки, можно ли ими пользоваться и как исправить то, что не работает
cli-arg-doctor-report = Записать ещё и отчёт, чтобы приложить к письму: версия, система, конфигурация, эти результаты и последние строки журнала (без пароля, без слов историй). Без ФАЙЛА — povestitor-report.txt в текущей папке
cli-value-report = ФАЙЛ
cli-cmd-config = Файл конфигурации: где он и что сейчас действует
cli-cmd-config-path = Показать, где файл конфигурации и существует ли он
cli-cmd-config-show = Показать действующую конфигурацию и откуда взято каждое значение
err-config-invalid = { $problem }. Исправьте эту строку конфигурации или удалите её (каждый ключ описан в руководстве библиотекаря, раздел «Настройка»).
err-config-read = Не удаётся прочитать конфигурацию { $path }: { $reason }. Проверьте, что файл можно открыть.
err-no-layout = Укажите макет через --layout (например, --layout blog) или задайте `layout` в конфигурации (см.: povestitor config path).
err-no-format = Укажите формат через --format (docx, html, md или txt) или задайте `format` в конфигурации (см.: povestitor config path).
config-path-exists = Файл существует; povestitor config show покажет, что действует.
config-path-missing = Файла ещё нет: создайте его, когда захотите что-то изменить (пример — в руководстве библиотекаря, раздел «Настройка»).
config-path-none = Система не даёт папки для конфигурации; укажите файл конфигурации переменной POVESTITOR_CONFIG.
config-show-no-file = файла конфигурации нет: это значения по умолчанию
config-source-file = конфигурация
config-source-lang-flag = --lang
config-source-log-flag = --log
config-source-system = язык системы
config-source-settings = запомнено с прошлой истории
config-unset = не задано
doctor-config = Конфигурация
doctor-settings = Настройки (что помнит программа)
doctor-drafts = Черновики
doctor-photo-cache = Фотографии, подготовленные для документов и блогов (хранится { $kept } МБ из не более чем { $bound } МБ)
doctor-builtin-templates = Встроенные шаблоны ({ $count })
doctor-user-templates = Ваши шаблоны
doctor-template-folder = Папка шаблонов из конфигурации
doctor-dictionary-folder = Папка словарей из конфигурации
doctor-dictionary = Словарь { $language }
doctor-fine = в порядке
doctor-built-in = встроен в программу, в порядке
doctor-optional = нет (нужно, только если хотите)
doctor-will-be-made = ещё нет; появится, когда понадобится
doctor-missing = нет
doctor-not-found = не найден
doctor-unreadable = не читается ({ $reason })
doctor-not-writable = нельзя записать ({ $reason })
doctor-invalid = есть ошибки
doctor-fix-label = Что сделать
doctor-fix-templates = Проверьте шаблоны командой: povestitor templates validate "{ $path }"
doctor-fix-invalid = Переместите файл { $path } в другое место; программа создаст новый.
doctor-fix-folder-missing = Создайте папку { $path } или уберите её из { $key } в { $config }.
doctor-fix-dictionary = Установите системный словарь Hunspell для «{ $language }» (в Debian или Ubuntu: hunspell-{ $language }) или положите его файлы .aff и .dic в папку и укажите её в { $key } в { $config }. До тех пор орфография на этом языке не проверяется.
doctor-fix-not-writable = Разрешите запись в { $path } (в его свойствах или попросив того, кто обслуживает компьютер) или используйте папку, в которую можно писать.
doctor-fix-unreadable = Проверьте, что { $path } существует и открывается.
doctor-all-fine = Всё в порядке.
doctor-needs-attention = { $count ->
    [one] { $count } вещь требует внимания: см. «Что сделать» выше.
    [few] { $count } вещи требуют внимания: см. «Что сделать» выше.
   *[many] { $count } вещей требуют внимания: см. «Что сделать» выше.
}
log-cannot-start = Журнал нельзя записать в { $path } ({ $reason }); программа работает без него.
doctor-report-written = Отчёт в { $path }: приложите его к письму. В нём нет ни пароля, ни слов ваших историй.
doctor-report-cannot-write = Не удаётся записать отчёт { $path } ({ $reason }). Укажите другой файл: povestitor doctor --report ФАЙЛ
doctor-report-title = povestitor: отчёт об ошибке
doctor-report-made = Составлен
doctor-report-system = Система
doctor-report-language = Язык интерфейса
doctor-report-log = Журнал
doctor-report-log-on = ведётся
doctor-report-log-off = не ведётся: добавьте --log к команде, которая работает неправильно, или log = true в конфигурацию
doctor-report-config = Конфигурация
doctor-report-findings = Что нашёл doctor
doctor-report-log-lines = Последние строки журнала
doctor-report-no-log = Журнала ещё нет: запустите с --log команду, которая работает неправильно, и составьте отчёт снова.

## Приветствие при первом запуске
welcome-title = Добро пожаловать в povestitor
welcome-what = povestitor помогает шаг за шагом написать историю успеха вашей библиотеки, с вопросом и примером на каждом шаге, и превращает её в статью: документ Word для журнала, HTML для блога или текст.
welcome-keys = Три клавиши, которые стоит запомнить
welcome-key-steps = следующий или предыдущий шаг
welcome-key-help = все клавиши, когда понадобится
welcome-key-quit = выход; всё сохраняется по ходу письма
welcome-drafts = Черновики хранятся в папке
welcome-any-key = Нажмите любую клавишу, чтобы начать.
## Публикация в WordPress (povestitor publish)
cli-cmd-publish = Отправить черновик в блог библиотеки на WordPress как неопубликованную запись, с фотографиями (повторная отправка обновляет ту же запись)
cli-arg-publish-draft = Черновик (файл .toml)
cli-arg-publish-site = Адрес блога, например https://biblioteca.md
cli-value-site = АДРЕС
cli-arg-publish-user = Ваше имя пользователя в блоге (пароль приложения берётся из POVESTITOR_WP_PASSWORD или запрашивается)
cli-value-user = ИМЯ
cli-arg-publish-layout = Макет публикации (см.: povestitor templates show ID)
cli-arg-publish-update-live = Обновить запись, созданную из этого черновика, даже если она уже опубликована в блоге или её там с тех пор изменили (её статус не меняется)
cli-arg-publish-allow-http = Отправлять на адрес http:// другого компьютера: пароль приложения и история передаются без шифрования, их может прочитать любой на пути (об этом выводится предупреждение)
publish-password-prompt = Пароль приложения пользователя { $user } на { $site } (при вводе не отображается): 
publish-unencrypted = Внимание: { $site } — не https, поэтому пароль приложения и история передаются без шифрования: любой на пути (сеть Wi-Fi, провайдер) может прочитать пароль и войти под вашим именем. Перейдите на адрес https://, как только он появится у блога.
publish-signed-in = Вход на { $site } выполнен.
publish-post-gone = Записи { $id } больше нет на сайте (её удалили); создаётся новый черновик.
publish-post-other-file = Запись { $id } была отправлена из другого файла ({ $file }), а не из этого: она остаётся как есть, создаётся новый черновик.
publish-post-not-known = Черновик ссылается на запись { $id }, но ничто не показывает, что её отправили из этого файла (это копия другого черновика?): запись остаётся как есть, создаётся новый черновик.
publish-post-changed = Запись { $id } изменили на сайте после того, как этот черновик отправил её в последний раз: она остаётся как есть, с этими изменениями, создаётся новый черновик.
publish-photo-uploaded = Фотография { $number } из { $total } загружена: { $file }
publish-photo-kept = Фотография { $number } из { $total } уже есть на сайте, без изменений: { $file }
publish-created = Черновик записи на сайте: { $link } (проверьте его в WordPress, затем нажмите «Опубликовать»).
publish-updated = Запись обновлена (статус: { $status }): { $link }
err-publish-bad-address = «{ $site }» — не веб-адрес; укажите адрес блога, например https://biblioteca.md
err-publish-unencrypted = { $site } — незащищённый адрес (не https): пароль приложения передавался бы без шифрования, и его мог бы прочитать любой на пути (сеть Wi-Fi, провайдер). Укажите адрес блога с https://; если его действительно нет, из командной строки можно отправить всё равно: povestitor publish --allow-http (на свой риск).
err-publish-elsewhere = { $site } перенаправляет на другой адрес, { $to }; пароль и история отправляются только на указанный адрес, поэтому туда ничего не отправлено. Если { $to } — это блог, укажите этот адрес; если нет, сообщите администратору сайта.
err-publish-unreachable = Не удаётся связаться с { $site } ({ $detail }); проверьте адрес и подключение к интернету и попробуйте снова.
err-publish-host-not-found = Имя из адреса { $site } не найдено в интернете; проверьте, правильно ли написан адрес блога, и подключение к интернету.
err-publish-timeout = { $site } не ответил за { $seconds } с; попробуйте позже (POVESTITOR_WP_TIMEOUT задаёт, сколько секунд ждать).
err-publish-no-api = { $site } не показывает REST API WordPress; проверьте, что это адрес блога и что никакой плагин не отключил REST API.
err-publish-app-passwords-off = { $site } не принимает пароли приложений (им нужен https, или их отключил плагин либо хостинг); обратитесь к администратору сайта.
err-publish-credentials = { $site } не принял пользователя «{ $user }» с этим паролем приложения; проверьте имя пользователя или создайте новый пароль приложения (Пользователи → Профиль → Пароли приложений).
err-publish-forbidden = Пользователь «{ $user }» не может { $action } на { $site }; попросите у администратора сайта роль автора или редактора.
publish-action-edit-posts = изменять записи
publish-action-upload-files = загружать файлы
publish-action-read-tags = читать метки
publish-action-create-tags = создавать метки
publish-action-create-posts = создавать записи
err-publish-photo-too-large = Фотография { $photo } слишком велика для { $site }; сохраните уменьшенную копию (это умеет любой фоторедактор) и измените путь к ней в черновике или попросите администратора увеличить ограничение на загрузку.
err-publish-server = { $site } вернул ошибку HTTP { $status } ({ $detail }); попробуйте позже или сообщите администратору сайта.
err-publish-unexpected = { $site } дал ответ, какого WordPress не даёт ({ $detail }); проверьте адрес или сообщите администратору сайта.
err-publish-post-live = Запись { $id }, отправленная из этого черновика, уже опубликована на { $site } (статус: { $status }), поэтому ничего не отправлено. Чтобы изменить опубликованную запись по этому черновику, выполните: povestitor publish --update-live "{ $draft }" --site { $site } --user { $user } (чтобы оставить её как есть и создать новый черновик, опубликуйте копию черновика, сохранённую под другим именем).
err-publish-no-password = Нет пароля приложения: задайте POVESTITOR_WP_PASSWORD или запустите publish в терминале, чтобы ввести его.
err-publish-cancelled = Отправка остановлена до того, как запись была создана: в блоге нет ничего нового, кроме уже загруженных фотографий, которые использует следующая отправка.
