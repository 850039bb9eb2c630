//! Search-as-you-type over every kind of guidance: forgiving of typos, partial words,
//! case and diacritics, understanding related words through a thesaurus, and ranking
//! titles and keywords above body text and the words typed above anything looser.

mod analyzer;
mod matcher;
pub mod normalize;
mod query;
mod thesaurus;

use std::{
    collections::{HashMap, HashSet},
    ops::Range,
};

use serde::Serialize;

use crate::content::{Content, Item, Kind, model::Show};
pub use analyzer::Analyzer;
use matcher::{MatchKind, THESAURUS_QUALITY, Token, TokenMatch, match_token};
use normalize::words;
pub use query::{MAX_QUERY_WORDS, MAX_WORD_CHARS};
use query::{Query, TermKind};
use thesaurus::Hop;

/// How many top candidates get the more expensive whole-phrase and run bonuses.
const RERANK: usize = 64;
/// A match through a typo or the thesaurus is worth at most this share of the weakest
/// direct match of the same query word, so it never outranks one, even on a card whose
/// kind weighs more.
const INDIRECT_CAP: f32 = 0.75;
/// The share of a thesaurus target's worth that remains for each edit when the
/// query word was a misspelling of the word the thesaurus knows.
const MISSPELT_SYNONYM: f32 = 0.8;
/// How much each word of a run of query words found side by side adds, times the
/// field's weight.
const RUN_BONUS: f32 = 0.5;
/// A thesaurus target two steps from the query word is worth this share of one a
/// single step away.
const SECOND_HOP: f32 = 0.8;
/// Results whose words carry less than this share of the query's weight are weak.
const WEAK: f32 = 0.5;

/// Which part of an item matched; earlier variants weigh more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Keyword,
    Summary,
    Body,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Self::Title => 3.0,
            Self::Keyword => 2.6,
            Self::Summary => 1.6,
            Self::Body => 1.0,
        }
    }
}

#[derive(Debug)]
struct FieldText {
    field: Field,
    text: String,
    /// Folded words joined by spaces, for whole-phrase matches.
    folded: String,
    /// Each word of `folded`, in order.
    words: Vec<FieldWord>,
}

impl FieldText {
    /// How much a match in this field counts.
    fn weight(&self) -> f32 {
        self.field.weight() * length_factor(&self.folded)
    }
}

/// A word of a field, so matches can be found and highlighted without folding it again.
#[derive(Debug, Clone, Copy)]
struct FieldWord {
    /// Its position in the vocabulary.
    vocab: u32,
    /// Where it starts in the field's text, in bytes.
    start: u32,
}

#[derive(Debug)]
struct Doc {
    id: String,
    kind: Kind,
    title: String,
    fields: Vec<FieldText>,
}

/// A ready-to-query index of one language's content.
#[derive(Debug)]
pub struct Index {
    analyzer: Analyzer,
    docs: Vec<Doc>,
    /// Every distinct folded word.
    vocab: Vec<Token>,
    /// For each vocabulary word: the documents containing it, in order, with the weight
    /// of the best field it appears in there.
    postings: Vec<Vec<(u32, f32)>>,
    /// Vocabulary ids by word, and by stem (where thesaurus targets are looked up).
    by_word: HashMap<Box<str>, u32>,
    by_stem: HashMap<Box<str>, Vec<u32>>,
    /// Positions of the customer types, for the empty query.
    customer_types: Vec<u32>,
}

/// Matched characters in one field, as byte ranges into `text`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldMatch {
    pub field: Field,
    pub text: String,
    pub ranges: Vec<Range<usize>>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub kind: Kind,
    pub title: String,
    pub score: f32,
    /// Byte ranges of `title` that matched.
    pub title_ranges: Vec<Range<usize>>,
    /// The best-matching field other than the title, for context under it.
    pub snippet: Option<FieldMatch>,
}

/// Results with what the search made of the query, for the results page to say so.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    /// Query words or phrases that matched nothing directly and were understood only
    /// through the thesaurus, each with the content word taken for it: ("livid",
    /// "angry") reads "showing results for *angry*".
    pub understood: Vec<(String, String)>,
    /// Nothing matched well: no results, or the best carries less than half of what
    /// was typed. The page should say so and offer ways on.
    pub weak: bool,
}

/// Which items a search may return; the default allows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only items of this kind.
    pub kind: Option<Kind>,
    /// Only items with these ids (the phrase pairs of one situation).
    pub ids: Option<HashSet<String>>,
}

