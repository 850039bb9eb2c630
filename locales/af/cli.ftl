### Die opdragreël se hulp, afvoer en foute in Afrikaans, en elke fout wat die
### toepassing wys. Ids wat met `help_` begin, is die hulp van ŉ opdrag of opsie
### (`help_COMMAND` en `help_COMMAND_OPTION`, `defuse` vir die program self); die
### ander is `Strings`-metodes (src/strings/mod.rs). Dieselfde ids as die Engelse lys.

## Hoe clap se hulp uitgelê is.
help_usage = Gebruik:
help_commands = Opdragte
help_arguments = Argumente
help_options = Opsies
help_flag_help = Wys hulp
help_flag_version = Wys die weergawe
help_command_help = Wys die hulp van die program of van die gegewe opdrag
help_default = verstek: { $value }
help_more = Probeer `{ $command } --help` vir meer.

## Die program en sy opsies.
help_defuse = Vinnige naslaantoepassing op die rekenaar vir die hantering van moeilike klante.
help_defuse_screenshot = Stoor ŉ PNG van die eerste volledig weergegewe raam in FILE, wys hoe lank dit tot by daardie raam geneem het, en sluit af.
help_defuse_view = Wat eerste gewys word: home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (skyfie N word aangebied) of presenter:DECK:N (sy aanbiedersaansig) of to-customer:PAIR:LANG (ŉ paar se sin, vir ŉ klant gewys in LANG).
help_defuse_size = Venstergrootte in logiese piksels, as WIDTHxHEIGHT.
help_defuse_theme = Kleurtema: system, light, dark of high-contrast.
help_defuse_site_preset = Met --screenshot: wys wie om te bel met die nommers van ŉ land se voorinstelling (GB, US, ZA, MY, RO, RU, CN of MD), asof die werkplek hulle gestoor het; lees geen site.ron nie.
help_defuse_content = Lê ŉ pakket (ŉ vouer met pack.ron) oor die ingeboude inhoud en die geïnstalleerde pakkette; kan herhaal word, en ŉ latere een geld bo ŉ vroeëre. ŉ Vouer met sources.ron en sonder pack.ron is ŉ volledige inhoudsvouer: dit vervang die ingeboude inhoud (en wat voor dit gekom het).
help_defuse_kiosk = Werk as kiosk op ŉ gedeelde winkelrekenaar: volskerm, geen gunstelinge, instellings of lys van soektogte sonder resultaat nie, en terug na ŉ leë Tuis ná SECONDS sonder aktiwiteit (120 as dit nie gegee word nie; minstens 15). `kiosk: Some(SECONDS)` in site.ron doen dieselfde.
help_defuse_lang = Die taal: en, ru, ro, af, ms of zh-Hans. Die toepassing begin vir hierdie lopie in hierdie taal (anders in die taal wat in die toepassing gekies is, anders in die stelsel se taal); die opdragte lees inhoud in hierdie taal en skryf daarin (anders in die stelsel se taal).

