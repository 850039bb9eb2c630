//! The content library: the ordered layers (bundled content, installed packs,
//! `--content` folders) and a language chain ending in English go in; the validated
//! content and its search index come out, together. The app at start-up, the folder
//! watcher, Ctrl+R and the command line all ask it, so none of them picks a language
//! or builds an index its own way.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::{
    content::{self, Content, DEFAULT_LANGUAGE, Loaded, Problem},
    pack_signature::SignatureState,
    packs::{Layers, Sources},
    search::{Analyzer, Index},
};

/// Languages in order of preference. English, which every item is written in, is
/// always last, so the chain always ends in content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageChain(Vec<String>);

impl Default for LanguageChain {
    fn default() -> Self {
        Self::english()
    }
}

impl LanguageChain {
    /// English alone.
    pub fn english() -> Self {
        Self(vec![DEFAULT_LANGUAGE.to_owned()])
    }

    /// `preferred` in order, each once, then English.
    pub fn new<S: AsRef<str>>(preferred: impl IntoIterator<Item = S>) -> Self {
        let mut chain: Vec<String> = Vec::new();
        for language in preferred {
            let language = language.as_ref().trim();
            if !language.is_empty() && !chain.iter().any(|l| l == language) {
                chain.push(language.to_owned());
            }
        }
        chain.retain(|l| l != DEFAULT_LANGUAGE);
        chain.push(DEFAULT_LANGUAGE.to_owned());
        Self(chain)
    }

    /// The languages, most preferred first; the last is English.
    pub fn languages(&self) -> &[String] {
        &self.0
    }

    /// The first language of the chain that `available` (the languages the layers
    /// hold files for) has, else English.
    pub fn pick(&self, available: &[String]) -> &str {
        self.0
            .iter()
            .find(|l| available.contains(l))
            .map_or(DEFAULT_LANGUAGE, String::as_str)
    }
}

/// Validated content, its search index, the language they are in, and what loading
/// found.
#[derive(Debug)]
pub struct Library {
    pub content: Content,
    pub index: Index,
    pub language: String,
    pub problems: Vec<Problem>,
    /// Each pack folder's signature state, as loading checked it.
    pub signatures: Vec<(PathBuf, Result<SignatureState, String>)>,
}

impl Library {
    /// `content`, already validated, indexed for `language`.
    pub fn from_content(content: Content, language: &str) -> Self {
        Self::from_loaded(
            Loaded {
                content,
                problems: Vec::new(),
            },
            language,
        )
    }

    fn from_loaded(loaded: Loaded, language: &str) -> Self {
        let index = Index::new(&loaded.content, Analyzer::for_language(language));
        Self::with_index(loaded, language, index)
    }

    fn with_index(loaded: Loaded, language: &str, index: Index) -> Self {
        Self {
            content: loaded.content,
            index,
            language: language.to_owned(),
            problems: loaded.problems,
            signatures: Vec::new(),
        }
    }

    /// The bundled content alone, in the chain's first language it holds.
    pub fn bundled(chain: &LanguageChain) -> Self {
        Self::of_layers(&Layers::bundled(), chain, today())
    }

    /// As [`bundled`](Self::bundled), with an empty index: for a first frame that
    /// searches nothing. Indexing takes 30-40 ms of a core that opening the window
    /// needs (README, "Start-up and memory"); the app indexes the content after its
    /// first frame ([`Library::index_of`]).
    pub fn bundled_unindexed(chain: &LanguageChain) -> Self {
        let layers = Layers::bundled();
        let language = chain.pick(&content::languages(&layers.files)).to_owned();
        let loaded = Self::load_in(&layers, &language, today());
        Self::with_index(loaded, &language, Index::empty())
    }

    /// The search index of `content`, in `language`.
    pub fn index_of(content: &Content, language: &str) -> Index {
        Index::new(content, Analyzer::for_language(language))
    }

    /// What the app shows: the bundled content with `sources`' packs layered on, as of
    /// today, and errors only. Warnings (a contact with no number, a review due) are
    /// `check`'s to list; the app shows "not set" where it matters. At start-up and on
    /// every reload.
    pub fn open(sources: &Sources, chain: &LanguageChain) -> Self {
        let mut library = if sources.is_bundled_only() {
            Self::bundled(chain)
        } else {
            Self::of_layers(&sources.read(), chain, today())
        };
        library.problems.retain(|p| !p.is_warning());
        library
    }

    /// `sources`' content in `language` alone, English standing in for what it has
    /// not translated, with no index: the lines a worker shows a customer in the
    /// customer's language.
    pub fn content_in(sources: &Sources, language: &str) -> Content {
        let layers = if sources.is_bundled_only() {
            Layers::bundled()
        } else {
            sources.read()
        };
        layers.load(language, today()).content
    }

    /// `layers` in the chain's first language they hold, as of `today`, with every
    /// problem (warnings too).
    pub fn of_layers(layers: &Layers, chain: &LanguageChain, today: NaiveDate) -> Self {
        let language = chain.pick(&content::languages(&layers.files)).to_owned();
        let loaded = Self::load_in(layers, &language, today);
        Self {
            signatures: layers.signatures.clone(),
            ..Self::from_loaded(loaded, &language)
        }
    }

    /// `layers` in `language`, with the English originals of a translation.
    fn load_in(layers: &Layers, language: &str, today: NaiveDate) -> Loaded {
        let mut loaded = layers.load(language, today);
        if language != DEFAULT_LANGUAGE {
            let english = layers.load(DEFAULT_LANGUAGE, today).content;
            loaded.content.english = Some(std::sync::Arc::new(english));
        }
        loaded
    }
}

/// The day review dates are counted to.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_ends_in_english_once_and_keeps_its_order() {
        let chain = LanguageChain::new(["ru", "en", "ro", "ru", " "]);
        assert_eq!(chain.languages(), ["ru", "ro", "en"]);
        assert_eq!(LanguageChain::new(Vec::<String>::new()).languages(), ["en"]);
    }

    #[test]
    fn the_first_language_held_is_picked_else_english() {
        let chain = LanguageChain::new(["ms", "zh-Hans"]);
        let held = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(chain.pick(&held(&["en", "zh-Hans"])), "zh-Hans");
        assert_eq!(chain.pick(&held(&["en", "ms", "zh-Hans"])), "ms");
        assert_eq!(chain.pick(&held(&["en"])), "en");
        assert_eq!(chain.pick(&[]), "en");
    }

    #[test]
    fn the_bundled_library_reads_the_language_it_holds_and_searches_as_english_does() {
        let english = Library::bundled(&LanguageChain::new(["de"]));
        assert_eq!(english.language, "en", "no German content: English");
        assert!(english.content.english.is_none());
        let russian = Library::bundled(&LanguageChain::new(["ru"]));
        assert_eq!(russian.language, "ru");
        assert!(russian.problems.is_empty(), "{:?}", russian.problems);
        assert!(russian.content.english.is_some());
        for query in [
            "customer is shouting at me",
            "he has a knife",
            "wants to end it all",
        ] {
            let ids = |library: &Library| -> Vec<String> {
                library
                    .index
                    .search(query, 3)
                    .into_iter()
                    .map(|h| h.id)
                    .collect()
            };
            assert_eq!(ids(&russian), ids(&english), "{query}");
        }
    }
}
