### Defuse 命令行：帮助、输出和错误信息，以及应用显示的所有错误（简体中文，zh-Hans）。
### Ids starting `help_` are the help of a command or option (`help_COMMAND` and
### `help_COMMAND_OPTION`, `defuse` for the program itself), read from the command
### tree; the others are `Strings` methods (src/strings/mod.rs). The catalogue test
### holds every language to this list.

## How clap's help is laid out.
help_usage = 用法：
help_commands = 命令
help_arguments = 参数
help_options = 选项
help_flag_help = 显示帮助
help_flag_version = 显示版本号
help_command_help = 显示本程序或指定命令的帮助
help_default = 默认值：{ $value }
help_more = 更多信息请运行 `{ $command } --help`。

## The program and its options.
help_defuse = 应对难缠顾客的桌面速查应用。
help_defuse_screenshot = 将第一个完整渲染的画面保存为 PNG 文件 FILE，输出渲染到该画面所用的时间，然后退出。
help_defuse_view = 首先显示的页面：home、safety、card:ID、search:QUERY、phrases、playbooks、principles、decks、favourites、help、practice、handouts、site-contacts、packs、present:DECK:N（放映第 N 张幻灯片）、presenter:DECK:N（该幻灯片的演示者视图）或 to-customer:PAIR:LANG（用 LANG 语言向顾客显示某组话术对照中的那句话）。
help_defuse_size = 窗口大小（逻辑像素），格式为 WIDTHxHEIGHT。
help_defuse_theme = 配色主题：system（跟随系统）、light（浅色）、dark（深色）或 high-contrast（高对比度）。
help_defuse_site_preset = 与 --screenshot 一起使用：在“联系谁”中显示某个国家/地区预设的号码（GB、US、ZA、MY、RO、RU、CN 或 MD），如同本店已保存这些号码；不读取 site.ron。
help_defuse_content = 将一个内容包（含 pack.ron 的文件夹）叠加在内置内容和已安装的内容包之上；可多次使用，后指定的优先。含 sources.ron 但没有 pack.ron 的文件夹是完整的内容文件夹：它会替换内置内容（以及在它之前指定的内容）。
help_defuse_kiosk = 以店内公用电脑的展台模式运行：全屏显示，不提供收藏和设置，不记录未找到结果的搜索，空闲 SECONDS 秒后回到空白首页（未指定时为 120 秒；最少 15 秒）。在 site.ron 中写入 `kiosk: Some(SECONDS)` 效果相同。
help_defuse_lang = 使用的语言：en、ru、ro、af、ms 或 zh-Hans。本次运行时应用以该语言打开（未指定时使用在应用中选择的语言，如未选择则使用系统语言）；各命令以该语言读取内容并输出（未指定时使用系统语言）。

