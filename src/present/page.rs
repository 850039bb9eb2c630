//! What the room sees: a deck slide or a lone item turned into a page of typed blocks,
//! each with the reveal stage at which it appears. No interface text and no egui here.

use crate::content::{
    Content, CustomerType, Escalation, Item, Phrase, Playbook, Principle, SAFETY_CARDS,
    model::{Show, Slide},
};

/// One projected page. A slide that does not fit the screen becomes several pages
/// (see [`super::paginate`]); each keeps the index of the slide it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Index of the deck slide it comes from (0 for a lone item).
    pub slide: usize,
    /// The slide's name, from [`slide_title`].
    pub title: String,
    /// The item the page shows, for its icon or a safety look; none on a free slide.
    pub item: Option<String>,
    pub kind: PageKind,
    /// In reading order.
    pub blocks: Vec<Block>,
    /// A second or later page of a slide that did not fit on one.
    pub continued: bool,
    /// How many reveal steps the page has; 0 when everything shows at once.
    pub stages: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Card,
    Phrase,
    Playbook,
    Principle,
    Free,
}

/// A part of a page and the stage from which it shows (0 = at once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub part: Part,
    pub stage: usize,
}

/// A section heading. The interface maps each to its own translated text, so the model
/// carries no English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// "How you recognise them" on a card.
    Signs,
    /// "What to do": a card's numbered steps.
    WhatToDo,
    /// "Get help": a card's escalation triggers.
    GetHelp,
    /// "How to practise it": a principle's list.
    How,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Heading(Heading),
    /// A paragraph: an item's summary.
    Text(String),
    /// Numbered step `n` (1-based); a playbook step has a title above its detail.
    Step {
        n: usize,
        title: Option<String>,
        text: String,
    },
    Bullet(String),
    /// A phrase pair's "don't say" line.
    Avoid(String),
    /// A phrase pair's "say instead" line.
    Say(String),
    /// What the customer hears when you say the "avoid" line.
    Why(String),
    /// What to do before or while saying it.
    Direction(String),
    /// A safety line: a concrete trigger and the action it calls for.
    Urgent {
        when: String,
        then: String,
    },
}

impl Page {
    /// The blocks shown at reveal stage `stage`.
    pub fn visible(&self, stage: usize) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.stage <= stage)
    }
}

/// How a slide is named wherever a trainer picks one: the deck's outline, the grid,
/// the presenter view (usability P2-3). An item by its title; a phrase pair by its
/// "don't say" line, which its first stage shows anyway: the grid is projected, and
/// the "say instead" line there would give the class the answer before the reveal.
/// None when the item it names is missing.
pub fn slide_title<'a>(content: &'a Content, slide: &'a Slide) -> Option<&'a str> {
    match &slide.show {
        Show::Free { title, .. } => Some(title),
        show => content.get(show.item_id()?).map(item_title),
    }
}

/// An item's name as a slide: see [`slide_title`].
fn item_title(item: Item<'_>) -> &str {
    match item {
        Item::Phrase(phrase) => &phrase.avoid,
        other => other.title(),
    }
}

/// The page for slide `index` of a deck; none when the item it names is missing (the
/// loader reports and drops such slides, so this only guards against a stale id).
pub fn slide_page(content: &Content, slide: &Slide, index: usize) -> Option<Page> {
    let mut page = match &slide.show {
        Show::Free { title, bullets } => Page {
            slide: index,
            title: title.clone(),
            item: None,
            kind: PageKind::Free,
            blocks: bullets
                .iter()
                .map(|b| at_once(Part::Bullet(b.clone())))
                .collect(),
            continued: false,
            stages: 0,
        },
        show => item_page(content.get(show.item_id()?)?, slide.reveal_steps)?,
    };
    page.slide = index;
    Some(page)
}

/// The page for one item presented on its own, or as a deck slide (`reveal_steps`
/// from the slide). None for a deck, which is not a single page.
pub fn item_page(item: Item<'_>, reveal_steps: bool) -> Option<Page> {
    let (kind, blocks) = match item {
        Item::CustomerType(card) => (PageKind::Card, card_blocks(card, reveal_steps)),
        Item::Phrase(phrase) => (PageKind::Phrase, phrase_blocks(phrase)),
        Item::Playbook(playbook) => (PageKind::Playbook, playbook_blocks(playbook, reveal_steps)),
        Item::Principle(principle) => (PageKind::Principle, principle_blocks(principle)),
        Item::Deck(_) => return None,
    };
    Some(Page {
        slide: 0,
        title: item_title(item).to_owned(),
        item: Some(item.id().to_owned()),
        kind,
        stages: stage_count(&blocks),
        blocks,
        continued: false,
    })
}

