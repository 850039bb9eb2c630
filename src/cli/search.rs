//! `defuse search`: the guidance, best match first, as numbered lines or JSON.

use std::{io, process::ExitCode};

use serde::Serialize;

use super::{CliError, terminal, terminal::escape_controls};
use crate::{
    content::Content,
    content::{Item, Kind, Origin},
    library::Library,
    meaning::{
        Meaning,
        grow::{Growing, cache_file},
    },
    search::{FieldMatch, MatchedBy, fusion},
    strings::{Strings, current as s},
};

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    kind: Kind,
    title: &'a str,
    score: f32,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    avoid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    say: Option<&'a str>,
    title_ranges: &'a [std::ops::Range<usize>],
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<&'a FieldMatch>,
    lexical_score: f32,
    meaning_score: Option<f32>,
    matched_by: MatchedBy,
    /// `bundled`, or the name of the pack the item came from.
    origin: &'a Origin,
    due_for_review: bool,
}

pub fn run(
    out: &mut impl io::Write,
    library: &Library,
    query: &str,
    limit: usize,
    json: bool,
    words_only: bool,
    s: &Strings,
) -> Result<(), CliError> {
    let Library { content, index, .. } = library;
    let meaning = if words_only {
        None
    } else {
        meaning_for(content)
    };
    let outcome = fusion::search(index, meaning.as_ref(), query, limit);
    let hits = outcome.hits;
    if json {
        let rows: Vec<JsonHit<'_>> = hits
            .iter()
            .filter_map(|hit| {
                let item = content.get(&hit.id)?;
                let phrase = match item {
                    Item::Phrase(p) => Some(p),
                    _ => None,
                };
                Some(JsonHit {
                    id: &hit.id,
                    kind: hit.kind,
                    title: &hit.title,
                    score: hit.score,
                    summary: item.summary(),
                    avoid: phrase.map(|p| p.avoid.as_str()),
                    say: phrase.map(|p| p.say.as_str()),
                    title_ranges: &hit.title_ranges,
                    snippet: hit.snippet.as_ref(),
                    lexical_score: hit.lexical_score,
                    meaning_score: hit.meaning_score,
                    matched_by: hit.matched_by,
                    origin: content.origin(&hit.id),
                    due_for_review: content.is_due_for_review(&hit.id),
                })
            })
            .collect();
        let json = serde_json::to_string_pretty(&rows)?;
        out.write_all(terminal::json_escaped(&json).as_bytes())?;
        writeln!(out)?;
        return Ok(());
    }
    if hits.is_empty() {
        writeln!(out, "{}", s.search_nothing(escape_controls(query)))?;
    } else if outcome.weak {
        writeln!(out, "{}", s.search_weak(escape_controls(query)))?;
    }
    for (typed, taken) in &outcome.understood {
        let typed = escape_controls(typed);
        writeln!(out, "{} “{taken}” (“{typed}”).", s.showing_for)?;
    }
    for (n, hit) in hits.iter().enumerate() {
        let Some(item) = content.get(&hit.id) else {
            continue;
        };
        writeln!(
            out,
            "{:>2}. {}  [{} · {}]",
            n + 1,
            hit.title,
            s.kind(hit.kind),
            hit.id
        )?;
        match item {
            Item::Phrase(p) => writeln!(out, "    {}: {}", s.say_instead, p.say)?,
            _ => writeln!(out, "    {}", item.summary())?,
        }
        if hit.matched_by == MatchedBy::Meaning {
            writeln!(out, "    ({})", s.matched_by_meaning)?;
        }
    }
    Ok(())
}

/// Passages without a vector that `defuse search` embeds before it answers (a few
/// seconds); with more, it answers at once and says how to embed them.
pub const EMBED_AT_ONCE: usize = 256;

/// Search by meaning over `content`: the stored and cached vectors, and the missing
/// ones embedded now if they are few (and kept in the cache).
fn meaning_for(content: &Content) -> Option<Meaning> {
    let mut growing = Growing::start(content, cache_file(), None)
        .inspect_err(|e| crate::report!("defuse: {}", s().cli_words_only(e.to_string())))
        .ok()?;
    let missing = growing.missing();
    if missing <= EMBED_AT_ONCE {
        growing.embed(missing);
        // A cache that cannot be written only means embedding them again next time.
        let _ = growing.save(content);
    } else {
        crate::report!("defuse: {}", s().cli_vectors_missing(missing));
    }
    Some(growing.meaning(content))
}

/// `defuse vectors --packs`: embeds every passage of `content` that has no vector yet
/// into this PC's cache, saying how far it has got.
pub fn embed_packs(out: &mut impl io::Write, content: &Content) -> Result<ExitCode, CliError> {
    let Some(cache) = cache_file() else {
        let variable = crate::data_dir::DATA_DIR_ENV;
        crate::report!("defuse: {}", s().cli_no_data_folder(variable));
        return Ok(ExitCode::FAILURE);
    };
    let mut growing = match Growing::start(content, Some(cache.clone()), None) {
        Ok(growing) => growing,
        Err(e) => {
            crate::report!("defuse: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let total = growing.missing();
    let mut done = 0;
    while growing.missing() > 0 {
        done += growing.embed(1024);
        crate::report!("defuse: {}", s().cli_embedded(done, total));
        // Saved as it goes: stopping it loses at most one batch.
        growing.save(content)?;
    }
    let file = cache.display().to_string();
    writeln!(out, "{}", s().cli_embedded_all(file, total))?;
    Ok(ExitCode::SUCCESS)
}
