//! Hybrid ranking: the word search's results, joined by the meaning score once the
//! query's vector is ready. Where the words match well their order stands and
//! meaning only breaks near-ties; where they match weakly or not at all (a story,
//! slang, another language), meaning carries more weight. A safety card never comes
//! first on meaning alone unless meaning sets it clearly apart from every everyday
//! item. The weights were tuned on `eval-workers.tsv` and the routing sets that are
//! not held out, never on a blind set.

use std::collections::HashMap;

use crate::{
    content::is_safety_card as is_safety,
    meaning::{Meaning, vectors::ItemScore},
};

use super::{
    Hit, Index, MatchedBy, Outcome, Told,
    safety_order::{Evidence, apply, moves},
};

/// Word results the fusion considers, before it cuts to the caller's limit.
const CANDIDATES: usize = 60;
/// A safety card the words put first by the query's own words stays at least this
/// high (kept first, it opened the card for everyday stories the words misread).
const SAFETY_KEPT_WITHIN: usize = 3;
/// Items by meaning the fusion considers, best first.
const MEANING_CONSIDERED: usize = 300;

/// The word search's results for `query`, joined by meaning when `meaning` is loaded.
pub fn search(index: &Index, meaning: Option<&Meaning>, query: &str, limit: usize) -> Outcome {
    let Some(meaning) = meaning.filter(|_| !query.trim().is_empty()) else {
        return index.search_detailed(query, limit);
    };
    let vector = meaning.model.embed_query(query);
    rerank(index, meaning, query, &vector, limit)
}

/// As [`search`], with the query's vector already made.
pub fn rerank(
    index: &Index,
    meaning: &Meaning,
    query: &str,
    vector: &[f32],
    limit: usize,
) -> Outcome {
    let scores = meaning.index.scores(vector, index.reach(query));
    with_scores(index, query, &scores, limit)
}