/// The highest stage any block waits for.
pub(super) fn stage_count(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.stage).max().unwrap_or(0)
}

fn at_once(part: Part) -> Block {
    Block { part, stage: 0 }
}

/// Step blocks numbered from 1; with `reveal`, step n appears at stage n.
fn steps<'a>(
    steps: impl Iterator<Item = (Option<&'a str>, &'a str)>,
    reveal: bool,
) -> impl Iterator<Item = Block> {
    steps.enumerate().map(move |(i, (title, text))| Block {
        part: Part::Step {
            n: i + 1,
            title: title.map(str::to_owned),
            text: text.to_owned(),
        },
        stage: if reveal { i + 1 } else { 0 },
    })
}

fn urgent(e: &Escalation) -> Part {
    Part::Urgent {
        when: e.when.clone(),
        then: e.then.clone(),
    }
}

/// A card teaches in the order a worker meets the situation: what it is, how to spot
/// it, what to do, when to get help. A safety card keeps the app's order instead, so
/// the room learns the actions first: steps, getting help, then the rest; there the
/// summary leads "How you recognise them", so it never reads as one more escalation
/// line (usability P2-4).
fn card_blocks(card: &CustomerType, reveal: bool) -> Vec<Block> {
    let summary = at_once(Part::Text(card.summary.clone()));
    let signs_heading = at_once(Part::Heading(Heading::Signs));
    let signs = card
        .recognise
        .iter()
        .map(|s| at_once(Part::Bullet(s.clone())));
    let mut what = vec![at_once(Part::Heading(Heading::WhatToDo))];
    what.extend(steps(card.steps.iter().map(|s| (None, s.as_str())), reveal));
    let mut help = vec![at_once(Part::Heading(Heading::GetHelp))];
    help.extend(card.escalate.iter().map(|e| at_once(urgent(e))));
    let mut blocks = Vec::new();
    if SAFETY_CARDS.contains(&card.id.as_str()) {
        blocks.extend(what);
        blocks.extend(help);
        blocks.extend([signs_heading, summary]);
        blocks.extend(signs);
    } else {
        blocks.extend([summary, signs_heading]);
        blocks.extend(signs);
        blocks.extend(what);
        blocks.extend(help);
    }
    blocks
}

/// The "don't say" line first; the next key reveals what the customer hears, what to
/// do (before the words: "step away and get help" comes first), and the better line,
/// so the class can answer before it appears.
fn phrase_blocks(phrase: &Phrase) -> Vec<Block> {
    let mut blocks = vec![
        at_once(Part::Avoid(phrase.avoid.clone())),
        Block {
            part: Part::Why(phrase.why.clone()),
            stage: 1,
        },
    ];
    if let Some(direction) = &phrase.direction {
        blocks.push(Block {
            part: Part::Direction(direction.clone()),
            stage: 1,
        });
    }
    blocks.push(Block {
        part: Part::Say(phrase.say.clone()),
        stage: 1,
    });
    blocks
}

fn playbook_blocks(playbook: &Playbook, reveal: bool) -> Vec<Block> {
    let mut blocks = vec![at_once(Part::Text(playbook.summary.clone()))];
    blocks.extend(playbook.urgent.iter().map(|e| at_once(urgent(e))));
    blocks.extend(steps(
        playbook
            .steps
            .iter()
            .map(|s| (Some(s.title.as_str()), s.detail.as_str())),
        reveal,
    ));
    blocks
}

fn principle_blocks(principle: &Principle) -> Vec<Block> {
    let mut blocks = vec![
        at_once(Part::Text(principle.summary.clone())),
        at_once(Part::Heading(Heading::How)),
    ];
    blocks.extend(
        principle
            .how
            .iter()
            .map(|h| at_once(Part::Bullet(h.clone()))),
    );
    blocks
}

#[cfg(test)]
mod tests;
