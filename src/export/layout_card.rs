//! The pieces of one slide in reading order. A customer-type card prints its summary
//! under the title and, in `cards`, its best "say" lines after its steps; a safety card
//! adds its write-in numbers and can be set tighter so it stays on one sheet.

use super::{
    Layout, PrintSlide, pairs,
    pieces::{Piece, Size},
};
use crate::content::{Content, Item, SAFETY_CARDS};
use crate::present::{Heading, Part};
use crate::strings::Strings;

/// The tightest setting of a safety card: signs and escalations in small type, in two
/// columns; then the steps small too; then the say lines in two columns (still large,
/// their directions small); then the whole page set at 85% and at 75% of its size
/// (`zoom`). Each level is tried in turn until the card fits; the steps, say lines and
/// numbers are never dropped, and the words to say always print large.
pub const TIGHTEST: usize = 6;

/// The tightest setting printed at full size.
pub const UNZOOMED: usize = 4;

/// The scale, in percent, a page at tightness `tight` prints its content at.
pub fn zoom(tight: usize) -> usize {
    match tight {
        0..=UNZOOMED => 100,
        5 => 85,
        _ => 75,
    }
}

/// A card page's parts sorted by the heading they fall under.
#[derive(Default)]
struct CardParts<'a> {
    summary: Vec<&'a Part>,
    signs: Vec<&'a Part>,
    steps: Vec<&'a Part>,
    help: Vec<&'a Part>,
}

fn card_parts<'a>(parts: impl Iterator<Item = &'a Part>) -> CardParts<'a> {
    let mut out = CardParts::default();
    let mut under = None;
    for part in parts {
        match part {
            Part::Heading(h) => under = Some(*h),
            // The summary is the card's one plain paragraph, wherever the slide puts it.
            Part::Text(_) => out.summary.push(part),
            part => match under {
                Some(Heading::Signs) => out.signs.push(part),
                Some(Heading::WhatToDo) => out.steps.push(part),
                Some(Heading::GetHelp) => out.help.push(part),
                Some(Heading::How) | None => out.summary.push(part),
            },
        }
    }
    out
}

/// The slide's own pieces (no trainer material) at tightness `tight` (0 = none).
pub fn pieces<'a>(
    content: &'a Content,
    s: &'a Strings,
    slide: &'a PrintSlide<'a>,
    layout: Layout,
    tight: usize,
) -> Vec<Piece<'a>> {
    let parts = slide.page.blocks.iter().map(|b| &b.part);
    let Some(Item::CustomerType(card)) = slide.item else {
        return parts.map(|p| Piece::Slide(p, Size::Body)).collect();
    };
    let safety = SAFETY_CARDS.contains(&card.id.as_str());
    let cp = card_parts(parts);
    let body = |parts: &[&'a Part], size: Size| -> Vec<Piece<'a>> {
        parts.iter().map(|p| Piece::Slide(p, size)).collect()
    };
    let section = |h: Heading, parts: Vec<Piece<'a>>| -> Vec<Piece<'a>> {
        if parts.is_empty() {
            return parts;
        }
        let heading = match h {
            Heading::Signs => &HEADING_SIGNS,
            Heading::WhatToDo => &HEADING_WHAT,
            Heading::GetHelp => &HEADING_HELP,
            Heading::How => &HEADING_HOW,
        };
        std::iter::once(Piece::Slide(heading, Size::Body))
            .chain(parts)
            .collect()
    };
    let signs = if tight >= 1 {
        vec![Piece::Columns(cp.signs.clone(), Size::Small)]
    } else {
        body(&cp.signs, Size::Body)
    };
    let help = match tight {
        0 => body(&cp.help, Size::Body),
        1 => body(&cp.help, Size::Small),
        _ => vec![Piece::Columns(cp.help.clone(), Size::Small)],
    };
    let steps = body(&cp.steps, if tight >= 3 { Size::Small } else { Size::Body });
    let say: Vec<Piece<'a>> = if layout == Layout::Cards {
        let best = pairs::best(content, card);
        if best.is_empty() {
            Vec::new()
        } else {
            let pairs: Vec<Piece<'a>> = if tight >= 4 {
                vec![Piece::PairColumns(best)]
            } else {
                best.into_iter().map(Piece::Pair).collect()
            };
            std::iter::once(Piece::Heading(s.say_lines.as_str()))
                .chain(pairs)
                .collect()
        }
    } else {
        Vec::new()
    };
    let mut out = body(&cp.summary, Size::Body);
    let signs = if cp.signs.is_empty() {
        Vec::new()
    } else {
        section(Heading::Signs, signs)
    };
    let steps = section(Heading::WhatToDo, steps);
    let help = if cp.help.is_empty() {
        Vec::new()
    } else {
        section(Heading::GetHelp, help)
    };
    // A safety card leads with the actions and keeps the numbers beside "get help";
    // another card teaches in the order a worker meets the situation.
    if safety {
        out.extend(steps);
        out.extend(say);
        out.extend(help);
        out.push(Piece::Numbers(&content.contacts));
        out.extend(signs);
    } else {
        out.extend(signs);
        out.extend(steps);
        out.extend(say);
        out.extend(help);
    }
    out
}

// The headings as parts, so they print through the same path as the slide's.
static HEADING_SIGNS: Part = Part::Heading(Heading::Signs);
static HEADING_WHAT: Part = Part::Heading(Heading::WhatToDo);
static HEADING_HELP: Part = Part::Heading(Heading::GetHelp);
static HEADING_HOW: Part = Part::Heading(Heading::How);

/// The trainer's material for a slide, at `size`: notes, each question, the model
/// answers after the questions, the role-play brief.
pub fn trainer<'a>(slide: &'a PrintSlide<'_>, size: Size) -> Vec<Piece<'a>> {
    let Some(s) = slide.slide else {
        return Vec::new();
    };
    let mut trainer: Vec<Piece<'a>> = Vec::new();
    trainer.extend(s.notes.as_deref().map(|n| Piece::Notes(n, size)));
    trainer.extend(s.questions.iter().map(|q| Piece::Question(q, size)));
    trainer.extend(s.answers.iter().map(|a| Piece::Answer(a, size)));
    trainer.extend(s.roleplay.as_ref().map(|r| Piece::Roleplay(r, size)));
    if !trainer.is_empty() {
        trainer.insert(0, Piece::TrainerHeading);
    }
    trainer
}