## The commands and their options.
help_search = 搜索指引，最匹配的结果排在最前。
help_search_query = 要查找的内容，用员工自己的话描述（例如“顾客冲我大喊大叫”）。
help_search_limit = 最多显示的结果数（1 或以上）。
help_search_json = 以 JSON 数组输出结果（每条结果都带有 `origin`：bundled（内置内容）或内容包的名称）。
help_search_words_only = 仅按关键词搜索，不使用语义模型。
help_show = 按 ID 显示单个条目（`defuse show angry`）。
help_show_id = 条目的 ID，即 `search` 显示的 ID。
help_vectors = 写入内容的段落向量，供语义搜索使用（assets/model/content-vectors.bin）；使用 --check 时，如已提交的文件已过期，则以失败退出。
help_vectors_check = 只检查已提交的向量是否与内容和模型一致。
help_vectors_packs = 改为一次性为已安装的内容包和 --content 文件夹中的段落生成向量，存入本机缓存（应用会在后台自动完成此操作）。
help_vectors_out = 写入位置。
help_present = 全屏放映培训课件（或任一条目），并打开演示者视图。
help_present_id = 培训课件或条目的 ID；省略时放映第一个培训课件。
help_present_slide = 从这张幻灯片开始（从 1 开始计数，与进度标记一致）。
help_shortcuts = 以 Markdown 表格输出应用的键盘快捷键。
help_missed = 列出未找到结果（员工未打开任何结果）的搜索，搜索次数最多的排在最前（仅在应用设置中开启后才会记录）。
help_missed_export = 将其以 `query<TAB>count` 行的形式写入 FILE，而不是直接输出。
help_export = 将可打印的讲义写入 DIR，生成一个独立完整的 HTML 文件。
help_export_dir = 要写入的文件夹（不存在时会自动创建）。
help_export_deck = 培训课件 ID；省略时导出所有顾客类型卡片和应对指南。
help_export_paper = 纸张大小：a4 或 letter。
help_export_layout = cards（卡片：每页一个条目）、pocket（口袋卡：话术对照，每张纸 4 张 A6 卡）、notes（培训师备注：先是课程流程表，然后是演示者备注、问题、参考答案和角色扮演）或 roleplay（角色扮演卡：顾客、员工和观察员卡片，剪开使用）。
help_export_two_up = 每张纸打印两个短页（适用于 cards 和 notes）；安全卡片仍单独占一张纸。
help_check = 校验叠加了已安装内容包和 --content 文件夹之后的内置内容，或只校验一个文件夹：内容包（叠加在内置内容之上校验）或完整的内容文件夹（单独校验）。
help_check_dir = 内容包（含 pack.ron），或内容文件夹（含 sources.ron，每种语言一个文件夹）。
help_check_after = 退出状态：没有问题时为 0；有错误时为 1（出错的部分不会加载）；只有警告时为 3（本店联系电话中有未设置的号码、有条目待复核、`hide` 未隐藏任何内容）；命令行无法识别时为 2。
help_install_pack = 将内容包（文件夹或其 .zip 压缩包）安装到数据文件夹的 packs/ 中，前提是 `check` 在内置内容之上校验它时没有发现错误。
help_install_pack_path = 内容包的文件夹或 .zip 文件。
help_remove_pack = 按 pack.ron 中的名称移除已安装的内容包。
help_remove_pack_name = 内容包 pack.ron 中的名称。
help_init_pack = 在 DIR（新文件夹或空文件夹）中写入一个带注释的小型入门内容包，该内容包可通过 `check`。
help_init_pack_dir = 要写入的文件夹：新文件夹或空文件夹。
help_init_pack_country = 按该国家/地区的预设填入紧急电话号码：GB（或 UK）、US、ZA、MY、RO、RU、CN 或 MD。
help_sign_pack = 用 minisign 私钥为内容包的每个文件签名，供只加载受信任密钥所签内容包的电脑使用。
help_sign_pack_dir = 要签名的内容包文件夹（其中的每个文件都会签名）。
help_sign_pack_key = minisign 私钥文件（由 `defuse pack-key` 或 `minisign -G` 生成）；受密码保护的私钥从 $DEFUSE_KEY_PASSWORD 读取密码。
help_pack_key = 生成用于为内容包签名的密钥对：私钥写入 FILE，公钥（供各电脑信任）写入 FILE.pub。
help_pack_key_file = 私钥的写入位置；绝不覆盖已有文件。

## A command line the program does not understand.
cli_error = 错误
cli_unknown_argument = `{ $argument }` 不是此处可用的选项
cli_unknown_command = `{ $command }` 不是有效的命令
cli_invalid_value = `{ $value }` 不是 { $option } 的有效值：{ $reason }
cli_missing_value = { $option } 需要一个值
cli_missing_argument = 缺少：{ $arguments }
cli_conflict = { $option } 不能与 { $other } 同时使用
cli_too_many = 值过多：`{ $value }`
cli_possible = 请使用 { $values } 之一
cli_size_form = 格式应为 WIDTHxHEIGHT（例如 1024x768），而不是 `{ $text }`
cli_size_range = `{ $text }` 不是 200 到 10000 之间的尺寸
cli_limit_zero = 该值至少为 1
cli_limit_number = `{ $text }` 不是大于或等于 1 的整数
cli_theme = 未知主题 `{ $text }`：请使用 system、light、dark 或 high-contrast
cli_country = 不是有效的国家/地区预设：请使用 { $codes } 之一
cli_paper = 请使用 a4 或 letter
cli_layout = 请使用 cards、pocket、notes 或 roleplay
cli_language = 不支持语言 `{ $text }`：请使用 { $codes } 之一

