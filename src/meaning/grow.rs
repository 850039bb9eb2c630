//! Vectors for the passages the bundled file lacks (a pack's): embedded a batch at a
//! time, so a large pack is searched by meaning as far as embedding has got rather
//! than all or nothing, and kept in this PC's cache, so each is embedded once. A
//! 10,000-item pack is about an hour of embedding on two cores: the app does it in the
//! background on one thread; `defuse vectors --content DIR` does it at once.

use std::{
    collections::HashSet,
    fs, io,
    path::{Path, PathBuf},
    sync::Arc,
    time::SystemTime,
};

use crate::content::Content;

use super::{
    Meaning, MeaningError, SentenceModel, model,
    vectors::{Built, MeaningIndex, Stored, passage_key, passages},
};

/// The cache's file in the data folder.
pub const CACHE_FILE: &str = "vector-cache.bin";

/// Most vectors the cache keeps (about 160 MB); past it, those no loaded passage uses
/// are dropped first.
const CACHE_LIMIT: usize = 400_000;

/// This PC's cache of vectors: in the data folder, if there is one.
pub fn cache_file() -> Option<PathBuf> {
    crate::data_dir::data_dir().map(|dir| dir.join(CACHE_FILE))
}

/// The model, every vector known for it, and the passages still to embed.
#[derive(Debug)]
pub struct Growing {
    model: Arc<SentenceModel>,
    stored: Stored,
    /// Keys of the vectors that belong in the cache: not the bundled file's.
    learned: HashSet<u64>,
    missing: Vec<String>,
    /// The index `start` built to find what is missing, until something is embedded:
    /// the first `meaning` hands it out rather than walking every passage again.
    first: Option<MeaningIndex>,
    embedded: usize,
    cache: Option<PathBuf>,
    /// The cache file's length and time when last read or written: unchanged, it holds
    /// nothing that `learned` lacks, so saving need not read it again.
    seen: Option<(u64, SystemTime)>,
    unsaved: bool,
}

impl Growing {
    /// The model with the bundled vectors and `cache`'s, for `content`. `threads`
    /// limits the threads embedding uses (one leaves the other core to the window).
    pub fn start(
        content: &Content,
        cache: Option<PathBuf>,
        threads: Option<usize>,
    ) -> Result<Self, MeaningError> {
        let mut model = model()?;
        if let Some(threads) = threads {
            model = model.with_threads(threads);
        }
        let mut stored = Stored::bundled()
            .ok()
            .filter(|s| s.model == model.fingerprint())
            .unwrap_or_else(|| Stored::empty(&model));
        let seen = cache.as_deref().and_then(stamp);
        let cached = cache
            .as_deref()
            .map(|f| read_cache(f, &model))
            .unwrap_or_default();
        let learned = cached.vectors.keys().copied().collect();
        stored.vectors.extend(cached.vectors);
        let (first, missing) = MeaningIndex::from_stored(&model, content, &stored);
        Ok(Self {
            model: Arc::new(model),
            stored,
            learned,
            missing,
            first: Some(first),
            embedded: 0,
            cache,
            seen,
            unsaved: false,
        })
    }

    /// How many distinct passages have no vector yet.
    pub fn missing(&self) -> usize {
        self.missing.len()
    }

    /// Embeds up to `n` of the missing passages; returns how many it did.
    pub fn embed(&mut self, n: usize) -> usize {
        let take = n.min(self.missing.len());
        if take > 0 {
            self.first = None;
        }
        let batch: Vec<String> = self.missing.drain(..take).collect();
        let texts: Vec<&str> = batch.iter().map(String::as_str).collect();
        for (text, vector) in texts.iter().zip(self.model.embed_passages(&texts)) {
            self.stored.insert(text, &vector);
            self.learned.insert(passage_key(text));
        }
        self.embedded += take;
        self.unsaved |= take > 0;
        take
    }

    /// Search by meaning over every passage of `content` (the content `start` was
    /// given) that has a vector now.
    pub fn meaning(&mut self, content: &Content) -> Meaning {
        let index = match self.first.take() {
            Some(index) => index,
            None => MeaningIndex::from_stored(&self.model, content, &self.stored).0,
        };
        let built = Built {
            stored: index.len().saturating_sub(self.embedded),
            embedded: self.embedded,
            missing: self.missing.len(),
        };
        Meaning {
            model: Arc::clone(&self.model),
            index,
            built,
        }
    }

    /// Writes what was learned to the cache, with what another window or command
    /// added to it meanwhile (read only if the file changed since this one last read
    /// or wrote it); past the limit, keeps what `content` uses.
    pub fn save(&mut self, content: &Content) -> io::Result<()> {
        let Some(file) = self.cache.clone().filter(|_| self.unsaved) else {
            return Ok(());
        };
        if stamp(&file) != self.seen {
            // Another window or command wrote to it: keep what it added too.
            let theirs = read_cache(&file, &self.model);
            self.learned.extend(theirs.vectors.keys().copied());
            for (key, vector) in theirs.vectors {
                self.stored.vectors.entry(key).or_insert(vector);
            }
        }
        let mut out = Stored::empty(&self.model);
        out.vectors.extend(
            self.learned
                .iter()
                .filter_map(|k| Some((*k, self.stored.vectors.get(k)?.clone()))),
        );
        if out.vectors.len() > CACHE_LIMIT {
            let (_, used) = passages(content);
            let used: HashSet<u64> = used.iter().map(|p| passage_key(&p.text)).collect();
            out.vectors.retain(|k, _| used.contains(k));
        }
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir)?;
        }
        crate::user_data::write_atomically(&file, &out.write(self.model.dimension()))?;
        self.seen = stamp(&file);
        self.unsaved = false;
        Ok(())
    }
}

/// A file's length and modification time, if it can be read.
fn stamp(file: &Path) -> Option<(u64, SystemTime)> {
    let meta = fs::metadata(file).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// The cache's vectors if they are `model`'s; a missing, damaged or other model's
/// cache is empty (it is only a cache: it fills again).
fn read_cache(file: &Path, model: &SentenceModel) -> Stored {
    fs::read(file)
        .ok()
        .and_then(|bytes| Stored::read(&bytes).ok())
        .filter(|s| s.model == model.fingerprint())
        .unwrap_or_else(|| Stored::empty(model))
}
