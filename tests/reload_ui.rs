//! Live reload: a pack edited while the app runs is picked up by the folder watcher
//! (or Ctrl+R), the page stays, and a page whose item went away says so and goes Home.

use std::{
    fs,
    path::Path,
    time::{Duration, Instant},
};

use defuse::{
    library::{LanguageChain, Library},
    packs::Places,
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
};
use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;
use common::starter_pack;

/// Far longer than a reload takes: only one that never comes waits it out.
const PATIENCE: Duration = Duration::from_secs(20);

/// The app on `view` with the pack at `pack` layered on and watched, as
/// `defuse --content PACK` runs it.
fn app_watching(pack: &Path, view: View) -> Harness<'static, DefuseApp> {
    let places = Places {
        data_dir: None,
        extra: vec![pack.to_owned()],
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let loaded = places.sources().read().load("en", today);
    let options = AppOptions {
        library: Some(Library::from_content(loaded.content, "en")),
        store: UserStore::in_memory(),
        view: Some(view),
        places: Some(places),
        ..AppOptions::default()
    };
    common::app::open(options)
}

/// Runs frames until `done` holds, or fails after [`PATIENCE`].
fn until(
    harness: &mut Harness<'_, DefuseApp>,
    what: &str,
    done: impl Fn(&Harness<'_, DefuseApp>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(started.elapsed() < PATIENCE, "waited in vain for {what}");
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    harness.run();
}

/// Writes `text` over `file` as editors do: a new file renamed over the old.
fn save(file: &Path, text: &str) {
    let temp = file.with_extension("ron.tmp");
    fs::write(&temp, text).expect("write");
    fs::rename(&temp, file).expect("rename");
}

#[test]
fn an_edited_pack_is_picked_up_and_the_page_stays() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let view = View::Item("wants-manager".to_owned());
    let mut harness = app_watching(&pack, view.clone());
    assert!(harness.query_by_label("Wants the manager").is_some());
    let card = pack.join("en/customer-types/wants-manager.ron");
    let text = fs::read_to_string(&card).expect("read");
    save(
        &card,
        &text.replace(
            "title: \"Wants the manager\"",
            "title: \"Asks for the boss\"",
        ),
    );
    until(&mut harness, "the new title", |h| {
        h.query_by_label("Asks for the boss").is_some()
    });
    assert_eq!(harness.state().view(), &view);
    // Search finds the new words.
    harness.get_by_label("Search").type_text("boss");
    harness.run();
    assert_eq!(
        harness.state().results().first().map(|h| h.id.as_str()),
        Some("wants-manager")
    );
}

#[test]
fn a_page_whose_item_went_says_so_and_goes_home() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let mut harness = app_watching(&pack, View::Item("site-welcome".to_owned()));
    assert!(
        harness
            .query_all_by_label("How we do it here")
            .next()
            .is_some()
    );
    fs::remove_file(pack.join("en/decks/site-welcome.ron")).expect("remove");
    // Ctrl+R, or the watcher, whichever comes first.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::R);
    until(&mut harness, "Home", |h| h.state().view() == &View::Home);
    assert!(
        harness
            .state()
            .notices()
            .iter()
            .any(|n| n.contains("no longer in the content"))
    );
}

#[test]
fn a_broken_file_shows_where_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let mut harness = app_watching(&pack, View::Home);
    let card = pack.join("en/customer-types/wants-manager.ron");
    save(
        &card,
        "CustomerType(\n    id: \"wants-manager\",\n    title: oops\n",
    );
    until(&mut harness, "a notice", |h| {
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("wants-manager.ron:"))
    });
    // The bundled card stands in; the pack's deck is still there.
    assert!(
        harness
            .state()
            .notices()
            .iter()
            .all(|n| !n.contains("site-welcome"))
    );
    harness
        .get_by_label("Search")
        .type_text("how we do it here");
    harness.run();
    assert!(
        harness
            .state()
            .results()
            .iter()
            .any(|h| h.id == "site-welcome")
    );
}

#[test]
fn a_pack_still_loading_at_start_does_not_hold_up_the_window_and_follows() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let sources = Places {
        data_dir: None,
        extra: vec![pack],
    }
    .sources();
    // A slow pack: the window must draw the bundled content meanwhile.
    let (go, wait) = std::sync::mpsc::channel::<()>();
    let loading = std::thread::spawn(move || {
        let _ = wait.recv();
        Library::open(&sources, &LanguageChain::english())
    });
    let options = AppOptions {
        library: Some(Library::bundled(&LanguageChain::english())),
        loading: Some(loading),
        store: UserStore::in_memory(),
        view: Some(View::Home),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
    harness.run_steps(5);
    assert!(harness.state().content().get("site-welcome").is_none());
    assert!(
        harness
            .query_by_label("Loading your organisation's packs…")
            .is_some()
    );
    go.send(()).expect("the loading thread waits");
    until(&mut harness, "the pack's deck", |h| {
        h.state().content().get("site-welcome").is_some()
    });
    assert_eq!(harness.state().view(), &View::Home);
    assert_eq!(
        harness.state().toast(),
        None,
        "the loading message goes, quietly"
    );
}

/// The window opens on content not yet indexed (`defuse` indexes it after the first
/// frame, so opening the window has both cores): the index follows, and a search
/// typed meanwhile is worked out with it.
#[test]
fn the_index_follows_the_first_frame_and_finds_what_was_typed() {
    let library = Library::bundled_unindexed(&LanguageChain::new(["en"]));
    assert!(library.index.search("shout", 3).is_empty(), "no index yet");
    let options = AppOptions {
        library: Some(library),
        index_later: true,
        store: UserStore::in_memory(),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
    harness.step();
    harness.get_by_label("Search").type_text("shout");
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        harness.step();
        if harness.state().results().first().map(|h| h.id.as_str()) == Some("angry") {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!(
        "the index never came: {:?} {:?}",
        harness.state().results(),
        harness.state().query()
    );
}
