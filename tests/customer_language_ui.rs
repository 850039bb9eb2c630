//! A worker who shares no language with the customer shows a pair's "say instead" line
//! large in the customer's language (each named in itself), their own words small
//! underneath, and Esc takes them back to where they were.

use defuse::{
    content::{Item, bundled},
    library::LanguageChain,
    strings::{Language, Strings},
    ui::{AppOptions, View},
    user_data::UserStore,
};
use egui_kittest::kittest::Queryable as _;

mod common;

/// The pair's "say instead" line as the bundled content reads it in `language`.
fn say_in(language: &str, id: &str) -> String {
    match bundled::load(language).content.get(id) {
        Some(Item::Phrase(phrase)) => phrase.say.clone(),
        _ => panic!("no pair {id} in {language}"),
    }
}

#[test]
fn a_line_shows_large_in_the_customers_language_with_the_workers_own_below() {
    let english = Strings::default();
    let pair = "calm-down";
    let mut harness = common::app::open(AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Item(pair.to_owned())),
        ..AppOptions::default()
    });
    harness.get_by_label_contains(&english.show_in).click();
    harness.run();
    for language in Language::ALL {
        let offered = harness.query_by_label(language.native_name()).is_some();
        assert_eq!(
            offered,
            language != Language::English,
            "{} offered: {offered}",
            language.native_name()
        );
    }
    harness.get_by_label("Русский").click();
    harness.run();

    let theirs = say_in("ru", pair);
    let own = say_in("en", pair);
    assert_ne!(theirs, own, "the pair is translated");
    let shown = harness.get_by_label(&theirs).rect();
    let below = harness.get_by_label(&own).rect();
    assert!(shown.bottom() <= below.top(), "{shown:?} above {below:?}");
    assert!(
        shown.height() > 2.0 * below.height(),
        "the customer's line is large: {shown:?}, the worker's small: {below:?}"
    );
    assert!(
        harness
            .query_by_label_contains(&english.for_the_customer)
            .is_some()
    );

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label(&theirs).is_none(),
        "Esc leaves the page"
    );
    assert!(
        harness.query_by_label_contains(&english.show_in).is_some(),
        "and returns to the pair"
    );
}

#[test]
fn the_customers_language_is_never_the_workers_own() {
    let pair = "calm-down";
    let russian = Strings::new(Language::Russian);
    let mut harness = common::app::open(AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Item(pair.to_owned())),
        language: Some(Language::Russian),
        languages: LanguageChain::new(["ru"]),
        ..AppOptions::default()
    });
    harness.get_by_label_contains(&russian.show_in).click();
    harness.run();
    assert!(harness.query_by_label("Русский").is_none());
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_by_label(&say_in("en", pair)).is_some());
    assert!(harness.query_by_label(&say_in("ru", pair)).is_some());
}
