//! Search-as-you-type over every kind of guidance: forgiving of typos, partial words,
//! case and diacritics, understanding related words through a thesaurus, and ranking
//! titles and keywords above body text and the words typed above anything looser.

mod analyzer;
mod build;
mod fields;
pub mod fusion;
mod hits;
pub mod language;
mod matcher;
pub mod normalize;
mod query;
mod runs;
mod safety_order;
mod said;
mod shorthand;
mod synonyms;
mod terms;
mod thesaurus;
mod told;

use std::{collections::HashSet, ops::Range};

use serde::Serialize;

use crate::content::{Content, Item, Kind};
pub use analyzer::Analyzer;
use fields::fields_of;
use hits::Matched;
use matcher::{MatchKind, THESAURUS_QUALITY, Token, TokenMatch, match_token};
use normalize::words;
pub use query::{MAX_QUERY_WORDS, MAX_WORD_CHARS};
use query::{Query, TermKind};
use said::Said;
use terms::{Scratch, Totals};
use thesaurus::Hop;
pub use told::{Told, examples as safety_list_examples};

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
/// How much a keyword or title said in full adds for each of its words, times a
/// keyword's weight. Chosen on the sets tuned on (`safety-first`,
/// `everyday-not-safety`, `eval-workers`): 4 put 3 more safety wordings first than 2;
/// one-word keywords of everyday cards said in full would keep one more everyday
/// wording off a safety card but cost the eval set two results in its top 3, and
/// put a card before the phrase "queue" alone finds.
const SAID: f32 = 4.0;
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
    /// How workers say it in another of our languages: found by the words that
    /// language has and English content does not (see [`Index::new`]).
    OtherLanguage,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Self::Title => 3.0,
            Self::Keyword => 2.6,
            Self::Summary => 1.6,
            // A card's scene lines and steps tell the situation in the words a story
            // uses; below a title or keyword, not far below.
            Self::Body | Self::OtherLanguage => 1.3,
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
    /// What to do rather than what is happening (a card's steps).
    advice: bool,
    /// What to show for it in a result: for a translated item's English original, the
    /// translation's text in its place (its words did not match, so none is marked).
    shown: Option<String>,
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
    /// For a phrase pair taught under a safety card, that card.
    card: Option<&'static str>,
    /// For a phrase pair, the everyday cards it is taught under.
    situations: Vec<String>,
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
    by_word: foldhash::HashMap<Box<str>, u32>,
    by_stem: foldhash::HashMap<Box<str>, Vec<u32>>,
    /// Positions of the customer types, for the empty query.
    customer_types: Vec<u32>,
    /// Every keyword and title, for those said in full.
    said: Said,
    /// For each vocabulary word, whether it is a stop word (worked out once).
    stop: Vec<bool>,
    /// For each vocabulary word, whether some item has it without a posting: an
    /// English word in a line of another language (see `Index::new`).
    unposted: Vec<bool>,
    /// For each vocabulary word, its language, to tell a query's (see `language`).
    language: Vec<language::WordLanguage>,
    /// Each card that narrows another (a robbery), with the words that tell its
    /// situation (all but its advice): its evidence of its own is among these.
    narrower: Vec<(u32, foldhash::HashSet<u32>)>,
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
    /// The score by words alone (0 when the words matched nothing).
    pub lexical_score: f32,
    /// The cosine of the query and the item's closest passage, once the query's
    /// vector is ready.
    pub meaning_score: Option<f32>,
    pub matched_by: MatchedBy,
    /// The share of the query words it matched (by their weight) that it matched by
    /// the word itself, in some form or misspelt, not through the thesaurus
    /// ("expired" reaches "passes" and "die" only through the thesaurus).
    #[serde(skip)]
    pub literal: f32,
    /// Which of the query's terms it matched by the word itself (bit `i` for the
    /// `i`th, up to 64): what this item has evidence for that another lacks.
    #[serde(skip)]
    pub literal_terms: u64,
    /// For a phrase pair taught under a safety card, that card: it goes above the pair.
    #[serde(skip)]
    pub card: Option<&'static str>,
    /// For a phrase pair, the everyday cards it is taught under: one near the top
    /// goes above the pair.
    #[serde(skip)]
    pub situations: Vec<String>,
}

/// What found a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchedBy {
    Words,
    Meaning,
    Both,
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
    /// What the query's own words say happened, which decides the first safety card
    /// whatever the scores (the fusion applies it again).
    #[serde(skip)]
    pub told: Told,
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

