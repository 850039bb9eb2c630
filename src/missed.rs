//! Searches that found nothing the worker opened, counted per query, so a trainer can
//! see which wordings the guidance misses. Kept in our own file (`missed.ron`) beside
//! the favourites, written atomically; a bad file is set aside, never dropped silently.
//! Recording is off unless the user turns it on: the setting lives in the app, this
//! module only stores.

use serde::{Deserialize, Serialize};

use crate::user_file::{FileStore, UserFile};

/// The file's name in the data folder.
pub const FILE_NAME: &str = "missed.ron";
/// At most this many distinct queries are kept; past it the least asked is dropped.
pub const MAX_QUERIES: usize = 500;
/// A query is kept to this many characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// One abandoned query and how often it was abandoned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedQuery {
    pub query: String,
    pub count: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Missed {
    /// Most asked first; ties in the order first recorded.
    pub queries: Vec<MissedQuery>,
}

impl Missed {
    /// Counts one more abandoned search for `query`, as the worker typed it (lower
    /// case, white space and control characters collapsed to single spaces). Returns
    /// false for a blank query, which is not recorded.
    pub fn record(&mut self, query: &str) -> bool {
        let query = tidy(query);
        if query.is_empty() {
            return false;
        }
        match self.queries.iter().position(|q| q.query == query) {
            Some(i) => {
                let count = &mut self.queries[i].count;
                *count = count.saturating_add(1);
            }
            None => {
                if self.queries.len() >= MAX_QUERIES {
                    // The last is the least asked (and the newest of those).
                    self.queries.pop();
                }
                self.queries.push(MissedQuery { query, count: 1 });
            }
        }
        // Stable: equal counts keep the order they were first recorded in.
        self.queries.sort_by_key(|q| std::cmp::Reverse(q.count));
        true
    }

    pub fn clear(&mut self) {
        self.queries.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.queries.is_empty()
    }

    /// `query<TAB>count` lines under a header, for a spreadsheet.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from("query\tcount\n");
        for q in &self.queries {
            out.push_str(&format!("{}\t{}\n", q.query, q.count));
        }
        out
    }
}

impl UserFile for Missed {
    const FILE_NAME: &'static str = FILE_NAME;

    /// Keeps what a hand-edited file may have broken within bounds: tidy, merged,
    /// sorted and capped.
    fn normalised(self) -> Self {
        let mut tidy_copy = Self::default();
        // Where each query already stands: a file at its size cap holds tens of
        // thousands, and a search of the list for each was quadratic.
        let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for q in self.queries {
            let query = tidy(&q.query);
            if query.is_empty() || q.count == 0 {
                continue;
            }
            match at.get(&query) {
                Some(&i) => {
                    let t = &mut tidy_copy.queries[i];
                    t.count = t.count.saturating_add(q.count);
                }
                None => {
                    at.insert(query.clone(), tidy_copy.queries.len());
                    tidy_copy.queries.push(MissedQuery {
                        query,
                        count: q.count,
                    });
                }
            }
        }
        tidy_copy
            .queries
            .sort_by_key(|q| std::cmp::Reverse(q.count));
        tidy_copy.queries.truncate(MAX_QUERIES);
        tidy_copy
    }
}

/// Lower case, runs of white space and control characters as one space, trimmed, and
/// cut to `MAX_QUERY_CHARS`: one line that prints and exports safely.
fn tidy(query: &str) -> String {
    let mut out = String::new();
    for word in query
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    match out.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => out[..end].trim_end().to_owned(),
        None => out,
    }
}

/// Where missed searches live: `missed.ron`, kept like favourites.
pub type MissedStore = FileStore<Missed>;

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn counts_per_query_most_asked_first() {
        let mut missed = Missed::default();
        assert!(missed.record("squaring up"));
        assert!(missed.record("Widowed"));
        assert!(missed.record("  widowed\t"));
        assert!(!missed.record(" \n "));
        assert_eq!(
            missed.queries,
            [
                MissedQuery {
                    query: "widowed".into(),
                    count: 2
                },
                MissedQuery {
                    query: "squaring up".into(),
                    count: 1
                },
            ]
        );
        assert_eq!(
            missed.to_tsv(),
            "query\tcount\nwidowed\t2\nsquaring up\t1\n"
        );
        missed.clear();
        assert!(missed.is_empty());
    }

    #[test]
    fn queries_are_one_safe_line_and_bounded() {
        let mut missed = Missed::default();
        missed.record("tab\there\u{1b}[31m new\nline");
        assert_eq!(missed.queries[0].query, "tab here [31m new line");
        missed.record(&"x".repeat(10_000));
        assert!(
            missed
                .queries
                .iter()
                .all(|q| q.query.chars().count() <= MAX_QUERY_CHARS)
        );
        for i in 0..2 * MAX_QUERIES {
            missed.record(&format!("query {i}"));
        }
        assert_eq!(missed.queries.len(), MAX_QUERIES);
    }

    #[test]
    fn saves_and_loads_round_trip() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut store = MissedStore::in_dir(dir.path());
        let mut missed = Missed::default();
        missed.record("livid");
        missed.record("livid");
        store.save(&missed)?;
        assert_eq!(store.load(), (missed, None));
        assert!(!dir.path().join("missed.tmp").exists());
        Ok(())
    }

    #[test]
    fn a_hand_edited_file_is_tidied() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        fs::write(
            dir.path().join(FILE_NAME),
            r#"(queries: [(query: "Livid", count: 1), (query: "livid ", count: 2), (query: "", count: 5), (query: "x", count: 0)])"#,
        )?;
        let (missed, notice) = MissedStore::in_dir(dir.path()).load();
        assert_eq!(notice, None);
        assert_eq!(
            missed.queries,
            [MissedQuery {
                query: "livid".into(),
                count: 3
            }]
        );
        Ok(())
    }
}
