//! Time to check a content pack (`defuse check DIR`: read every file, parse, validate,
//! locate every item): the bundled content plus 10,000 small valid phrase pairs, in one
//! file or spread over 1,000 files, and the bundled content with eight links to its own
//! root (which once took minutes and gigabytes). Goal: well under a second each.
//!
//! `cargo bench --bench loader`

use std::{fs, hint::black_box, path::Path};

use criterion::{Criterion, criterion_group, criterion_main};
use defuse::content;

const ITEMS: usize = 10_000;

/// The bundled content written out to `root`: the valid tree each pack is added to.
fn bundled_tree(root: &Path) {
    for file in content::bundled::files() {
        let path = root.join(&file.path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).expect("create a folder");
        }
        fs::write(&path, &file.bytes).expect("write a content file");
    }
}

/// `n` small valid phrase pairs, one per line, each fitting the bundled `angry` card.
fn phrase_file(prefix: &str, n: usize) -> String {
    let mut text = String::from("PhraseFile(\n    version: 1,\n    phrases: [\n");
    for i in 0..n {
        text.push_str(&format!(
            "        Phrase(id: \"{prefix}-{i}\", avoid: \"Not now {i}.\", say: \"Let me help {i}.\", \
             why: \"You matter.\", situations: [\"angry\"], sources: [\"S1\"]),\n"
        ));
    }
    text.push_str("    ],\n)\n");
    text
}

/// What `defuse check` does with a folder, less the printing.
fn check(root: &Path) -> usize {
    let (files, read_problems) = content::read_dir(root).expect("the pack is readable");
    let loaded = content::load(&files, "en");
    assert!(read_problems.is_empty() && loaded.problems.is_empty());
    loaded.content.items().count()
}

fn loader(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);

    let one_file = tempfile::tempdir().expect("a temporary folder");
    bundled_tree(one_file.path());
    fs::write(
        one_file.path().join("en/phrases/pack.ron"),
        phrase_file("pack", ITEMS),
    )
    .expect("write the pack");
    assert!(check(one_file.path()) > ITEMS);
    group.bench_function("10k-items-in-1-file", |b| {
        b.iter(|| check(black_box(one_file.path())));
    });

    let many_files = tempfile::tempdir().expect("a temporary folder");
    bundled_tree(many_files.path());
    for f in 0..1_000 {
        let path = many_files
            .path()
            .join(format!("en/phrases/pack-{f:04}.ron"));
        fs::write(path, phrase_file(&format!("p{f}"), ITEMS / 1_000)).expect("write the pack");
    }
    assert!(check(many_files.path()) > ITEMS);
    group.bench_function("10k-items-in-1000-files", |b| {
        b.iter(|| check(black_box(many_files.path())));
    });

    // Eight links to `.` in the root: each folder is still read once.
    #[cfg(unix)]
    {
        let loops = tempfile::tempdir().expect("a temporary folder");
        bundled_tree(loops.path());
        for n in 0..8 {
            std::os::unix::fs::symlink(".", loops.path().join(format!("loop{n}"))).expect("a link");
        }
        group.bench_function("bundled-with-8-links-to-itself", |b| {
            b.iter(|| check(black_box(loops.path())));
        });
    }
    group.finish();
}

criterion_group!(benches, loader);
criterion_main!(benches);
