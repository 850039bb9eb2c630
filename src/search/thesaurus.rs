//! Synonyms and related words from WordNet, narrowed to the words our content uses
//! (`assets/thesaurus/en.tsv`, made by `scripts/build-thesaurus.py`): "livid" leads to
//! "angry", "make up her mind" to "decide".
//!
//! The table is compiled in deflated (by `build.rs`, to a third of its size) and
//! inflated and parsed on first use, so start-up does not pay for it.

use std::sync::LazyLock;

use super::matcher::{char_set, edits_allowed};

/// The English table, deflated.
static ENGLISH_DEFLATED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/thesaurus-en.deflate"));

/// The inflated table is far smaller than this; a larger one is not ours.
const MAX_TABLE_BYTES: usize = 16 << 20;

static ENGLISH: LazyLock<Thesaurus> = LazyLock::new(|| Thesaurus::parse(inflate(ENGLISH_DEFLATED)));

/// The text of a deflated table, kept for the rest of the run (the entries point
/// into it, and the table lives as long as the program); empty if it does not
/// inflate to UTF-8, so search goes on without synonyms rather than failing.
fn inflate(deflated: &[u8]) -> &'static str {
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_TABLE_BYTES)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default();
    Box::leak(text.into_boxed_str())
}

/// The English thesaurus; parsed the first time it is dereferenced.
pub(super) fn english() -> &'static LazyLock<Thesaurus> {
    &ENGLISH
}

/// Phrases in the table are at most this many words long.
const MAX_PHRASE_WORDS: usize = 4;

/// Query words that stand in for WordNet's placeholders, so "make up one's mind" is
/// found as "make up her mind" and "pull oneself together" as "pull yourself together".
pub(super) fn placeholder(word: &str) -> Option<&'static str> {
    Some(match word {
        "my" | "your" | "his" | "her" | "its" | "our" | "their" => "ones",
        "myself" | "yourself" | "himself" | "herself" | "itself" | "ourselves" | "yourselves"
        | "themselves" => "oneself",
        "somebody" | "him" | "them" | "me" | "you" | "us" => "someone",
        _ => return None,
    })
}

/// A word or phrase of the table and the content words it leads to, closest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub key: &'static str,
    targets: &'static str,
}

/// How far a target is from the key: one step in WordNet (a synonym, a similar or
/// derived word, the definition), or two (similar to a similar word: "distraught" →
/// "agitated" → "emotional"), which the table marks with `~`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hop {
    One,
    Two,
}

impl Entry {
    /// The target words, closest first, each with how far it is.
    pub fn targets(self) -> impl Iterator<Item = (&'static str, Hop)> {
        self.targets
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(|t| match t.strip_prefix('~') {
                Some(word) => (word, Hop::Two),
                None => (t, Hop::One),
            })
            .filter(|(t, _)| !t.is_empty())
    }
}

/// A parsed table: entries sorted by key, found by binary search.
#[derive(Debug, Default)]
pub struct Thesaurus {
    entries: Vec<Entry>,
}

