//! Whether a query is in another of our languages than English, as the content's own
//! words tell: then search by meaning also reads the cards' lines in those languages
//! (`heard_other_languages`), which would otherwise pull English stories towards the
//! cards that have the most of them.

use super::{Index, normalize::words};
use crate::meaning::vectors::Reach;

/// What a word of the content is, for telling a query's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WordLanguage {
    /// A word of the English text, by stem, or one the thesaurus knows.
    English,
    /// A word only another language's lines have.
    Other,
    /// Neither (a keyword's word in another script is here until a line has it).
    Unknown,
}

impl Index {
    /// Which passages search by meaning reads for `query`: every language's when it
    /// has letters of another script than Latin (Cyrillic, Chinese), or at least as
    /// many words only our other languages' lines have as English words (stop words,
    /// which languages share, and words the content lacks do not count).
    pub fn reach(&self, query: &str) -> Reach {
        if query.chars().any(|c| c.is_alphabetic() && !is_latin(c)) {
            return Reach::EveryLanguage;
        }
        let (mut english, mut other) = (0, 0);
        for word in words(query) {
            let folded = word.folded.as_str();
            if self.analyzer.is_stop_word(folded) {
                continue;
            }
            match self.word_language(folded) {
                WordLanguage::English => english += 1,
                WordLanguage::Other => other += 1,
                WordLanguage::Unknown => {}
            }
        }
        if other > 0 && other >= english {
            Reach::EveryLanguage
        } else {
            Reach::English
        }
    }

    /// A query word's language: by the word itself, else by a content word of its stem.
    fn word_language(&self, folded: &str) -> WordLanguage {
        let by_word = self
            .by_word
            .get(folded)
            .map(|&id| self.language[id as usize]);
        if let Some(known @ (WordLanguage::English | WordLanguage::Other)) = by_word {
            return known;
        }
        if self
            .analyzer
            .thesaurus()
            .is_some_and(|t| t.get(folded).is_some())
        {
            return WordLanguage::English;
        }
        let stem = self.analyzer.stem(folded);
        let mut of_stem = self
            .by_stem
            .get(stem.as_ref())
            .into_iter()
            .flatten()
            .map(|&id| self.language[id as usize]);
        of_stem
            .find(|l| *l != WordLanguage::Unknown)
            .unwrap_or(WordLanguage::Unknown)
    }
}

/// Whether `c` is a letter of the Latin script (with the accents Romanian, Afrikaans
/// and Malay use).
fn is_latin(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}
