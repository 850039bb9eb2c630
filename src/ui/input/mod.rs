//! What the user does: every command with its keys, the queue views send them on, and
//! the rules keys and focus follow.

pub mod command;
mod keys;
pub mod queue;
