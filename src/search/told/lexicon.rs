//! Each of our other languages' closed word lists for safety (`<code>.txt` beside this
//! file): how people say they will harm themselves, verbs of threatening another, a
//! robbery told by its demand, a medical emergency, and the everyday figures that use
//! those words. Written by native speakers from the
//! language, not from any evaluation set; read once, folded as queries are.

use std::{ops::Range, sync::LazyLock};

use crate::search::normalize;

/// The lists, by language, as written.
const SOURCES: [(&str, &str); 5] = [
    ("ru", include_str!("ru.txt")),
    ("ro", include_str!("ro.txt")),
    ("af", include_str!("af.txt")),
    ("ms", include_str!("ms.txt")),
    ("zh-Hans", include_str!("zh-Hans.txt")),
];

/// How many words before a threat verb the word `needs_before` asks for may stand.
const BEFORE: usize = 3;

/// How near a threat verb a reflexive turns it on oneself, in words.
const NEAR: usize = 2;

/// The same, in Chinese characters.
const NEAR_HAN: usize = 3;

/// One entry: consecutive folded words, or a Chinese string matched anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    Words(Vec<String>),
    Han(String),
}

impl Entry {
    fn read(line: &str) -> Option<Self> {
        if line.chars().any(normalize::is_ideograph) {
            let han: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            return Some(Self::Han(han));
        }
        let words: Vec<String> = normalize::words(line)
            .into_iter()
            .map(|w| unreduplicated(&w.folded).to_owned())
            .collect();
        (!words.is_empty()).then_some(Self::Words(words))
    }

    /// Where in `words` it starts, each time; a Chinese entry is found in `text`.
    fn starts(&self, words: &[String], text: &str) -> Vec<usize> {
        match self {
            Self::Han(han) => text.find(han.as_str()).map(|_| 0).into_iter().collect(),
            Self::Words(seq) => (0..words.len())
                .filter(|&i| words[i..].starts_with(seq))
                .collect(),
        }
    }

    /// Where it stands, each time: a span of `words`, or of `text`'s bytes for a
    /// Chinese entry.
    fn spans(&self, words: &[String], text: &str) -> Vec<Span> {
        match self {
            Self::Han(han) => text
                .match_indices(han.as_str())
                .map(|(at, _)| Span::Text(at..at + han.len()))
                .collect(),
            Self::Words(seq) => self
                .starts(words, text)
                .into_iter()
                .map(|i| Span::Words(i..i + seq.len()))
                .collect(),
        }
    }
}

/// Where an entry stands in a query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Span {
    Words(Range<usize>),
    Text(Range<usize>),
}

impl Span {
    /// Whether the two share a word (or a character).
    fn overlaps(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Words(a), Self::Words(b)) | (Self::Text(a), Self::Text(b)) => {
                a.start < b.end && b.start < a.end
            }
            _ => false,
        }
    }
}

/// One language's lists.
#[derive(Debug, Default)]
struct Lexicon {
    self_harm: Vec<Entry>,
    self_markers: Vec<Entry>,
    threat: Vec<Entry>,
    robbery: Vec<Entry>,
    medical: Vec<Entry>,
    not_a_threat: Vec<Entry>,
    /// Words one of which must stand just before a threat verb (Romanian: "că", "să",
    /// "te"), where the bare verb is also the everyday figure ("mă omoară căldura").
    needs_before: Vec<String>,
    /// Words that, right before a threat verb, turn it on oneself (Romanian "se" in
    /// "zice că se omoară").
    self_before: Vec<String>,
}

