//! Defuse: quick-reference guidance for handling difficult customers.
//!
//! The core (`content`, `search`) never touches the GUI, so the command line and the
//! tests use it directly.

pub mod cli;
pub mod content;
pub mod search;
