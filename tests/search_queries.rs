//! Queries written the way workers type them (`tests/search-queries/*.tsv`, one
//! `query<TAB>id [id…]` a line), each answered by a card that must rank in the top 3.

use std::{fs, path::Path};

use defuse::{content::bundled, search::Index};

struct Case {
    at: String,
    query: String,
    ids: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-queries");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("tests/search-queries exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("query file is readable");
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("{}:{}", name.as_deref().unwrap_or("?"), n + 1);
            let (query, ids) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{at}: expected `query<TAB>id`"));
            cases.push(Case {
                at,
                query: query.trim().to_owned(),
                ids: ids.split_whitespace().map(str::to_owned).collect(),
            });
        }
    }
    cases
}

#[test]
fn every_query_ranks_its_card_in_the_top_three() {
    let loaded = bundled::load("en");
    let index = Index::new(&loaded.content);
    let cases = cases();
    let mut misses = Vec::new();
    let (mut hit1, mut hit3) = (0, 0);
    for case in &cases {
        for id in &case.ids {
            assert!(
                loaded.content.get(id).is_some(),
                "{}: `{id}` is not a bundled item",
                case.at
            );
        }
        let top: Vec<String> = index
            .search(&case.query, 3)
            .into_iter()
            .map(|h| h.id)
            .collect();
        let rank = top.iter().position(|id| case.ids.contains(id));
        hit1 += usize::from(rank == Some(0));
        hit3 += usize::from(rank.is_some());
        if rank.is_none() {
            misses.push(format!(
                "{}: {:?} wants {:?}, top 3 are {top:?}",
                case.at, case.query, case.ids
            ));
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / cases.len().max(1) as f64;
    println!(
        "{} queries: hit@1 {:.1}%, hit@3 {:.1}%",
        cases.len(),
        pct(hit1),
        pct(hit3)
    );
    assert!(
        cases.len() >= 20,
        "expected the query files to be filled in"
    );
    assert!(
        misses.is_empty(),
        "{} of {} queries miss the top 3:\n{}",
        misses.len(),
        cases.len(),
        misses.join("\n")
    );
}
