### Справка, вывод и ошибки командной строки на русском языке, а также все ошибки,
### которые показывает приложение. Идентификаторы `help_` — справка по команде или
### параметру (`help_COMMAND` и `help_COMMAND_OPTION`, `defuse` — сама программа);
### остальные — методы `Strings` (src/strings/mod.rs).

## Разметка справки clap.
help_usage = Использование:
help_commands = Команды
help_arguments = Аргументы
help_options = Параметры
help_flag_help = Показать справку
help_flag_version = Показать версию
help_command_help = Показать справку по программе или по указанной команде
help_default = по умолчанию: { $value }
help_more = Подробнее: `{ $command } --help`.

## Программа и её параметры.
help_defuse = Настольное приложение-справочник для работы с трудными клиентами.
help_defuse_screenshot = Сохранить первый полностью отрисованный кадр в FILE (PNG), вывести время до его появления и завершить работу.
help_defuse_view = Что показать при запуске: home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (показ слайда N), presenter:DECK:N (тот же слайд в режиме докладчика) или to-customer:PAIR:LANG (фраза из пары, показанная клиенту на языке LANG).
help_defuse_size = Размер окна в логических пикселях, в виде WIDTHxHEIGHT.
help_defuse_theme = Цветовая тема: system, light, dark или high-contrast.
help_defuse_site_preset = Вместе с --screenshot: показать в блоке «Кому звонить» готовые номера страны (GB, US, ZA, MY, RO, RU, CN или MD), как будто они сохранены для объекта; site.ron не читается.
help_defuse_content = Наложить пакет (папку с pack.ron) поверх встроенного содержимого и установленных пакетов; параметр можно повторять, более поздний пакет имеет приоритет. Папка с sources.ron без pack.ron — это полная папка содержимого: она заменяет встроенное содержимое (и всё, что указано до неё).
help_defuse_kiosk = Работать в режиме киоска на общем компьютере магазина: во весь экран, без избранного, настроек и записи запросов без результатов; после простоя в SECONDS секунд — возврат на пустую «Главную» (по умолчанию 120, не меньше 15). То же самое включает `kiosk: Some(SECONDS)` в site.ron.
help_defuse_lang = Язык: en, ru, ro, af, ms или zh-Hans. Приложение открывается на нём в этом запуске (без параметра — на языке, выбранном в приложении, а если он не выбран — на языке системы); команды читают содержимое и выводят сообщения на этом языке (без параметра — на языке системы).

