//! "Install pack…" on the Packs page: a pack with errors is refused with `check`'s
//! lines and nothing is copied; a good one is copied into the data folder's packs,
//! said so, and read in, so the page then lists it. The dialog is a stand-in.

use std::{
    path::{Path, PathBuf},
    sync::Mutex,
};

use defuse::{
    packs::{Places, packs_dir},
    ui::{AppOptions, DefuseApp, Dialogs, View},
    user_data::UserStore,
};
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;
use common::starter_pack;

/// What the stand-in dialog answers.
static PICKED: Mutex<Option<PathBuf>> = Mutex::new(None);

fn stand_in_dialog(_start: &Path, _title: &str) -> Option<PathBuf> {
    PICKED.lock().expect("not poisoned").clone()
}

fn pick(path: Option<&Path>) {
    *PICKED.lock().expect("not poisoned") = path.map(Path::to_path_buf);
}

/// Frames until the install's thread has answered. Single steps with a pause: the
/// thread's repaint may land in any frame.
fn until_installed(harness: &mut Harness<'_, DefuseApp>) {
    for _ in 0..2_000 {
        harness.step();
        if !harness.state().installing_pack() {
            harness.run_steps(3);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the install never answered");
}

/// Frames until the reload after the install has put the pack in the content.
fn until_listed(harness: &mut Harness<'_, DefuseApp>, label: &str) {
    for _ in 0..2_000 {
        harness.step();
        if harness.query_by_label(label).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("`{label}` never appeared on the Packs page");
}

fn packs_page(data_dir: &Path) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::in_memory(),
        view: Some(View::Packs),
        dialogs: Dialogs {
            folder: stand_in_dialog,
            zip: stand_in_dialog,
        },
        places: Some(Places {
            data_dir: Some(data_dir.to_owned()),
            extra: Vec::new(),
        }),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
    harness.run_steps(3);
    harness
}

// One test for every answer: the stand-in dialog's answer is shared state.
#[test]
fn a_broken_pack_is_refused_with_its_problems_and_a_good_one_is_installed_and_listed() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = dir.path().join("data");
    let mut harness = packs_page(&data);
    assert!(
        harness
            .query_by_label("No packs are loaded: this is the bundled guidance alone.")
            .is_some()
    );

    // Cancelled: nothing happens.
    pick(None);
    harness.get_by_label("Install pack from a folder…").click();
    until_installed(&mut harness);
    assert!(harness.state().notices().is_empty());
    assert!(!packs_dir(&data).join("north").exists());

    // A pack whose card does not parse: refused, named at its line, nothing copied.
    let broken = starter_pack(dir.path(), "broken");
    let card = std::fs::read_dir(broken.join("en/customer-types"))
        .expect("the starter has a card")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .expect("a card file");
    std::fs::write(&card, "(id: \"broken-card\", title: ").expect("written");
    pick(Some(&broken));
    harness.get_by_label("Install pack from a folder…").click();
    until_installed(&mut harness);
    let notices = harness.state().notices().join("\n");
    assert!(notices.contains("not installed"), "{notices}");
    let file = card
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    assert!(
        notices.contains(&file),
        "the problem names the file: {notices}"
    );
    assert!(!packs_dir(&data).join("broken").exists());

    // A good pack: copied in, said so, read in and listed.
    let good = starter_pack(dir.path(), "north");
    pick(Some(&good));
    harness.get_by_label("Install pack from a folder…").click();
    until_installed(&mut harness);
    assert!(harness.query_by_label("Installed north 1").is_some());
    assert!(packs_dir(&data).join("north/pack.ron").is_file());
    until_listed(&mut harness, "north 1");
}
