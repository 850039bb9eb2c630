//! Time to load each user file at its 1 MiB size cap, as start-up does (read, parse,
//! normalise, drop what the content no longer has): a `practice.ron` whose paused round
//! lists 110,000 ids to review (20 s before the quadratic de-duplication went), a
//! `missed.ron` of 30,000 queries, and a `favourites.ron` of 60,000 ids. Goal: well
//! under a second each.
//!
//! `cargo bench --bench user_files`

use std::{collections::HashSet, fs, hint::black_box, path::Path};

use criterion::{Criterion, criterion_group, criterion_main};
use defuse::{
    content::bundled, missed::MissedStore, practice::PracticeStore, user_data::UserStore,
};

/// Writes `text` to `path`, checking it is under the cap the loader enforces.
fn write_capped(path: &Path, text: &str) {
    assert!(text.len() < 1024 * 1024, "{} bytes", text.len());
    fs::write(path, text).expect("write a user file");
}

fn ids(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("\"{prefix}{i}\""))
        .collect::<Vec<_>>()
        .join(",")
}

fn user_files(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let content = bundled::load("en").content;
    let phrases: HashSet<&str> = content.phrases.iter().map(|p| p.id.as_str()).collect();

    write_capped(
        &dir.path().join("practice.ron"),
        &format!(
            "(version: 1, boxes: {{}}, paused: Some((scope: All, queue: [\"calm-down\"], \
             done: 0, marked: [], returns: {{}}, review: [{}], revealed: false, reply: \"\")))",
            ids("r", 110_000)
        ),
    );
    let queries: Vec<String> = (0..30_000)
        .map(|i| format!("(query: \"q{i}\", count: 1)"))
        .collect();
    write_capped(
        &dir.path().join("missed.ron"),
        &format!("(queries: [{}])", queries.join(",")),
    );
    write_capped(
        &dir.path().join("favourites.ron"),
        &format!("(favourites: [{}], recent: [])", ids("f", 60_000)),
    );

    let mut group = c.benchmark_group("user_files");
    group.sample_size(10);
    group.bench_function("practice.ron, 110,000 review ids", |b| {
        b.iter(|| {
            let (mut progress, notice) = PracticeStore::in_dir(dir.path()).load();
            assert_eq!(notice, None);
            progress.retain_known(|id| phrases.contains(id));
            black_box(progress)
        });
    });
    group.bench_function("missed.ron, 30,000 queries", |b| {
        b.iter(|| {
            let (missed, notice) = MissedStore::in_dir(dir.path()).load();
            assert_eq!(notice, None);
            black_box(missed)
        });
    });
    group.bench_function("favourites.ron, 60,000 ids", |b| {
        b.iter(|| {
            let (data, notice) = UserStore::at(dir.path().join("favourites.ron")).load();
            assert_eq!(notice, None);
            black_box(data)
        });
    });
    group.finish();
}

criterion_group!(benches, user_files);
criterion_main!(benches);