## Die opdragte en hul opsies.
help_search = Deursoek die riglyne, beste pasmaat eerste.
help_search_query = Waarna om te soek, in die personeel se eie woorde (“klant skree op my”).
help_search_limit = Hoeveel resultate om hoogstens te wys (1 of meer).
help_search_json = Wys die resultate as ŉ JSON-skikking (elkeen met sy `origin`: bundled (ingebou) of die naam van ŉ pakket).
help_search_words_only = Soek net op woorde, sonder die sinsmodel.
help_show = Wys een item, volgens id (`defuse show angry`).
help_show_id = Die item se id, soos `search` dit wys.
help_vectors = Skryf die inhoud se gedeeltevektore vir soek op betekenis (assets/model/content-vectors.bin), of misluk, met --check, as die lêer in die bewaarplek verouderd is.
help_vectors_check = Gaan net na of die vektore in die bewaarplek by die inhoud en die model pas.
help_vectors_packs = Bed eerder die gedeeltes van die geïnstalleerde pakkette en die vouers van --content een keer in, in hierdie rekenaar se kasgeheue (die toepassing doen dit in die agtergrond).
help_vectors_out = Waarheen om hulle te skryf.
help_present = Bied ŉ opleidingsaanbieding (of enige item) op volskerm aan, met die aanbiedersaansig.
help_present_id = Die id van die aanbieding of item; die eerste opleidingsaanbieding as dit weggelaat word.
help_present_slide = Begin by hierdie skyfie (vanaf 1 getel, soos op die vorderingsaanwyser).
help_shortcuts = Wys die toepassing se sleutelbordkortpaaie as ŉ Markdown-tabel.
help_missed = Lys die soektogte waarna die personeellid geen resultaat oopgemaak het nie, die gereeldste eerste (word net aangeteken as dit in die toepassing se instellings aangeskakel is).
help_missed_export = Skryf hulle na FILE as reëls in die vorm `query<TAB>count` in plaas daarvan om hulle te wys.
help_export = Skryf drukbare uitdeelstukke as een selfstandige HTML-lêer in DIR.
help_export_dir = Die vouer om in te skryf (word geskep as dit nie bestaan nie).
help_export_deck = ŉ Opleidingsaanbieding se id; elke klanttipekaart en draaiboek as dit weggelaat word.
help_export_paper = Die papiergrootte: a4 of letter.
help_export_layout = cards (een item per bladsy), pocket (frasepare, vier A6-kaarte per vel), notes (die opleier se kopie: ŉ verloopskedule, dan aanbiedersnotas, vrae, antwoorde en rollespele) of roleplay (kaarte vir klant, personeellid en waarnemer om uit te knip).
help_export_two_up = Druk twee kort bladsye op een vel (cards en notes); ŉ veiligheidskaart kry steeds sy eie vel.
help_check = Kontroleer die ingeboude inhoud met die geïnstalleerde pakkette en die vouers van --content daaroor gelê, of een vouer: ŉ pakket (oor die ingeboude inhoud) of ŉ volledige inhoudsvouer (op sy eie).
help_check_dir = ŉ Pakket (met pack.ron), of ŉ inhoudsvouer: sources.ron en een vouer per taal.
help_check_after = Afsluitstatus: 0 as alles in orde is; 1 as daar foute is (wat foute bevat, word nie gelaai nie); 3 as daar net waarskuwings is (ŉ werkplekkontak sonder nommer, ŉ item wat hersien moet word, ŉ `hide` wat niks versteek nie); 2 vir ŉ opdragreël wat nie verstaan word nie.
help_install_pack = Installeer ŉ pakket (ŉ vouer, of ŉ .zip daarvan) in die datavouer se packs/, mits `check` geen foute daarin vind wanneer dit oor die ingeboude inhoud gelê word nie.
help_install_pack_path = Die pakket se vouer of .zip.
help_remove_pack = Verwyder ŉ geïnstalleerde pakket, volgens die naam in sy pack.ron.
help_remove_pack_name = Die naam in die pakket se pack.ron.
help_init_pack = Skryf ŉ klein beginpakket met kommentaar in DIR (nuut of leeg) wat sonder foute deur `check` kom.
help_init_pack_dir = Die vouer om dit in te skryf: nuut, of leeg.
help_init_pack_country = Vul die noodnommers in uit hierdie land se voorinstelling: GB (of UK), US, ZA, MY, RO, RU, CN of MD.
help_sign_pack = Onderteken elke lêer van ŉ pakket met ŉ geheime minisign-sleutel, vir rekenaars wat net pakkette laai wat onderteken is met sleutels wat hulle vertrou.
help_sign_pack_dir = Die pakketvouer om te onderteken (elke lêer daarin).
help_sign_pack_key = ŉ Lêer met ŉ geheime minisign-sleutel (`defuse pack-key`, of `minisign -G`); vir ŉ sleutel wat met ŉ wagwoord beskerm is, word die wagwoord uit $DEFUSE_KEY_PASSWORD gelees.
help_pack_key = Maak ŉ sleutelpaar om pakkette te onderteken: die geheime sleutel in FILE, die openbare sleutel (wat die rekenaars moet vertrou) in FILE.pub.
help_pack_key_file = Waarheen om die geheime sleutel te skryf; ŉ bestaande lêer word nooit oorskryf nie.

## ŉ Opdragreël wat die program nie verstaan nie.
cli_error = fout
cli_unknown_argument = `{ $argument }` is nie hier ŉ opsie nie
cli_unknown_command = `{ $command }` is nie ŉ opdrag nie
cli_invalid_value = `{ $value }` is nie ŉ waarde vir { $option } nie: { $reason }
cli_missing_value = { $option } het ŉ waarde nodig
cli_missing_argument = ontbreek: { $arguments }
cli_conflict = { $option } kan nie saam met { $other } gebruik word nie
cli_too_many = te veel waardes: `{ $value }`
cli_possible = gebruik een van { $values }
cli_size_form = WIDTHxHEIGHT word verwag, soos 1024x768, nie `{ $text }` nie
cli_size_range = `{ $text }` is nie ŉ grootte van 200 tot 10000 nie
cli_limit_zero = die waarde moet minstens 1 wees
cli_limit_number = `{ $text }` is nie ŉ heelgetal van 1 of meer nie
cli_theme = onbekende tema `{ $text }`: gebruik system, light, dark of high-contrast
cli_country = nie ŉ landvoorinstelling nie: gebruik een van { $codes }
cli_paper = gebruik a4 of letter
cli_layout = gebruik cards, pocket, notes of roleplay
cli_language = geen taal `{ $text }` nie: gebruik een van { $codes }

