//! The content as passages for the sentence model, and their vectors: stored ones
//! (committed in `assets/model/content-vectors.bin`, written by `defuse vectors`, or
//! kept in this PC's cache, see `meaning::grow`) are looked up by the passage's text.
//! A card is many passages, not one: its title, summary, each recognise line, step,
//! keyword, heard line (in every language) and phrase pair.

use std::collections::{HashMap, HashSet};

use crate::content::{Content, Item, Kind, TextRole};

use super::{MeaningError, SentenceModel, fnv1a};
use crate::search::{Analyzer, language::EnglishWords};
use sentence_model::{VectorSet, quantise};

/// The stored vectors inside the binary.
static BUNDLED: &[u8] = include_bytes!("../../assets/model/content-vectors.bin");

/// One passage: the item it belongs to (by its place in `Content::items`) and its text.
#[derive(Debug, Clone)]
pub struct Passage {
    pub item: usize,
    pub text: String,
    /// A line in another of our languages than English (`heard_other_languages`), or
    /// a keyword that is not all English.
    pub other_language: bool,
}

/// Which passages a query is scored against. Lines in our other languages are read
/// only for a query in one of them: for English stories they pulled the cards that
/// have the most of them ahead ("gonna kys" put Threats over Self-harm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    English,
    EveryLanguage,
}

/// An item as the meaning index names it.
#[derive(Debug, Clone)]
pub struct ItemName {
    pub id: String,
    pub kind: Kind,
    pub title: String,
}

/// Every passage of `content`, and the items in `Content::items` order.
pub fn passages(content: &Content) -> (Vec<ItemName>, Vec<Passage>) {
    let analyzer = Analyzer::english();
    // Read in the same walk as the passages: a keyword's language is told once all
    // the prose is read (a second walk doubled this function's time at 10,000 items).
    let mut english = EnglishWords::new(&analyzer);
    let mut keywords = Vec::new();
    let mut items = Vec::new();
    let mut out = Vec::new();
    let originals = content.english_originals();
    for (n, item) in content.items().enumerate() {
        items.push(ItemName {
            id: item.id().to_owned(),
            kind: item.kind(),
            title: item.title().to_owned(),
        });
        let mut seen = HashSet::new();
        // The passage's place in `out`, if it is new.
        let mut add = |text: &str, other_language: bool| {
            let text = text.trim();
            (!text.is_empty() && seen.insert(text.to_owned())).then(|| {
                out.push(Passage {
                    item: n,
                    text: text.to_owned(),
                    other_language,
                });
                out.len() - 1
            })
        };
        // A translated item: its English original's passages, as English content has
        // them, then its own, read as another language's (`Content::english`).
        let texts: Vec<(TextRole, String)> = match originals.get(item.id()) {
            Some(original) => original
                .texts()
                .into_iter()
                .chain(other_language(item.texts()))
                .collect(),
            // An item only this language has (a pair that works only in Russian): all
            // of it is another language's. An English stand-in is English.
            None if content.only_in_this_language(item.id()) => {
                other_language(item.texts()).collect()
            }
            None => item.texts(),
        };
        for (role, text) in texts {
            english.read(role, &text);
            match role {
                TextRole::Title | TextRole::Summary | TextRole::Body | TextRole::Advice => {
                    add(&text, false);
                }
                TextRole::Keyword => keywords.extend(add(&text, false)),
                TextRole::OtherLanguage => {
                    add(&text, true);
                }
                _ => {}
            }
        }
        if let Item::CustomerType(card) = item {
            // A translated pair is read as its English original is, and its own words
            // as another language's, as a translated item's are above.
            for pair in content.phrases_for(&card.id) {
                match originals.get(pair.id.as_str()) {
                    Some(Item::Phrase(original)) => {
                        add(&original.avoid, false);
                        add(&original.say, false);
                        add(&pair.avoid, true);
                        add(&pair.say, true);
                    }
                    _ => {
                        let own =
                            content.english.is_some() && !content.untranslated.contains(&pair.id);
                        add(&pair.avoid, own);
                        add(&pair.say, own);
                    }
                }
            }
        }
    }
    // A keyword in another language ("gesinsgeweld", "perompak bersenjata") was the
    // nearest passage to many short English queries ("wishy-washy").
    for at in keywords {
        out[at].other_language = !english.is_english(&out[at].text);
    }
    (items, out)
}

