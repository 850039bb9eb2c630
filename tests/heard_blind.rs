//! The `heard` lines stay blind to the query sets: a line that shares four words in a
//! row with a query, or most of its words, would score a test by repeating it. Such
//! lines were found twice after they were written (25, then 163 of 1,224) and taken
//! out; this keeps any from coming back. The sets of issue 22 (`blind-22/`) were
//! written after the lines, blind to them: the 23 lines they happen to share words with
//! (the short ways a worker says a safety situation: "顾客说要自杀 我该怎么办") are listed
//! in `blind-22/heard-before.txt` and stay; any other line may not. The threat sets
//! (`threats-dev/`, `threats-blind/`) came later still, and list theirs the same way,
//! as do the development sets of 6 December (`dev-23/`, 104 lines: written from plain
//! situations, they say things as the lines do).

use std::{collections::HashSet, fs, path::Path};

use defuse::{content::bundled, search::normalize::words};

/// Folded words; each ideograph counts as a word (Chinese has no spaces).
fn tokens(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .flat_map(|w| {
            if w.folded
                .chars()
                .all(defuse::search::normalize::is_ideograph)
            {
                w.folded.chars().map(String::from).collect()
            } else {
                vec![w.folded]
            }
        })
        .collect()
}

fn runs(tokens: &[String]) -> HashSet<&[String]> {
    tokens.windows(4).collect()
}

/// Every query of every set under `tests/search-queries`, as tokens.
fn queries(dir: &Path, out: &mut Vec<(String, Vec<String>)>) {
    for entry in fs::read_dir(dir).expect("query folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            queries(&path, out);
        } else if path.extension().is_some_and(|e| e == "tsv") {
            let text = fs::read_to_string(&path).expect("query set");
            let name = path.display().to_string();
            out.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(q, _)| (name.clone(), tokens(q))),
            );
        }
    }
}

/// The sets written after the heard lines, blind to them (issue 22): each folder's
/// `heard-before.txt` lists the lines it happens to share words with.
const LATER_SETS: [&str; 5] = [
    "blind-22",
    "threats-dev",
    "threats-blind",
    "dev-22",
    "dev-23",
];

#[test]
fn no_heard_line_repeats_a_test_query() {
    let mut sets = Vec::new();
    queries(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-queries"),
        &mut sets,
    );
    assert!(sets.len() > 1000, "{} queries", sets.len());
    let content = bundled::load("en").content;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-queries");
    // Each set written after the lines lists those it happens to share words with.
    let listed: Vec<(String, String)> = LATER_SETS
        .iter()
        .map(|set| {
            let file = root.join(set).join("heard-before.txt");
            let text = fs::read_to_string(&file).expect("the lines written before the set");
            ((*set).to_owned(), text)
        })
        .collect();
    let heard_before = |set: &str, line: &str| {
        listed
            .iter()
            .any(|(later, text)| set.contains(later.as_str()) && text.lines().any(|l| l == line))
    };
    let mut repeated = Vec::new();
    for card in &content.customer_types {
        for line in card.heard.iter().chain(&card.heard_other_languages) {
            let mine = tokens(line);
            let own: HashSet<&String> = mine.iter().collect();
            let my_runs = runs(&mine);
            let hit = sets.iter().find(|(set, query)| {
                let theirs: HashSet<&String> = query.iter().collect();
                let shared = own.intersection(&theirs).count() as f64;
                let jaccard = shared / own.union(&theirs).count().max(1) as f64;
                let repeats = jaccard >= 0.6 || query.windows(4).any(|r| my_runs.contains(r));
                repeats && !heard_before(set, line)
            });
            if let Some((set, _)) = hit {
                // The query itself is not printed: the blind sets stay blind.
                repeated.push(format!("{}: {line:?} repeats a query of {set}", card.id));
            }
        }
    }
    assert!(repeated.is_empty(), "{}", repeated.join("\n"));
}
