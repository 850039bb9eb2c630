### Antara muka Defuse dalam bahasa Melayu (Malaysia): setiap label, butang, notis dan label bahan edaran.

search_label = Cari
search_hint = Apa yang berlaku? cth. menjerit, bayaran balik, tidak dapat membuat keputusan
no_results = Tiada padanan untuk perkataan itu. Cuba perkataan lain, seperti “menjerit” atau “bayaran balik”, atau pilih di bawah.
safety_button = ⚠ Keselamatan: ugutan atau mencederakan diri
safety_short = ⚠ Keselamatan
safety_tooltip = Ugutan, keganasan, atau seseorang yang berkata akan mencederakan diri sendiri
safety_heading = Keselamatan seseorang dalam bahaya
help = Bantuan dan pintasan
action = Tindakan
keys = Kekunci
key_rules_heading = Cara kekunci dan fokus berfungsi
key_rules =
    Di Laman utama, kursor sentiasa berada dalam kotak carian: taip sahaja.
    Di halaman lain, menaip juga memulakan carian (kecuali di Latihan).
    Jika menu atau senarai terbuka, Esc menutupnya dahulu dan tidak melakukan apa-apa lagi.
    Esc di Laman utama tidak melakukan apa-apa.
    Esc pada hasil carian mengosongkan carian; jika carian dimulakan dari sesuatu halaman, anda kembali ke halaman itu.
    Esc di halaman lain membawa anda kembali satu halaman: selepas F2 dari kad, kembali ke kad itu.
    Di sesuatu halaman, PageUp, PageDown, ↑, ↓, Space, Home dan End menatal halaman itu.
    Latihan menggunakan Space, Enter, 1 dan 2 kecuali jika kursor berada dalam kotak jawapannya.
    Membuka hasil carian mengosongkan carian, supaya carian lama tidak tertinggal di atas kad.
    Kekunci F dan pintasan Ctrl berfungsi di mana-mana, walaupun semasa anda menaip, dan menutup menu.
    Ctrl+K membuka palet arahan dengan kursor dalam kotaknya: ↑, ↓ dan Enter untuk memilih; Esc menutupnya dan meletakkan kursor kembali di tempat asal.
    Dalam kotak teks, / menaip garis condong dan Esc mengosongkan kotak itu.
    Semasa membentang: nombor slaid diikuti Enter melompat ke slaid itu; klik untuk ke seterusnya.
    Semasa membentang, Esc menutup grid atau skrin hitam atau putih; Esc pada slaid menghentikan pembentangan, dan F5 menyambungnya semula di situ.
