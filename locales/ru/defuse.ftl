### Интерфейс Defuse на русском языке (ru): все подписи, кнопки, уведомления и тексты раздаточных материалов.

search_label = Поиск
search_hint = Что происходит? Например: кричит, возврат, не может выбрать
no_results = По этим словам ничего не найдено. Попробуйте другие слова, например «кричит» или «возврат», или выберите ниже.
safety_button = ⚠ Безопасность: угрозы или вред себе
safety_short = ⚠ Безопасность
safety_tooltip = Угрозы, насилие или человек, который говорит, что причинит себе вред
safety_heading = Кто-то в опасности
help = Справка и клавиши
action = Действие
keys = Клавиши
key_rules_heading = Как работают клавиши и курсор
key_rules =
    На странице «Главная» курсор всегда в строке поиска: просто начните печатать.
    На любой другой странице ввод текста тоже запускает поиск (кроме страницы «Тренировка»).
    Esc сначала закрывает открытое меню или список и больше ничего не делает.
    На странице «Главная» Esc ничего не делает.
    В результатах поиска Esc очищает поиск; если поиск начат с другой страницы, вы вернётесь на неё.
    На любой другой странице Esc возвращает на предыдущую страницу: после F2 с карточки — обратно к карточке.
    PageUp, PageDown, ↑, ↓, Пробел, Home и End прокручивают открытую страницу.
    На странице «Тренировка» клавиши Пробел, Enter, 1 и 2 управляют тренировкой, если курсор не в поле ответа.
    Когда вы открываете результат, поиск очищается, чтобы старый запрос не оставался над карточкой.
    Клавиши F1–F12 и сочетания с Ctrl работают везде, даже пока вы печатаете, и закрывают меню.
    Ctrl+K открывает палитру команд с курсором в её поле: ↑, ↓ и Enter — выбор; Esc закрывает её и возвращает курсор туда, где он был.
    В текстовом поле / печатает косую черту, а Esc очищает поле.
    Во время показа: номер слайда и Enter — переход к нему; щелчок — дальше.
    Во время показа Esc закрывает сетку слайдов или чёрный либо белый экран; Esc на слайде завершает показ, а F5 продолжает с того же места.
no_favourites = В избранном пока пусто. Откройте карточку и нажмите ☆ (Ctrl+D), чтобы добавить её сюда.
showing_phrases =
    Показано { $shown } из { $total ->
        [one] { $total } пары фраз
        [few] { $total } пар фраз
       *[many] { $total } пар фраз
    }
filter_hint = например: возврат, администратор
filter_text = Отфильтровать эти пары
browse_all = Все типы клиентов
missed_heading = Запросы без результатов
missed_setting = Запоминать запросы без результатов (только на этом компьютере)
missed_none = Пока ничего нет.
missed_clear = Очистить список
showing_for = Показаны результаты по запросу:
search_nothing = По запросу «{ $query }» ничего не найдено. Попробуйте другие слова, например «кричит» или «возврат».
search_weak = По запросу «{ $query }» точных совпадений нет. Ближайшее:
weak_results = Не то, что нужно? Попробуйте другие слова или:
# Under a result whose words were not typed: found by the sentence model.
matched_by_meaning = найдено по смыслу
# The one notice when the sentence model cannot load; $why is the reason.
meaning_off = Поиск по смыслу отключён ({ $why }); поиск по словам работает как обычно.
contacts = Кому звонить
# A contact the site has not given a number yet, in "Who to call".
not_set = не указано
# The button under "Who to call" that opens the Site contacts page.
set_site_contacts = Указать контакты объекта…
# The Packs page: its menu entry and heading, and its parts.
packs = Пакеты
packs_intro = Собственные рекомендации вашей организации, добавленные поверх встроенных в таком порядке: элемент из более позднего пакета заменяет элемент с тем же id из более раннего.
packs_meaning_progress =
    Поиск по смыслу ещё читает пакеты: { $done } из { $total ->
        [one] { $total } фрагмента
        [few] { $total } фрагментов
       *[many] { $total } фрагментов
    }. Пока он не закончит, их элементы находятся только по словам.
packs_none = Пакеты не загружены: показаны только встроенные рекомендации.
pack_counts =
    { $items ->
        [one] { $items } элемент добавлен или заменён
        [few] { $items } элемента добавлены или заменены
       *[many] { $items } элементов добавлено или заменено
    }, скрыто: { $hidden }
pack_due =
    { $n ->
        [one] { $n } элемент пора пересмотреть
        [few] { $n } элемента пора пересмотреть
       *[many] { $n } элементов пора пересмотреть
    }
