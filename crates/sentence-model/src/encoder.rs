//! The model's forward pass: embeddings, twelve BERT encoder layers over 4-bit
//! weights, then the mean of the tokens, normalised to length one. Texts are run
//! together in one batch so each weight row is unpacked once for all their tokens;
//! attention stays inside each text.

use half::f16;

use super::file::{Layout, Q4, Q4_BLOCK, Q4_BLOCK_BYTES};

/// Tokens run through the layers at once when embedding many texts: enough that
/// unpacking a weight row is paid over many tokens, few enough to stay in cache.
pub const BATCH_TOKENS: usize = 512;

/// Unpacks one 4-bit row into `out`.
#[inline(always)]
fn unpack(row: &[u8], out: &mut [f32]) {
    for (block, weights) in row
        .chunks_exact(Q4_BLOCK_BYTES)
        .zip(out.chunks_exact_mut(Q4_BLOCK))
    {
        let scale = f16::from_le_bytes([block[0], block[1]]).to_f32();
        let (low, high) = weights.split_at_mut(Q4_BLOCK / 2);
        // Two passes over fixed lengths, which the compiler vectorises.
        let mut packed = [0_u8; Q4_BLOCK / 2];
        packed.copy_from_slice(&block[2..]);
        for (lo, byte) in low.iter_mut().zip(packed) {
            *lo = (f32::from(byte & 0x0F) - 8.0) * scale;
        }
        for (hi, byte) in high.iter_mut().zip(packed) {
            *hi = (f32::from(byte >> 4) - 8.0) * scale;
        }
    }
}

/// A dot product in scalar running sums, for the small ones (attention heads).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// A dot product in four vector registers of the widest kind the processor has
/// (`simd`), fused multiply-adds where it has them.
#[inline(always)]
fn dot_simd<S: pulp::Simd>(simd: S, a: &[f32], b: &[f32]) -> f32 {
    let (av, a_tail) = S::as_simd_f32s(a);
    let (bv, b_tail) = S::as_simd_f32s(b);
    let zero = simd.splat_f32s(0.0);
    let mut acc = [zero; 4];
    let (mut a4, mut b4) = (av.chunks_exact(4), bv.chunks_exact(4));
    for (x, y) in (&mut a4).zip(&mut b4) {
        for k in 0..4 {
            acc[k] = simd.mul_add_e_f32s(x[k], y[k], acc[k]);
        }
    }
    for (x, y) in a4.remainder().iter().zip(b4.remainder()) {
        acc[0] = simd.mul_add_e_f32s(*x, *y, acc[0]);
    }
    let sum = simd.add_f32s(simd.add_f32s(acc[0], acc[1]), simd.add_f32s(acc[2], acc[3]));
    simd.reduce_sum_f32s(sum) + dot(a_tail, b_tail)
}

/// A linear layer's outputs for every token, `tokens × rows` row-major.
struct Rows<'a> {
    bytes: &'a [u8],
    row_bytes: usize,
    x: &'a [f32],
    bias: &'a [f32],
    y: &'a mut [f32],
}

impl pulp::WithSimd for Rows<'_> {
    type Output = ();

    // Inlined into pulp's function for the processor's features, with `unpack` and
    // `dot`, so that the compiler vectorises them for those features.
    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, simd: S) {
        let cols = self.row_bytes / Q4_BLOCK_BYTES * Q4_BLOCK;
        let rows = self.bias.len();
        let mut weights = vec![0.0; cols];
        for (o, row) in self.bytes.chunks_exact(self.row_bytes).enumerate() {
            unpack(row, &mut weights);
            for (t, x) in self.x.chunks_exact(cols).enumerate() {
                self.y[t * rows + o] = self.bias[o] + dot_simd(simd, &weights, x);
            }
        }
    }
}

/// `y[t] = W · x[t] + bias` for every token `t`, on one thread: a query is a few
/// tokens, and a second thread per layer cost more than it saved (measured); many
/// texts are spread over threads a batch each instead.
fn linear(data: &[u8], (w, bias): &(Q4, Vec<f32>), x: &[f32]) -> Vec<f32> {
    let tokens = x.len() / w.cols;
    let mut y = vec![0.0; tokens * w.rows];
    // Compiled for the widest vector instructions this processor has (AVX2 and FMA,
    // or AVX-512), found when it runs: the binary still runs on any x86-64.
    pulp::Arch::new().dispatch(Rows {
        bytes: &data[w.at.clone()],
        row_bytes: w.row_bytes(),
        x,
        bias,
        y: &mut y,
    });
    y
}

