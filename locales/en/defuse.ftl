### Defuse's interface in English: every label, button, notice and handout label.
### The message ids are the fields and methods of `Strings` (src/strings/mod.rs); a test
### fails if a catalogue misses one or has one the code does not use, or if a message
### names other variables than English does.
### key_rules is one line a rule.

search_label = Search
search_hint = What is happening? e.g. shouting, refund, can't decide
no_results = Nothing matches those words. Try other words, such as “shouting” or “refund”, or choose below.
safety_button = ⚠ Safety: threats or self-harm
safety_short = ⚠ Safety
safety_tooltip = Threats, violence, or someone who says they will hurt themselves
safety_heading = Someone's safety is at risk
help = Help and shortcuts
action = Action
keys = Keys
key_rules_heading = How keys and focus behave
key_rules =
    On Home, the cursor is always in the search box: just type.
    On any other page, typing starts a search too (except in Practise).
    Esc closes an open menu or list first, and does nothing else.
    Esc on Home does nothing.
    Esc on search results clears the search; a search started on a page returns to that page.
    Esc on any other page goes back one page: after F2 from a card, back to the card.
    On a page, PageUp, PageDown, ↑, ↓, Space, Home and End scroll it.
    Practise takes Space, Enter, 1 and 2 unless its answer box has the cursor.
    Opening a result clears the search, so an old query never sits above a card.
    F-keys and Ctrl shortcuts work everywhere, even while you type, and close the menu.
    Ctrl+K opens the palette with the cursor in its box: ↑, ↓ and Enter choose; Esc closes it and puts the cursor back where it was.
    In a text box, / types a slash and Esc clears the box.
    While presenting: a slide number then Enter jumps to it; a click is next.
    While presenting, Esc closes the grid or a black or white screen; Esc on a slide stops, and F5 resumes there.
no_favourites = No favourites yet. Open a card and press ☆ (Ctrl+D) to keep it here.
showing_phrases = Showing { $shown } of { $total } phrase pairs
# `defuse search` found nothing for the query, or nothing it is sure of.
search_nothing = Nothing matches “{ $query }”. Try other words, such as “shouting” or “refund”.
search_weak = Nothing matches “{ $query }” well. The closest:
filter_hint = e.g. refund, manager
filter_text = Filter these pairs
browse_all = Browse all customer types
missed_heading = Searches that found nothing
missed_setting = Remember searches that found nothing, on this computer only
missed_none = None recorded.
missed_clear = Clear the list
showing_for = Showing results for
weak_results = Not what you need? Try other words, or:
# Under a result whose words were not typed: found by the sentence model.
matched_by_meaning = matched by meaning
# The one notice when the sentence model cannot load; $why is the reason.
meaning_off = Search by meaning is off ({ $why }); search by words works as usual.
contacts = Who to call
# A contact the site has not given a number yet, in "Who to call".
not_set = not set
# The button under "Who to call" that opens the Site contacts page.
set_site_contacts = Set site contacts…
# The Packs page: its menu entry and heading, and its parts.
packs = Packs
packs_intro = Your organisation's own guidance, layered over the bundled content in this order: a later pack's item replaces an earlier one with the same id.
packs_meaning_progress = Search by meaning is still reading the packs: { $done } of { $total } passages. Until it has, their items are found by their words.
packs_none = No packs are loaded: this is the bundled guidance alone.
pack_counts =
    { $items ->
        [one] { $items } item added or replaced
       *[other] { $items } items added or replaced
    }, { $hidden } hidden
pack_due =
    { $n ->
        [one] { $n } item due for review
       *[other] { $n } items due for review
    }
