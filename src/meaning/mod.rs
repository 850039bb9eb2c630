//! Search by meaning for Defuse's content: the sentence model (crate
//! `sentence-model`) and the content's passages as vectors.

pub mod grow;
pub mod vectors;

use std::{path::Path, sync::Arc};

pub use sentence_model::{MeaningError, SentenceModel, fnv1a, quantise, similarity};

/// The model and the content's vectors: what search by meaning needs.
#[derive(Debug)]
pub struct Meaning {
    /// Shared with the thread that embeds a pack's passages while this is in use.
    pub model: Arc<SentenceModel>,
    pub index: vectors::MeaningIndex,
    pub built: vectors::Built,
}

impl Meaning {
    /// The bundled model (or the file `DEFUSE_MODEL` names) with vectors for
    /// `content`: stored ones where the bundled file has them, the rest embedded now
    /// (and not kept: tests and benchmarks use it, and the user's cache stays theirs).
    pub fn load(content: &crate::content::Content) -> Result<Self, MeaningError> {
        let mut growing = grow::Growing::start(content, None, None)?;
        growing.embed(growing.missing());
        Ok(growing.meaning(content))
    }
}

/// The bundled model, or the one the file `DEFUSE_MODEL` names.
pub fn model() -> Result<SentenceModel, MeaningError> {
    match std::env::var_os("DEFUSE_MODEL").filter(|v| !v.is_empty()) {
        Some(path) => SentenceModel::load(Path::new(&path)),
        None => SentenceModel::bundled(),
    }
}