## Wat die opdragte wys.
cli_no_deck = daar is geen opleidingsaanbieding om aan te bied nie.
cli_no_item = geen item met id `{ $id }` nie. Probeer `defuse search { $id }`.
cli_no_deck_or_item = geen aanbieding of item met id `{ $id }` nie. Probeer `defuse search { $id }`.
cli_no_data_folder = geen datavouer gevind nie; stel { $variable }
cli_vectors_stale = { $file } is verouderd: { $missing ->
        [one] { $missing } gedeelte het
       *[other] { $missing } gedeeltes het
    } geen vektor nie, { $unused ->
        [one] { $unused } vektor pas
       *[other] { $unused } vektore pas
    } by geen gedeelte nie. Voer `cargo run --release -- vectors` uit.
cli_vectors_current = { $file }: { $count ->
        [one] { $count } gedeelte
       *[other] { $count } gedeeltes
    }, op datum.
cli_vectors_written = { $file }: { $count ->
        [one] { $count } gedeelte
       *[other] { $count } gedeeltes
    }.
cli_words_only = soek net op woorde: { $reason }
cli_vectors_missing = { $count ->
        [one] { $count } gedeelte van die pakkette of van die vertalings het nog geen vektor
       *[other] { $count } gedeeltes van die pakkette of van die vertalings het nog geen vektore
    } op hierdie rekenaar nie, dus word die betrokke items net op woorde gevind. `defuse vectors --packs` (met dieselfde --content en --lang) doen die inbedding een keer; die toepassing doen dit in die agtergrond.
cli_embedded = { $total ->
        [one] { $done } van { $total } gedeelte ingebed
       *[other] { $done } van { $total } gedeeltes ingebed
    }
cli_embedded_all = { $file }: { $total ->
        [one] { $total } gedeelte
       *[other] { $total } gedeeltes
    } ingebed; elke gedeelte het ŉ vektor.
cli_missed_written = { $count ->
        [one] { $count } soektog
       *[other] { $count } soektogte
    } sonder resultaat na { $file } geskryf
cli_missed_none = { $file } bevat geen soektogte sonder resultaat nie. Hulle word net aangeteken as dit in die toepassing se instellings aangeskakel is.
cli_the_decks = Die opleidingsaanbiedings is: { $ids }.
cli_pack_line = pakket { $name } { $version }: { $changes }
cli_checked = { $files ->
        [one] { $files } lêer
       *[other] { $files } lêers
    } in { $languages ->
        [one] { $languages } taal
       *[other] { $languages } tale
    } nagegaan: { $items ->
        [one] { $items } geldige item
       *[other] { $items } geldige items
    }, { $problems ->
        [one] { $problems } probleem
       *[other] { $problems } probleme
    }
cli_checked_warnings = , { $warnings ->
        [one] { $warnings } waarskuwing
       *[other] { $warnings } waarskuwings
    }
cli_not_installed = { $path } het { $problems ->
        [one] { $problems } probleem
       *[other] { $problems } probleme
    }: nie geïnstalleer nie.
cli_no_manifest = die pakket het geen pack.ron nie: nie geïnstalleer nie.
cli_installed = { $name } { $version } in { $dir } geïnstalleer
cli_removed = { $dir } verwyder
cli_edit_starter = Wysig dit, en voer dan `defuse check --content { $dir }` en `defuse install-pack { $dir }` uit.
cli_signed = { $files ->
        [one] { $files } lêer
       *[other] { $files } lêers
    } van { $dir } onderteken (handtekeninge in { $signatures })
cli_key_exists = { $file } bestaan reeds; ŉ sleutel word nooit oorskryf nie
cli_key_made =
    sleutel { $id }: geheime sleutel in { $secret }, openbare sleutel in { $public }
    Sit die geheime sleutel nooit op ŉ winkelrekenaar nie. Om die sleutel op ŉ rekenaar te vertrou, voeg dit by daardie rekenaar se site.ron:
