//! The Site contacts page driven as a shop manager would: a country preset fills the
//! emergency numbers, Save writes `site.ron`, and F2 shows what is set large and what is
//! not as "not set"; reached from the menu, the palette and F2's button; Esc goes back.

use std::path::Path;

use defuse::{
    site_profile::SiteProfile,
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
    user_file::{FileStore, UserFile as _},
};
use egui::{Key, Modifiers, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};

mod common;

/// The app on `view`, its site profile kept in `dir`.
fn app_in(dir: &Path, view: View, width: f32, height: f32) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::in_memory(),
        site: FileStore::in_dir(dir),
        view: Some(view),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, egui::vec2(width, height));
    harness.run();
    harness
}

fn saved(dir: &Path) -> SiteProfile {
    let (site, notice) = FileStore::<SiteProfile>::in_dir(dir).load();
    assert_eq!(notice, None);
    site
}

/// Clicks Save, below the boxes.
fn save(harness: &mut Harness<'_, DefuseApp>) {
    harness
        .get_by_role_and_label(Role::Button, "Save")
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
}

/// Opens the country list and chooses `name`. Through AccessKit, as a screen reader
/// does: kittest's pointer press and release in one frame do not reach a popup's row.
fn choose_country(harness: &mut Harness<'_, DefuseApp>, name: &str) {
    harness.get_by_label("Country").click();
    harness.run();
    harness.get_by_label(name).click_accesskit();
    harness.run();
    // The list stays open after an AccessKit click: Esc closes it, and only it (rule 1).
    if harness.query_by_label("Moldova").is_some() {
        harness.key_press(Key::Escape);
        harness.run();
    }
    assert_eq!(harness.state().view(), &View::SiteContacts);
    assert!(harness.query_by_label("Moldova").is_none());
}

#[test]
fn a_preset_fills_the_emergency_numbers_and_save_writes_site_ron() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = app_in(dir.path(), View::SiteContacts, 1100.0, 800.0);
    // Where the file is kept is said on the page.
    let file = dir.path().join(SiteProfile::FILE_NAME);
    assert!(
        harness
            .query_by_label_contains(&file.display().to_string())
            .is_some()
    );
    choose_country(&mut harness, "United Kingdom");
    // Filled in the boxes, not saved yet.
    assert_eq!(
        harness.get_by_label("Police").accesskit_node().value(),
        Some("999".into())
    );
    assert!(!file.exists());
    harness.get_by_label("Supervisor").click();
    harness.run();
    harness.get_by_label("Supervisor").type_text("Sam, ext 201");
    harness.run();
    save(&mut harness);
    assert!(harness.query_by_label("Saved.").is_some());
    let site = saved(dir.path());
    assert_eq!(site.country.as_deref(), Some("GB"));
    assert_eq!(site.number("police"), Some("999"));
    assert_eq!(site.number("crisis-line"), Some("Samaritans 116 123"));
    assert_eq!(site.number("supervisor"), Some("Sam, ext 201"));
    assert_eq!(site.number("security"), None, "an empty box is not set");
    assert_eq!(harness.state().site(), &site);
    // F2 shows them at once.
    harness.key_press(Key::F2);
    harness.run();
    assert_eq!(harness.state().view(), &View::Safety);
    assert_eq!(harness.query_all_by_label("999").count(), 3);
    assert!(harness.query_by_label("Sam, ext 201").is_some());
    assert!(harness.query_by_label("Samaritans 116 123").is_some());
    let contacts = defuse::content::bundled::load("en").content.contacts;
    assert_eq!(
        harness.query_all_by_label("not set").count(),
        contacts.len() - 5
    );
}