## What the commands print.
cli_no_deck = 没有可放映的培训课件。
cli_no_item = 没有 ID 为 `{ $id }` 的条目。请尝试 `defuse search { $id }`。
cli_no_deck_or_item = 没有 ID 为 `{ $id }` 的培训课件或条目。请尝试 `defuse search { $id }`。
cli_no_data_folder = 未找到数据文件夹；请设置 { $variable }
cli_vectors_stale = { $file } 已过期：{ $missing } 段没有向量，{ $unused } 个向量没有对应的段落。请运行 `cargo run --release -- vectors`。
cli_vectors_current = { $file }：{ $count } 段，已是最新。
cli_vectors_written = { $file }：{ $count } 段。
cli_words_only = 仅按关键词搜索：{ $reason }
cli_vectors_missing = 内容包或译文中有 { $count } 段在本机上还没有向量，因此其中的条目只能按关键词找到。运行 `defuse vectors --packs`（使用相同的 --content 和 --lang）可一次性为这些段落生成向量；应用也会在后台完成此操作。
cli_embedded = 已为 { $done } / { $total } 段生成向量
cli_embedded_all = { $file }：已为 { $total } 段生成向量；所有段落均已有向量。
cli_missed_written = 已将 { $count } 条未找到结果的搜索写入 { $file }
cli_missed_none = { $file } 中没有未找到结果的搜索。仅在应用设置中开启后才会记录这类搜索。
cli_the_decks = 现有培训课件：{ $ids }。
cli_pack_line = 内容包 { $name } { $version }：{ $changes }
cli_checked = 已检查 { $languages } 种语言的 { $files } 个文件：{ $items } 个有效条目，{ $problems } 个问题
cli_checked_warnings = ，{ $warnings } 个警告
cli_not_installed = { $path } 有 { $problems } 个问题：未安装。
cli_no_manifest = 该内容包没有 pack.ron：未安装。
cli_installed = 已将 { $name } { $version } 安装到 { $dir }
cli_removed = 已移除 { $dir }
cli_edit_starter = 请先编辑该内容包，然后运行 `defuse check --content { $dir }` 和 `defuse install-pack { $dir }`。
cli_signed = 已为 { $dir } 中的 { $files } 个文件签名（签名保存在 { $signatures }）
cli_key_exists = { $file } 已存在；密钥文件绝不会被覆盖
cli_key_made =
    密钥 { $id }：私钥保存在 { $secret }，公钥保存在 { $public }
    请勿将私钥放在店内电脑上。要让某台电脑信任此密钥，请在该电脑的 site.ron 中添加：
