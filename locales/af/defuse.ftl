### Defuse se koppelvlak in Afrikaans (af): elke etiket, knoppie, kennisgewing en uitdeelstuk-etiket.

search_label = Soek
search_hint = Wat gebeur? bv. skree, terugbetaling, kan nie besluit nie
no_results = Niks pas by daardie woorde nie. Probeer ander woorde, soos “skree” of “terugbetaling”, of kies hieronder.
safety_button = ⚠ Veiligheid: dreigemente of selfskade
safety_short = ⚠ Veiligheid
safety_tooltip = Dreigemente, geweld, of iemand wat sê hulle gaan hulself seermaak
safety_heading = Iemand se veiligheid is in gevaar
help = Hulp en kortpaaie
action = Aksie
keys = Sleutels
key_rules_heading = Hoe sleutels en fokus werk
key_rules =
    Op Tuis staan die kursor altyd in die soekblokkie: tik sommer net.
    Op enige ander bladsy begin ŉ soektog ook as u tik (behalwe in Oefen).
    Esc maak eers ŉ oop kieslys of lys toe, en doen niks anders nie.
    Esc op Tuis doen niks nie.
    Esc op soekresultate maak die soektog skoon; ŉ soektog wat op ŉ bladsy begin is, keer terug na daardie bladsy.
    Esc op enige ander bladsy gaan een bladsy terug: ná F2 op ŉ kaart, terug na die kaart.
    Op ŉ bladsy rol PageUp, PageDown, ↑, ↓, Space, Home en End die bladsy.
    Oefen gebruik Space, Enter, 1 en 2, tensy die kursor in sy antwoordblokkie is.
    As u ŉ resultaat oopmaak, word die soektog skoongemaak, sodat ŉ ou soektog nooit bo ŉ kaart staan nie.
    F-sleutels en Ctrl-kortpaaie werk oral, selfs terwyl u tik, en maak die kieslys toe.
    Ctrl+K maak die opdragpalet oop met die kursor in sy blokkie: ↑, ↓ en Enter kies; Esc maak dit toe en sit die kursor terug waar dit was.
    In ŉ teksblokkie tik / ŉ skuinsstreep, en Esc maak die blokkie skoon.
    Terwyl u aanbied: ŉ skyfienommer en dan Enter spring daarheen; ŉ klik wys die volgende.
    Terwyl u aanbied, maak Esc die rooster of ŉ swart of wit skerm toe; Esc op ŉ skyfie stop die aanbieding, en F5 gaan daar voort.
no_favourites = Nog geen gunstelinge nie. Maak ŉ kaart oop en druk ☆ (Ctrl+D) om dit hier te hou.
showing_phrases =
    { $total ->
        [one] { $shown } van { $total } frasepaar word gewys
       *[other] { $shown } van { $total } frasepare word gewys
    }
filter_hint = bv. terugbetaling, bestuurder
filter_text = Filtreer hierdie pare
browse_all = Blaai deur alle klanttipes
missed_heading = Soektogte wat niks gevind het nie
missed_setting = Onthou soektogte wat niks gevind het nie, net op hierdie rekenaar
missed_none = Niks aangeteken nie.
missed_clear = Maak die lys skoon
showing_for = Resultate vir
search_nothing = Niks pas by “{ $query }” nie. Probeer ander woorde, soos “skree” of “terugbetaling”.
search_weak = Niks pas goed by “{ $query }” nie. Die naaste:
weak_results = Nie wat u soek nie? Probeer ander woorde, of:
matched_by_meaning = gevind op betekenis
meaning_off = Soek op betekenis is af ({ $why }); soek op woorde werk soos gewoonlik.
contacts = Wie om te bel
not_set = nie ingestel nie
set_site_contacts = Stel werkplekkontakte in…
packs = Pakkette
packs_intro = U organisasie se eie riglyne, in hierdie volgorde oor die ingeboude inhoud gelê: ŉ latere pakket se item vervang ŉ vroeëre een met dieselfde id.
packs_meaning_progress =
    Soek op betekenis lees nog die pakkette: { $total ->
        [one] { $done } van { $total } gedeelte
       *[other] { $done } van { $total } gedeeltes
    }. Totdat dit klaar is, word hul items op woorde gevind.
packs_none = Geen pakkette is gelaai nie: dit is net die ingeboude riglyne.
pack_counts =
    { $items ->
        [one] { $items } item bygevoeg of vervang
       *[other] { $items } items bygevoeg of vervang
    }, { $hidden } versteek
pack_due =
    { $n ->
        [one] { $n } item moet hersien word
       *[other] { $n } items moet hersien word
    }
