//! How well one query word matches one indexed word: the single place that decides
//! what counts as the same word, a prefix of it, or a misspelling of it.

use std::ops::Range;

/// How a query word reached an indexed word; earlier variants are closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The same word.
    Exact,
    /// Another form of the same word ("shouted", "shouting").
    Stem,
    /// The start of the word, as typed so far ("indecis").
    Prefix,
    /// A misspelling, within the edits its length allows ("custmer").
    Typo,
    /// A related word from the thesaurus ("livid" → "angry").
    Thesaurus,
}

impl MatchKind {
    /// The word itself, in some form: a match no typo or synonym may outrank.
    pub fn is_direct(self) -> bool {
        matches!(self, Self::Exact | Self::Stem | Self::Prefix)
    }
}

/// A match of a query word against an indexed word.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenMatch {
    /// 1.0 for the same word, less for a prefix, a misspelt or a related word.
    pub quality: f32,
    pub kind: MatchKind,
    /// Which chars of the indexed word matched, for highlighting.
    pub chars: CharRanges,
}

/// How much a thesaurus match is worth: below every direct match and most typos.
pub const THESAURUS_QUALITY: f32 = 0.55;

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
    /// The stem from the language's analyser ("shouting" → "shout").
    stem: Box<str>,
    /// The stem by the content language's own stemmer, for a word only our other
    /// languages' lines have (an indexed word) or any word in its script (a query
    /// word); empty otherwise.
    own_stem: Box<str>,
}

impl Token {
    pub fn new(text: &str, stem: &str) -> Self {
        Self {
            text: text.to_owned(),
            len: text.chars().count(),
            head: head(text.as_bytes()),
            chars: char_set(text),
            stem: stem.into(),
            own_stem: Box::default(),
        }
    }

