### Bantuan, output dan mesej ralat baris arahan dalam bahasa Melayu (Malaysia), serta
### setiap ralat yang dipaparkan oleh aplikasi. Id yang bermula dengan `help_` ialah
### bantuan sesuatu arahan atau pilihan; yang lain ialah kaedah `Strings`
### (src/strings/mod.rs). Istilah mengikut locales/ms/GLOSSARY.md.

## Susun atur bantuan clap.
help_usage = Penggunaan:
help_commands = Arahan
help_arguments = Argumen
help_options = Pilihan
help_flag_help = Paparkan bantuan
help_flag_version = Paparkan versi
help_command_help = Paparkan bantuan program atau bantuan arahan yang diberikan
help_default = lalai: { $value }
help_more = Untuk maklumat lanjut, cuba `{ $command } --help`.

## Program dan pilihannya.
help_defuse = Aplikasi desktop rujukan pantas untuk menangani pelanggan yang sukar.
help_defuse_screenshot = Simpan PNG bingkai pertama yang dipaparkan sepenuhnya ke FILE, paparkan masa yang diambil hingga bingkai itu, kemudian keluar.
help_defuse_view = Apa yang dipaparkan dahulu: home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (slaid N dibentangkan) atau presenter:DECK:N (paparan pembentangnya) atau to-customer:PAIR:LANG (ayat sesuatu pasangan yang ditunjukkan kepada pelanggan dalam LANG).
help_defuse_size = Saiz tetingkap dalam piksel logik, dalam bentuk WIDTHxHEIGHT.
help_defuse_theme = Tema warna: system (sistem), light (cerah), dark (gelap) atau high-contrast (kontras tinggi).
help_defuse_site_preset = Dengan --screenshot: paparkan “Siapa perlu dihubungi” dengan nombor pratetap sesuatu negara (GB, US, ZA, MY, RO, RU, CN atau MD), seolah-olah premis telah menyimpannya; site.ron tidak dibaca.
help_defuse_content = Lapiskan pek (folder yang mengandungi pack.ron) di atas kandungan terbina dalam dan pek yang dipasang; boleh diulang, dan yang kemudian mengatasi yang terdahulu. Folder yang mempunyai sources.ron tetapi tiada pack.ron ialah folder kandungan penuh: ia menggantikan kandungan terbina dalam (dan apa-apa yang datang sebelumnya).
help_defuse_kiosk = Jalankan sebagai kios pada PC kedai yang dikongsi: skrin penuh, tanpa kegemaran, tetapan atau carian yang tiada hasil, dan kembali ke Laman utama yang kosong selepas SECONDS saat tanpa aktiviti (120 jika tidak diberikan; sekurang-kurangnya 15). `kiosk: Some(SECONDS)` dalam site.ron melakukan perkara yang sama.
help_defuse_lang = Bahasa: en, ru, ro, af, ms atau zh-Hans. Aplikasi dibuka dalam bahasa ini untuk larian ini (jika tidak, dalam bahasa yang dipilih dalam aplikasi, atau bahasa sistem); arahan membaca kandungan dan menulis dalam bahasa ini (jika tidak, dalam bahasa sistem).

