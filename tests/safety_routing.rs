//! Safety routing: the first result a worker gets (words and meaning, as the app ranks
//! them once the sentence model is loaded), measured on wordings written blind.
//!
//! `tests/search-queries/routing/`: in `*safety-first.tsv` (`query<TAB>card`) the card
//! must come first; in `*everyday*.tsv` (`query<TAB>-`) no safety card may. Each pair
//! was written blind, from what each card is for, and scored once (README, "Safety
//! routing"):
//! - `safety-first`/`everyday-not-safety`, the issue's test: then its misses were seen
//!   and mended; held to 100%;
//! - `holdout-`: scored blind after the first changes; its misses were seen for the
//!   rules of `src/search/safety_order.rs` and it is held to what it reached;
//! - `holdout2-`: written before those rules and scored once after them; its misses
//!   are never printed, and it is held to that score.
//!
//! The goal is 100% on all six; each is held to the figure it has reached, so no change
//! loses ground.
//! `new-cards-top3.tsv`: at least five worker wordings per new card in the top 3.

use std::{collections::BTreeMap, fs, path::Path, sync::OnceLock};

use defuse::{
    content::{Content, SAFETY_CARDS, bundled},
    library::{LanguageChain, Library},
    meaning::Meaning,
    search::{Analyzer, Index, fusion},
};

/// `query<TAB>id` lines of a routing file, each with where it stands.
fn cases(name: &str) -> Vec<(String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/search-queries/routing")
        .join(name);
    let text = fs::read_to_string(&path).expect("routing file is readable");
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(n, line)| {
            let at = format!("{name}:{}", n + 1);
            let (query, id) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{at}: expected `query<TAB>id`"));
            (at, query.trim().to_owned(), id.trim().to_owned())
        })
        .collect()
}

/// The content and its search, words and meaning, loaded once for every test.
struct Search {
    words: Index,
    meaning: Meaning,
}

fn load() -> (Content, &'static Search) {
    static SEARCH: OnceLock<Search> = OnceLock::new();
    let loaded = bundled::load("en");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let search = SEARCH.get_or_init(|| Search {
        words: Index::new(&loaded.content, Analyzer::english()),
        meaning: Meaning::load(&loaded.content).expect("the bundled model loads"),
    });
    (loaded.content, search)
}

