### Defuse 界面：简体中文（zh-Hans）

search_label = 搜索
search_hint = 发生了什么？例如：大喊大叫、退款、拿不定主意
no_results = 没有匹配的内容。请换个说法，例如“大喊大叫”或“退款”，或从下方选择。
safety_button = ⚠ 安全：威胁或自伤
safety_short = ⚠ 安全
safety_tooltip = 威胁、暴力，或有人说要伤害自己
safety_heading = 有人面临危险
help = 帮助与快捷键
action = 操作
keys = 按键
key_rules_heading = 按键与光标说明
key_rules =
    在首页，光标始终在搜索框中：直接输入即可。
    在其他页面，直接输入也会开始搜索（练习页除外）。
    如有打开的菜单或列表，Esc 先将其关闭，不做其他操作。
    在首页按 Esc 不起作用。
    在搜索结果中按 Esc 清除搜索；若是在某个页面上开始的搜索，则回到该页面。
    在其他页面按 Esc 返回上一页：在卡片上按 F2 后，按 Esc 回到该卡片。
    在页面中，PageUp、PageDown、↑、↓、Space、Home 和 End 用于滚动。
    练习页中 Space、Enter、1 和 2 用于练习操作，除非光标在作答框中。
    打开一个结果会清除搜索，旧的搜索词不会留在卡片上方。
    F 键和 Ctrl 快捷键在任何位置都可用（输入时也可用），并会关闭菜单。
    Ctrl+K 打开命令面板，光标位于其输入框：用 ↑、↓ 和 Enter 选择；Esc 关闭面板，光标回到原处。
    在文本框中，/ 输入斜杠，Esc 清空文本框。
    放映时：输入幻灯片编号再按 Enter 即跳转到该张；单击则前进一步。
    放映时，Esc 关闭幻灯片网格或黑屏、白屏；在幻灯片上按 Esc 结束放映，按 F5 从该张继续。
