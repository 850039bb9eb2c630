//! Time per query, search-as-you-type style, over the bundled guidance and over 10,000
//! generated items (`generate`). Targets: a median under 1 ms for the bundled content,
//! under 10 ms for 10,000 items.
//!
//! And the command palette's title match (Ctrl+K, skim's fuzzy algorithm) over every
//! title: items, slides and commands. Target: under 1 ms per key.
//!
//! `cargo bench --bench search` (add `-- --warm-up-time 1 --measurement-time 3` for a
//! shorter run, `--verbose` for the median of each query).

mod generate;

use std::{hint::black_box, time::Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use defuse::{
    search::{Analyzer, Index},
    strings::Strings,
    ui::{
        command::Scope,
        palette::{LIMIT as PALETTE_LIMIT, entries::Entries},
    },
};

/// As many results as the app's result list asks for on every keystroke.
const LIMIT: usize = 200;
const GENERATED_ITEMS: usize = 10_000;
const SEED: u64 = 2024;

/// 1 to 30 characters: a word typed one key at a time, partial words, typos, a sentence
/// as a worker would type it, diacritics, and a 30-character query.
const QUERIES: &[&str] = &[
    "s",
    "sh",
    "sho",
    "shout",
    "shouting",
    "indecis",
    "threatning",
    "angy custmer",
    "calm down",
    "that's policy",
    "cant make up her mind",
    "customer shouting at me",
    "clientul țipă la mine",
    "swearing at staff in the queue",
];

fn run_group(c: &mut Criterion, name: &str, index: &Index) {
    let mut group = c.benchmark_group(name);
    for &query in QUERIES {
        group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
            b.iter(|| index.search(black_box(q), LIMIT));
        });
    }
    group.finish();
}

/// What a palette user types, key by key and whole: initials, a slide, a command.
const PALETTE_QUERIES: &[&str] = &[
    "t",
    "th",
    "thrvio",
    "ffm 5",
    "print handouts",
    "calm down",
    "safety and escalation 12",
    "zzzz",
];

fn palette(c: &mut Criterion) {
    let content = defuse::content::bundled::load("en").content;
    let entries = Entries::new(&content, &Strings::default());
    println!("palette: {} titles", entries.len());
    let mut group = c.benchmark_group("palette");
    for &query in PALETTE_QUERIES {
        group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
            b.iter(|| entries.find(black_box(q), Scope::App, PALETTE_LIMIT));
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let loaded = defuse::content::bundled::load("en");
    assert!(
        loaded.problems.is_empty(),
        "the bundled content has problems: {:?}",
        loaded.problems
    );
    let bundled = loaded.content;
    let index = Index::new(&bundled, Analyzer::english());
    println!(
        "bundled: {} items, {} distinct words",
        index.len(),
        generate::vocabulary(&bundled)
    );
    run_group(c, "bundled", &index);

    let started = Instant::now();
    let generated = generate::content(&bundled, GENERATED_ITEMS, SEED);
    let index = Index::new(&generated, Analyzer::english());
    println!(
        "generated: {} items, {} distinct words (generated and indexed in {:.1?})",
        index.len(),
        generate::vocabulary(&generated),
        started.elapsed()
    );
    run_group(c, "generated-10k", &index);
}

criterion_group!(benches, search, palette);
criterion_main!(benches);
