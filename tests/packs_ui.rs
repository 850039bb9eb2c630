//! The app with an organisation's pack: the Packs page lists it (name, version, what
//! changed, counts, signature) and an item it brings says where it came from; a
//! kiosk offers no Packs page.

use std::{path::Path, sync::Arc};

use defuse::{
    library::{LanguageChain, Library},
    meaning::grow::Growing,
    pack_signature::{SIGNATURES_DIR, new_key_pair, sign_pack},
    packs::Sources,
    ui::{
        AppOptions, DefuseApp, RunMode, View, kiosk::Kiosk, queue::AppCommand,
        search::meaning::Loaded,
    },
    user_data::UserStore,
};
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;
use common::starter_pack;

fn app_with_pack(pack: &Path, view: View, run_mode: RunMode) -> Harness<'static, DefuseApp> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let sources = Sources {
        folders: vec![pack.to_owned()],
        trusted_keys: Vec::new(),
        ..Sources::default()
    };
    let loaded = sources.read().load("en", today);
    assert!(
        loaded.problems.iter().all(|p| p.is_warning()),
        "{:?}",
        loaded.problems
    );
    let options = AppOptions {
        library: Some(Library::from_content(loaded.content, "en")),
        store: UserStore::in_memory(),
        view: Some(view),
        run_mode,
        ..AppOptions::default()
    };
    common::app::open(options)
}

#[test]
fn the_packs_page_lists_the_pack_and_an_item_says_where_it_came_from() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let mut harness = app_with_pack(&pack, View::Packs, RunMode::Normal);
    assert!(harness.query_by_label("north 1").is_some());
    assert!(
        harness
            .query_by_label_contains("items added or replaced, 1 hidden")
            .is_some()
    );
    assert!(harness.query_by_label("Not signed").is_some());
    assert!(
        harness
            .query_by_label(&pack.display().to_string())
            .is_some()
    );

    harness
        .get_by_label("Search")
        .type_text("wants the manager");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().view(),
        &View::Item("wants-manager".to_owned())
    );
    assert!(harness.query_by_label("From north").is_some());
    // A bundled item says nothing of where it came from.
    harness.key_press(egui::Key::F2);
    harness.run();
    assert!(harness.query_by_label_contains("From ").is_none());
}

#[test]
fn with_no_pack_the_page_says_so_and_a_kiosk_has_no_packs_page() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Packs),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, egui::vec2(420.0, 720.0));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No packs are loaded")
            .is_some()
    );

    let pack = starter_pack(dir.path(), "north");
    let mut kiosk = app_with_pack(&pack, View::Home, RunMode::Kiosk(Kiosk::new(60)));
    kiosk.get_by_label("Menu").click();
    kiosk.run();
    assert!(kiosk.query_by_label("Packs").is_none());
}

#[test]
fn a_signed_pack_shows_what_its_load_checked_and_opening_the_page_reads_no_file() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let (secret, public, key_id) = new_key_pair().expect("a key pair");
    let key = dir.path().join("head-office.key");
    std::fs::write(&key, secret).expect("the key");
    sign_pack(&pack, &key, None).expect("signed");
    let sources = Sources {
        folders: vec![pack.clone()],
        trusted_keys: vec![public],
        ..Sources::default()
    };
    let options = AppOptions {
        library: Some(Library::open(&sources, &LanguageChain::english())),
        store: UserStore::in_memory(),
        view: Some(View::Packs),
        ..AppOptions::default()
    };
    // The signatures go after the load, before the page opens: a page that checked
    // them again would refuse the pack as unsigned now.
    std::fs::remove_dir_all(pack.join(SIGNATURES_DIR)).expect("signatures removed");
    let harness = common::app::open(options);
    let signed = format!("Signed by trusted key {key_id}, every file unchanged");
    assert!(harness.query_by_label(&signed).is_some());
}

#[test]
fn the_packs_page_says_how_far_search_by_meaning_has_read_the_packs() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pack = starter_pack(dir.path(), "north");
    let mut harness = app_with_pack(&pack, View::Packs, RunMode::Normal);
    let sources = Sources {
        folders: vec![pack],
        ..Sources::default()
    };
    let content = Library::open(&sources, &LanguageChain::english()).content;
    let mut growing = Growing::start(&content, None, Some(1)).expect("the model loads");
    let total = growing.missing();
    assert!(total > 0, "the pack's passages have no stored vectors");
    // As the model's thread sends it: ready over the bundled passages, then grown.
    let send = harness.state().thread_sender();
    let loaded = |growing: &mut Growing| {
        AppCommand::MeaningLoaded(Loaded(Ok(Arc::new(growing.meaning(&content)))))
    };
    send.send(loaded(&mut growing));
    harness.run();
    let reading = format!("still reading the packs: 0 of {total} passages");
    assert!(harness.query_by_label_contains(&reading).is_some());

    growing.embed(total);
    send.send(loaded(&mut growing));
    harness.run();
    assert!(harness.query_by_label_contains("still reading").is_none());
}
