//! What each of our other languages' own analysis adds to the search, with the content
//! in that language (issue 22, README "Each language's analyser"): its Snowball stemmer
//! (Russian's, Romanian's, and Dutch's for Afrikaans) and its translation's words in
//! the Latin alphabet, each against English's analyser with our stop words; the row
//! the app uses is marked. Scored on the development
//! sets (`tests/search-queries/dev-22/`, written for choosing) and the older blind sets
//! (`blind/`), words alone and with the sentence model; only the figures are printed,
//! so the blind sets stay blind.
//!
//! `cargo run --release --example measure_analysers` (about two minutes on 2 cores:
//! each language's translated passages are embedded first).

// The search tests' query sets and counting, so the figures are counted alike.
#[path = "../tests/common/tally.rs"]
mod tally;

use defuse::{
    content::SAFETY_CARDS,
    library::{LanguageChain, Library},
    meaning::Meaning,
    search::{Analyzer, Index},
};
use tally::{Tally, query_set};

/// Words hit@1 and hit@3, the same with the model (in per cent), and how many
/// everyday queries opened a safety card first with the model.
fn score(index: &Index, meaning: &Meaning, cases: &[(String, Vec<String>)]) -> ([f64; 4], usize) {
    let mut tally = Tally::default();
    let mut alarms = 0;
    for (query, ids) in cases {
        let both = tally.add(index, meaning, query, ids);
        let everyday = ids.iter().all(|id| !SAFETY_CARDS.contains(&id.as_str()));
        let first = both.first().map_or("", String::as_str);
        alarms += usize::from(everyday && SAFETY_CARDS.contains(&first));
    }
    (tally.fractions().map(|f| 100.0 * f), alarms)
}

fn main() {
    println!(
        "| language | set | analyser | words hit@1 | words hit@3 | with model hit@1 | with model hit@3 | everyday opening a safety card |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (code, older) in [
        ("ru", "ru"),
        ("ro", "ro"),
        ("af", "af"),
        ("ms", "ms"),
        ("zh-Hans", "zh"),
    ] {
        let library = Library::bundled(&LanguageChain::new([code]));
        let Ok(meaning) = Meaning::load(&library.content) else {
            eprintln!("the sentence model did not load");
            return;
        };
        let mut analysers = vec![(
            "English's, with its stop words",
            Index::new(&library.content, Analyzer::english()),
        )];
        if let Some(stemmed) = Analyzer::english().with_own_stemmer(code) {
            analysers.push(("+ its stemmer", Index::new(&library.content, stemmed)));
        }
        if !matches!(code, "ru" | "zh-Hans") {
            let latin = Analyzer::english().with_latin_translations();
            analysers.push(("+ its Latin words", Index::new(&library.content, latin)));
        }
        // What `Analyzer::for_language` gives, and so the app searches with.
        let ships = if Analyzer::for_language(code).searches_latin_translations() {
            "+ its Latin words"
        } else {
            "English's, with its stop words"
        };
        for set in [format!("dev-22/{code}.tsv"), format!("blind/{older}.tsv")] {
            let cases = query_set(&set);
            for (name, index) in &analysers {
                let ([w1, w3, m1, m3], alarms) = score(index, &meaning, &cases);
                let shipped = if *name == ships { " (ships)" } else { "" };
                println!(
                    "| {code} | `{set}` ({}) | {name}{shipped} | {w1:.1}% | {w3:.1}% | {m1:.1}% | {m3:.1}% | {alarms} |",
                    cases.len()
                );
            }
        }
    }
}
