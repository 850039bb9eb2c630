//! The interface's language as a worker meets it: chosen from the menu (each language
//! named in itself), the labels and plural forms follow at once, the choice is kept
//! after a restart, and `--lang` holds for one run without changing what was chosen.

use std::path::Path;

use defuse::ui::style;
use defuse::{
    content::SAFETY_CARDS,
    library::{LanguageChain, Library},
    strings::{Language, Strings},
    ui::{AppOptions, DefuseApp, Prefs, View},
    user_data::UserStore,
    user_file::FileStore,
};
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;

/// The app on the Training decks page, its settings kept in `dir` and read from
/// there as a start reads them.
fn start_in(dir: &Path, language: Option<Language>) -> Harness<'static, DefuseApp> {
    let mut settings = FileStore::<Prefs>::in_dir(dir);
    let (prefs, notice) = settings.load();
    assert_eq!(notice, None);
    let options = AppOptions {
        store: UserStore::in_memory(),
        settings,
        prefs,
        view: Some(View::Decks),
        language,
        ..AppOptions::default()
    };
    common::app::open(options)
}

/// "слайд", "слайда" or "слайдов": Russian's three forms, by CLDR's rule.
fn russian_slides(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (1, 11) | (2..=4, 12..=14) => "слайдов",
        (1, _) => "слайд",
        (2..=4, _) => "слайда",
        _ => "слайдов",
    }
}

fn shows(harness: &Harness<'_, DefuseApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn a_language_chosen_in_the_menu_shows_at_once_and_after_a_restart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let english = Strings::default();
    let russian = Strings::new(Language::Russian);
    let mut harness = start_in(dir.path(), None);
    assert!(shows(&harness, &english.decks), "starts in English");

    harness.get_by_label(&english.menu).click();
    harness.run();
    // The menu is taller than the window: it scrolls, and its last entries (the
    // language, then the theme) come into view inside the window.
    let window = harness.ctx.content_rect();
    let theme = english.theme_system.clone();
    harness.get_by_label_contains(&theme).scroll_to_me();
    harness.run();
    let rect = harness.get_by_label_contains(&theme).rect();
    assert!(window.contains_rect(rect), "{rect:?} outside {window:?}");
    harness.get_by_label(&english.language_menu).click();
    harness.run();
    for language in Language::ALL {
        assert!(
            harness.query_by_label(language.native_name()).is_some(),
            "the menu offers {}",
            language.native_name()
        );
    }
    harness.get_by_label("Русский").click();
    harness.run();

    assert!(shows(&harness, &russian.decks), "the page's heading");
    assert!(
        harness.query_by_label(&russian.menu).is_some(),
        "the menu's name"
    );
    assert!(
        !shows(&harness, &english.decks),
        "English heading still shown"
    );
    let decks = harness.state().content().decks.clone();
    assert!(!decks.is_empty());
    for deck in &decks {
        let meta = russian.deck_meta_of(deck);
        let n = deck.slides.len();
        assert!(
            meta.ends_with(&format!("{n} {}", russian_slides(n))),
            "{n} slides: {meta}"
        );
        assert!(shows(&harness, &meta), "not shown: {meta}");
    }
    drop(harness);

    let (saved, _) = FileStore::<Prefs>::in_dir(dir.path()).load();
    assert_eq!(saved.language, Some(Language::Russian));
    let restarted = start_in(dir.path(), None);
    assert!(shows(&restarted, &russian.decks), "the choice is kept");
}

#[test]
fn lang_on_the_command_line_holds_for_the_run_and_leaves_the_choice_alone() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut settings = FileStore::<Prefs>::in_dir(dir.path());
    let (mut prefs, _) = settings.load();
    settings
        .update(&mut prefs, |p| p.language = Some(Language::Russian))
        .expect("saved");
    let chinese = Strings::new(Language::Chinese);
    let mut harness = start_in(dir.path(), Some(Language::Chinese));
    assert!(shows(&harness, &chinese.decks), "--lang zh-Hans wins");
    // Another preference changed in this run does not undo `--lang`.
    harness.get_by_label(&chinese.menu).click();
    harness.run();
    harness.get_by_label_contains(&chinese.zoom_in).click();
    harness.run();
    assert!(shows(&harness, &chinese.decks), "still Chinese");
    drop(harness);
    let (saved, _) = FileStore::<Prefs>::in_dir(dir.path()).load();
    assert_eq!(
        saved.language,
        Some(Language::Russian),
        "the saved choice stays"
    );
}

