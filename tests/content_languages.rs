//! Content in a language that has translated only part of it: its own items replace
//! English ones of the same id, the rest show in English, marked as such, and
//! `defuse check` warns of them once, with no error for references across the two.

use std::{fs, path::Path};

use defuse::{
    content::{self, read_dir},
    library::{LanguageChain, Library},
};

mod common;

/// The valid fixture with a Russian `angry` card beside it.
fn partly_russian(dir: &Path) {
    let valid = Path::new(common::MANIFEST_DIR).join("tests/fixtures/valid");
    for entry in [
        "sources.ron",
        "en/phrases/basic.ron",
        "en/playbooks/three-steps.ron",
        "en/principles/basic.ron",
        "en/customer-types/angry.ron",
        "en/customer-types/indecisive.ron",
        "en/customer-types/talkative.ron",
    ] {
        let to = dir.join(entry);
        fs::create_dir_all(to.parent().expect("a folder")).expect("folders");
        fs::copy(valid.join(entry), to).expect("copied");
    }
    let english = fs::read_to_string(valid.join("en/customer-types/angry.ron")).expect("read");
    let russian = english
        .replace("\"Angry customer\"", "\"Рассерженный клиент\"")
        .replace("\"Let them finish.\"", "\"Дайте договорить.\"");
    fs::create_dir_all(dir.join("ru/customer-types")).expect("folders");
    fs::write(dir.join("ru/customer-types/angry.ron"), russian).expect("written");
}

#[test]
fn a_translated_item_replaces_the_english_one_and_the_rest_stay_english() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    partly_russian(dir.path());
    let (files, problems) = read_dir(dir.path()).expect("readable");
    assert!(problems.is_empty(), "{problems:?}");

    let russian = content::load(&files, "ru");
    assert!(russian.problems.is_empty(), "{:?}", russian.problems);
    let angry = russian.content.customer_type("angry").expect("the card");
    assert_eq!(angry.title, "Рассерженный клиент");
    assert_eq!(angry.steps[0], "Дайте договорить.");
    let english_ids: Vec<&str> = russian.content.items().map(|i| i.id()).collect();
    let english = content::load(&files, "en");
    assert_eq!(
        english_ids,
        english.content.items().map(|i| i.id()).collect::<Vec<_>>(),
        "every English item is there, once"
    );
    assert!(!russian.content.untranslated.contains("angry"));
    for item in russian.content.items().filter(|i| i.id() != "angry") {
        assert!(
            russian.content.untranslated.contains(item.id()),
            "{}",
            item.id()
        );
    }
    // In English nothing is a stand-in.
    assert!(english.content.untranslated.is_empty());
    let title = english
        .content
        .customer_types
        .iter()
        .find(|c| c.id == "angry");
    assert_eq!(title.map(|c| c.title.as_str()), Some("Angry customer"));
}

#[test]
fn check_warns_once_of_what_a_language_has_not_translated() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    partly_russian(dir.path());
    let (code, out, err) = common::run(common::defuse(dir.path()).arg("check").arg(dir.path()));
    assert_eq!(code, Some(3), "only warnings: {out}{err}");
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("not translated"))
        .collect();
    assert_eq!(warnings.len(), 1, "{out}");
    assert!(
        warnings[0].contains("6 items are not translated into `ru`"),
        "{out}"
    );
    assert!(
        out.contains("in 2 language(s)") && out.contains(" 0 problem(s), 1 warning(s)"),
        "{out}"
    );
}

/// An English item standing in for a Russian one fills its placeholders with the
/// English contacts ("Call your supervisor"), never the Russian wording ("Call
/// старшего смены"); a translated item fills them in Russian.
#[test]
fn english_stand_ins_read_their_placeholders_in_english() {
    // Every bundled card is translated: an organisation's own English card, which
    // wins over the bundled translation, stands in.
    let packs = tempfile::tempdir().expect("a temporary folder");
    let card = common::card_titled("angry", "Angry customer (our shop's way)");
    let pack = common::pack(
        packs.path(),
        "our-shop",
        "",
        &[("en/customer-types/angry.ron", card)],
    );
    let layers = defuse::packs::Layers::read(&[pack]);
    let library = Library::of_layers(&layers, &LanguageChain::new(["ru"]), common::today());
    let errors: Vec<_> = library
        .problems
        .iter()
        .filter(|p| !p.is_warning())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let content = &library.content;
    assert!(content.untranslated.contains("angry"));
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    let ours = content.customer_type("angry").expect("the pack's card");
    let texts: Vec<&String> = ours
        .steps
        .iter()
        .chain(ours.escalate.iter().flat_map(|e| [&e.when, &e.then]))
        .collect();
    assert!(texts.iter().any(|t| t.contains("supervisor")), "{texts:?}");
    for text in &texts {
        assert!(!cyrillic(text), "{text}");
    }
    let threats = content.customer_type("threatening").expect("the card");
    assert!(threats.escalate.iter().any(|e| cyrillic(&e.then)));
}

#[test]
fn a_translation_takes_the_search_lists_it_leaves_out_from_english() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    partly_russian(dir.path());
    let card = dir.path().join("ru/customer-types/angry.ron");
    let russian = fs::read_to_string(&card).expect("read");
    let without = russian.replace("    keywords: [\"shouting\", \"yelling\"],\n", "");
    assert_ne!(without, russian, "the fixture's keywords line moved");
    fs::write(&card, without).expect("written");
    let (files, _) = read_dir(dir.path()).expect("readable");

    let loaded = content::load(&files, "ru");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let angry = loaded.content.customer_type("angry").expect("the card");
    assert_eq!(angry.title, "Рассерженный клиент");
    assert_eq!(angry.keywords, ["shouting", "yelling"]);

    // English itself must still give them.
    let english = dir.path().join("en/customer-types/angry.ron");
    let text = fs::read_to_string(&english).expect("read");
    fs::write(
        &english,
        text.replace("    keywords: [\"shouting\", \"yelling\"],\n", ""),
    )
    .expect("written");
    let (files, _) = read_dir(dir.path()).expect("readable");
    let loaded = content::load(&files, "en");
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("angry.ron") && p.contains("keywords")),
        "{problems:?}"
    );
}
