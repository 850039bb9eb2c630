//! One practice round: the phrase pairs of a deck, a card, or all of them, shown one at
//! a time. The learner may type their own reply (kept, never graded), reveals ours,
//! then marks "I had the idea" or "Practise again".
//!
//! Rules, so a round always ends and nothing feels like a test:
//! - pairs come in [`Progress::order`]: lower boxes first, ties in content order;
//! - "Practise again" brings the pair back [`REQUEUE_GAP`] pairs later in the same
//!   round (at the end if fewer remain), at most [`MAX_RETURNS`] times, so a round over
//!   n pairs shows at most n × (1 + `MAX_RETURNS`) pairs;
//! - only a pair's first mark in the round moves its Leitner box (see
//!   [`crate::practice::progress`]); a return is practice only;
//! - the summary lists the pairs marked "Practise again" at least once, to review.
//!
//! A round is plain data (serde), so the app can keep it in [`Progress::paused`] when
//! the learner leaves with Esc and resume it after a restart.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::progress::Progress;
use crate::content::{Content, CustomerType, Phrase, model::Show};

/// How many other pairs come before a pair marked "Practise again" comes back.
pub const REQUEUE_GAP: usize = 3;
/// A round of every pair (Practise from the menu) takes this many, the least known
/// first: one sitting, not all of them at once.
pub const ALL_ROUND: usize = 10;
/// How many times one pair may come back within a round.
pub const MAX_RETURNS: u8 = 2;
/// The typed reply is kept to this many characters: it is saved with a paused round,
/// and a user file has a size limit past which it would be set aside.
pub const MAX_REPLY_CHARS: usize = 2000;

/// The learner's own verdict on a pair: no score, just what to practise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// "I had the idea".
    HadIt,
    /// "Practise again".
    Again,
}

/// What a round is over, so the app can title it and offer to resume it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// A deck's phrase slides and the pairs of its card slides.
    Deck(String),
    /// The pairs a customer-type card lists.
    Card(String),
    /// Every phrase pair.
    #[default]
    All,
}

/// A round in progress; see the module notes for its rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Round {
    scope: Scope,
    /// Pairs still to show, the current one first.
    queue: Vec<String>,
    /// How many showings have been marked so far.
    done: usize,
    /// Pairs marked at least once this round: their box has moved, later marks don't.
    marked: BTreeSet<String>,
    /// How many times each pair has come back this round.
    returns: BTreeMap<String, u8>,
    /// Pairs marked "Practise again" at least once, in the order first marked.
    review: Vec<String>,
    /// Whether our reply and its why are showing.
    revealed: bool,
    /// What the learner typed for the current pair; cleared when it is marked.
    reply: String,
}

impl Round {
    /// A round over `ids` (content order, duplicates dropped) in practice order.
    pub fn new(scope: Scope, ids: Vec<String>, progress: &Progress) -> Self {
        let mut unique: Vec<String> = Vec::with_capacity(ids.len());
        for id in ids {
            if !unique.contains(&id) {
                unique.push(id);
            }
        }
        Self {
            scope,
            queue: progress.order(unique),
            ..Self::default()
        }
    }

    /// The deck's pairs: its phrase slides, and the pairs of its card slides, in slide
    /// order. `None` if there is no such deck or it has no pairs.
    pub fn for_deck(content: &Content, progress: &Progress, deck_id: &str) -> Option<Self> {
        let deck = content.decks.iter().find(|d| d.id == deck_id)?;
        let mut ids = Vec::new();
        for slide in &deck.slides {
            match &slide.show {
                Show::Phrase(id) if content.phrases.iter().any(|p| &p.id == id) => {
                    ids.push(id.clone());
                }
                Show::Card(card) => {
                    ids.extend(content.phrases_for(card).into_iter().map(|p| p.id.clone()));
                }
                _ => {}
            }
        }
        Self::non_empty(Self::new(Scope::Deck(deck_id.to_owned()), ids, progress))
    }

    /// The card's pairs, in the order the card shows them. `None` if there is no such
    /// card or it has no pairs.
    pub fn for_card(content: &Content, progress: &Progress, card_id: &str) -> Option<Self> {
        content.customer_type(card_id)?;
        let ids = content
            .phrases_for(card_id)
            .into_iter()
            .map(|p| p.id.clone())
            .collect();
        Self::non_empty(Self::new(Scope::Card(card_id.to_owned()), ids, progress))
    }

    /// The [`ALL_ROUND`] pairs most due of all (lowest box first; in content order
    /// within a box). `None` if there are none.
    pub fn all(content: &Content, progress: &Progress) -> Option<Self> {
        let ids = content.phrases.iter().map(|p| p.id.clone()).collect();
        let mut round = Self::new(Scope::All, ids, progress);
        round.queue.truncate(ALL_ROUND);
        Self::non_empty(round)
    }

