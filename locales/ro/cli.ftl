### Ajutorul, mesajele și erorile liniei de comandă în limba română (ro), plus fiecare
### eroare pe care o afișează aplicația. Id-urile care încep cu `help_` sunt ajutorul
### unei comenzi sau opțiuni (`help_COMMAND` și `help_COMMAND_OPTION`, `defuse` pentru
### programul însuși); celelalte sunt metode din `Strings` (src/strings/mod.rs).

## Cum este așezat ajutorul.
help_usage = Utilizare:
help_commands = Comenzi
help_arguments = Argumente
help_options = Opțiuni
help_flag_help = Afișează ajutorul
help_flag_version = Afișează versiunea
help_command_help = Afișează ajutorul programului sau al comenzii date
help_default = implicit: { $value }
help_more = Pentru mai multe detalii, rulați `{ $command } --help`.

## Programul și opțiunile lui.
help_defuse = Aplicație desktop de referință rapidă pentru lucrul cu clienții dificili.
help_defuse_screenshot = Salvează în FILE un PNG al primului cadru afișat complet, scrie cât a durat până la el și iese.
help_defuse_view = Ce se afișează mai întâi: home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (diapozitivul N, în prezentare) sau presenter:DECK:N (vizualizarea prezentator a acestuia) sau to-customer:PAIR:LANG (replica unei perechi, afișată unui client în limba LANG).
help_defuse_size = Dimensiunea ferestrei în pixeli logici, sub forma WIDTHxHEIGHT (lățime x înălțime).
help_defuse_theme = Tema de culori: system, light, dark sau high-contrast.
help_defuse_site_preset = Cu --screenshot: afișează secțiunea „Pe cine sunați” cu numerele din presetarea unei țări (GB, US, ZA, MY, RO, RU, CN sau MD), ca și cum locația le-ar fi salvat; nu citește site.ron.
help_defuse_content = Aplică un pachet (un folder cu pack.ron) peste conținutul inclus în aplicație și peste pachetele instalate; se poate repeta, iar cel dat mai târziu are prioritate. Un folder cu sources.ron și fără pack.ron este un folder de conținut complet: înlocuiește conținutul inclus în aplicație (și tot ce a fost dat înaintea lui).
help_defuse_kiosk = Rulează ca chioșc pe un calculator comun din magazin: ecran complet, fără favorite, setări sau căutări fără rezultat, cu revenire la o pagină Acasă goală după SECONDS secunde de inactivitate (120 dacă nu se specifică; cel puțin 15). `kiosk: Some(SECONDS)` în site.ron are același efect.
help_defuse_lang = Limba: en, ru, ro, af, ms sau zh-Hans. Aplicația se deschide în această limbă pentru rularea curentă (altfel în cea aleasă în aplicație, altfel în cea a sistemului); comenzile citesc conținutul și scriu în această limbă (altfel în cea a sistemului).

