//! Reads the sentence model's file (`assets/model/e5-small-q4.dfm`, written by
//! `scripts/build-sentence-model.py`): the header, the vocabulary and where each
//! tensor lies. The 4-bit weights stay in the file's bytes; only the small float
//! tensors are copied out.

use std::ops::Range;

use super::MeaningError;

/// Bytes in one 4-bit block: a 16-bit scale and 32 weights, two to a byte.
pub const Q4_BLOCK_BYTES: usize = 18;
/// Weights in one 4-bit block.
pub const Q4_BLOCK: usize = 32;

/// A matrix of 4-bit rows, `rows × cols`, by where its bytes lie in the file.
#[derive(Debug, Clone)]
pub struct Q4 {
    pub at: Range<usize>,
    pub rows: usize,
    pub cols: usize,
}

impl Q4 {
    pub fn row_bytes(&self) -> usize {
        self.cols / Q4_BLOCK * Q4_BLOCK_BYTES
    }
}

/// One encoder layer.
#[derive(Debug)]
pub struct Layer {
    pub q: (Q4, Vec<f32>),
    pub k: (Q4, Vec<f32>),
    pub v: (Q4, Vec<f32>),
    pub attn_out: (Q4, Vec<f32>),
    pub attn_norm: (Vec<f32>, Vec<f32>),
    pub ffn_in: (Q4, Vec<f32>),
    pub ffn_out: (Q4, Vec<f32>),
    pub out_norm: (Vec<f32>, Vec<f32>),
}

/// The vocabulary as the file holds it (handed to the tokenizer, which keeps it).
#[derive(Debug, Default)]
pub struct Vocab {
    pub pieces: Vec<Range<usize>>,
    pub scores: Vec<f32>,
    pub bos: u32,
    pub eos: u32,
    pub unk: u32,
    /// Code point → its replacement, sorted by code point.
    pub normal: Vec<(u32, Vec<u32>)>,
}

/// Everything but the bytes of the 4-bit weights, which stay where the file is.
#[derive(Debug)]
pub struct Layout {
    pub hidden: usize,
    pub heads: usize,
    pub positions: usize,
    pub eps: f32,
    pub vocab: Vocab,
    pub word: Q4,
    pub position: Vec<f32>,
    pub token_type: Vec<f32>,
    pub embed_norm: (Vec<f32>, Vec<f32>),
    pub layers: Vec<Layer>,
}

struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], MeaningError> {
        let end = self.at.checked_add(n).ok_or(MeaningError::Truncated)?;
        let bytes = self.data.get(self.at..end).ok_or(MeaningError::Truncated)?;
        self.at = end;
        Ok(bytes)
    }

    fn word(&mut self) -> Result<[u8; 4], MeaningError> {
        let b = self.take(4)?;
        Ok([b[0], b[1], b[2], b[3]])
    }

    fn u32(&mut self) -> Result<u32, MeaningError> {
        Ok(u32::from_le_bytes(self.word()?))
    }

    fn count(&mut self) -> Result<usize, MeaningError> {
        let n = i32::from_le_bytes(self.word()?);
        usize::try_from(n).map_err(|_| MeaningError::Malformed("a negative count"))
    }

    fn f32(&mut self) -> Result<f32, MeaningError> {
        Ok(f32::from_le_bytes(self.word()?))
    }

    fn u32s(&mut self, n: usize) -> Result<Vec<u32>, MeaningError> {
        (0..n).map(|_| self.u32()).collect()
    }

    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, MeaningError> {
        let floats: Vec<f32> = (0..n).map(|_| self.f32()).collect::<Result<_, _>>()?;
        if floats.iter().all(|f| f.is_finite()) {
            Ok(floats)
        } else {
            Err(MeaningError::Malformed("a weight that is not a number"))
        }
    }

    fn q4(&mut self, rows: usize, cols: usize) -> Result<Q4, MeaningError> {
        let bytes = rows * (cols / Q4_BLOCK) * Q4_BLOCK_BYTES;
        let start = self.at;
        self.take(bytes)?;
        Ok(Q4 {
            at: start..self.at,
            rows,
            cols,
        })
    }

    fn linear(&mut self, rows: usize, cols: usize) -> Result<(Q4, Vec<f32>), MeaningError> {
        Ok((self.q4(rows, cols)?, self.f32s(rows)?))
    }

    fn norm(&mut self, n: usize) -> Result<(Vec<f32>, Vec<f32>), MeaningError> {
        Ok((self.f32s(n)?, self.f32s(n)?))
    }
}

