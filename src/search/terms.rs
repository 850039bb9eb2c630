//! One query term against the index: the vocabulary words a word matches (itself,
//! its forms, a prefix, a misspelling within its allowance), a thesaurus phrase
//! matched as a sequence, and the scores a term adds to each item.

use super::*;

impl Index {
    /// The vocabulary words one query word matches. A word the thesaurus knows is
    /// not a misspelling of another: "livid" must not find "lived".
    pub(super) fn match_word(&self, token: &Token, known: bool) -> Vec<(u32, TokenMatch)> {
        let mut found: Vec<(u32, TokenMatch)> = self
            .vocab
            .iter()
            .enumerate()
            .filter_map(|(id, word)| {
                let m = match_token(token, word)?;
                Some((u32::try_from(id).unwrap_or(u32::MAX), m))
            })
            .collect();
        // Nor is a word we have: "shout" must not find "short".
        if known || found.iter().any(|(_, m)| m.kind.is_direct()) {
            found.retain(|(_, m)| m.kind != MatchKind::Typo);
        }
        found
    }

    /// Scores words that must stand side by side in a field (by stem; `None` is any
    /// word) into `scratch`, and marks them for highlighting where they do.
    pub(super) fn match_sequence(
        &self,
        stems: &[Option<String>],
        scratch: &mut Scratch,
        matched: &mut Matched,
    ) {
        // Each stem as the words that have it: a word is compared by its number, not
        // its stem's letters.
        let wanted: Vec<Option<&[u32]>> = stems
            .iter()
            .map(|stem| {
                stem.as_deref()
                    .map(|s| self.by_stem.get(s).map_or(&[][..], Vec::as_slice))
            })
            .collect();
        // The items that have the first stem, narrowed to those that have each other
        // stem whose every place has a posting: a Chinese query's run of characters
        // walked every field of the thousands of items that had its first one (11 ms
        // at 10,000 items).
        let named: Vec<&[u32]> = wanted.iter().flatten().copied().collect();
        let Some((first, rest)) = named.split_first() else {
            return;
        };
        let having = |ids: &[u32]| {
            let mut docs: Vec<u32> = ids
                .iter()
                .flat_map(|&id| self.postings[id as usize].iter().map(|p| p.0))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs
        };
        let mut docs = having(first);
        for ids in rest {
            if ids.iter().all(|&id| !self.unposted[id as usize]) {
                let others = having(ids);
                docs.retain(|d| others.binary_search(d).is_ok());
            }
        }
        let fits = |word: &FieldWord, want: &Option<&[u32]>| {
            want.is_none_or(|ids| ids.contains(&word.vocab))
        };
        let mut found: Vec<u32> = Vec::new();
        for doc in docs {
            let mut best = 0.0f32;
            for field in &self.docs[doc as usize].fields {
                for window in field.words.windows(stems.len()) {
                    if window
                        .iter()
                        .zip(&wanted)
                        .all(|(word, want)| fits(word, want))
                    {
                        best = best.max(field.weight());
                        // A few distinct words, found in thousands of places at
                        // 10,000 items: kept once each as they are found.
                        for word in window {
                            if !found.contains(&word.vocab) {
                                found.push(word.vocab);
                            }
                        }
                    }
                }
            }
            if best > 0.0 {
                scratch.add(doc, best, MatchKind::Exact);
            }
        }
        found.sort_unstable();
        found.dedup();
        for id in found {
            let len = self.vocab[id as usize].text().chars().count();
            matched.keep_best(
                id,
                TokenMatch {
                    quality: 1.0,
                    kind: MatchKind::Exact,
                    chars: std::iter::once(0..len).collect(),
                },
            );
        }
    }

