//! How well one query word matches one indexed word: the single place that decides,
//! so the matching library can be swapped if benchmarks demand it.

use std::{ops::Range, sync::LazyLock};

use fuzzy_matcher::{FuzzyMatcher as _, skim::SkimMatcherV2};

static SKIM: LazyLock<SkimMatcherV2> = LazyLock::new(|| SkimMatcherV2::default().ignore_case());

/// A match of a query word against an indexed word.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenMatch {
    /// 1.0 for the same word, less for a prefix, a fuzzy or a misspelt match.
    pub quality: f32,
    /// Which chars of the indexed word matched, for highlighting.
    pub chars: CharRanges,
}

/// Char ranges of a match: kept inline when there is one, as for all but scattered
/// matches, so a short prefix matching thousands of words allocates nothing for them.
#[derive(Debug, Clone, PartialEq)]
pub enum CharRanges {
    One(Range<usize>),
    Many(Vec<Range<usize>>),
}

impl CharRanges {
    pub fn as_slice(&self) -> &[Range<usize>] {
        match self {
            Self::One(range) => std::slice::from_ref(range),
            Self::Many(ranges) => ranges,
        }
    }
}

impl FromIterator<Range<usize>> for CharRanges {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(iter: I) -> Self {
        let mut iter = iter.into_iter();
        match (iter.next(), iter.next()) {
            (None, _) => Self::Many(Vec::new()),
            (Some(one), None) => Self::One(one),
            (Some(first), Some(second)) => {
                Self::Many([first, second].into_iter().chain(iter).collect())
            }
        }
    }
}

/// A folded word with what the matcher needs to rule it out cheaply, worked out once:
/// when the index is built for indexed words, once per search for query words.
#[derive(Debug, Clone)]
pub struct Token {
    text: String,
    /// Length in chars.
    len: usize,
    /// The first eight bytes of `text`, zero-padded, so most words are ruled out as
    /// prefixes without reading `text` itself.
    head: u64,
    /// Which chars occur: one bit per letter or digit, the rest hashed into the spare bits.
    chars: u64,
    /// Length of `stem(text)` in bytes and in chars.
    stem_bytes: usize,
    stem_chars: usize,
    /// What the fuzzy matcher scores the word against itself (only for query words of
    /// three chars or more, the only ones it runs for).
    perfect: i64,
}

impl Token {
    /// An indexed word.
    pub fn new(text: &str) -> Self {
        let stem = stem(text);
        Self {
            text: text.to_owned(),
            len: text.chars().count(),
            head: head(text.as_bytes()),
            chars: char_set(text),
            stem_bytes: stem.len(),
            stem_chars: stem.chars().count(),
            perfect: 1,
        }
    }

    /// A query word.
    pub fn query(text: &str) -> Self {
        let mut token = Self::new(text);
        if token.len >= 3 {
            token.perfect = SKIM.fuzzy_match(text, text).unwrap_or(1).max(1);
        }
        token
    }

    /// Whether the first `n` bytes of both words are the same; both must be that long.
    /// Mostly decided by `head`, without reading either text.
    fn same_start(&self, other: &Self, n: usize) -> bool {
        let mask = u64::MAX.checked_shr(64 - 8 * n.min(8) as u32).unwrap_or(0);
        (self.head ^ other.head) & mask == 0
            && (n <= 8 || self.text.as_bytes().get(8..n) == other.text.as_bytes().get(8..n))
    }

    /// `self.text.starts_with(&prefix.text)`.
    fn starts_with(&self, prefix: &Self) -> bool {
        let n = prefix.text.len();
        self.text.len() >= n && self.same_start(prefix, n)
    }

    /// `stem(&self.text) == stem(&other.text)`.
    fn same_stem(&self, other: &Self) -> bool {
        self.stem_bytes == other.stem_bytes && self.same_start(other, self.stem_bytes)
    }
}

