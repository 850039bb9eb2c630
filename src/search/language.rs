//! Whether a query is in another of our languages than English, as the content's own
//! words tell: then search by meaning also reads the cards' lines in those languages
//! (`heard_other_languages`), which would otherwise pull English stories towards the
//! cards that have the most of them.

use std::collections::HashSet;

use super::{
    Analyzer, Index,
    normalize::{folded, words},
};
use crate::{
    content::{Content, TextRole},
    meaning::vectors::Reach,
};

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
        if in_other_script(query) {
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

/// The English of the content, to tell a word's or a keyword's language: the stems
/// of its prose (titles, summaries, body text and steps, all written in English) and
/// the words the thesaurus knows. Keywords mix our languages ("kwaad", "client
/// furios"), and the other languages' lines are theirs.
#[derive(Debug)]
pub struct EnglishWords<'a> {
    analyzer: &'a Analyzer,
    stems: HashSet<String>,
    /// The prose words read so far, so each distinct word is stemmed once.
    read: HashSet<String>,
}

impl<'a> EnglishWords<'a> {
    /// None yet: [`read`](Self::read) the content's texts.
    pub fn new(analyzer: &'a Analyzer) -> Self {
        Self {
            analyzer,
            stems: HashSet::new(),
            read: HashSet::new(),
        }
    }

    /// The English of `content`, by `analyzer`'s stems and thesaurus.
    pub fn of(content: &Content, analyzer: &'a Analyzer) -> Self {
        let mut english = Self::new(analyzer);
        for (role, text) in content.items().flat_map(|item| item.texts()) {
            english.read(role, &text);
        }
        english
    }

    /// Reads one of the content's texts: its words count if it is prose (a title,
    /// summary, body text or step), all written in English.
    pub fn read(&mut self, role: TextRole, text: &str) {
        if !role.is_prose() {
            return;
        }
        for word in folded(text).split(' ').filter(|w| !w.is_empty()) {
            if !self.read.contains(word) {
                self.stems.insert(self.analyzer.stem(word).into_owned());
                self.read.insert(word.to_owned());
            }
        }
    }

    /// The English of the content's prose, given as its distinct folded words (the
    /// index has them already).
    pub(super) fn from_words<'w>(
        analyzer: &'a Analyzer,
        prose: impl IntoIterator<Item = &'w str>,
    ) -> Self {
        let stems = prose
            .into_iter()
            .map(|folded| analyzer.stem(folded).into_owned())
            .collect();
        Self {
            stems,
            ..Self::new(analyzer)
        }
    }

    /// Whether a folded word is English: of our prose, by stem, or known to the
    /// thesaurus (code-switched "till", "counter").
    pub fn has(&self, folded: &str) -> bool {
        self.stems.contains(self.analyzer.stem(folded).as_ref())
            || self
                .analyzer
                .thesaurus()
                .is_some_and(|t| t.get(folded).is_some())
    }

    /// Whether `text` is English: no letters of another script, and more than half of
    /// its words but stop words English, so that English slang stays English ("threw a
    /// hissy fit").
    pub fn is_english(&self, text: &str) -> bool {
        if in_other_script(text) {
            return false;
        }
        let (mut english, mut counted) = (0, 0);
        for word in words(text) {
            let folded = word.folded.as_str();
            if self.analyzer.is_stop_word(folded) || !folded.chars().any(char::is_alphabetic) {
                continue;
            }
            counted += 1;
            english += usize::from(self.has(folded));
        }
        english * 2 > counted || counted == 0
    }
}

/// Whether `text` has a letter of another script than Latin (Cyrillic, Chinese); the
/// Latin script includes the accents Romanian, Afrikaans and Malay use.
pub(super) fn in_other_script(text: &str) -> bool {
    let latin =
        |c: char| c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}');
    text.chars().any(|c| c.is_alphabetic() && !latin(c))
}
