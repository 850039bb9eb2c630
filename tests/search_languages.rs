//! Search in each of our languages (issue 22), measured on the sets in
//! `tests/search-queries/blind-22/`: 50 queries per language, written by a native
//! speaker as workers there type them (informal, without diacritics, with typing
//! errors) from a plain list of the situations, before the search was tuned for the
//! translated content, by writers who saw no card or other set; scored once and kept.
//! They share words with 107 lines of the cards written before them (README).
//! Each set is scored with the content in its language, as a worker there uses the
//! app, and with the English content, for comparison: hit@1 and hit@3 by words alone
//! and with the sentence model, printed as the README's table. The floors hold what
//! was first measured, less a query; and no query about an everyday situation may
//! open a safety card first, but for the few listed as an open defect.

use defuse::{
    content::SAFETY_CARDS,
    library::{LanguageChain, Library},
    meaning::Meaning,
    search::fusion,
};

mod common;

/// Hit@3 with the model and the content in the set's language, less one query:
/// (language, floor), as measured on 2026-12-03 after the translations' Cyrillic and
/// Chinese words were indexed and our other languages' stop words added (the README
/// gives the first scoring, before both).
const FLOORS: [(&str, f64); 5] = [
    ("ru", 0.92),
    ("ro", 0.88),
    ("af", 0.86),
    ("ms", 0.90),
    ("zh-Hans", 0.88),
];

/// Everyday queries these sets found opening a safety card first, (set, content,
/// query): an open defect, kept here so that no other joins them unseen, and each must
/// still happen (one that no longer does leaves the list). The words alone do it: a
/// Romanian "tot vrea" (still wants) or an Afrikaans "doodmaak vir die special" (would
/// kill for the special) meets the self-harm card's lines in those languages. A
/// language's own analyser (stems, and the everyday sense of its danger words, as
/// `told` has English's and Chinese 死 as an intensifier) is what should clear them.
const KNOWN_FALSE_ALARMS: [(&str, &str, &str); 5] = [
    (
        "ro",
        "en",
        "i-am dat reducere si cafea gratis si tot vrea mai mult",
    ),
    (
        "ro",
        "ro",
        "i-am dat reducere si cafea gratis si tot vrea mai mult",
    ),
    (
        "ro",
        "ro",
        "ma tot intrerupe si vrea tratament special ca e client vechi",
    ),
    (
        "af",
        "en",
        "klant se sy sal iemand doodmaak vir die special maar ons is uit stock",
    ),
    (
        "af",
        "af",
        "klant se sy sal iemand doodmaak vir die special maar ons is uit stock",
    ),
];

fn cases(language: &str) -> Vec<(String, Vec<String>)> {
    common::query_set(&format!("blind-22/{language}.tsv"))
}

/// Words hit@1, hit@3, then with the model, as fractions; and the queries about an
/// everyday situation that opened a safety card first.
fn score(language: &str, content_in: &str) -> ([f64; 4], Vec<String>) {
    let library = Library::bundled(&LanguageChain::new([content_in]));
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let meaning = Meaning::load(&library.content).expect("the bundled model loads");
    let cases = cases(language);
    assert!(cases.len() >= 40, "{language}: {} cases", cases.len());
    let mut counts = [0usize; 4];
    let mut unsafe_first = Vec::new();
    let mut known_seen = Vec::new();
    for (query, ids) in &cases {
        let words: Vec<String> = library
            .index
            .search(query, 3)
            .into_iter()
            .map(|h| h.id)
            .collect();
        let both: Vec<String> = fusion::search(&library.index, Some(&meaning), query, 3)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        for (n, top) in [&words, &both].into_iter().enumerate() {
            let at = top.iter().position(|id| ids.contains(id));
            counts[n * 2] += usize::from(at == Some(0));
            counts[n * 2 + 1] += usize::from(at.is_some());
        }
        let everyday = ids.iter().all(|id| !SAFETY_CARDS.contains(&id.as_str()));
        if everyday
            && both
                .first()
                .is_some_and(|f| SAFETY_CARDS.contains(&f.as_str()))
        {
            let known = KNOWN_FALSE_ALARMS
                .iter()
                .any(|&(set, content, q)| (set, content, q) == (language, content_in, query));
            if known {
                println!("known false alarm, {language}/{content_in}: {query:?} opened {both:?}");
                known_seen.push(query.clone());
            } else {
                unsafe_first.push(format!("{query:?} opened {both:?}"));
            }
        }
    }
    for &(set, content, query) in &KNOWN_FALSE_ALARMS {
        if (set, content) == (language, content_in) && !known_seen.iter().any(|q| q == query) {
            unsafe_first.push(format!(
                "{query:?} no longer opens a safety card: unlist it"
            ));
        }
    }
    let n = cases.len() as f64;
    (counts.map(|c| c as f64 / n), unsafe_first)
}

#[test]
fn each_language_finds_its_cards_with_the_content_in_it() {
    let pc = |x: f64| format!("{:.1}%", 100.0 * x);
    let mut failures = Vec::new();
    println!("| set | content | words hit@1 | words hit@3 | with model hit@1 | with model hit@3 |");
    println!("|---|---|---|---|---|---|");
    for (language, floor) in FLOORS {
        for content_in in ["en", language] {
            let ([w1, w3, h1, h3], unsafe_first) = score(language, content_in);
            println!(
                "| `{language}` ({}) | {content_in} | {} | {} | {} | {} |",
                cases(language).len(),
                pc(w1),
                pc(w3),
                pc(h1),
                pc(h3)
            );
            failures.extend(
                unsafe_first
                    .into_iter()
                    .map(|q| format!("{language}/{content_in}: {q}")),
            );
            if content_in == language && h3 < floor {
                failures.push(format!("{language}: hit@3 {h3:.3} below {floor}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
