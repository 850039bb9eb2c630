//! The `cards` layout: each card's best say lines under its summary, a safety card and
//! its write-in numbers on one sheet, and two-up sheets that save paper.

use defuse::{
    content::{Content, SAFETY_CARDS},
    export::{Layout, Paper, Print, Scope, render_with},
    strings::Strings,
};
use scraper::{ElementRef, Html, Selector};

use super::{content, parsed};

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect()
}

/// The first page of the card titled `title`.
fn card_page<'a>(doc: &'a Html, title: &str) -> Option<ElementRef<'a>> {
    doc.select(&sel("section.page:not(.continued)"))
        .find(|page| page.select(&sel("h1")).next().map(text).as_deref() == Some(title))
}

#[test]
fn a_card_prints_its_best_say_lines_and_its_summary_under_the_title() {
    let content = content();
    let s = Strings::default();
    for paper in Paper::ALL {
        let doc = parsed(&content, Scope::All, Layout::Cards, paper);
        for card in &content.customer_types {
            let page =
                card_page(&doc, &card.title).unwrap_or_else(|| panic!("{}: no page", card.id));
            let first = page
                .select(&sel("main > p"))
                .next()
                .map(text)
                .unwrap_or_default();
            assert_eq!(first, card.summary, "{}: summary first", card.id);
            let says: Vec<String> = page.select(&sel(".pair .say")).map(text).collect();
            let avoids: Vec<String> = page.select(&sel(".pair .avoid.small")).map(text).collect();
            let expected: Vec<_> = card
                .top_phrases
                .iter()
                .filter_map(|id| content.phrases.iter().find(|p| &p.id == id))
                .take(5)
                .collect();
            if !card.top_phrases.is_empty() {
                assert_eq!(says.len(), expected.len(), "{}: {says:?}", card.id);
            }
            assert!(
                says.len() <= 5
                    && (says.len() >= 3 || says.len() == content.phrases_for(&card.id).len()),
                "{}: {} say lines",
                card.id,
                says.len()
            );
            for (pair, (say, avoid)) in expected.iter().zip(says.iter().zip(&avoids)) {
                assert!(say.contains(&pair.say), "{}: {say}", card.id);
                assert!(
                    say.contains(&s.say_instead),
                    "{}: the say line is labelled",
                    card.id
                );
                assert!(avoid.contains(&pair.avoid) && avoid.contains(&s.dont_say));
            }
            // The say lines print large, the avoid lines small.
            assert_eq!(page.select(&sel(".pair .say.large")).count(), says.len());
        }
    }
}

/// Every safety card slide's pages in `html`, by card id.
fn safety_pages(doc: &Html) -> Vec<(String, usize, ElementRef<'_>)> {
    doc.select(&sel("section[data-safety]"))
        .map(|page| {
            let id = page
                .value()
                .attr("data-safety")
                .unwrap_or_default()
                .to_owned();
            let slide = page
                .value()
                .attr("data-slide")
                .and_then(|n| n.parse().ok())
                .unwrap_or(usize::MAX);
            (id, slide, page)
        })
        .collect()
}

fn assert_safety_cards_fit(content: &Content, scope: Scope<'_>, two_up: bool) {
    let s = Strings::default();
    for paper in Paper::ALL {
        let print = Print {
            layout: Layout::Cards,
            paper,
            two_up,
        };
        let doc = Html::parse_document(&render_with(content, &s, scope, print));
        let pages = safety_pages(&doc);
        for (id, slide, page) in &pages {
            let same = pages
                .iter()
                .filter(|(i, n, _)| i == id && n == slide)
                .count();
            assert_eq!(same, 1, "{scope:?} {paper}: `{id}` on {same} pages");
            assert!(
                !page.value().classes().any(|c| c == "half"),
                "{id}: shares a sheet"
            );
            let printed = text(*page);
            let Some(card) = content.customer_type(id) else {
                panic!("{id} is not a card")
            };
            assert!(printed.contains(&s.your_numbers), "{id}: no numbers");
            for contact in &content.contacts {
                assert!(
                    printed.contains(&format!("{}:", contact.label)),
                    "{id}: {}",
                    contact.label
                );
            }
            for step in &card.steps {
                assert!(
                    printed.contains(step.as_str()),
                    "{id}: step `{step}` missing"
                );
            }
            assert!(
                page.select(&sel(".pair .say")).count() >= 3,
                "{id}: say lines"
            );
            let cost: usize = page
                .value()
                .attr("data-cost")
                .and_then(|c| c.parse().ok())
                .unwrap_or(usize::MAX);
            let budget: usize = page
                .value()
                .attr("data-budget")
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            assert!(cost <= budget, "{id} {paper}: {cost} > {budget}");
        }
    }
}