impl Filter {
    /// Only items of `kind`.
    pub fn kind(kind: Kind) -> Self {
        Self {
            kind: Some(kind),
            ids: None,
        }
    }

    /// Also only the items with these ids.
    pub fn with_ids<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.ids = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    fn allows(&self, doc: &Doc) -> bool {
        self.kind.is_none_or(|k| k == doc.kind)
            && self.ids.as_ref().is_none_or(|ids| ids.contains(&doc.id))
    }
}

/// Which query words each vocabulary word is a form of, for runs of them.
struct Positions {
    of_word: HashMap<u32, u16>,
    /// The positions of stop words.
    stop: u16,
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
struct Scratch {
    /// Best score from a direct match (the word itself, a form or a prefix of it).
    direct: Vec<f32>,
    /// Best score from a typo or thesaurus match, and which of the two it was.
    indirect: Vec<(f32, MatchKind)>,
    touched: Vec<u32>,
}

impl Scratch {
    fn new(docs: usize) -> Self {
        Self {
            direct: vec![0.0; docs],
            indirect: vec![(0.0, MatchKind::Thesaurus); docs],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, doc: u32, score: f32, kind: MatchKind) {
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
struct Totals {
    score: Vec<f32>,
    /// Weight of the terms matched, and the same weighed by how closely.
    covered: Vec<f32>,
    strength: Vec<f32>,
    /// Weight of all terms.
    wanted: f32,
}

/// A term that matched only through the thesaurus: its words, and each target word
/// with the vocabulary ids it reached.
struct Understood {
    text: String,
    targets: Vec<(&'static str, Hop, Vec<u32>)>,
}

impl Index {
    /// Indexes `content`, analysing its words and every query with `analyzer`.
    pub fn new(content: &Content, analyzer: Analyzer) -> Self {
        let mut index = Self {
            analyzer,
            docs: Vec::new(),
            vocab: Vec::new(),
            postings: Vec::new(),
            by_word: HashMap::new(),
            by_stem: HashMap::new(),
            customer_types: Vec::new(),
        };
        for item in content.items() {
            let doc_id = u32::try_from(index.docs.len()).unwrap_or(u32::MAX);
            if item.kind() == Kind::CustomerType {
                index.customer_types.push(doc_id);
            }
            let mut doc = Doc {
                id: item.id().to_owned(),
                kind: item.kind(),
                title: item.title().to_owned(),
                fields: fields_of(item),
            };
            let mut best: HashMap<u32, f32> = HashMap::new();
            for field in &mut doc.fields {
                let weight = field.weight();
                let folded = field.folded.split(' ').filter(|w| !w.is_empty());
                for (word, field_word) in folded.zip(&mut field.words) {
                    let id = index.word_id(word);
                    field_word.vocab = id;
                    let entry = best.entry(id).or_insert(weight);
                    *entry = entry.max(weight);
                }
            }
            let mut best: Vec<(u32, f32)> = best.into_iter().collect();
            best.sort_by_key(|&(word, _)| word);
            for (word, weight) in best {
                index.postings[word as usize].push((doc_id, weight));
            }
            index.docs.push(doc);
        }
        index
    }

    /// The vocabulary id of a folded word, adding it if new.
    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.by_word.get(word) {
            return id;
        }
        let id = u32::try_from(self.vocab.len()).unwrap_or(u32::MAX);
        let stem = self.analyzer.stem(word);
        self.by_stem
            .entry(stem.as_ref().into())
            .or_default()
            .push(id);
        self.vocab.push(Token::new(word, &stem));
        self.postings.push(Vec::new());
        self.by_word.insert(word.into(), id);
        id
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The best `limit` results for `query`. A blank query lists the customer types.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.search_detailed(query, limit).hits
    }

    /// As [`Self::search`], with what was understood only through the thesaurus and
    /// whether the results are weak.
    pub fn search_detailed(&self, query: &str, limit: usize) -> Outcome {
        self.search_filtered(query, limit, &Filter::default())
    }

    /// As [`Self::search_detailed`], among the items `filter` allows. A blank query
    /// lists the customer types when nothing is filtered, else every allowed item in
    /// content order.
    pub fn search_filtered(&self, query: &str, limit: usize, filter: &Filter) -> Outcome {
        let query = Query::parse(query, &self.analyzer);
        if query.blank {
            let all = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
            let docs: Vec<u32> = if *filter == Filter::default() {
                self.customer_types.clone()
            } else {
                (0..all)
                    .filter(|&d| filter.allows(&self.docs[d as usize]))
                    .collect()
            };
            return Outcome {
                hits: docs
                    .into_iter()
                    .take(limit)
                    .map(|d| self.hit(d, 0.0, &Matched::default()))
                    .collect(),
                ..Outcome::default()
            };
        }

        let n = self.docs.len();
        let mut scratch = Scratch::new(n);
        let mut totals = Totals {
            score: vec![0.0; n],
            covered: vec![0.0; n],
            strength: vec![0.0; n],
            wanted: 0.0,
        };
        let mut matched = Matched::new(self.vocab.len());
        let mut understood: Vec<Understood> = Vec::new();
        // Items where the last phrase stood word for word: its words on their own
        // add nothing there, as they are the same evidence.
        let mut literal: Vec<bool> = vec![false; n];
        for term in &query.terms {
            let mut found = match &term.what {
                TermKind::Word(token) => self.match_word(token, term.synonyms.is_some()),
                TermKind::Sequence(stems) => {
                    self.match_sequence(stems, &mut scratch, &mut matched);
                    literal.fill(false);
                    for &d in &scratch.touched {
                        literal[d as usize] = true;
                    }
                    Vec::new()
                }
            };
            let reached_before = found.len() + scratch.touched.len();
            let synonyms = match (&term.what, term.synonyms) {
                (_, Some(entry)) => Some((entry, 1.0)),
                // A phrase's words on their own have no synonyms (the phrase has).
                (TermKind::Word(_), None) if term.optional => None,
                (TermKind::Word(token), None) => self.misspelt_synonyms(token, &found),
                (TermKind::Sequence(_), None) => None,
            };
            if let Some((entry, factor)) = synonyms {
                self.add_synonyms(entry, factor, &mut found);
            }
            for (id, m) in &found {
                for &(doc, weight) in &self.postings[*id as usize] {
                    scratch.add(doc, m.quality * weight, m.kind);
                }
            }
            let thesaurus_only = reached_before == 0 && !found.is_empty();
            if !(term.optional && scratch.touched.is_empty()) {
                let same = term.optional.then_some(literal.as_slice());
                self.add_term(&mut scratch, &mut totals, term.weight, same);
            }
            if let (true, Some((entry, _))) = (thesaurus_only, synonyms) {
                understood.push(Understood {
                    text: term.text.clone(),
                    targets: self.targets(entry),
                });
            }
            for (id, m) in found {
                matched.keep_best(id, m);
            }
        }

        let mut ranked: Vec<(u32, f32)> = totals
            .score
            .iter()
            .enumerate()
            .filter(|&(d, &t)| t > 0.0 && filter.allows(&self.docs[d]))
            .map(|(d, &t)| {
                // Coverage weighs each term by its rarity: missing a common word
                // ("wants") costs little, missing the rare one ("refund") a lot.
                let coverage = totals.covered[d] / totals.wanted.max(f32::MIN_POSITIVE);
                let doc = &self.docs[d];
                (
                    u32::try_from(d).unwrap_or(u32::MAX),
                    t * coverage * kind_weight(doc.kind),
                )
            })
            .filter(|&(_, s)| s > 0.0)
            .collect();
        sort_ranked(&mut ranked);

        if query.words.len() > 1 {
            let phrase = query.words.join(" ");
            let positions = self.query_positions(&query.words);
            for (doc, score) in ranked.iter_mut().take(RERANK) {
                let doc = &self.docs[*doc as usize];
                let bonus = doc
                    .fields
                    .iter()
                    .filter(|f| f.folded.contains(&phrase))
                    .map(|f| f.field.weight())
                    .fold(0.0f32, f32::max);
                *score += bonus * query.words.len() as f32 + self.run_bonus(doc, &positions);
            }
            sort_ranked(&mut ranked);
        }
        ranked.truncate(limit);

        let weak = ranked
            .first()
            .is_none_or(|&(d, _)| totals.strength[d as usize] < WEAK * totals.wanted);
        let understood = understood
            .into_iter()
            .filter_map(|u| {
                let target = self.target_in_results(&u, &ranked)?;
                Some((u.text, target.to_owned()))
            })
            .collect();
        Outcome {
            hits: ranked
                .into_iter()
                .map(|(doc, score)| self.hit(doc, score, &matched))
                .collect(),
            understood,
            weak,
        }
    }

    /// The vocabulary words one query word matches. A word the thesaurus knows is
    /// not a misspelling of another: "livid" must not find "lived".
    fn match_word(&self, token: &Token, known: bool) -> Vec<(u32, TokenMatch)> {
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

    /// For each vocabulary word that is a form of a query word, which query words
    /// (a bit per position), and which positions hold stop words.
    fn query_positions(&self, words: &[String]) -> Positions {
        let mut of_word: HashMap<u32, u16> = HashMap::new();
        let mut stop = 0u16;
        for (i, word) in words.iter().enumerate().take(16) {
            let bit = 1u16 << i;
            if self.analyzer.is_stop_word(word) {
                stop |= bit;
            }
            let same_stem = self.by_stem.get(self.analyzer.stem(word).as_ref());
            let exact = self.by_word.get(word.as_str());
            for &id in same_stem.into_iter().flatten().chain(exact) {
                *of_word.entry(id).or_default() |= bit;
            }
        }
        Positions { of_word, stop }
    }

    /// A bonus for the longest run of query words, in the order typed, that stands
    /// side by side in one of the item's fields (by stem, stop words included, at
    /// least one word not a stop word): "said he would wait for me after work" is
    /// close to "waiting for me after my shift" though few of its words are rare.
    fn run_bonus(&self, doc: &Doc, positions: &Positions) -> f32 {
        let mut best = 0.0f32;
        for field in &doc.fields {
            // Per query position: the run of words ending there, and whether it
            // holds a word that is not a stop word.
            let mut runs = [(0u8, false); 16];
            let mut longest = 0u8;
            for word in &field.words {
                let mask = positions.of_word.get(&word.vocab).copied().unwrap_or(0);
                let mut next = [(0u8, false); 16];
                for (i, slot) in next.iter_mut().enumerate() {
                    if mask & (1 << i) == 0 {
                        continue;
                    }
                    let (len, content) = i.checked_sub(1).map_or((0, false), |p| runs[p]);
                    *slot = (len + 1, content || positions.stop & (1 << i) == 0);
                    if slot.1 {
                        longest = longest.max(slot.0);
                    }
                }
                runs = next;
            }
            if longest >= 2 {
                best = best.max(field.field.weight() * f32::from(longest - 1));
            }
        }
        best * RUN_BONUS
    }

    /// The thesaurus entry of a word the thesaurus does not know and nothing matched
    /// directly, taken as a misspelling of a word it knows ("belligerant":
    /// belligerent), with what
    /// its targets are worth for the edits. Typos of the index's words still count.
    fn misspelt_synonyms(
        &self,
        token: &Token,
        found: &[(u32, TokenMatch)],
    ) -> Option<(thesaurus::Entry, f32)> {
        if found.iter().any(|(_, m)| m.kind.is_direct()) {
            return None;
        }
        let (edits, entry) = self.analyzer.thesaurus()?.misspelt(token.text())?;
        Some((
            entry,
            MISSPELT_SYNONYM.powi(i32::try_from(edits).unwrap_or(i32::MAX)),
        ))
    }

    /// Adds the words a thesaurus entry leads to, closest first and worth a little
    /// less each (and `factor` of that), to the words a term matched.
    fn add_synonyms(
        &self,
        entry: thesaurus::Entry,
        factor: f32,
        found: &mut Vec<(u32, TokenMatch)>,
    ) {
        for (rank, (_, hop, ids)) in self.targets(entry).into_iter().enumerate() {
            let step = match hop {
                Hop::One => 1.0,
                Hop::Two => SECOND_HOP,
            };
            let quality = THESAURUS_QUALITY * factor * step * (1.0 - 0.08 * rank.min(5) as f32);
            for id in ids {
                if found.iter().all(|&(other, _)| other != id) {
                    let len = self.vocab[id as usize].text().chars().count();
                    found.push((
                        id,
                        TokenMatch {
                            quality,
                            kind: MatchKind::Thesaurus,
                            chars: std::iter::once(0..len).collect(),
                        },
                    ));
                }
            }
        }
    }

    /// Scores words that must stand side by side in a field (by stem; `None` is any
    /// word) into `scratch`, and marks them for highlighting where they do.
    fn match_sequence(
        &self,
        stems: &[Option<String>],
        scratch: &mut Scratch,
        matched: &mut Matched,
    ) {
        let Some(first) = stems.iter().flatten().next() else {
            return;
        };
        let Some(ids) = self.by_stem.get(first.as_str()) else {
            return;
        };
        let mut docs: Vec<u32> = ids
            .iter()
            .flat_map(|&id| self.postings[id as usize].iter().map(|p| p.0))
            .collect();
        docs.sort_unstable();
        docs.dedup();
        let fits = |word: &FieldWord, stem: &Option<String>| {
            stem.as_deref()
                .is_none_or(|s| self.vocab[word.vocab as usize].stem() == s)
        };
        let mut found: Vec<u32> = Vec::new();
        for doc in docs {
            let mut best = 0.0f32;
            for field in &self.docs[doc as usize].fields {
                for window in field.words.windows(stems.len()) {
                    if window
                        .iter()
                        .zip(stems)
                        .all(|(word, stem)| fits(word, stem))
                    {
                        best = best.max(field.weight());
                        found.extend(window.iter().map(|w| w.vocab));
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
    /// the term counts as covered there but adds no score.
    fn add_term(
        &self,
        scratch: &mut Scratch,
        totals: &mut Totals,
        weight: f32,
        same: Option<&[bool]>,
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
            let (score, closeness) = if scratch.direct[d] >= indirect {
                (scratch.direct[d], 1.0)
            } else {
                (indirect, closeness(kind))
            };
            if !same.is_some_and(|same| same[d]) {
                totals.score[d] += score * rarity;
            }
            totals.covered[d] += rarity;
            totals.strength[d] += closeness * rarity;
            scratch.direct[d] = 0.0;
            scratch.indirect[d] = (0.0, MatchKind::Thesaurus);
        }
    }

    /// The target words of a thesaurus entry that occur in the content, each with the
    /// vocabulary ids of its forms.
    fn targets(&self, entry: thesaurus::Entry) -> Vec<(&'static str, Hop, Vec<u32>)> {
        entry
            .targets()
            .filter_map(|(target, hop)| {
                let ids = self.by_stem.get(self.analyzer.stem(target).as_ref())?;
                Some((target, hop, ids.clone()))
            })
            .collect()
    }

    /// The target that the best-ranked result reached through it, else its closest.
    fn target_in_results(
        &self,
        understood: &Understood,
        ranked: &[(u32, f32)],
    ) -> Option<&'static str> {
        let in_doc = |doc: u32, ids: &[u32]| {
            self.docs[doc as usize]
                .fields
                .iter()
                .any(|f| f.words.iter().any(|w| ids.contains(&w.vocab)))
        };
        ranked
            .iter()
            .find_map(|&(doc, _)| {
                understood
                    .targets
                    .iter()
                    .find(|(_, _, ids)| in_doc(doc, ids))
                    .map(|(t, _, _)| *t)
            })
            .or_else(|| understood.targets.first().map(|(t, _, _)| *t))
    }

    fn hit(&self, doc: u32, score: f32, matched: &Matched) -> Hit {
        let doc = &self.docs[doc as usize];
        let mut title_ranges = Vec::new();
        let mut snippet: Option<FieldMatch> = None;
        for field in &doc.fields {
            // Folding a field's text again is the costly part: only for fields that matched.
            if !field.words.iter().any(|w| matched.get(w.vocab).is_some()) {
                continue;
            }
            if field.field == Field::Title {
                if title_ranges.is_empty() {
                    title_ranges = highlight(field, matched);
                }
            } else if snippet.is_none() {
                snippet = Some(FieldMatch {
                    field: field.field,
                    text: field.text.clone(),
                    ranges: highlight(field, matched),
                });
            }
        }
        Hit {
            id: doc.id.clone(),
            kind: doc.kind,
            title: doc.title.clone(),
            score,
            title_ranges,
            snippet,
        }
    }
}

/// Highest score first; ties keep content order (customer types first).
fn sort_ranked(ranked: &mut [(u32, f32)]) {
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// A word in a short field (a title, a keyword) says more than one in a long sentence.
fn length_factor(folded: &str) -> f32 {
    let words = folded.split(' ').filter(|w| !w.is_empty()).count().max(1);
    1.0 / (1.0 + 0.08 * (words - 1) as f32)
}

/// Customer-type cards are what a worker most often wants; a slight lead breaks ties.
fn kind_weight(kind: Kind) -> f32 {
    match kind {
        Kind::CustomerType => 1.2,
        Kind::Phrase | Kind::Playbook => 1.0,
        Kind::Principle => 0.95,
        // A deck is for the classroom, not the shop floor: it never pushes a card down.
        Kind::Deck => 0.9,
    }
}

/// How well the query matched each vocabulary word, for those it matched.
#[derive(Debug, Default)]
struct Matched {
    /// Per vocabulary id: 0 for no match, else the position in `matches` plus one.
    slots: Vec<u32>,
    matches: Vec<TokenMatch>,
}

impl Matched {
    fn new(vocab: usize) -> Self {
        Self {
            slots: vec![0; vocab],
            matches: Vec::new(),
        }
    }

    fn get(&self, vocab_id: u32) -> Option<&TokenMatch> {
        let slot = *self.slots.get(vocab_id as usize)?;
        self.matches.get(slot.checked_sub(1)? as usize)
    }

    /// Records `m` unless an earlier query word matched this word at least as well.
    fn keep_best(&mut self, vocab_id: u32, m: TokenMatch) {
        let Some(slot) = self.slots.get_mut(vocab_id as usize) else {
            return;
        };
        match slot.checked_sub(1) {
            Some(i) => {
                let old = &mut self.matches[i as usize];
                if m.quality > old.quality {
                    *old = m;
                }
            }
            None => {
                self.matches.push(m);
                *slot = u32::try_from(self.matches.len()).unwrap_or(u32::MAX);
            }
        }
    }
}

/// The byte ranges of `field`'s text whose words matched, merged where they touch.
fn highlight(field: &FieldText, matched: &Matched) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (i, word) in field.words.iter().enumerate() {
        let Some(m) = matched.get(word.vocab) else {
            continue;
        };
        // Fold just this word again, from its start to where the next one starts.
        let start = word.start as usize;
        let end = field
            .words
            .get(i + 1)
            .map_or(field.text.len(), |next| next.start as usize);
        let Some(word) = field
            .text
            .get(start..end)
            .and_then(|text| words(text).into_iter().next())
        else {
            continue;
        };
        for chars in m.chars.as_slice() {
            if let Some(range) = word.span(chars.clone()) {
                let range = start + range.start..start + range.end;
                match ranges.last_mut() {
                    Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
                    _ => ranges.push(range),
                }
            }
        }
    }
    ranges
}

fn fields_of(item: Item<'_>) -> Vec<FieldText> {
    let mut fields: Vec<(Field, &str)> = vec![(Field::Title, item.title())];
    match item {
        Item::CustomerType(c) => {
            fields.extend(c.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &c.summary));
            fields.extend(c.recognise.iter().map(|t| (Field::Body, t.as_str())));
            fields.extend(c.steps.iter().map(|t| (Field::Body, t.as_str())));
            for e in &c.escalate {
                fields.push((Field::Body, &e.when));
                fields.push((Field::Body, &e.then));
            }
        }
        Item::Phrase(p) => {
            fields.push((Field::Summary, &p.say));
            fields.extend(p.direction.iter().map(|d| (Field::Body, d.as_str())));
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Body, &p.why));
        }
        Item::Playbook(p) => {
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &p.summary));
            if let Some(e) = &p.urgent {
                fields.push((Field::Body, &e.when));
                fields.push((Field::Body, &e.then));
            }
            for step in &p.steps {
                fields.push((Field::Body, &step.title));
                fields.push((Field::Body, &step.detail));
            }
        }
        Item::Principle(p) => {
            fields.extend(p.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &p.summary));
            fields.extend(p.how.iter().map(|t| (Field::Body, t.as_str())));
        }
        Item::Deck(d) => {
            fields.extend(d.keywords.iter().map(|k| (Field::Keyword, k.as_str())));
            fields.push((Field::Summary, &d.goal));
            fields.push((Field::Body, &d.audience));
            for slide in &d.slides {
                if let Show::Free { title, bullets } = &slide.show {
                    fields.push((Field::Body, title));
                    fields.extend(bullets.iter().map(|b| (Field::Body, b.as_str())));
                }
            }
        }
    }
    fields
        .into_iter()
        .map(|(field, text)| {
            let words = words(text);
            let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
            FieldText {
                field,
                text: text.to_owned(),
                folded: folded.join(" "),
                words: words
                    .iter()
                    .map(|w| FieldWord {
                        vocab: u32::MAX,
                        start: w
                            .origins
                            .first()
                            .map_or(u32::MAX, |o| u32::try_from(o.start).unwrap_or(u32::MAX)),
                    })
                    .collect(),
            }
        })
        .collect()
}