/// The harness panics on a character no bundled font draws: every line of every
/// catalogue, drawn with the app's fonts, proves they cover each language's labels.
#[test]
fn every_catalogue_line_renders_with_the_bundled_fonts() {
    for language in Language::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language.code())
            .join("defuse.ftl");
        let text = std::fs::read_to_string(&path).expect("a catalogue");
        let mut harness = Harness::builder()
            .with_size(egui::vec2(800.0, 600.0))
            .build_ui(move |ui| {
                ui.ctx().set_fonts(style::fonts());
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for line in text.lines() {
                        ui.label(line);
                        ui.label(egui::RichText::new(line).strong());
                    }
                });
            });
        harness.run();
    }
}

/// Every page in every language: labels, plural forms and fonts together.
#[test]
fn every_page_renders_in_every_language() {
    let views = [
        View::Home,
        View::Safety,
        View::Phrases,
        View::Playbooks,
        View::Principles,
        View::Decks,
        View::Favourites,
        View::Help,
        View::Missed,
        View::Practice,
        View::Handouts,
        View::SiteContacts,
        View::Packs,
    ];
    for language in Language::ALL {
        let strings = Strings::new(language);
        for view in &views {
            let harness = common::app::open(AppOptions {
                store: UserStore::in_memory(),
                view: Some(view.clone()),
                language: Some(language),
                ..AppOptions::default()
            });
            assert_eq!(harness.state().view(), view);
            assert!(
                harness.query_by_label(&strings.menu).is_some(),
                "{} {view:?}: the menu is not named in the language",
                language.code()
            );
        }
    }
}

/// The app in Russian with the bundled content read in Russian: the safety cards are
/// in Russian, and an item shown in English (an organisation's own) is marked EN.
#[test]
fn content_shows_in_the_language_and_what_is_not_translated_is_marked_en() {
    let library = Library::bundled(&LanguageChain::new(["ru"]));
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let content = library.content.clone();
    let safety = common::app::open(AppOptions {
        store: UserStore::in_memory(),
        library: Some(library),
        view: Some(View::Safety),
        language: Some(Language::Russian),
        ..AppOptions::default()
    });
    for id in SAFETY_CARDS {
        let card = content.customer_type(id).expect("a safety card");
        assert!(!content.untranslated.contains(id), "{id} is translated");
        assert!(
            card.title
                .chars()
                .any(|c| matches!(c, 'а'..='я' | 'А'..='Я')),
            "{id}: {}",
            card.title
        );
        assert!(
            shows(&safety, &card.title),
            "{id}: {} not shown",
            card.title
        );
    }
    assert!(!shows(&safety, "EN"), "the safety cards are all translated");

    // An organisation's own card in English wins over the bundled translation (a
    // later layer wins by id), and shows in English, marked.
    let packs = tempfile::tempdir().expect("a temporary folder");
    let title = "Angry customer (our shop's way)";
    let pack = common::pack(
        packs.path(),
        "our-shop",
        "",
        &[(
            "en/customer-types/angry.ron",
            common::card_titled("angry", title),
        )],
    );
    let layers = defuse::packs::Layers::read(&[pack]);
    let library = Library::of_layers(&layers, &LanguageChain::new(["ru"]), common::today());
    let english_only = library
        .content
        .customer_type("angry")
        .expect("the card")
        .clone();
    assert!(library.content.untranslated.contains("angry"));
    let page = common::app::open(AppOptions {
        store: UserStore::in_memory(),
        library: Some(library),
        view: Some(View::Item(english_only.id.clone())),
        language: Some(Language::Russian),
        ..AppOptions::default()
    });
    assert!(shows(&page, &english_only.title));
    assert!(page.query_by_label("EN").is_some(), "no EN mark");
}
