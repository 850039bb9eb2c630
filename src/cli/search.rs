//! `defuse search`: the guidance, best match first, as numbered lines or JSON.

use std::io;

use serde::Serialize;

use super::{CliError, show, terminal, terminal::escape_controls};
use crate::{
    content::{Item, Kind, Origin},
    library::Library,
    meaning::Meaning,
    search::{FieldMatch, MatchedBy, fusion},
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
) -> Result<(), CliError> {
    let Library { content, index, .. } = library;
    let meaning = if words_only {
        None
    } else {
        Meaning::load(content)
            .inspect_err(|e| crate::report!("defuse: searching by words only: {e}"))
            .ok()
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
        writeln!(
            out,
            "Nothing matches “{}”. Try other words, such as “shouting” or “refund”.",
            escape_controls(query)
        )?;
    } else if outcome.weak {
        writeln!(
            out,
            "Nothing matches “{}” well. The closest:",
            escape_controls(query)
        )?;
    }
    for (typed, taken) in &outcome.understood {
        writeln!(
            out,
            "Showing results for “{taken}” (for “{}”).",
            escape_controls(typed)
        )?;
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
            show::kind_label(hit.kind),
            hit.id
        )?;
        match item {
            Item::Phrase(p) => writeln!(out, "    say instead: {}", p.say)?,
            _ => writeln!(out, "    {}", item.summary())?,
        }
        if hit.matched_by == MatchedBy::Meaning {
            writeln!(out, "    (matched by meaning)")?;
        }
    }
    Ok(())
}
