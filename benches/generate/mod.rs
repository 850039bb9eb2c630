//! A deterministic generator of guidance content for the search benchmark: items shaped
//! like the bundled ones, with a vocabulary that grows the way an organisation's does.
//!
//! Each generated item copies the structure and lengths of a bundled item of the same
//! kind and rewrites its longer words: some with words used elsewhere in the bundled
//! content (drawn by how often they occur), most with words from a pool of synthetic
//! ones (product names, places, colleagues, jargon; a few with diacritics), drawn with a
//! Zipf-like skew so a few are common and most are rare. Short words ("you", "to",
//! "the") are kept, so sentences keep their skeleton and the common words stay common.

use defuse::content::{
    Content, CustomerType, Escalation, Phrase, Playbook, PlaybookStep, Principle,
    model::FORMAT_VERSION,
};

/// How many synthetic words there are to draw from.
const SYNTHETIC_WORDS: usize = 40_000;
/// Chance that a word of four letters or more is rewritten.
const REWRITE: f64 = 0.55;
/// Chance that a rewritten word comes from the synthetic pool rather than the bundled text.
const SYNTHETIC: f64 = 0.7;

/// xorshift64: small, fast, and the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Zero is xorshift's one fixed point; mix the seed so nearby seeds differ.
        Self((seed ^ 0x9E37_79B9_7F4A_7C15).max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `0..n`; `n` must not be zero.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A rank in `0..n` with probability falling roughly as 1/rank (Zipf, exponent 1).
    pub fn zipf(&mut self, n: usize) -> usize {
        let rank = (self.unit() * (n as f64).ln()).exp() as usize;
        rank.saturating_sub(1).min(n - 1)
    }
}

const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
    "pl", "pr", "qu", "r", "s", "sh", "sl", "sp", "st", "t", "th", "tr", "v", "w", "z", "",
];
const NUCLEI: &[&str] = &[
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ie", "oo", "ou", "y",
];
const CODAS: &[&str] = &[
    "", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck", "x", "rt", "lk",
];
const SUFFIXES: &[&str] = &[
    "ing", "ed", "er", "ers", "tion", "ment", "ly", "s", "ness", "able", "ist", "ville", "berg",
];
/// Letters with marks, for the words that carry them (names, places, borrowed terms).
const MARKED: &[(char, char)] = &[
    ('a', 'ă'),
    ('a', 'á'),
    ('e', 'é'),
    ('e', 'ë'),
    ('i', 'î'),
    ('o', 'ö'),
    ('u', 'ü'),
    ('s', 'ș'),
    ('t', 'ț'),
    ('c', 'ç'),
    ('n', 'ñ'),
    ('z', 'ž'),
];

/// A made-up word: one to four syllables, sometimes a suffix, now and then a diacritic.
fn synthetic_word(rng: &mut Rng) -> String {
    let mut word = String::new();
    let syllables = 1 + rng.zipf(4).min(3) + usize::from(rng.chance(0.5));
    for _ in 0..syllables {
        for part in [ONSETS, NUCLEI, CODAS] {
            let part = *rng.pick(part);
            word.push_str(part);
        }
    }
    if rng.chance(0.3) {
        let suffix = *rng.pick(SUFFIXES);
        word.push_str(suffix);
    }
    if rng.chance(0.06) {
        let &(plain, marked) = rng.pick(MARKED);
        if let Some(at) = word.find(plain) {
            word.replace_range(at..at + plain.len_utf8(), marked.encode_utf8(&mut [0; 4]));
        }
    }
    word
}

/// Where replacement words come from.
#[derive(Debug)]
struct Words {
    /// Every word of four letters or more in the bundled text, repeats included, so a
    /// uniform pick follows their real frequency.
    bundled: Vec<String>,
    synthetic: Vec<String>,
}

impl Words {
    fn new(base: &Content, rng: &mut Rng) -> Self {
        let mut bundled = Vec::new();
        for text in texts(base) {
            bundled.extend(
                split(text)
                    .into_iter()
                    .filter_map(|(is_word, s)| is_word.then_some(s))
                    .filter(|w| w.chars().count() >= 4)
                    .map(str::to_lowercase),
            );
        }
        let synthetic = (0..SYNTHETIC_WORDS).map(|_| synthetic_word(rng)).collect();
        Self { bundled, synthetic }
    }

    fn draw(&self, rng: &mut Rng) -> &str {
        if self.bundled.is_empty() || rng.chance(SYNTHETIC) {
            &self.synthetic[rng.zipf(self.synthetic.len())]
        } else {
            rng.pick(&self.bundled).as_str()
        }
    }
}

/// Splits text into runs of word characters (letters, digits, apostrophes) and the rest.
fn split(text: &str) -> Vec<(bool, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’');
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let kind = is_word(c);
        if current.is_some_and(|k| k != kind) {
            runs.push((current == Some(true), &text[start..i]));
            start = i;
        }
        current = Some(kind);
    }
    if start < text.len() {
        runs.push((current == Some(true), &text[start..]));
    }
    runs
}