/// The word results for `query` joined by every item's meaning score, already
/// worked out (the app works them out on the model's thread: over 10,000 items that
/// takes 10 ms, too long for a frame).
pub fn with_scores(index: &Index, query: &str, scores: &[ItemScore<'_>], limit: usize) -> Outcome {
    join(words(index, query, limit), scores, limit)
}

/// The word results the fusion needs for `query`: shown at once, and kept to be
/// joined by meaning when its scores come ([`join`]).
pub fn words(index: &Index, query: &str, limit: usize) -> Outcome {
    index.search_detailed(query, CANDIDATES.max(limit))
}

/// Word results found by [`words`] (with the same `limit`) joined by every item's
/// meaning score. The app keeps the words' results of the query on screen for this,
/// so the frame the scores arrive in does not search again (over 10,000 items a
/// long query's word search takes 8 ms).
pub fn join(words: Outcome, scores: &[ItemScore<'_>], limit: usize) -> Outcome {
    Fusion::default().fuse(words, scores, limit)
}

/// The fusion's weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fusion {
    /// Meaning's share where the words matched well.
    pub confident_blend: f32,
    /// Meaning's share where they matched weakly.
    pub weak_blend: f32,
    /// Meaning scores are measured from the score of the item at this rank down
    /// (cosines of unrelated texts sit high, about 0.75, in this model).
    pub baseline_rank: usize,
    /// How far (in cosine) a safety card's meaning must lead every everyday item's
    /// for meaning to put it first when the words put an everyday item first.
    pub safety_lead: f32,
    /// An item found by meaning alone is listed only this close (in the scaled
    /// meaning score) to the best.
    pub meaning_floor: f32,
    /// ... and only at this cosine at least: nonsense ("xyzzy") still has a nearest
    /// passage, at about 0.81-0.86, where nine in ten workers' queries reach 0.87.
    pub meaning_alone_min: f32,
    /// At most this many items found by meaning alone join the results: the best
    /// few are what meaning adds, and every new row is text to lay out in the frame
    /// the vector arrives in.
    pub meaning_alone_max: usize,
    /// A safety card found by meaning alone is listed only at this cosine.
    pub safety_alone_min: f32,
    /// The share of its matched query words a safety card the words put first must
    /// match by the words themselves, not through the thesaurus, to stay first
    /// without meaning's lead.
    pub safety_literal_min: f32,
    /// Results found by meaning alone are called weak (the page offers other words)
    /// below this cosine.
    pub meaning_confident: f32,
}

impl Default for Fusion {
    fn default() -> Self {
        Self {
            confident_blend: 0.25,
            weak_blend: 0.5,
            baseline_rank: 20,
            safety_lead: 0.02,
            meaning_floor: 0.5,
            meaning_alone_min: 0.855,
            meaning_alone_max: 12,
            safety_alone_min: 0.87,
            safety_literal_min: 0.7,
            meaning_confident: 0.88,
        }
    }
}

impl Fusion {
    /// Joins the word results (`lexical`, with their `weak` verdict) and every item's
    /// meaning score into one ranking of at most `limit`, and says what found each.
    pub fn fuse(&self, lexical: Outcome, meaning: &[ItemScore<'_>], limit: usize) -> Outcome {
        let told = lexical.told;
        let Some(top_meaning) = meaning.first().map(|m| m.score) else {
            let mut lexical = lexical;
            lexical.hits.truncate(limit);
            return lexical;
        };
        let baseline = meaning
            .get(self.baseline_rank.min(meaning.len() - 1))
            .map_or(0.0, |m| m.score);
        let spread = (top_meaning - baseline).max(1e-6);
        let scaled = |score: f32| ((score - baseline) / spread).max(0.0);
        // Below the baseline an item's meaning counts for nothing: only the best few
        // hundred are looked up (10,000 would cost the frame milliseconds).
        let meaning = &meaning[..meaning.len().min(MEANING_CONSIDERED)];
        let by_id: HashMap<&str, &ItemScore<'_>> = meaning.iter().map(|m| (m.id, m)).collect();
        // The best score, not the first row's: the words' own safety rule may have
        // put a narrower card with a lower score first.
        let top_lexical = lexical
            .hits
            .iter()
            .map(|h| h.lexical_score)
            .fold(1e-6, f32::max);
        let blend = if lexical.weak || lexical.hits.is_empty() {
            self.weak_blend
        } else {
            self.confident_blend
        };
        // A safety card the words put first by the query's own words: meaning may
        // outrank it, not hide it ("se ineaca copilu cu o bomboana", a child choking,
        // was 5th behind the cards of children and help).
        let words_safety = lexical
            .hits
            .first()
            .filter(|h| is_safety(&h.id) && h.literal >= self.safety_literal_min)
            .map(|h| h.id.clone());
        let mut rows: Vec<(f32, Hit)> = Vec::new();
        let mut seen: HashMap<String, ()> = HashMap::new();
        for mut hit in lexical.hits {
            let m = by_id.get(hit.id.as_str()).map(|m| m.score);
            hit.meaning_score = m;
            let ms = m.map_or(0.0, scaled);
            if ms > 0.0 {
                hit.matched_by = MatchedBy::Both;
            }
            let score = (1.0 - blend) * hit.lexical_score / top_lexical + blend * ms;
            seen.insert(hit.id.clone(), ());
            rows.push((score, hit));
        }
        let mut alone = 0;
        for m in meaning {
            if alone == self.meaning_alone_max {
                break;
            }
            let ms = scaled(m.score);
            let least = if is_safety(m.id) {
                self.safety_alone_min
            } else {
                self.meaning_alone_min
            };
            if seen.contains_key(m.id) || ms < self.meaning_floor || m.score < least {
                continue;
            }
            alone += 1;
            rows.push((
                blend * ms,
                Hit {
                    id: m.id.to_owned(),
                    kind: m.kind,
                    title: m.title.to_owned(),
                    score: 0.0,
                    title_ranges: Vec::new(),
                    snippet: None,
                    lexical_score: 0.0,
                    meaning_score: Some(m.score),
                    matched_by: MatchedBy::Meaning,
                    literal: 0.0,
                    literal_terms: 0,
                    card: None,
                    situations: Vec::new(),
                },
            ));
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        self.guard_safety(&mut rows, meaning);
        self.safety_first(&mut rows, told);
        if let Some(pos) = words_safety.and_then(|id| rows.iter().position(|(_, h)| h.id == id)) {
            let row = rows.remove(pos);
            rows.insert(pos.min(SAFETY_KEPT_WITHIN - 1), row);
        }
        let weak = match rows.first() {
            None => true,
            Some((_, first)) if first.matched_by == MatchedBy::Meaning => {
                first.meaning_score.unwrap_or(0.0) < self.meaning_confident
            }
            Some((_, first)) => lexical.weak && first.matched_by == MatchedBy::Words,
        };
        Outcome {
            hits: rows
                .into_iter()
                .take(limit)
                .map(|(score, mut hit)| {
                    hit.score = score;
                    hit
                })
                .collect(),
            understood: lexical.understood,
            weak,
            told,
        }
    }

    /// If meaning lifted a safety card above an everyday item the words put first, keep
    /// it there only when meaning sets it clearly apart; if the words put it first
    /// mostly through the thesaurus (a typo counts as the word itself), only when
    /// meaning ranks it at least level with the best everyday item.
    fn guard_safety(&self, rows: &mut Vec<(f32, Hit)>, meaning: &[ItemScore<'_>]) {
        let Some((_, first)) = rows.first() else {
            return;
        };
        if !is_safety(&first.id) {
            return;
        }
        let words_first = rows
            .iter()
            .filter(|(_, h)| h.lexical_score > 0.0)
            .max_by(|a, b| a.1.lexical_score.total_cmp(&b.1.lexical_score))
            .map(|(_, h)| h);
        let lead = match words_first {
            // The words' own choice stands, unless they reached it mostly through the
            // thesaurus, perhaps another sense of a word ("an expired coupon" is not a
            // death): then it stands unless meaning prefers an everyday item.
            Some(h) if is_safety(&h.id) && h.literal >= self.safety_literal_min => return,
            Some(h) if is_safety(&h.id) => 0.0,
            _ => self.safety_lead,
        };
        let safety_best = first.meaning_score.unwrap_or(0.0);
        let everyday_best = meaning
            .iter()
            .find(|m| !is_safety(m.id))
            .map_or(0.0, |m| m.score);
        if safety_best - everyday_best >= lead {
            return;
        }
        Self::first_everyday_to_top(rows);
    }

    /// Puts first what the query's own words call for (see `safety_order`): the
    /// self-harm card for harm to oneself, the threats card for a weapon drawn, a
    /// robbery above the threat, a safety card above its own phrase pair, and an
    /// everyday item where a danger word is meant the everyday way.
    fn safety_first(&self, rows: &mut Vec<(f32, Hit)>, told: Told) {
        let moves = moves(told, Some(self.safety_lead), rows.len(), |i| {
            let hit = &rows[i].1;
            Evidence {
                id: hit.id.as_str(),
                literal_terms: hit.literal_terms,
                meaning: hit.meaning_score,
                card: hit.card,
                situations: &hit.situations,
            }
        });
        apply(rows, &moves);
    }

    fn first_everyday_to_top(rows: &mut Vec<(f32, Hit)>) {
        if let Some(pos) = rows.iter().position(|(_, h)| !is_safety(&h.id)) {
            let row = rows.remove(pos);
            rows.insert(0, row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Kind;

    fn hit(id: &str, lexical_score: f32, literal: f32) -> Hit {
        Hit {
            id: id.to_owned(),
            kind: Kind::CustomerType,
            title: id.to_owned(),
            score: lexical_score,
            title_ranges: Vec::new(),
            snippet: None,
            lexical_score,
            meaning_score: None,
            matched_by: MatchedBy::Words,
            literal,
            literal_terms: 0,
            card: None,
            situations: Vec::new(),
        }
    }

    fn meaning<'a>(scores: &[(&'a str, f32)]) -> Vec<ItemScore<'a>> {
        scores
            .iter()
            .map(|&(id, score)| ItemScore {
                id,
                kind: Kind::CustomerType,
                title: id,
                score,
                passage: id,
            })
            .collect()
    }

    /// The first id when the words put *Self-harm* first, matching `literal` of the
    /// query by the words themselves, and meaning prefers the returns card.
    fn first_with_literal(literal: f32) -> String {
        let lexical = Outcome {
            hits: vec![
                hit("self-harm", 15.0, literal),
                hit("return-no-receipt", 7.0, 1.0),
            ],
            ..Outcome::default()
        };
        let scores = meaning(&[
            ("return-no-receipt", 0.85),
            ("self-harm", 0.83),
            ("angry", 0.80),
        ]);
        let fused = Fusion::default().fuse(lexical, &scores, 3);
        fused.hits[0].id.clone()
    }

    #[test]
    fn a_safety_card_reached_through_the_thesaurus_yields_to_meaning() {
        assert_eq!(first_with_literal(0.2), "return-no-receipt");
    }

    #[test]
    fn a_safety_card_the_words_name_stays_first() {
        assert_eq!(first_with_literal(1.0), "self-harm");
    }

    #[test]
    fn meaning_may_outrank_a_safety_card_the_words_name_but_not_hide_it() {
        // Weak words put *Medical emergency* first by the query's own words; meaning
        // prefers four everyday cards.
        let lexical = Outcome {
            hits: vec![
                hit("medical-emergency", 19.0, 1.0),
                hit("shoplifting", 15.0, 1.0),
                hit("children-and-groups", 11.0, 1.0),
                hit("asking-for-help", 11.0, 1.0),
                hit("in-a-hurry", 13.0, 1.0),
            ],
            weak: true,
            ..Outcome::default()
        };
        let mut scores = meaning(&[
            ("asking-for-help", 0.88),
            ("children-and-groups", 0.875),
            ("shoplifting", 0.873),
            ("in-a-hurry", 0.87),
        ]);
        scores.extend(meaning(&[("angry", 0.80); 20]));
        scores.push(meaning(&[("medical-emergency", 0.79)])[0]);
        let ids: Vec<String> = Fusion::default()
            .fuse(lexical, &scores, 5)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        let at = ids.iter().position(|id| id == "medical-emergency");
        assert_eq!(at, Some(2), "{ids:?}");
    }

    /// The first id when the words put *Threatening* first and *Robbery* second, with
    /// the query's terms each matched by the word itself (bit masks) and meaning.
    fn first_of_threat_and_robbery(threat: (u64, f32), robbery: (u64, f32)) -> String {
        let lexical = Outcome {
            hits: vec![
                Hit {
                    literal_terms: threat.0,
                    ..hit("threatening", 50.0, 1.0)
                },
                Hit {
                    literal_terms: robbery.0,
                    ..hit("robbery", 20.0, 1.0)
                },
            ],
            ..Outcome::default()
        };
        let scores = meaning(&[
            ("threatening", threat.1),
            ("robbery", robbery.1),
            ("angry", 0.80),
        ]);
        Fusion::default().fuse(lexical, &scores, 3).hits[0]
            .id
            .clone()
    }

    #[test]
    fn a_robbery_with_a_word_of_its_own_goes_above_the_threat() {
        // "hand over the takings or he'll stab me": "stab" for the threat, "takings" for
        // the robbery alone.
        assert_eq!(
            first_of_threat_and_robbery((0b01, 0.88), (0b11, 0.85)),
            "robbery"
        );
    }

    #[test]
    fn a_robbery_meaning_clearly_prefers_goes_above_the_threat() {
        assert_eq!(
            first_of_threat_and_robbery((0b01, 0.86), (0b01, 0.89)),
            "robbery"
        );
    }

    #[test]
    fn a_threat_the_robbery_card_only_shares_stays_a_threat() {
        // "he pulled a knife on me": both match "knife", meaning level.
        assert_eq!(
            first_of_threat_and_robbery((0b11, 0.88), (0b01, 0.87)),
            "threatening"
        );
    }
}