pack_unsigned = Без подписи
pack_signed_unchecked = Подписан ключом { $key }; не проверен, так как этот компьютер не доверяет ни одному ключу (site.ron: trusted_keys)
pack_signed = Подписан доверенным ключом { $key }, все файлы без изменений
packs_how = Установите пакет кнопками выше или командой `defuse install-pack PATH` (папка или .zip): сначала пакет проверяется, и устанавливается только пакет без ошибок. Установленные пакеты хранятся в { $folder }; чтобы сначала опробовать пакет, запустите `defuse --content PATH`.
reload_packs = Перезагрузить пакеты
packs_reloaded = Пакеты перезагружены
# While the packs load after the window opened, and if their thread failed.
packs_loading = Загружаем пакеты вашей организации…
packs_not_loaded = Не удалось прочитать пакеты: показаны встроенные рекомендации.
# "Install pack…" on the Packs page: its two buttons, the dialog's title, while it runs, and how it went.
install_pack_folder = Установить пакет из папки…
install_pack_zip = Установить пакет из .zip…
install_pack_title = Пакет для установки
installing_pack = Устанавливаем пакет…
pack_installed = Пакет { $pack } установлен
pack_no_data_dir = Здесь нет папки данных для установки пакетов: задайте DEFUSE_DATA_DIR или используйте --content PATH
item_gone = Страницы, которая была открыта, больше нет в содержимом (изменился пакет).
# Under an item's title: the pack it came from, and a review that is due.
from_pack = Из пакета { $pack }
due_for_review = пора пересмотреть
from_bundled = Из встроенных материалов
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = Ещё не переведено: показано на английском
# The Site contacts page: its menu entry and heading, and its parts.
site_contacts = Контакты объекта…
site_intro = Номер или способ связи для каждого контакта на этом объекте. F2 и все карточки по безопасности показывают их крупно в блоке «Кому звонить»; пустое поле отображается как «не указано».
site_country = Страна
site_choose_country = Выберите страну…
site_preset_note = Выбор страны заполняет номера полиции, скорой помощи, пожарной службы и телефона доверия: проверьте их и нажмите «Сохранить».
site_save = Сохранить
site_saved = Сохранено.
site_kept_in = Хранится в { $path }, только на этом компьютере.
site_not_kept = В этом запуске не сохраняется на диск (снимок экрана или тест).
site_no_preset = Для страны «{ $code }» нет готовых номеров.
example_note = Пример: адаптируйте под правила вашей компании
more_phrases = Ещё фразы ({ $n })
customer_types = Типы клиентов
favourites = Избранное
recent = Недавно открытые
sections = Другие разделы
phrases = Как сказать лучше
playbooks = Алгоритмы
principles = Принципы
recognise = Как распознать
what_to_do = Что делать
say_this = Как сказать лучше
dont_say = Не говорите
say_instead = Лучше скажите
why = Почему
escalate = Когда звать на помощь
see_also = См. также
fits = Подходит для
sources = Источники
copy = Копировать
show_in = Показать на языке клиента…
show_in_hint = Открыть эту фразу крупно на языке клиента, чтобы показать ему экран
for_the_customer = Поверните экран к клиенту. Внизу — та же фраза на вашем языке.
copied = Скопировано
star = ☆ В избранное
unstar = ★ В избранном
back = ⬅ Назад
home = Главная
all_situations = Все ситуации
filter_phrases = Ситуация
ladder_hint = Поднимайтесь только до той ступени, которая действительно нужна.
theme_system = Тема: системная
theme_light = Тема: светлая
theme_dark = Тема: тёмная
theme_high_contrast = Тема: высокий контраст
zoom_in = Увеличить
zoom_out = Уменьшить
zoom_reset = Сбросить масштаб
cycle_theme = Сменить тему
# The menu of languages, each named in itself.
language_menu = Язык
# The ☰ button's name, for screen readers.
menu = Меню
focus_search = Поиск
# The command palette (Ctrl+K): its name in menus and help, its box and its rows.
palette = Перейти к… (палитра команд)
palette_hint = Карточка, фраза, презентация, слайд («ffm 5») или команда
palette_none = Ничего с таким названием нет.
# A slide in the palette: the deck's title and the slide's number.
palette_slide = { $deck }, слайд { $n }
kind_slide = Слайд
kind_command = Команда
not_found = Этого элемента нет в загруженном содержимом.
dismiss = ОК
kind_customer_type = Тип клиента
kind_phrase = Как сказать лучше
kind_playbook = Алгоритм
kind_principle = Принцип
kind_deck = Учебная презентация
decks = Учебные презентации
deck_meta =
    Для кого: { $audience } · { $minutes } мин · { $slides ->
        [one] { $slides } слайд
        [few] { $slides } слайда
       *[many] { $slides } слайдов
    }
