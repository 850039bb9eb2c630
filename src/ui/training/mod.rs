//! What learners and trainers take away: a practice round of phrase pairs, and
//! printable handouts.

pub mod handouts;
pub mod practice;