    /// The same word with its stem by the content language's own stemmer.
    pub fn with_own_stem(self, own_stem: &str) -> Self {
        Self {
            own_stem: own_stem.into(),
            ..self
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn stem(&self) -> &str {
        &self.stem
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
}

fn head(bytes: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let n = bytes.len().min(8);
    head[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(head)
}

/// Which chars occur in `text`, a bit each (see [`Token`]): two words whose sets differ
/// by more chars than the edits allowed cannot be one misspelling apart.
pub(super) fn char_set(text: &str) -> u64 {
    text.chars().fold(0, |set, c| {
        let bit = match c {
            'a'..='z' => u32::from(c) - u32::from('a'),
            '0'..='9' => 26 + u32::from(c) - u32::from('0'),
            _ => 36 + u32::from(c) % 28,
        };
        set | 1 << bit
    })
}

/// How many edits a misspelling may have: none for words of up to four letters (too
/// many short words are one letter apart), one up to eight, two beyond.
pub(super) fn edits_allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Matches folded `query` against folded `word`, or `None`.
pub fn match_token(query: &Token, word: &Token) -> Option<TokenMatch> {
    let (qlen, wlen) = (query.len, word.len);
    if qlen == 0 || wlen == 0 {
        return None;
    }
    if word.starts_with(query) {
        let (quality, kind) = if query.text.len() == word.text.len() {
            (1.0, MatchKind::Exact)
        } else {
            (0.8 + 0.15 * qlen as f32 / wlen as f32, MatchKind::Prefix)
        };
        return Some(TokenMatch {
            quality,
            kind,
            chars: std::iter::once(0..qlen).collect(),
        });
    }
    // One- and two-letter words only match as prefixes: anything looser is noise.
    if qlen < 3 {
        return None;
    }
    // "insulted" finds "insulting": the same word with another ending.
    let same_own_stem = !word.own_stem.is_empty() && query.own_stem == word.own_stem;
    if query.stem.len() >= 3 && query.stem == word.stem
        || same_own_stem && query.own_stem.chars().count() >= 3
    {
        return Some(TokenMatch {
            quality: 0.9,
            kind: MatchKind::Stem,
            chars: std::iter::once(0..wlen).collect(),
        });
    }
    // A letter left out of a five-letter word ("angy") is one edit of it.
    let allowed = edits_allowed(qlen.max(wlen));
    if allowed == 0 || qlen.abs_diff(wlen) > allowed {
        return None;
    }
    // Chars of one word missing from the other: each costs at least one edit.
    let missing = (query.chars & !word.chars).count_ones() as usize;
    let extra = (word.chars & !query.chars).count_ones() as usize;
    if missing > allowed || extra > allowed {
        return None;
    }
    // People rarely get the first letter wrong, so a word that starts differently is
    // more likely another word: that costs an extra edit.
    let first_differs = query.text.chars().next() != word.text.chars().next();
    let cost = strsim::osa_distance(&query.text, &word.text) + usize::from(first_differs);
    if cost > allowed {
        return None;
    }
    Some(TokenMatch {
        quality: 0.72 - 0.12 * cost as f32,
        kind: MatchKind::Typo,
        chars: aligned(&query.text, &word.text),
    })
}

/// The chars of `word` that line up with chars of `query` (a longest common
/// subsequence), so a misspelling highlights the letters that were typed right.
fn aligned(query: &str, word: &str) -> CharRanges {
    let q: Vec<char> = query.chars().collect();
    let w: Vec<char> = word.chars().collect();
    // lcs[i][j]: the longest common subsequence of q[i..] and w[j..].
    let mut lcs = vec![vec![0u8; w.len() + 1]; q.len() + 1];
    for i in (0..q.len()).rev() {
        for j in (0..w.len()).rev() {
            lcs[i][j] = if q[i] == w[j] {
                lcs[i + 1][j + 1].saturating_add(1)
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    while i < q.len() && j < w.len() {
        if q[i] == w[j] {
            match ranges.last_mut() {
                Some(last) if last.end == j => last.end = j + 1,
                _ => ranges.push(j..j + 1),
            }
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    ranges.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens stemmed the way the English analyser does, for the stem cases.
    fn token(text: &str) -> Token {
        let stem = crate::search::Analyzer::english().stem(text).into_owned();
        Token::new(text, &stem)
    }

    fn matched(q: &str, w: &str) -> Option<TokenMatch> {
        match_token(&token(q), &token(w))
    }

    fn quality(q: &str, w: &str) -> f32 {
        matched(q, w).map_or(0.0, |m| m.quality)
    }

    fn kind(q: &str, w: &str) -> Option<MatchKind> {
        matched(q, w).map(|m| m.kind)
    }

    #[test]
    fn exact_beats_stem_beats_prefix_beats_typos() {
        assert!(quality("shout", "shout") > quality("shouted", "shouting"));
        assert!(quality("shouted", "shouting") > quality("shout", "shouting"));
        assert!(quality("shout", "shouting") > quality("angy", "angry"));
        assert!(quality("angy", "angry") > 0.0);
        assert!(quality("custmer", "customer") > 0.0);
        assert!(quality("shoutimg", "shouting") > 0.0);
        assert_eq!(kind("shout", "shout"), Some(MatchKind::Exact));
        assert_eq!(kind("insulted", "insulting"), Some(MatchKind::Stem));
        assert_eq!(kind("indecis", "indecisive"), Some(MatchKind::Prefix));
        assert_eq!(kind("custmer", "customer"), Some(MatchKind::Typo));
    }

    #[test]
    fn typos_allowed_grow_with_word_length() {
        // Up to four letters: none. "rude" is not "rule".
        assert_eq!(kind("rude", "rule"), None);
        assert_eq!(kind("mad", "mud"), None);
        // Five to eight: one.
        assert_eq!(kind("yeling", "yelling"), Some(MatchKind::Typo));
        assert_eq!(kind("yellign", "yelling"), Some(MatchKind::Typo));
        assert_eq!(kind("yelign", "yelling"), None);
        // Nine or more: two.
        assert_eq!(kind("threatning", "threatening"), Some(MatchKind::Typo));
        assert_eq!(kind("thretning", "threatening"), Some(MatchKind::Typo));
    }

    #[test]
    fn a_wrong_first_letter_costs_more() {
        assert_eq!(kind("bngry", "angry"), None);
        assert_eq!(kind("supervisr", "supervisor"), Some(MatchKind::Typo));
        assert_eq!(kind("superviso", "supervisor"), Some(MatchKind::Prefix));
        assert!(quality("xupervisor", "supervisor") < quality("supervisr", "supervisor"));
        assert!(quality("xupervisor", "supervisor") > 0.0);
    }

    #[test]
    fn unrelated_and_short_words_do_not_match() {
        assert_eq!(quality("zebra", "angry"), 0.0);
        assert_eq!(quality("ay", "angry"), 0.0);
        assert!(quality("an", "angry") > 0.0);
        assert_eq!(quality("bed", "being"), 0.0);
    }

    #[test]
    fn highlights_the_matched_characters() {
        let m = matched("angy", "angry");
        assert_eq!(
            m.map(|m| m.chars.as_slice().to_vec()),
            Some(vec![0..3, 4..5])
        );
        let m = matched("shoutimg", "shouting");
        assert_eq!(
            m.map(|m| m.chars.as_slice().to_vec()),
            Some(vec![0..6, 7..8])
        );
    }
}
