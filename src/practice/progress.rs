//! How well a learner knows each phrase pair, as Leitner boxes, plus a round left with
//! Esc to resume. Kept in our own file (`practice.ron`) beside the favourites, written
//! atomically; a bad file is set aside and reported, never dropped silently.
//!
//! The box rules, kept simple so a learner and a trainer can reason about them:
//! - a pair never practised is in box 1 (it has no entry in the file);
//! - "I had the idea" moves it up one box, at most to box 5;
//! - "Practise again" puts it back in box 1;
//! - a round shows lower boxes first (sooner), ties in content order.
//!
//! Only a pair's first mark in a round moves its box (see [`crate::practice::Round`]):
//! a pair that comes back in the same round is seen minutes later, so getting it then
//! says little about knowing it next week.
//!
//! File format (RON), version [`FORMAT_VERSION`]:
//! ```text
//! (
//!     version: 1,                  // a newer one is set aside, not misread
//!     boxes: { "sorry": 2 },       // box 2..=5; box 1 and never practised are left out
//!     paused: Some((               // or None: the round left with Esc
//!         scope: Deck("intro"),    // Deck(id), Card(id) or All
//!         queue: ["calm", "queue"],// still to show, the current pair first
//!         done: 2,                 // showings marked so far
//!         marked: ["queue", "sorry"],
//!         returns: { "queue": 1 }, // times each pair came back this round
//!         review: ["queue"],       // marked "practise again": the summary
//!         revealed: false,
//!         reply: "typed",          // the learner's own words, never graded
//!     )),
//! )
//! ```
//! Unknown fields (a newer version, a hand edit) make the file unreadable as ours, so it
//! is set aside whole rather than losing them on the next save.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::round::Round;
use crate::user_file::{FileStore, UserFile};

/// The file's name in the data folder.
pub const FILE_NAME: &str = "practice.ron";
/// The file format this build writes.
pub const FORMAT_VERSION: u32 = 1;
/// Where new pairs start, and where "practise again" sends a pair back to.
pub const FIRST_BOX: u8 = 1;
/// The highest box: "had the idea" moves no further.
pub const LAST_BOX: u8 = 5;

/// The learner's practice progress: their own data, like favourites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Progress {
    /// The format the file was written in; a file without it reads as version 1. A
    /// newer version than this build knows is refused, so the file is set aside, not
    /// misread and then written over.
    #[serde(deserialize_with = "known_version")]
    version: u32,
    /// Box per phrase id. Only boxes above the first are stored, so the file lists what
    /// the learner has come to know and nothing else.
    boxes: BTreeMap<String, u8>,
    /// A round left with Esc, resumed from where it stopped. One at most: starting a
    /// new round replaces it (the app decides whether to ask).
    pub paused: Option<Round>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            boxes: BTreeMap::new(),
            paused: None,
        }
    }
}

impl Progress {
    /// The pair's box, 1 to 5; a pair never practised is in box 1.
    pub fn box_of(&self, id: &str) -> u8 {
        self.boxes
            .get(id)
            .map_or(FIRST_BOX, |&b| b.clamp(FIRST_BOX, LAST_BOX))
    }

    /// "I had the idea": one box up, at most to the last.
    pub fn had_it(&mut self, id: &str) {
        let next = self.box_of(id).saturating_add(1).min(LAST_BOX);
        self.boxes.insert(id.to_owned(), next);
    }

    /// "Practise again": back to the first box.
    pub fn again(&mut self, id: &str) {
        // Box 1 is the absence of an entry, so the file stays short.
        self.boxes.remove(id);
    }

    /// `ids` in practice order: lower boxes first, ties in the order given (content
    /// order), so what the learner found hard comes back sooner.
    pub fn order(&self, ids: Vec<String>) -> Vec<String> {
        let mut ids = ids;
        // Stable: equal boxes keep the order given.
        ids.sort_by_key(|id| self.box_of(id));
        ids
    }

    /// Keeps a round to resume. A finished round is not kept: there is nothing left.
    pub fn pause(&mut self, round: Round) {
        // Normalised so an overlong typed reply cannot push the file past its size limit.
        self.paused = (!round.is_done()).then(|| round.normalised());
    }

    /// Takes the round left with Esc, if any, to carry on with it.
    pub fn resume(&mut self) -> Option<Round> {
        self.paused.take().filter(|round| !round.is_done())
    }

    /// Drops pairs that no longer exist (the content changed since the file was saved)
    /// from the boxes and from a paused round; keeps the rest. A paused round left with
    /// no pairs is dropped.
    pub fn retain_known(&mut self, exists: impl Fn(&str) -> bool) {
        self.boxes.retain(|id, _| exists(id));
        if let Some(round) = &mut self.paused {
            round.retain_known(&exists);
        }
        if self.paused.as_ref().is_some_and(Round::is_done) {
            self.paused = None;
        }
    }
}

impl UserFile for Progress {
    const FILE_NAME: &'static str = FILE_NAME;

    /// Brings what a hand edit may have broken back within bounds: boxes clamped to
    /// 1..=5 (box 1 not stored), and a paused round made consistent.
    fn normalised(mut self) -> Self {
        // Whatever older version it was read from, it is saved in this one.
        self.version = FORMAT_VERSION;
        self.boxes.retain(|_, b| *b > FIRST_BOX);
        for b in self.boxes.values_mut() {
            *b = (*b).min(LAST_BOX);
        }
        self.paused = self
            .paused
            .map(Round::normalised)
            .filter(|round| !round.is_done());
        self
    }
}

/// Where practice progress lives: `practice.ron`, kept like favourites. The caller
/// drops pairs the content no longer has with [`Progress::retain_known`].
pub type PracticeStore = FileStore<Progress>;

/// Reads the format version, refusing one newer than this build: its fields may mean
/// something else, and the refusal sets the file aside for the newer version to find.
fn known_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let version = u32::deserialize(d)?;
    if version > FORMAT_VERSION {
        return Err(serde::de::Error::custom(format!(
            "written by a newer version of Defuse (format {version}, this one reads {FORMAT_VERSION})"
        )));
    }
    Ok(version)
}

#[cfg(test)]
mod tests;