cli_no_language_folder = geen taalvouer gevind nie (verwag bv. en/customer-types/*.ron)

## Foute, waar hulle ook al gewys word.
err_view = onbekende aansig `{ $view }`: gebruik home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N, presenter:DECK:N of to-customer:PAIR:LANG
err_window = kan nie die venster oopmaak nie: { $reason }
err_screenshot = skermskoot het misluk: { $reason }
err_unknown_deck = geen opleidingsaanbieding met id `{ $id }` nie
err_write = kan nie na { $path } skryf nie: { $reason }
err_save = kan { $path } nie stoor nie: { $reason }
err_output = kan nie die afvoer skryf nie: { $reason }
err_json = kan nie JSON enkodeer nie: { $reason }
err_encode = kan nie gebruikersdata enkodeer nie: { $reason }
err_content_folder = kan nie die inhoudsvouer { $path } lees nie: { $reason }
err_watch = kan nie veranderinge dophou nie: { $reason }
err_unreadable = kon nie die lêer lees nie: { $reason }
err_unreadable_folder = kon nie die vouer lees nie: { $reason }
err_not_a_file = dit is { $what ->
        [folder] ŉ vouer
        [pipe] ŉ benoemde pyp (FIFO)
        [socket] ŉ sok
        [device] ŉ toestel
        [link] ŉ skakel
       *[other] ŉ spesiale lêer
    }, nie ŉ gewone lêer nie: oorgeslaan
err_not_regular = dit is { $what ->
        [folder] ŉ vouer
        [pipe] ŉ benoemde pyp (FIFO)
        [socket] ŉ sok
        [device] ŉ toestel
        [link] ŉ skakel
       *[other] ŉ spesiale lêer
    }, nie ŉ gewone lêer nie
err_link_outside = hierdie skakel lei na buite die inhoudsvouer (na { $target }): nie gevolg nie
err_too_deep = hierdie vouer lê meer as { $depth ->
        [one] { $depth } vouer
       *[other] { $depth } vouers
    } diep: wat daarin is, is nie gelees nie
err_too_many_entries = die inhoudsvouer bevat meer as { $limit } inskrywings: die res is nie gelees nie
err_missing_sources = die lêer ontbreek: dit lys die bronne wat elke item aanhaal, dus kan geen `sources`-verwysing opgelos word nie
err_missing_site = die lêer ontbreek: dit lys die werkplek se kontakte wat `{"{"}police{"}"}`, `{"{"}security{"}"}` en die ander plekhouers noem, dus bly hulle soos getik
err_too_large = die lêer is { $size } grepe; inhoudslêers mag hoogstens { $limit } grepe wees
err_invalid_utf8 = die lêer is nie geldige UTF-8-teks nie
err_ends_in_string = die lêer eindig binne-in hierdie teksstring: ontbreek sy sluitende `"`, of is die lêer afgesny?
err_ends_early = die lêer eindig te vroeg, voordat sy inhoud volledig is: is dit afgesny? ({ $reason })
err_empty_file = die lêer is leeg
err_not_content = dit is nie ŉ inhoudslêer nie: dit het geen `Kind(` … `)` nie (met Windows- of Unix-reëleindes, nie ou Mac-reëleindes nie)
err_unsupported_version = formaatweergawe { $found } word nie ondersteun nie (hierdie weergawe van die program lees weergawe { $supported })
err_unexpected_file = onverwagte lêer: { $reason }
err_duplicate_id = dubbele id `{ $id }`: reeds gebruik in { $first }
err_unknown_reference = `{ $field }` verwys na `{ $target }`, wat nie bestaan nie ({ $expected ->
        [source] ŉ bron-id soos `S2` of ŉ puntsleutel soos `S2.M2.1` word verwag
        [customer_type] ŉ klanttipe-id soos `angry` word verwag
        [phrase] die id van ŉ frasepaar word verwag
        [playbook] ŉ draaiboek-id soos `three-steps` word verwag
        [principle] ŉ beginsel-id soos `listen-first` word verwag
       *[item] die id van ŉ kaart, draaiboek, beginsel of frasepaar word verwag
    })
err_lost_reference = `{ $field }` verwys na `{ $target }`, wat nie gelaai is nie weens die probleem met { $cause }{ $more ->
        [0] {""}
        [one] ; en nog 1 verwysing na { $what }
       *[other] ; en nog { $more } verwysings na { $what }
    }
err_unknown_placeholder = onbekende plekhouer `{"{"}{ $name }{"}"}` (bekend: { $known })
err_misspelt_placeholder = `{ $written }` is nie ŉ plekhouer nie: skryf dit as `{ $meant }` (kleinletters, koppeltekens, geen spasies nie)
err_control_character = `{ $field }` bevat ŉ beheerkarakter ({ $code }), wat geen skerm wys nie, maar wat ŉ terminaal uitvoer
err_empty_text = `{ $field }` mag nie leeg wees nie
err_invalid_id = ongeldige id `{ $id }`: gebruik kleinletters, syfers en koppeltekens, hoogstens 64 karakters
err_missing_manifest = die lêer ontbreek: ŉ pakket noem homself daarin (naam, weergawe, veranderinge); ŉ vouer met nóg pack.ron nóg sources.ron is nie inhoud nie
err_hides_safety_card = `{ $id }` is ŉ veiligheidskaart: ŉ pakket kan dit nie versteek nie, dus bly dit
err_safety_override_refused = `{ $id }` is ŉ veiligheidskaart en hierdie pakket se weergawe daarvan het probleme: dit word geweier, en die kaart uit { $kept } bly
err_hides_own_item = `hide` noem `{ $id }`, wat hierdie pakket self definieer: dit word nie versteek nie
err_hides_nothing = `hide` noem `{ $id }`, wat in geen vroeëre laag is nie: niks om te versteek nie
err_kind_changed = `{ $id }` is { $kind ->
        [customer_type] ŉ klanttipe
        [phrase] ŉ frasepaar
        [playbook] ŉ draaiboek
        [principle] ŉ beginsel
        [deck] ŉ opleidingsaanbieding
       *[contact] ŉ werkplekkontak
    } in ŉ vroeëre laag ({ $first }): ŉ pakket vervang ŉ item met een van dieselfde soort, dus word hierdie een nie gelaai nie
err_due_for_review = moet hersien word: laas hersien op { $reviewed }, en die pakket vra elke { $every } ŉ hersiening
err_contact_not_set = { $label }: nie ingestel nie: vra u toesighouer, en gee dit dan hier as `number` (in ŉ pakket se LANG/site.ron)
err_untranslated = { $count ->
        [one] { $count } item is nie na `{ $language }` vertaal nie: dit word in Engels gewys, gemerk EN (byvoorbeeld { $examples })
       *[other] { $count } items is nie na `{ $language }` vertaal nie: hulle word in Engels gewys, gemerk EN (byvoorbeeld { $examples })
    }
err_starter_not_empty = { $dir } is nie leeg nie: init-pack skryf ŉ nuwe pakket in ŉ nuwe of leë vouer
err_starter_missing = die ingeboude inhoud het geen `{ $id }` om mee te begin nie
err_zip = { $path }: nie ŉ zip-lêer wat gelees kan word nie: { $reason }
err_zip_entry = { $path }:{ $name }: hierdie inskrywing kon nie gelees word nie: { $reason }
err_zip_no_manifest = { $path }: die zip bevat geen pack.ron nie, nie op die boonste vlak nie en ook nie in ŉ enkele vouer op die boonste vlak nie
err_not_a_pack = { $path }: daar is geen pack.ron daarin nie, dus is dit nie ŉ pakket nie
err_zip_unsafe_path = { $path }: die zip noem `{ $name }`, wat buite die pakket sou beland: geweier
err_zip_too_big = { $path }: die zip bevat meer as { $limit } inskrywings of { $mebibytes } MiB: geweier
err_pack_name = `{ $name }` is nie ŉ pakketnaam nie: kleinletters, syfers en koppeltekens
err_not_installed = geen pakket met die naam `{ $name }` is in { $dir } geïnstalleer nie
err_install_busy = ŉ ander installering of verwydering van die pakket `{ $name }` is aan die gang: probeer weer wanneer dit klaar is
err_refused = { $count ->
        [one] { $count } probleem gevind: nie geïnstalleer nie
       *[other] { $count } probleme gevind: nie geïnstalleer nie
    }
err_secret_key = { $path }: nie ŉ geheime minisign-sleutel nie: { $reason }
err_needs_password = { $path }: die sleutel is met ŉ wagwoord beskerm: stel DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` is nie ŉ openbare minisign-sleutel nie
err_sign = kan { $path } nie onderteken nie: { $reason }
err_file_unsigned = { $path }: nie onderteken nie (die pakket se ander lêers wel)
err_file_changed = { $path }: verander sedert die pakket onderteken is
err_file_missing = { $path }: onderteken, maar die lêer is weg
err_untrusted_key = { $path }: onderteken met ŉ sleutel wat hierdie rekenaar nie vertrou nie
err_pack_unsigned = die pakket is nie onderteken nie, en hierdie rekenaar laai net ondertekende pakkette
