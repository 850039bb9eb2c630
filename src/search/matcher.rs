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
    pub chars: Vec<Range<usize>>,
}

/// Matches folded `query` against folded `word`, or `None`.
pub fn match_token(query: &str, word: &str) -> Option<TokenMatch> {
    let qlen = query.chars().count();
    let wlen = word.chars().count();
    if qlen == 0 || wlen == 0 {
        return None;
    }
    if query == word {
        return Some(TokenMatch {
            quality: 1.0,
            chars: std::iter::once(0..wlen).collect(),
        });
    }
    if word.starts_with(query) {
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
    let (qstem, wstem) = (stem(query), stem(word));
    if qstem.len() >= 4 && qstem == wstem {
        best = Some(TokenMatch {
            quality: 0.78,
            chars: std::iter::once(0..wstem.chars().count()).collect(),
        });
    }
    if best.is_none() && is_subsequence(query, word) {
        best = fuzzy(query, word, qlen, wlen);
    }
    if qlen >= 4 && qlen.abs_diff(wlen) <= 2 {
        let allowed = if qlen >= 7 { 2 } else { 1 };
        let distance = strsim::osa_distance(query, word);
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
    best
}

/// The skim matcher finds the best alignment of a scattered match ("angy" in "angry").
fn fuzzy(query: &str, word: &str, qlen: usize, wlen: usize) -> Option<TokenMatch> {
    // Scattered matches inside long words are mostly accidental.
    if wlen > qlen * 2 + 2 {
        return None;
    }
    let (score, indices) = SKIM.fuzzy_indices(word, query)?;
    let perfect = SKIM.fuzzy_match(query, query).unwrap_or(1).max(1);
    let ratio = (score as f32 / perfect as f32).clamp(0.0, 1.0);
    let quality = 0.35 + 0.35 * ratio * qlen as f32 / wlen as f32;
    let mut chars: Vec<Range<usize>> = Vec::new();
    for i in indices {
        match chars.last_mut() {
            Some(last) if last.end == i => last.end = i + 1,
            _ => chars.push(i..i + 1),
        }
    }
    Some(TokenMatch { quality, chars })
}

/// The word without a common English inflection ("shouting", "shouted", "shouts").
fn stem(word: &str) -> &str {
    ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|s| s.chars().count() >= 4))
        .unwrap_or(word)
}

/// A cheap test that rules out most words before the matcher runs.
fn is_subsequence(query: &str, word: &str) -> bool {
    let mut rest = word.chars();
    query.chars().all(|q| rest.any(|w| w == q))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quality(q: &str, w: &str) -> f32 {
        match_token(q, w).map_or(0.0, |m| m.quality)
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
        let m = match_token("angy", "angry");
        assert_eq!(m.map(|m| m.chars), Some(vec![0..3, 4..5]));
    }
}
