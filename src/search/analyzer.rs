//! How one language's words become search terms: stop words, stems and the thesaurus.
//! Folding (case, diacritics) is shared by every language (`normalize`); the rest is
//! chosen per language here, so another language plugs in beside English.

use std::{borrow::Cow, sync::LazyLock};

use rust_stemmers::{Algorithm, Stemmer};

use super::{
    Token,
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

/// The commonest function words of Russian, Afrikaans and Malay, folded (no
/// diacritics, ё as е), as their stop lists have them: pronouns, prepositions,
/// conjunctions, the verb "to be" and its like. Their lines of how workers put it
/// (`heard_other_languages`) are full of them, and a query of everyday words matched a
/// self-harm line by "nie" and "meer" alone ("wil nie meer leef nie"). Words that are
/// also English words ("die", "van", "toe", "net", "pun", Manglish "lah" and "je") are
/// left out, here or, for the thesaurus's, when asked (`is_other_stop_word`). Romanian's
/// list, measured too, cost its blind set two queries in the top three ("care", which,
/// is also English's).
#[rustfmt::skip]
const OTHER_STOP_WORDS: &[&str] = &[
    // Russian
    "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все",
    "она", "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по",
    "только", "ее", "мне", "было", "вот", "от", "меня", "еще", "нет", "о", "из", "ему",
    "теперь", "когда", "уже", "вам", "ну", "ли", "если", "или", "быть", "был", "него",
    "до", "вас", "уж", "там", "потом", "себя", "ей", "может", "они", "тут", "где",
    "есть", "надо", "ней", "для", "мы", "тебя", "их", "чем", "была", "сам", "чтоб",
    "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет", "ж", "тогда", "кто",
    "этот", "того", "потому", "этого", "какой", "ним", "здесь", "этом", "один", "мой",
    "тем", "чтобы", "нее", "были", "куда", "зачем", "всех", "можно", "при", "это",
    "эта", "эти", "буду", "будем", "моя", "нам", "наш", "щас", "сейчас",
    // Afrikaans
    "en", "het", "nie", "sy", "hy", "ek", "jy", "u", "ons", "hulle", "haar", "hom",
    "vir", "met", "wat", "dat", "om", "te", "op", "aan", "uit", "oor", "na", "maar",
    "ook", "nog", "dit", "daar", "hier", "sal", "kan", "moet", "wil", "was",
    "is", "meer", "baie", "nou", "weer", "jou", "my",
    "n", "mos",
    // Malay
    "dia", "yang", "yg", "dan", "di", "ke", "dengan", "dgn", "ini", "itu", "ni",
    "saya", "aku", "kau", "awak", "kami", "kita", "mereka", "nak", "dah", "sudah",
    "ada", "kat", "untuk", "utk", "dari", "pada", "akan",
    "tak", "x", "tidak", "juga", "lagi", "sangat", "cakap", "ckp", "kata", "macam",
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
    /// Our other languages' stop words, which their lines and queries bring.
    other_stop_words: &'static [&'static str],
    /// The stems of the words for who it is, silent in every form.
    who_stems: Vec<String>,
    stemmer: Option<Stemmer>,
    /// Parsed on first use, not when the analyser is made.
    thesaurus: Option<&'static LazyLock<Thesaurus>>,
    /// Chat shorthand ("kys", "idk"), parsed on first use too.
    shorthand: Option<&'static LazyLock<Shorthand>>,
    /// A content language's own stemmer and Latin-alphabet words, measured beside
    /// what ships (`with_own_stemmer`, `with_latin_translations`).
    own: Option<OwnLanguage>,
}

/// What one of our other languages could add to English's analysis, measured by
/// `examples/measure_analysers.rs` on its own content (README, "Each language's
/// analyser"): neither helped, so neither ships.
#[derive(Default)]
struct OwnLanguage {
    /// Snowball's stemmer for the words only its lines have ("нахамил" and "хамит"
    /// meet), and whether it reads Cyrillic words rather than Latin ones.
    stemmer: Option<(Stemmer, bool)>,
    /// Whether the translation's own words are searched in the Latin alphabet too, not
    /// only in Cyrillic and Chinese.
    latin_words: bool,
}