## Comenzile și opțiunile lor.
help_search = Caută în ghid, cu cea mai bună potrivire la început.
help_search_query = Ce căutați, în cuvintele unui angajat („clientul țipă la mine”).
help_search_limit = Numărul maxim de rezultate afișate (1 sau mai mult).
help_search_json = Afișează rezultatele ca tablou JSON (fiecare cu `origin`: bundled, adică inclus în aplicație, sau numele unui pachet).
help_search_words_only = Caută doar după cuvinte, fără modelul pentru căutarea după sens.
help_show = Afișează un element, după id (`defuse show angry`).
help_show_id = Id-ul elementului, așa cum îl afișează `search`.
help_vectors = Scrie vectorii fragmentelor de conținut pentru căutarea după sens (assets/model/content-vectors.bin) sau, cu --check, eșuează dacă fișierul din depozit este învechit.
help_vectors_check = Doar verifică dacă vectorii din depozit corespund conținutului și modelului.
help_vectors_packs = În schimb, calculează o singură dată vectorii fragmentelor din pachetele instalate și din folderele --content, în memoria cache a acestui calculator (aplicația face asta în fundal).
help_vectors_out = Unde se scriu.
help_present = Pornește pe ecran complet o prezentare de instruire (sau orice element), cu vizualizarea prezentator.
help_present_id = Id-ul prezentării sau al elementului; dacă lipsește, prima prezentare de instruire.
help_present_slide = Începe de la acest diapozitiv (numerotat de la 1, ca în indicatorul de progres).
help_shortcuts = Afișează comenzile rapide de la tastatură ale aplicației, ca tabel Markdown.
help_missed = Listează căutările după care angajatul nu a deschis niciun rezultat, cele mai frecvente primele (se înregistrează doar dacă opțiunea este activată în setările aplicației).
help_missed_export = Le scrie în FILE, ca linii `query<TAB>count`, în loc să le afișeze.
help_export = Scrie materiale tipărite într-un singur fișier HTML de sine stătător, în DIR.
help_export_dir = Folderul în care se scrie (este creat dacă nu există).
help_export_deck = Id-ul unei prezentări de instruire; dacă lipsește, toate fișele de tipuri de clienți și toate planurile de acțiune.
help_export_paper = Formatul foii: a4 sau letter.
help_export_layout = cards (câte un element pe pagină), pocket (perechi de replici, patru fișe A6 pe foaie), notes (exemplarul formatorului: desfășurătorul, apoi notele prezentatorului, întrebări, răspunsuri și jocuri de rol) sau roleplay (fișe de client, angajat și observator, de decupat).
help_export_two_up = Tipărește două pagini scurte pe o foaie (cards și notes); o fișă de siguranță rămâne pe o foaie separată.
help_check = Validează conținutul inclus în aplicație, cu pachetele instalate și folderele --content aplicate peste el, sau un singur folder: un pachet (peste conținutul inclus în aplicație) sau un folder de conținut complet (singur).
help_check_dir = Un pachet (cu pack.ron) sau un folder de conținut: sources.ron și câte un folder pentru fiecare limbă.
help_check_after = Cod de ieșire: 0 dacă totul este în regulă; 1 dacă există erori (ce conține erori nu se încarcă); 3 dacă există doar avertismente (un contact al locației fără număr, un element de revizuit, un `hide` care nu ascunde nimic); 2 pentru o linie de comandă care nu este înțeleasă.
help_install_pack = Instalează un pachet (un folder sau arhiva .zip a unui folder) în packs/ din folderul de date, dacă `check` nu găsește erori în el peste conținutul inclus în aplicație.
help_install_pack_path = Folderul sau fișierul .zip al pachetului.
help_remove_pack = Elimină un pachet instalat, după numele din pack.ron al acestuia.
help_remove_pack_name = Numele din pack.ron al pachetului.
help_init_pack = Scrie în DIR (nou sau gol) un pachet de pornire mic, cu comentarii, care trece de `check`.
help_init_pack_dir = Folderul în care se scrie: nou sau gol.
help_init_pack_country = Completează numerele de urgență din presetarea acestei țări: GB (sau UK), US, ZA, MY, RO, RU, CN sau MD.
help_sign_pack = Semnează fiecare fișier al unui pachet cu o cheie secretă minisign, pentru calculatoarele care încarcă doar pachete semnate cu chei în care au încredere.
help_sign_pack_dir = Folderul pachetului de semnat (fiecare fișier din el).
help_sign_pack_key = Un fișier cu o cheie secretă minisign (`defuse pack-key` sau `minisign -G`); pentru o cheie protejată prin parolă, parola se citește din $DEFUSE_KEY_PASSWORD.
help_pack_key = Creează o pereche de chei pentru semnarea pachetelor: cheia secretă în FILE, cheia publică (în care vor avea încredere calculatoarele) în FILE.pub.
help_pack_key_file = Unde se scrie cheia secretă; un fișier existent nu este suprascris niciodată.

