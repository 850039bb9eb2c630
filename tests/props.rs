//! Property tests: any string at all into search, and any bytes at all as a content file,
//! never panic; search highlights stay valid and the loader always accounts for the file.

use std::{path::Path, sync::LazyLock};

use defuse::{
    content::{self, Content, ContentFile, bundled},
    search::{Analyzer, Hit, Index},
};
use proptest::prelude::*;

static BUNDLED: LazyLock<(Content, Index)> = LazyLock::new(|| {
    let content = bundled::load("en").content;
    let index = Index::new(&content, Analyzer::english());
    (content, index)
});

/// The small, valid content tree the loader tests start from.
static VALID: LazyLock<Vec<ContentFile>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let (files, problems) = content::read_dir(&root).expect("the valid fixture is readable");
    assert!(problems.is_empty(), "{problems:?}");
    files
});

fn check_ranges(text: &str, ranges: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    for r in ranges {
        prop_assert!(r.start < r.end, "empty range {:?} in {:?}", r, text);
        prop_assert!(r.end <= text.len(), "{:?} is outside {:?}", r, text);
        prop_assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{:?} splits a char of {:?}",
            r,
            text
        );
    }
    Ok(())
}

fn check_hits(hits: &[Hit], limit: usize) -> Result<(), TestCaseError> {
    prop_assert!(hits.len() <= limit);
    for hit in hits {
        prop_assert!(hit.score.is_finite());
        check_ranges(&hit.title, &hit.title_ranges)?;
        if let Some(snippet) = &hit.snippet {
            check_ranges(&snippet.text, &snippet.ranges)?;
        }
    }
    Ok(())
}

/// Queries built from pieces a worker, a paste or a cat on the keyboard might produce.
fn query_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<char>().prop_map(String::from),
        "[a-zA-Z]{1,12}",
        "[ăâîșțëéü’'`\\-]{1,4}",
        "\\PC{1,8}",
        Just("shouting".to_owned()),
        Just("angy".to_owned()),
        Just("Șefu".to_owned()),
        Just("生气".to_owned()),
        Just("кричит".to_owned()),
        Just("\u{0}\u{202E}\u{200B}".to_owned()),
        Just("😠".to_owned()),
        Just(" ".to_owned()),
    ]
}

/// Edits to a valid file: overwrite, insert or delete one byte at a relative position.
#[derive(Debug, Clone)]
enum Edit {
    Set(f64, u8),
    Insert(f64, u8),
    Delete(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Edit::Set(at, b)),
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Edit::Insert(at, b)),
        (0.0..1.0f64).prop_map(Edit::Delete),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    // `at` is in 0..1, so the index is inside the file.
    let index = |at: f64, len: usize| ((at * len as f64) as usize).min(len);
    for e in edits {
        match *e {
            Edit::Set(at, b) if !bytes.is_empty() => {
                let i = index(at, bytes.len() - 1);
                bytes[i] = b;
            }
            Edit::Insert(at, b) => {
                let i = index(at, bytes.len());
                bytes.insert(i, b);
            }
            Edit::Delete(at) if !bytes.is_empty() => {
                let i = index(at, bytes.len() - 1);
                bytes.remove(i);
            }
            _ => {}
        }
    }
    bytes
}

