//! Defuse: quick-reference guidance for handling difficult customers.
//!
//! The core (`content`, `search`, `user_data`, `missed`) never touches the GUI, so the
//! command line and the tests use it directly; `ui` is the desktop app built on it.

pub mod cli;
pub mod content;
pub mod data_dir;
pub mod export;
pub mod fonts;
pub mod library;
pub mod meaning;
pub mod missed;
pub mod output;
pub mod pack_signature;
pub mod packs;
pub mod practice;
pub mod present;
pub mod search;
pub mod site_profile;
pub mod strings;
pub mod ui;
pub mod user_data;
pub mod user_file;
pub mod watch;
