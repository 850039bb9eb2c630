//! The `pocket` layout: the words to say lead, a pair never splits, a pair is headed by
//! the card it is taught under in the deck, and a deck prints only its own pairs.

use defuse::{
    content::{Content, Phrase, SAFETY_CARDS, model::Show},
    export::{Layout, Paper, Scope},
};
use scraper::{ElementRef, Selector};

use super::{content, parsed};

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect()
}

/// The pairs a deck teaches: its phrase slides and its card slides' top pairs.
fn own_pairs<'a>(
    content: &'a Content,
    slides: &[defuse::content::model::Slide],
) -> Vec<&'a Phrase> {
    let mut ids: Vec<&str> = Vec::new();
    for slide in slides {
        match &slide.show {
            Show::Phrase(id) => ids.push(id),
            Show::Card(id) => {
                if let Some(card) = content.customer_type(id) {
                    let top: Vec<&str> = card
                        .top_phrases
                        .iter()
                        .take(5)
                        .map(String::as_str)
                        .collect();
                    if top.is_empty() {
                        ids.extend(
                            content
                                .phrases_for(id)
                                .iter()
                                .take(3)
                                .map(|p| p.id.as_str()),
                        );
                    } else {
                        ids.extend(top);
                    }
                }
            }
            _ => {}
        }
    }
    let mut pairs: Vec<&Phrase> = Vec::new();
    for id in ids {
        if let Some(p) = content.phrases.iter().find(|p| p.id == id)
            && !pairs.iter().any(|q| q.id == p.id)
        {
            pairs.push(p);
        }
    }
    pairs
}

#[test]
fn the_words_to_say_lead_and_a_pair_never_splits() {
    let content = content();
    let scopes = content.decks.iter().map(Scope::Deck).chain([Scope::All]);
    for scope in scopes {
        for paper in Paper::ALL {
            let doc = parsed(&content, scope, Layout::Pocket, paper);
            assert_eq!(
                doc.select(&sel("div.pocket.continued")).count(),
                0,
                "{scope:?} {paper}"
            );
            for card in doc
                .select(&sel("div.pocket"))
                .filter(|c| c.select(&sel("p.say")).next().is_some())
            {
                let first = card
                    .select(&sel("p"))
                    .next()
                    .map(|p| p.value().classes().any(|c| c == "say"));
                assert_eq!(first, Some(true), "{scope:?}: {}", text(card));
                assert_eq!(card.select(&sel("p.say")).count(), 1);
                assert_eq!(card.select(&sel("p.avoid")).count(), 1);
            }
        }
    }
}

#[test]
fn a_deck_prints_only_its_own_pairs_headed_by_the_card_they_are_taught_under() {
    let content = content();
    for deck in &content.decks {
        let doc = parsed(&content, Scope::Deck(deck), Layout::Pocket, Paper::A4);
        let expected = own_pairs(&content, &deck.slides);
        let cards: Vec<ElementRef<'_>> = doc
            .select(&sel("div.pocket"))
            .filter(|c| c.select(&sel("p.say")).next().is_some())
            .collect();
        assert_eq!(cards.len(), expected.len(), "{}", deck.id);
        for (pair, card) in expected.iter().zip(&cards) {
            let say = card
                .select(&sel("p.say"))
                .next()
                .map(text)
                .unwrap_or_default();
            assert!(say.contains(&pair.say), "{}: {say}", deck.id);
            let heading = card.select(&sel("h2")).next().map(text).unwrap_or_default();
            let taught = deck.slides.iter().find_map(|slide| match &slide.show {
                Show::Card(id) if pair.situations.contains(id) => content.customer_type(id),
                _ => None,
            });
            if let Some(taught) = taught {
                assert_eq!(heading, taught.title, "{}: `{}`", deck.id, pair.id);
            }
            // A pair that fits a safety card is never headed by an everyday card unless
            // the deck teaches it there.
            if taught.is_none()
                && let Some(id) = SAFETY_CARDS
                    .iter()
                    .find(|id| pair.situations.iter().any(|s| s == **id))
            {
                let safety = content.customer_type(id).map(|c| c.title.clone());
                assert_eq!(Some(heading), safety, "{}: `{}`", deck.id, pair.id);
            }
        }
    }
}
