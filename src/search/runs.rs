//! The bonus for query words found side by side in a field, in the order typed ("wait
//! for me after work" near "waiting for me after my shift").

use super::*;

/// Which query words each vocabulary word is a form of, for runs of them.
pub(super) struct Positions {
    /// By vocabulary id: read for every word of every field of the best results, so a
    /// slot each rather than a hash (hashing took half the query's time once cards
    /// carried their `heard` lines).
    of_word: Vec<u16>,
    /// The positions of stop words.
    stop: u16,
}

impl Index {
    /// For each vocabulary word that is a form of a query word, which query words
    /// (a bit per position), and which positions hold stop words.
    pub(super) fn query_positions(&self, words: &[String]) -> Positions {
        let mut of_word = vec![0u16; self.vocab.len()];
        let mut stop = 0u16;
        for (i, word) in words.iter().enumerate().take(16) {
            let bit = 1u16 << i;
            if self.analyzer.is_stop_word(word) {
                stop |= bit;
            }
            let same_stem = self.by_stem.get(self.analyzer.stem(word).as_ref());
            let exact = self.by_word.get(word.as_str());
            for &id in same_stem.into_iter().flatten().chain(exact) {
                if let Some(slot) = of_word.get_mut(id as usize) {
                    *slot |= bit;
                }
            }
        }
        Positions { of_word, stop }
    }

    /// A bonus for the longest run of query words, in the order typed, that stands
    /// side by side in one of the item's fields (by stem, stop words included, at
    /// least one word not a stop word): "said he would wait for me after work" is
    /// close to "waiting for me after my shift" though few of its words are rare.
    pub(super) fn run_bonus(&self, doc: &Doc, positions: &Positions) -> f32 {
        let mut best = 0.0f32;
        for field in &doc.fields {
            // Per query position: the run of words ending there, and whether it
            // holds a word that is not a stop word.
            let mut runs = [(0u8, false); 16];
            let mut longest = 0u8;
            for word in &field.words {
                let mask = positions
                    .of_word
                    .get(word.vocab as usize)
                    .copied()
                    .unwrap_or(0);
                if mask == 0 {
                    // Most words are none of the query's: every run ends here.
                    runs = [(0u8, false); 16];
                    continue;
                }
                let mut next = [(0u8, false); 16];
                for (i, slot) in next.iter_mut().enumerate() {
                    if mask & (1 << i) == 0 {
                        continue;
                    }
                    let (len, content) = i.checked_sub(1).map_or((0, false), |p| runs[p]);
                    *slot = (len + 1, content || positions.stop & (1 << i) == 0);
                    if slot.1 {
                        longest = longest.max(slot.0);
                    }
                }
                runs = next;
            }
            if longest >= 2 {
                best = best.max(field.field.weight() * f32::from(longest - 1));
            }
        }
        best * RUN_BONUS
    }
}