/// Reads a model file's layout, checking every size against the bytes there are.
pub fn layout(data: &[u8]) -> Result<Layout, MeaningError> {
    let mut c = Cursor { data, at: 0 };
    if c.take(4)? != b"DFM1" {
        return Err(MeaningError::Malformed("not a Defuse sentence model"));
    }
    if c.u32()? != 1 {
        return Err(MeaningError::Malformed("a version this build cannot read"));
    }
    let hidden = c.count()?;
    let layers = c.count()?;
    let heads = c.count()?;
    let ffn = c.count()?;
    let positions = c.count()?;
    let eps = c.f32()?;
    let shape_ok = hidden > 0
        && heads > 0
        && hidden % heads == 0
        && hidden % Q4_BLOCK == 0
        && ffn % Q4_BLOCK == 0
        && positions > 2
        && (1..=64).contains(&layers);
    if !shape_ok {
        return Err(MeaningError::Malformed("impossible dimensions"));
    }
    let count = c.count()?;
    let [bos, eos, _pad, unk] = [c.u32()?, c.u32()?, c.u32()?, c.u32()?];
    if [bos, eos, unk].iter().any(|&id| id as usize >= count) {
        return Err(MeaningError::Malformed(
            "a special piece outside the vocabulary",
        ));
    }
    let offsets = c.u32s(count + 1)?;
    let scores = c.f32s(count)?;
    let blob_len = c.u32()? as usize;
    let blob_start = c.at;
    let blob = c.take(blob_len)?;
    let mut pieces = Vec::with_capacity(count);
    for pair in offsets.windows(2) {
        let (a, b) = (pair[0] as usize, pair[1] as usize);
        if a > b || b > blob.len() || std::str::from_utf8(&blob[a..b]).is_err() {
            return Err(MeaningError::Malformed("a vocabulary piece"));
        }
        pieces.push(blob_start + a..blob_start + b);
    }
    let normal_count = c.count()?;
    let points = c.u32s(normal_count)?;
    let outs_at = c.u32s(normal_count + 1)?;
    let total = outs_at.last().copied().unwrap_or(0) as usize;
    let outs = c.u32s(total)?;
    let mut normal = Vec::with_capacity(normal_count);
    for (i, &point) in points.iter().enumerate() {
        let (a, b) = (outs_at[i] as usize, outs_at[i + 1] as usize);
        let out = outs
            .get(a..b)
            .ok_or(MeaningError::Malformed("the normalisation table"))?;
        normal.push((point, out.to_vec()));
    }
    if !normal.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err(MeaningError::Malformed("the normalisation table's order"));
    }
    let word = c.q4(count, hidden)?;
    let position = c.f32s(positions * hidden)?;
    let token_type = c.f32s(hidden)?;
    let embed_norm = c.norm(hidden)?;
    let layers = (0..layers)
        .map(|_| {
            Ok(Layer {
                q: c.linear(hidden, hidden)?,
                k: c.linear(hidden, hidden)?,
                v: c.linear(hidden, hidden)?,
                attn_out: c.linear(hidden, hidden)?,
                attn_norm: c.norm(hidden)?,
                ffn_in: c.linear(ffn, hidden)?,
                ffn_out: c.linear(hidden, ffn)?,
                out_norm: c.norm(hidden)?,
            })
        })
        .collect::<Result<Vec<_>, MeaningError>>()?;
    if c.at != data.len() {
        return Err(MeaningError::Malformed("bytes after the last tensor"));
    }
    Ok(Layout {
        hidden,
        heads,
        positions,
        eps,
        vocab: Vocab {
            pieces,
            scores,
            bos,
            eos,
            unk,
            normal,
        },
        word,
        position,
        token_type,
        embed_norm,
        layers,
    })
}
