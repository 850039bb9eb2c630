//! Which phrase pairs a handout prints and under which situation: a card's best pairs,
//! a deck's own pairs, and the card a pair is taught under in that deck.

use super::Scope;
use crate::content::{Content, CustomerType, Phrase, SAFETY_CARDS, model::Show};

/// At most this many pairs print under a card: a handout is not the whole list.
pub const MAX_BEST: usize = 5;
/// A card without `top_phrases` prints this many of its pairs instead.
const FALLBACK_BEST: usize = 3;

/// A card's best pairs, best first: its `top_phrases` (up to five), or when it names
/// none, its first three pairs.
pub fn best<'a>(content: &'a Content, card: &CustomerType) -> Vec<&'a Phrase> {
    let top: Vec<&Phrase> = card
        .top_phrases
        .iter()
        .filter_map(|id| content.phrases.iter().find(|p| &p.id == id))
        .take(MAX_BEST)
        .collect();
    if top.is_empty() {
        content
            .phrases_for(&card.id)
            .into_iter()
            .take(FALLBACK_BEST)
            .collect()
    } else {
        top
    }
}

/// The pairs a handout covers: a deck's phrase slides and the best pairs of its card
/// slides, in deck order and each once (not every pair tagged with a card: a 30-minute
/// class needs its own pairs, not 31); every pair when there is no deck.
pub fn of_scope<'a>(content: &'a Content, scope: Scope<'_>) -> Vec<&'a Phrase> {
    let Scope::Deck(deck) = scope else {
        return content.phrases.iter().collect();
    };
    let mut pairs: Vec<&Phrase> = Vec::new();
    for slide in &deck.slides {
        let found: Vec<&Phrase> = match &slide.show {
            Show::Phrase(id) => content.phrases.iter().filter(|p| &p.id == id).collect(),
            Show::Card(id) => content
                .customer_type(id)
                .map(|card| best(content, card))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        for pair in found {
            if !pairs.iter().any(|p| p.id == pair.id) {
                pairs.push(pair);
            }
        }
    }
    pairs
}

/// The situation a pair is taught for: in a deck, the first card slide whose card the
/// pair fits; otherwise (or with no deck) a safety card it fits, then its first
/// situation. So a self-harm pair, whose first situation may be "upset", is headed by
/// the self-harm card wherever it is not taught under another.
pub fn situation<'a>(
    content: &'a Content,
    scope: Scope<'_>,
    pair: &Phrase,
) -> Option<&'a CustomerType> {
    let fits = |id: &str| pair.situations.iter().any(|s| s == id);
    let in_deck = match scope {
        Scope::Deck(deck) => deck.slides.iter().find_map(|slide| match &slide.show {
            Show::Card(id) if fits(id) => content.customer_type(id),
            _ => None,
        }),
        Scope::All => None,
    };
    in_deck
        .or_else(|| {
            SAFETY_CARDS
                .iter()
                .filter(|id| fits(id))
                .find_map(|id| content.customer_type(id))
        })
        .or_else(|| {
            pair.situations
                .first()
                .and_then(|id| content.customer_type(id))
        })
}
