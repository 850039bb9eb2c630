//! Query sets and their hit@1 and hit@3, by words alone and with the sentence model:
//! shared by the search tests and `examples/measure_analysers.rs` (which includes this
//! file by path), so every figure they print is counted the same way.

use std::{fs, path::Path};

use defuse::{
    meaning::Meaning,
    search::{Index, fusion},
};

/// A query set under `tests/search-queries` (`blind/en.tsv`): each query and the ids
/// that count as right for it, comments and blank lines left out.
pub fn query_set(file: &str) -> Vec<(String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/search-queries")
        .join(file);
    fs::read_to_string(&path)
        .expect("query set exists")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (q, ids) = l.split_once('\t')?;
            Some((
                q.trim().to_owned(),
                ids.split_whitespace().map(str::to_owned).collect(),
            ))
        })
        .collect()
}

/// Right first and right in the top three, by words alone and with the model.
#[derive(Debug, Default)]
pub struct Tally {
    /// Words hit@1, words hit@3, with the model hit@1, with the model hit@3.
    counts: [usize; 4],
    queries: usize,
}

impl Tally {
    /// Counts `query`, right if one of `ids` is found; returns the top three with the
    /// model, for the caller's own checks.
    pub fn add(
        &mut self,
        index: &Index,
        meaning: &Meaning,
        query: &str,
        ids: &[String],
    ) -> Vec<String> {
        let words: Vec<String> = index.search(query, 3).into_iter().map(|h| h.id).collect();
        let both: Vec<String> = fusion::search(index, Some(meaning), query, 3)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        for (n, top) in [&words, &both].into_iter().enumerate() {
            let at = top.iter().position(|id| ids.contains(id));
            self.counts[n * 2] += usize::from(at == Some(0));
            self.counts[n * 2 + 1] += usize::from(at.is_some());
        }
        self.queries += 1;
        both
    }

    /// Words hit@1, words hit@3, then the same with the model, as fractions.
    pub fn fractions(&self) -> [f64; 4] {
        let n = self.queries.max(1) as f64;
        self.counts.map(|c| c as f64 / n)
    }
}