no_favourites = Belum ada kegemaran. Buka kad dan tekan ☆ (Ctrl+D) untuk menyimpannya di sini.
showing_phrases = Menunjukkan { $shown } daripada { $total } pasangan ayat
filter_hint = cth. bayaran balik, pengurus
filter_text = Tapis pasangan ini
browse_all = Lihat semua jenis pelanggan
missed_heading = Carian yang tiada hasil
missed_setting = Ingat carian yang tiada hasil, di komputer ini sahaja
missed_none = Tiada yang direkodkan.
missed_clear = Kosongkan senarai
showing_for = Menunjukkan hasil untuk
search_nothing = Tiada padanan untuk “{ $query }”. Cuba perkataan lain, contohnya “menjerit” atau “bayaran balik”.
search_weak = Tiada padanan yang tepat untuk “{ $query }”. Yang paling hampir:
weak_results = Bukan yang anda perlukan? Cuba perkataan lain, atau:
# Under a result whose words were not typed: found by the sentence model.
matched_by_meaning = sepadan mengikut maksud
# The one notice when the sentence model cannot load; $why is the reason.
meaning_off = Carian mengikut maksud tidak aktif ({ $why }); carian mengikut perkataan berfungsi seperti biasa.
contacts = Siapa perlu dihubungi
# A contact the site has not given a number yet, in "Who to call".
not_set = belum ditetapkan
# The button under "Who to call" that opens the Site contacts page.
set_site_contacts = Tetapkan kenalan premis…
# The Packs page: its menu entry and heading, and its parts.
packs = Pek
packs_intro = Panduan organisasi anda sendiri, dilapiskan di atas kandungan terbina dalam mengikut susunan ini: item dalam pek yang kemudian menggantikan item lebih awal yang mempunyai id yang sama.
packs_meaning_progress = Carian mengikut maksud masih membaca pek: { $done } daripada { $total } petikan. Sehingga selesai, item pek dicari mengikut perkataannya.
packs_none = Tiada pek dimuatkan: ini hanya panduan terbina dalam.
pack_counts = { $items } item ditambah atau diganti, { $hidden } disembunyikan
pack_due = { $n } item perlu disemak semula
pack_unsigned = Tidak ditandatangani
pack_signed_unchecked = Ditandatangani dengan kunci { $key }; tidak disemak, kerana PC ini tidak mempercayai sebarang kunci (site.ron: trusted_keys)
pack_signed = Ditandatangani dengan kunci dipercayai { $key }, setiap fail tidak berubah
packs_how = Pasang pek dengan butang di atas atau `defuse install-pack PATH` (folder atau .zip): pek disemak dahulu, dan hanya pek tanpa ralat akan dipasang. Pek yang dipasang disimpan dalam { $folder }; cuba pek dahulu dengan `defuse --content PATH`.
reload_packs = Muat semula pek
packs_reloaded = Pek dimuat semula
# While the packs load after the window opened, and if their thread failed.
packs_loading = Memuatkan pek organisasi anda…
packs_not_loaded = Pek tidak dapat dibaca: menunjukkan panduan terbina dalam.
# "Install pack…" on the Packs page: its two buttons, the dialog's title, while it runs, and how it went.
install_pack_folder = Pasang pek dari folder…
install_pack_zip = Pasang pek dari .zip…
install_pack_title = Pek untuk dipasang
installing_pack = Memasang pek…
pack_installed = Telah dipasang: { $pack }
pack_no_data_dir = Tiada folder data di sini untuk memasang pek: tetapkan DEFUSE_DATA_DIR, atau gunakan --content PATH
item_gone = Halaman yang anda buka tiada lagi dalam kandungan (pek telah berubah).
# Under an item's title: the pack it came from, and a review that is due.
from_pack = Daripada { $pack }
due_for_review = perlu disemak semula
from_bundled = Daripada panduan terbina dalam
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = Belum diterjemahkan: dipaparkan dalam bahasa Inggeris
# The Site contacts page: its menu entry and heading, and its parts.
site_contacts = Kenalan premis…
site_intro = Nombor yang perlu didail bagi setiap kenalan di premis ini. F2 dan setiap kad keselamatan memaparkannya dengan besar di bawah “Siapa perlu dihubungi”; kotak kosong dipaparkan sebagai “belum ditetapkan”.
site_country = Negara
site_choose_country = Pilih negara…
site_preset_note = Pilihan negara mengisi nombor polis, ambulans, bomba dan talian krisis: semak semuanya, kemudian Simpan.
site_save = Simpan
site_saved = Disimpan.
site_kept_in = Disimpan dalam { $path }, di komputer ini sahaja.
site_not_kept = Tidak disimpan pada cakera dalam sesi ini (tangkapan skrin atau ujian).
site_no_preset = Tiada pratetap negara “{ $code }”.
example_note = Contoh: sesuaikan dengan polisi anda sendiri
more_phrases = Ayat lain ({ $n })
customer_types = Jenis pelanggan
favourites = Kegemaran
recent = Baru dilihat
sections = Bantuan lain
phrases = Katakan ini, bukan itu
playbooks = Panduan tindakan
principles = Prinsip
recognise = Cara mengenali mereka
what_to_do = Apa yang perlu dibuat
say_this = Katakan ini, bukan itu
dont_say = Jangan katakan
say_instead = Katakan begini
why = Sebab
escalate = Bila perlu dapatkan bantuan
see_also = Lihat juga
fits = Sesuai untuk
sources = Sumber
copy = Salin
show_in = Tunjuk dalam bahasa…
show_in_hint = Paparkan ayat ini dalam saiz besar, dalam bahasa pelanggan, supaya anda boleh menghalakan skrin kepadanya
for_the_customer = Halakan skrin kepada pelanggan. Ayat dalam bahasa anda ada di bawah.
copied = Disalin
star = ☆ Tambah ke kegemaran
unstar = ★ Dalam kegemaran
back = ⬅ Kembali
home = Laman utama
all_situations = Semua situasi
filter_phrases = Situasi
ladder_hint = Naik setakat yang perlu sahaja.
theme_system = Tema: sistem
theme_light = Tema: cerah
theme_dark = Tema: gelap
theme_high_contrast = Tema: kontras tinggi
zoom_in = Zum masuk
zoom_out = Zum keluar
zoom_reset = Set semula zum
cycle_theme = Tukar tema
# The menu of languages, each named in itself.
language_menu = Bahasa
# The ☰ button's name, for screen readers.
menu = Menu
focus_search = Cari
# The command palette (Ctrl+K): its name in menus and help, its box and its rows.
palette = Lompat ke… (palet arahan)
palette_hint = Kad, ayat, modul, slaid (“ffm 5”) atau arahan
palette_none = Tiada tajuk seperti itu.
# A slide in the palette: the deck's title and the slide's number.
palette_slide = { $deck }, slaid { $n }
kind_slide = Slaid
kind_command = Arahan
not_found = Item ini tiada dalam kandungan yang dimuatkan.
dismiss = OK
kind_customer_type = Jenis pelanggan
kind_phrase = Katakan ini, bukan itu
kind_playbook = Panduan tindakan
kind_principle = Prinsip
kind_deck = Modul latihan
decks = Modul latihan
deck_meta = Untuk: { $audience } · { $minutes } min · { $slides } slaid
outline = Rangka
free_slide = Slaid
how = Cara melakukannya
continued = sambungan
present = Bentang
present_nothing = Buka modul latihan atau kad untuk membentangkannya.
next_slide = Slaid seterusnya atau tunjukkan
previous_slide = Slaid sebelumnya atau sembunyikan
first_slide = Slaid pertama
last_slide = Slaid terakhir
black_screen = Skrin hitam (tekan lagi untuk kembali)
white_screen = Skrin putih (tekan lagi untuk kembali)
slide_grid = Semua slaid, untuk memilih satu
toggle_presenter = Hidupkan atau matikan paparan pembentang
projector_theme = Projektor: gelap atas cerah atau cerah atas gelap
leave_presentation = Berhenti membentang
presenter_title = Defuse: paparan pembentang
presenter_move = Kelas mungkin dapat melihat tetingkap ini: seretnya ke skrin anda sendiri (atau tekan S untuk menyembunyikannya).
now_showing = Di skrin
up_next = Seterusnya
next_reveal = Seterusnya: baki slaid ini
end_of_deck = Akhir modul
notes = Nota
questions = Tanya kelas
roleplay = Main peranan
roleplay_customer = Pelanggan
roleplay_wants = Mahu
roleplay_practise = Fokus latihan
# The role-play cards: the staff player's card, the observer's, and their lines.
roleplay_staff = Pekerja
roleplay_observer = Pemerhati
roleplay_task = Tugas anda
roleplay_watch = Perhatikan
slide_of = Slaid { $n } daripada { $m }
elapsed = Masa berlalu
pause = Jeda
resume = Sambung
reset = Set semula
clock = Waktu
on_time = Tepat masa
behind = Lewat { $n } min
ahead = Awal { $n } min
typed_slide = Ke slaid { $n }: Enter
practise = Latihan
show_answer = Tunjuk ayat kami
had_the_idea = Idea saya serupa
practise_again = Latih lagi
practice_nothing = Tiada pasangan ayat untuk dilatih di sini.
practice_position = Pasangan { $n } daripada { $m }
situation = Situasi
your_words = Apa yang akan anda katakan? (pilihan, hanya untuk anda)
your_words_hint = Taip ayat anda, atau fikirkan sahaja
round_done = Pusingan selesai. Berlatih lagi bila-bila masa anda mahu.
to_review = Untuk dilihat semula
nothing_to_review = Tiada yang perlu dilihat semula kali ini.
new_round = Mula pusingan baharu
print_handouts = Cetak bahan edaran…
handouts_intro = Menghasilkan satu halaman web untuk dicetak dari mana-mana pelayar. Ia tidak memerlukan rangkaian dan tidak mengandungi pautan ke luar.
handout_what = Kandungan
handout_all = Setiap kad jenis pelanggan dan panduan tindakan
handout_layout = Susun atur
layout_cards = Kad: satu item satu halaman, untuk peserta
layout_pocket = Kad poket: pasangan ayat, empat kad A6 sehelai
layout_notes = Nota jurulatih: setiap slaid dengan nota dan soalannya (simpan sendiri)
layout_roleplay = Kad main peranan: taklimat pelanggan, pekerja dan pemerhati untuk digunting
handout_two_up = Dua halaman pendek sehelai (jimat kertas)
handout_paper = Kertas
handout_folder = Folder
choose_folder = Pilih…
choosing_folder = Memilih folder…
choose_folder_title = Tempat untuk menyimpan bahan edaran
write_handout = Hasilkan bahan edaran
handout_written = Disimpan: { $path }. Buka dalam pelayar dan cetak.
open_folder = Buka folder
page_of = { $n } daripada { $m }
handout_everything = Defuse: jenis pelanggan dan panduan tindakan
handout_no_pairs = Bahan edaran ini tiada pasangan ayat.
unknown_source = (sumber tidak diketahui)
for_the_trainer = Untuk jurulatih
trainer_only = Nota jurulatih: bukan untuk peserta
your_numbers = Nombor anda (tulis di sini)
# The heading over a card's best pairs on a printed card.
say_lines = Apa yang perlu dikatakan
# Model answers, after a slide's questions in the trainer's copy.
answers = Contoh jawapan yang baik
handout_no_roleplays = Bahan edaran ini tiada main peranan.
run_sheet = Atur cara sesi
run_slide = Slaid
run_title = Tajuk
run_minutes = Minit
run_start = Mula pada
run_total = Jumlah
materials = Perlu dibawa
before_class = Sebelum kelas
