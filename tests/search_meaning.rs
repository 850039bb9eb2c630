//! Search by meaning (issue 18), measured on the blind sets in
//! `tests/search-queries/blind/` (written from a plain list of the situations before
//! any tuning, by writers who saw no card or other set; scored once and kept): hit@1
//! and hit@3 by words alone and with the sentence model, printed as the README's
//! table. The floors hold what was first measured, less a query or two.

use std::sync::OnceLock;

use defuse::{
    content::{Content, bundled},
    meaning::{Meaning, SentenceModel, vectors},
    search::{Analyzer, Index, MatchedBy, fusion},
};

mod common;

/// Hit@3 with the model, less about one query: (set, floor). 2026-12-03, after a
/// fourth round of lines (English, Romanian, Afrikaans), with the other-language lines
/// read by meaning for queries in those languages: en 90.5%, ru 93.2%, ro 86.7%, af
/// 86.5%, ms 89.8%, zh 91.0% (the same day, by words only and before that round: 80.0%
/// ro, 83.1% af, 90.9% ms, 89.9% zh; 2026-12-02, the first round in six languages:
/// 87.9%, 87.5%, 77.8%, 80.9%, 88.6%, 87.6%; before it 86.6%, 65.9%, 70.0%, 76.4%,
/// 78.4%, 82.0%). Lines that share four words in a row with any query, or most of
/// their words, are left out (`tests/heard_blind.rs`): 163 of the 1,224 of the first
/// round, 150 of the 1,564 of the next two, 114 of the 612 of the fourth, and 58 older
/// English ones. The goals (90% English, 85% each language) are not met on
/// the older English sets. Later the same day, with Russian, Afrikaans and Malay stop
/// words (issue 22): ru 93.2%, ro 86.7%, af 93.3%, ms 89.8% (hit@1 86.4%, 72.2%,
/// 77.5%, 75.0%; before, 85.2%, 71.1%, 75.3%, 77.3%). Raised on 2026-12-04 after the
/// seventh round of lines: en 91.1%, ru 95.5%, ro 88.9%, af 95.5%, ms 94.3%, zh 96.6%;
/// after the eighth (2026-12-05): en 91.8%, ru 97.7%, the others unchanged.
const FLOORS: [(&str, f64); 6] = [
    ("en", 0.91),
    ("ru", 0.96),
    ("ro", 0.875),
    ("af", 0.94),
    ("ms", 0.93),
    ("zh", 0.95),
];

fn loaded() -> &'static (Content, Index, Meaning) {
    static LOADED: OnceLock<(Content, Index, Meaning)> = OnceLock::new();
    LOADED.get_or_init(|| {
        let content = bundled::load("en").content;
        let index = Index::new(&content, Analyzer::english());
        let meaning = Meaning::load(&content).expect("the bundled model loads");
        (content, index, meaning)
    })
}

fn cases(file: &str) -> Vec<(String, Vec<String>)> {
    common::tally::query_set(file)
}

/// (queries, words hit@1, words hit@3, hybrid hit@1, hybrid hit@3) as fractions.
fn score(file: &str) -> (usize, [f64; 4]) {
    let (content, index, meaning) = loaded();
    let cases: Vec<_> = cases(file)
        .into_iter()
        .filter(|(_, ids)| ids.iter().any(|id| content.get(id).is_some()))
        .collect();
    let mut tally = common::tally::Tally::default();
    for (query, ids) in &cases {
        tally.add(index, meaning, query, ids);
    }
    (cases.len(), tally.fractions())
}

#[test]
fn blind_sets_score_at_least_their_floors() {
    let mut failures = Vec::new();
    let pc = |x: f64| format!("{:.1}%", 100.0 * x);
    println!("| set | queries | words hit@1 | words hit@3 | with model hit@1 | with model hit@3 |");
    println!("|---|---|---|---|---|---|");
    // The word search's sets, for comparison (the first is the one it was tuned on).
    for file in [
        "eval-workers.tsv",
        "holdout-workers.tsv",
        "holdout-workers-2.tsv",
    ] {
        let (n, [w1, w3, h1, h3]) = score(file);
        println!(
            "| `{file}` | {n} | {} | {} | {} | {} |",
            pc(w1),
            pc(w3),
            pc(h1),
            pc(h3)
        );
    }
    for (set, floor) in FLOORS {
        let (n, [w1, w3, h1, h3]) = score(&format!("blind/{set}.tsv"));
        println!(
            "| blind `{set}` | {n} | {} | {} | {} | {} |",
            pc(w1),
            pc(w3),
            pc(h1),
            pc(h3)
        );
        if h3 < floor {
            failures.push(format!("{set}: hit@3 {h3:.3} below {floor}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_stored_content_vectors_are_fresh() {
    let (content, _, _) = loaded();
    let model = SentenceModel::bundled().expect("model");
    let stored = vectors::Stored::bundled().expect("stored vectors read");
    assert_eq!(
        vectors::staleness(&model, content, &stored),
        (0, 0),
        "assets/model/content-vectors.bin is stale: run `cargo run --release -- vectors`"
    );
}

#[test]
fn a_result_found_by_meaning_alone_says_so() {
    let (_, index, meaning) = loaded();
    // "She said life is very hard", in Greek: no content is written in Greek.
    let query = "Είπε ότι η ζωή είναι πολύ δύσκολη";
    assert!(
        index.search(query, 3).is_empty(),
        "words alone find nothing"
    );
    let outcome = fusion::search(index, Some(meaning), query, 3);
    let first = outcome.hits.first().expect("meaning finds something");
    assert_eq!(first.matched_by, MatchedBy::Meaning);
    assert!(first.meaning_score.is_some_and(|s| s > 0.5));
    assert_eq!(first.lexical_score, 0.0);
    assert!(
        !first.title.is_empty(),
        "a result found by meaning has its title"
    );
}

#[test]
fn lines_in_other_languages_are_read_only_for_queries_in_them() {
    let (content, index, meaning) = loaded();
    let other: std::collections::HashSet<&str> = content
        .customer_types
        .iter()
        .flat_map(|c| c.heard_other_languages.iter().map(|l| l.trim()))
        .collect();
    assert!(
        other.len() > 1000,
        "the cards carry their other-language lines"
    );
    // "A man is yelling at the cashier", in Russian, then in Afrikaans.
    for query in ["мужик орет на кассира", "die oom skree op die kassier"] {
        let vector = meaning.model.embed_query(query);
        let every = meaning.index.scores(&vector, index.reach(query));
        assert!(
            every.iter().take(3).any(|s| other.contains(s.passage)),
            "{query}: a line in its own language comes near the top: {:?}",
            every.iter().take(3).map(|s| s.passage).collect::<Vec<_>>()
        );
        let english = meaning.index.scores(&vector, vectors::Reach::English);
        assert!(
            english.iter().all(|s| !other.contains(s.passage)),
            "{query}: read as English, no other-language line counts"
        );
    }
    let story = "a man is yelling at the cashier";
    let vector = meaning.model.embed_query(story);
    assert!(
        meaning
            .index
            .scores(&vector, index.reach(story))
            .iter()
            .all(|s| !other.contains(s.passage)),
        "an English story reads English passages only"
    );
}