/// `x = layer_norm(x + add)` row by row.
fn add_norm(x: &mut [f32], add: Option<&[f32]>, (w, b): &(Vec<f32>, Vec<f32>), eps: f32) {
    let h = w.len();
    for (t, row) in x.chunks_exact_mut(h).enumerate() {
        if let Some(add) = add {
            for (v, a) in row.iter_mut().zip(&add[t * h..(t + 1) * h]) {
                *v += a;
            }
        }
        let n = h as f32;
        let mean = row.iter().sum::<f32>() / n;
        let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
        let inv = 1.0 / (var + eps).sqrt();
        for ((v, w), b) in row.iter_mut().zip(w).zip(b) {
            *v = (*v - mean) * inv * w + b;
        }
    }
}

fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + libm::erff(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// Scaled dot-product attention inside each segment `[start, end)`.
fn attention(
    layout: &Layout,
    q: &[f32],
    k: &[f32],
    v: &[f32],
    segments: &[(usize, usize)],
) -> Vec<f32> {
    let h = layout.hidden;
    let hd = h / layout.heads;
    let scale = 1.0 / (hd as f32).sqrt();
    let mut ctx = vec![0.0; q.len()];
    let mut probs = Vec::new();
    for &(start, end) in segments {
        for t in start..end {
            for head in 0..layout.heads {
                let off = head * hd;
                let qh = &q[t * h + off..t * h + off + hd];
                probs.clear();
                probs.extend(
                    (start..end).map(|s| dot(qh, &k[s * h + off..s * h + off + hd]) * scale),
                );
                let max = probs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let mut sum = 0.0;
                for p in &mut probs {
                    *p = (*p - max).exp();
                    sum += *p;
                }
                let out = &mut ctx[t * h + off..t * h + off + hd];
                for (s, p) in (start..end).zip(&probs) {
                    let weight = p / sum;
                    for (o, val) in out.iter_mut().zip(&v[s * h + off..s * h + off + hd]) {
                        *o += weight * val;
                    }
                }
            }
        }
    }
    ctx
}

/// Runs token id sequences (each already framed by the start and end marks) through
/// the encoder and returns one unit-length vector for each.
pub fn encode(data: &[u8], layout: &Layout, texts: &[Vec<u32>]) -> Vec<Vec<f32>> {
    let h = layout.hidden;
    let mut segments = Vec::with_capacity(texts.len());
    let mut x = Vec::new();
    let mut row = vec![0.0; h];
    let word_bytes = layout.word.row_bytes();
    let words = &data[layout.word.at.clone()];
    for ids in texts {
        let start = segments.last().map_or(0, |&(_, end)| end);
        for (pos, &id) in ids.iter().enumerate().take(layout.positions) {
            let id = id as usize;
            unpack(&words[id * word_bytes..(id + 1) * word_bytes], &mut row);
            let position = &layout.position[pos * h..(pos + 1) * h];
            x.extend(
                row.iter()
                    .zip(position)
                    .zip(&layout.token_type)
                    .map(|((w, p), t)| w + p + t),
            );
        }
        segments.push((start, start + ids.len().min(layout.positions)));
    }
    add_norm(&mut x, None, &layout.embed_norm, layout.eps);
    for layer in &layout.layers {
        let q = linear(data, &layer.q, &x);
        let k = linear(data, &layer.k, &x);
        let v = linear(data, &layer.v, &x);
        let ctx = attention(layout, &q, &k, &v, &segments);
        let attn = linear(data, &layer.attn_out, &ctx);
        add_norm(&mut x, Some(&attn), &layer.attn_norm, layout.eps);
        let mut mid = linear(data, &layer.ffn_in, &x);
        for m in &mut mid {
            *m = gelu(*m);
        }
        let out = linear(data, &layer.ffn_out, &mid);
        add_norm(&mut x, Some(&out), &layer.out_norm, layout.eps);
    }
    segments
        .iter()
        .map(|&(start, end)| {
            let mut mean = vec![0.0_f32; h];
            for t in start..end {
                for (m, v) in mean.iter_mut().zip(&x[t * h..(t + 1) * h]) {
                    *m += v;
                }
            }
            let norm = mean.iter().map(|m| m * m).sum::<f32>().sqrt().max(1e-12);
            mean.iter().map(|m| m / norm).collect()
        })
        .collect()
}
