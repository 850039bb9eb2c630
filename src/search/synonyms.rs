//! What the thesaurus adds to a query word: its targets, closest first and worth a
//! little less each, a misspelling of a word it knows, and which target a query was
//! understood as.

use super::*;

impl Index {
    /// The thesaurus entry of a word the thesaurus does not know and nothing matched
    /// directly, taken as a misspelling of a word it knows ("belligerant":
    /// belligerent), with what
    /// its targets are worth for the edits. Typos of the index's words still count.
    pub(super) fn misspelt_synonyms(
        &self,
        token: &Token,
        found: &[(u32, TokenMatch)],
    ) -> Option<(thesaurus::Entry, f32)> {
        if found.iter().any(|(_, m)| m.kind.is_direct()) {
            return None;
        }
        let (edits, entry) = self.analyzer.thesaurus()?.misspelt(token.text())?;
        Some((
            entry,
            MISSPELT_SYNONYM.powi(i32::try_from(edits).unwrap_or(i32::MAX)),
        ))
    }

    /// Adds the words a thesaurus entry leads to, closest first and worth a little
    /// less each (and `factor` of that), to the words a term matched.
    pub(super) fn add_synonyms(
        &self,
        entry: thesaurus::Entry,
        factor: f32,
        found: &mut Vec<(u32, TokenMatch)>,
    ) {
        for (rank, (_, hop, ids)) in self.targets(entry).into_iter().enumerate() {
            let step = match hop {
                Hop::One => 1.0,
                Hop::Two => SECOND_HOP,
            };
            let quality = THESAURUS_QUALITY * factor * step * (1.0 - 0.08 * rank.min(5) as f32);
            for id in ids {
                if found.iter().all(|&(other, _)| other != id) {
                    let len = self.vocab[id as usize].text().chars().count();
                    found.push((
                        id,
                        TokenMatch {
                            quality,
                            kind: MatchKind::Thesaurus,
                            chars: std::iter::once(0..len).collect(),
                        },
                    ));
                }
            }
        }
    }

    /// The target words of a thesaurus entry that occur in the content, each with the
    /// vocabulary ids of its forms.
    pub(super) fn targets(&self, entry: thesaurus::Entry) -> Vec<(&'static str, Hop, Vec<u32>)> {
        entry
            .targets()
            .filter_map(|(target, hop)| {
                let ids = self.by_stem.get(self.analyzer.stem(target).as_ref())?;
                Some((target, hop, ids.clone()))
            })
            .collect()
    }

    /// The target that the best-ranked result reached through it, else its closest.
    pub(super) fn target_in_results(
        &self,
        understood: &Understood,
        ranked: &[(u32, f32)],
    ) -> Option<&'static str> {
        let in_doc = |doc: u32, ids: &[u32]| {
            self.docs[doc as usize]
                .fields
                .iter()
                .any(|f| f.words.iter().any(|w| ids.contains(&w.vocab)))
        };
        ranked
            .iter()
            .find_map(|&(doc, _)| {
                understood
                    .targets
                    .iter()
                    .find(|(_, _, ids)| in_doc(doc, ids))
                    .map(|(t, _, _)| *t)
            })
            .or_else(|| understood.targets.first().map(|(t, _, _)| *t))
    }
}
