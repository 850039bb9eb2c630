//! Building the index: every item's fields read and folded once, each word given a
//! vocabulary id and a posting per item with the weight of the best field it is in.

use super::{
    Analyzer, Doc, Field, FieldText, Index, Said, Token,
    fields::{original_fields, own_language_fields, translation_fields},
    fields_of,
    language::{EnglishWords, WordLanguage},
};
use crate::content::{Content, Item, Kind, SAFETY_CARDS, is_safety_card, narrows};

/// An item's fields; a translated item's are its English original's, as English
/// content has them (`Content::english`), then its translation's own words; an item
/// only this language has, as `own_language_fields` says.
fn searched_fields(
    item: Item<'_>,
    content: &Content,
    original: Option<Item<'_>>,
    latin: bool,
) -> Vec<FieldText> {
    match original {
        Some(original) => {
            let mut fields = original_fields(original, item);
            fields.extend(translation_fields(item, latin));
            fields
        }
        None if content.only_in_this_language(item.id()) => own_language_fields(item, latin),
        None => fields_of(item),
    }
}

/// The folded words of the translations' own prose (none when `content` is English),
/// less the English ones they share with their originals ("client"): those are the
/// words of the originals' prose fields, already folded in `fields` (one list an item,
/// in `content`'s order). Prose only: keywords and other-language lines mix our
/// languages.
fn own_words(
    content: &Content,
    originals: &std::collections::HashMap<&str, Item<'_>>,
    fields: &[Vec<FieldText>],
) -> foldhash::HashSet<String> {
    let mut own = foldhash::HashSet::default();
    let mut english = foldhash::HashSet::default();
    for (item, item_fields) in content.items().zip(fields) {
        if !originals.contains_key(item.id()) {
            continue;
        }
        for (_, text) in item.texts().into_iter().filter(|(role, _)| role.is_prose()) {
            own.extend(
                super::normalize::folded(&text)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
        }
        let prose = item_fields
            .iter()
            .filter(|f| matches!(f.field, Field::Title | Field::Summary | Field::Body));
        english.extend(prose.flat_map(|f| f.folded.split(' ').filter(|w| !w.is_empty())));
    }
    own.retain(|w| !english.contains(w.as_str()));
    own
}

impl Index {
    /// Indexes `content`, analysing its words and every query with `analyzer`.
    pub fn new(content: &Content, analyzer: Analyzer) -> Self {
        let mut index = Self {
            analyzer,
            docs: Vec::new(),
            vocab: Vec::new(),
            postings: Vec::new(),
            by_word: foldhash::HashMap::default(),
            by_stem: foldhash::HashMap::default(),
            customer_types: Vec::new(),
            said: Said::default(),
            stop: Vec::new(),
            unposted: Vec::new(),
            language: Vec::new(),
            narrower: Vec::new(),
        };
        // The English words of the content, by stem: its titles, summaries and body
        // text, all written in English (see `is_english`). A line in another language often
        // mixes in English ("customer pengsan kat counter"): those words would make a
        // safety card match everyday English stories, so such lines add only the
        // words of their own language.
        let originals = content.english_originals();
        let latin = index.analyzer.searches_latin_translations();
        let mut fields: Vec<Vec<FieldText>> = content
            .items()
            .map(|item| searched_fields(item, content, originals.get(item.id()).copied(), latin))
            .collect();
        // Every word gets its id (and so its stem, worked out once) before any posting.
        for field in fields.iter_mut().flatten() {
            let folded = field.folded.split(' ').filter(|w| !w.is_empty());
            for (word, field_word) in folded.zip(&mut field.words) {
                field_word.vocab = index.word_id(word);
            }
        }
        let english = index.english_words(&fields);
        index.language = index.word_languages(&fields);
        // A translated item's keyword shows its summary (`original_fields`) unless it is
        // in the translations' language or another script: "last time" or "kena tipu"
        // under a Romanian card, reached by "la", would read as noise.
        let own = own_words(content, &originals, &fields);
        for field in fields.iter_mut().flatten() {
            if field.field == Field::Keyword
                && field.shown.is_some()
                && (!field.text.is_ascii() || field.folded.split(' ').any(|w| own.contains(w)))
            {
                field.shown = None;
            }
        }
        index.give_own_stems();
        for (item, item_fields) in content.items().zip(fields) {
            let doc_id = u32::try_from(index.docs.len()).unwrap_or(u32::MAX);
            if item.kind() == Kind::CustomerType {
                index.customer_types.push(doc_id);
            }
            let mut doc = Doc {
                id: item.id().to_owned(),
                kind: item.kind(),
                title: item.title().to_owned(),
                fields: item_fields,
                card: (item.kind() == Kind::Phrase)
                    .then(|| {
                        SAFETY_CARDS
                            .iter()
                            .find(|c| item.related().iter().any(|r| r == *c))
                    })
                    .flatten()
                    .copied(),
                situations: if item.kind() == Kind::Phrase {
                    item.related()
                        .iter()
                        .filter(|c| !is_safety_card(c))
                        .cloned()
                        .collect()
                } else {
                    Vec::new()
                },
            };
            // A safety card's one-word keyword is a danger word ("fainted", "knife"):
            // said among other words, it is evidence of that situation. An everyday
            // card's is just a keyword match, already weighed as one.
            let least_said = if is_safety_card(item.id()) { 1 } else { 2 };
            let mut best: foldhash::HashMap<u32, f32> = foldhash::HashMap::default();
            for field in &mut doc.fields {
                let weight = field.weight();
                let own_language_only = field.field == Field::OtherLanguage;
                for field_word in &field.words {
                    let id = field_word.vocab;
                    if own_language_only && index.is_english(id, &english) {
                        index.unposted[id as usize] = true;
                        continue;
                    }
                    let entry = best.entry(id).or_insert(weight);
                    *entry = entry.max(weight);
                }
                if matches!(field.field, Field::Title | Field::Keyword) {
                    let stems = field
                        .words
                        .iter()
                        .map(|w| w.vocab as usize)
                        .filter(|&v| !index.stop[v])
                        .map(|v| index.vocab[v].stem());
                    index.said.add(doc_id, stems, least_said);
                }
            }
            if narrows(item.id()).is_some() {
                let situation = doc
                    .fields
                    .iter()
                    .filter(|f| !f.advice)
                    .flat_map(|f| f.words.iter().map(|w| w.vocab))
                    .collect();
                index.narrower.push((doc_id, situation));
            }
            let mut best: Vec<(u32, f32)> = best.into_iter().collect();
            best.sort_by_key(|&(word, _)| word);
            for (word, weight) in best {
                index.postings[word as usize].push((doc_id, weight));
            }
            index.docs.push(doc);
        }
        index.keep_danger_words_of_narrower_cards();
        index
    }

    /// A narrower card's evidence of its own must tell of its danger: a word of its
    /// situation that an everyday card also has ("shouting", which angry customers do
    /// too) says nothing of a robbery, and made a threat with a panga one.
    fn keep_danger_words_of_narrower_cards(&mut self) {
        let everyday = |doc: u32| {
            let doc = &self.docs[doc as usize];
            doc.kind == Kind::CustomerType && !is_safety_card(&doc.id)
        };
        let shared: Vec<bool> = self
            .postings
            .iter()
            .map(|posting| posting.iter().any(|&(doc, _)| everyday(doc)))
            .collect();
        for (_, words) in &mut self.narrower {
            words.retain(|&word| !shared[word as usize]);
        }
    }

    /// For each vocabulary id, whether its stem is one of an English word of the
    /// content: of its titles, summaries and body text, all written in English (see
    /// `is_english`). Keywords hold other languages' words too: of theirs, only those in
    /// the Latin alphabet count, which an English story may share ("kena", "lah").
    fn english_words(&self, fields: &[Vec<FieldText>]) -> Vec<bool> {
        let mut stems: foldhash::HashSet<&str> = foldhash::HashSet::default();
        let mut seen = vec![false; self.vocab.len()];
        for field in fields.iter().flatten() {
            if field.field == Field::OtherLanguage {
                continue;
            }
            let latin_only = field.field == Field::Keyword;
            for word in &field.words {
                let id = word.vocab as usize;
                let token = &self.vocab[id];
                if !seen[id] && (!latin_only || token.text().is_ascii()) {
                    seen[id] = true;
                    stems.insert(token.stem());
                }
            }
        }
        self.vocab
            .iter()
            .map(|t| stems.contains(t.stem()))
            .collect()
    }

    /// Whether a word of another language's line is English: a word of our English
    /// text, by stem, or one the thesaurus knows (code-switched "till", "counter").
    fn is_english(&self, id: u32, english: &[bool]) -> bool {
        english[id as usize]
            || self
                .analyzer
                .thesaurus()
                .is_some_and(|t| t.get(self.vocab[id as usize].text()).is_some())
    }

    /// Each vocabulary word's language, to tell a query's: English when our English
    /// prose has its stem or the thesaurus knows it (see [`EnglishWords`]), else another
    /// language when one of those languages' lines has it. Keywords do not count: they
    /// mix the languages ("skree" is an Afrikaans keyword of the angry card).
    fn word_languages(&self, fields: &[Vec<FieldText>]) -> Vec<WordLanguage> {
        let mut prose = vec![false; self.vocab.len()];
        for field in fields.iter().flatten() {
            if matches!(field.field, Field::Title | Field::Summary | Field::Body) {
                for word in &field.words {
                    prose[word.vocab as usize] = true;
                }
            }
        }
        let words = self.vocab.iter().zip(prose).filter(|(_, p)| *p);
        let english = EnglishWords::from_words(&self.analyzer, words.map(|(t, _)| t.text()));
        let mut out: Vec<WordLanguage> = self
            .vocab
            .iter()
            .map(|token| {
                if english.has(token.text()) {
                    WordLanguage::English
                } else {
                    WordLanguage::Unknown
                }
            })
            .collect();
        let other = fields
            .iter()
            .flatten()
            .filter(|f| f.field == Field::OtherLanguage)
            .flat_map(|f| &f.words);
        for word in other {
            let language = &mut out[word.vocab as usize];
            if *language == WordLanguage::Unknown {
                *language = WordLanguage::Other;
            }
        }
        out
    }

    /// Gives each word only our other languages' lines have its stem by the content
    /// language's own stemmer, so that a query's other forms of it match.
    fn give_own_stems(&mut self) {
        for (token, language) in self.vocab.iter_mut().zip(&self.language) {
            if *language != WordLanguage::Other {
                continue;
            }
            if let Some(stem) = self.analyzer.own_stem(token.text()) {
                *token = token.clone().with_own_stem(&stem);
            }
        }
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
        self.stop.push(self.analyzer.is_stop_word(word));
        self.unposted.push(false);
        self.postings.push(Vec::new());
        self.by_word.insert(word.into(), id);
        id
    }
}
