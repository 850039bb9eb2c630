//! What the sentence model reads of content in another language: a translated item's
//! English original as English, and its own words (its pairs' too) as another
//! language's, read only for queries in one; an item only that language has is all
//! another language's.

use defuse::{
    content::{Item, bundled},
    library::{LanguageChain, Library},
    meaning::vectors::passages,
};

#[test]
fn a_translation_is_read_as_another_language_beside_its_english_original() {
    // As the app reads it: with the English beside it (`Content::english`).
    let russian = Library::bundled(&LanguageChain::new(["ru"])).content;
    let english = bundled::load("en").content;
    let (items, passages) = passages(&russian);
    let angry = items
        .iter()
        .position(|i| i.id == "angry")
        .expect("the card");
    let of_angry: Vec<_> = passages.iter().filter(|p| p.item == angry).collect();
    let said = |text: &str| of_angry.iter().find(|p| p.text == text.trim());

    let Some(Item::Phrase(pair)) = russian.get("calm-down") else {
        panic!("the pair")
    };
    let Some(Item::Phrase(original)) = english.get("calm-down") else {
        panic!("the English pair")
    };
    assert!(said(&pair.say).expect("the Russian line").other_language);
    assert!(
        !said(&original.say)
            .expect("the English line")
            .other_language
    );
    let card = russian.customer_type("angry").expect("the card");
    assert!(said(&card.steps[0]).expect("a Russian step").other_language);

    let only = russian
        .items()
        .position(|i| i.id().starts_with("ru-"))
        .expect("a pair only Russian has");
    assert!(
        passages
            .iter()
            .filter(|p| p.item == only)
            .all(|p| p.other_language),
        "{}",
        items[only].id
    );
}
