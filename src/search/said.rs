//! Keywords said in full: a card whose whole keyword phrase stands in the query, word
//! after word ("she's going to hurt herself" holds "going to hurt herself"), is what
//! the worker means, however many other words the story shares with other cards.

use std::collections::HashMap;

use super::analyzer::Analyzer;

/// Each keyword and title of every item, as the stems of its words that are not stop
/// words, looked up by its first.
#[derive(Debug, Default)]
pub(super) struct Said {
    by_first: HashMap<Box<str>, Vec<Keyword>>,
}

/// An item and the stems of one of its keywords after the first.
type Keyword = (u32, Box<[Box<str>]>);

impl Said {
    /// Adds a keyword or title of item `doc`, as the stems of its words that are not
    /// stop words, if it has at least `least` of them.
    pub fn add<'a>(&mut self, doc: u32, stems: impl IntoIterator<Item = &'a str>, least: usize) {
        let stems: Vec<&str> = stems.into_iter().collect();
        let Some((first, rest)) = stems.split_first().filter(|_| stems.len() >= least) else {
            return;
        };
        let rest: Box<[Box<str>]> = rest.iter().map(|&s| s.into()).collect();
        // Looked up before a key is made: most first words are already there.
        let entries = match self.by_first.get_mut(*first) {
            Some(entries) => entries,
            None => self.by_first.entry((*first).into()).or_default(),
        };
        if !entries.iter().any(|(d, r)| *d == doc && *r == rest) {
            entries.push((doc, rest));
        }
    }

    /// For each item with a keyword said in full in `query` (its stems, as
    /// [`content_stems`] makes them), how many words the longest such keyword has.
    pub fn in_query(&self, query: &[String]) -> HashMap<u32, usize> {
        let mut longest: HashMap<u32, usize> = HashMap::new();
        for (i, stem) in query.iter().enumerate() {
            let Some(entries) = self.by_first.get(stem.as_str()) else {
                continue;
            };
            let after = &query[i + 1..];
            for (doc, rest) in entries {
                let said = rest.len() <= after.len()
                    && rest.iter().zip(after).all(|(want, got)| **want == **got);
                if said {
                    let n = longest.entry(*doc).or_default();
                    *n = (*n).max(rest.len() + 1);
                }
            }
        }
        longest
    }
}

/// The stems of `words` that are not stop words, in order: what must stand side by
/// side for a keyword to be said in full ("going to hurt herself" is "hurt oneself").
/// The index keeps the same for its keywords, from the stems and stop words it works
/// out once per word.
pub(super) fn content_stems<'a>(
    words: impl IntoIterator<Item = &'a str>,
    analyzer: &Analyzer,
) -> Vec<String> {
    words
        .into_iter()
        .filter(|w| !analyzer.is_stop_word(w))
        .map(|w| analyzer.stem(w).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said_least(keywords: &[&str], query: &str, least: usize) -> HashMap<u32, usize> {
        let analyzer = Analyzer::english().without_thesaurus();
        let mut said = Said::default();
        for (doc, keyword) in keywords.iter().enumerate() {
            let stems = content_stems(keyword.split(' '), &analyzer);
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            said.add(doc, stems.iter().map(String::as_str), least);
        }
        said.in_query(&content_stems(query.split(' '), &analyzer))
    }

    fn said(keywords: &[&str], query: &str) -> HashMap<u32, usize> {
        said_least(keywords, query, 1)
    }

    #[test]
    fn a_keyword_is_said_when_its_words_stand_in_order_between_stop_words() {
        let keywords = ["going to hurt herself", "hurt", "fainted"];
        let found = said(&keywords, "teen girl told me she is going to hurt herself");
        assert_eq!(found.get(&0), Some(&2));
        assert_eq!(found.get(&1), Some(&1));
        assert_eq!(found.get(&2), None);
        assert_eq!(said(&keywords, "he fainting").get(&2), Some(&1), "by stem");
    }

    #[test]
    fn a_keyword_shorter_than_the_least_is_not_kept() {
        let keywords = ["queue", "cut the queue"];
        let found = said_least(&keywords, "she cut the queue", 2);
        assert_eq!(found.get(&0), None);
        assert_eq!(found.get(&1), Some(&2));
    }

    #[test]
    fn words_out_of_order_or_apart_are_not_said() {
        let keywords = ["wants to die", "hand over the money"];
        assert!(said(&keywords, "die wants").is_empty());
        assert!(!said(&keywords, "the money in his hand").contains_key(&1));
        assert_eq!(
            said(&keywords, "uncle want to die already").get(&0),
            Some(&2)
        );
    }
}
