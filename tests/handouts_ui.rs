//! "Print handouts…" driven as a trainer would: from a deck's page, into a folder,
//! and the file it says it wrote holds the deck; the folder chosen through the dialog.

use std::{
    path::{Path, PathBuf},
    sync::Mutex,
};

use defuse::{
    ui::{AppOptions, DefuseApp, Dialogs, View},
    user_data::UserStore,
};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

#[test]
fn a_deck_page_writes_its_handout_into_the_folder_given() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("handouts");
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Item("first-five-minutes".into())),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
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

/// What the stand-in folder dialog answers, and the folder it was opened at.
static PICKED: Mutex<Option<PathBuf>> = Mutex::new(None);
static OPENED_AT: Mutex<Option<PathBuf>> = Mutex::new(None);

fn stand_in_dialog(start: &Path, _title: &str) -> Option<PathBuf> {
    *OPENED_AT.lock().expect("not poisoned") = Some(start.to_path_buf());
    PICKED.lock().expect("not poisoned").clone()
}

fn handouts_page() -> Harness<'static, DefuseApp> {
    handouts_page_at(common::app::SIZE)
}

fn handouts_page_at(size: egui::Vec2) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Handouts),
        dialogs: Dialogs {
            folder: stand_in_dialog,
            ..Dialogs::default()
        },
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| DefuseApp::new(cc, options));
    harness.run();
    harness
}

/// The folder field's text.
fn folder_field(harness: &Harness<'_, DefuseApp>) -> String {
    harness
        .get_by_label("Folder")
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// Frames until the dialog's thread has answered and the page shows it. Single steps:
/// the thread's repaint request may land in any frame, which `run` takes for a UI that
/// never settles.
fn until_answered(harness: &mut Harness<'_, DefuseApp>) {
    for _ in 0..200 {
        harness.step();
        if !harness.state().choosing_folder() {
            harness.run_steps(3);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the folder dialog never answered");
}

// One test for both answers: the stand-in dialog's answer is shared state.
#[test]
fn choose_puts_the_folder_picked_in_the_field_and_a_cancel_keeps_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let picked = dir.path().join("for the class");
    std::fs::create_dir_all(&picked).expect("a folder to pick");
    *PICKED.lock().expect("not poisoned") = Some(picked.clone());

    let mut harness = handouts_page();
    let typed = folder_field(&harness);
    harness.get_by_label("Choose…").click();
    until_answered(&mut harness);
    let opened_at = OPENED_AT.lock().expect("not poisoned").clone();
    assert_eq!(
        opened_at,
        Some(PathBuf::from(&typed)),
        "opens at the typed folder"
    );
    assert_eq!(folder_field(&harness), picked.display().to_string());

    harness.get_by_label("Write the handout").click();
    harness.run();
    assert!(
        picked.join("all-cards-a4.html").is_file(),
        "written where picked"
    );

    // Cancelled: the folder stays as it was.
    *PICKED.lock().expect("not poisoned") = None;
    harness.get_by_label("Choose…").click();
    until_answered(&mut harness);
    assert_eq!(folder_field(&harness), picked.display().to_string());
}

#[test]
fn on_a_narrow_window_each_label_goes_above_its_control() {
    // Side by side, the controls ran off a 420-pixel window.
    for (width, stacked) in [(420.0, true), (1100.0, false)] {
        let harness = handouts_page_at(egui::vec2(width, 720.0));
        // A label's text is its value; the field is named by the label.
        let label = harness
            .get_all_by_role(egui::accesskit::Role::Label)
            .find(|n| n.accesskit_node().value().as_deref() == Some("Folder"))
            .map(|n| n.rect())
            .unwrap_or_else(|| panic!("at {width}: no Folder label"));
        let field = harness.get_by_label("Folder").rect();
        assert_eq!(
            label.bottom() <= field.top(),
            stacked,
            "at {width}: label {label:?}, field {field:?}"
        );
        assert!(field.right() <= width, "at {width}: the field runs off");
    }
}