no_favourites = 还没有收藏。打开一张卡片，按 ☆（Ctrl+D）即可收藏到这里。
showing_phrases = 共 { $total } 组话术对照，显示 { $shown } 组
filter_hint = 例如：退款、经理
filter_text = 筛选这些话术对照
browse_all = 浏览全部顾客类型
missed_heading = 未找到结果的搜索
missed_setting = 记录未找到结果的搜索（仅保存在本机）
missed_none = 暂无记录。
missed_clear = 清空列表
showing_for = 显示以下词的结果：
search_nothing = 没有找到与“{ $query }”相符的内容。请换个说法，比如“大喊大叫”或“退款”。
search_weak = 没有与“{ $query }”完全相符的内容。最接近的是：
weak_results = 不是您要找的？换个说法试试，或者：
# Under a result whose words were not typed: found by the sentence model.
matched_by_meaning = 按语义匹配
# The one notice when the sentence model cannot load; $why is the reason.
meaning_off = 语义搜索已关闭（{ $why }）；按关键词搜索照常可用。
contacts = 联系谁
# A contact the site has not given a number yet, in "Who to call".
not_set = 未设置
# The button under "Who to call" that opens the Site contacts page.
set_site_contacts = 设置本店联系电话…
# The Packs page: its menu entry and heading, and its parts.
packs = 内容包
packs_intro = 本单位自己的指引，按以下顺序叠加在内置内容之上：后加载的内容包中的条目会替换之前同一 ID 的条目。
packs_meaning_progress = 语义搜索仍在读取内容包：已完成 { $done } / { $total } 段。完成之前，这些条目只能按关键词找到。
packs_none = 未加载任何内容包：当前仅有内置指引。
pack_counts = 新增或替换 { $items } 项，隐藏 { $hidden } 项
pack_due = { $n } 项待复核
pack_unsigned = 未签名
pack_signed_unchecked = 已用密钥 { $key } 签名；本机未信任任何密钥，因此未校验（site.ron: trusted_keys）
pack_signed = 已用受信任密钥 { $key } 签名，所有文件均未改动
packs_how = 可用上方按钮或 `defuse install-pack PATH`（文件夹或 .zip）安装内容包：安装前会先检查，只有没有错误的内容包才会装入。已安装的内容包位于 { $folder }；可先用 `defuse --content PATH` 试用。
reload_packs = 重新加载内容包
packs_reloaded = 内容包已重新加载
# While the packs load after the window opened, and if their thread failed.
packs_loading = 正在加载本单位的内容包…
packs_not_loaded = 无法读取内容包：当前显示内置指引。
# "Install pack…" on the Packs page: its two buttons, the dialog's title, while it runs, and how it went.
install_pack_folder = 从文件夹安装内容包…
install_pack_zip = 从 .zip 安装内容包…
install_pack_title = 选择要安装的内容包
installing_pack = 正在安装内容包…
pack_installed = 已安装 { $pack }
pack_no_data_dir = 这里没有可安装内容包的数据文件夹：请设置 DEFUSE_DATA_DIR，或使用 --content PATH
item_gone = 您打开的页面已不在当前内容中（有内容包发生了变动）。
# Under an item's title: the pack it came from, and a review that is due.
from_pack = 来自 { $pack }
due_for_review = 待复核
from_bundled = 来自内置内容
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = 尚未翻译，以英文显示
# The Site contacts page: its menu entry and heading, and its parts.
site_contacts = 本店联系电话…
site_intro = 本店各联系对象的电话号码。按 F2 或打开任一安全卡片时，都会在“联系谁”下方以大字显示；留空的显示为“未设置”。
site_country = 国家/地区
site_choose_country = 选择国家/地区…
site_preset_note = 选择国家/地区后，会自动填入报警、急救、火警和心理危机热线：请逐一核对，然后点“保存”。
site_save = 保存
site_saved = 已保存。
site_kept_in = 保存在 { $path }，仅限本机。
site_not_kept = 本次运行不保存到磁盘（用于截图或测试）。
site_no_preset = 没有国家/地区预设“{ $code }”。
example_note = 示例：请按本单位的规定调整
more_phrases = 更多话术（{ $n }）
customer_types = 顾客类型
favourites = 收藏
recent = 最近查看
sections = 更多帮助
phrases = 这样说，别那样说
playbooks = 应对指南
principles = 原则
recognise = 如何识别
what_to_do = 怎么做
say_this = 这样说，别那样说
dont_say = 不要说
say_instead = 改成这样说
why = 原因
escalate = 何时上报
see_also = 另请参阅
fits = 适用于
sources = 资料来源
copy = 复制
show_in = 用顾客的语言显示…
show_in_hint = 用顾客的语言把这句话放大显示，方便把屏幕转给顾客看
for_the_customer = 请把屏幕转给顾客看。您看的中文原句在下方。
copied = 已复制
star = ☆ 加入收藏
unstar = ★ 已收藏
back = ⬅ 返回
home = 首页
all_situations = 所有情境
filter_phrases = 情境
ladder_hint = 逐级往上，够用即止。
theme_system = 主题：跟随系统
theme_light = 主题：浅色
theme_dark = 主题：深色
theme_high_contrast = 主题：高对比度
zoom_in = 放大
zoom_out = 缩小
zoom_reset = 重置缩放
cycle_theme = 切换主题
# The ☰ button's name, for screen readers.
menu = 菜单
# The menu of languages, each named in itself.
language_menu = 语言
focus_search = 搜索
# The command palette (Ctrl+K): its name in menus and help, its box and its rows.
palette = 跳转到…（命令面板）
palette_hint = 卡片、话术、课件、幻灯片（“ffm 5”）或命令
palette_none = 没有标题与之相符的条目。
# A slide in the palette: the deck's title and the slide's number.
palette_slide = { $deck }，第 { $n } 张
kind_slide = 幻灯片
kind_command = 命令
not_found = 当前加载的内容中没有此条目。
dismiss = 确定
kind_customer_type = 顾客类型
kind_phrase = 话术对照
kind_playbook = 应对指南
kind_principle = 原则
kind_deck = 培训课件
decks = 培训课件
deck_meta = 对象：{ $audience } · { $minutes } 分钟 · { $slides } 张幻灯片
outline = 大纲
free_slide = 幻灯片
how = 具体做法
continued = 续
present = 放映
present_nothing = 请打开一个培训课件或一张卡片再放映。
next_slide = 下一张或显示下一条
previous_slide = 上一张或隐藏上一条
first_slide = 第一张
last_slide = 最后一张
black_screen = 黑屏（再按一次返回）
white_screen = 白屏（再按一次返回）
slide_grid = 全部幻灯片（从中选择）
toggle_presenter = 打开/关闭演示者视图
projector_theme = 投影：浅底深字或深底浅字
leave_presentation = 结束放映
presenter_title = Defuse：演示者视图
presenter_move = 学员可能会看到此窗口：请把它拖到您自己的屏幕上（或按 S 隐藏）。
now_showing = 当前画面
up_next = 下一张
next_reveal = 下一步：显示本张其余内容
end_of_deck = 课件结束
notes = 备注
questions = 向学员提问
roleplay = 角色扮演
roleplay_customer = 顾客
roleplay_wants = 诉求
roleplay_practise = 练习要点
# The role-play cards: the staff player's card, the observer's, and their lines.
roleplay_staff = 员工
roleplay_observer = 观察员
roleplay_task = 您的任务
roleplay_watch = 观察要点
slide_of = 第 { $n } 张，共 { $m } 张
elapsed = 已用时
pause = 暂停
resume = 继续
reset = 重置
clock = 时间
on_time = 进度正常
behind = 落后 { $n } 分钟
ahead = 提前 { $n } 分钟
typed_slide = 跳到第 { $n } 张：按 Enter
practise = 练习
show_answer = 查看参考说法
had_the_idea = 我想到了
practise_again = 再练一次
practice_nothing = 这里没有可练习的话术对照。
practice_position = 第 { $n } 组，共 { $m } 组
situation = 情境
your_words = 您会怎么说？（可不填，仅自己可见）
your_words_hint = 输入您的说法，或在心里想一想
round_done = 本轮完成。随时可以再练一次。
to_review = 待复习
nothing_to_review = 本轮没有需要复习的内容。
new_round = 再来一轮
print_handouts = 打印讲义…
handouts_intro = 生成一个网页，可在任意浏览器中打印。无需联网，也不含任何外部链接。
handout_what = 内容
handout_all = 全部顾客类型卡片和应对指南
handout_layout = 版式
layout_cards = 卡片：每页一个条目，供学员使用
layout_pocket = 口袋卡：话术对照，每张纸 4 张 A6 卡
layout_notes = 培训师备注：每张幻灯片及其备注和问题（自留）
layout_roleplay = 角色扮演卡：顾客、员工和观察员说明，剪开使用
handout_two_up = 每张纸印两个短页（节省纸张）
handout_paper = 纸张
handout_folder = 文件夹
choose_folder = 选择…
choosing_folder = 正在选择文件夹…
choose_folder_title = 讲义保存位置
write_handout = 生成讲义
handout_written = 已生成：{ $path }。请在浏览器中打开并打印。
open_folder = 打开文件夹
page_of = 第 { $n } 页，共 { $m } 页
handout_everything = Defuse：顾客类型与应对指南
handout_no_pairs = 本讲义没有话术对照。
unknown_source = （来源不明）
for_the_trainer = 培训师专用
trainer_only = 培训师备注：请勿发给学员
your_numbers = 本店电话（请填写）
# The heading over a card's best pairs on a printed card.
say_lines = 怎么说
# Model answers, after a slide's questions in the trainer's copy.
answers = 参考答案
handout_no_roleplays = 本讲义没有角色扮演。
run_sheet = 课程流程表
run_slide = 幻灯片
run_title = 标题
run_minutes = 分钟
run_start = 开始时间
run_total = 合计
materials = 携带物品
before_class = 课前准备