pack_unsigned = Nie onderteken nie
pack_signed_unchecked = Onderteken met sleutel { $key }; nie nagegaan nie, want hierdie rekenaar vertrou geen sleutel nie (site.ron: trusted_keys)
pack_signed = Onderteken met vertroude sleutel { $key }; elke lêer is onveranderd
packs_how = Installeer ŉ pakket met die knoppies hierbo of met `defuse install-pack PATH` (ŉ vouer of ŉ .zip): dit word eers nagegaan, en net ŉ pakket sonder foute word geïnstalleer. Geïnstalleerde pakkette word in { $folder } gehou; probeer eers een uit met `defuse --content PATH`.
reload_packs = Herlaai pakkette
packs_reloaded = Pakkette herlaai
packs_loading = U organisasie se pakkette word gelaai…
packs_not_loaded = Die pakkette kon nie gelees word nie: die ingeboude riglyne word gewys.
install_pack_folder = Installeer pakket uit ŉ vouer…
install_pack_zip = Installeer pakket uit ŉ .zip…
install_pack_title = Die pakket om te installeer
installing_pack = Pakket word geïnstalleer…
pack_installed = { $pack } is geïnstalleer
pack_no_data_dir = Hier is geen datavouer om pakkette in te installeer nie: stel DEFUSE_DATA_DIR, of gebruik --content PATH
item_gone = Die bladsy wat u oop gehad het, is nie meer in die inhoud nie (ŉ pakket het verander).
from_pack = Uit { $pack }
due_for_review = moet hersien word
from_bundled = Uit die ingeboude riglyne
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = Nog nie vertaal nie: word in Engels gewys
site_contacts = Werkplekkontakte…
site_intro = Watter nommer om vir elke kontak by hierdie werkplek te bel. F2 en elke veiligheidskaart wys dit groot onder “Wie om te bel”; ŉ leë blokkie wys as “nie ingestel nie”.
site_country = Land
site_choose_country = Kies ŉ land…
site_preset_note = As u ŉ land kies, word die nommers vir polisie, ambulans, brandweer en die krisislyn ingevul: gaan hulle na en kies dan Stoor.
site_save = Stoor
site_saved = Gestoor.
site_kept_in = Gestoor in { $path }, net op hierdie rekenaar.
site_not_kept = Word in hierdie lopie nie op skyf gestoor nie (ŉ skermskoot of ŉ toets).
site_no_preset = Daar is geen voorinstelling vir die land “{ $code }” nie.
example_note = Voorbeeld: pas dit by u eie beleid aan
more_phrases =
    { $n ->
        [one] Nog { $n } frase
       *[other] Nog { $n } frases
    }
customer_types = Klanttipes
favourites = Gunstelinge
recent = Onlangs bekyk
sections = Meer hulp
phrases = Sê dit, nie dát nie
playbooks = Draaiboeke
principles = Beginsels
recognise = Hoe u hulle herken
what_to_do = Wat om te doen
say_this = Sê dit, nie dát nie
dont_say = Moenie sê nie
say_instead = Sê eerder
why = Waarom
escalate = Wanneer om hulp in te roep
see_also = Sien ook
fits = Pas by
sources = Bronne
copy = Kopieer
show_in = Wys vir die klant in…
show_in_hint = Wys hierdie sin groot in die klant se taal, sodat u die skerm na hulle kan draai
for_the_customer = Draai die skerm na die klant. Die sin in u eie taal staan onderaan.
copied = Gekopieer
star = ☆ Voeg by gunstelinge
unstar = ★ In gunstelinge
back = ⬅ Terug
home = Tuis
all_situations = Alle situasies
filter_phrases = Situasie
ladder_hint = Klim net so hoog as wat nodig is.
theme_system = Tema: stelsel
theme_light = Tema: lig
theme_dark = Tema: donker
theme_high_contrast = Tema: hoë kontras
zoom_in = Zoem in
zoom_out = Zoem uit
zoom_reset = Herstel zoem
cycle_theme = Verander tema
language_menu = Taal
menu = Kieslys
focus_search = Soek
palette = Spring na… (opdragpalet)
palette_hint = Kaart, frase, aanbieding, skyfie (“ffm 5”) of opdrag
palette_none = Niks het so ŉ titel nie.
palette_slide = { $deck }, skyfie { $n }
kind_slide = Skyfie
kind_command = Opdrag
not_found = Hierdie item is nie in die gelaaide inhoud nie.
dismiss = OK
kind_customer_type = Klanttipe
kind_phrase = Sê dit, nie dát nie
kind_playbook = Draaiboek
kind_principle = Beginsel
kind_deck = Opleidingsaanbieding
decks = Opleidingsaanbiedings
deck_meta =
    Vir: { $audience } · { $minutes } min · { $slides ->
        [one] { $slides } skyfie
       *[other] { $slides } skyfies
    }
