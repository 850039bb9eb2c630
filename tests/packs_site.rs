//! A pack's site contacts: `LANG/site.ron` fills the placeholders and the numbers F2
//! shows, `site.ron` at the pack's top is the default for every language, and a
//! language's own contact wins over the default.

use defuse::{
    library::{LanguageChain, Library},
    packs::{Layers, Sources},
};
use tempfile::TempDir;

mod common;
use common::{errors, pack, today};

fn contact(id: &str, value: &str, number: &str) -> String {
    format!("Contact(id: \"{id}\", label: \"{id}\", value: \"{value}\", number: \"{number}\")")
}

fn site(contacts: &[String]) -> String {
    format!("SiteFile(version: 1, contacts: [{}])", contacts.join(", "))
}

#[test]
fn a_pack_site_file_fills_the_placeholders() {
    let tmp = TempDir::new().expect("temp");
    let site = "SiteFile(version: 1, contacts: [Contact(id: \"police\", label: \"Police\", value: \"the police on 999\", number: \"999\")])".to_owned();
    let p = pack(tmp.path(), "acme", "", &[("en/site.ron", site)]);
    let loaded = Layers::read(&[p]).load("en", today());
    assert_eq!(errors(&loaded), Vec::<String>::new());
    let card = loaded
        .content
        .customer_type("threatening")
        .expect("threatening");
    assert!(
        card.steps.iter().any(|s| s.contains("the police on 999")),
        "{:?}",
        card.steps
    );
    let police = loaded
        .content
        .contacts
        .iter()
        .find(|c| c.id == "police")
        .expect("police");
    assert_eq!(police.number.as_deref(), Some("999"));
    assert_eq!(loaded.content.contacts.len(), 7, "the other contacts stay");
}

#[test]
fn a_default_site_file_serves_every_language_and_a_language_own_contact_wins() {
    let tmp = TempDir::new().expect("temp");
    let default = site(&[
        contact("police", "the police on 10111", "10111"),
        contact("security", "security on extension 200", "Ext 200"),
    ]);
    let english = site(&[contact("security", "security on extension 300", "Ext 300")]);
    let p = pack(
        tmp.path(),
        "acme",
        "",
        &[("site.ron", default), ("en/site.ron", english)],
    );
    let layers = Layers::read(&[p]);
    let en = layers.load("en", today());
    assert_eq!(errors(&en), Vec::<String>::new());
    let number = |loaded: &defuse::content::Loaded, id: &str| {
        loaded
            .content
            .contacts
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.number.clone())
    };
    assert_eq!(
        number(&en, "police").as_deref(),
        Some("10111"),
        "the default"
    );
    assert_eq!(
        number(&en, "security").as_deref(),
        Some("Ext 300"),
        "English's own"
    );
    let card = en
        .content
        .customer_type("threatening")
        .expect("threatening");
    assert!(
        card.steps.iter().any(|s| s.contains("the police on 10111")),
        "{:?}",
        card.steps
    );
    assert_eq!(
        en.content.contacts.len(),
        7,
        "the bundled contacts stay, each once"
    );

    // A language with no site file of its own gets the default.
    let ru = layers.load("ru", today());
    assert_eq!(number(&ru, "security").as_deref(), Some("Ext 200"));
    assert_eq!(number(&ru, "police").as_deref(), Some("10111"));
}

#[test]
fn two_contacts_of_one_id_in_one_site_file_are_still_an_error() {
    let tmp = TempDir::new().expect("temp");
    let twice = site(&[
        contact("police", "the police on 999", "999"),
        contact("police", "the police on 112", "112"),
    ]);
    let p = pack(tmp.path(), "acme", "", &[("site.ron", twice)]);
    let loaded = Layers::read(&[p]).load("en", today());
    let errors = errors(&loaded);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("site.ron") && e.contains("police")),
        "{errors:?}"
    );
}

#[test]
fn this_pcs_own_numbers_are_the_top_layer_and_the_text_says_them() {
    let tmp = TempDir::new().expect("temp");
    let pack_site = site(&[contact("police", "the police on 10111", "10111")]);
    let p = pack(tmp.path(), "acme", "", &[("en/site.ron", pack_site)]);
    let mut profile = defuse::site_profile::SiteProfile::default();
    profile.set("police", "999");
    profile.set("security", "Ext 5");

    // With no pack: the numbers alone are layered on.
    let alone = Sources {
        site: profile.clone(),
        ..Sources::default()
    };
    assert!(!alone.is_bundled_only());
    let library = Library::open(&alone, &LanguageChain::english());
    assert_eq!(library.problems, Vec::new());
    let card = library
        .content
        .customer_type("threatening")
        .expect("threatening");
    assert!(
        card.steps.iter().any(|s| s.contains("the police on 999")),
        "{:?}",
        card.steps
    );
    let security = library.content.contacts.iter().find(|c| c.id == "security");
    assert_eq!(
        security.map(|c| (c.value.as_str(), c.number.as_deref())),
        Some(("site security (Ext 5)", Some("Ext 5")))
    );

    // Over a pack: this PC's number wins over the organisation's.
    let over = Sources {
        folders: vec![p],
        site: profile,
        ..Sources::default()
    };
    let library = Library::open(&over, &LanguageChain::english());
    let police = library.content.contacts.iter().find(|c| c.id == "police");
    assert_eq!(police.and_then(|c| c.number.as_deref()), Some("999"));
}
