//! Writes one item as readable terminal text.

use std::io::{self, Write};

use crate::content::{Content, Item, Kind, PlaybookStyle, model::Show};

pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::CustomerType => "customer type",
        Kind::Phrase => "say this, not that",
        Kind::Playbook => "playbook",
        Kind::Principle => "principle",
        Kind::Deck => "training deck",
    }
}

fn heading(out: &mut impl Write, text: &str) -> io::Result<()> {
    writeln!(out, "\n{}", text.to_uppercase())
}

pub fn write_item(out: &mut impl Write, content: &Content, item: Item<'_>) -> io::Result<()> {
    writeln!(out, "{}  [{}]", item.title(), kind_label(item.kind()))?;
    let origin = content.origin(item.id());
    let due = if content.is_due_for_review(item.id()) {
        " (due for review)"
    } else {
        ""
    };
    writeln!(out, "From: {}{due}", origin.name())?;
    match item {
        Item::CustomerType(c) => {
            writeln!(out, "{}", c.summary)?;
            heading(out, "How you recognise them")?;
            for line in &c.recognise {
                writeln!(out, "  • {line}")?;
            }
            heading(out, "What to do")?;
            for (n, step) in c.steps.iter().enumerate() {
                writeln!(out, "  {}. {step}", n + 1)?;
            }
            let phrases: Vec<_> = content.phrases_for(&c.id);
            if !phrases.is_empty() {
                heading(out, "Say this, not that")?;
                for p in phrases {
                    writeln!(out, "  ✗ {}", p.avoid)?;
                    if let Some(direction) = &p.direction {
                        writeln!(out, "  ➜ {direction}")?;
                    }
                    writeln!(out, "  ✓ {}", p.say)?;
                }
            }
            heading(out, "When to escalate")?;
            for e in &c.escalate {
                writeln!(out, "  ! {} → {}", e.when, e.then)?;
            }
        }
        Item::Phrase(p) => {
            writeln!(out, "\n  ✗ Don't say: {}", p.avoid)?;
            if let Some(direction) = &p.direction {
                writeln!(out, "  ➜ First: {direction}")?;
            }
            writeln!(out, "  ✓ Say instead: {}", p.say)?;
            if p.example {
                writeln!(out, "    (an example: adapt it to your own policy)")?;
            }
            writeln!(out, "  Why: {}", p.why)?;
        }
        Item::Playbook(p) => {
            writeln!(out, "{}", p.summary)?;
            if let Some(urgent) = &p.urgent {
                writeln!(out, "\n  ! {} → {}", urgent.when, urgent.then)?;
            }
            let ladder = p.style == PlaybookStyle::Ladder;
            heading(
                out,
                if ladder {
                    "Rungs, mild to severe"
                } else {
                    "Steps"
                },
            )?;
            for (n, step) in p.steps.iter().enumerate() {
                writeln!(out, "  {}. {} — {}", n + 1, step.title, step.detail)?;
                if let Some(link) = step.link.as_deref().and_then(|id| content.get(id)) {
                    writeln!(out, "     see: {} ({})", link.title(), link.id())?;
                }
            }
        }
        Item::Deck(d) => {
            writeln!(out, "{}", d.goal)?;
            writeln!(
                out,
                "For: {} · {} min · {} slides",
                d.audience,
                d.minutes,
                d.slides.len()
            )?;
            heading(out, "Outline")?;
            for (n, slide) in d.slides.iter().enumerate() {
                let line = match (
                    &slide.show,
                    slide.show.item_id().and_then(|id| content.get(id)),
                ) {
                    (Show::Free { title, .. }, _) => title.clone(),
                    (_, Some(item)) => format!("{} ({})", item.headline(), kind_label(item.kind())),
                    (_, None) => continue,
                };
                writeln!(out, "  {:>2}. {line}", n + 1)?;
            }
        }
        Item::Principle(p) => {
            writeln!(out, "{}", p.summary)?;
            heading(out, "How")?;
            for line in &p.how {
                writeln!(out, "  • {line}")?;
            }
        }
    }
    let related: Vec<String> = item
        .related()
        .iter()
        .filter_map(|id| content.get(id))
        .map(|r| format!("{} ({})", r.title(), r.id()))
        .collect();
    if !related.is_empty() {
        heading(
            out,
            if item.kind() == Kind::Phrase {
                "Fits"
            } else {
                "See also"
            },
        )?;
        writeln!(out, "  {}", related.join(", "))?;
    }
    heading(out, "Sources")?;
    for key in item.sources() {
        match content.citation(key) {
            Some((source, Some(point))) => {
                writeln!(out, "  {key}: {} — {}", point.label, source.title)?;
            }
            Some((source, None)) => writeln!(out, "  {key}: {}", source.title)?,
            None => writeln!(out, "  {key}")?,
        }
    }
    Ok(())
}
