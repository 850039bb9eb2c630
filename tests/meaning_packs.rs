//! Search by meaning over a pack's passages, which have no stored vectors: embedded a
//! batch at a time, kept in this PC's cache so each is embedded once, and never a
//! reason for `defuse search` to keep a person waiting.

// Shared with the benches, which also use what these tests do not.
#[allow(dead_code)]
#[path = "../benches/generate/mod.rs"]
mod generate;
#[path = "../benches/pack/mod.rs"]
mod pack;

use std::{fs, path::Path};

use assert_cmd::cargo::cargo_bin_cmd;
use defuse::{
    cli::EMBED_AT_ONCE,
    content::Content,
    library::{LanguageChain, Library},
    meaning::{grow::Growing, vectors::Stored},
    packs::Sources,
};

/// The bundled content with a generated pack of `items` items layered on.
fn with_pack(dir: &Path, items: usize) -> Content {
    let folder = dir.join("pack");
    pack::write(&folder, items).expect("the pack is written");
    layered(&folder)
}

/// The bundled content with the pack in `folder` layered on.
fn layered(folder: &Path) -> Content {
    let sources = Sources {
        folders: vec![folder.to_owned()],
        ..Sources::default()
    };
    let library = Library::open(&sources, &LanguageChain::english());
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    library.content
}

#[test]
fn a_packs_passages_are_searched_by_meaning_as_far_as_they_are_embedded_and_embedded_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let content = with_pack(dir.path(), 3);
    let cache = dir.path().join("data").join("vector-cache.bin");
    let mut growing = Growing::start(&content, Some(cache.clone()), Some(1)).expect("model");
    let missing = growing.missing();
    assert!(
        missing > 10,
        "the pack's passages have no vectors: {missing}"
    );
    let before = growing.meaning(&content).index.len();
    assert_eq!(
        growing.meaning(&content).index.len(),
        before,
        "built again, the index is the one start built"
    );

    assert_eq!(growing.embed(5), 5);
    assert_eq!(growing.missing(), missing - 5);
    let grown = growing.meaning(&content).index.len();
    assert!(grown >= before + 5, "{before} passages, then {grown}");

    growing.embed(missing);
    assert_eq!(growing.missing(), 0);
    growing.save(&content).expect("the cache is written");
    let all = growing.meaning(&content).index.len();

    let mut again = Growing::start(&content, Some(cache), Some(1)).expect("model");
    assert_eq!(again.missing(), 0, "every passage came from the cache");
    assert_eq!(again.meaning(&content).index.len(), all);
}

#[test]
fn saving_keeps_what_another_window_added_to_the_cache() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let content = with_pack(dir.path(), 1);
    let cache = dir.path().join("vector-cache.bin");
    let start = || Growing::start(&content, Some(cache.clone()), Some(1)).expect("model");
    let (mut mine, mut theirs) = (start(), start());
    let total = mine.missing();

    theirs.embed(total);
    theirs.save(&content).expect("written");
    mine.embed(2);
    mine.save(&content).expect("merged");
    // Unchanged since this window wrote it: saved again without reading, and still whole.
    mine.embed(1);
    mine.save(&content).expect("written");

    assert_eq!(start().missing(), 0, "the other window's vectors were kept");
}

#[test]
fn a_damaged_cache_is_ignored_and_written_anew() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let content = with_pack(dir.path(), 1);
    let cache = dir.path().join("vector-cache.bin");
    let fresh = Growing::start(&content, None, Some(1))
        .expect("model")
        .missing();
    // A header that claims four billion vectors, then nothing.
    let mut damaged = b"DFV1".to_vec();
    damaged.extend([0; 8]);
    damaged.extend(384_u32.to_le_bytes());
    damaged.extend(u32::MAX.to_le_bytes());
    fs::write(&cache, &damaged).expect("written");
    assert!(Stored::read(&damaged).is_err());

    let mut growing = Growing::start(&content, Some(cache.clone()), Some(1)).expect("model");
    assert_eq!(growing.missing(), fresh);
    growing.embed(fresh);
    growing.save(&content).expect("written anew");
    let stored = Stored::read(&fs::read(&cache).expect("read")).expect("a cache again");
    assert!(stored.vectors.len() >= fresh);
}

#[test]
fn search_embeds_a_small_packs_passages_once_and_answers_a_large_pack_at_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = dir.path().join("data");
    let small = dir.path().join("small");
    pack::write(&small, 1).expect("written");
    // Its one generated item takes a bundled card's lines, whose number grows with
    // the content: checked, not assumed, to be few enough to embed at once.
    let few = Growing::start(&layered(&small), None, Some(1))
        .expect("model")
        .missing();
    assert!(
        (1..=EMBED_AT_ONCE).contains(&few),
        "{few} passages to embed"
    );
    let large = dir.path().join("large");
    pack::write(&large, 40).expect("written");
    let search = |pack: &Path| {
        let output = cargo_bin_cmd!("defuse")
            .env("DEFUSE_DATA_DIR", &data)
            .arg("--content")
            .arg(pack)
            .args(["search", "customer shouting at me", "--json"])
            .output()
            .expect("defuse runs");
        assert!(output.status.success());
        let results: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("JSON results");
        assert!(results.as_array().is_some_and(|r| !r.is_empty()));
        String::from_utf8_lossy(&output.stderr).into_owned()
    };

    assert_eq!(search(&small), "", "a few passages are embedded quietly");
    let cache = data.join("vector-cache.bin");
    let kept = Stored::read(&fs::read(&cache).expect("the cache")).expect("readable");
    assert!(!kept.vectors.is_empty());

    let said = search(&large);
    assert!(
        said.contains("have no vectors on this PC yet") && said.contains("defuse vectors --packs"),
        "{said}"
    );
    let unchanged = Stored::read(&fs::read(&cache).expect("the cache")).expect("readable");
    assert_eq!(
        unchanged.vectors.len(),
        kept.vectors.len(),
        "nothing embedded"
    );
}