    /// Adds the term in `scratch` to the totals, weighted by how rare it is and by
    /// `weight`, and clears `scratch` for the next. Items marked in `same` already
    /// scored this evidence (a phrase's words where the phrase stood word for word):
    /// the term counts as covered there but adds no score. `bit` marks the term in
    /// [`Totals::literal_terms`] (0 past the 64th term).
    pub(super) fn add_term(
        &self,
        scratch: &mut Scratch,
        totals: &mut Totals,
        weight: f32,
        same: Option<&[bool]>,
        bit: u64,
    ) {
        let direct = scratch
            .touched
            .iter()
            .map(|&d| scratch.direct[d as usize])
            .filter(|&s| s > 0.0);
        let weakest_direct = direct.clone().fold(f32::INFINITY, f32::min);
        let direct_docs = direct.count();
        // A word that matches few items tells them apart; one that matches most does
        // not. Its own matches say how rare it is, not its looser ones. A term reached
        // only through typos or the thesaurus reaches some items closely and more of
        // them loosely: each counts by how closely, as a share of the closest.
        let reach = if direct_docs > 0 {
            direct_docs as f32
        } else {
            let indirect = || {
                scratch
                    .touched
                    .iter()
                    .map(|&d| scratch.indirect[d as usize].0)
            };
            let closest = indirect().fold(0.0f32, f32::max);
            indirect().map(|s| s / closest.max(f32::MIN_POSITIVE)).sum()
        };
        let rarity = weight * (1.0 + (self.docs.len().max(1) as f32 / reach.max(1.0)).ln());
        totals.wanted += rarity;
        for doc in scratch.touched.drain(..) {
            let d = doc as usize;
            let (mut indirect, kind) = scratch.indirect[d];
            if direct_docs > 0 {
                indirect = indirect.min(INDIRECT_CAP * weakest_direct);
            }
            let (score, closeness, literal) = if scratch.direct[d] >= indirect {
                (scratch.direct[d], 1.0, true)
            } else {
                (indirect, closeness(kind), kind != MatchKind::Thesaurus)
            };
            if !same.is_some_and(|same| same[d]) {
                totals.score[d] += score * rarity;
            }
            totals.covered[d] += rarity;
            totals.strength[d] += closeness * rarity;
            if literal {
                totals.literal[d] += rarity;
                totals.literal_terms[d] |= bit;
            }
            scratch.direct[d] = 0.0;
            scratch.indirect[d] = (0.0, MatchKind::Thesaurus);
        }
    }
}

/// How a query term reached one item, for the `weak` verdict: the word itself counts
/// fully, a misspelling or a related word less.
fn closeness(kind: MatchKind) -> f32 {
    match kind {
        MatchKind::Exact | MatchKind::Stem | MatchKind::Prefix => 1.0,
        MatchKind::Typo => 0.8,
        MatchKind::Thesaurus => 0.6,
    }
}

/// Per-item working space for scoring one term, reused across terms.
pub(super) struct Scratch {
    /// Best score from a direct match (the word itself, a form or a prefix of it).
    pub(super) direct: Vec<f32>,
    /// Best score from a typo or thesaurus match, and which of the two it was.
    pub(super) indirect: Vec<(f32, MatchKind)>,
    pub(super) touched: Vec<u32>,
}

impl Scratch {
    pub(super) fn new(docs: usize) -> Self {
        Self {
            direct: vec![0.0; docs],
            indirect: vec![(0.0, MatchKind::Thesaurus); docs],
            touched: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, doc: u32, score: f32, kind: MatchKind) {
        let d = doc as usize;
        if self.direct[d] == 0.0 && self.indirect[d].0 == 0.0 {
            self.touched.push(doc);
        }
        if kind.is_direct() {
            self.direct[d] = self.direct[d].max(score);
        } else if score > self.indirect[d].0 {
            self.indirect[d] = (score, kind);
        }
    }
}

/// Running totals per item over the terms of a query.
pub(super) struct Totals {
    pub(super) score: Vec<f32>,
    /// Weight of the terms matched, and the same weighed by how closely.
    pub(super) covered: Vec<f32>,
    pub(super) strength: Vec<f32>,
    /// Weight of the terms matched by the word itself (a form, a prefix or a
    /// misspelling of it), not through the thesaurus.
    pub(super) literal: Vec<f32>,
    /// Which query terms (bit `i` for the `i`th) each item matched by the word itself.
    pub(super) literal_terms: Vec<u64>,
    /// Weight of all terms.
    pub(super) wanted: f32,
}
