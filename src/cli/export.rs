//! `defuse export`: writes a printable handout and prints its path.

use std::{io, path::PathBuf, process::ExitCode};

use super::{CliError, terminal::escape_controls};
use crate::content::Content;
use crate::export::{self, Layout, Paper, Print, Scope};
use crate::strings::Strings;

/// `defuse export DIR [--deck ID] [--paper a4|letter] [--layout cards|pocket|notes|roleplay]
/// [--two-up]`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    dir: PathBuf,
    #[arg(long, value_name = "ID")]
    deck: Option<String>,
    #[arg(long, default_value_t = Paper::A4)]
    paper: Paper,
    #[arg(long, default_value_t = Layout::Cards)]
    layout: Layout,
    #[arg(long)]
    two_up: bool,
}

/// Writes the handout from `content`, the layered content every command reads.
pub fn run(
    out: &mut impl io::Write,
    args: ExportArgs,
    content: &Content,
    strings: &Strings,
) -> Result<ExitCode, CliError> {
    let ExportArgs {
        dir,
        deck,
        paper,
        layout,
        two_up,
    } = args;
    let print = Print {
        layout,
        paper,
        two_up,
    };
    let scope = match deck.as_deref() {
        Some(id) => Scope::deck(content, id),
        None => Ok(Scope::All),
    };
    // Both failures are the user's to fix (a deck id, a folder): a message and exit 1.
    let written = scope.and_then(|scope| export::write(content, strings, &dir, scope, print));
    match written {
        Ok(path) => {
            writeln!(out, "{}", path.display())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let hint = match &e {
                export::ExportError::UnknownDeck(_) => {
                    let ids: Vec<&str> = content.decks.iter().map(|d| d.id.as_str()).collect();
                    format!(" {}", strings.cli_the_decks(ids.join(", ")))
                }
                export::ExportError::Write { .. } => String::new(),
            };
            crate::report!("defuse: {}.{hint}", escape_controls(&e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}