impl Thesaurus {
    /// Reads `key<TAB>target [target…]` lines; `#` starts a comment line. Lines without
    /// a tab are skipped: the table is ours, and a bad line must not stop search.
    pub fn parse(text: &'static str) -> Self {
        let mut entries: Vec<Entry> = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(key, targets)| Entry {
                key: key.trim(),
                targets: targets.trim(),
            })
            .filter(|e| !e.key.is_empty() && !e.targets.is_empty())
            .collect();
        // The script writes it sorted; sorting again costs little on sorted input.
        entries.sort_by(|a, b| a.key.cmp(b.key));
        entries.dedup_by(|a, b| a.key == b.key);
        Self { entries }
    }

    /// The entry whose key is exactly `key`.
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.entries
            .binary_search_by(|e| e.key.cmp(key))
            .ok()
            .map(|i| self.entries[i])
    }

    /// Whether some key starts with `prefix`: rules out most phrase lookups at once.
    fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.entries.partition_point(|e| e.key < prefix);
        self.entries
            .get(i)
            .is_some_and(|e| e.key.starts_with(prefix))
    }

    /// The entry for a folded word, as typed or from its base form ("squaring" →
    /// "square").
    pub fn word(&self, word: &str) -> Option<Entry> {
        base_forms(word).find_map(|form| self.get(&form))
    }

    /// The single-word entry closest to a misspelt folded word, within the edits its
    /// length allows (as for the index's words), and how many edits away: neither
    /// "belligerant" nor "belligerent" is in the content, but the second is in the
    /// table. Only keys with the same first
    /// letter are tried, since a wrong first letter costs an edit more.
    pub fn misspelt(&self, word: &str) -> Option<(usize, Entry)> {
        let allowed = edits_allowed(word.chars().count());
        let first = word.chars().next()?;
        if allowed == 0 {
            return None;
        }
        let mut next = first.to_string();
        let start = self.entries.partition_point(|e| e.key < next.as_str());
        next = char::from_u32(u32::from(first) + 1).map_or_else(String::new, String::from);
        let end = if next.is_empty() {
            self.entries.len()
        } else {
            self.entries.partition_point(|e| e.key < next.as_str())
        };
        let (len, chars) = (word.len(), char_set(word));
        // Cheap tests first: most keys differ in length or in the letters they use.
        let near = |key: &str| {
            let other = char_set(key);
            (chars & !other).count_ones() as usize <= allowed
                && (other & !chars).count_ones() as usize <= allowed
        };
        self.entries
            .get(start..end)?
            .iter()
            .filter(|e| e.key.len().abs_diff(len) <= allowed && !e.key.contains(' '))
            .filter(|e| near(e.key))
            .map(|e| (strsim::osa_distance(word, e.key), *e))
            .filter(|&(edits, _)| (1..=allowed).contains(&edits))
            .min_by_key(|&(edits, _)| edits)
    }

    /// The longest phrase of the table that `words` starts with (two words or more),
    /// and how many words it covers.
    pub fn phrase(&self, words: &[String]) -> Option<(usize, Entry)> {
        let first = words.first()?;
        for form in base_forms(first) {
            let mut key = form;
            key.push(' ');
            if !self.has_prefix(&key) {
                continue;
            }
            key.pop();
            let longest = words.len().min(MAX_PHRASE_WORDS);
            let mut found = None;
            self.extend(&mut key, &words[1..longest], 1, &mut found);
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// Tries each way of spelling the next word (as typed, or as a placeholder) after
    /// `key`, keeping the longest phrase found.
    fn extend(
        &self,
        key: &mut String,
        rest: &[String],
        covered: usize,
        found: &mut Option<(usize, Entry)>,
    ) {
        let Some((next, rest)) = rest.split_first() else {
            return;
        };
        let spellings = std::iter::once(next.as_str()).chain(placeholder(next));
        for spelling in spellings {
            let len = key.len();
            key.push(' ');
            key.push_str(spelling);
            if let Some(entry) = self.get(key)
                && found.is_none_or(|(n, _)| n < covered + 1)
            {
                *found = Some((covered + 1, entry));
            }
            key.push(' ');
            if self.has_prefix(key) {
                key.pop();
                self.extend(key, rest, covered + 1, found);
            } else {
                key.pop();
            }
            key.truncate(len);
        }
    }
}

/// A folded English word and the base forms WordNet may list it under, most likely
/// first ("stopped" → "stopp", "stop"). Irregular forms ("swore") are keys of their own.
fn base_forms(word: &str) -> impl Iterator<Item = String> + '_ {
    #[rustfmt::skip]
    const RULES: &[(&str, &str)] = &[
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
        ("shes", "sh"), ("men", "man"), ("es", "e"), ("es", ""), ("s", ""),
        ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ("ier", "y"), ("iest", "y"), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];
    let derived = RULES.iter().filter_map(move |(suffix, ending)| {
        let stem = word.strip_suffix(suffix)?;
        (stem.len() >= 2).then(|| format!("{stem}{ending}"))
    });
    // "stopped", "kidding": a doubled final consonant is single in the base form.
    let undoubled = ["ed", "ing", "er", "est"]
        .into_iter()
        .filter_map(move |suffix| {
            let stem = word.strip_suffix(suffix)?.as_bytes();
            match stem {
                [.., a, b] if a == b && !b"aeiou".contains(b) => {
                    Some(String::from_utf8_lossy(&stem[..stem.len() - 1]).into_owned())
                }
                _ => None,
            }
        });
    std::iter::once(word.to_owned())
        .chain(derived)
        .chain(undoubled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Thesaurus {
        Thesaurus::parse(
            "# comment\n\
             livid\tangry ~cross\n\
             make up ones mind\tdecide decision\n\
             square up\tthreaten\n\
             lose it\tbreaking\n\
             stop\thalt\n\
             broken line\n",
        )
    }

    #[test]
    fn words_are_found_as_typed_or_inflected() {
        let t = table();
        assert_eq!(t.entries.len(), 5);
        let targets = |w: &str| t.word(w).map(|e| e.targets().collect::<Vec<_>>());
        assert_eq!(
            targets("livid"),
            Some(vec![("angry", Hop::One), ("cross", Hop::Two)])
        );
        assert_eq!(targets("stopped"), Some(vec![("halt", Hop::One)]));
        assert_eq!(targets("stops"), Some(vec![("halt", Hop::One)]));
        assert_eq!(targets("broken"), None);
        assert_eq!(targets("angry"), None);
    }

    #[test]
    fn a_misspelt_word_finds_the_closest_key() {
        let t = Thesaurus::parse("livid\tangry\nlived\tlife\nsquare up\tthreaten\n");
        let key = |w: &str| t.misspelt(w).map(|(n, e)| (n, e.key));
        assert_eq!(key("livdi"), Some((1, "livid")));
        assert_eq!(key("lvid"), None, "four letters allow no edit");
        assert_eq!(key("xlivid"), None, "the first letter must be right");
        assert_eq!(key("squareup"), None, "phrases are not misspelt words");
        assert_eq!(key("zzzzzz"), None);
    }

    #[test]
    fn phrases_match_inflections_and_placeholders() {
        let t = table();
        let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        let key = |s: &str| t.phrase(&words(s)).map(|(n, e)| (n, e.key));
        assert_eq!(key("make up her mind now"), Some((4, "make up ones mind")));
        assert_eq!(key("squaring up to me"), Some((2, "square up")));
        assert_eq!(key("lose it"), Some((2, "lose it")));
        assert_eq!(key("make up"), None);
        assert_eq!(key("livid"), None);
    }

    #[test]
    fn a_damaged_table_is_empty() {
        assert_eq!(Thesaurus::parse(inflate(b"not deflated")).entries.len(), 0);
        let packed = miniz_oxide::deflate::compress_to_vec(b"livid\tangry\n", 6);
        assert_eq!(Thesaurus::parse(inflate(&packed)).entries.len(), 1);
    }

    #[test]
    fn the_bundled_table_parses_and_knows_the_issue_words() {
        let t = LazyLock::force(english());
        assert!(t.entries.len() > 1_000);
        for word in ["livid", "incensed", "menacing", "irate"] {
            assert!(t.word(word).is_some(), "{word}");
        }
    }
}