impl OwnLanguage {
    /// The stem of a folded word in this language's script, if it has a stemmer.
    fn stem<'a>(&self, folded: &'a str) -> Option<Cow<'a, str>> {
        let (stemmer, cyrillic) = self.stemmer.as_ref()?;
        let in_script = if *cyrillic {
            folded.chars().all(|c| ('\u{430}'..='\u{44f}').contains(&c))
        } else {
            folded.bytes().all(|b| b.is_ascii_lowercase())
        };
        in_script.then(|| stemmer.stem(folded))
    }
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
    /// The analyser for a content language code ("en"). Our other languages use
    /// English's, with their stop words in it: every translated item still carries its
    /// English keywords, an English query must route as it does in English (safety
    /// first), and neither their Snowball stemmers nor their Latin-alphabet words
    /// helped (`with_own_stemmer`, `with_latin_translations`). Any other language gets
    /// folding and typo tolerance only.
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
            other_stop_words: OTHER_STOP_WORDS,
            who_stems,
            stemmer: Some(stemmer),
            thesaurus: Some(thesaurus::english()),
            shorthand: Some(shorthand::english()),
            own: None,
        }
    }

    /// Folding and typo tolerance only: no stop words, stems or synonyms.
    pub fn plain() -> Self {
        Self {
            stop_words: &[],
            other_stop_words: &[],
            who_stems: Vec::new(),
            stemmer: None,
            thesaurus: None,
            shorthand: None,
            own: None,
        }
    }

    /// The same analyser with `code`'s Snowball stemmer for the words only our other
    /// languages' lines have (Russian's, Romanian's, and Dutch's for Afrikaans; Malay
    /// has none in `rust-stemmers`), to measure what it adds; `None` for a language
    /// without one.
    pub fn with_own_stemmer(self, code: &str) -> Option<Self> {
        let stemmer = match code {
            "ru" => (Algorithm::Russian, true),
            "ro" => (Algorithm::Romanian, false),
            "af" => (Algorithm::Dutch, false),
            _ => return None,
        };
        let own = self.own.unwrap_or_default();
        Some(Self {
            own: Some(OwnLanguage {
                stemmer: Some((Stemmer::create(stemmer.0), stemmer.1)),
                ..own
            }),
            ..self
        })
    }

    /// The same analyser searching a translation's own words in the Latin alphabet
    /// too, to measure what they add.
    pub fn with_latin_translations(self) -> Self {
        let own = self.own.unwrap_or_default();
        Self {
            own: Some(OwnLanguage {
                latin_words: true,
                ..own
            }),
            ..self
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
        if self.stop_words.contains(&folded) || self.is_other_stop_word(folded) {
            return true;
        }
        if self.who_stems.is_empty() {
            return false;
        }
        let stem = self.stem(folded);
        self.who_stems.iter().any(|s| *s == stem)
    }

    /// Whether a folded word is one of our other languages' stop words and no English
    /// word the thesaurus knows (the list leaves out those it was seen to miss, such as
    /// "toe", "net" and "pun").
    fn is_other_stop_word(&self, folded: &str) -> bool {
        self.other_stop_words.contains(&folded)
            && self.thesaurus().is_none_or(|t| t.get(folded).is_none())
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

    /// The stem of a folded word by the content language's own stemmer, for a word
    /// in its script; `None` without one or for a word in another script.
    pub fn own_stem<'a>(&self, folded: &'a str) -> Option<Cow<'a, str>> {
        self.own.as_ref()?.stem(folded)
    }

    /// Whether a translation's text is searched by its words in the Latin alphabet
    /// too (Cyrillic and Chinese always are).
    pub fn searches_latin_translations(&self) -> bool {
        self.own.as_ref().is_some_and(|own| own.latin_words)
    }

    /// A query word as the matcher reads it: with its stem, and its own language's.
    pub(super) fn token(&self, folded: &str) -> Token {
        let token = Token::new(folded, &self.stem(folded));
        match self.own_stem(folded) {
            Some(own) => token.with_own_stem(&own),
            None => token,
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
        // Our other languages' function words are silent; English words they share
        // a spelling with are not.
        for other in ["nie", "meer", "dia", "yang", "не", "буду"] {
            assert!(Analyzer::english().is_stop_word(other), "{other}");
        }
        for english in ["die", "care", "van", "toe", "lah", "je", "si"] {
            assert!(!Analyzer::english().is_stop_word(english), "{english}");
        }
    }
}
