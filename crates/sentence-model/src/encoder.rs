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
fn unpack(row: &[u8], out: &mut [f32]) {
    for (block, weights) in row
        .chunks_exact(Q4_BLOCK_BYTES)
        .zip(out.chunks_exact_mut(Q4_BLOCK))
    {
        let scale = f16::from_le_bytes([block[0], block[1]]).to_f32();
        let (low, high) = weights.split_at_mut(Q4_BLOCK / 2);
        for ((byte, lo), hi) in block[2..].iter().zip(low).zip(high) {
            *lo = (f32::from(byte & 0x0F) - 8.0) * scale;
            *hi = (f32::from(byte >> 4) - 8.0) * scale;
        }
    }
}

/// A dot product in sixteen running sums, which the compiler turns into vector
/// instructions (one running sum would have to be added in order).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0.0_f32; 16];
    for (ca, cb) in a.chunks_exact(16).zip(b.chunks_exact(16)) {
        for i in 0..16 {
            sums[i] += ca[i] * cb[i];
        }
    }
    let tail: f32 = a
        .chunks_exact(16)
        .remainder()
        .iter()
        .zip(b.chunks_exact(16).remainder())
        .map(|(x, y)| x * y)
        .sum();
    sums.iter().sum::<f32>() + tail
}

/// `y[t] = W · x[t] + bias` for every token `t`, rows of `W` split over `threads`.
fn linear(data: &[u8], (w, bias): &(Q4, Vec<f32>), x: &[f32], threads: usize) -> Vec<f32> {
    let (cols, rows) = (w.cols, w.rows);
    let tokens = x.len() / cols;
    let bytes = &data[w.at.clone()];
    let row_bytes = w.row_bytes();
    let rows_each = rows.div_ceil(threads.max(1));
    // Each part is `rows_in_part × tokens`, row-major: disjoint, so threads own them.
    let part = |first: usize| -> Vec<f32> {
        let last = (first + rows_each).min(rows);
        let mut out = vec![0.0; (last - first) * tokens];
        let mut weights = vec![0.0; cols];
        for (r, o) in (first..last).enumerate() {
            unpack(&bytes[o * row_bytes..(o + 1) * row_bytes], &mut weights);
            for t in 0..tokens {
                out[r * tokens + t] = bias[o] + dot(&weights, &x[t * cols..(t + 1) * cols]);
            }
        }
        out
    };
    let parts: Vec<Vec<f32>> = if threads <= 1 || rows_each == rows {
        vec![part(0)]
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..rows)
                .step_by(rows_each)
                .map(|first| s.spawn(move || part(first)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    let mut y = vec![0.0; tokens * rows];
    for (p, part) in parts.iter().enumerate() {
        for (r, values) in part.chunks_exact(tokens.max(1)).enumerate() {
            let o = p * rows_each + r;
            for (t, v) in values.iter().enumerate() {
                y[t * rows + o] = *v;
            }
        }
    }
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
pub fn encode(data: &[u8], layout: &Layout, texts: &[Vec<u32>], threads: usize) -> Vec<Vec<f32>> {
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
        let q = linear(data, &layer.q, &x, threads);
        let k = linear(data, &layer.k, &x, threads);
        let v = linear(data, &layer.v, &x, threads);
        let ctx = attention(layout, &q, &k, &v, &segments);
        let attn = linear(data, &layer.attn_out, &ctx, threads);
        add_norm(&mut x, Some(&attn), &layer.attn_norm, layout.eps);
        let mut mid = linear(data, &layer.ffn_in, &x, threads);
        for m in &mut mid {
            *m = gelu(*m);
        }
        let out = linear(data, &layer.ffn_out, &mid, threads);
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