## Команды и их параметры.
help_search = Искать в рекомендациях, лучшие совпадения — первыми.
help_search_query = Что искать, словами сотрудника («клиент на меня кричит»).
help_search_limit = Наибольшее число результатов (от 1).
help_search_json = Вывести результаты в виде массива JSON (у каждого есть `origin`: bundled — встроенное содержимое — или имя пакета).
help_search_words_only = Искать только по словам, без модели поиска по смыслу.
help_show = Показать один элемент по id (`defuse show angry`).
help_show_id = Идентификатор (id) элемента, как его выводит `search`.
help_vectors = Записать векторы фрагментов содержимого для поиска по смыслу (assets/model/content-vectors.bin), а с --check — завершиться с ошибкой, если файл в репозитории устарел.
help_vectors_check = Только проверить, что векторы в репозитории соответствуют содержимому и модели.
help_vectors_packs = Вместо этого один раз вычислить векторы фрагментов установленных пакетов и папок из --content и сохранить их в кэш этого компьютера (приложение делает это в фоне).
help_vectors_out = Куда их записать.
help_present = Показать учебную презентацию (или любой элемент) во весь экран, с режимом докладчика.
help_present_id = Идентификатор презентации или элемента; если не указан — первая учебная презентация.
help_present_slide = Начать с этого слайда (нумерация с 1, как в счётчике слайдов при показе).
help_shortcuts = Вывести сочетания клавиш приложения в виде таблицы Markdown.
help_missed = Вывести запросы, после которых сотрудник ничего не открыл, начиная с самых частых (они записываются, только если это включено в настройках приложения).
help_missed_export = Записать их в FILE строками вида `query<TAB>count` вместо вывода на экран.
help_export = Записать раздаточные материалы для печати в DIR одним автономным HTML-файлом.
help_export_dir = Папка, в которую записать файл (создаётся, если её нет).
help_export_deck = Идентификатор учебной презентации; если не указан — все карточки типов клиентов и все алгоритмы.
help_export_paper = Размер листа: a4 или letter.
help_export_layout = cards (по одному элементу на странице), pocket (пары фраз, четыре карточки A6 на листе), notes (экземпляр тренера: расписание занятия, затем заметки докладчика, вопросы, ответы и ролевые игры) или roleplay (карточки клиента, сотрудника и наблюдателя, чтобы вырезать).
help_export_two_up = Печатать по две короткие страницы на листе (cards и notes); карточка по безопасности занимает отдельный лист.
help_check = Проверить встроенное содержимое вместе с установленными пакетами и папками из --content или одну папку: пакет (поверх встроенного содержимого) или полную папку содержимого (отдельно).
help_check_dir = Пакет (с pack.ron) или папка содержимого: sources.ron и по одной папке на каждый язык.
help_check_after = Код выхода: 0 — ошибок нет; 1 — есть ошибки (то, в чём они найдены, не загружается); 3 — есть только предупреждения (контакт объекта без номера, элемент, который пора пересмотреть, `hide`, который ничего не скрывает); 2 — командная строка не распознана.
help_install_pack = Установить пакет (папку или её .zip) в папку packs/ в папке данных, если `check` не находит в нём ошибок поверх встроенного содержимого.
help_install_pack_path = Папка пакета или его .zip.
help_remove_pack = Удалить установленный пакет по имени, указанному в его pack.ron.
help_remove_pack_name = Имя пакета из его pack.ron.
help_init_pack = Создать в DIR (новой или пустой папке) небольшой начальный пакет с комментариями, который проходит `check`.
help_init_pack_dir = Папка, в которую его записать: новая или пустая.
help_init_pack_country = Заполнить экстренные номера готовыми номерами этой страны: GB (или UK), US, ZA, MY, RO, RU, CN или MD.
help_sign_pack = Подписать все файлы пакета секретным ключом minisign — для компьютеров, которые загружают только пакеты, подписанные доверенными ключами.
help_sign_pack_dir = Папка пакета для подписи (подписываются все файлы в ней).
help_sign_pack_key = Файл секретного ключа minisign (`defuse pack-key` или `minisign -G`); если ключ защищён паролем, пароль берётся из $DEFUSE_KEY_PASSWORD.
help_pack_key = Создать пару ключей для подписи пакетов: секретный ключ — в FILE, открытый (ему будут доверять компьютеры) — в FILE.pub.
help_pack_key_file = Куда записать секретный ключ; существующий файл никогда не перезаписывается.

## Командная строка, которую программа не понимает.
cli_error = ошибка
cli_unknown_argument = здесь нет параметра `{ $argument }`
cli_unknown_command = неизвестная команда `{ $command }`
cli_invalid_value = недопустимое значение `{ $value }` для { $option }: { $reason }
cli_missing_value = для { $option } нужно указать значение
cli_missing_argument = не указано: { $arguments }
cli_conflict = { $option } нельзя использовать вместе с { $other }
cli_too_many = слишком много значений: `{ $value }`
cli_possible = используйте одно из значений: { $values }
cli_size_form = ожидается WIDTHxHEIGHT, например 1024x768, а не `{ $text }`
cli_size_range = `{ $text }` — недопустимый размер: нужно от 200 до 10000
cli_limit_zero = значение должно быть не меньше 1
cli_limit_number = `{ $text }` — не целое число от 1 и больше
cli_theme = неизвестная тема `{ $text }`: используйте system, light, dark или high-contrast
cli_country = для этой страны нет готовых номеров: используйте один из кодов { $codes }
cli_paper = используйте a4 или letter
cli_layout = используйте cards, pocket, notes или roleplay
cli_language = неизвестный язык `{ $text }`: используйте один из кодов { $codes }