/// Rewrites some of the longer words of `text`, keeping its punctuation and shape.
fn rewrite(text: &str, words: &Words, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (is_word, run) in split(text) {
        if !is_word || run.chars().count() < 4 || !rng.chance(REWRITE) {
            out.push_str(run);
            continue;
        }
        let new = words.draw(rng);
        let capital = run.chars().next().is_some_and(char::is_uppercase);
        let mut chars = new.chars();
        match chars.next() {
            Some(first) if capital => {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
            _ => out.push_str(new),
        }
    }
    out
}

fn rewrite_all(texts: &[String], words: &Words, rng: &mut Rng) -> Vec<String> {
    texts.iter().map(|t| rewrite(t, words, rng)).collect()
}

/// Every searchable text of `content`, for the vocabulary.
fn texts(content: &Content) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for c in &content.customer_types {
        out.extend([c.title.as_str(), &c.summary]);
        out.extend(
            c.recognise
                .iter()
                .chain(&c.steps)
                .chain(&c.keywords)
                .map(String::as_str),
        );
        for e in &c.escalate {
            out.extend([e.when.as_str(), &e.then]);
        }
    }
    for p in &content.phrases {
        out.extend([p.avoid.as_str(), &p.say, &p.why]);
        out.extend(p.keywords.iter().map(String::as_str));
    }
    for p in &content.playbooks {
        out.extend([p.title.as_str(), &p.summary]);
        out.extend(p.keywords.iter().map(String::as_str));
        for s in &p.steps {
            out.extend([s.title.as_str(), &s.detail]);
        }
    }
    for p in &content.principles {
        out.extend([p.title.as_str(), &p.summary]);
        out.extend(p.how.iter().chain(&p.keywords).map(String::as_str));
    }
    out
}

/// Up to three ids among those generated so far, for `related`.
fn some_ids(ids: &[String], rng: &mut Rng) -> Vec<String> {
    if ids.is_empty() {
        return Vec::new();
    }
    (0..rng.between(0, 3))
        .map(|_| rng.pick(ids).clone())
        .collect()
}

/// `count` items modelled on `base` (which must hold at least one item of each kind),
/// the same for the same `seed`. Of every hundred: five customer types, fifty phrase
/// pairs, fifteen playbooks and thirty principles.
pub fn content(base: &Content, count: usize, seed: u64) -> Content {
    assert!(
        !base.customer_types.is_empty()
            && !base.phrases.is_empty()
            && !base.playbooks.is_empty()
            && !base.principles.is_empty(),
        "the base content needs an item of every kind"
    );
    let mut rng = Rng::new(seed);
    let words = Words::new(base, &mut rng);
    let mut out = Content::default();
    let mut ids: Vec<String> = Vec::with_capacity(count);
    for n in 0..count {
        let slot = n % 100;
        let related = some_ids(&ids, &mut rng);
        let sources = vec!["own".to_owned()];
        let id = if slot < 5 {
            let t = rng.pick(&base.customer_types);
            let id = format!("{}-{n}", t.id);
            out.customer_types.push(CustomerType {
                reviewed: None,
                version: FORMAT_VERSION,
                id: id.clone(),
                title: rewrite(&t.title, &words, &mut rng),
                icon: t.icon.clone(),
                order: 100 + u32::try_from(n).unwrap_or(u32::MAX),
                summary: rewrite(&t.summary, &words, &mut rng),
                recognise: rewrite_all(&t.recognise, &words, &mut rng),
                steps: rewrite_all(&t.steps, &words, &mut rng),
                escalate: t
                    .escalate
                    .iter()
                    .map(|e| Escalation {
                        when: rewrite(&e.when, &words, &mut rng),
                        then: rewrite(&e.then, &words, &mut rng),
                    })
                    .collect(),
                top_phrases: Vec::new(),
                keywords: rewrite_all(&t.keywords, &words, &mut rng),
                heard: rewrite_all(&t.heard, &words, &mut rng),
                heard_other_languages: rewrite_all(&t.heard_other_languages, &words, &mut rng),
                related,
                sources,
            });
            id
        } else if slot < 55 {
            let t = rng.pick(&base.phrases);
            let id = format!("{}-{n}", t.id);
            out.phrases.push(Phrase {
                reviewed: None,
                id: id.clone(),
                avoid: rewrite(&t.avoid, &words, &mut rng),
                say: rewrite(&t.say, &words, &mut rng),
                direction: None,
                example: false,
                why: rewrite(&t.why, &words, &mut rng),
                situations: related,
                keywords: rewrite_all(&t.keywords, &words, &mut rng),
                sources,
            });
            id
        } else if slot < 70 {
            let t = rng.pick(&base.playbooks);
            let id = format!("{}-{n}", t.id);
            out.playbooks.push(Playbook {
                reviewed: None,
                version: FORMAT_VERSION,
                id: id.clone(),
                title: rewrite(&t.title, &words, &mut rng),
                summary: rewrite(&t.summary, &words, &mut rng),
                style: t.style,
                urgent: None,
                steps: t
                    .steps
                    .iter()
                    .map(|s| PlaybookStep {
                        title: rewrite(&s.title, &words, &mut rng),
                        detail: rewrite(&s.detail, &words, &mut rng),
                        link: None,
                    })
                    .collect(),
                keywords: rewrite_all(&t.keywords, &words, &mut rng),
                related,
                sources,
            });
            id
        } else {
            let t = rng.pick(&base.principles);
            let id = format!("{}-{n}", t.id);
            out.principles.push(Principle {
                reviewed: None,
                id: id.clone(),
                title: rewrite(&t.title, &words, &mut rng),
                summary: rewrite(&t.summary, &words, &mut rng),
                how: rewrite_all(&t.how, &words, &mut rng),
                keywords: rewrite_all(&t.keywords, &words, &mut rng),
                related,
                sources,
            });
            id
        };
        ids.push(id);
    }
    out
}

/// How many distinct words (as search folds them) `content` holds.
pub fn vocabulary(content: &Content) -> usize {
    let mut seen = std::collections::HashSet::new();
    for text in texts(content) {
        for word in defuse::search::normalize::words(text) {
            seen.insert(word.folded);
        }
    }
    seen.len()
}
