//! "Print handouts…" driven as a trainer would: from a deck's page, into a folder,
//! and the file it says it wrote holds the deck.

use defuse::{
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

#[test]
fn a_deck_page_writes_its_handout_into_the_folder_given() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("handouts");
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Item("first-five-minutes".into())),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_eframe(move |cc| DefuseApp::new(cc, options));
    harness.run();
    harness.get_by_label("Print handouts…").click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Handouts);
    let folder = harness.get_by_label("Folder");
    folder.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Folder")
        .type_text(&out.display().to_string());
    harness.run();
    harness.get_by_label("Write the handout").click();
    harness.run();
    let written = harness
        .query_by_label_contains("Written:")
        .and_then(|n| n.accesskit_node().value())
        .expect("the page says where the file went");
    let file = out.join("first-five-minutes-cards-a4.html");
    assert!(written.contains(&file.display().to_string()), "{written}");
    let html = std::fs::read_to_string(&file).expect("the handout was written");
    assert!(html.contains("The first five minutes"));
    assert!(!html.contains("http"), "nothing reaches outside the file");
}