pack_unsigned = Not signed
pack_signed_unchecked = Signed by key { $key }; not checked, as this PC trusts no key (site.ron: trusted_keys)
pack_signed = Signed by trusted key { $key }, every file unchanged
packs_how = Install a pack with the buttons above or `defuse install-pack PATH` (a folder or a .zip): it is checked first, and only a pack without errors goes in. Installed packs live in { $folder }; try one first with `defuse --content PATH`.
reload_packs = Reload packs
packs_reloaded = Packs reloaded
# While the packs load after the window opened, and if their thread failed.
packs_loading = Loading your organisation's packs…
packs_not_loaded = The packs could not be read: showing the bundled guidance.
# "Install pack…" on the Packs page: its two buttons, the dialog's title, while it runs, and how it went.
install_pack_folder = Install pack from a folder…
install_pack_zip = Install pack from a .zip…
install_pack_title = The pack to install
installing_pack = Installing the pack…
pack_installed = Installed { $pack }
pack_no_data_dir = No data folder here to install packs into: set DEFUSE_DATA_DIR, or use --content PATH
item_gone = The page you had open is no longer in the content (a pack changed).
# Under an item's title: the pack it came from, and a review that is due.
from_pack = From { $pack }
due_for_review = due for review
# `defuse show`'s line for an item no pack gave.
from_bundled = From the bundled guidance
# Beside the "EN" mark of an item not translated into the language shown.
untranslated = Not translated yet: shown in English
# The Site contacts page: its menu entry and heading, and its parts.
site_contacts = Site contacts…
site_intro = What to call for each contact at this site. F2 and every safety card show it large under "Who to call"; an empty box shows as "not set".
site_country = Country
site_choose_country = Choose a country…
site_preset_note = A country fills police, ambulance, fire and the crisis line: check them, then Save.
site_save = Save
site_saved = Saved.
site_kept_in = Kept in { $path }, on this computer only.
site_not_kept = Not kept on disk in this run (a screenshot or a test).
site_no_preset = There is no country preset "{ $code }".
example_note = Example: adapt it to your own policy
more_phrases = More phrases ({ $n })
customer_types = Customer types
favourites = Favourites
recent = Recently viewed
sections = More help
phrases = Say this, not that
playbooks = Playbooks
principles = Principles
recognise = How you recognise them
what_to_do = What to do
say_this = Say this, not that
dont_say = Don't say
say_instead = Say instead
why = Why
escalate = When to escalate
see_also = See also
fits = Fits
sources = Sources
copy = Copy
# A pair's "say instead" shown large in the customer's language: the button on the
# pair, its hover text, and the line atop the page.
show_in = Show in…
show_in_hint = Show this line large in the customer's language, to turn the screen towards them
for_the_customer = Turn the screen towards the customer. Your own words are underneath.
copied = Copied
star = ☆ Add to favourites
unstar = ★ In favourites
back = ⬅ Back
home = Home
all_situations = All situations
filter_phrases = Situation
ladder_hint = Climb only as far as you need to.
theme_system = Theme: system
theme_light = Theme: light
theme_dark = Theme: dark
theme_high_contrast = Theme: high contrast
zoom_in = Zoom in
zoom_out = Zoom out
zoom_reset = Reset zoom
cycle_theme = Change theme
# The menu of languages, each named in itself.
language_menu = Language
# The ☰ button's name, for screen readers.
menu = Menu
focus_search = Search
# The command palette (Ctrl+K): its name in menus and help, its box and its rows.
palette = Jump to… (command palette)
palette_hint = Card, phrase, deck, slide (“ffm 5”) or command
palette_none = Nothing has a title like that.
# A slide in the palette: the deck's title and the slide's number.
palette_slide = { $deck }, slide { $n }
kind_slide = Slide
kind_command = Command
not_found = This item is not in the loaded content.
dismiss = OK
kind_customer_type = Customer type
kind_phrase = Say this, not that
kind_playbook = Playbook
kind_principle = Principle
kind_deck = Training deck
decks = Training decks
deck_meta =
    For: { $audience } · { $minutes } min · { $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    }
outline = Outline
free_slide = Slide
how = How to do it
continued = continued
present = Present
present_nothing = Open a training deck or a card to present it.
next_slide = Next slide or reveal
previous_slide = Previous slide or hide
first_slide = First slide
last_slide = Last slide
black_screen = Black screen (again to return)
white_screen = White screen (again to return)
slide_grid = All slides, to pick one
toggle_presenter = Presenter view on or off
projector_theme = Projector: dark on light or light on dark
leave_presentation = Stop presenting
presenter_title = Defuse: presenter view
presenter_move = The class may see this window: drag it to your own screen (or press S to hide it).
now_showing = On screen
up_next = Next
next_reveal = Next: the rest of this slide
end_of_deck = End of the deck
notes = Notes
questions = Ask the class
roleplay = Role-play
roleplay_customer = Customer
roleplay_wants = Wants
roleplay_practise = Practise
# The role-play cards: the staff player's card, the observer's, and their lines.
roleplay_staff = Staff member
roleplay_observer = Observer
roleplay_task = Your task
roleplay_watch = Watch for
slide_of = Slide { $n } of { $m }
elapsed = Elapsed
pause = Pause
resume = Resume
reset = Reset
clock = Time
on_time = On time
behind = { $n } min behind
ahead = { $n } min ahead
typed_slide = Go to slide { $n }: Enter
practise = Practise
show_answer = Show our words
had_the_idea = I had the idea
practise_again = Practise again
practice_nothing = There are no phrase pairs to practise here.
practice_position = Pair { $n } of { $m }
situation = Situation
your_words = What would you say? (optional, only for you)
your_words_hint = Type your words, or just think them
round_done = Round done. Practise again whenever you like.
to_review = To look at again
nothing_to_review = Nothing to look at again this time.
new_round = Start another round
print_handouts = Print handouts…
handouts_intro = Writes one web page to print from any browser. It needs no network and keeps no links to the outside.
handout_what = What
handout_all = Every customer-type card and playbook
handout_layout = Layout
layout_cards = Cards: one item a page, for learners
layout_pocket = Pocket cards: the phrase pairs, four A6 cards a sheet
layout_notes = Trainer's notes: each slide with its notes and questions (keep it)
layout_roleplay = Role-play cards: customer, staff and observer briefs to cut out
handout_two_up = Two short pages to a sheet (saves paper)
handout_paper = Paper
handout_folder = Folder
choose_folder = Choose…
choosing_folder = Choosing a folder…
choose_folder_title = Where to write the handouts
write_handout = Write the handout
handout_written = Written: { $path }. Open it in a browser and print it.
open_folder = Open the folder
page_of = { $n } of { $m }
handout_everything = Defuse: customer types and playbooks
handout_no_pairs = This handout has no phrase pairs.
unknown_source = (unknown source)
for_the_trainer = For the trainer
trainer_only = Trainer's notes: not for learners
your_numbers = Your numbers (write them in)
# The heading over a card's best pairs on a printed card.
say_lines = What to say
# Model answers, after a slide's questions in the trainer's copy.
answers = Good answers
handout_no_roleplays = This handout has no role-plays.
run_sheet = Run sheet
run_slide = Slide
run_title = Title
run_minutes = Minutes
run_start = Starts at
run_total = Total
materials = Bring
before_class = Before class
