//! Splits text into the model's vocabulary pieces as SentencePiece's unigram model
//! does: normalise each character, mark word starts with `▁`, then pick the
//! segmentation whose pieces' scores add up highest (Viterbi).

use std::{collections::HashMap, ops::Range};

use super::{file::Vocab, fnv1a};

/// SentencePiece's word-start mark.
const WORD_START: char = '\u{2581}';
/// What an unknown character costs, below the rarest piece (as SentencePiece does).
const UNKNOWN_PENALTY: f32 = 10.0;

#[derive(Debug)]
pub struct Tokenizer {
    /// Piece id by the fingerprint of its bytes (a piece's own bytes stay in the model
    /// file: 75,000 owned strings would cost several megabytes).
    ids: HashMap<u64, u32>,
    pieces: Vec<Range<usize>>,
    scores: Vec<f32>,
    normal: HashMap<char, String>,
    longest: usize,
    unknown_score: f32,
    pub bos: u32,
    pub eos: u32,
    unk: u32,
}

impl Tokenizer {
    pub fn new(vocab: Vocab, data: &[u8]) -> Self {
        let mut ids = HashMap::with_capacity(vocab.pieces.len());
        let mut longest = 1;
        for (id, at) in vocab.pieces.iter().enumerate() {
            let bytes = &data[at.clone()];
            let Ok(id) = u32::try_from(id) else { break };
            // Two pieces with one fingerprint (about one chance in 10^10): the first
            // keeps it, and the lookup's byte check never confuses them.
            ids.entry(fnv1a(bytes)).or_insert(id);
            let chars = std::str::from_utf8(bytes).map_or(0, |p| p.chars().count());
            longest = longest.max(chars);
        }
        let normal = vocab
            .normal
            .iter()
            .filter_map(|(point, out)| {
                let from = char::from_u32(*point)?;
                let to: String = out.iter().filter_map(|&c| char::from_u32(c)).collect();
                Some((from, to))
            })
            .collect();
        let rarest = vocab.scores.iter().copied().fold(0.0_f32, f32::min);
        Self {
            ids,
            pieces: vocab.pieces,
            scores: vocab.scores,
            normal,
            longest,
            unknown_score: rarest - UNKNOWN_PENALTY,
            bos: vocab.bos,
            eos: vocab.eos,
            unk: vocab.unk,
        }
    }

    /// The text as the model reads it: normalised, runs of spaces made one, a word
    /// mark in front and in place of every space.
    fn normalised(&self, text: &str) -> Vec<char> {
        let mut chars = Vec::with_capacity(text.len() + 1);
        for ch in text.chars() {
            match self.normal.get(&ch) {
                Some(out) => chars.extend(out.chars()),
                None => chars.push(ch),
            }
        }
        chars.dedup_by(|b, a| *a == ' ' && *b == ' ');
        if chars.first() != Some(&' ') {
            chars.insert(0, ' ');
        }
        for ch in &mut chars {
            if *ch == ' ' {
                *ch = WORD_START;
            }
        }
        chars
    }

    /// The ids of the pieces of `text`, without the start and end marks, at most
    /// `limit` of them.
    fn id(&self, data: &[u8], piece: &str) -> Option<u32> {
        let id = *self.ids.get(&fnv1a(piece.as_bytes()))?;
        let at = self.pieces.get(id as usize)?;
        (data.get(at.clone())? == piece.as_bytes()).then_some(id)
    }

    pub fn pieces(&self, data: &[u8], text: &str, limit: usize) -> Vec<u32> {
        let chars = self.normalised(text);
        let n = chars.len();
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut back: Vec<(usize, u32)> = vec![(0, self.unk); n + 1];
        best[0] = 0.0;
        let mut piece = String::new();
        for start in 0..n {
            if best[start] == f32::NEG_INFINITY {
                continue;
            }
            piece.clear();
            for end in start + 1..=n.min(start + self.longest) {
                piece.push(chars[end - 1]);
                if let Some(id) = self.id(data, &piece)
                    && id != self.unk
                {
                    let score = best[start] + self.scores[id as usize];
                    if score > best[end] {
                        best[end] = score;
                        back[end] = (start, id);
                    }
                }
            }
            let unknown = best[start] + self.unknown_score;
            if unknown > best[start + 1] {
                best[start + 1] = unknown;
                back[start + 1] = (start, self.unk);
            }
        }
        let mut ids = Vec::new();
        let mut at = n;
        while at > 0 {
            let (start, id) = back[at];
            ids.push(id);
            at = start;
        }
        ids.reverse();
        ids.truncate(limit);
        ids
    }
}
