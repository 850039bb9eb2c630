//! `defuse check`: validates the bundled content with the installed packs and every
//! `--content` folder layered on, or one folder (a pack, over the bundled content, or a
//! full content folder alone), and says by its exit status whether there were errors,
//! only warnings, or neither.

use std::{io, path::Path, process::ExitCode};

use super::{CliError, terminal::escape_controls, today};
use crate::{
    content::{Content, Position, Problem, ProblemKind, pack::MANIFEST_FILE},
    packs::{Layers, Sources},
};

/// Exit status when `check` found warnings and no errors (0 is clean, 1 errors, 2 a
/// command line clap refused).
pub const WARNINGS_ONLY: u8 = 3;

/// The layers `check` reads: `dir` alone when it is a full content folder, else the
/// bundled content with the packs and then `dir` layered on.
pub fn layers(dir: Option<&Path>, sources: &Sources) -> Result<Layers, CliError> {
    let packs = &sources.folders;
    match dir {
        Some(dir) if !dir.join(MANIFEST_FILE).exists() => Ok(Layers::folder(dir)?.with(packs)),
        Some(dir) => {
            let mut folders = packs.clone();
            folders.push(dir.to_owned());
            Ok(Layers::read(&folders))
        }
        None => Ok(sources.read()),
    }
}

/// Checks `layers`, prints each problem and a summary, and returns what it found.
/// Layers from `own` on are the user's: what they leave untranslated in a language
/// they hold is a warning (the shipped content's own gaps are not theirs to fix).
pub fn report(
    out: &mut impl io::Write,
    layers: &Layers,
    root: &str,
    own: usize,
) -> Result<Found, CliError> {
    let s = crate::strings::current();
    let mut problems = layers.problems.clone();
    let mut items = 0;
    let each = layers.load_each_language(today());
    if each.is_empty() {
        problems.push(Problem {
            file: root.to_owned(),
            position: Position::START,
            kind: ProblemKind::Invalid(s.cli_no_language_folder()),
        });
    }
    let mut packs = Vec::new();
    for (language, loaded) in &each {
        items += loaded.content.items().count();
        problems.extend(loaded.problems.iter().cloned());
        if let Some(problem) = untranslated(language, &loaded.content, layers, own, root) {
            problems.push(problem);
        }
        for pack in &loaded.content.packs {
            if !packs.contains(pack) {
                packs.push(pack.clone());
            }
        }
    }
    for pack in &packs {
        let line = s.cli_pack_line(
            pack.name.as_str(),
            pack.version.as_str(),
            pack.changes.as_str(),
        );
        writeln!(out, "{}", escape_controls(&line))?;
    }
    // Paths and content text are the user's: a control character in them must not
    // reach the terminal as one.
    for problem in &problems {
        writeln!(out, "{}", escape_controls(&problem.to_string()))?;
    }
    let warnings = problems.iter().filter(|p| p.is_warning()).count();
    let found = Found {
        errors: problems.len() - warnings,
        warnings,
    };
    let (files, languages) = (layers.files.len(), each.len());
    write!(
        out,
        "{}",
        s.cli_checked(files, languages, items, found.errors)
    )?;
    if warnings > 0 {
        write!(out, "{}", s.cli_checked_warnings(warnings))?;
    }
    writeln!(out)?;
    Ok(found)
}

/// The warning for the items `language` shows in English, if any: those of the
/// user's layers (from `own` on) that hold files in that language.
fn untranslated(
    language: &str,
    content: &Content,
    layers: &Layers,
    own: usize,
    root: &str,
) -> Option<Problem> {
    let prefix = format!("{language}/");
    let translating: Vec<usize> = layers
        .files
        .iter()
        .filter(|f| f.layer >= own && f.path.starts_with(&prefix))
        .map(|f| f.layer)
        .collect();
    let layer_of = |id: &str| {
        let origin = content.origin(id);
        layers.origins.iter().rposition(|o| o == origin)
    };
    let mut ids: Vec<&str> = content
        .untranslated
        .iter()
        .map(String::as_str)
        .filter(|id| layer_of(id).is_some_and(|layer| translating.contains(&layer)))
        .collect();
    if ids.is_empty() {
        return None;
    }
    ids.sort_unstable();
    let shown = ids.iter().take(3).copied().collect::<Vec<_>>().join(", ");
    Some(Problem {
        file: format!("{}/{language}/", root.trim_end_matches('/')),
        position: Position::START,
        kind: ProblemKind::Untranslated {
            language: language.to_owned(),
            count: ids.len(),
            examples: if ids.len() > 3 {
                format!("{shown}…")
            } else {
                shown
            },
        },
    })
}

/// How many errors and warnings a check found.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub errors: usize,
    pub warnings: usize,
}

impl Found {
    pub fn exit_code(self) -> ExitCode {
        if self.errors > 0 {
            ExitCode::FAILURE
        } else if self.warnings > 0 {
            ExitCode::from(WARNINGS_ONLY)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// `defuse check [DIR]`.
pub fn run(
    out: &mut impl io::Write,
    dir: Option<&Path>,
    sources: &Sources,
) -> Result<ExitCode, CliError> {
    let layers = layers(dir, sources)?;
    let root = dir.map_or_else(|| "content".to_owned(), |d| d.display().to_string());
    // A full content folder is the user's from its first layer; otherwise the first
    // is the shipped content.
    let folder = dir.is_some_and(|d| !d.join(MANIFEST_FILE).exists());
    let own = if folder { 0 } else { 1 };
    Ok(report(out, &layers, &root, own)?.exit_code())
}
