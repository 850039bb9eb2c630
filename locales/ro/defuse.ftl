### Interfața Defuse în limba română (ro): fiecare etichetă, buton, notificare și etichetă de material tipărit.

search_label = Căutare
search_hint = Ce se întâmplă? De ex. țipă, retur, nu se hotărăște
no_results = Nimic nu se potrivește cu aceste cuvinte. Încercați alte cuvinte, de exemplu „țipă” sau „retur”, ori alegeți mai jos.
safety_button = ⚠ Siguranță: amenințări sau autovătămare
safety_short = ⚠ Siguranță
safety_tooltip = Amenințări, violență sau cineva care spune că își va face rău
safety_heading = Cineva este în pericol
help = Ajutor și comenzi rapide
action = Acțiune
keys = Taste
key_rules_heading = Cum funcționează tastele și cursorul
key_rules =
    Pe pagina Acasă, cursorul este mereu în caseta de căutare: scrieți direct.
    Pe orice altă pagină, dacă scrieți, porniți tot o căutare (în afară de Exersare).
    Esc închide mai întâi un meniu sau o listă deschisă și nu face nimic altceva.
    Pe pagina Acasă, Esc nu face nimic.
    Esc în rezultatele căutării șterge căutarea; o căutare pornită dintr-o pagină revine la acea pagină.
    Esc pe orice altă pagină merge cu o pagină înapoi: după F2 dintr-o fișă, înapoi la fișă.
    Pe o pagină, PageUp, PageDown, ↑, ↓, Space, Home și End o derulează.
    În Exersare, Space, Enter, 1 și 2 sunt comenzi, dacă cursorul nu este în caseta de răspuns.
    Deschiderea unui rezultat șterge căutarea, ca o căutare veche să nu rămână deasupra unei fișe.
    Tastele F și comenzile rapide cu Ctrl funcționează oriunde, chiar și în timp ce scrieți, și închid meniul.
    Ctrl+K deschide paleta cu cursorul în caseta ei: ↑, ↓ și Enter aleg; Esc o închide și readuce cursorul unde era.
    Într-o casetă de text, / scrie o bară oblică, iar Esc golește caseta.
    În timpul prezentării: numărul unui diapozitiv urmat de Enter sare la el; un clic trece mai departe.
    În timpul prezentării, Esc închide grila sau ecranul negru ori alb; Esc pe un diapozitiv oprește prezentarea, iar F5 o reia de acolo.
no_favourites = Încă nu aveți favorite. Deschideți o fișă și apăsați ☆ (Ctrl+D) pentru a o păstra aici.
showing_phrases =
    { RO_PLURAL($total) ->
        [one] Se afișează { $shown } din { $total } pereche de replici
        [few] Se afișează { $shown } din { $total } perechi de replici
       *[other] Se afișează { $shown } din { $total } de perechi de replici
    }
filter_hint = de ex. retur, manager
filter_text = Filtrați aceste perechi
browse_all = Vedeți toate tipurile de clienți
missed_heading = Căutări fără rezultat
missed_setting = Memorarea căutărilor fără rezultat, doar pe acest calculator
missed_none = Nicio căutare înregistrată.
missed_clear = Goliți lista
showing_for = Rezultate pentru
search_nothing = Nu s-a găsit nimic pentru „{ $query }”. Încercați alte cuvinte, de exemplu „țipă” sau „rambursare”.
search_weak = Nimic nu se potrivește bine cu „{ $query }”. Cele mai apropiate:
weak_results = Nu este ce căutați? Încercați alte cuvinte sau:
# Under a result whose words were not typed: found by the sentence model.
matched_by_meaning = găsit după sens
# The one notice when the sentence model cannot load; $why is the reason.
meaning_off = Căutarea după sens este oprită ({ $why }); căutarea după cuvinte funcționează normal.
contacts = Pe cine sunați
# A contact the site has not given a number yet, in "Who to call".
not_set = necompletat
# The button under "Who to call" that opens the Site contacts page.
set_site_contacts = Completați contactele locației…
# The Packs page: its menu entry and heading, and its parts.
packs = Pachete
packs_intro = Ghidurile proprii ale organizației dumneavoastră, aplicate peste conținutul inclus în aplicație, în această ordine: un element dintr-un pachet ulterior îl înlocuiește pe cel anterior cu același id.
packs_meaning_progress =
    Căutarea după sens încă citește pachetele: { $done } din { RO_PLURAL($total) ->
        [one] { $total } fragment
        [few] { $total } fragmente
       *[other] { $total } de fragmente
    }. Până termină, elementele lor sunt găsite după cuvinte.
packs_none = Niciun pachet încărcat: acesta este doar ghidul inclus în aplicație.
pack_counts =
    { RO_PLURAL($items) ->
        [one] { $items } element adăugat sau înlocuit
        [few] { $items } elemente adăugate sau înlocuite
       *[other] { $items } de elemente adăugate sau înlocuite
    }, { RO_PLURAL($hidden) ->
        [one] { $hidden } ascuns
       *[other] { $hidden } ascunse
    }