impl Lexicon {
    fn read(text: &str) -> Self {
        let mut lexicon = Self::default();
        let mut section = "";
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "self_harm" | "self_markers" | "self_before" | "threat" | "robbery"
                    | "medical" | "not_a_threat" | "needs_before" => name,
                    _ => "",
                };
                continue;
            }
            let Some(entry) = Entry::read(line) else {
                continue;
            };
            match (section, entry) {
                ("self_harm", e) => lexicon.self_harm.push(e),
                ("self_markers", e) => lexicon.self_markers.push(e),
                ("threat", e) => lexicon.threat.push(e),
                ("robbery", e) => lexicon.robbery.push(e),
                ("medical", e) => lexicon.medical.push(e),
                ("not_a_threat", e) => lexicon.not_a_threat.push(e),
                ("needs_before", Entry::Words(words)) => lexicon.needs_before.extend(words),
                ("self_before", Entry::Words(words)) => lexicon.self_before.extend(words),
                _ => {}
            }
        }
        lexicon
    }

    fn any(list: &[Entry], words: &[String], text: &str) -> bool {
        list.iter().any(|e| !e.starts(words, text).is_empty())
    }

    /// Whether a reflexive stands within [`NEAR`] words of the `i`th, or one of
    /// `self_before` right before it: the verb there is turned on oneself.
    fn turned_on_oneself(&self, words: &[String], i: usize) -> bool {
        let window = &words[i.saturating_sub(NEAR)..words.len().min(i + NEAR + 1)];
        let right_before = i
            .checked_sub(1)
            .is_some_and(|b| self.self_before.contains(&words[b]));
        right_before
            || self
                .self_markers
                .iter()
                .any(|marker| !marker.starts(window, "").is_empty())
    }

    /// Whether a Chinese reflexive stands within [`NEAR_HAN`] characters of a Chinese
    /// threat verb: 弄死自己 is harm to oneself, 弄死我 with 我自己 later in the query
    /// ("I am on my own") is not.
    fn han_turned_on_oneself(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let verbs = self.threat.iter().filter_map(|e| match e {
            Entry::Han(han) => Some(han.chars().collect::<Vec<char>>()),
            Entry::Words(_) => None,
        });
        let markers: Vec<String> = self
            .self_markers
            .iter()
            .filter_map(|e| match e {
                Entry::Han(han) => Some(han.clone()),
                Entry::Words(_) => None,
            })
            .collect();
        verbs.into_iter().any(|verb| {
            (0..chars.len()).any(|at| {
                chars[at..].starts_with(&verb) && {
                    let from = at.saturating_sub(NEAR_HAN);
                    let to = chars.len().min(at + verb.len() + NEAR_HAN);
                    let window: String = chars[from..to].iter().collect();
                    markers.iter().any(|m| window.contains(m.as_str()))
                }
            })
        })
    }

    /// What this language's lists read in the query.
    fn said(&self, words: &[String], text: &str) -> Said {
        // The entry's own first word counts: "te omor" needs nothing before.
        let allowed = |i: usize| {
            self.needs_before.is_empty()
                || words[i.saturating_sub(BEFORE)..words.len().min(i + 1)]
                    .iter()
                    .any(|w| self.needs_before.contains(w))
        };
        // Each threat where it stands, read once: its first word, for the rules of
        // the words around it (a Chinese entry's is the query's first), and its span,
        // for the figures.
        let threats: Vec<(usize, Span)> = self
            .threat
            .iter()
            .flat_map(|e| e.spans(words, text))
            .map(|at| match &at {
                Span::Words(range) => (range.start, at),
                Span::Text(_) => (0, at),
            })
            .filter(|&(i, _)| allowed(i))
            .collect();
        let marked_self = threats
            .iter()
            .any(|&(i, _)| self.turned_on_oneself(words, i))
            || (!threats.is_empty() && self.han_turned_on_oneself(text));
        let harm_to_self = Self::any(&self.self_harm, words, text) || marked_self;
        // A figure cancels only the entries whose words it holds ("the boss will kill
        // me", "I nearly had a heart attack at the price"): a refund asked for, or a
        // price called robbery, in the same message as "I'll stab you" is no figure
        // of the stabbing, nor a robber's "or I'll shoot" a figure of the robbery.
        let figures: Vec<Span> = self
            .not_a_threat
            .iter()
            .flat_map(|e| e.spans(words, text))
            .collect();
        let unfigured = |at: &Span| !figures.iter().any(|f| f.overlaps(at));
        let threat = !harm_to_self && threats.iter().any(|(_, at)| unfigured(at));
        let figure = !figures.is_empty();
        // An overdose or a cut the person did to themselves is the self-harm card's.
        let danger = |list: &[Entry]| {
            !harm_to_self
                && list
                    .iter()
                    .flat_map(|e| e.spans(words, text))
                    .any(|at| unfigured(&at))
        };
        Said {
            harm_to_self,
            threat,
            robbery: danger(&self.robbery),
            medical: danger(&self.medical),
            figure: figure && !harm_to_self,
        }
    }
}

/// What the lists of all our other languages read in a query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Said {
    /// Someone says they will harm themselves.
    pub harm_to_self: bool,
    /// Someone threatens to kill or harm another.
    pub threat: bool,
    /// A robbery: the till, cash or goods demanded under threat, or a robbery told.
    pub robbery: bool,
    /// Someone collapsed, is not breathing, choking, fitting, bleeding badly ….
    pub medical: bool,
    /// A danger word as an everyday figure ("kill time"), and nothing dangerous.
    pub figure: bool,
}

static LEXICONS: LazyLock<Vec<Lexicon>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(_, text)| Lexicon::read(text))
        .collect()
});

/// Reads the query's folded words, and `text` (them joined, where Chinese is
/// matched), with every language's lists.
pub(super) fn read(words: &[String], text: &str) -> Said {
    let words: Vec<String> = words.iter().map(|w| unreduplicated(w).to_owned()).collect();
    let each: Vec<Said> = LEXICONS.iter().map(|l| l.said(&words, text)).collect();
    let harm_to_self = each.iter().any(|s| s.harm_to_self);
    let threat = each.iter().any(|s| s.threat) && !harm_to_self;
    let robbery = each.iter().any(|s| s.robbery) && !harm_to_self;
    let medical = each.iter().any(|s| s.medical) && !harm_to_self;
    Said {
        harm_to_self,
        threat,
        robbery,
        medical,
        figure: each.iter().any(|s| s.figure) && !harm_to_self && !threat && !robbery && !medical,
    }
}

