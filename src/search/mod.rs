//! Search-as-you-type over every kind of guidance: forgiving of typos, partial words,
//! case and diacritics, ranking titles and keywords above body text.

mod matcher;
pub mod normalize;

use std::{collections::HashMap, ops::Range};

use serde::Serialize;

use crate::content::{Content, Item, Kind, model::Show};
use matcher::{Token, TokenMatch, match_token};
use normalize::words;

/// Queries are cut to this many words, and each word to this many characters, so any
/// input (a pasted page, a held-down key) costs a bounded amount of work.
pub const MAX_QUERY_WORDS: usize = 12;
pub const MAX_WORD_CHARS: usize = 40;
/// How many top candidates get the more expensive whole-phrase bonus.
const RERANK: usize = 64;

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

/// Words that say little about which card is wanted ("customer shouting at me").
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "at", "to", "me", "my", "i", "im", "is",
    "are", "was", "be", "been", "her", "his", "him", "she", "he", "they",
    "them", "their", "it", "its", "of", "on", "in", "and", "or", "for",
    "with", "who", "what", "how", "do", "does", "did", "about", "keeps", "customer",
    "customers", "client", "clients", "someone", "person", "this", "that", "when", "so", "very",
    "said", "says", "say", "told", "will", "would", "just", "going", "has", "have",
    "had", "we", "you", "your", "us", "our",
];

#[derive(Debug)]
struct FieldText {
    field: Field,
    text: String,
    /// Folded words joined by spaces, for whole-phrase matches.
    folded: String,
    /// Each word of `folded`, in order.
    words: Vec<FieldWord>,
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
#[derive(Debug, Default)]
pub struct Index {
    docs: Vec<Doc>,
    /// Every distinct folded word.
    vocab: Vec<Token>,
    /// For each vocabulary word: the documents containing it, with the weight of the
    /// best field it appears in there.
    postings: Vec<Vec<(u32, f32)>>,
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

impl Index {
    pub fn new(content: &Content) -> Self {
        let mut index = Self::default();
        let mut vocab_ids: HashMap<String, u32> = HashMap::new();
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
                let weight = field.field.weight() * length_factor(&field.folded);
                let folded = field.folded.split(' ').filter(|w| !w.is_empty());
                for (word, field_word) in folded.zip(&mut field.words) {
                    let next = u32::try_from(index.vocab.len()).unwrap_or(u32::MAX);
                    let id = *vocab_ids.entry(word.to_owned()).or_insert_with(|| {
                        index.vocab.push(Token::new(word));
                        index.postings.push(Vec::new());
                        next
                    });
                    field_word.vocab = id;
                    let entry = best.entry(id).or_insert(weight);
                    *entry = entry.max(weight);
                }
            }
            for (word, weight) in best {
                index.postings[word as usize].push((doc_id, weight));
            }
            index.docs.push(doc);
        }
        index
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The best `limit` results for `query`. A blank query lists the customer types.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.blank {
            return self
                .customer_types
                .iter()
                .take(limit)
                .map(|&d| self.hit(d, 0.0, &Matched::default()))
                .collect();
        }
        if query.words.is_empty() {
            return Vec::new();
        }
        let scoring: Vec<Token> = {
            let content: Vec<Token> = query
                .words
                .iter()
                .filter(|w| !STOP_WORDS.contains(&w.as_str()))
                .map(|w| Token::query(w))
                .collect();
            if content.is_empty() {
                query.words.iter().map(|w| Token::query(w)).collect()
            } else {
                content
            }
        };

        // Vocabulary word → how well the query matched it (best over query words).
        let mut matched = Matched::new(self.vocab.len());
        let mut totals = vec![0.0f32; self.docs.len()];
        let mut hits_per_doc = vec![0u8; self.docs.len()];
        let mut word_best = vec![0.0f32; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        for word in &scoring {
            for (vocab_id, vocab_word) in self.vocab.iter().enumerate() {
                let Some(m) = match_token(word, vocab_word) else {
                    continue;
                };
                let vocab_id = u32::try_from(vocab_id).unwrap_or(u32::MAX);
                for &(doc, weight) in &self.postings[vocab_id as usize] {
                    let score = m.quality * weight;
                    let best = &mut word_best[doc as usize];
                    if *best == 0.0 {
                        touched.push(doc);
                    }
                    *best = best.max(score);
                }
                matched.keep_best(vocab_id, m);
            }
            // A word that matches few items tells them apart; one that matches most does not.
            let rarity = 1.0 + (self.docs.len() as f32 / touched.len().max(1) as f32).ln();
            for doc in touched.drain(..) {
                let d = doc as usize;
                totals[d] += word_best[d] * rarity;
                hits_per_doc[d] = hits_per_doc[d].saturating_add(1);
                word_best[d] = 0.0;
            }
        }

        let wanted = scoring.len() as f32;
        let mut ranked: Vec<(u32, f32)> = totals
            .iter()
            .enumerate()
            .filter(|&(_, &t)| t > 0.0)
            .map(|(d, &t)| {
                let coverage = f32::from(hits_per_doc[d]) / wanted;
                let doc = &self.docs[d];
                (
                    u32::try_from(d).unwrap_or(u32::MAX),
                    t * coverage * coverage * kind_weight(doc.kind),
                )
            })
            .filter(|&(_, s)| s > 0.0)
            .collect();
        sort_ranked(&mut ranked);

        if query.words.len() > 1 {
            let phrase = query.words.join(" ");
            for (doc, score) in ranked.iter_mut().take(RERANK) {
                let bonus = self.docs[*doc as usize]
                    .fields
                    .iter()
                    .filter(|f| f.folded.contains(&phrase))
                    .map(|f| f.field.weight())
                    .fold(0.0f32, f32::max);
                *score += bonus * query.words.len() as f32;
            }
            sort_ranked(&mut ranked);
        }

        ranked
            .into_iter()
            .take(limit)
            .map(|(doc, score)| self.hit(doc, score, &matched))
            .collect()
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

/// A query as folded, bounded words.
struct Query {
    words: Vec<String>,
    /// Nothing but white space: show the default list.
    blank: bool,
}

impl Query {
    fn parse(raw: &str) -> Self {
        let blank = raw.trim().is_empty();
        // A query far longer than any real one is cut before folding.
        let raw = match raw
            .char_indices()
            .nth(MAX_QUERY_WORDS * (MAX_WORD_CHARS + 1))
        {
            Some((end, _)) => &raw[..end],
            None => raw,
        };
        let words = words(raw)
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .map(|w| w.folded.chars().take(MAX_WORD_CHARS).collect())
            .collect();
        Self { words, blank }
    }
}
