//! An item only one language has (a pair that works only in Chinese) is searched as
//! that language's lines are: its words are that language's, not English, so they hide
//! none of the same words in the cards' lines (English words of such a line are not
//! posted). Read as English prose, the Chinese pairs' 便 hid 便宜 (cheaper) everywhere.

use defuse::library::{LanguageChain, Library};

fn first(language: &str, query: &str) -> Option<String> {
    let library = Library::bundled(&LanguageChain::new([language]));
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    library
        .index
        .search(query, 3)
        .into_iter()
        .next()
        .map(|h| h.id)
}

#[test]
fn a_chinese_only_pair_hides_no_word_of_the_cards_lines() {
    assert_eq!(
        first("zh-Hans", "便宜").as_deref(),
        Some("price-dispute"),
        "便宜, cheaper"
    );
}

#[test]
fn a_pair_only_one_language_has_is_still_found_by_its_words() {
    assert_eq!(
        first("zh-Hans", "爱买不买").as_deref(),
        Some("zh-ai-mai-bu-mai")
    );
    assert_eq!(
        first("zh-Hans", "大妈").as_deref(),
        Some("zh-calling-dama-daye")
    );
}
