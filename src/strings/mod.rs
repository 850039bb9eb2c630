//! Every piece of text the app, its printed handouts, its help and its errors show,
//! looked up in the Fluent catalogues of the chosen language (`locales/<code>/defuse.ftl`
//! for the app, `cli.ftl` for the command line and every error). Egui-free, so the
//! export and the command line use it too.
//!
//! Plain labels are fields, read once when the language is chosen; a message with
//! numbers or names in it is a method, formatted when shown, so each language's plural
//! rules pick the form ("1 минуту", "2 минуты", "5 минут").

mod catalogue;
mod language;

use std::{borrow::Cow, cell::Cell, sync::OnceLock};

use fluent_templates::fluent_bundle::FluentValue;

pub use catalogue::lookup_own;
pub use language::{Language, UnknownLanguage};

/// Declares the messages once: the `Strings` fields and methods, and `MESSAGE_IDS`,
/// which the catalogue test holds every catalogue to. A message's id is its name.
macro_rules! messages {
    (
        texts { $( $(#[$text_doc:meta])* $text:ident, )* }
        lists { $( $(#[$list_doc:meta])* $list:ident, )* }
        formats { $( $(#[$format_doc:meta])* $format:ident( $( $arg:ident ),* ), )* }
    ) => {
        /// The interface's text in one language.
        #[derive(Debug, Clone)]
        pub struct Strings {
            language: Language,
            $( $(#[$text_doc])* pub $text: String, )*
            $( $(#[$list_doc])* pub $list: Vec<String>, )*
        }

        impl Strings {
            /// Every label of `language`, looked up once.
            pub fn new(language: Language) -> Self {
                Self {
                    language,
                    $( $text: catalogue::lookup(language, stringify!($text), None), )*
                    $(
                        $list: catalogue::lookup(language, stringify!($list), None)
                            .lines()
                            .map(str::to_owned)
                            .collect(),
                    )*
                }
            }

            $(
                $(#[$format_doc])*
                // A message without variables has no value for `'a` to bind.
                #[allow(clippy::extra_unused_lifetimes)]
                pub fn $format<'a>(&self, $( $arg: impl Into<FluentValue<'a>> ),* ) -> String {
                    let args: catalogue::Args<'a> = [
                        $( (Cow::Borrowed(stringify!($arg)), $arg.into()), )*
                    ]
                    .into_iter()
                    .collect();
                    catalogue::lookup(self.language, stringify!($format), Some(&args))
                }
            )*
        }

        /// Every message the code uses, with the variables each one is given.
        pub const MESSAGE_IDS: &[(&str, &[&str])] = &[
            $( (stringify!($text), &[]), )*
            $( (stringify!($list), &[]), )*
            $( (stringify!($format), &[ $( stringify!($arg) ),* ]), )*
        ];
    };
}

messages! {
        texts {
            search_label,
            search_hint,
            no_results,
            safety_button,
            safety_short,
            safety_tooltip,
            safety_heading,
            help,
            action,
            keys,
            key_rules_heading,
            no_favourites,
            filter_hint,
            filter_text,
            browse_all,
            missed_heading,
            missed_setting,
            missed_none,
            missed_clear,
            showing_for,
            weak_results,
            /// Under a result whose words were not typed: found by the sentence model.
            matched_by_meaning,
            contacts,
            /// A contact the site has not given a number yet, in "Who to call".
            not_set,
            /// The button under "Who to call" that opens the Site contacts page.
            set_site_contacts,
            /// The Packs page: its menu entry and heading, and its parts.
            packs,
            packs_intro,
            packs_none,
            pack_unsigned,
            reload_packs,
            packs_reloaded,
            /// While the packs load after the window opened, and if their thread failed.
            packs_loading,
            packs_not_loaded,
            /// "Install pack…" on the Packs page: its two buttons, the dialog's title, while
            /// it runs, and how it went.
            install_pack_folder,
            install_pack_zip,
            install_pack_title,
            installing_pack,
            pack_no_data_dir,
            item_gone,
            due_for_review,
            /// `defuse show`'s line for an item no pack gave.
            from_bundled,
            /// Beside the "EN" mark of an item not translated into the language shown.
            untranslated,
            /// The Site contacts page: its menu entry and heading, and its parts.
            site_contacts,
            site_intro,
            site_country,
            site_choose_country,
            site_preset_note,
            site_save,
            site_saved,
            site_not_kept,
            example_note,
            customer_types,
            favourites,
            recent,
            sections,
            phrases,
            playbooks,
            principles,
            recognise,
            what_to_do,
            say_this,
            dont_say,
            say_instead,
            why,
            escalate,
            see_also,
            fits,
            sources,
            copy,
            /// A pair's "say instead" shown large in the customer's language: the
            /// button on the pair, its hover text, and the line atop the page.
            show_in,
            show_in_hint,
            for_the_customer,
            copied,
            star,
            unstar,
            back,
            home,
            all_situations,
            filter_phrases,
            ladder_hint,
            theme_system,
            theme_light,
            theme_dark,
            theme_high_contrast,
            zoom_in,
            zoom_out,
            zoom_reset,
            cycle_theme,
            /// The menu of languages, each named in itself.
            language_menu,
            /// The ☰ button's name, for screen readers.
            menu,
            focus_search,
            /// The command palette (Ctrl+K): its name in menus and help, its box and its rows.
            palette,
            palette_hint,
            palette_none,
            kind_slide,
            kind_command,
            not_found,
            dismiss,
            kind_customer_type,
            kind_phrase,
            kind_playbook,
            kind_principle,
            kind_deck,
            decks,
            outline,
            free_slide,
            how,
            continued,
            present,
            present_nothing,
            next_slide,
            previous_slide,
            first_slide,
            last_slide,
            black_screen,
            white_screen,
            slide_grid,
            toggle_presenter,
            projector_theme,
            leave_presentation,
            presenter_title,
            presenter_move,
            now_showing,
            up_next,
            next_reveal,
            end_of_deck,
            notes,
            questions,
            roleplay,
            roleplay_customer,
            roleplay_wants,
            roleplay_practise,
            /// The role-play cards: the staff player's card, the observer's, and their lines.
            roleplay_staff,
            roleplay_observer,
            roleplay_task,
            roleplay_watch,
            elapsed,
            pause,
            resume,
            reset,
            clock,
            on_time,
            practise,
            show_answer,
            had_the_idea,
            practise_again,
            practice_nothing,
            situation,
            your_words,
            your_words_hint,
            round_done,
            to_review,
            nothing_to_review,
            new_round,
            print_handouts,
            handouts_intro,
            handout_what,
            handout_all,
            handout_layout,
            layout_cards,
            layout_pocket,
            layout_notes,
            layout_roleplay,
            handout_two_up,
            handout_paper,
            handout_folder,
            choose_folder,
            choosing_folder,
            choose_folder_title,
            write_handout,
            open_folder,
            handout_everything,
            handout_no_pairs,
            unknown_source,
            for_the_trainer,
            trainer_only,
            your_numbers,
            /// The heading over a card's best pairs on a printed card.
            say_lines,
            /// Model answers, after a slide's questions in the trainer's copy.
            answers,
            handout_no_roleplays,
            run_sheet,
            run_slide,
            run_title,
            run_minutes,
            run_start,
            run_total,
            materials,
            before_class,
        }
        lists {
            /// The help page's rules for keys and focus: one a line.
            key_rules,
        }
        formats {
            showing_phrases(shown, total),
            /// `defuse search` found nothing for `query`, or nothing it is sure of.
            search_nothing(query),
            search_weak(query),
            /// The one notice when the sentence model cannot load; `why` is the reason.
            meaning_off(why),
            packs_meaning_progress(done, total),
            pack_counts(items, hidden),
            pack_due(n),
            pack_signed_unchecked(key),
            pack_signed(key),
            packs_how(folder),
            pack_installed(pack),
            /// Under an item's title: the pack it came from, and a review that is due.
            from_pack(pack),
            site_kept_in(path),
            site_no_preset(code),
            more_phrases(n),
            /// A slide in the palette: the deck's title and the slide's number.
            palette_slide(deck, n),
            deck_meta(audience, minutes, slides),
            slide_of(n, m),
            behind(n),
            ahead(n),
            typed_slide(n),
            practice_position(n, m),
            handout_written(path),
            page_of(n, m),
            // The command line's help layout, output and errors, and every error
            // the app shows (locales/<code>/cli.ftl).
            help_usage(),
            help_commands(),
            help_arguments(),
            help_options(),
            help_flag_help(),
            help_flag_version(),
            help_command_help(),
            help_default(value),
            help_more(command),
            cli_error(),
            cli_unknown_argument(argument),
            cli_unknown_command(command),
            cli_invalid_value(value, option, reason),
            cli_missing_value(option),
            cli_missing_argument(arguments),
            cli_conflict(option, other),
            cli_too_many(value),
            cli_possible(values),
            cli_size_form(text),
            cli_size_range(text),
            cli_limit_zero(),
            cli_limit_number(text),
            cli_theme(text),
            cli_country(codes),
            cli_paper(),
            cli_layout(),
            cli_language(text, codes),
            cli_no_deck(),
            cli_no_item(id),
            cli_no_deck_or_item(id),
            cli_no_data_folder(variable),
            cli_vectors_stale(file, missing, unused),
            cli_vectors_current(file, count),
            cli_vectors_written(file, count),
            cli_words_only(reason),
            cli_vectors_missing(count),
            cli_embedded(done, total),
            cli_embedded_all(file, total),
            cli_missed_written(count, file),
            cli_missed_none(file),
            cli_the_decks(ids),
            cli_pack_line(name, version, changes),
            cli_checked(files, languages, items, problems),
            cli_checked_warnings(warnings),
            cli_not_installed(path, problems),
            cli_no_manifest(),
            cli_installed(name, version, dir),
            cli_removed(dir),
            cli_edit_starter(dir),
            cli_signed(files, dir, signatures),
            cli_key_exists(file),
            cli_key_made(id, secret, public),
            cli_no_language_folder(),
            err_view(view),
            err_window(reason),
            err_screenshot(reason),
            err_unknown_deck(id),
            err_write(path, reason),
            err_save(path, reason),
            err_output(reason),
            err_json(reason),
            err_encode(reason),
            err_content_folder(path, reason),
            err_watch(reason),
            err_unreadable(reason),
            err_unreadable_folder(reason),
            err_not_a_file(what),
            err_not_regular(what),
            err_link_outside(target),
            err_too_deep(depth),
            err_too_many_entries(limit),
            err_missing_sources(),
            err_missing_site(),
            err_too_large(size, limit),
            err_invalid_utf8(),
            err_ends_in_string(),
            err_ends_early(reason),
            err_empty_file(),
            err_not_content(),
            err_unsupported_version(found, supported),
            err_unexpected_file(reason),
            err_duplicate_id(id, first),
            err_unknown_reference(field, target, expected),
            err_lost_reference(field, target, cause, more, what),
            err_unknown_placeholder(name, known),
            err_misspelt_placeholder(written, meant),
            err_control_character(field, code),
            err_empty_text(field),
            err_invalid_id(id),
            err_missing_manifest(),
            err_hides_safety_card(id),
            err_safety_override_refused(id, kept),
            err_hides_own_item(id),
            err_hides_nothing(id),
            err_kind_changed(id, kind, first),
            err_due_for_review(reviewed, every),
            err_contact_not_set(label),
            err_untranslated(count, language, examples),
            err_starter_not_empty(dir),
            err_starter_missing(id),
            err_zip(path, reason),
            err_zip_entry(path, name, reason),
            err_zip_no_manifest(path),
            err_not_a_pack(path),
            err_zip_unsafe_path(path, name),
            err_zip_too_big(path, limit, mebibytes),
            err_pack_name(name),
            err_not_installed(name, dir),
            err_install_busy(name),
            err_refused(count),
            err_secret_key(path, reason),
            err_needs_password(path),
            err_public_key(key),
            err_sign(path, reason),
            err_file_unsigned(path),
            err_file_changed(path),
            err_file_missing(path),
            err_untrusted_key(path),
            err_pack_unsigned(),
        }
}

/// Each language's strings, built the first time they are asked for.
static EVERY_LANGUAGE: [OnceLock<Strings>; Language::ALL.len()] =
    [const { OnceLock::new() }; Language::ALL.len()];

thread_local! {
    /// The language this thread writes its messages in: the command line's, or the
    /// app's on its UI thread. Errors are formatted through it, so a `Display` of an
    /// error reads in the language of whoever shows it; English until set.
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one this thread's messages and errors are written in.
pub fn set_current(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// The strings of this thread's language (see [`set_current`]).
pub fn current() -> &'static Strings {
    Strings::of(CURRENT.with(Cell::get))
}

impl Default for Strings {
    /// English, as the tests, the export's defaults and the command line use it.
    fn default() -> Self {
        Self::new(Language::English)
    }
}

impl Strings {
    /// `language`'s strings, shared: built once for the life of the program.
    pub fn of(language: Language) -> &'static Self {
        let index = Language::ALL
            .iter()
            .position(|&l| l == language)
            .unwrap_or_default();
        EVERY_LANGUAGE[index].get_or_init(|| Self::new(language))
    }

    /// The language these strings are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// "For: new staff · 25 min · 12 slides".
    pub fn deck_meta_of(&self, deck: &crate::content::Deck) -> String {
        self.deck_meta(deck.audience.as_str(), deck.minutes, deck.slides.len())
    }

    /// A section heading of a card's page.
    pub fn heading(&self, heading: crate::present::Heading) -> &str {
        use crate::present::Heading;
        match heading {
            Heading::Signs => &self.recognise,
            Heading::WhatToDo => &self.what_to_do,
            Heading::GetHelp => &self.escalate,
            Heading::How => &self.how,
        }
    }

    pub fn kind(&self, kind: crate::content::Kind) -> &str {
        use crate::content::Kind;
        match kind {
            Kind::CustomerType => &self.kind_customer_type,
            Kind::Phrase => &self.kind_phrase,
            Kind::Playbook => &self.kind_playbook,
            Kind::Principle => &self.kind_principle,
            Kind::Deck => &self.kind_deck,
        }
    }
}
