//! A ranked item as a hit: the best field and snippet, with the matched characters to
//! highlight, and the best match of each vocabulary word a query reached.

use super::*;

impl Index {
    pub(super) fn hit(&self, doc: u32, score: f32, matched: &Matched) -> Hit {
        let doc = &self.docs[doc as usize];
        let mut title_ranges = Vec::new();
        let mut snippet: Option<FieldMatch> = None;
        for field in &doc.fields {
            // Folding a field's text again is the costly part: only for fields that matched.
            if !field.words.iter().any(|w| matched.get(w.vocab).is_some()) {
                continue;
            }
            if field.field == Field::Title {
                // A translated title's English original matched: its ranges are not
                // the shown title's.
                if title_ranges.is_empty() && field.shown.is_none() {
                    title_ranges = highlight(field, matched);
                }
            } else if snippet.is_none() {
                snippet = Some(match &field.shown {
                    Some(shown) => FieldMatch {
                        field: field.field,
                        text: shown.clone(),
                        ranges: Vec::new(),
                    },
                    None => FieldMatch {
                        field: field.field,
                        text: field.text.clone(),
                        ranges: highlight(field, matched),
                    },
                });
            }
        }
        Hit {
            id: doc.id.clone(),
            kind: doc.kind,
            title: doc.title.clone(),
            score,
            title_ranges,
            snippet,
            lexical_score: score,
            meaning_score: None,
            matched_by: MatchedBy::Words,
            literal: 0.0,
            literal_terms: 0,
            card: doc.card,
            situations: doc.situations.clone(),
        }
    }
}

/// How well the query matched each vocabulary word, for those it matched.
#[derive(Debug, Default)]
pub(super) struct Matched {
    /// Per vocabulary id: 0 for no match, else the position in `matches` plus one.
    slots: Vec<u32>,
    matches: Vec<TokenMatch>,
}

impl Matched {
    pub(super) fn new(vocab: usize) -> Self {
        Self {
            slots: vec![0; vocab],
            matches: Vec::new(),
        }
    }

    pub(super) fn get(&self, vocab_id: u32) -> Option<&TokenMatch> {
        let slot = *self.slots.get(vocab_id as usize)?;
        self.matches.get(slot.checked_sub(1)? as usize)
    }

    /// Records `m` unless an earlier query word matched this word at least as well.
    pub(super) fn keep_best(&mut self, vocab_id: u32, m: TokenMatch) {
        let Some(slot) = self.slots.get_mut(vocab_id as usize) else {
            return;
        };
        match slot.checked_sub(1) {
            Some(i) => {
                let old = &mut self.matches[i as usize];
                if m.quality > old.quality {
                    *old = m;
                }
            }
            None => {
                self.matches.push(m);
                *slot = u32::try_from(self.matches.len()).unwrap_or(u32::MAX);
            }
        }
    }
}

/// The byte ranges of `field`'s text whose words matched, merged where they touch.
pub(super) fn highlight(field: &FieldText, matched: &Matched) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (i, word) in field.words.iter().enumerate() {
        let Some(m) = matched.get(word.vocab) else {
            continue;
        };
        // Fold just this word again, from its start to where the next one starts.
        let start = word.start as usize;
        let end = field
            .words
            .get(i + 1)
            .map_or(field.text.len(), |next| next.start as usize);
        let Some(word) = field
            .text
            .get(start..end)
            .and_then(|text| words(text).into_iter().next())
        else {
            continue;
        };
        for chars in m.chars.as_slice() {
            if let Some(range) = word.span(chars.clone()) {
                let range = start + range.start..start + range.end;
                match ranges.last_mut() {
                    Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
                    _ => ranges.push(range),
                }
            }
        }
    }
    ranges
}
