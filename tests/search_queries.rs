//! Queries written the way workers type them (`tests/search-queries/*.tsv`, one
//! `query<TAB>id [id…]` a line). In `eval-*.tsv` files, a test set scored as a whole:
//! hit@1 and hit@3 are printed and hit@3 is held to a floor. Issue 9's goal of 95% was
//! met (95.7%) until eight new cards with wide safety vocabulary joined the content
//! (issue 17) and took it to 89.2%; the README says so, and the floor holds the
//! ground. In the others, every query
//! must rank one of its ids in the top 3. Cases naming only items that are not in the
//! content (yet) are skipped and counted.

use std::{fs, path::Path, sync::OnceLock};

use defuse::{
    content::{Content, bundled},
    search::{Analyzer, Index},
};

/// What the evaluation set holds now (89.2%, after the safety cards of issue 17): a
/// change that loses queries says so.
const EVAL_FLOOR: f64 = 0.89;
/// What the held-out sets reached when first scored blind (63.8% and 71.2%), less a
/// margin.
const HOLDOUT_FLOOR: f64 = 0.60;
/// An evaluation set smaller than this says little.
const EVAL_MIN_QUERIES: usize = 150;

struct Case {
    at: String,
    query: String,
    ids: Vec<String>,
}

struct QueryFile {
    name: String,
    cases: Vec<Case>,
}

fn query_files() -> Vec<QueryFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-queries");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("tests/search-queries exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("query file is readable");
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let cases = text
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
                .map(|(n, line)| {
                    let at = format!("{name}:{}", n + 1);
                    let (query, ids) = line
                        .split_once('\t')
                        .unwrap_or_else(|| panic!("{at}: expected `query<TAB>id`"));
                    Case {
                        at,
                        query: query.trim().to_owned(),
                        ids: ids.split_whitespace().map(str::to_owned).collect(),
                    }
                })
                .collect();
            QueryFile { name, cases }
        })
        .collect()
}

/// Where the first of `ids` ranks in the top 3 for `query`, if it does.
fn rank(index: &Index, query: &str, ids: &[&str]) -> (Option<usize>, Vec<String>) {
    let top: Vec<String> = index.search(query, 3).into_iter().map(|h| h.id).collect();
    (top.iter().position(|id| ids.contains(&id.as_str())), top)
}

/// The ids of `case` that the content has; `None` when it has none of them.
fn known_ids<'a>(case: &'a Case, content: &Content) -> Option<Vec<&'a str>> {
    let known: Vec<&str> = case
        .ids
        .iter()
        .map(String::as_str)
        .filter(|id| content.get(id).is_some())
        .collect();
    (!known.is_empty()).then_some(known)
}

/// How one query file scored.
struct Score {
    name: String,
    eval: bool,
    /// Written after the search was tuned, by someone who saw neither it nor the
    /// evaluation set: it tells whether the figures hold for wordings nobody tuned for.
    holdout: bool,
    queries: usize,
    scored: usize,
    hit1: usize,
    hit3: usize,
    misses: Vec<String>,
}

impl Score {
    fn hit3(&self) -> f64 {
        self.hit3 as f64 / self.scored.max(1) as f64
    }
}

/// Every query file scored against the bundled content, figures printed once.
fn scores() -> &'static [Score] {
    static SCORES: OnceLock<Vec<Score>> = OnceLock::new();
    SCORES.get_or_init(score_files)
}

fn score_files() -> Vec<Score> {
    let loaded = bundled::load("en");
    let index = Index::new(&loaded.content, Analyzer::english());
    let plain = Index::new(&loaded.content, Analyzer::english().without_thesaurus());
    let files = query_files();
    assert!(
        files.iter().map(|f| f.cases.len()).sum::<usize>() >= 20,
        "expected the query files to be filled in"
    );
    files
        .iter()
        .map(|file| {
            let mut score = Score {
                name: file.name.clone(),
                eval: file.name.starts_with("eval-") || file.name.starts_with("holdout-"),
                holdout: file.name.starts_with("holdout-"),
                queries: file.cases.len(),
                scored: 0,
                hit1: 0,
                hit3: 0,
                misses: Vec::new(),
            };
            let (mut skipped, mut via_thesaurus) = (0, 0);
            for case in &file.cases {
                let Some(ids) = known_ids(case, &loaded.content) else {
                    skipped += 1;
                    continue;
                };
                score.scored += 1;
                let (at, top) = rank(&index, &case.query, &ids);
                score.hit1 += usize::from(at == Some(0));
                score.hit3 += usize::from(at.is_some());
                if at.is_some() && rank(&plain, &case.query, &ids).0.is_none() {
                    via_thesaurus += 1;
                }
                if at.is_none() {
                    score.misses.push(format!(
                        "{}: {:?} wants {:?}, top 3 are {top:?}",
                        case.at, case.query, ids
                    ));
                }
            }
            let pct = |n: usize| 100.0 * n as f64 / score.scored.max(1) as f64;
            println!(
                "{}: {} queries scored, {skipped} skipped (their items are not in the \
                 content): hit@1 {:.1}%, hit@3 {:.1}%, {via_thesaurus} in the top 3 only \
                 through the thesaurus",
                file.name,
                score.scored,
                pct(score.hit1),
                pct(score.hit3)
            );
            // A held-out set stays unseen: its misses are not printed, so nobody tunes
            // on them by accident.
            if !score.holdout {
                for miss in &score.misses {
                    println!("  miss {miss}");
                }
            }
            score
        })
        .collect()
}

#[test]
fn every_query_ranks_its_card_in_the_top_three() {
    let misses: Vec<&str> = scores()
        .iter()
        .filter(|s| !s.eval)
        .flat_map(|s| s.misses.iter().map(String::as_str))
        .collect();
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn workers_queries_do_not_lose_ground() {
    for score in scores().iter().filter(|s| s.eval) {
        assert!(
            score.queries >= EVAL_MIN_QUERIES,
            "{}: {} queries, expected at least {EVAL_MIN_QUERIES}",
            score.name,
            score.queries
        );
        let floor = if score.holdout {
            HOLDOUT_FLOOR
        } else {
            EVAL_FLOOR
        };
        assert!(
            score.hit3() >= floor,
            "{}: hit@3 {:.1}% fell below {:.0}%",
            score.name,
            100.0 * score.hit3(),
            100.0 * floor
        );
    }
}
