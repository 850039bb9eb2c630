### The command line's help, output and errors in English, and every error the app
### shows. Ids starting `help_` are the help of a command or option (`help_COMMAND` and
### `help_COMMAND_OPTION`, `defuse` for the program itself), read from the command
### tree; the others are `Strings` methods (src/strings/mod.rs). The catalogue test
### holds every language to this list.

## How clap's help is laid out.
help_usage = Usage:
help_commands = Commands
help_arguments = Arguments
help_options = Options
help_flag_help = Print help
help_flag_version = Print the version
help_command_help = Print the help of the program or of the given command
help_default = default: { $value }
help_more = For more, try `{ $command } --help`.

## The program and its options.
help_defuse = Quick-reference desktop app for handling difficult customers.
help_defuse_screenshot = Save a PNG of the first fully rendered frame to FILE, print the time to it, and exit.
help_defuse_view = What to show first: home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N (slide N presented) or presenter:DECK:N (its presenter view) or to-customer:PAIR:LANG (a pair's line shown to a customer in LANG).
help_defuse_size = Window size in logical pixels, as WIDTHxHEIGHT.
help_defuse_theme = Colour theme: system, light, dark or high-contrast.
help_defuse_site_preset = With --screenshot: show who to call with a country preset's numbers (GB, US, ZA, MY, RO, RU, CN or MD), as if the site had saved them; reads no site.ron.
help_defuse_content = Layer a pack (a folder with pack.ron) over the bundled content and the installed packs; repeatable, a later one wins. A folder with sources.ron and no pack.ron is a full content folder: it replaces the bundled content (and what came before it).
help_defuse_kiosk = Run as a shared shop PC's kiosk: fullscreen, no favourites, settings or missed searches, and back to an empty Home after SECONDS idle (120 if not given; at least 15). `kiosk: Some(SECONDS)` in site.ron does the same.
help_defuse_lang = The language: en, ru, ro, af, ms or zh-Hans. The app opens in it for this run (else in the one chosen in it, else the system's); the commands read content in it and write in it (else in the system's).

## The commands and their options.
help_search = Search the guidance, best match first.
help_search_query = What to look for, in a worker's words ("customer shouting at me").
help_search_limit = How many results to show at most (1 or more).
help_search_json = Print the results as a JSON array (each with its `origin`: bundled or a pack).
help_search_words_only = Search by words alone, without the sentence model.
help_show = Show one item, by id (`defuse show angry`).
help_show_id = The item's id, as `search` shows it.
help_vectors = Write the content's passage vectors for search by meaning (assets/model/content-vectors.bin), or with --check fail if the committed file is stale.
help_vectors_check = Only check that the committed vectors match the content and the model.
help_vectors_packs = Instead, embed the passages of the installed packs and the --content folders once, into this PC's cache (the app does it in the background).
help_vectors_out = Where to write them.
help_present = Present a training deck (or any item) fullscreen, with the presenter view.
help_present_id = The deck or item id; the first training deck if left out.
help_present_slide = Start at this slide (1-based, as the progress mark counts).
help_shortcuts = Print the app's keyboard shortcuts as a Markdown table.
help_missed = List the searches that found nothing the worker opened, most asked first (recorded only when turned on in the app's settings).
help_missed_export = Write them to FILE as `query<TAB>count` lines instead of printing them.
help_export = Write printable handouts as one self-contained HTML file into DIR.
help_export_dir = The folder to write into (created if missing).
help_export_deck = A training deck id; every customer-type card and playbook if left out.
help_export_paper = The sheet size: a4 or letter.
help_export_layout = cards (one item a page), pocket (phrase pairs, four A6 cards a sheet), notes (the trainer's copy: a run sheet, then presenter notes, questions, answers and role-plays) or roleplay (customer, staff and observer cards to cut out).
help_export_two_up = Print two short pages to a sheet (cards and notes); a safety card keeps its own.
help_check = Validate the bundled content with the installed packs and --content folders layered on, or one folder: a pack (over the bundled content) or a full content folder (alone).
help_check_dir = A pack (with pack.ron), or a content folder: sources.ron and one folder per language.
help_check_after = Exit status: 0 when clean; 1 when there are errors (what has them is not loaded); 3 when there are only warnings (a site contact with no number, an item due for review, a `hide` that hides nothing); 2 for a command line that is not understood.
help_install_pack = Install a pack (a folder, or a .zip of one) into the data folder's packs/, once `check` finds no errors in it over the bundled content.
help_install_pack_path = The pack's folder or .zip.
help_remove_pack = Remove an installed pack, by the name in its pack.ron.
help_remove_pack_name = The name in the pack's pack.ron.
help_init_pack = Write a small, commented starter pack into DIR (new or empty) that passes `check`.
help_init_pack_dir = The folder to write it into: new, or empty.
help_init_pack_country = Fill the emergency numbers from this country's preset: GB (or UK), US, ZA, MY, RO, RU, CN or MD.
help_sign_pack = Sign every file of a pack with a minisign secret key, for PCs that load only packs signed by keys they trust.
help_sign_pack_dir = The pack folder to sign (every file in it).
help_sign_pack_key = A minisign secret key file (`defuse pack-key`, or `minisign -G`); a password-protected one reads its password from $DEFUSE_KEY_PASSWORD.
help_pack_key = Make a key pair for signing packs: the secret key in FILE, the public key (for the PCs to trust) in FILE.pub.
help_pack_key_file = Where to write the secret key; never written over.

## A command line the program does not understand.
cli_error = error
cli_unknown_argument = `{ $argument }` is not an option here
cli_unknown_command = `{ $command }` is not a command
cli_invalid_value = `{ $value }` is not a value for { $option }: { $reason }
cli_missing_value = { $option } needs a value
cli_missing_argument = missing: { $arguments }
cli_conflict = { $option } cannot be used with { $other }
cli_too_many = too many values: `{ $value }`
cli_possible = use one of { $values }
cli_size_form = expected WIDTHxHEIGHT, such as 1024x768, not `{ $text }`
cli_size_range = `{ $text }` is not a size from 200 to 10000
cli_limit_zero = the value must be at least 1
cli_limit_number = `{ $text }` is not a whole number of 1 or more
cli_theme = unknown theme `{ $text }`: use system, light, dark or high-contrast
cli_country = not a country preset: use one of { $codes }
cli_paper = use a4 or letter
cli_layout = use cards, pocket, notes or roleplay
cli_language = no language `{ $text }`: use one of { $codes }

## What the commands print.
cli_no_deck = there is no training deck to present.
cli_no_item = no item with id `{ $id }`. Try `defuse search { $id }`.
cli_no_deck_or_item = no deck or item with id `{ $id }`. Try `defuse search { $id }`.
cli_no_data_folder = no data folder found; set { $variable }
cli_vectors_stale = { $file } is stale: { $missing } passages have no vector, { $unused } vectors match no passage. Run `cargo run --release -- vectors`.
cli_vectors_current = { $file }: { $count } passages, up to date.
cli_vectors_written = { $file }: { $count } passages.
cli_words_only = searching by words only: { $reason }
cli_vectors_missing = { $count } passages of the packs or of the translations have no vectors on this PC yet, so their items are found by their words only. `defuse vectors --packs` (with the same --content and --lang) embeds them once; the app does it in the background.
cli_embedded = embedded { $done } of { $total } passages
cli_embedded_all = { $file }: { $total } passages embedded; every passage has a vector.
cli_missed_written = wrote { $count } missed searches to { $file }
cli_missed_none = No missed searches in { $file }. They are recorded only when turned on in the app's settings.
cli_the_decks = The decks are: { $ids }.
cli_pack_line = pack { $name } { $version }: { $changes }
cli_checked = checked { $files } files in { $languages } language(s): { $items } valid items, { $problems } problem(s)
cli_checked_warnings = , { $warnings } warning(s)
cli_not_installed = { $path } has { $problems } problem(s): not installed.
cli_no_manifest = the pack has no pack.ron: not installed.
cli_installed = installed { $name } { $version } into { $dir }
cli_removed = removed { $dir }
cli_edit_starter = Edit it, then `defuse check --content { $dir }` and `defuse install-pack { $dir }`.
cli_signed = signed { $files } files of { $dir } (signatures in { $signatures })
cli_key_exists = { $file } exists; a key is never written over
cli_key_made =
    key { $id }: secret key in { $secret }, public key in { $public }
    Keep the secret key off shop PCs. To trust it on a PC, add to its site.ron:
cli_no_language_folder = no language folder found (expected e.g. en/customer-types/*.ron)

## Errors, wherever they are shown.
err_view = unknown view `{ $view }`: use home, safety, card:ID, search:QUERY, phrases, playbooks, principles, decks, favourites, help, practice, handouts, site-contacts, packs, present:DECK:N, presenter:DECK:N or to-customer:PAIR:LANG
err_window = cannot open the window: { $reason }
err_screenshot = screenshot failed: { $reason }
err_unknown_deck = no training deck with id `{ $id }`
err_write = cannot write { $path }: { $reason }
err_save = cannot save { $path }: { $reason }
err_output = cannot write the output: { $reason }
err_json = cannot encode JSON: { $reason }
err_encode = cannot encode user data: { $reason }
err_content_folder = cannot read the content folder { $path }: { $reason }
err_watch = cannot watch for changes: { $reason }
err_unreadable = could not read the file: { $reason }
err_unreadable_folder = could not read the folder: { $reason }
err_not_a_file = this is { $what ->
        [folder] a folder
        [pipe] a named pipe (FIFO)
        [socket] a socket
        [device] a device
        [link] a link
       *[other] a special file
    }, not a regular file: skipped
err_not_regular = this is { $what ->
        [folder] a folder
        [pipe] a named pipe (FIFO)
        [socket] a socket
        [device] a device
        [link] a link
       *[other] a special file
    }, not a regular file
err_link_outside = this link leads outside the content folder (to { $target }): not followed
err_too_deep = this folder is more than { $depth } folders deep: what is in it was not read
err_too_many_entries = the content folder holds more than { $limit } entries: the rest was not read
err_missing_sources = the file is missing: it lists the sources that every item cites, so no `sources` reference can resolve
err_missing_site = the file is missing: it lists the site's contacts that `{"{"}police{"}"}`, `{"{"}security{"}"}` and the other placeholders name, so they stay as typed
err_too_large = the file is { $size } bytes; content files may be at most { $limit } bytes
err_invalid_utf8 = the file is not valid UTF-8 text
err_ends_in_string = the file ends inside this string: is its closing `"` missing, or was the file cut short?
err_ends_early = the file ends early, before its content is complete: was it cut short? ({ $reason })
err_empty_file = the file is empty
err_not_content = this is not a content file: it has no `Kind(` … `)` (with Windows or Unix line endings, not old Mac ones)
err_unsupported_version = format version { $found } is not supported (this build reads version { $supported })
err_unexpected_file = unexpected file: { $reason }
err_duplicate_id = duplicate id `{ $id }`: already used at { $first }
err_unknown_reference = `{ $field }` refers to `{ $target }`, which does not exist ({ $expected ->
        [source] expected a source id such as `S2` or a point key such as `S2.M2.1`
        [customer_type] expected a customer-type id such as `angry`
        [phrase] expected the id of a phrase pair
        [playbook] expected a playbook id such as `three-steps`
        [principle] expected a principle id such as `listen-first`
       *[item] expected the id of a card, playbook, principle or phrase pair
    })
err_lost_reference = `{ $field }` refers to `{ $target }`, which did not load because of the problem with { $cause }{ $more ->
        [0] {""}
        [one] ; and 1 more reference to { $what }
       *[other] ; and { $more } more references to { $what }
    }
err_unknown_placeholder = unknown placeholder `{"{"}{ $name }{"}"}` (known: { $known })
err_misspelt_placeholder = `{ $written }` is not a placeholder: write it as `{ $meant }` (lowercase, dashes, no spaces)
err_control_character = `{ $field }` holds a control character ({ $code }), which no screen shows and a terminal obeys
err_empty_text = `{ $field }` must not be empty
err_invalid_id = invalid id `{ $id }`: use lowercase letters, digits and dashes, at most 64 characters
err_missing_manifest = the file is missing: a pack names itself in it (name, version, changes); a folder with neither pack.ron nor sources.ron is not content
err_hides_safety_card = `{ $id }` is a safety card: a pack cannot hide it, so it stays
err_safety_override_refused = `{ $id }` is a safety card and this pack's version of it has problems: it is refused, and the card from { $kept } stays
err_hides_own_item = `hide` names `{ $id }`, which this pack defines itself: it is not hidden
err_hides_nothing = `hide` names `{ $id }`, which no earlier layer has: nothing to hide
err_kind_changed = `{ $id }` is { $kind ->
        [customer_type] a customer type
        [phrase] a phrase pair
        [playbook] a playbook
        [principle] a principle
        [deck] a training deck
       *[contact] a site contact
    } in an earlier layer ({ $first }): a pack replaces an item with one of the same kind, so this one is not loaded
err_due_for_review = due for review: last reviewed { $reviewed }, and the pack asks for a review every { $every }
err_contact_not_set = { $label }: not set: ask your supervisor, then give it as `number` here (a pack's LANG/site.ron)
err_untranslated = { $count ->
        [one] { $count } item is not translated into `{ $language }`: it shows in English, marked EN (for example { $examples })
       *[other] { $count } items are not translated into `{ $language }`: they show in English, marked EN (for example { $examples })
    }
err_starter_not_empty = { $dir } is not empty: init-pack writes a new pack into a new or empty folder
err_starter_missing = the bundled content has no `{ $id }` to start from
err_zip = { $path }: not a zip file that can be read: { $reason }
err_zip_entry = { $path }:{ $name }: this entry could not be read: { $reason }
err_zip_no_manifest = { $path }: the zip holds no pack.ron, at its top or in one folder at its top
err_not_a_pack = { $path }: there is no pack.ron in it, so it is not a pack
err_zip_unsafe_path = { $path }: the zip names `{ $name }`, which would land outside the pack: refused
err_zip_too_big = { $path }: the zip holds more than { $limit } entries or { $mebibytes } MiB: refused
err_pack_name = `{ $name }` is not a pack name: lowercase letters, digits and dashes
err_not_installed = no pack named `{ $name }` is installed in { $dir }
err_install_busy = another install or removal of the pack `{ $name }` is in progress: try again when it has finished
err_refused = { $count ->
        [one] { $count } problem found: not installed
       *[other] { $count } problems found: not installed
    }
err_secret_key = { $path }: not a minisign secret key: { $reason }
err_needs_password = { $path }: the key is protected by a password: set DEFUSE_KEY_PASSWORD
err_public_key = `{ $key }` is not a minisign public key
err_sign = cannot sign { $path }: { $reason }
err_file_unsigned = { $path }: not signed (the pack's other files are)
err_file_changed = { $path }: changed since the pack was signed
err_file_missing = { $path }: signed, but the file is gone
err_untrusted_key = { $path }: signed by a key this PC does not trust
err_pack_unsigned = the pack is not signed, and this PC loads only signed packs