fn head(bytes: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let n = bytes.len().min(8);
    head[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(head)
}

fn char_set(text: &str) -> u64 {
    text.chars().fold(0, |set, c| {
        let bit = match c {
            'a'..='z' => u32::from(c) - u32::from('a'),
            '0'..='9' => 26 + u32::from(c) - u32::from('0'),
            _ => 36 + u32::from(c) % 28,
        };
        set | 1 << bit
    })
}

/// Matches folded `query` against folded `word`, or `None`.
pub fn match_token(query: &Token, word: &Token) -> Option<TokenMatch> {
    let (qlen, wlen) = (query.len, word.len);
    if qlen == 0 || wlen == 0 {
        return None;
    }
    let prefix = word.starts_with(query);
    if prefix && query.text.len() == word.text.len() {
        return Some(TokenMatch {
            quality: 1.0,
            chars: std::iter::once(0..wlen).collect(),
        });
    }
    if prefix {
        return Some(TokenMatch {
            quality: 0.8 + 0.15 * qlen as f32 / wlen as f32,
            chars: std::iter::once(0..qlen).collect(),
        });
    }
    // One- and two-letter words only match as prefixes: anything looser is noise.
    if qlen < 3 {
        return None;
    }
    let mut best: Option<TokenMatch> = None;
    // "insulted" finds "insulting": the same word with another English ending.
    if query.stem_bytes >= 4 && query.same_stem(word) {
        best = Some(TokenMatch {
            quality: 0.78,
            chars: std::iter::once(0..word.stem_chars).collect(),
        });
    }
    // Chars of one word missing from the other: each costs at least one edit, and none
    // may be missing from `word` for a scattered match.
    let missing = (query.chars & !word.chars).count_ones() as usize;
    let extra = (word.chars & !query.chars).count_ones() as usize;
    // Scattered matches inside long words are mostly accidental.
    if best.is_none()
        && missing == 0
        && (qlen..=qlen * 2 + 2).contains(&wlen)
        && is_subsequence(query, word)
    {
        best = fuzzy(query, word);
    }
    if qlen >= 4 && qlen.abs_diff(wlen) <= 2 {
        let allowed = if qlen >= 7 { 2 } else { 1 };
        if missing <= allowed && extra <= allowed {
            let distance = strsim::osa_distance(&query.text, &word.text);
            if distance <= allowed {
                let quality = 0.72 - 0.12 * distance as f32;
                if best.as_ref().is_none_or(|b| b.quality < quality) {
                    best = Some(TokenMatch {
                        quality,
                        chars: std::iter::once(0..wlen).collect(),
                    });
                }
            }
        }
    }
    best
}

/// The skim matcher finds the best alignment of a scattered match ("angy" in "angry").
fn fuzzy(query: &Token, word: &Token) -> Option<TokenMatch> {
    let (score, indices) = SKIM.fuzzy_indices(&word.text, &query.text)?;
    let ratio = (score as f32 / query.perfect as f32).clamp(0.0, 1.0);
    let quality = 0.35 + 0.35 * ratio * query.len as f32 / word.len as f32;
    let mut chars: Vec<Range<usize>> = Vec::new();
    for i in indices {
        match chars.last_mut() {
            Some(last) if last.end == i => last.end = i + 1,
            _ => chars.push(i..i + 1),
        }
    }
    Some(TokenMatch {
        quality,
        chars: chars.into_iter().collect(),
    })
}

/// The word without a common English inflection ("shouting", "shouted", "shouts").
fn stem(word: &str) -> &str {
    ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|s| s.chars().count() >= 4))
        .unwrap_or(word)
}

/// A cheap test that rules out most words before the matcher runs.
fn is_subsequence(query: &Token, word: &Token) -> bool {
    let mut rest = word.text.chars();
    query.text.chars().all(|q| rest.any(|w| w == q))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(q: &str, w: &str) -> Option<TokenMatch> {
        match_token(&Token::query(q), &Token::new(w))
    }

    fn quality(q: &str, w: &str) -> f32 {
        matched(q, w).map_or(0.0, |m| m.quality)
    }

    #[test]
    fn exact_beats_prefix_beats_fuzzy_and_typos() {
        assert!(quality("shout", "shout") > quality("shout", "shouting"));
        assert!(quality("shout", "shouting") > quality("angy", "angry"));
        assert!(quality("angy", "angry") > 0.0);
        assert!(quality("custmer", "customer") > 0.0);
        assert!(quality("shoutimg", "shouting") > 0.0);
    }

    #[test]
    fn inflections_of_one_word_match() {
        assert!(quality("insulted", "insulting") >= 0.78);
        assert!(quality("shouts", "shouted") >= 0.78);
        assert_eq!(quality("bed", "being"), 0.0);
    }

    #[test]
    fn unrelated_and_short_words_do_not_match() {
        assert_eq!(quality("zebra", "angry"), 0.0);
        assert_eq!(quality("ay", "angry"), 0.0);
        assert!(quality("an", "angry") > 0.0);
    }

    #[test]
    fn highlights_the_matched_characters() {
        let m = matched("angy", "angry");
        assert_eq!(
            m.map(|m| m.chars.as_slice().to_vec()),
            Some(vec![0..3, 4..5])
        );
    }
}