/// Texts of a translation, or of an item only its language has: read as another
/// language's, except what is never searched.
fn other_language(texts: Vec<(TextRole, String)>) -> impl Iterator<Item = (TextRole, String)> {
    texts.into_iter().map(|(role, text)| match role {
        TextRole::Label | TextRole::Trainer => (role, text),
        _ => (TextRole::OtherLanguage, text),
    })
}

/// Vectors by passage, as stored: the model's fingerprint and, for each passage's
/// text fingerprint, its vector in 8 bits with one scale (kept so: as floats they
/// would add 6 MB to the app's peak memory while the index is built).
#[derive(Debug, Default, Clone)]
pub struct Stored {
    pub model: u64,
    pub vectors: HashMap<u64, (Vec<i8>, f32)>,
}

impl Stored {
    /// No vectors yet, for `model`.
    pub fn empty(model: &SentenceModel) -> Self {
        Self {
            model: model.fingerprint(),
            vectors: HashMap::new(),
        }
    }

    /// Keeps `text`'s vector, in 8 bits as stored.
    pub fn insert(&mut self, text: &str, vector: &[f32]) {
        self.vectors.insert(passage_key(text), quantise(vector));
    }

    /// The vectors bundled in the binary.
    pub fn bundled() -> Result<Self, MeaningError> {
        Self::read(BUNDLED)
    }

    pub fn read(data: &[u8]) -> Result<Self, MeaningError> {
        let mut at = 0;
        let mut take = |n: usize| -> Result<&[u8], MeaningError> {
            let bytes = data.get(at..at + n).ok_or(MeaningError::Truncated)?;
            at += n;
            Ok(bytes)
        };
        if take(4)? != b"DFV1" {
            return Err(MeaningError::Malformed("not a file of content vectors"));
        }
        let u64_of = |b: &[u8]| b.try_into().map(u64::from_le_bytes).unwrap_or_default();
        let u32_of = |b: &[u8]| b.try_into().map(u32::from_le_bytes).unwrap_or_default();
        let model = u64_of(take(8)?);
        let dim = u32_of(take(4)?) as usize;
        let count = u32_of(take(4)?) as usize;
        // A damaged file may claim any count: room for what its bytes can hold at most.
        let mut vectors = HashMap::with_capacity(count.min(data.len() / (dim + 12).max(1)));
        for _ in 0..count {
            let key = u64_of(take(8)?);
            let scale = f32::from_le_bytes(take(4)?.try_into().unwrap_or_default());
            let values = take(dim)?;
            vectors.insert(
                key,
                (values.iter().map(|v| v.cast_signed()).collect(), scale),
            );
        }
        Ok(Self { model, vectors })
    }

    /// The file's bytes, passages in a stable order.
    pub fn write(&self, dim: usize) -> Vec<u8> {
        let mut keys: Vec<&u64> = self.vectors.keys().collect();
        keys.sort();
        let mut out = b"DFV1".to_vec();
        out.extend(self.model.to_le_bytes());
        out.extend(u32::try_from(dim).unwrap_or(0).to_le_bytes());
        out.extend(u32::try_from(keys.len()).unwrap_or(0).to_le_bytes());
        for key in keys {
            let (values, scale) = &self.vectors[key];
            out.extend(key.to_le_bytes());
            out.extend(scale.to_le_bytes());
            out.extend(values.iter().map(|v| v.cast_unsigned()));
        }
        out
    }
}

/// A passage's key in the stored vectors.
pub fn passage_key(text: &str) -> u64 {
    fnv1a(text.as_bytes())
}

/// The content's passages as vectors, ready to score a query against.
#[derive(Debug)]
pub struct MeaningIndex {
    items: Vec<ItemName>,
    passage_item: Vec<u32>,
    passage_text: Vec<String>,
    passage_other_language: Vec<bool>,
    vectors: VectorSet,
}

/// What building the index took: how many passages were stored and how many embedded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Built {
    pub stored: usize,
    pub embedded: usize,
    /// Passages still to embed (a pack's, in the background).
    pub missing: usize,
}

