//! Each of our other languages' closed word lists for safety (`<code>.txt` beside this
//! file): how people say they will harm themselves, verbs of threatening another, and
//! the everyday figures that use those words. Written by native speakers from the
//! language, not from any evaluation set; read once, folded as queries are.

use std::sync::LazyLock;

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
            .map(|w| w.folded)
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
}

/// One language's lists.
#[derive(Debug, Default)]
struct Lexicon {
    self_harm: Vec<Entry>,
    self_markers: Vec<Entry>,
    threat: Vec<Entry>,
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
                    "self_harm" | "self_markers" | "self_before" | "threat" | "not_a_threat"
                    | "needs_before" => name,
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
        let threats: Vec<usize> = self
            .threat
            .iter()
            .flat_map(|e| e.starts(words, text))
            .filter(|&i| {
                // The entry's own first word counts: "te omor" needs nothing before.
                self.needs_before.is_empty()
                    || words[i.saturating_sub(BEFORE)..words.len().min(i + 1)]
                        .iter()
                        .any(|w| self.needs_before.contains(w))
            })
            .collect();
        let marked_self = threats.iter().any(|&i| self.turned_on_oneself(words, i))
            || (!threats.is_empty() && self.han_turned_on_oneself(text));
        let harm_to_self = Self::any(&self.self_harm, words, text) || marked_self;
        let figure = Self::any(&self.not_a_threat, words, text);
        let threat = !threats.is_empty() && !harm_to_self && !figure;
        Said {
            harm_to_self,
            threat,
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
    let each: Vec<Said> = LEXICONS.iter().map(|l| l.said(words, text)).collect();
    let harm_to_self = each.iter().any(|s| s.harm_to_self);
    let threat = each.iter().any(|s| s.threat) && !harm_to_self;
    Said {
        harm_to_self,
        threat,
        figure: each.iter().any(|s| s.figure) && !harm_to_self && !threat,
    }
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
