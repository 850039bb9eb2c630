//! A query's language, as the content's words tell it, decides whether search by
//! meaning reads the cards' lines in our other languages: a query in Russian,
//! Romanian, Afrikaans, Malay or Chinese reads them, an English story does not.

use defuse::{
    content::bundled,
    meaning::vectors::Reach,
    search::{Analyzer, Index, language::EnglishWords},
};

fn index() -> Index {
    Index::new(&bundled::load("en").content, Analyzer::english())
}

#[test]
fn english_stories_read_the_english_passages_only() {
    let index = index();
    for query in [
        "a man is shouting at the till",
        "gonna kys",
        "she keeps complaining about the price of milk",
        "the customer lah, very angry",
        "xyzzy",
        "",
    ] {
        assert_eq!(index.reach(query), Reach::English, "{query:?}");
    }
}

#[test]
fn other_languages_read_every_language() {
    let index = index();
    for query in [
        // Another script decides it at once.
        "мужик орет на кассира",
        "顾客在柜台大吼",
        // Romanian, Afrikaans and Malay by their words, with and without diacritics,
        // mixed with English as workers mix them.
        "clientul urla si bate in tejghea",
        "clientul urlă și bate în tejghea",
        "die klant skree by die toonbank",
        "customer mengamuk kat kaunter",
    ] {
        assert_eq!(index.reach(query), Reach::EveryLanguage, "{query:?}");
    }
}

#[test]
fn a_keyword_is_english_when_most_of_its_words_are() {
    let analyzer = Analyzer::english();
    let english = EnglishWords::of(&bundled::load("en").content, &analyzer);
    for keyword in [
        "kicking off",
        "threw a hissy fit",
        "banging the counter",
        "999",
    ] {
        assert!(english.is_english(keyword), "{keyword:?} is English");
    }
    for keyword in [
        "perompak bersenjata",
        "client furios",
        "gesinsgeweld",
        "злой клиент",
        "生气",
    ] {
        assert!(!english.is_english(keyword), "{keyword:?} is not English");
    }
}