## Что выводят команды.
cli_no_deck = нет учебной презентации для показа.
cli_no_item = элемент с id `{ $id }` не найден. Попробуйте `defuse search { $id }`.
cli_no_deck_or_item = презентация или элемент с id `{ $id }` не найдены. Попробуйте `defuse search { $id }`.
cli_no_data_folder = папка данных не найдена; задайте { $variable }
cli_vectors_stale =
    { $file } устарел: { $missing ->
        [one] у { $missing } фрагмента нет вектора
       *[other] у { $missing } фрагментов нет вектора
    }, { $unused ->
        [one] { $unused } вектор не соответствует ни одному фрагменту
        [few] { $unused } вектора не соответствуют ни одному фрагменту
        [many] { $unused } векторов не соответствуют ни одному фрагменту
       *[other] { $unused } векторов не соответствуют ни одному фрагменту
    }. Выполните `cargo run --release -- vectors`.
cli_vectors_current =
    { $file }: { $count ->
        [one] { $count } фрагмент
        [few] { $count } фрагмента
        [many] { $count } фрагментов
       *[other] { $count } фрагментов
    }, векторы актуальны.
cli_vectors_written =
    { $file }: { $count ->
        [one] { $count } фрагмент
        [few] { $count } фрагмента
        [many] { $count } фрагментов
       *[other] { $count } фрагментов
    }.
cli_words_only = поиск только по словам: { $reason }
cli_vectors_missing =
    { $count ->
        [one] У { $count } фрагмента
       *[other] У { $count } фрагментов
    } из пакетов или переводов на этом компьютере ещё нет векторов, поэтому их элементы находятся только по словам. Команда `defuse vectors --packs` (с теми же --content и --lang) один раз вычислит их векторы; приложение делает это в фоне.
cli_embedded =
    векторы вычислены для { $done } из { $total ->
        [one] { $total } фрагмента
       *[other] { $total } фрагментов
    }
cli_embedded_all =
    { $file }: векторы вычислены для { $total ->
        [one] { $total } фрагмента
       *[other] { $total } фрагментов
    }; вектор есть у каждого фрагмента.
cli_missed_written =
    в { $file } { $count ->
        [one] записан { $count } запрос без результатов
        [few] записано { $count } запроса без результатов
        [many] записано { $count } запросов без результатов
       *[other] записано { $count } запросов без результатов
    }
cli_missed_none = В { $file } нет запросов без результатов. Они записываются, только если это включено в настройках приложения.
cli_the_decks = Доступные презентации: { $ids }.
cli_pack_line = пакет { $name } { $version }: { $changes }
cli_checked =
    { $files ->
        [one] проверен { $files } файл
        [few] проверено { $files } файла
        [many] проверено { $files } файлов
       *[other] проверено { $files } файлов
    } на { $languages ->
        [one] { $languages } языке
       *[other] { $languages } языках
    }: { $items ->
        [one] { $items } корректный элемент
        [few] { $items } корректных элемента
        [many] { $items } корректных элементов
       *[other] { $items } корректных элементов
    }, { $problems ->
        [one] { $problems } ошибка
        [few] { $problems } ошибки
        [many] { $problems } ошибок
       *[other] { $problems } ошибок
    }
cli_checked_warnings =
    , { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждений
    }
cli_not_installed =
    { $path }: { $problems ->
        [one] найдена { $problems } ошибка
        [few] найдены { $problems } ошибки
        [many] найдено { $problems } ошибок
       *[other] найдено { $problems } ошибок
    }, пакет не установлен.
cli_no_manifest = в пакете нет pack.ron: пакет не установлен.
cli_installed = пакет { $name } { $version } установлен в { $dir }
cli_removed = удалено: { $dir }
cli_edit_starter = Отредактируйте его, затем выполните `defuse check --content { $dir }` и `defuse install-pack { $dir }`.
cli_signed =
    в { $dir } { $files ->
        [one] подписан { $files } файл
        [few] подписано { $files } файла
        [many] подписано { $files } файлов
       *[other] подписано { $files } файлов
    } (подписи — в { $signatures })
cli_key_exists = { $file } уже существует; ключ никогда не перезаписывается
cli_key_made =
    ключ { $id }: секретный ключ — в { $secret }, открытый ключ — в { $public }
    Не храните секретный ключ на компьютерах магазинов. Чтобы компьютер доверял этому ключу, добавьте в его site.ron:
cli_no_language_folder = не найдено ни одной папки языка (ожидается, например, en/customer-types/*.ron)

## Ошибки, где бы они ни показывались.
err_view = неизвестный экран `{ $view }`: используйте home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N, presenter:DECK:N или to-customer:PAIR:LANG
err_window = не удаётся открыть окно: { $reason }
err_screenshot = не удалось сделать снимок экрана: { $reason }
err_unknown_deck = нет учебной презентации с id `{ $id }`
err_write = не удаётся записать { $path }: { $reason }
err_save = не удаётся сохранить { $path }: { $reason }
err_output = не удаётся записать вывод: { $reason }
err_json = не удаётся сформировать JSON: { $reason }
err_encode = не удаётся закодировать пользовательские данные: { $reason }
err_content_folder = не удаётся прочитать папку содержимого { $path }: { $reason }
err_watch = не удаётся отслеживать изменения: { $reason }
err_unreadable = не удалось прочитать файл: { $reason }
err_unreadable_folder = не удалось прочитать папку: { $reason }
err_not_a_file = это { $what ->
        [folder] папка
        [pipe] именованный канал (FIFO)
        [socket] сокет
        [device] устройство
        [link] символическая ссылка
       *[other] специальный файл
    }, а не обычный файл: пропущено
err_not_regular = это { $what ->
        [folder] папка
        [pipe] именованный канал (FIFO)
        [socket] сокет
        [device] устройство
        [link] символическая ссылка
       *[other] специальный файл
    }, а не обычный файл
err_link_outside = эта ссылка ведёт за пределы папки содержимого (к { $target }): переход по ней не выполняется
err_too_deep =
    вложенность этой папки больше { $depth ->
        [one] { $depth } уровня
       *[other] { $depth } уровней
    }: её содержимое не прочитано
err_too_many_entries =
    в папке содержимого больше { $limit ->
        [one] { $limit } файла или папки
       *[other] { $limit } файлов и папок
    }: остальные не прочитаны
err_missing_sources = файл отсутствует: в нём перечислены источники, на которые ссылаются все элементы, поэтому ни одна ссылка `sources` не найдёт свой источник
err_missing_site = файл отсутствует: в нём перечислены контакты объекта, которые обозначают `{"{"}police{"}"}`, `{"{"}security{"}"}` и другие заполнители, поэтому они остаются в тексте как есть
err_too_large =
    размер файла — { $size ->
        [one] { $size } байт
        [few] { $size } байта
        [many] { $size } байт
       *[other] { $size } байт
    }; файл содержимого может занимать не больше { $limit ->
        [one] { $limit } байта
       *[other] { $limit } байт
    }
err_invalid_utf8 = файл не является корректным текстом в кодировке UTF-8
err_ends_in_string = файл заканчивается внутри этой строки: может быть, не хватает закрывающей кавычки `"` или файл обрезан?
err_ends_early = файл обрывается раньше, чем закончилось его содержимое: может быть, он обрезан? ({ $reason })
err_empty_file = файл пуст
err_not_content = это не файл содержимого: в нём нет `Kind(` … `)` (окончания строк должны быть в формате Windows или Unix, а не старом формате Mac)
err_unsupported_version = версия формата { $found } не поддерживается (эта сборка читает версию { $supported })
err_unexpected_file = непредвиденный файл: { $reason }
err_duplicate_id = повторяющийся id `{ $id }`: уже используется в { $first }
err_unknown_reference = `{ $field }` ссылается на несуществующий идентификатор `{ $target }` ({ $expected ->
        [source] ожидается id источника, например `S2`, или ключ пункта, например `S2.M2.1`
        [customer_type] ожидается id типа клиента, например `angry`
        [phrase] ожидается id пары фраз
        [playbook] ожидается id алгоритма, например `three-steps`
        [principle] ожидается id принципа, например `listen-first`
       *[item] ожидается id карточки, алгоритма, принципа или пары фраз
    })
err_lost_reference = `{ $field }` ссылается на `{ $target }`, но цель ссылки не загружена из-за ошибки в { $cause }{ $more ->
        [0] {""}
        [one] ; и ещё { $more } ссылка на { $what }
        [few] ; и ещё { $more } ссылки на { $what }
        [many] ; и ещё { $more } ссылок на { $what }
       *[other] ; и ещё { $more } ссылок на { $what }
    }
err_unknown_placeholder = неизвестный заполнитель `{"{"}{ $name }{"}"}` (известные: { $known })
err_misspelt_placeholder = `{ $written }` — не заполнитель: пишите `{ $meant }` (строчные буквы, дефисы, без пробелов)
err_control_character = `{ $field }` содержит управляющий символ ({ $code }): на экране его не видно, а терминал его выполняет
err_empty_text = `{ $field }` не может быть пустым
err_invalid_id = недопустимый id `{ $id }`: используйте строчные латинские буквы, цифры и дефисы, не больше 64 символов
err_missing_manifest = файл отсутствует: в нём пакет указывает своё имя, версию и изменения (name, version, changes); папка без pack.ron и без sources.ron не является содержимым
err_hides_safety_card = `{ $id }` — карточка по безопасности: пакет не может её скрыть, она остаётся
err_safety_override_refused = `{ $id }` — карточка по безопасности, а в версии этого пакета есть ошибки: она отклонена, и остаётся карточка из более раннего слоя: { $kept }
err_hides_own_item = `hide` называет `{ $id }`, но этот элемент определён в самом пакете: он не скрыт
err_hides_nothing = `hide` называет `{ $id }`, но такого элемента нет ни в одном более раннем слое: скрывать нечего
err_kind_changed = `{ $id }` в более раннем слое ({ $first }) — { $kind ->
        [customer_type] тип клиента
        [phrase] пара фраз
        [playbook] алгоритм
        [principle] принцип
        [deck] учебная презентация
       *[contact] контакт объекта
    }: пакет может заменить элемент только элементом того же вида, поэтому этот элемент не загружен
err_due_for_review = пора пересмотреть: последний пересмотр — { $reviewed }, а пакет требует пересмотра с интервалом { $every }
err_contact_not_set = { $label }: не указано: уточните у руководителя и впишите здесь в поле `number` (LANG/site.ron пакета)
err_untranslated = { $count ->
        [one] { $count } элемент не переведён на язык `{ $language }`: он показывается на английском с пометкой EN (например, { $examples })
        [few] { $count } элемента не переведены на язык `{ $language }`: они показываются на английском с пометкой EN (например, { $examples })
        [many] { $count } элементов не переведено на язык `{ $language }`: они показываются на английском с пометкой EN (например, { $examples })
       *[other] { $count } элементов не переведено на язык `{ $language }`: они показываются на английском с пометкой EN (например, { $examples })
    }
err_starter_not_empty = папка { $dir } не пуста: init-pack создаёт новый пакет только в новой или пустой папке
err_starter_missing = во встроенном содержимом нет `{ $id }`, на основе которого можно создать пакет
err_zip = { $path }: это не zip-архив или его не удаётся прочитать: { $reason }
err_zip_entry = { $path }:{ $name }: не удалось прочитать эту запись архива: { $reason }
err_zip_no_manifest = { $path }: в архиве нет pack.ron ни в корне, ни в единственной папке верхнего уровня
err_not_a_pack = { $path }: здесь нет pack.ron, поэтому это не пакет
err_zip_unsafe_path = { $path }: в архиве есть путь `{ $name }`, который ведёт за пределы пакета: архив отклонён
err_zip_too_big =
    { $path }: в архиве больше { $limit ->
        [one] { $limit } записи
       *[other] { $limit } записей
    } или больше { $mebibytes } MiB: архив отклонён
err_pack_name = `{ $name }` — недопустимое имя пакета: допустимы строчные латинские буквы, цифры и дефисы
err_not_installed = пакет `{ $name }` не установлен в { $dir }
err_install_busy = пакет `{ $name }` уже устанавливается или удаляется: повторите попытку, когда операция завершится
err_refused = { $count ->
        [one] найдена { $count } ошибка
        [few] найдены { $count } ошибки
        [many] найдено { $count } ошибок
       *[other] найдено { $count } ошибок
    }: пакет не установлен
err_secret_key = { $path }: это не секретный ключ minisign: { $reason }
err_needs_password = { $path }: ключ защищён паролем: задайте DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` — не открытый ключ minisign
err_sign = не удаётся подписать { $path }: { $reason }
err_file_unsigned = { $path }: файл не подписан (остальные файлы пакета подписаны)
err_file_changed = { $path }: файл изменён после подписания пакета
err_file_missing = { $path }: файл подписан, но отсутствует
err_untrusted_key = { $path }: подписан ключом, которому этот компьютер не доверяет
err_pack_unsigned = пакет не подписан, а этот компьютер загружает только подписанные пакеты