outline = План
free_slide = Слайд
how = Как это делать
continued = продолжение
present = Начать показ
present_nothing = Откройте учебную презентацию или карточку, чтобы показать её.
next_slide = Следующий слайд или пункт
previous_slide = Предыдущий слайд или скрыть пункт
first_slide = Первый слайд
last_slide = Последний слайд
black_screen = Чёрный экран (ещё раз — вернуться)
white_screen = Белый экран (ещё раз — вернуться)
slide_grid = Все слайды (выбрать нужный)
toggle_presenter = Режим докладчика: вкл./выкл.
projector_theme = Проектор: тёмное на светлом или светлое на тёмном
leave_presentation = Завершить показ
presenter_title = Defuse: режим докладчика
presenter_move = Это окно может быть видно группе: перетащите его на свой экран (или нажмите S, чтобы скрыть).
now_showing = На экране
up_next = Далее
next_reveal = Далее: остальное на этом слайде
end_of_deck = Конец презентации
notes = Заметки
questions = Вопросы группе
roleplay = Ролевая игра
roleplay_customer = Клиент
roleplay_wants = Чего хочет
roleplay_practise = Что тренируем
# The role-play cards: the staff player's card, the observer's, and their lines.
roleplay_staff = Сотрудник
roleplay_observer = Наблюдатель
roleplay_task = Ваша задача
roleplay_watch = Обратите внимание
slide_of = Слайд { $n } из { $m }
elapsed = Прошло
pause = Пауза
resume = Продолжить
reset = Сбросить
clock = Время
on_time = По графику
behind =
    { $n ->
        [one] Отставание на { $n } минуту
        [few] Отставание на { $n } минуты
       *[many] Отставание на { $n } минут
    }
ahead =
    { $n ->
        [one] Опережение на { $n } минуту
        [few] Опережение на { $n } минуты
       *[many] Опережение на { $n } минут
    }
typed_slide = Перейти к слайду { $n }: Enter
practise = Тренировка
show_answer = Показать наш вариант
had_the_idea = Мой ответ близок
practise_again = Потренировать ещё
practice_nothing = Здесь нет пар фраз для тренировки.
practice_position = Пара { $n } из { $m }
situation = Ситуация
your_words = Что бы вы сказали? (необязательно, видно только вам)
your_words_hint = Напишите свой вариант или просто продумайте его
round_done = Раунд окончен. Тренируйтесь снова, когда захотите.
to_review = Стоит повторить
nothing_to_review = В этот раз повторять нечего.
new_round = Начать новый раунд
print_handouts = Распечатать материалы…
handouts_intro = Создаёт одну веб-страницу, которую можно распечатать из любого браузера. Интернет для неё не нужен, и ссылок на внешние сайты в ней нет.
handout_what = Что печатать
handout_all = Все карточки типов клиентов и алгоритмы
handout_layout = Вид
layout_cards = Карточки: по одному элементу на странице, для участников
layout_pocket = Карманные карточки: пары фраз, четыре карточки A6 на листе
layout_notes = Заметки тренера: каждый слайд с заметками и вопросами (оставьте себе)
layout_roleplay = Карточки для ролевой игры: задания клиента, сотрудника и наблюдателя, чтобы вырезать
handout_two_up = Две короткие страницы на листе (экономит бумагу)
handout_paper = Бумага
handout_folder = Папка
choose_folder = Выбрать…
choosing_folder = Выбор папки…
choose_folder_title = Куда сохранить раздаточные материалы
write_handout = Создать файл для печати
handout_written = Готово: { $path }. Откройте файл в браузере и распечатайте.
open_folder = Открыть папку
page_of = { $n } из { $m }
handout_everything = Defuse: типы клиентов и алгоритмы
handout_no_pairs = В этом материале нет пар фраз.
unknown_source = (источник неизвестен)
for_the_trainer = Для тренера
trainer_only = Заметки тренера: не для участников
your_numbers = Ваши номера (впишите)
# The heading over a card's best pairs on a printed card.
say_lines = Что сказать
# Model answers, after a slide's questions in the trainer's copy.
answers = Хорошие ответы
handout_no_roleplays = В этом материале нет ролевых игр.
run_sheet = Расписание занятия
run_slide = Слайд
run_title = Название
run_minutes = Минуты
run_start = Начало
run_total = Итого
materials = Понадобится
before_class = Перед занятием
