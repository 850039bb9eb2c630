//! Search by meaning for Defuse's content: the sentence model (crate
//! `sentence-model`) and the content's passages as vectors.

pub mod vectors;

use std::path::Path;

pub use sentence_model::{MeaningError, SentenceModel, fnv1a, quantise, similarity};

/// The model and the content's vectors: what search by meaning needs.
#[derive(Debug)]
pub struct Meaning {
    pub model: SentenceModel,
    pub index: vectors::MeaningIndex,
    pub built: vectors::Built,
}

impl Meaning {
    /// The bundled model (or the file `DEFUSE_MODEL` names) with vectors for
    /// `content`: stored ones where the bundled file has them, the rest embedded now.
    pub fn load(content: &crate::content::Content) -> Result<Self, MeaningError> {
        let model = match std::env::var_os("DEFUSE_MODEL").filter(|v| !v.is_empty()) {
            Some(path) => SentenceModel::load(Path::new(&path))?,
            None => SentenceModel::bundled()?,
        };
        let stored = vectors::Stored::bundled().unwrap_or_default();
        let (index, built) = vectors::MeaningIndex::build(&model, content, &stored);
        Ok(Self {
            model,
            index,
            built,
        })
    }
}