/// A word written twice as Malay shows it in a message, with a 2 ("banyak2", many;
/// "tiba2", suddenly), as the word once, in the lists and the query alike: a list's
/// "telan ubat banyak" then reads "telan ubat banyak2".
fn unreduplicated(word: &str) -> &str {
    match word.strip_suffix('2') {
        Some(base) if base.len() >= 3 && base.bytes().all(|b| b.is_ascii_lowercase()) => base,
        _ => word,
    }
}

/// The sentences language `code`'s writer gave under `[name]` (`examples_robbery`,
/// `examples_medical`, `examples_threat`, `examples_self_harm`, `examples_everyday`) as
/// what its lists must
/// read so: checked here, and over the whole search by `tests/search_languages.rs`.
/// Never searched.
pub fn examples(code: &str, name: &str) -> Vec<&'static str> {
    let header = format!("[{name}]");
    SOURCES
        .iter()
        .filter(|(language, _)| *language == code)
        .flat_map(|(_, text)| text.lines())
        .map(str::trim)
        .skip_while(|line| *line != header)
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(query: &str) -> Said {
        let words: Vec<String> = normalize::words(query)
            .into_iter()
            .map(|w| w.folded)
            .collect();
        read(&words, &words.concat())
    }

    #[test]
    fn every_list_reads_and_none_is_empty() {
        for (code, text) in SOURCES {
            let lexicon = Lexicon::read(text);
            assert!(!lexicon.self_harm.is_empty(), "{code}");
            assert!(!lexicon.threat.is_empty(), "{code}");
            assert!(!lexicon.robbery.is_empty(), "{code}");
            assert!(!lexicon.medical.is_empty(), "{code}");
            assert!(!lexicon.not_a_threat.is_empty(), "{code}");
        }
    }

    #[test]
    fn each_language_tells_harm_to_oneself_a_threat_and_a_figure_apart() {
        for query in [
            "говорит что убьёт себя",
            "zice că vrea să se omoare",
            "zice că se omoară dacă nu-l ajutăm",
            "sy sê sy gaan haarself doodmaak",
            "pakcik kata nak bunuh diri",
            "budak tu kata nak terjun dari bumbung",
            "她说想自杀",
        ] {
            assert!(said(query).harm_to_self, "{query}");
        }
        for query in [
            "он сказал что убьёт продавщицу",
            "a zis că o omoară pe colega mea",
            "hy dreig om my dood te maak",
            "lelaki tu ugut nak bunuh pengawal",
            "他说出去就弄死我",
        ] {
            let said = said(query);
            assert!(said.threat && !said.harm_to_self, "{query}");
        }
        for query in ["mă omoară cu întrebările", "打死也不买", "一直砍价"] {
            let said = said(query);
            assert!(!said.threat && !said.harm_to_self, "{query}");
        }
    }

    #[test]
    fn a_malay_word_written_twice_with_a_2_reads_as_the_word() {
        assert!(said("customer kata nak telan ubat banyak2 biar dia pergi").harm_to_self);
        assert_eq!(unreduplicated("ubat2"), "ubat");
        for kept in ["x2", "2", "b2b", "ubat"] {
            assert_eq!(unreduplicated(kept), kept);
        }
    }

    #[test]
    fn a_figure_cancels_only_the_threat_whose_words_it_holds() {
        assert!(!said("директор меня убьет если опоздаю").threat);
        let both = said("директор меня убьет, а клиент сказал что убьет кассира");
        assert!(
            both.threat && !both.figure,
            "the second threat is no figure"
        );
        let refund_then_threat = said("wil sy geld terug he en se hy gaan my doodmaak");
        assert!(
            refund_then_threat.threat,
            "a refund asked for hides no threat"
        );
    }

    #[test]
    fn each_list_reads_its_own_robbery_medical_threat_self_harm_and_everyday_examples() {
        for (code, _) in SOURCES {
            for query in examples(code, "examples_threat") {
                let said = said(query);
                assert!(said.threat && !said.harm_to_self, "{code}: {query}");
            }
            let robbery = examples(code, "examples_robbery");
            let medical = examples(code, "examples_medical");
            let everyday = examples(code, "examples_everyday");
            assert!(robbery.len() >= 10 && medical.len() >= 10, "{code}");
            assert!(everyday.len() >= 10, "{code}");
            for query in robbery {
                let said = said(query);
                assert!(said.robbery && !said.harm_to_self, "{code}: {query}");
            }
            for query in medical {
                let said = said(query);
                assert!(said.medical && !said.harm_to_self, "{code}: {query}");
            }
            for query in everyday {
                let said = said(query);
                assert!(!said.robbery && !said.medical, "{code}: {query}");
            }
            let self_harm = examples(code, "examples_self_harm");
            assert!(self_harm.len() >= 8, "{code}");
            for query in self_harm {
                let said = said(query);
                assert!(said.harm_to_self && !said.threat, "{code}: {query}");
            }
        }
    }

    #[test]
    fn english_reads_nothing() {
        for query in [
            "my feet are killing me",
            "he says he will kill himself",
            "customer threatened to kill the cashier",
            "i cut it myself",
        ] {
            assert_eq!(said(query), Said::default(), "{query}");
        }
    }
}
