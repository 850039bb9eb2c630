//! How one language's words become search terms: stop words, stems and the thesaurus.
//! Folding (case, diacritics) is shared by every language (`normalize`); the rest is
//! chosen per language here, so another language plugs in beside English.

use std::{borrow::Cow, sync::LazyLock};

use rust_stemmers::{Algorithm, Stemmer};

use super::{
    shorthand::{self, Shorthand},
    thesaurus::{self, Thesaurus},
};

/// Words that say little about which card is wanted ("customer shouting at me").
#[rustfmt::skip]
const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "an", "the", "at", "to", "me", "my", "i", "im", "is",
    "are", "was", "be", "been", "her", "his", "him", "she", "he", "they",
    "them", "their", "it", "its", "of", "on", "in", "and", "or", "for",
    "with", "who", "what", "how", "do", "does", "did", "about", "keeps", "this",
    "that", "when", "so", "very",
    "said", "says", "say", "told", "will", "would", "just", "going", "has", "have",
    "had", "we", "you", "your", "us", "our", "hes", "shes", "theyre", "youre",
    "ive", "really", "having", "getting", "got", "get", "gets", "there", "then", "now",
    "up", "down", "off", "out", "away", "back", "over", "place", "please", "again",
];

/// Who it is says less than what is happening ("customer", "two guys"): these count as
/// stop words in every form, so "blokes" and "ladies" are as silent as "bloke" and
/// "lady".
#[rustfmt::skip]
const ENGLISH_WHO_WORDS: &[&str] = &[
    "customer", "client", "someone", "person", "people",
    "man", "woman", "lady", "guy", "bloke", "gentleman", "men", "women", "gentlemen",
];

/// The one stem of every English reflexive pronoun. Whom an act is done to decides
/// the card: "kill himself" is about self-harm, "kill me" a threat, so "herself",
/// "themselves" and "myself" must each find words written with any of the others.
const REFLEXIVE_STEM: &str = "oneself";

fn is_reflexive(folded: &str) -> bool {
    matches!(
        folded,
        "myself"
            | "yourself"
            | "himself"
            | "herself"
            | "themself"
            | "themselves"
            | "oneself"
            | "ourselves"
            | "yourselves"
    )
}

/// The text analysis of one language, given to [`super::Index::new`], which uses it
/// for the content and for every query.
pub struct Analyzer {
    stop_words: &'static [&'static str],
    /// The stems of the words for who it is, silent in every form.
    who_stems: Vec<String>,
    stemmer: Option<Stemmer>,
    /// Parsed on first use, not when the analyser is made.
    thesaurus: Option<&'static LazyLock<Thesaurus>>,
    /// Chat shorthand ("kys", "idk"), parsed on first use too.
    shorthand: Option<&'static LazyLock<Shorthand>>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("stop_words", &self.stop_words.len())
            .field("stemmer", &self.stemmer.is_some())
            .field("thesaurus", &self.thesaurus.is_some())
            .field("shorthand", &self.shorthand.is_some())
            .finish_non_exhaustive()
    }
}

impl Analyzer {
    /// The analyser for a content language code ("en"). Our other languages keep
    /// English's while their content is English with some items translated: every
    /// item still carries its English keywords, and an English query must route as it
    /// does in English (safety first); each gets its own when its content is whole.
    /// Any other language gets folding and typo tolerance only.
    pub fn for_language(code: &str) -> Self {
        match crate::strings::Language::from_code(code) {
            Some(_) => Self::english(),
            None => Self::plain(),
        }
    }

    /// English: stop words, the Snowball stemmer, and the WordNet thesaurus.
    pub fn english() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let who_stems = ENGLISH_WHO_WORDS
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        Self {
            stop_words: ENGLISH_STOP_WORDS,
            who_stems,
            stemmer: Some(stemmer),
            thesaurus: Some(thesaurus::english()),
            shorthand: Some(shorthand::english()),
        }
    }

    /// Folding and typo tolerance only: no stop words, stems or synonyms.
    pub fn plain() -> Self {
        Self {
            stop_words: &[],
            who_stems: Vec::new(),
            stemmer: None,
            thesaurus: None,
            shorthand: None,
        }
    }

    /// The same analyser without its thesaurus, to measure what the thesaurus adds.
    pub fn without_thesaurus(self) -> Self {
        Self {
            thesaurus: None,
            ..self
        }
    }

    /// Whether a folded word is too common to count when other words are typed.
    pub fn is_stop_word(&self, folded: &str) -> bool {
        if self.stop_words.contains(&folded) {
            return true;
        }
        if self.who_stems.is_empty() {
            return false;
        }
        let stem = self.stem(folded);
        self.who_stems.iter().any(|s| *s == stem)
    }

    /// The stem of a folded word ("shouting" → "shout"). Only plain ASCII words are
    /// stemmed: the English rules would mangle the other scripts' keywords.
    pub fn stem<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        match &self.stemmer {
            Some(_) if is_reflexive(folded) => Cow::Borrowed(REFLEXIVE_STEM),
            Some(stemmer) if folded.bytes().all(|b| b.is_ascii_lowercase()) => stemmer.stem(folded),
            _ => Cow::Borrowed(folded),
        }
    }

    pub(super) fn thesaurus(&self) -> Option<&'static Thesaurus> {
        self.thesaurus.map(LazyLock::force)
    }

    pub(super) fn shorthand(&self) -> Option<&'static Shorthand> {
        self.shorthand.map(LazyLock::force)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stems_inflections_alike() {
        let en = Analyzer::english();
        for (a, b) in [
            ("shouting", "shouted"),
            ("insulted", "insulting"),
            ("threatened", "threatening"),
            ("rudeness", "rude"),
        ] {
            assert_eq!(en.stem(a), en.stem(b), "{a} / {b}");
        }
        assert_ne!(en.stem("bed"), en.stem("being"));
        for reflexive in ["himself", "herself", "themselves", "themself", "myself"] {
            assert_eq!(en.stem(reflexive), en.stem("yourself"), "{reflexive}");
        }
        assert_ne!(en.stem("himself"), en.stem("him"));
        assert_eq!(en.stem("кричит"), "кричит");
    }

    #[test]
    fn plain_keeps_every_word_whole() {
        let plain = Analyzer::plain();
        assert_eq!(plain.stem("shouting"), "shouting");
        assert!(!plain.is_stop_word("the"));
        assert!(plain.thesaurus().is_none());
        assert!(Analyzer::english().is_stop_word("the"));
        for who in ["guys", "blokes", "ladies", "customers", "persons"] {
            assert!(Analyzer::english().is_stop_word(who), "{who}");
        }
        assert!(!Analyzer::english().is_stop_word("manager"));
    }
}