    fn non_empty(self) -> Option<Self> {
        (!self.is_done()).then_some(self)
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    /// The id of the pair showing now; `None` once the round is done.
    pub fn current(&self) -> Option<&str> {
        self.queue.first().map(String::as_str)
    }

    /// The pair showing now, looked up in `content`.
    pub fn current_phrase<'a>(&self, content: &'a Content) -> Option<&'a Phrase> {
        let id = self.current()?;
        content.phrases.iter().find(|p| p.id == id)
    }

    /// "n of m": the showing now (1-based) and how many showings the round has as it
    /// stands; m grows when a pair is marked "Practise again". Done: (m, m).
    pub fn position(&self) -> (usize, usize) {
        let total = self.done.saturating_add(self.queue.len());
        if self.is_done() {
            (total, total)
        } else {
            (self.done.saturating_add(1), total)
        }
    }

    pub fn is_done(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed
    }

    /// Shows our reply and its why (Space or Enter).
    pub fn reveal(&mut self) {
        if !self.is_done() {
            self.revealed = true;
        }
    }

    /// What the learner typed for the current pair.
    pub fn reply(&self) -> &str {
        &self.reply
    }

    /// The learner's reply, for a text field to edit. It is cut to
    /// [`MAX_REPLY_CHARS`] when the round is marked or kept.
    pub fn reply_mut(&mut self) -> &mut String {
        &mut self.reply
    }

    /// Marks the current pair and moves on. Only a revealed pair can be marked (the
    /// learner compares first); returns false, changing nothing, otherwise or when
    /// the round is done. The pair's box in `progress` moves on its first mark in this
    /// round only.
    pub fn mark(&mut self, mark: Mark, progress: &mut Progress) -> bool {
        if !self.revealed || self.queue.is_empty() {
            return false;
        }
        let id = self.queue.remove(0);
        self.done = self.done.saturating_add(1);
        self.revealed = false;
        self.reply.clear();
        if self.marked.insert(id.clone()) {
            match mark {
                Mark::HadIt => progress.had_it(&id),
                Mark::Again => progress.again(&id),
            }
        }
        if mark == Mark::Again {
            if !self.review.contains(&id) {
                self.review.push(id.clone());
            }
            let returns = self.returns.entry(id.clone()).or_insert(0);
            if *returns < MAX_RETURNS {
                *returns += 1;
                let at = REQUEUE_GAP.min(self.queue.len());
                self.queue.insert(at, id);
            }
        }
        true
    }

    /// The pairs marked "Practise again" at least once, in the order first marked: the
    /// end-of-round list of phrases to review.
    pub fn summary(&self) -> &[String] {
        &self.review
    }

    /// Drops pairs the content no longer has; the current pair's reveal and reply go
    /// with it if it was one of them. [`Progress::retain_known`] does this for a paused
    /// round; a round left with no pairs is done.
    pub fn retain_known(&mut self, exists: impl Fn(&str) -> bool) {
        let before = self.current().map(str::to_owned);
        self.queue.retain(|id| exists(id));
        self.review.retain(|id| exists(id));
        self.marked.retain(|id| exists(id));
        self.returns.retain(|id, _| exists(id));
        if self.current() != before.as_deref() {
            self.revealed = false;
            self.reply.clear();
        }
    }

    /// Brings a round read from a file back within bounds: the reply cut to size, the
    /// review list without repeats, no reveal with nothing showing.
    pub(super) fn normalised(mut self) -> Self {
        if let Some((end, _)) = self.reply.char_indices().nth(MAX_REPLY_CHARS) {
            self.reply.truncate(end);
        }
        // A set, not `contains` on the list: a hand-made file under the size cap can
        // hold 110,000 ids, and a quadratic pass froze start-up for 20 s.
        let mut seen = std::collections::HashSet::with_capacity(self.review.len());
        self.review.retain(|id| seen.insert(id.clone()));
        self.revealed &= !self.queue.is_empty();
        self
    }
}

/// The customer-type card a pair belongs to: the first of its situations that exists.
/// The summary links each pair to review to it.
pub fn card_of<'a>(content: &'a Content, phrase_id: &str) -> Option<&'a CustomerType> {
    let phrase = content.phrases.iter().find(|p| p.id == phrase_id)?;
    phrase
        .situations
        .iter()
        .find_map(|card| content.customer_type(card))
}

/// The one-line scene shown above a pair's "don't say" line: the title of its card.
pub fn scene<'a>(content: &'a Content, phrase_id: &str) -> Option<&'a str> {
    card_of(content, phrase_id).map(|card| card.title.as_str())
}

#[cfg(test)]
mod tests;