/// The valid tree with the file at `path` replaced by (or added as) `bytes`.
fn with_file(path: &str, bytes: Vec<u8>) -> (Vec<ContentFile>, String) {
    let display = format!("fuzz/{path}");
    let mut files: Vec<ContentFile> = VALID.iter().filter(|f| f.path != path).cloned().collect();
    files.push(ContentFile {
        path: path.to_owned(),
        display: display.clone(),
        bytes: bytes.into(),
        unread: false,
        layer: 0,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    (files, display)
}

fn valid_bytes(path: &str) -> Vec<u8> {
    VALID
        .iter()
        .find(|f| f.path == path)
        .map(|f| f.bytes.to_vec())
        .unwrap_or_default()
}

/// Loading never panics, every problem is well formed, and the file is accounted for:
/// it either produced a problem or its item was kept. Items from the other files stay.
fn check_load(
    files: &[ContentFile],
    display: &str,
    item_kept: impl Fn(&Content) -> bool,
) -> Result<(), TestCaseError> {
    let loaded = content::load(files, "en");
    for problem in &loaded.problems {
        prop_assert!(problem.position.line >= 1 && problem.position.column >= 1);
        let shown = problem.to_string();
        let prefix = format!(
            "{}:{}:{}: ",
            problem.file, problem.position.line, problem.position.column
        );
        prop_assert!(shown.starts_with(&prefix), "{}", shown);
        prop_assert!(
            shown.len() > prefix.len(),
            "a problem without a message: {}",
            shown
        );
    }
    let reported = loaded.problems.iter().any(|p| p.file == display);
    prop_assert!(
        reported || item_kept(&loaded.content),
        "the file neither produced a problem nor an item"
    );
    Ok(())
}

const CARD: &str = "en/customer-types/zz-fuzz.ron";

/// Inputs per property: 256 in `cargo test`; the fuzzing run sets `DEFUSE_FUZZ_CASES`
/// (README, "Fuzzing": a million and more over the loader and search).
fn cases() -> u32 {
    std::env::var("DEFUSE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_string_searches_without_panicking(query in any::<String>(), limit in 0usize..20) {
        let hits = BUNDLED.1.search(&query, limit);
        check_hits(&hits, limit)?;
    }

    #[test]
    fn any_mixture_of_words_and_symbols_searches_cleanly(
        pieces in prop::collection::vec(query_piece(), 0..40),
        limit in 1usize..20,
    ) {
        let query = pieces.concat();
        let hits = BUNDLED.1.search(&query, limit);
        check_hits(&hits, limit)?;
        let spaced = BUNDLED.1.search(&pieces.join(" "), limit);
        check_hits(&spaced, limit)?;
        // Every hit is a real item of the content.
        for hit in hits.iter().chain(&spaced) {
            let item = BUNDLED.0.get(&hit.id);
            prop_assert!(item.is_some(), "unknown id {}", hit.id);
            prop_assert_eq!(item.map(|i| i.kind()), Some(hit.kind));
        }
    }

    #[test]
    fn arbitrary_bytes_as_a_card_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let (files, display) = with_file(CARD, bytes);
        check_load(&files, &display, |c| c.customer_types.len() > 3)?;
    }

    #[test]
    fn arbitrary_text_as_a_card_never_panics(text in "\\PC{0,400}") {
        let (files, display) = with_file(CARD, text.into_bytes());
        check_load(&files, &display, |c| c.customer_types.len() > 3)?;
    }

    #[test]
    fn an_edited_card_never_panics(edits in prop::collection::vec(edit(), 1..8)) {
        // A copy of a valid card under a new name and id, then damaged.
        let card = String::from_utf8(valid_bytes("en/customer-types/angry.ron"))
            .expect("the fixture is UTF-8")
            .replace("\"angry\"", "\"zz-fuzz\"");
        let (files, display) = with_file(CARD, apply(card.into_bytes(), &edits));
        let loaded = content::load(&files, "en");
        // The three valid cards of the other files are always kept.
        for id in ["angry", "talkative", "indecisive"] {
            prop_assert!(loaded.content.customer_type(id).is_some(), "{} was lost", id);
        }
        check_load(&files, &display, |c| c.customer_types.len() > 3)?;
    }

    #[test]
    fn a_truncated_file_never_panics(cut in 0.0..1.0f64, which in 0usize..6) {
        let file = &VALID[which % VALID.len()];
        let end = (cut * file.bytes.len() as f64) as usize;
        let (files, display) = with_file(&file.path, file.bytes[..end].to_vec());
        let loaded = content::load(&files, "en");
        // Cutting a file short always breaks it, except cutting nothing but the last newline.
        let whole = file.bytes[end..].iter().all(u8::is_ascii_whitespace);
        prop_assert!(
            whole || loaded.problems.iter().any(|p| p.file == display),
            "{} cut at {} gave no problem", file.path, end
        );
    }

    #[test]
    fn arbitrary_bytes_as_sources_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let (files, display) = with_file("sources.ron", bytes);
        let loaded = content::load(&files, "en");
        // With no sources every citation dangles, but no item is dropped for it.
        prop_assert_eq!(loaded.content.items().count(), 7);
        check_load(&files, &display, |c| !c.sources.is_empty())?;
    }

    #[test]
    fn edited_sources_never_panic(edits in prop::collection::vec(edit(), 1..8)) {
        let (files, display) = with_file("sources.ron", apply(valid_bytes("sources.ron"), &edits));
        let loaded = content::load(&files, "en");
        prop_assert_eq!(loaded.content.items().count(), 7);
        check_load(&files, &display, |c| !c.sources.is_empty())?;
    }
}
