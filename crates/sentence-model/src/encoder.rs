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

/// Weight rows unpacked and read together: each token's values are loaded once for
/// all of them.
const ROWS_AT_ONCE: usize = 4;
/// Tokens read together: each unpacked weight is loaded once for both.
const TOKENS_AT_ONCE: usize = 2;

/// The dot products of `R` weight rows with `T` tokens, `R × T` running sums in
/// vector registers of the widest kind the processor has (`simd`), fused
/// multiply-adds where it has them: a small block of a matrix product, so each value
/// loaded serves several sums (one dot at a time loaded two values per sum).
#[inline(always)]
fn dots<S: pulp::Simd, const R: usize, const T: usize>(
    simd: S,
    w: [&[f32]; R],
    x: [&[f32]; T],
) -> [[f32; T]; R] {
    let wv = w.map(|w| S::as_simd_f32s(w));
    let xv = x.map(|x| S::as_simd_f32s(x));
    let mut acc = [[simd.splat_f32s(0.0); T]; R];
    for i in 0..wv[0].0.len() {
        let xs = xv.map(|(v, _)| v[i]);
        for r in 0..R {
            let wr = wv[r].0[i];
            for t in 0..T {
                acc[r][t] = simd.mul_add_e_f32s(wr, xs[t], acc[r][t]);
            }
        }
    }
    let mut out = [[0.0; T]; R];
    for r in 0..R {
        for t in 0..T {
            out[r][t] = simd.reduce_sum_f32s(acc[r][t]) + dot(wv[r].1, xv[t].1);
        }
    }
    out
}

/// A linear layer's outputs for every token, `tokens × rows` row-major.
struct Rows<'a> {
    bytes: &'a [u8],
    row_bytes: usize,
    x: &'a [f32],
    bias: &'a [f32],
    y: &'a mut [f32],
}

impl Rows<'_> {
    /// The outputs of rows `first..first + R`, unpacked in `weights`, for tokens
    /// `T` at a time.
    #[inline(always)]
    fn block<S: pulp::Simd, const R: usize>(&mut self, simd: S, first: usize, weights: &[f32]) {
        let cols = weights.len() / R;
        let rows = self.bias.len();
        let w: [&[f32]; R] = std::array::from_fn(|r| &weights[r * cols..(r + 1) * cols]);
        let mut tokens = self.x.chunks_exact(cols).enumerate();
        loop {
            let mut group = [(0, &[][..]); TOKENS_AT_ONCE];
            let mut n = 0;
            for slot in &mut group {
                let Some(token) = tokens.next() else { break };
                *slot = token;
                n += 1;
            }
            let mut put = |t: usize, sums: &[f32; R]| {
                for (r, sum) in sums.iter().enumerate() {
                    self.y[t * rows + first + r] = self.bias[first + r] + sum;
                }
            };
            if n == TOKENS_AT_ONCE {
                let sums = dots(simd, w, group.map(|(_, x)| x));
                for (k, (t, _)) in group.iter().enumerate() {
                    put(*t, &sums.map(|row| row[k]));
                }
            } else {
                for &(t, x) in &group[..n] {
                    put(t, &dots(simd, w, [x]).map(|[sum]| sum));
                }
                return;
            }
        }
    }
}

impl pulp::WithSimd for Rows<'_> {
    type Output = ();

    // Inlined into pulp's function for the processor's features, with `unpack` and
    // `dots`, so that the compiler vectorises them for those features.
    #[inline(always)]
    fn with_simd<S: pulp::Simd>(mut self, simd: S) {
        let cols = self.row_bytes / Q4_BLOCK_BYTES * Q4_BLOCK;
        let rows = self.bias.len();
        let mut weights = vec![0.0; ROWS_AT_ONCE * cols];
        let mut first = 0;
        while first < rows {
            let n = ROWS_AT_ONCE.min(rows - first);
            let bytes = &self.bytes[first * self.row_bytes..(first + n) * self.row_bytes];
            for (row, out) in bytes
                .chunks_exact(self.row_bytes)
                .zip(weights.chunks_exact_mut(cols))
            {
                unpack(row, out);
            }
            if n == ROWS_AT_ONCE {
                self.block::<S, ROWS_AT_ONCE>(simd, first, &weights);
            } else {
                for r in 0..n {
                    self.block::<S, 1>(simd, first + r, &weights[r * cols..(r + 1) * cols]);
                }
            }
            first += n;
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

/// erf(x) as a ratio of two polynomials in x (odd over even), within 1e-7 of the
/// true value (the fit Eigen and XLA use; outside ±4 erf is ±1 in f32). Plain
/// arithmetic, so a loop of it vectorises, where `libm::erff` branched per value and
/// took a sixth of a query's time.
#[inline(always)]
fn erf(x: f32) -> f32 {
    const ODD: [f32; 7] = [
        -2.726_142_3e-10,
        2.770_681_4e-8,
        -2.101_024e-6,
        -5.692_506_4e-5,
        -7.349_906_3e-4,
        -2.954_6e-3,
        -1.609_603_3e-2,
    ];
    const EVEN: [f32; 5] = [
        -1.456_607_2e-5,
        -2.133_740_6e-4,
        -1.682_827e-3,
        -7.373_329e-3,
        -1.426_474e-2,
    ];
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let p = ODD.iter().fold(0.0, |p, c| p * x2 + c);
    let q = EVEN.iter().fold(0.0, |q, c| q * x2 + c);
    x * p / q
}

/// GELU on every value, in place.
struct Gelu<'a>(&'a mut [f32]);

impl pulp::WithSimd for Gelu<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        for m in self.0 {
            *m = 0.5 * *m * (1.0 + erf(*m * std::f32::consts::FRAC_1_SQRT_2));
        }
    }
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
        pulp::Arch::new().dispatch(Gelu(&mut mid));
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

#[cfg(test)]
mod tests {
    #[test]
    fn erf_is_within_a_millionth_of_libm() {
        let worst = (-6000..=6000)
            .map(|i| i as f32 / 1000.0)
            .map(|x| (super::erf(x) - libm::erff(x)).abs())
            .fold(0.0, f32::max);
        assert!(worst < 1e-6, "worst difference {worst}");
    }
}
