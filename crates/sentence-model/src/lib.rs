//! A multilingual sentence model (multilingual-e5-small, 4-bit) run on the CPU in
//! safe Rust: a query in any of Defuse's six languages, and each passage of content,
//! become vectors whose closeness is closeness of meaning. Its own crate so that it is
//! built optimised in the test profile too.

mod encoder;
mod file;
mod tokenizer;
mod vector_set;

pub use vector_set::{VectorSet, quantise};

use std::{borrow::Cow, ops::Range, path::Path};

use thiserror::Error;

use file::Layout;
use tokenizer::Tokenizer;

/// The model inside the binary (built by `scripts/build-sentence-model.py`).
static BUNDLED: &[u8] = include_bytes!("../e5-small-q4.dfm");

/// Why the model could not be used; search then works by words alone.
#[derive(Debug, Error)]
pub enum MeaningError {
    #[error("the sentence model file ends too soon")]
    Truncated,
    #[error("the sentence model file is damaged: {0}")]
    Malformed(&'static str),
    #[error("cannot read the sentence model {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// A loaded sentence model.
#[derive(Debug)]
pub struct SentenceModel {
    data: Cow<'static, [u8]>,
    layout: Layout,
    tokenizer: Tokenizer,
    threads: usize,
    fingerprint: u64,
}

impl SentenceModel {
    /// The model bundled in the binary.
    pub fn bundled() -> Result<Self, MeaningError> {
        Self::new(Cow::Borrowed(BUNDLED))
    }

    /// A model from a file (`DEFUSE_MODEL`, tests).
    pub fn load(path: &Path) -> Result<Self, MeaningError> {
        let data = std::fs::read(path).map_err(|source| MeaningError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::new(Cow::Owned(data))
    }

    fn new(data: Cow<'static, [u8]>) -> Result<Self, MeaningError> {
        let mut layout = file::layout(&data)?;
        let tokenizer = Tokenizer::new(std::mem::take(&mut layout.vocab), &data);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let fingerprint = fingerprint(&data, &layout.word.at);
        Ok(Self {
            data,
            layout,
            tokenizer,
            threads,
            fingerprint,
        })
    }

    /// Spreads many passages over at most this many threads (a query runs on one).
    #[must_use]
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// The length of every vector.
    pub fn dimension(&self) -> usize {
        self.layout.hidden
    }

    /// A fingerprint of the file, so stored vectors know which model made them.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    fn framed(&self, prefix: &str, text: &str) -> Vec<u32> {
        let limit = self.layout.positions - 2;
        let mut ids = vec![self.tokenizer.bos];
        ids.extend(
            self.tokenizer
                .pieces(&self.data, &format!("{prefix}{}", text.trim()), limit),
        );
        ids.push(self.tokenizer.eos);
        ids
    }

    /// The vector of a search query.
    pub fn embed_query(&self, text: &str) -> Vec<f32> {
        let ids = self.framed("query: ", text);
        encoder::encode(&self.data, &self.layout, &[ids])
            .pop()
            .unwrap_or_default()
    }

    /// The vectors of passages of content, in order, run in batches of about
    /// `encoder::BATCH_TOKENS` tokens, the batches spread over the threads.
    pub fn embed_passages(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        let mut batches: Vec<Vec<Vec<u32>>> = vec![Vec::new()];
        let mut tokens = 0;
        for text in texts {
            let ids = self.framed("passage: ", text);
            if tokens + ids.len() > encoder::BATCH_TOKENS && tokens > 0 {
                batches.push(Vec::new());
                tokens = 0;
            }
            tokens += ids.len();
            if let Some(batch) = batches.last_mut() {
                batch.push(ids);
            }
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut done: Vec<(usize, Vec<Vec<f32>>)> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..self.threads)
                .map(|_| {
                    s.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(batch) = batches.get(n) else {
                                return mine;
                            };
                            mine.push((n, encoder::encode(&self.data, &self.layout, batch)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        done.sort_by_key(|(n, _)| *n);
        done.into_iter().flat_map(|(_, vectors)| vectors).collect()
    }

    /// How many pieces the model reads for `text` (for reports).
    pub fn token_count(&self, text: &str) -> usize {
        self.framed("query: ", text).len()
    }
}

/// The file's length and a sample of its bytes: every 4,096th, but only every
/// 1,048,576th of the word-piece matrix (`words`). A query reads a few rows of that
/// matrix; reading a byte of each of its pages made the system map all 16 MB of them,
/// a seventh of the app's memory. (Hashing all 30 MB would cost a start-up.)
fn fingerprint(data: &[u8], words: &Range<usize>) -> u64 {
    let sparse = |range: Range<usize>, step: usize| {
        data.get(range)
            .unwrap_or_default()
            .iter()
            .step_by(step)
            .copied()
    };
    let sample: Vec<u8> = sparse(0..words.start, 4096)
        .chain(sparse(words.clone(), 1 << 20))
        .chain(sparse(words.end..data.len(), 4096))
        .collect();
    fnv1a(&sample) ^ (data.len() as u64)
}

/// The cosine of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// FNV-1a, 64-bit: a stable fingerprint for passages and the model file.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