## O linie de comandă pe care programul nu o înțelege.
cli_error = eroare
cli_unknown_argument = `{ $argument }` nu este o opțiune validă aici
cli_unknown_command = `{ $command }` nu este o comandă
cli_invalid_value = `{ $value }` nu este o valoare validă pentru { $option }: { $reason }
cli_missing_value = { $option } necesită o valoare
cli_missing_argument = lipsă: { $arguments }
cli_conflict = { $option } nu se poate folosi împreună cu { $other }
cli_too_many = prea multe valori: `{ $value }`
cli_possible = folosiți una dintre valorile { $values }
cli_size_form = se aștepta WIDTHxHEIGHT, de exemplu 1024x768, nu `{ $text }`
cli_size_range = `{ $text }` nu este o dimensiune între 200 și 10000
cli_limit_zero = valoarea trebuie să fie cel puțin 1
cli_limit_number = `{ $text }` nu este un număr întreg de la 1 în sus
cli_theme = temă necunoscută `{ $text }`: folosiți system, light, dark sau high-contrast
cli_country = presetare de țară necunoscută: folosiți unul dintre codurile { $codes }
cli_paper = folosiți a4 sau letter
cli_layout = folosiți cards, pocket, notes sau roleplay
cli_language = nu există limba `{ $text }`: folosiți unul dintre codurile { $codes }

## Ce afișează comenzile.
cli_no_deck = nu există nicio prezentare de instruire de pornit.
cli_no_item = nu există niciun element cu id-ul `{ $id }`. Încercați `defuse search { $id }`.
cli_no_deck_or_item = nu există nicio prezentare și niciun element cu id-ul `{ $id }`. Încercați `defuse search { $id }`.
cli_no_data_folder = nu s-a găsit niciun folder de date; setați { $variable }
cli_vectors_stale =
    { $file } este învechit: { RO_PLURAL($missing) ->
        [one] { $missing } fragment nu are vector
        [few] { $missing } fragmente nu au vector
       *[other] { $missing } de fragmente nu au vector
    }, { RO_PLURAL($unused) ->
        [one] { $unused } vector nu corespunde niciunui fragment
        [few] { $unused } vectori nu corespund niciunui fragment
       *[other] { $unused } de vectori nu corespund niciunui fragment
    }. Rulați `cargo run --release -- vectors`.
cli_vectors_current =
    { $file }: { RO_PLURAL($count) ->
        [one] { $count } fragment
        [few] { $count } fragmente
       *[other] { $count } de fragmente
    }, la zi.
cli_vectors_written =
    { $file }: { RO_PLURAL($count) ->
        [one] { $count } fragment
        [few] { $count } fragmente
       *[other] { $count } de fragmente
    }.
cli_words_only = căutare doar după cuvinte: { $reason }
cli_vectors_missing =
    { RO_PLURAL($count) ->
        [one] { $count } fragment din pachete sau din traduceri nu are încă vector pe acest calculator, așa că elementul lui este găsit doar după cuvinte.
        [few] { $count } fragmente din pachete sau din traduceri nu au încă vectori pe acest calculator, așa că elementele lor sunt găsite doar după cuvinte.
       *[other] { $count } de fragmente din pachete sau din traduceri nu au încă vectori pe acest calculator, așa că elementele lor sunt găsite doar după cuvinte.
    } `defuse vectors --packs` (cu aceleași --content și --lang) calculează o singură dată vectorii care lipsesc; aplicația face asta în fundal.
cli_embedded =
    vectori calculați pentru { $done } din { RO_PLURAL($total) ->
        [one] { $total } fragment
        [few] { $total } fragmente
       *[other] { $total } de fragmente
    }
cli_embedded_all =
    { $file }: vectori calculați pentru { RO_PLURAL($total) ->
        [one] { $total } fragment
        [few] { $total } fragmente
       *[other] { $total } de fragmente
    }; fiecare fragment are un vector.
cli_missed_written =
    { RO_PLURAL($count) ->
        [one] s-a scris { $count } căutare fără rezultat
        [few] s-au scris { $count } căutări fără rezultat
       *[other] s-au scris { $count } de căutări fără rezultat
    } în { $file }