/// The first three result ids for `query`.
fn top(search: &Search, query: &str) -> Vec<String> {
    fusion::search(&search.words, Some(&search.meaning), query, 3)
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// The misses of a first-result file: a wording whose card is not first.
fn safety_misses(content: &Content, index: &Search, name: &str, least: usize) -> Vec<String> {
    let cases = cases(name);
    assert!(cases.len() >= least, "{name}: {} wordings", cases.len());
    cases
        .iter()
        .filter_map(|(at, query, want)| {
            assert!(
                content.customer_type(want).is_some(),
                "{at}: `{want}` is no card"
            );
            let top = top(index, query);
            (top.first() != Some(want))
                .then(|| format!("{at}: {query:?} wants {want}, got {top:?}"))
        })
        .collect()
}

/// The misses of an everyday file: a wording that opens a safety card first.
fn everyday_misses(index: &Search, name: &str, least: usize) -> Vec<String> {
    let cases = cases(name);
    assert!(cases.len() >= least, "{name}: {} wordings", cases.len());
    cases
        .iter()
        .filter_map(|(at, query, _)| {
            let top = top(index, query);
            let first = top.first()?;
            SAFETY_CARDS
                .contains(&first.as_str())
                .then(|| format!("{at}: {query:?} opens {first} ({top:?})"))
        })
        .collect()
}

/// Holds a file to at most `allowed` misses (what it reached), printing the score, and
/// the misses where `show`.
fn hold(name: &str, total: usize, misses: &[String], allowed: usize, show: bool) {
    println!(
        "{name}: {} of {total} right ({:.1}%)",
        total - misses.len(),
        100.0 * (total - misses.len()) as f64 / total.max(1) as f64
    );
    if show {
        for miss in misses {
            println!("  miss {miss}");
        }
    }
    assert!(
        misses.len() <= allowed,
        "{name}: {} misses, it had reached {allowed}",
        misses.len()
    );
}

#[test]
fn the_wordings_the_issue_names_route_right() {
    let (_, index) = load();
    for (query, want) in [
        ("says he'll kill himself", "self-harm"),
        ("threatening to kill himself", "self-harm"),
        ("going to kill herself", "self-harm"),
        ("says she'll end her life", "self-harm"),
        // "Boy" once matched the threat card's "bring his boys" and put it first.
        ("boy says he's going to kill himself", "self-harm"),
        ("robbery", "robbery"),
        (
            "he has a knife and wants the money from the till",
            "robbery",
        ),
        ("customer collapsed", "medical-emergency"),
        ("hearing voices paranoid", "mental-health-crisis"),
        ("a man exposed himself", "indecent-exposure"),
        // The query's own grammar (src/search/safety_order.rs), over the real content.
        ("she says she will burn herself tonight", "self-harm"),
        ("he pulled a gun on me when i said no", "threatening"),
        ("lady threw her basket at my colleague", "threatening"),
        // The robbery card's advice ("keep away from the windows") is no evidence.
        ("he's threatening to smash the window", "threatening"),
    ] {
        let top = top(index, query);
        assert_eq!(
            top.first().map(String::as_str),
            Some(want),
            "{query:?}: {top:?}"
        );
    }
    for query in [
        "she cut in the queue",
        "he's killing me with questions",
        "customer threatening to complain about me",
    ] {
        let top = top(index, query);
        assert!(
            top.first()
                .is_none_or(|id| !SAFETY_CARDS.contains(&id.as_str())),
            "{query:?} opens a safety card: {top:?}"
        );
    }
}

#[test]
fn safety_wordings_open_their_card_first() {
    let (content, index) = load();
    let name = "safety-first.tsv";
    let misses = safety_misses(&content, index, name, 80);
    hold(name, cases(name).len(), &misses, 0, true);
    let name = "holdout-safety-first.tsv";
    let misses = safety_misses(&content, index, name, 80);
    hold(name, cases(name).len(), &misses, 9, true);
    let name = "holdout2-safety-first.tsv";
    let misses = safety_misses(&content, index, name, 80);
    hold(name, cases(name).len(), &misses, 15, false);
}

#[test]
fn everyday_wordings_do_not_open_a_safety_card_first() {
    let (_, index) = load();
    let name = "everyday-not-safety.tsv";
    let misses = everyday_misses(index, name, 20);
    hold(name, cases(name).len(), &misses, 0, true);
    let name = "holdout-everyday.tsv";
    let misses = everyday_misses(index, name, 20);
    hold(name, cases(name).len(), &misses, 5, true);
    let name = "holdout2-everyday.tsv";
    let misses = everyday_misses(index, name, 20);
    hold(name, cases(name).len(), &misses, 5, false);
}

#[test]
fn each_new_card_is_in_the_top_three_for_five_worker_wordings() {
    let (content, index) = load();
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    for (at, query, want) in cases("new-cards-top3.tsv") {
        assert!(
            content.customer_type(&want).is_some(),
            "{at}: `{want}` is no card"
        );
        let hit = top(index, &query).contains(&want);
        *found.entry(want).or_default() += usize::from(hit);
    }
    for card in [
        "robbery",
        "medical-emergency",
        "mental-health-crisis",
        "fight",
        "lone-working",
        "asking-for-help",
        "indecent-exposure",
        "scam",
    ] {
        let hits = found.get(card).copied().unwrap_or(0);
        println!("new-cards-top3.tsv: {card} in the top 3 for {hits} wordings");
        assert!(hits >= 5, "{card}: in the top 3 for only {hits} wordings");
    }
}

/// With the content read in each of our other languages (its safety cards translated,
/// the rest English), the routing sets that must hold hold, as in English: a
/// translation's words only add to its card's English (`Content::english`).
#[test]
fn routing_holds_with_the_content_in_each_of_our_languages() {
    for language in ["ru", "ro", "af", "ms", "zh-Hans"] {
        let library = Library::bundled(&LanguageChain::new([language]));
        assert!(
            library.problems.is_empty(),
            "{language}: {:?}",
            library.problems
        );
        for id in SAFETY_CARDS {
            assert!(
                !library.content.untranslated.contains(id),
                "{language}: {id} is not translated"
            );
        }
        let search = Search {
            meaning: Meaning::load(&library.content).expect("the bundled model loads"),
            words: library.index,
        };
        let name = "safety-first.tsv";
        let misses = safety_misses(&library.content, &search, name, 80);
        assert!(misses.is_empty(), "{language}: {misses:#?}");
        let name = "everyday-not-safety.tsv";
        let misses = everyday_misses(&search, name, 20);
        assert!(misses.is_empty(), "{language}: {misses:#?}");
    }
}