pack_due =
    { RO_PLURAL($n) ->
        [one] { $n } element de revizuit
        [few] { $n } elemente de revizuit
       *[other] { $n } de elemente de revizuit
    }
pack_unsigned = Nesemnat
pack_signed_unchecked = Semnat cu cheia { $key }; neverificat, deoarece acest calculator nu are nicio cheie de încredere (site.ron: trusted_keys)
pack_signed = Semnat cu cheia de încredere { $key }, toate fișierele sunt nemodificate
packs_how = Instalați un pachet cu butoanele de mai sus sau cu `defuse install-pack PATH` (un folder sau un .zip): pachetul este verificat mai întâi și se instalează doar dacă nu are erori. Pachetele instalate se află în { $folder }; încercați mai întâi un pachet cu `defuse --content PATH`.
reload_packs = Reîncărcare pachete
packs_reloaded = Pachete reîncărcate
# While the packs load after the window opened, and if their thread failed.
packs_loading = Se încarcă pachetele organizației dumneavoastră…
packs_not_loaded = Pachetele nu au putut fi citite: se afișează ghidul inclus în aplicație.
# "Install pack…" on the Packs page: its two buttons, the dialog's title, while it runs, and how it went.
install_pack_folder = Instalare pachet din folder…
install_pack_zip = Instalare pachet din .zip…
install_pack_title = Pachetul de instalat
installing_pack = Se instalează pachetul…
pack_installed = Pachet instalat: { $pack }
pack_no_data_dir = Nu există aici un folder de date în care să se instaleze pachete: setați DEFUSE_DATA_DIR sau folosiți --content PATH
item_gone = Pagina pe care o aveați deschisă nu mai există în conținut (un pachet s-a modificat).
# Under an item's title: the pack it came from, and a review that is due.
from_pack = Din { $pack }
due_for_review = de revizuit
from_bundled = Din ghidul inclus în aplicație
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = Încă netradus: afișat în engleză
# The Site contacts page: its menu entry and heading, and its parts.
site_contacts = Contactele locației…
site_intro = Numărul de apelat pentru fiecare contact din această locație. F2 și fiecare fișă de siguranță îl afișează mare, la „Pe cine sunați”; o casetă goală apare ca „necompletat”.
site_country = Țara
site_choose_country = Alegeți o țară…
site_preset_note = Țara aleasă completează numerele pentru poliție, ambulanță, pompieri și linia de criză: verificați-le, apoi apăsați Salvați.
site_save = Salvați
site_saved = Salvat.
site_kept_in = Păstrat în { $path }, doar pe acest calculator.
site_not_kept = Nu se salvează pe disc în această sesiune (o captură de ecran sau un test).
site_no_preset = Nu există o presetare pentru țara „{ $code }”.
example_note = Exemplu: adaptați-l la regulile firmei
more_phrases = Mai multe replici ({ $n })
customer_types = Tipuri de clienți
favourites = Favorite
recent = Văzute recent
sections = Mai mult ajutor
phrases = Ce să spuneți și ce nu
playbooks = Planuri de acțiune
principles = Principii
recognise = Semne de recunoaștere
what_to_do = Ce să faceți
say_this = Ce să spuneți și ce nu
dont_say = Nu spuneți
say_instead = Spuneți în schimb
why = De ce
escalate = Când să cereți ajutor
see_also = Vedeți și
fits = Potrivit pentru
sources = Surse
copy = Copiați
show_in = Arătați în limba…
show_in_hint = Afișează replica cu litere mari, în limba clientului, ca să întoarceți ecranul spre el
for_the_customer = Întoarceți ecranul spre client. Varianta în limba dumneavoastră este dedesubt.
copied = Copiat
star = ☆ Adăugați la favorite
unstar = ★ În favorite
back = ⬅ Înapoi
home = Acasă
all_situations = Toate situațiile
filter_phrases = Situația
ladder_hint = Urcați doar cât este nevoie.
theme_system = Temă: sistem
theme_light = Temă: luminoasă
theme_dark = Temă: întunecată
theme_high_contrast = Temă: contrast ridicat
zoom_in = Mărire
zoom_out = Micșorare
zoom_reset = Resetare zoom
cycle_theme = Schimbare temă
# The menu of languages, each named in itself.
language_menu = Limbă
# The ☰ button's name, for screen readers.
menu = Meniu
focus_search = Căutare
# The command palette (Ctrl+K): its name in menus and help, its box and its rows.
palette = Salt la… (paleta de comenzi)
palette_hint = Fișă, replică, prezentare, diapozitiv („ffm 5”) sau comandă
palette_none = Niciun titlu nu se potrivește.
# A slide in the palette: the deck's title and the slide's number.
palette_slide = { $deck }, diapozitivul { $n }
kind_slide = Diapozitiv
kind_command = Comandă
not_found = Acest element nu există în conținutul încărcat.
dismiss = OK
kind_customer_type = Tip de client
kind_phrase = Ce să spuneți și ce nu
kind_playbook = Plan de acțiune
kind_principle = Principiu
kind_deck = Prezentare de instruire
decks = Prezentări de instruire
deck_meta =
    Pentru: { $audience } · { $minutes } min · { RO_PLURAL($slides) ->
        [one] { $slides } diapozitiv
        [few] { $slides } diapozitive
       *[other] { $slides } de diapozitive
    }