cli_missed_none = Nicio căutare fără rezultat în { $file }. Acestea se înregistrează doar dacă opțiunea este activată în setările aplicației.
cli_the_decks = Prezentările disponibile: { $ids }.
cli_pack_line = pachetul { $name } { $version }: { $changes }
cli_checked =
    { RO_PLURAL($files) ->
        [one] { $files } fișier verificat
        [few] { $files } fișiere verificate
       *[other] { $files } de fișiere verificate
    } în { RO_PLURAL($languages) ->
        [one] { $languages } limbă
        [few] { $languages } limbi
       *[other] { $languages } de limbi
    }: { RO_PLURAL($items) ->
        [one] { $items } element valid
        [few] { $items } elemente valide
       *[other] { $items } de elemente valide
    }, { RO_PLURAL($problems) ->
        [one] { $problems } problemă
        [few] { $problems } probleme
       *[other] { $problems } de probleme
    }
cli_checked_warnings = , { RO_PLURAL($warnings) ->
        [one] { $warnings } avertisment
        [few] { $warnings } avertismente
       *[other] { $warnings } de avertismente
    }
cli_not_installed =
    { $path } are { RO_PLURAL($problems) ->
        [one] { $problems } problemă
        [few] { $problems } probleme
       *[other] { $problems } de probleme
    }: nu a fost instalat.
cli_no_manifest = pachetul nu are pack.ron: nu a fost instalat.
cli_installed = s-a instalat { $name } { $version } în { $dir }
cli_removed = s-a eliminat { $dir }
cli_edit_starter = Editați-l, apoi rulați `defuse check --content { $dir }` și `defuse install-pack { $dir }`.
cli_signed =
    { RO_PLURAL($files) ->
        [one] s-a semnat { $files } fișier
        [few] s-au semnat { $files } fișiere
       *[other] s-au semnat { $files } de fișiere
    } din { $dir } (semnăturile sunt în { $signatures })
cli_key_exists = { $file } există deja; o cheie nu este suprascrisă niciodată
cli_key_made =
    cheia { $id }: cheia secretă în { $secret }, cheia publică în { $public }
    Nu păstrați cheia secretă pe calculatoarele din magazine. Pentru ca un calculator să aibă încredere în ea, adăugați în fișierul lui site.ron:
cli_no_language_folder = nu s-a găsit niciun folder de limbă (se aștepta, de exemplu, en/customer-types/*.ron)

## Erorile, oriunde sunt afișate.
err_view = vizualizare necunoscută `{ $view }`: folosiți home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N, presenter:DECK:N sau to-customer:PAIR:LANG
err_window = nu se poate deschide fereastra: { $reason }
err_screenshot = captura de ecran a eșuat: { $reason }
err_unknown_deck = nu există nicio prezentare de instruire cu id-ul `{ $id }`
err_write = nu se poate scrie { $path }: { $reason }
err_save = nu se poate salva { $path }: { $reason }
err_output = nu se poate scrie rezultatul: { $reason }
err_json = nu se poate codifica în JSON: { $reason }
err_encode = nu se pot codifica datele utilizatorului: { $reason }
err_content_folder = nu se poate citi folderul de conținut { $path }: { $reason }
err_watch = nu se pot urmări modificările: { $reason }
err_unreadable = fișierul nu a putut fi citit: { $reason }
err_unreadable_folder = folderul nu a putut fi citit: { $reason }
err_not_a_file = acesta este { $what ->
        [folder] un folder
        [pipe] un canal cu nume (FIFO)
        [socket] un socket
        [device] un dispozitiv
        [link] un link
       *[other] un fișier special
    }, nu un fișier obișnuit: a fost omis
err_not_regular = acesta este { $what ->
        [folder] un folder
        [pipe] un canal cu nume (FIFO)
        [socket] un socket
        [device] un dispozitiv
        [link] un link
       *[other] un fișier special
    }, nu un fișier obișnuit
err_link_outside = acest link duce în afara folderului de conținut (la { $target }): nu a fost urmat
err_too_deep =
    acest folder se află la o adâncime de peste { RO_PLURAL($depth) ->
        [one] { $depth } nivel
        [few] { $depth } niveluri
       *[other] { $depth } de niveluri
    } de foldere: conținutul lui nu a fost citit
err_too_many_entries =
    folderul de conținut are peste { RO_PLURAL($limit) ->
        [one] { $limit } intrare
        [few] { $limit } intrări
       *[other] { $limit } de intrări
    }: restul nu a fost citit
err_missing_sources = fișierul lipsește: în el sunt enumerate sursele citate de fiecare element, așa că nicio referință `sources` nu poate fi rezolvată
err_missing_site = fișierul lipsește: în el sunt enumerate contactele locației la care trimit `{"{"}police{"}"}`, `{"{"}security{"}"}` și ceilalți substituenți, așa că aceștia rămân exact cum au fost scriși
err_too_large =
    fișierul are { RO_PLURAL($size) ->
        [one] { $size } octet
        [few] { $size } octeți
       *[other] { $size } de octeți
    }; fișierele de conținut pot avea cel mult { RO_PLURAL($limit) ->
        [one] { $limit } octet
        [few] { $limit } octeți
       *[other] { $limit } de octeți
    }
err_invalid_utf8 = fișierul nu este text UTF-8 valid
err_ends_in_string = fișierul se termină în interiorul acestui șir de text: lipsește `"` de închidere sau fișierul a fost trunchiat?
err_ends_early = fișierul se termină prea devreme, înainte ca tot conținutul să fie complet: a fost trunchiat? ({ $reason })
err_empty_file = fișierul este gol
err_not_content = acesta nu este un fișier de conținut: nu are `Kind(` … `)` (cu terminații de linie Windows sau Unix, nu cele vechi de Mac)
err_unsupported_version = versiunea de format { $found } nu este acceptată (această versiune a programului citește versiunea { $supported })
err_unexpected_file = fișier neașteptat: { $reason }
err_duplicate_id = id duplicat `{ $id }`: este deja folosit la { $first }
err_unknown_reference = `{ $field }` trimite la `{ $target }`, care nu există ({ $expected ->
        [source] se aștepta id-ul unei surse, de ex. `S2`, sau cheia unui punct, de ex. `S2.M2.1`
        [customer_type] se aștepta id-ul unui tip de client, de ex. `angry`
        [phrase] se aștepta id-ul unei perechi de replici
        [playbook] se aștepta id-ul unui plan de acțiune, de ex. `three-steps`
        [principle] se aștepta id-ul unui principiu, de ex. `listen-first`
       *[item] se aștepta id-ul unei fișe, al unui plan de acțiune, al unui principiu sau al unei perechi de replici
    })
err_lost_reference = `{ $field }` trimite la `{ $target }`, care nu s-a încărcat din cauza problemei din { $cause }{ $more ->
        [0] {""}
        [one] ; și încă 1 referință la { $what }
       *[other] ; și încă { RO_PLURAL($more) ->
            [few] { $more } referințe
           *[other] { $more } de referințe
        } la { $what }
    }
err_unknown_placeholder = substituent necunoscut `{"{"}{ $name }{"}"}` (cunoscuți: { $known })
err_misspelt_placeholder = `{ $written }` nu este un substituent: scrieți-l `{ $meant }` (litere mici, cratime, fără spații)
err_control_character = `{ $field }` conține un caracter de control ({ $code }), pe care niciun ecran nu îl afișează, dar un terminal îl execută
err_empty_text = `{ $field }` nu poate fi gol
err_invalid_id = id nevalid `{ $id }`: folosiți litere mici, cifre și cratime, cel mult 64 de caractere
err_missing_manifest = fișierul lipsește: în el pachetul își declară numele, versiunea și modificările (name, version, changes); un folder fără pack.ron și fără sources.ron nu este conținut
err_hides_safety_card = `{ $id }` este o fișă de siguranță: un pachet nu o poate ascunde, așa că rămâne
err_safety_override_refused = `{ $id }` este o fișă de siguranță, iar versiunea ei din acest pachet are probleme: este refuzată și rămâne fișa anterioară ({ $kept })
err_hides_own_item = `hide` indică `{ $id }`, pe care chiar acest pachet îl definește: nu este ascuns
err_hides_nothing = `hide` indică `{ $id }`, care nu există în niciun strat anterior: nu este nimic de ascuns
err_kind_changed = `{ $id }` este { $kind ->
        [customer_type] un tip de client
        [phrase] o pereche de replici
        [playbook] un plan de acțiune
        [principle] un principiu
        [deck] o prezentare de instruire
       *[contact] un contact al locației
    } într-un strat anterior ({ $first }): un pachet poate înlocui un element doar cu unul de același fel, așa că acesta nu se încarcă
err_due_for_review = de revizuit: revizuit ultima dată la { $reviewed }, iar pachetul cere o revizuire la fiecare { $every }
err_contact_not_set = { $label }: necompletat: întrebați-vă superiorul, apoi treceți numărul aici, la `number` (în LANG/site.ron al unui pachet)
err_untranslated =
    { RO_PLURAL($count) ->
        [one] { $count } element nu este tradus în `{ $language }`: se afișează în engleză, marcat EN (de exemplu { $examples })
        [few] { $count } elemente nu sunt traduse în `{ $language }`: se afișează în engleză, marcate EN (de exemplu { $examples })
       *[other] { $count } de elemente nu sunt traduse în `{ $language }`: se afișează în engleză, marcate EN (de exemplu { $examples })
    }
err_starter_not_empty = { $dir } nu este gol: init-pack scrie un pachet nou într-un folder nou sau gol
err_starter_missing = conținutul inclus în aplicație nu are `{ $id }`, de la care să se pornească
err_zip = { $path }: nu este un fișier zip care poate fi citit: { $reason }
err_zip_entry = { $path }:{ $name }: această intrare nu a putut fi citită: { $reason }
err_zip_no_manifest = { $path }: arhiva zip nu conține pack.ron, nici la rădăcină, nici într-un singur folder de la rădăcină
err_not_a_pack = { $path }: nu conține pack.ron, deci nu este un pachet
err_zip_unsafe_path = { $path }: arhiva zip conține `{ $name }`, care ar ajunge în afara pachetului: refuzat
err_zip_too_big =
    { $path }: arhiva zip are peste { RO_PLURAL($limit) ->
        [one] { $limit } intrare
        [few] { $limit } intrări
       *[other] { $limit } de intrări
    } sau peste { $mebibytes } MiB: refuzat
err_pack_name = `{ $name }` nu este un nume de pachet valid: litere mici, cifre și cratime
err_not_installed = niciun pachet cu numele `{ $name }` nu este instalat în { $dir }
err_install_busy = o altă instalare sau eliminare a pachetului `{ $name }` este în curs: încercați din nou după ce se termină
err_refused =
    { RO_PLURAL($count) ->
        [one] s-a găsit { $count } problemă: nu a fost instalat
        [few] s-au găsit { $count } probleme: nu a fost instalat
       *[other] s-au găsit { $count } de probleme: nu a fost instalat
    }
err_secret_key = { $path }: nu este o cheie secretă minisign: { $reason }
err_needs_password = { $path }: cheia este protejată prin parolă: setați DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` nu este o cheie publică minisign
err_sign = nu se poate semna { $path }: { $reason }
err_file_unsigned = { $path }: nesemnat (celelalte fișiere ale pachetului sunt semnate)
err_file_changed = { $path }: modificat după semnarea pachetului
err_file_missing = { $path }: semnat, dar fișierul nu mai există
err_untrusted_key = { $path }: semnat cu o cheie în care acest calculator nu are încredere
err_pack_unsigned = pachetul nu este semnat, iar acest calculator încarcă doar pachete semnate
