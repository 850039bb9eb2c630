//! Writes one item as readable terminal text, in the interface's language.

use std::io::{self, Write};

use crate::content::{Content, Item, Kind, Origin, PlaybookStyle, model::Show};
use crate::strings::Strings;

fn heading(out: &mut impl Write, text: &str) -> io::Result<()> {
    writeln!(out, "\n{}", text.to_uppercase())
}

pub fn write_item(
    out: &mut impl Write,
    content: &Content,
    item: Item<'_>,
    s: &Strings,
) -> io::Result<()> {
    writeln!(out, "{}  [{}]", item.title(), s.kind(item.kind()))?;
    let origin = content.origin(item.id());
    let due = if content.is_due_for_review(item.id()) {
        format!(" ({})", s.due_for_review)
    } else {
        String::new()
    };
    let from = match origin {
        Origin::Bundled => s.from_bundled.clone(),
        Origin::Pack(name) => s.from_pack(name.as_str()),
    };
    writeln!(out, "{from}{due}")?;
    match item {
        Item::CustomerType(c) => {
            writeln!(out, "{}", c.summary)?;
            heading(out, &s.recognise)?;
            for line in &c.recognise {
                writeln!(out, "  • {line}")?;
            }
            heading(out, &s.what_to_do)?;
            for (n, step) in c.steps.iter().enumerate() {
                writeln!(out, "  {}. {step}", n + 1)?;
            }
            let phrases: Vec<_> = content.phrases_for(&c.id);
            if !phrases.is_empty() {
                heading(out, &s.say_this)?;
                for p in phrases {
                    writeln!(out, "  ✗ {}", p.avoid)?;
                    if let Some(direction) = &p.direction {
                        writeln!(out, "  ➜ {direction}")?;
                    }
                    writeln!(out, "  ✓ {}", p.say)?;
                }
            }
            heading(out, &s.escalate)?;
            for e in &c.escalate {
                writeln!(out, "  ! {} → {}", e.when, e.then)?;
            }
        }
        Item::Phrase(p) => {
            writeln!(out, "\n  ✗ {}: {}", s.dont_say, p.avoid)?;
            if let Some(direction) = &p.direction {
                writeln!(out, "  ➜ {direction}")?;
            }
            writeln!(out, "  ✓ {}: {}", s.say_instead, p.say)?;
            if p.example {
                writeln!(out, "    ({})", s.example_note)?;
            }
            writeln!(out, "  {}: {}", s.why, p.why)?;
        }
        Item::Playbook(p) => {
            writeln!(out, "{}", p.summary)?;
            if let Some(urgent) = &p.urgent {
                writeln!(out, "\n  ! {} → {}", urgent.when, urgent.then)?;
            }
            heading(out, &s.what_to_do)?;
            if p.style == PlaybookStyle::Ladder {
                writeln!(out, "  {}", s.ladder_hint)?;
            }
            for (n, step) in p.steps.iter().enumerate() {
                writeln!(out, "  {}. {} — {}", n + 1, step.title, step.detail)?;
                if let Some(link) = step.link.as_deref().and_then(|id| content.get(id)) {
                    writeln!(out, "     ➜ {} ({})", link.title(), link.id())?;
                }
            }
        }
        Item::Deck(d) => {
            writeln!(out, "{}", d.goal)?;
            writeln!(out, "{}", s.deck_meta_of(d))?;
            heading(out, &s.outline)?;
            for (n, slide) in d.slides.iter().enumerate() {
                let line = match (
                    &slide.show,
                    slide.show.item_id().and_then(|id| content.get(id)),
                ) {
                    (Show::Free { title, .. }, _) => title.clone(),
                    (_, Some(item)) => format!("{} ({})", item.headline(), s.kind(item.kind())),
                    (_, None) => continue,
                };
                writeln!(out, "  {:>2}. {line}", n + 1)?;
            }
        }
        Item::Principle(p) => {
            writeln!(out, "{}", p.summary)?;
            heading(out, &s.how)?;
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
        let label = if item.kind() == Kind::Phrase {
            &s.fits
        } else {
            &s.see_also
        };
        heading(out, label)?;
        writeln!(out, "  {}", related.join(", "))?;
    }
    heading(out, &s.sources)?;
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
