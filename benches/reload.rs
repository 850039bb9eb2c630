//! Time of what a reload does when a pack changes (issue 21: under a second): the app's
//! watcher and Ctrl+R call `Library::open` on the same sources as at start-up, which
//! reads every layer's files, parses, validates, layers them and builds the search
//! index. Here the bundled content plus a 10,000-item pack written to disk by
//! `benches/pack` (2,161 files), against the bundled content alone; and that one's
//! three steps apart (read the files; parse, validate and layer; index).
//!
//! `cargo bench --bench reload` (CI adds `-- --warm-up-time 1 --measurement-time 2`).

// The generator's vocabulary count is for the search benches.
#[allow(dead_code)]
mod generate;
mod pack;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use defuse::{
    library::{self, LanguageChain, Library},
    packs::Sources,
    search::{Analyzer, Index},
};

const ITEMS: usize = 10_000;

fn reload(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = pack::write(dir.path(), ITEMS).expect("write the pack");
    let chain = LanguageChain::english();
    let with_pack = Sources {
        folders: vec![dir.path().to_path_buf()],
        trusted_keys: Vec::new(),
        ..Sources::default()
    };
    let bundled = Sources {
        folders: Vec::new(),
        trusted_keys: Vec::new(),
        ..Sources::default()
    };

    // The pack must load whole, or the bench would time the loader refusing it.
    let library = Library::open(&with_pack, &chain);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let items = library.content.items().count();
    let alone = Library::open(&bundled, &chain).content.items().count();
    assert_eq!(items, alone + ITEMS);
    eprintln!("reload: {alone} bundled items, plus {ITEMS} in {files} files");

    let mut group = c.benchmark_group("reload");
    group.sample_size(10);
    group.bench_function("bundled-plus-10k-item-pack", |b| {
        b.iter(|| Library::open(black_box(&with_pack), &chain));
    });
    group.bench_function("bundled-alone", |b| {
        b.iter(|| Library::open(black_box(&bundled), &chain));
    });
    group.finish();

    // Where the time goes, step by step as `Library::open` takes them.
    let mut group = c.benchmark_group("reload-steps");
    group.sample_size(10);
    group.bench_function("1-read-files", |b| {
        b.iter(|| black_box(&with_pack).read());
    });
    let layers = with_pack.read();
    let today = library::today();
    group.bench_function("2-parse-validate-layer", |b| {
        b.iter(|| black_box(&layers).load("en", today));
    });
    let content = layers.load("en", today).content;
    group.bench_function("3-index", |b| {
        b.iter(|| Index::new(black_box(&content), Analyzer::for_language("en")));
    });
    group.finish();
}

criterion_group!(benches, reload);
criterion_main!(benches);