impl MeaningIndex {
    /// The passages of `content` that `stored` has vectors for (none when they are
    /// another model's), and the distinct texts of those it lacks, to embed. A
    /// passage without a vector is left out: its item is still found by its words.
    pub fn from_stored(
        model: &SentenceModel,
        content: &Content,
        stored: &Stored,
    ) -> (Self, Vec<String>) {
        let (items, passages) = passages(content);
        let usable = stored.model == model.fingerprint();
        let mut vectors = VectorSet::new(model.dimension());
        let mut passage_item = Vec::new();
        let mut passage_text = Vec::new();
        let mut passage_other_language = Vec::new();
        let mut missing = Vec::new();
        for p in passages {
            match stored.vectors.get(&passage_key(&p.text)).filter(|_| usable) {
                Some((values, scale)) => {
                    vectors.push_quantised(values, *scale);
                    passage_item.push(u32::try_from(p.item).unwrap_or(u32::MAX));
                    passage_text.push(p.text);
                    passage_other_language.push(p.other_language);
                }
                None => missing.push(p.text),
            }
        }
        // Two items may share a text: it is embedded once and serves both.
        missing.sort_unstable();
        missing.dedup();
        let index = Self {
            items,
            passage_item,
            passage_text,
            passage_other_language,
            vectors,
        };
        (index, missing)
    }

    /// How many passages it holds.
    pub fn len(&self) -> usize {
        self.passage_item.len()
    }

    pub fn is_empty(&self) -> bool {
        self.passage_item.is_empty()
    }

    /// Each item's meaning score for a query vector (its best passage's cosine, of
    /// the passages `reach` allows), with that passage, best first.
    pub fn scores(&self, query: &[f32], reach: Reach) -> Vec<ItemScore<'_>> {
        let mut best: Vec<Option<(f32, usize)>> = vec![None; self.items.len()];
        for (n, score) in self.vectors.scores(query).into_iter().enumerate() {
            if reach == Reach::English && self.passage_other_language[n] {
                continue;
            }
            let item = self.passage_item[n] as usize;
            if best[item].is_none_or(|(s, _)| score > s) {
                best[item] = Some((score, n));
            }
        }
        let mut out: Vec<ItemScore<'_>> = best
            .iter()
            .enumerate()
            .filter_map(|(item, b)| {
                let (score, passage) = (*b)?;
                let name = &self.items[item];
                Some(ItemScore {
                    id: &name.id,
                    kind: name.kind,
                    title: &name.title,
                    score,
                    passage: &self.passage_text[passage],
                })
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out
    }
}

/// An item's meaning score that owns its texts, to send from the model's thread.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub id: String,
    pub kind: Kind,
    pub title: String,
    pub score: f32,
    pub passage: String,
}

impl Scored {
    pub fn from_scores(scores: &[ItemScore<'_>]) -> Vec<Self> {
        scores
            .iter()
            .map(|s| Self {
                id: s.id.to_owned(),
                kind: s.kind,
                title: s.title.to_owned(),
                score: s.score,
                passage: s.passage.to_owned(),
            })
            .collect()
    }

    pub fn borrowed(&self) -> ItemScore<'_> {
        ItemScore {
            id: &self.id,
            kind: self.kind,
            title: &self.title,
            score: self.score,
            passage: &self.passage,
        }
    }
}

/// One item's meaning score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemScore<'a> {
    pub id: &'a str,
    pub kind: Kind,
    pub title: &'a str,
    pub score: f32,
    /// The passage that came closest.
    pub passage: &'a str,
}

/// Vectors for every passage of `content`, to store: what `defuse vectors` writes.
pub fn store(model: &SentenceModel, content: &Content) -> Stored {
    let (_, passages) = passages(content);
    let texts: Vec<&str> = passages.iter().map(|p| p.text.as_str()).collect();
    let vectors = model.embed_passages(&texts);
    Stored {
        model: model.fingerprint(),
        vectors: texts
            .iter()
            .map(|t| passage_key(t))
            .zip(vectors.iter().map(|v| quantise(v)))
            .collect(),
    }
}

/// Passages of `content` whose stored vector is missing or from another model, and
/// stored vectors no passage uses: what makes the committed file stale.
pub fn staleness(model: &SentenceModel, content: &Content, stored: &Stored) -> (usize, usize) {
    let (_, passages) = passages(content);
    let keys: HashSet<u64> = passages.iter().map(|p| passage_key(&p.text)).collect();
    if stored.model != model.fingerprint() {
        return (keys.len(), stored.vectors.len());
    }
    let missing = keys
        .iter()
        .filter(|k| !stored.vectors.contains_key(k))
        .count();
    let unused = stored.vectors.keys().filter(|k| !keys.contains(k)).count();
    (missing, unused)
}
