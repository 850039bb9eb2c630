//! Kiosk mode as a shared shop PC runs it: left idle, it goes back to an empty Home
//! (egui's clock stands in for the wall clock: the test sets it), input keeps it
//! where it is, and nothing personal or a setting is offered, kept or shown.

use std::path::Path;

use defuse::{
    missed::MissedStore,
    strings::{Language, Strings},
    ui::{AppOptions, DefuseApp, Prefs, RunMode, View, kiosk::Kiosk},
    user_data::UserStore,
    user_file::FileStore,
};
use egui::{Key, Modifiers, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

/// A kiosk resetting after `idle` seconds, whose files would go in `dir` if it kept any.
fn kiosk_in(dir: &Path, idle: u32) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::at(dir.join("favourites.ron")),
        missed: MissedStore::in_dir(dir),
        settings: FileStore::in_dir(dir),
        // A trainer turned the missed-search log on at this PC once: a kiosk keeps it off.
        prefs: Prefs {
            record_missed: true,
            ..Prefs::default()
        },
        run_mode: RunMode::Kiosk(Kiosk::new(idle)),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
    at(&mut harness, 0.0);
    harness
}

/// One frame at `seconds` on egui's clock, with no input.
fn at(harness: &mut Harness<'_, DefuseApp>, seconds: f64) {
    harness.input_mut().time = Some(seconds);
    harness.step();
    harness.run();
}

/// Types `text` into the search box and opens the first result.
fn search_and_open(harness: &mut Harness<'_, DefuseApp>, text: &str) {
    harness.get_by_label("Search").type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        matches!(harness.state().view(), View::Item(_)),
        "{:?}",
        harness.state().view()
    );
}

#[test]
fn left_idle_a_kiosk_goes_home_with_nothing_the_last_person_typed() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = kiosk_in(dir.path(), 60);
    search_and_open(&mut harness, "shouting at me");
    let opened = harness.state().view().clone();
    // Someone reading for most of a minute is left alone.
    at(&mut harness, 55.0);
    assert_eq!(harness.state().view(), &opened);
    at(&mut harness, 70.0);
    assert_eq!(harness.state().view(), &View::Home);
    assert_eq!(harness.state().query(), "");
    assert!(harness.state().results().is_empty());
    assert_eq!(
        harness.get_by_label("Search").accesskit_node().value(),
        Some(String::new())
    );
    // Home shows no "Recent" list of what the last person read.
    assert!(harness.query_by_label("Recent").is_none());
    // Esc has no page to go back to.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Home);
    // And the cursor is in the box for the next person.
    harness.get_by_label("Search").type_text("drunk");
    harness.run();
    assert_eq!(harness.state().query(), "drunk");
}

#[test]
fn a_language_chosen_at_a_kiosk_lasts_until_it_is_left_idle() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = kiosk_in(dir.path(), 60);
    let russian = Strings::new(Language::Russian);
    for round in [0.0, 100.0] {
        harness.get_by_label("Menu").click();
        harness.run();
        harness.get_by_label("Language").click();
        harness.run();
        harness.get_by_label("Русский").click();
        harness.run();
        assert!(
            harness.query_by_label(&russian.menu).is_some(),
            "Russian from {round} s"
        );
        at(&mut harness, round + 70.0);
        assert!(
            harness.query_by_label("Menu").is_some(),
            "back to English at {round} s + 70 s"
        );
    }
}

#[test]
fn input_keeps_a_kiosk_where_it_is() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = kiosk_in(dir.path(), 60);
    harness.get_by_label("Search").type_text("refund");
    harness.run();
    at(&mut harness, 50.0);
    harness.get_by_label("Search").type_text(" receipt");
    harness.run();
    at(&mut harness, 100.0);
    assert_eq!(harness.state().query(), "refund receipt");
    at(&mut harness, 111.0);
    assert_eq!(harness.state().query(), "");
}

#[test]
fn a_presentation_or_practice_left_running_is_closed_too() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = kiosk_in(dir.path(), 30);
    search_and_open(&mut harness, "angry");
    harness
        .get_by_role_and_label(Role::Button, "Practise")
        .click();
    harness.run();
    assert!(harness.state().round().is_some());
    at(&mut harness, 40.0);
    assert!(harness.state().round().is_none());
    assert_eq!(harness.state().view(), &View::Home);

    search_and_open(&mut harness, "angry");
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().presentation().is_some());
    at(&mut harness, 80.0);
    assert!(harness.state().presentation().is_none());
    assert_eq!(harness.state().view(), &View::Home);
}

#[test]
fn a_kiosk_offers_no_favourites_settings_site_contacts_or_missed_searches() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = kiosk_in(dir.path(), 120);
    search_and_open(&mut harness, "angry");
    assert!(
        harness
            .query_by_label_contains("Add to favourites")
            .is_none()
    );
    // Their keys do nothing.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.key_press(Key::F6);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::T);
    harness.run();
    assert!(matches!(harness.state().view(), View::Item(_)));
    assert!(harness.state().user_data().favourites.is_empty());
    assert_eq!(harness.state().prefs().theme, Prefs::default().theme);
    // The menu leaves them out, and keeps what anyone may need.
    harness.get_by_label("Menu").click();
    harness.run();
    for gone in [
        "Favourites",
        "Site contacts",
        "Searches that found nothing",
        "Theme:",
    ] {
        assert!(
            harness.query_by_label_contains(gone).is_none(),
            "the menu offers {gone}"
        );
    }
    assert!(
        harness
            .query_by_label_contains("Help and shortcuts")
            .is_some()
    );
    harness.key_press(Key::Escape);
    harness.run();
    // So does the palette.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness
        .get_by_label("Jump to… (command palette)")
        .type_text("favourites");
    harness.run();
    assert!(
        harness
            .state()
            .palette_row(0)
            .is_none_or(|row| row.title != "Favourites")
    );
    harness.key_press(Key::Escape);
    harness.run();
    // F2's contacts have no button to change them.
    harness.key_press(Key::F2);
    harness.run();
    assert!(harness.query_by_label("Set site contacts…").is_none());
    // A search that found nothing is not recorded, and nothing was written.
    harness.get_by_label("Search").type_text("zzqx wibble");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert!(written.is_empty(), "a kiosk wrote {written:?}");
}