## Arahan dan pilihannya.
help_search = Cari dalam panduan, padanan terbaik dahulu.
help_search_query = Apa yang hendak dicari, dalam kata-kata pekerja (“pelanggan menjerit kepada saya”).
help_search_limit = Bilangan maksimum hasil yang dipaparkan (1 atau lebih).
help_search_json = Paparkan hasil sebagai tatasusunan JSON (setiap hasil dengan `origin`: kandungan terbina dalam atau pek).
help_search_words_only = Cari mengikut perkataan sahaja, tanpa model carian mengikut maksud.
help_show = Paparkan satu item, mengikut id (`defuse show angry`).
help_show_id = Id item, seperti yang dipaparkan oleh `search`.
help_vectors = Tulis vektor petikan kandungan untuk carian mengikut maksud (assets/model/content-vectors.bin), atau dengan --check, gagal jika fail dalam repositori tidak lagi terkini.
help_vectors_check = Hanya semak bahawa vektor dalam repositori sepadan dengan kandungan dan model.
help_vectors_packs = Sebaliknya, hasilkan vektor bagi petikan pek yang dipasang dan folder --content, sekali sahaja, ke dalam cache PC ini (aplikasi melakukannya di latar belakang).
help_vectors_out = Tempat untuk menulisnya.
help_present = Bentangkan modul latihan (atau mana-mana item) dalam skrin penuh, dengan paparan pembentang.
help_present_id = Id modul atau item; modul latihan yang pertama jika tidak diberikan.
help_present_slide = Mula pada slaid ini (bermula dari 1, seperti kiraan penanda kemajuan).
help_shortcuts = Paparkan pintasan papan kekunci aplikasi sebagai jadual Markdown.
help_missed = Senaraikan carian yang tiada hasilnya dibuka oleh pekerja, yang paling kerap dicari dahulu (hanya direkodkan jika dihidupkan dalam tetapan aplikasi).
help_missed_export = Tulis carian itu ke FILE sebagai baris `query<TAB>count`, bukannya memaparkannya.
help_export = Tulis bahan edaran untuk dicetak sebagai satu fail HTML serba lengkap ke dalam DIR.
help_export_dir = Folder untuk ditulis (dibuat jika belum ada).
help_export_deck = Id modul latihan; setiap kad jenis pelanggan dan panduan tindakan jika tidak diberikan.
help_export_paper = Saiz kertas: a4 atau letter.
help_export_layout = cards (satu item satu halaman), pocket (pasangan ayat, empat kad A6 sehelai), notes (salinan jurulatih: atur cara sesi, kemudian nota pembentang, soalan, jawapan dan main peranan) atau roleplay (kad pelanggan, pekerja dan pemerhati untuk digunting).
help_export_two_up = Cetak dua halaman pendek pada sehelai kertas (cards dan notes); kad keselamatan tetap mendapat helaiannya sendiri.
help_check = Semak kesahihan kandungan terbina dalam bersama pek yang dipasang dan folder --content yang dilapiskan di atasnya, atau satu folder: pek (di atas kandungan terbina dalam) atau folder kandungan penuh (secara bersendirian).
help_check_dir = Pek (dengan pack.ron), atau folder kandungan: sources.ron dan satu folder bagi setiap bahasa.
help_check_after = Status keluar: 0 jika tiada masalah; 1 jika ada ralat (apa-apa yang mengandungi ralat tidak dimuatkan); 3 jika hanya ada amaran (kenalan premis tanpa nombor, item yang perlu disemak semula, `hide` yang tidak menyembunyikan apa-apa); 2 bagi baris arahan yang tidak difahami.
help_install_pack = Pasang pek (folder, atau fail .zip bagi folder itu) ke dalam packs/ dalam folder data, selepas `check` tidak menemui sebarang ralat padanya apabila dilapiskan di atas kandungan terbina dalam.
help_install_pack_path = Folder atau fail .zip pek.
help_remove_pack = Buang pek yang dipasang, mengikut nama dalam pack.ron pek itu.
help_remove_pack_name = Nama dalam pack.ron pek itu.
help_init_pack = Tulis pek permulaan yang kecil dan berulasan, yang lulus `check`, ke dalam DIR (baharu atau kosong).
help_init_pack_dir = Folder untuk ditulis: baharu, atau kosong.
help_init_pack_country = Isi nombor kecemasan daripada pratetap negara ini: GB (atau UK), US, ZA, MY, RO, RU, CN atau MD.
help_sign_pack = Tandatangani setiap fail pek dengan kunci rahsia minisign, untuk PC yang hanya memuatkan pek yang ditandatangani oleh kunci yang dipercayainya.
help_sign_pack_dir = Folder pek yang hendak ditandatangani (setiap fail di dalamnya).
help_sign_pack_key = Fail kunci rahsia minisign (`defuse pack-key`, atau `minisign -G`); jika kunci dilindungi kata laluan, kata laluannya dibaca daripada $DEFUSE_KEY_PASSWORD.
help_pack_key = Buat pasangan kunci untuk menandatangani pek: kunci rahsia dalam FILE, kunci awam (untuk dipercayai oleh PC) dalam FILE.pub.
help_pack_key_file = Tempat untuk menulis kunci rahsia; fail sedia ada tidak akan ditulis ganti.