#[test]
fn f2_shows_a_set_number_large_and_an_unset_one_as_not_set() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut site = SiteProfile::default();
    site.set("security", "Sam, ext 201");
    FileStore::<SiteProfile>::in_dir(dir.path())
        .save(&site)
        .expect("saved");
    let harness = app_in(dir.path(), View::Safety, 420.0, 720.0);
    let number = harness.get_by_label("Sam, ext 201");
    assert!(number.rect().bottom() <= 720.0);
    // One line, beside its label.
    let label = harness.get_by_label("Security");
    assert!((number.rect().center().y - label.rect().center().y).abs() < 8.0);
    assert!(number.rect().height() < 40.0, "{:?}", number.rect());
    let contacts = defuse::content::bundled::load("en").content.contacts;
    assert_eq!(
        harness.query_all_by_label("not set").count(),
        contacts.len() - 1
    );
    assert!(harness.query_by_label_contains("{").is_none());
    assert!(
        harness
            .query_all_by_label_contains("on your local emergency number")
            .next()
            .is_some(),
        "the guidance keeps its generic wording"
    );
}

#[test]
fn the_page_is_reached_from_f2_the_menu_and_the_palette_and_esc_goes_back() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = app_in(dir.path(), View::Safety, 1100.0, 800.0);
    harness
        .get_by_role_and_label(Role::Button, "Set site contacts…")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::SiteContacts);
    // Esc on the page (no box has the cursor) goes back one page (rule 4).
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view(), &View::Safety);
    harness.get_by_label("Menu").click();
    harness.run();
    // A menu item's name is its label and keys; this one has none.
    harness
        .get_by_role_and_label(Role::Button, "Site contacts… ")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), &View::SiteContacts);
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness
        .get_by_label("Jump to… (command palette)")
        .type_text("site contacts");
    harness.run();
    let first = harness.state().palette_row(0).map(|e| e.title.clone());
    assert_eq!(first.as_deref(), Some("Site contacts"));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().view(), &View::SiteContacts);
}

#[test]
fn saving_keeps_what_another_window_saved_meanwhile() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = app_in(dir.path(), View::SiteContacts, 1100.0, 800.0);
    // Another window saves the security number (and an id this version does not know).
    let mut other = SiteProfile::default();
    other.set("security", "ext 5");
    other.set("canteen", "ext 9");
    FileStore::<SiteProfile>::in_dir(dir.path())
        .save(&other)
        .expect("saved");
    choose_country(&mut harness, "Romania");
    save(&mut harness);
    let site = saved(dir.path());
    assert_eq!(site.number("police"), Some("112"));
    assert_eq!(site.number("security"), Some("ext 5"));
    assert_eq!(site.number("canteen"), Some("ext 9"));
    assert_eq!(harness.state().site().number("security"), Some("ext 5"));
}

#[test]
fn an_unreadable_site_ron_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join(SiteProfile::FILE_NAME);
    std::fs::write(&file, "(numbers: {\"police\": ").expect("written");
    let harness = app_in(dir.path(), View::Safety, 1100.0, 800.0);
    assert!(
        harness
            .state()
            .notices()
            .iter()
            .any(|n| n.contains("site.ron") && n.contains("kept as")),
        "{:?}",
        harness.state().notices()
    );
    assert!(!file.exists());
    assert_eq!(harness.state().site(), &SiteProfile::default());
}

#[test]
fn saved_numbers_reach_the_guidance_text_as_this_pcs_own_layer() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = AppOptions {
        store: UserStore::in_memory(),
        site: FileStore::in_dir(dir.path()),
        view: Some(View::SiteContacts),
        places: Some(defuse::packs::Places {
            data_dir: Some(dir.path().to_owned()),
            extra: Vec::new(),
        }),
        ..AppOptions::default()
    };
    let mut harness = common::app::build(options, common::app::SIZE);
    harness.run_steps(3);
    choose_country(&mut harness, "United Kingdom");
    save(&mut harness);
    assert!(
        harness.query_by_label("Saved.").is_some(),
        "the page keeps its Saved."
    );
    // The reload runs on a thread: its content arrives within a few frames.
    let says_999 = |h: &Harness<'_, DefuseApp>| {
        h.state()
            .content()
            .customer_type("threatening")
            .is_some_and(|c| c.steps.iter().any(|s| s.contains("the police on 999")))
    };
    for _ in 0..2_000 {
        if says_999(&harness) {
            break;
        }
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        says_999(&harness),
        "the threats card names the number saved"
    );
    harness.run();
    assert!(
        harness.query_by_label("Saved.").is_some(),
        "the reload keeps the page as it was"
    );
}
