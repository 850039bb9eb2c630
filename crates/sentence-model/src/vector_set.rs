//! Many vectors kept in 8 bits a value with one scale each (a quarter of the memory
//! of floats), and a query scored against all of them with integer dot products.

/// A vector in 8 bits: its values over `scale`, rounded.
pub fn quantise(v: &[f32]) -> (Vec<i8>, f32) {
    let max = v.iter().fold(0.0_f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    // Within -127..=127 by construction: the cast cannot wrap.
    #[allow(clippy::cast_possible_truncation)]
    let values = v.iter().map(|x| (x / scale).round() as i8).collect();
    (values, scale)
}

/// Vectors of one length, in 8 bits.
#[derive(Debug, Clone, Default)]
pub struct VectorSet {
    dim: usize,
    values: Vec<i8>,
    scales: Vec<f32>,
}

impl VectorSet {
    pub fn new(dim: usize) -> Self {
        Self {
            dim,
            values: Vec::new(),
            scales: Vec::new(),
        }
    }

    /// Adds a vector (of the set's length; a shorter one is padded with zeros).
    pub fn push(&mut self, v: &[f32]) {
        let (mut values, scale) = quantise(v);
        values.resize(self.dim, 0);
        self.values.extend(values);
        self.scales.push(scale);
    }

    /// Adds a vector already in 8 bits (as stored).
    pub fn push_quantised(&mut self, values: &[i8], scale: f32) {
        let start = self.values.len();
        self.values.extend(values.iter().take(self.dim));
        self.values.resize(start + self.dim, 0);
        self.scales.push(scale);
    }

    pub fn len(&self) -> usize {
        self.scales.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scales.is_empty()
    }

    /// The dot product of `query` with every vector, in order.
    pub fn scores(&self, query: &[f32]) -> Vec<f32> {
        let (query, query_scale) = quantise(query);
        let mut out = Vec::with_capacity(self.len());
        // Compiled for the processor's widest integer vectors, found when it runs.
        pulp::Arch::new().dispatch(Scan {
            set: self,
            query: &query,
            query_scale,
            out: &mut out,
        });
        out
    }
}

/// One query against every vector of a set.
struct Scan<'a> {
    set: &'a VectorSet,
    query: &'a [i8],
    query_scale: f32,
    out: &'a mut Vec<f32>,
}

impl pulp::WithSimd for Scan<'_> {
    type Output = ();

    // Inlined into pulp's function for the processor's features, so that `dot_i8` is
    // vectorised for them.
    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _simd: S) {
        let dim = self.set.dim.max(1);
        for (v, scale) in self.set.values.chunks_exact(dim).zip(&self.set.scales) {
            // A sum of 384 products of 8-bit values is exact in f32's 24 bits.
            #[allow(clippy::cast_precision_loss)]
            let dot = dot_i8(self.query, v) as f32;
            self.out.push(dot * scale * self.query_scale);
        }
    }
}

/// An integer dot product: integer sums may be added in any order, so the compiler
/// vectorises it.
#[inline(always)]
fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| i32::from(x) * i32::from(y))
        .sum()
}