## Baris arahan yang tidak difahami oleh program.
cli_error = ralat
cli_unknown_argument = `{ $argument }` bukan pilihan di sini
cli_unknown_command = `{ $command }` bukan arahan
cli_invalid_value = `{ $value }` bukan nilai untuk { $option }: { $reason }
cli_missing_value = { $option } memerlukan nilai
cli_missing_argument = tidak diberikan: { $arguments }
cli_conflict = { $option } tidak boleh digunakan bersama { $other }
cli_too_many = terlalu banyak nilai: `{ $value }`
cli_possible = gunakan salah satu daripada { $values }
cli_size_form = sepatutnya WIDTHxHEIGHT, contohnya 1024x768, bukan `{ $text }`
cli_size_range = `{ $text }` bukan saiz antara 200 hingga 10000
cli_limit_zero = nilai mestilah sekurang-kurangnya 1
cli_limit_number = `{ $text }` bukan nombor bulat 1 atau lebih
cli_theme = tema `{ $text }` tidak diketahui: gunakan system, light, dark atau high-contrast
cli_country = bukan pratetap negara: gunakan salah satu daripada { $codes }
cli_paper = gunakan a4 atau letter
cli_layout = gunakan cards, pocket, notes atau roleplay
cli_language = tiada bahasa `{ $text }`: gunakan salah satu daripada { $codes }

## Apa yang dipaparkan oleh arahan.
cli_no_deck = tiada modul latihan untuk dibentangkan.
cli_no_item = tiada item dengan id `{ $id }`. Cuba `defuse search { $id }`.
cli_no_deck_or_item = tiada modul atau item dengan id `{ $id }`. Cuba `defuse search { $id }`.
cli_no_data_folder = folder data tidak ditemui; tetapkan { $variable }
cli_vectors_stale = { $file } tidak lagi terkini: { $missing } petikan tiada vektor, { $unused } vektor tidak sepadan dengan mana-mana petikan. Jalankan `cargo run --release -- vectors`.
cli_vectors_current = { $file }: { $count } petikan, terkini.
cli_vectors_written = { $file }: { $count } petikan.
cli_words_only = mencari mengikut perkataan sahaja: { $reason }
cli_vectors_missing = { $count } petikan daripada pek atau terjemahan belum mempunyai vektor di PC ini, jadi itemnya hanya ditemui melalui perkataannya. `defuse vectors --packs` (dengan --content dan --lang yang sama) menghasilkan vektornya sekali sahaja; aplikasi melakukannya di latar belakang.
cli_embedded = vektor dihasilkan bagi { $done } daripada { $total } petikan
cli_embedded_all = { $file }: vektor dihasilkan bagi { $total } petikan; setiap petikan mempunyai vektor.
cli_missed_written = { $count } carian yang tiada hasil ditulis ke { $file }
cli_missed_none = Tiada carian tanpa hasil dalam { $file }. Carian sebegini hanya direkodkan jika dihidupkan dalam tetapan aplikasi.
cli_the_decks = Modul latihan yang ada: { $ids }.
cli_pack_line = pek { $name } { $version }: { $changes }
cli_checked = { $files } fail dalam { $languages } bahasa disemak: { $items } item sah, { $problems } masalah
cli_checked_warnings = , { $warnings } amaran
cli_not_installed = { $path } mempunyai { $problems } masalah: tidak dipasang.
cli_no_manifest = pek ini tiada pack.ron: tidak dipasang.
cli_installed = { $name } { $version } dipasang ke dalam { $dir }
cli_removed = { $dir } dibuang
cli_edit_starter = Suntingnya, kemudian jalankan `defuse check --content { $dir }` dan `defuse install-pack { $dir }`.
cli_signed = { $files } fail dalam { $dir } ditandatangani (tandatangan dalam { $signatures })
cli_key_exists = { $file } sudah wujud; kunci tidak akan ditulis ganti
cli_key_made =
    kunci { $id }: kunci rahsia dalam { $secret }, kunci awam dalam { $public }
    Jauhkan kunci rahsia daripada PC kedai. Untuk mempercayai kunci ini pada sesebuah PC, tambahkan yang berikut pada site.ron PC itu:
cli_no_language_folder = folder bahasa tidak ditemui (sepatutnya ada, contohnya, en/customer-types/*.ron)

## Ralat, di mana-mana sahaja ia dipaparkan.
err_view = paparan `{ $view }` tidak diketahui: gunakan home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N, presenter:DECK:N atau to-customer:PAIR:LANG
err_window = tidak dapat membuka tetingkap: { $reason }
err_screenshot = tangkapan skrin gagal: { $reason }
err_unknown_deck = tiada modul latihan dengan id `{ $id }`
err_write = tidak dapat menulis { $path }: { $reason }
err_save = tidak dapat menyimpan { $path }: { $reason }
err_output = tidak dapat menulis keluaran: { $reason }
err_json = tidak dapat mengekod JSON: { $reason }
err_encode = tidak dapat mengekod data pengguna: { $reason }
err_content_folder = tidak dapat membaca folder kandungan { $path }: { $reason }
err_watch = tidak dapat memantau perubahan: { $reason }
err_unreadable = fail tidak dapat dibaca: { $reason }
err_unreadable_folder = folder tidak dapat dibaca: { $reason }
err_not_a_file = ini ialah { $what ->
        [folder] folder
        [pipe] paip bernama (FIFO)
        [socket] soket
        [device] peranti
        [link] pautan
       *[other] fail khas
    }, bukan fail biasa: dilangkau
err_not_regular = ini ialah { $what ->
        [folder] folder
        [pipe] paip bernama (FIFO)
        [socket] soket
        [device] peranti
        [link] pautan
       *[other] fail khas
    }, bukan fail biasa
err_link_outside = pautan ini menghala ke luar folder kandungan (ke { $target }): tidak diikuti
err_too_deep = folder ini bersarang lebih daripada { $depth } aras folder: isinya tidak dibaca
err_too_many_entries = folder kandungan mengandungi lebih daripada { $limit } entri: selebihnya tidak dibaca
err_missing_sources = fail ini tiada: ia menyenaraikan sumber yang dipetik oleh setiap item, jadi tiada rujukan `sources` yang dapat ditemui
err_missing_site = fail ini tiada: ia menyenaraikan kenalan premis yang dinamakan oleh `{"{"}police{"}"}`, `{"{"}security{"}"}` dan pemegang tempat lain, jadi pemegang tempat itu kekal seperti yang ditaip
err_too_large = saiz fail ini { $size } bait; fail kandungan tidak boleh melebihi { $limit } bait
err_invalid_utf8 = fail ini bukan teks UTF-8 yang sah
err_ends_in_string = fail ini berakhir di dalam rentetan ini: adakah `"` penutupnya tertinggal, atau adakah fail ini terpotong?
err_ends_early = fail ini berakhir terlalu awal, sebelum kandungannya lengkap: adakah fail ini terpotong? ({ $reason })
err_empty_file = fail ini kosong
err_not_content = ini bukan fail kandungan: tiada `Kind(` … `)` di dalamnya (dengan hujung baris Windows atau Unix, bukan hujung baris Mac lama)
err_unsupported_version = versi format { $found } tidak disokong (binaan ini membaca versi { $supported })
err_unexpected_file = fail yang tidak dijangka: { $reason }
err_duplicate_id = id pendua `{ $id }`: sudah digunakan di { $first }
err_unknown_reference = `{ $field }` merujuk kepada `{ $target }`, yang tidak wujud ({ $expected ->
        [source] sepatutnya id sumber seperti `S2` atau kunci perkara seperti `S2.M2.1`
        [customer_type] sepatutnya id jenis pelanggan seperti `angry`
        [phrase] sepatutnya id pasangan ayat
        [playbook] sepatutnya id panduan tindakan seperti `three-steps`
        [principle] sepatutnya id prinsip seperti `listen-first`
       *[item] sepatutnya id kad, panduan tindakan, prinsip atau pasangan ayat
    })
err_lost_reference = `{ $field }` merujuk kepada `{ $target }`, yang tidak dimuatkan kerana masalah pada { $cause }{ $more ->
        [0] {""}
       *[other] ; dan { $more } lagi rujukan kepada { $what }
    }
err_unknown_placeholder = pemegang tempat `{"{"}{ $name }{"}"}` tidak diketahui (yang dikenali: { $known })
err_misspelt_placeholder = `{ $written }` bukan pemegang tempat: tulis sebagai `{ $meant }` (huruf kecil, sempang, tanpa ruang)
err_control_character = `{ $field }` mengandungi aksara kawalan ({ $code }), yang tidak dipaparkan oleh mana-mana skrin tetapi dipatuhi oleh terminal
err_empty_text = `{ $field }` tidak boleh kosong
err_invalid_id = id tidak sah `{ $id }`: gunakan huruf kecil, digit dan sempang, paling banyak 64 aksara
err_missing_manifest = fail ini tiada: pek menyatakan nama, versi dan perubahannya dalam fail ini (`name`, `version`, `changes`); folder yang tiada pack.ron mahupun sources.ron bukan kandungan
err_hides_safety_card = `{ $id }` ialah kad keselamatan: pek tidak boleh menyembunyikannya, jadi kad itu kekal
err_safety_override_refused = `{ $id }` ialah kad keselamatan dan versi kad itu dalam pek ini ada masalah: versi itu ditolak, dan kad daripada { $kept } kekal
err_hides_own_item = `hide` menamakan `{ $id }`, yang ditakrifkan oleh pek ini sendiri: item itu tidak disembunyikan
err_hides_nothing = `hide` menamakan `{ $id }`, yang tiada dalam mana-mana lapisan terdahulu: tiada apa-apa untuk disembunyikan
err_kind_changed = `{ $id }` ialah { $kind ->
        [customer_type] jenis pelanggan
        [phrase] pasangan ayat
        [playbook] panduan tindakan
        [principle] prinsip
        [deck] modul latihan
       *[contact] kenalan premis
    } dalam lapisan terdahulu ({ $first }): pek hanya boleh menggantikan item dengan item yang sama jenis, jadi item ini tidak dimuatkan
err_due_for_review = perlu disemak semula: kali terakhir disemak { $reviewed }, dan pek meminta semakan setiap { $every }
err_contact_not_set = { $label }: belum ditetapkan: tanya penyelia anda, kemudian berikan nombor itu sebagai `number` di sini (LANG/site.ron dalam pek)
err_untranslated = { $count } item belum diterjemahkan ke dalam `{ $language }`: item itu dipaparkan dalam bahasa Inggeris, bertanda EN (contohnya { $examples })
err_starter_not_empty = { $dir } tidak kosong: init-pack menulis pek baharu ke dalam folder baharu atau kosong
err_starter_missing = kandungan terbina dalam tiada `{ $id }` untuk dijadikan titik permulaan
err_zip = { $path }: bukan fail zip yang boleh dibaca: { $reason }
err_zip_entry = { $path }:{ $name }: entri ini tidak dapat dibaca: { $reason }
err_zip_no_manifest = { $path }: zip ini tiada pack.ron, sama ada di aras teratasnya atau dalam satu folder di aras teratasnya
err_not_a_pack = { $path }: tiada pack.ron di dalamnya, jadi ia bukan pek
err_zip_unsafe_path = { $path }: zip ini menamakan `{ $name }`, yang akan terletak di luar pek: ditolak
err_zip_too_big = { $path }: zip ini mengandungi lebih daripada { $limit } entri atau { $mebibytes } MiB: ditolak
err_pack_name = `{ $name }` bukan nama pek: gunakan huruf kecil, digit dan sempang
err_not_installed = tiada pek bernama `{ $name }` yang dipasang dalam { $dir }
err_install_busy = pemasangan atau pembuangan lain bagi pek `{ $name }` sedang berjalan: cuba lagi apabila proses itu selesai
err_refused = { $count } masalah ditemui: tidak dipasang
err_secret_key = { $path }: bukan kunci rahsia minisign: { $reason }
err_needs_password = { $path }: kunci ini dilindungi kata laluan: tetapkan DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` bukan kunci awam minisign
err_sign = tidak dapat menandatangani { $path }: { $reason }
err_file_unsigned = { $path }: tidak ditandatangani (fail lain dalam pek ini ditandatangani)
err_file_changed = { $path }: telah berubah sejak pek ditandatangani
err_file_missing = { $path }: ditandatangani, tetapi fail ini sudah tiada
err_untrusted_key = { $path }: ditandatangani oleh kunci yang tidak dipercayai oleh PC ini
err_pack_unsigned = pek ini tidak ditandatangani, dan PC ini hanya memuatkan pek yang ditandatangani
