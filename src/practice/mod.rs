//! Practice mode, the model only: phrase pairs a learner practises alone, on a simple
//! spaced schedule (Leitner boxes), kept in our own file like the favourites. No GUI
//! here: the app draws a [`Round`] and saves [`Progress`] through a [`PracticeStore`].

pub mod progress;
pub mod round;

pub use progress::{PracticeStore, Progress};
pub use round::{Mark, Round, Scope};

#[cfg(test)]
pub(crate) mod testing;