#[test]
fn a_safety_card_with_its_numbers_fits_one_sheet() {
    let content = content();
    assert!(content.safety_cards().count() >= 2);
    let scopes = content.decks.iter().map(Scope::Deck).chain([Scope::All]);
    for scope in scopes {
        assert_safety_cards_fit(&content, scope, false);
        assert_safety_cards_fit(&content, scope, true);
    }
    let doc = parsed(&content, Scope::All, Layout::Cards, Paper::A4);
    let printed: Vec<String> = safety_pages(&doc)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    for card in content.safety_cards() {
        assert!(printed.contains(&card.id), "{} is not marked", card.id);
    }
}

#[test]
fn a_safety_card_written_to_the_style_limits_still_fits_one_sheet() {
    // Content grows: a card at the style's limits (7 steps of 15 words, long signs and
    // escalations, five top pairs) must still fit, by type and columns alone.
    let mut content = content();
    let long_pairs: Vec<String> = content
        .phrases
        .iter()
        .take(5)
        .map(|p| p.id.clone())
        .collect();
    let step = "Keep the counter between you and keep your hands where they can see them now.";
    for id in SAFETY_CARDS {
        let Some(card) = content.customer_types.iter_mut().find(|c| c.id == id) else {
            continue;
        };
        card.steps = vec![step.to_owned(); 7];
        card.recognise =
            vec!["They stand too close, shout, point and will not leave when asked.".to_owned(); 7];
        let mut escalation = card
            .escalate
            .first()
            .cloned()
            .expect("a safety card escalates");
        escalation.when = "They pick up something heavy or reach into a bag".to_owned();
        escalation.then = "Move away, warn colleagues and call the police now.".to_owned();
        card.escalate = vec![escalation; 5];
        card.top_phrases = long_pairs.clone();
    }
    assert_safety_cards_fit(&content, Scope::All, false);
}

#[test]
fn two_up_puts_two_short_pages_on_a_sheet_and_a_safety_card_on_its_own() {
    let content = content();
    let s = Strings::default();
    for deck in &content.decks {
        for layout in [Layout::Cards, Layout::Notes] {
            let print = Print {
                layout,
                paper: Paper::A4,
                two_up: true,
            };
            let doc = Html::parse_document(&render_with(&content, &s, Scope::Deck(deck), print));
            let single = parsed(&content, Scope::Deck(deck), layout, Paper::A4);
            let sheets: Vec<ElementRef<'_>> = doc.select(&sel("div.sheet")).collect();
            let pages = single.select(&sel("section.page")).count();
            for sheet in &sheets {
                let on = sheet.select(&sel("section.page")).count();
                assert!((1..=2).contains(&on), "{}: {on} pages on a sheet", deck.id);
                if on == 2 {
                    assert_eq!(sheet.select(&sel("section.half")).count(), 2);
                    assert_eq!(sheet.select(&sel("section[data-safety]")).count(), 0);
                }
            }
            let shared = sheets
                .iter()
                .filter(|sheet| sheet.select(&sel("section.page")).count() == 2)
                .count();
            assert_eq!(
                sheets.len() + shared,
                doc.select(&sel("section.page")).count()
            );
            assert_eq!(
                doc.select(&sel("section.page")).count(),
                pages,
                "{}",
                deck.id
            );
            if layout == Layout::Cards {
                assert!(shared > 0, "{}: two-up saved no sheet", deck.id);
            }
        }
    }
}
