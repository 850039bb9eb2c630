//! Search by meaning: a query embedded by the sentence model (with one and two
//! threads), and the whole query (embedded, scored against every passage, fused with
//! the word results, searched for again or kept from the key press as the app does)
//! over the bundled guidance and over 10,000 generated items.
//! Target (issue 18): a median at or under 30 ms at 10,000 items on 2 cores.
//!
//! `cargo bench --bench meaning` (add `-- --warm-up-time 1 --measurement-time 3` for
//! a shorter run).

mod generate;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use defuse::{
    meaning::{Meaning, SentenceModel, vectors},
    search::{Analyzer, Index, fusion},
};

const GENERATED_ITEMS: usize = 10_000;
const SEED: u64 = 2024;
const LIMIT: usize = 200;

/// A short and a long English query, a story, and queries in three other scripts.
const QUERIES: &[&str] = &[
    "shouting",
    "customer shouting at me",
    "old man says he doesn't want to be here any more and gave me his watch",
    "говорит что убьет себя",
    "clientul țipă la mine",
    "他说活着太累了",
];

fn embed(c: &mut Criterion) {
    let mut group = c.benchmark_group("embed query");
    for threads in [1, 2] {
        let model = SentenceModel::bundled()
            .expect("bundled model")
            .with_threads(threads);
        for &query in QUERIES {
            group.bench_with_input(
                BenchmarkId::new(format!("{threads} thread(s)"), query),
                query,
                |b, q| b.iter(|| model.embed_query(black_box(q))),
            );
        }
    }
    group.finish();
}

/// Stored vectors for every passage of `content`, made up (unit length, seeded): a
/// real model's vectors would take minutes to make for 10,000 items and score the same.
fn made_up_vectors(model: &SentenceModel, content: &defuse::content::Content) -> vectors::Stored {
    let (_, passages) = vectors::passages(content);
    let mut rng = generate::Rng::new(SEED);
    let dim = model.dimension();
    vectors::Stored {
        model: model.fingerprint(),
        vectors: passages
            .iter()
            .map(|p| {
                let v: Vec<f32> = (0..dim).map(|_| rng.unit() as f32 - 0.5).collect();
                let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
                let unit: Vec<f32> = v.iter().map(|x| x / norm).collect();
                (
                    vectors::passage_key(&p.text),
                    defuse::meaning::quantise(&unit),
                )
            })
            .collect(),
    }
}

fn whole_query(c: &mut Criterion) {
    let bundled = defuse::content::bundled::load("en").content;
    let generated = generate::content(&bundled, GENERATED_ITEMS, SEED);
    for (name, content) in [("bundled", &bundled), ("10,000 items", &generated)] {
        let model = SentenceModel::bundled().expect("bundled model");
        let stored = if name == "bundled" {
            vectors::Stored::bundled().expect("stored vectors")
        } else {
            made_up_vectors(&model, content)
        };
        // Every passage has a vector (bundled, or made up above): nothing to embed.
        let (index, missing) = vectors::MeaningIndex::from_stored(&model, content, &stored);
        assert!(
            missing.is_empty(),
            "{} passages lack a vector",
            missing.len()
        );
        let built = vectors::Built {
            stored: index.len(),
            embedded: 0,
            missing: 0,
        };
        println!(
            "{name}: {} passages ({} embedded now), {} distinct words",
            index.len(),
            built.embedded,
            generate::vocabulary(content)
        );
        let meaning = Meaning {
            model: std::sync::Arc::new(model),
            index,
            built,
        };
        let words = Index::new(content, Analyzer::english());
        let mut group = c.benchmark_group(format!("embed, score and fuse: {name}"));
        for &query in QUERIES {
            group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
                b.iter(|| fusion::search(&words, Some(&meaning), black_box(q), LIMIT));
            });
        }
        group.finish();
        // What the app does after a key: the word results are on screen, and the
        // query is embedded and scored on the model's thread and joined to them.
        let mut group = c.benchmark_group(format!("embed, score and join, words shown: {name}"));
        for &query in QUERIES {
            let shown = fusion::words(&words, query, LIMIT);
            group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
                b.iter(|| {
                    let vector = meaning.model.embed_query(black_box(q));
                    let scores = meaning.index.scores(&vector, words.reach(q));
                    fusion::join(shown.clone(), &scores, LIMIT)
                });
            });
        }
        group.finish();
        // What the app's UI thread does when the model's thread sends the scores.
        let mut group = c.benchmark_group(format!("join, scores ready (UI thread): {name}"));
        for &query in QUERIES {
            let vector = meaning.model.embed_query(query);
            let scores = meaning.index.scores(&vector, words.reach(query));
            let shown = fusion::words(&words, query, LIMIT);
            group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, _| {
                b.iter(|| fusion::join(black_box(shown.clone()), &scores, LIMIT));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, embed, whole_query);
criterion_main!(benches);
