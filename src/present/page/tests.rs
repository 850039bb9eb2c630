//! Pages built from the bundled content: order, kinds, reveal stages.

use super::*;
use crate::content::bundled;

fn content() -> Content {
    bundled::load("en").content
}

fn page(content: &Content, id: &str, reveal: bool) -> Page {
    let item = content.get(id).expect("bundled item");
    item_page(item, reveal).expect("an item page")
}

fn parts(page: &Page) -> Vec<&Part> {
    page.blocks.iter().map(|b| &b.part).collect()
}

#[test]
fn card_reads_summary_signs_steps_then_getting_help() {
    let content = content();
    let card = content.customer_type("angry").expect("angry card");
    let page = page(&content, "angry", false);
    assert_eq!(page.kind, PageKind::Card);
    assert_eq!(page.title, card.title);
    assert_eq!(page.item.as_deref(), Some("angry"));
    assert_eq!(page.stages, 0);
    let parts = parts(&page);
    assert_eq!(parts[0], &Part::Text(card.summary.clone()));
    assert_eq!(parts[1], &Part::Heading(Heading::Signs));
    let at = |h| parts.iter().position(|p| **p == Part::Heading(h));
    let (signs, what, help) = (
        at(Heading::Signs),
        at(Heading::WhatToDo),
        at(Heading::GetHelp),
    );
    assert!(signs < what && what < help, "{parts:?}");
    let steps: Vec<usize> = parts
        .iter()
        .filter_map(|p| match p {
            Part::Step { n, title: None, .. } => Some(*n),
            _ => None,
        })
        .collect();
    assert_eq!(steps, (1..=card.steps.len()).collect::<Vec<_>>());
    let urgent = parts
        .iter()
        .filter(|p| matches!(p, Part::Urgent { .. }))
        .count();
    assert_eq!(urgent, card.escalate.len());
    assert!(matches!(parts.last(), Some(Part::Urgent { .. })));
}

#[test]
fn safety_cards_put_steps_and_getting_help_first() {
    let content = content();
    for card in content.safety_cards() {
        let page = page(&content, &card.id, false);
        let parts = parts(&page);
        assert_eq!(parts[0], &Part::Heading(Heading::WhatToDo), "{}", card.id);
        let help = parts
            .iter()
            .position(|p| **p == Part::Heading(Heading::GetHelp));
        let summary = parts
            .iter()
            .position(|p| **p == Part::Text(card.summary.clone()))
            .expect("the summary");
        assert!(help < Some(summary), "{}: {parts:?}", card.id);
        // The summary leads the signs, never trails the escalation lines (P2-4).
        assert_eq!(
            parts[summary - 1],
            &Part::Heading(Heading::Signs),
            "{}",
            card.id
        );
    }
}

#[test]
fn reveal_steps_gives_each_step_its_own_stage() {
    let content = content();
    let card = content
        .customer_type("threatening")
        .expect("threatening card");
    let page = page(&content, "threatening", true);
    assert_eq!(page.stages, card.steps.len());
    for block in &page.blocks {
        match block.part {
            Part::Step { n, .. } => assert_eq!(block.stage, n),
            _ => assert_eq!(block.stage, 0, "{block:?}"),
        }
    }
    assert_eq!(
        page.visible(0).count(),
        page.blocks.len() - card.steps.len()
    );
    assert_eq!(
        page.visible(2).count(),
        page.blocks.len() - card.steps.len() + 2
    );
}

#[test]
fn phrase_shows_the_avoid_line_then_reveals_the_rest() {
    let content = content();
    let phrase = content
        .phrases
        .iter()
        .find(|p| p.direction.is_some())
        .expect("a pair with a direction");
    let page = page(&content, &phrase.id, false);
    assert_eq!(page.kind, PageKind::Phrase);
    assert_eq!(page.stages, 1);
    assert_eq!(page.title, phrase.avoid);
    let shown: Vec<&Part> = page.visible(0).map(|b| &b.part).collect();
    assert_eq!(shown, [&Part::Avoid(phrase.avoid.clone())]);
    let revealed: Vec<&Part> = page.visible(1).map(|b| &b.part).collect();
    assert!(revealed.contains(&&Part::Say(phrase.say.clone())));
    assert!(revealed.contains(&&Part::Why(phrase.why.clone())));
    let direction = phrase.direction.clone().expect("direction");
    assert!(revealed.contains(&&Part::Direction(direction)));
    assert_eq!(revealed.len(), 4);
}

#[test]
fn playbook_shows_summary_urgent_then_titled_steps() {
    let content = content();
    let playbook = content
        .playbooks
        .iter()
        .find(|p| p.urgent.is_some())
        .expect("a playbook with an urgent line");
    let page = page(&content, &playbook.id, true);
    let parts = parts(&page);
    assert_eq!(parts[0], &Part::Text(playbook.summary.clone()));
    assert!(matches!(parts[1], Part::Urgent { .. }));
    assert_eq!(page.stages, playbook.steps.len());
    let first = &playbook.steps[0];
    let step = Part::Step {
        n: 1,
        title: Some(first.title.clone()),
        text: first.detail.clone(),
    };
    assert_eq!(
        page.blocks[2],
        Block {
            part: step,
            stage: 1
        }
    );
}

#[test]
fn principle_and_free_slides() {
    let content = content();
    let principle = &content.principles[0];
    let page = page(&content, &principle.id, false);
    assert_eq!(page.kind, PageKind::Principle);
    assert_eq!(parts(&page)[1], &Part::Heading(Heading::How));
    assert_eq!(page.blocks.len(), 2 + principle.how.len());

    let slide = Slide {
        show: Show::Free {
            title: "T".into(),
            bullets: vec!["a".into(), "b".into()],
        },
        notes: Some("secret".into()),
        minutes: None,
        questions: Vec::new(),
        answers: Vec::new(),
        roleplay: None,
        reveal_steps: true,
    };
    let free = slide_page(&content, &slide, 7).expect("free page");
    assert_eq!(
        (free.slide, free.title.as_str(), free.kind),
        (7, "T", PageKind::Free)
    );
    assert_eq!(
        parts(&free),
        [&Part::Bullet("a".into()), &Part::Bullet("b".into())]
    );
    assert_eq!(free.stages, 0);
}

#[test]
fn missing_items_and_decks_make_no_page() {
    let content = content();
    let slide = Slide {
        show: Show::Card("no-such-card".into()),
        notes: None,
        minutes: None,
        questions: Vec::new(),
        answers: Vec::new(),
        roleplay: None,
        reveal_steps: false,
    };
    assert_eq!(slide_page(&content, &slide, 0), None);
    let deck = content.get(&content.decks[0].id).expect("a deck");
    assert_eq!(item_page(deck, false), None);
}

#[test]
fn every_bundled_slide_becomes_a_page() {
    let content = content();
    for deck in &content.decks {
        for (i, slide) in deck.slides.iter().enumerate() {
            let page = slide_page(&content, slide, i).expect("every bundled slide resolves");
            assert_eq!(page.slide, i);
            assert!(!page.blocks.is_empty(), "{} slide {i}", deck.id);
        }
    }
}