/// A term that matched only through the thesaurus: its words, and each target word
/// with the vocabulary ids it reached.
struct Understood {
    text: String,
    targets: Vec<(&'static str, Hop, Vec<u32>)>,
}

impl Index {
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

    /// An index of nothing: what the app searches until the content's is built.
    pub fn empty() -> Self {
        Self::new(&Content::default(), Analyzer::plain())
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
            literal: vec![0.0; n],
            literal_terms: vec![0; n],
            wanted: 0.0,
        };
        let mut matched = Matched::new(self.vocab.len());
        let mut understood: Vec<Understood> = Vec::new();
        // The query terms each narrower card matched by a word of its situation.
        let mut situation_terms = vec![0u64; self.narrower.len()];
        // Items where the last phrase stood word for word: its words on their own
        // add nothing there, as they are the same evidence.
        let mut literal: Vec<bool> = vec![false; n];
        for (i, term) in query.terms.iter().enumerate() {
            let bit = u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i));
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
                self.add_term(
                    &mut scratch,
                    &mut totals,
                    term.weight,
                    same,
                    bit.unwrap_or(0),
                );
            }
            if let (true, Some((entry, _))) = (thesaurus_only, synonyms) {
                understood.push(Understood {
                    text: term.text.clone(),
                    targets: self.targets(entry),
                });
            }
            // A phrase ("hand over") found its items itself; where it stood word for
            // word, that is evidence whatever the field.
            let phrase = matches!(term.what, TermKind::Sequence(_));
            for ((_, words), terms) in self.narrower.iter().zip(&mut situation_terms) {
                let own = phrase
                    || found
                        .iter()
                        .any(|(id, m)| m.kind != MatchKind::Thesaurus && words.contains(id));
                if own {
                    *terms |= bit.unwrap_or(0);
                }
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
        let said = self.said.in_query(&query.stems);
        for (doc, score) in &mut ranked {
            if let Some(&words) = said.get(doc) {
                *score += SAID * Field::Keyword.weight() * words as f32;
            }
        }
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
        // A narrower card's evidence of its own is a word of its situation, not of its
        // advice ("threatening to smash the window" is no robbery for its "windows").
        for ((doc, _), terms) in self.narrower.iter().zip(situation_terms) {
            totals.literal_terms[*doc as usize] &= terms;
        }
        let told = Told::read(&query.told_words, |w| self.analyzer.stem(w).into_owned());
        for id in safety_order::told_cards(told) {
            let doc = self.docs.iter().position(|d| d.id == id);
            if let Some(d) = doc.filter(|&d| filter.allows(&self.docs[d]))
                && let Ok(d) = u32::try_from(d)
                && !ranked.iter().any(|&(r, _)| r == d)
            {
                ranked.push((d, 0.0));
            }
        }
        let moves = safety_order::moves(told, None, ranked.len(), |i| {
            let d = ranked[i].0 as usize;
            safety_order::Evidence {
                id: self.docs[d].id.as_str(),
                literal_terms: totals.literal_terms[d],
                meaning: None,
                card: self.docs[d].card,
                situations: &self.docs[d].situations,
            }
        });
        safety_order::apply(&mut ranked, &moves);
        ranked.truncate(limit);

        // A card the query names outright (a robbery told in Romanian) is no weak match
        // though its own words matched none of the query's.
        let weak = ranked.first().is_none_or(|&(d, _)| {
            totals.strength[d as usize] < WEAK * totals.wanted
                && !safety_order::told_cards(told).any(|id| id == self.docs[d as usize].id)
        });
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
                .map(|(doc, score)| {
                    let d = doc as usize;
                    let literal = totals.literal[d] / totals.covered[d].max(f32::MIN_POSITIVE);
                    Hit {
                        literal,
                        literal_terms: totals.literal_terms[d],
                        ..self.hit(doc, score, &matched)
                    }
                })
                .collect(),
            understood,
            weak,
            told,
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

/// Customer-type cards are what a worker most often wants: a worker telling what is
/// happening wants the card for the situation, and a phrase or principle that shares a
/// word or two with a long story is rarely it. A phrase still wins where its own words
/// are typed, as they match its short fields far better than a card's long ones.
fn kind_weight(kind: Kind) -> f32 {
    match kind {
        Kind::CustomerType => 2.0,
        Kind::Phrase | Kind::Playbook => 1.0,
        Kind::Principle => 0.95,
        // A deck is for the classroom, not the shop floor: it never pushes a card down.
        Kind::Deck => 0.9,
    }
}