cli_no_language_folder = 未找到语言文件夹（应为类似 en/customer-types/*.ron 的结构）

## Errors, wherever they are shown.
err_view = 未知视图 `{ $view }`：请使用 home、safety、card:ID、search:QUERY、phrases、playbooks、principles、decks、favourites、help、practice、handouts、site-contacts、packs、present:DECK:N、presenter:DECK:N 或 to-customer:PAIR:LANG
err_window = 无法打开窗口：{ $reason }
err_screenshot = 截图失败：{ $reason }
err_unknown_deck = 没有 ID 为 `{ $id }` 的培训课件
err_write = 无法写入 { $path }：{ $reason }
err_save = 无法保存 { $path }：{ $reason }
err_output = 无法写出输出内容：{ $reason }
err_json = 无法生成 JSON：{ $reason }
err_encode = 无法编码用户数据：{ $reason }
err_content_folder = 无法读取内容文件夹 { $path }：{ $reason }
err_watch = 无法监视文件变动：{ $reason }
err_unreadable = 无法读取该文件：{ $reason }
err_unreadable_folder = 无法读取该文件夹：{ $reason }
err_not_a_file = 这是{ $what ->
        [folder] 文件夹
        [pipe] 命名管道（FIFO）
        [socket] 套接字
        [device] 设备
        [link] 链接
       *[other] 特殊文件
    }，不是普通文件：已跳过
err_not_regular = 这是{ $what ->
        [folder] 文件夹
        [pipe] 命名管道（FIFO）
        [socket] 套接字
        [device] 设备
        [link] 链接
       *[other] 特殊文件
    }，不是普通文件
err_link_outside = 此链接指向内容文件夹之外（{ $target }）：未跟随
err_too_deep = 此文件夹的嵌套超过 { $depth } 层：其中的内容未读取
err_too_many_entries = 内容文件夹中的文件和文件夹超过 { $limit } 个：其余部分未读取
err_missing_sources = 缺少此文件：其中列出了所有条目引用的资料来源，缺少它则任何 `sources` 引用都无法解析
err_missing_site = 缺少此文件：`{"{"}police{"}"}`、`{"{"}security{"}"}` 等占位符所指的本店联系电话都列在其中，因此这些占位符将保持原样
err_too_large = 该文件大小为 { $size } 字节；内容文件最大为 { $limit } 字节
err_invalid_utf8 = 该文件不是有效的 UTF-8 文本
err_ends_in_string = 文件在此字符串内部结束：是否缺少闭合的 `"`，或者文件被截断了？
err_ends_early = 文件提前结束，内容尚不完整：是否被截断了？（{ $reason }）
err_empty_file = 该文件为空
err_not_content = 这不是内容文件：其中没有 `Kind(` … `)`（换行符须为 Windows 或 Unix 格式，不能是旧版 Mac 格式）
err_unsupported_version = 不支持格式版本 { $found }（此版本程序读取的是版本 { $supported }）
err_unexpected_file = 意外的文件：{ $reason }
err_duplicate_id = ID `{ $id }` 重复：已在 { $first } 使用
err_unknown_reference = `{ $field }` 引用了 `{ $target }`，但它不存在（{ $expected ->
        [source] 应为资料来源 ID（如 `S2`）或要点编号（如 `S2.M2.1`）
        [customer_type] 应为顾客类型 ID，如 `angry`
        [phrase] 应为话术对照的 ID
        [playbook] 应为应对指南 ID，如 `three-steps`
        [principle] 应为原则 ID，如 `listen-first`
       *[item] 应为卡片、应对指南、原则或话术对照的 ID
    }）
err_lost_reference = `{ $field }` 引用了 `{ $target }`，但它因 { $cause } 有问题而未能加载{ $more ->
        [0] {""}
       *[other] ；另有 { $more } 处引用了 { $what }
    }
err_unknown_placeholder = 未知占位符 `{"{"}{ $name }{"}"}`（已知占位符：{ $known }）
err_misspelt_placeholder = `{ $written }` 不是占位符：应写作 `{ $meant }`（小写，用短横线，不含空格）
err_control_character = `{ $field }` 含有控制字符（{ $code }）：屏幕上不会显示，但终端会执行它
err_empty_text = `{ $field }` 不能为空
err_invalid_id = 无效的 ID `{ $id }`：请使用小写字母、数字和短横线，最多 64 个字符
err_missing_manifest = 缺少此文件：内容包在其中写明自身信息（名称、版本、更改说明）；既没有 pack.ron 也没有 sources.ron 的文件夹不是内容文件夹
err_hides_safety_card = `{ $id }` 是安全卡片：内容包不能隐藏它，因此它会保留
err_safety_override_refused = `{ $id }` 是安全卡片，而此内容包中的版本有问题：该版本被拒绝，保留来自 { $kept } 的卡片
err_hides_own_item = `hide` 列出了 `{ $id }`，但它由此内容包自己定义：不会被隐藏
err_hides_nothing = `hide` 列出了 `{ $id }`，但先加载的各层中都没有它：无可隐藏
err_kind_changed = `{ $id }` 在先加载的一层（{ $first }）中是{ $kind ->
        [customer_type] 顾客类型
        [phrase] 话术对照
        [playbook] 应对指南
        [principle] 原则
        [deck] 培训课件
       *[contact] 本店联系电话
    }：内容包只能用同类条目替换条目，因此未加载此条目
err_due_for_review = 待复核：上次复核日期为 { $reviewed }，而内容包要求的复核周期为 { $every }
err_contact_not_set = { $label }：未设置。请向主管询问号码，然后在此处用 `number` 填写（内容包的 LANG/site.ron）
err_untranslated = { $count } 个条目未翻译成 `{ $language }`：将以英文显示，并标有 EN（例如 { $examples }）
err_starter_not_empty = { $dir } 不是空文件夹：init-pack 只会将新内容包写入新文件夹或空文件夹
err_starter_missing = 内置内容中没有可作为起点的 `{ $id }`
err_zip = { $path }：不是可读取的 zip 文件：{ $reason }
err_zip_entry = { $path }:{ $name }：无法读取此项：{ $reason }
err_zip_no_manifest = { $path }：zip 中没有 pack.ron（顶层和顶层的单个文件夹中都没有）
err_not_a_pack = { $path }：其中没有 pack.ron，因此不是内容包
err_zip_unsafe_path = { $path }：zip 中含有 `{ $name }`，它会被解压到内容包之外：已拒绝
err_zip_too_big = { $path }：zip 中的项超过 { $limit } 个或大小超过 { $mebibytes } MiB：已拒绝
err_pack_name = `{ $name }` 不是有效的内容包名称：只能使用小写字母、数字和短横线
err_not_installed = { $dir } 中没有安装名为 `{ $name }` 的内容包
err_install_busy = 内容包 `{ $name }` 正在进行另一项安装或移除操作：请在其完成后重试
err_refused = 发现 { $count } 个问题：未安装
err_secret_key = { $path }：不是 minisign 私钥：{ $reason }
err_needs_password = { $path }：该密钥受密码保护：请设置 DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` 不是 minisign 公钥
err_sign = 无法为 { $path } 签名：{ $reason }
err_file_unsigned = { $path }：未签名（内容包中的其他文件已签名）
err_file_changed = { $path }：内容包签名后已被更改
err_file_missing = { $path }：已签名，但文件已不存在
err_untrusted_key = { $path }：签名所用的密钥不受本机信任
err_pack_unsigned = 该内容包未签名，而本机只加载已签名的内容包