outline = Cuprins
free_slide = Diapozitiv
how = Cum procedați
continued = continuare
present = Prezentare
present_nothing = Deschideți o prezentare de instruire sau o fișă pentru a o prezenta.
next_slide = Diapozitivul următor sau afișarea elementului următor
previous_slide = Diapozitivul anterior sau ascunderea elementului
first_slide = Primul diapozitiv
last_slide = Ultimul diapozitiv
black_screen = Ecran negru (încă o dată pentru revenire)
white_screen = Ecran alb (încă o dată pentru revenire)
slide_grid = Toate diapozitivele, pentru a alege unul
toggle_presenter = Pornire/oprire vizualizare prezentator
projector_theme = Proiector: text închis pe fond deschis sau invers
leave_presentation = Oprire prezentare
presenter_title = Defuse: vizualizare prezentator
presenter_move = Cursanții pot vedea această fereastră: trageți-o pe ecranul dumneavoastră (sau apăsați S pentru a o ascunde).
now_showing = Pe ecran
up_next = Urmează
next_reveal = Urmează: restul acestui diapozitiv
end_of_deck = Sfârșitul prezentării
notes = Note
questions = Întrebări pentru cursanți
roleplay = Joc de rol
roleplay_customer = Client
roleplay_wants = Vrea
roleplay_practise = De exersat
# The role-play cards: the staff player's card, the observer's, and their lines.
roleplay_staff = Angajat
roleplay_observer = Observator
roleplay_task = Sarcina dumneavoastră
roleplay_watch = Urmăriți
slide_of = Diapozitivul { $n } din { $m }
elapsed = Timp scurs
pause = Pauză
resume = Continuare
reset = Resetare
clock = Ora
on_time = La timp
behind =
    Întârziere: { RO_PLURAL($n) ->
        [one] { $n } minut
        [few] { $n } minute
       *[other] { $n } de minute
    }
ahead =
    În avans: { RO_PLURAL($n) ->
        [one] { $n } minut
        [few] { $n } minute
       *[other] { $n } de minute
    }
typed_slide = Salt la diapozitivul { $n }: Enter
practise = Exersare
show_answer = Afișați varianta noastră
had_the_idea = Am avut aceeași idee
practise_again = Exersați din nou
practice_nothing = Aici nu există perechi de replici de exersat.
practice_position = Perechea { $n } din { $m }
situation = Situația
your_words = Ce ați spune? (opțional, doar pentru dumneavoastră)
your_words_hint = Scrieți ce ați spune sau doar formulați în gând
round_done = Runda s-a încheiat. Puteți exersa din nou oricând doriți.
to_review = De revăzut
nothing_to_review = De data aceasta nu este nimic de revăzut.
new_round = Începeți o rundă nouă
print_handouts = Tipărire materiale…
handouts_intro = Creează o singură pagină web, de tipărit din orice browser. Nu are nevoie de internet și nu conține linkuri spre exterior.
handout_what = Conținut
handout_all = Toate fișele de tipuri de clienți și planurile de acțiune
handout_layout = Format
layout_cards = Fișe: câte un element pe pagină, pentru cursanți
layout_pocket = Fișe de buzunar: perechile de replici, patru fișe A6 pe foaie
layout_notes = Notele formatorului: fiecare diapozitiv cu notele și întrebările lui (rămân la dumneavoastră)
layout_roleplay = Fișe de joc de rol: instrucțiuni pentru client, angajat și observator, de decupat
handout_two_up = Două pagini scurte pe o foaie (economisește hârtie)
handout_paper = Hârtie
handout_folder = Folder
choose_folder = Alegeți…
choosing_folder = Se alege folderul…
choose_folder_title = Unde se salvează materialele
write_handout = Creați materialul
handout_written = Salvat: { $path }. Deschideți-l într-un browser și tipăriți-l.
open_folder = Deschideți folderul
page_of = { $n } din { $m }
handout_everything = Defuse: tipuri de clienți și planuri de acțiune
handout_no_pairs = Acest material nu conține perechi de replici.
unknown_source = (sursă necunoscută)
for_the_trainer = Pentru formator
trainer_only = Notele formatorului: nu pentru cursanți
your_numbers = Numerele dumneavoastră (completați-le)
# The heading over a card's best pairs on a printed card.
say_lines = Ce să spuneți
# Model answers, after a slide's questions in the trainer's copy.
answers = Răspunsuri bune
handout_no_roleplays = Acest material nu conține jocuri de rol.
run_sheet = Desfășurător
run_slide = Diapozitiv
run_title = Titlu
run_minutes = Minute
run_start = Începe la
run_total = Total
materials = De adus
before_class = Înainte de curs
