//! Safety routing: the first result a worker gets. Every wording in
//! `tests/search-queries/routing/safety-first.tsv` (self-harm said every way, threats,
//! robbery, medical emergencies, crises, fights, exposure) must open its card first, and
//! none in `everyday-not-safety.tsv` may open a safety card first. Both sets were
//! written blind, from the cards' descriptions, and scored once before the search was
//! changed for them (README, "Safety routing"); this test must stay at 100%.

use std::{fs, path::Path};

use defuse::{
    content::{Content, SAFETY_CARDS, bundled},
    search::{Analyzer, Index},
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

fn load() -> (Content, Index) {
    let loaded = bundled::load("en");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let index = Index::new(&loaded.content, Analyzer::english());
    (loaded.content, index)
}

/// The first three result ids for `query`.
fn top(index: &Index, query: &str) -> Vec<String> {
    index.search(query, 3).into_iter().map(|h| h.id).collect()
}

#[test]
fn every_safety_wording_opens_its_card_first() {
    let (content, index) = load();
    let cases = cases("safety-first.tsv");
    assert!(cases.len() >= 80, "{} safety wordings", cases.len());
    let mut misses = Vec::new();
    for (at, query, want) in &cases {
        assert!(
            content.customer_type(want).is_some(),
            "{at}: `{want}` is not a card"
        );
        let top = top(&index, query);
        if top.first() != Some(want) {
            misses.push(format!("{at}: {query:?} wants {want}, got {top:?}"));
        }
    }
    println!(
        "safety-first.tsv: {} of {} first",
        cases.len() - misses.len(),
        cases.len()
    );
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn no_everyday_wording_opens_a_safety_card_first() {
    let (_, index) = load();
    let cases = cases("everyday-not-safety.tsv");
    assert!(cases.len() >= 20, "{} everyday wordings", cases.len());
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|(at, query, _)| {
            let top = top(&index, query);
            let first = top.first()?;
            SAFETY_CARDS
                .contains(&first.as_str())
                .then(|| format!("{at}: {query:?} opens {first} ({top:?})"))
        })
        .collect();
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
