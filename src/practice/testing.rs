//! A small content set for the practice tests: two cards, four pairs, one deck, so
//! the tests read without the bundled guidance changing under them.

use super::Round;
use crate::content::{
    Content, CustomerType, Deck, Phrase,
    model::{Show, Slide},
};

fn card(id: &str, title: &str, top: &[&str]) -> CustomerType {
    CustomerType {
        reviewed: None,
        version: 1,
        id: id.into(),
        title: title.into(),
        icon: "!".into(),
        order: 100,
        summary: String::new(),
        recognise: Vec::new(),
        steps: Vec::new(),
        escalate: Vec::new(),
        top_phrases: top.iter().map(|s| (*s).to_owned()).collect(),
        keywords: Vec::new(),
        heard: Vec::new(),
        heard_other_languages: Vec::new(),
        related: Vec::new(),
        sources: Vec::new(),
    }
}

fn pair(id: &str, situations: &[&str]) -> Phrase {
    Phrase {
        reviewed: None,
        id: id.into(),
        avoid: format!("avoid {id}"),
        say: format!("say {id}"),
        direction: None,
        example: false,
        why: format!("why {id}"),
        situations: situations.iter().map(|s| (*s).to_owned()).collect(),
        keywords: Vec::new(),
        sources: Vec::new(),
    }
}

fn slide(show: Show) -> Slide {
    Slide {
        show,
        minutes: None,
        notes: None,
        questions: Vec::new(),
        answers: Vec::new(),
        roleplay: None,
        reveal_steps: false,
    }
}

/// Cards `angry` (pairs `calm`, `sorry`; `sorry` on top) and `rude` (`limits`); pair
/// `queue` fits both, listed under `rude` first. Deck `intro`: a free slide, the
/// `queue` pair, then the `angry` card.
pub(crate) fn content() -> Content {
    Content {
        customer_types: vec![
            card("angry", "Angry customer", &["sorry"]),
            card("rude", "Rude customer", &[]),
        ],
        phrases: vec![
            pair("calm", &["angry"]),
            pair("sorry", &["angry"]),
            pair("limits", &["rude"]),
            pair("queue", &["rude", "angry"]),
        ],
        decks: vec![Deck {
            reviewed: None,
            version: 1,
            id: "intro".into(),
            title: "Intro".into(),
            audience: String::new(),
            goal: String::new(),
            minutes: 10,
            materials: Vec::new(),
            before_class: Vec::new(),
            keywords: Vec::new(),
            slides: vec![
                slide(Show::Free {
                    title: "Welcome".into(),
                    bullets: Vec::new(),
                }),
                slide(Show::Phrase("queue".into())),
                slide(Show::Card("angry".into())),
            ],
            sources: Vec::new(),
        }],
        ..Content::default()
    }
}

/// The round a constructor made; the tests build only rounds that have pairs.
pub(crate) fn started(round: Option<Round>) -> Round {
    round.unwrap_or_else(|| panic!("the round has no pairs"))
}