outline = Oorsig
free_slide = Skyfie
how = Hoe om dit te doen
continued = vervolg
present = Bied aan
present_nothing = Maak ŉ opleidingsaanbieding of ŉ kaart oop om dit aan te bied.
next_slide = Volgende skyfie of wys meer
previous_slide = Vorige skyfie of verberg
first_slide = Eerste skyfie
last_slide = Laaste skyfie
black_screen = Swart skerm (weer om terug te keer)
white_screen = Wit skerm (weer om terug te keer)
slide_grid = Alle skyfies, om een te kies
toggle_presenter = Aanbiedersaansig aan of af
projector_theme = Projektor: donker op lig of lig op donker
leave_presentation = Stop die aanbieding
presenter_title = Defuse: aanbiedersaansig
presenter_move = Die klas kan dalk hierdie venster sien: sleep dit na u eie skerm (of druk S om dit te verberg).
now_showing = Op die skerm
up_next = Volgende
next_reveal = Volgende: die res van hierdie skyfie
end_of_deck = Einde van die aanbieding
notes = Notas
questions = Vra die klas
roleplay = Rollespel
roleplay_customer = Klant
roleplay_wants = Wil hê
roleplay_practise = Oefen
roleplay_staff = Personeellid
roleplay_observer = Waarnemer
roleplay_task = U taak
roleplay_watch = Let op
slide_of = Skyfie { $n } van { $m }
elapsed = Verloop
pause = Pouseer
resume = Hervat
reset = Herstel
clock = Tyd
on_time = Betyds
behind =
    { $n ->
        [one] { $n } minuut agter
       *[other] { $n } minute agter
    }
ahead =
    { $n ->
        [one] { $n } minuut voor
       *[other] { $n } minute voor
    }
typed_slide = Gaan na skyfie { $n }: Enter
practise = Oefen
show_answer = Wys ons woorde
had_the_idea = Ek was op die regte spoor
practise_again = Oefen weer
practice_nothing = Hier is geen frasepare om te oefen nie.
practice_position = Paar { $n } van { $m }
situation = Situasie
your_words = Wat sou u sê? (opsioneel, net vir u)
your_words_hint = Tik u woorde, of dink dit net
round_done = Rondte klaar. Oefen weer wanneer u wil.
to_review = Om weer na te kyk
nothing_to_review = Niks om hierdie keer weer na te kyk nie.
new_round = Begin nog ŉ rondte
print_handouts = Druk uitdeelstukke…
handouts_intro = Skep een webbladsy wat u uit enige blaaier kan druk. Dit het geen netwerk nodig nie en bevat geen skakels na buite nie.
handout_what = Wat
handout_all = Elke klanttipekaart en draaiboek
handout_layout = Uitleg
layout_cards = Kaarte: een item per bladsy, vir leerders
layout_pocket = Sakkaarte: die frasepare, vier A6-kaarte per vel
layout_notes = Opleiersnotas: elke skyfie met sy notas en vrae (hou dit self)
layout_roleplay = Rollespelkaarte: opdragte vir klant, personeellid en waarnemer om uit te knip
handout_two_up = Twee kort bladsye per vel (spaar papier)
handout_paper = Papier
handout_folder = Vouer
choose_folder = Kies…
choosing_folder = Vouer word gekies…
choose_folder_title = Waar om die uitdeelstukke te stoor
write_handout = Skep die uitdeelstuk
handout_written = Gestoor: { $path }. Maak dit in ŉ blaaier oop en druk dit.
open_folder = Maak die vouer oop
page_of = { $n } van { $m }
handout_everything = Defuse: klanttipes en draaiboeke
handout_no_pairs = Hierdie uitdeelstuk het geen frasepare nie.
unknown_source = (onbekende bron)
for_the_trainer = Vir die opleier
trainer_only = Opleiersnotas: nie vir leerders nie
your_numbers = U nommers (vul hulle in)
say_lines = Wat om te sê
answers = Goeie antwoorde
handout_no_roleplays = Hierdie uitdeelstuk het geen rollespele nie.
run_sheet = Verloopskedule
run_slide = Skyfie
run_title = Titel
run_minutes = Minute
run_start = Begin om
run_total = Totaal
materials = Bring saam
before_class = Voor die klas
