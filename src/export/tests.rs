//! Unit tests of the export: escaping, budgets, splitting and file names.

use super::*;
use crate::content::{bundled, model::Slide};

fn content() -> Content {
    bundled::load(crate::content::DEFAULT_LANGUAGE).content
}

#[test]
fn escapes_markup_and_quotes() {
    assert_eq!(
        html::escape("<script>alert('x') & \"y\"</script>"),
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
    );
}

#[test]
fn file_name_is_deck_layout_paper() {
    let content = content();
    let Some(deck) = content.decks.first() else {
        panic!("the bundled content has a deck");
    };
    let path = file_path(
        Path::new("out"),
        Scope::Deck(deck),
        Print::new(Layout::Pocket, Paper::Letter),
    );
    assert_eq!(
        path,
        Path::new("out").join(format!("{}-pocket-letter.html", deck.id))
    );
    let all = file_path(
        Path::new("out"),
        Scope::All,
        Print::new(Layout::Cards, Paper::A4),
    );
    assert_eq!(all, Path::new("out").join("all-cards-a4.html"));
    let two_up = Print {
        two_up: true,
        ..Print::new(Layout::Cards, Paper::A4)
    };
    let all = file_path(Path::new("out"), Scope::All, two_up);
    assert_eq!(all, Path::new("out").join("all-cards-2up-a4.html"));
}

#[test]
fn unknown_deck_is_named() {
    let content = content();
    let err = Scope::deck(&content, "no-such-deck")
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some("no training deck with id `no-such-deck`")
    );
}

#[test]
fn layouts_and_papers_parse() {
    assert_eq!("notes".parse::<Layout>(), Ok(Layout::Notes));
    assert_eq!("Letter".parse::<Paper>(), Ok(Paper::Letter));
    assert!("a5".parse::<Paper>().is_err());
}

#[test]
fn a_long_slide_splits_into_continued_pages_within_budget() {
    let content = content();
    let long = "word ".repeat(200);
    let deck = Deck {
        reviewed: None,
        version: 1,
        id: "long".to_owned(),
        title: "Long".to_owned(),
        audience: String::new(),
        goal: String::new(),
        minutes: 1,
        materials: Vec::new(),
        before_class: Vec::new(),
        keywords: Vec::new(),
        slides: vec![Slide {
            show: crate::content::model::Show::Free {
                title: "Many bullets".to_owned(),
                bullets: vec![long; 12],
            },
            notes: None,
            minutes: None,
            questions: Vec::new(),
            answers: Vec::new(),
            roleplay: None,
            reveal_steps: false,
        }],
        sources: Vec::new(),
    };
    for paper in Paper::ALL {
        let html = render(
            &content,
            &Strings::default(),
            Scope::Deck(&deck),
            Layout::Cards,
            paper,
        );
        assert!(
            html.matches("class=\"page continued\"").count() >= 2,
            "{paper}"
        );
        for (cost, budget) in costs(&html) {
            assert!(cost <= budget, "{paper}: a page costs {cost} of {budget}");
        }
    }
}

/// Every `data-cost`/`data-budget` pair, in order.
fn costs(html: &str) -> Vec<(usize, usize)> {
    let number = |rest: &str| -> usize {
        rest.split('"')
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(usize::MAX)
    };
    html.split("data-cost=")
        .skip(1)
        .map(|rest| {
            let budget = rest
                .split_once("data-budget=")
                .map_or(0, |(_, b)| number(b));
            (number(rest), budget)
        })
        .collect()
}

#[test]
fn trainer_notes_only_in_the_notes_layout() {
    let content = content();
    let mut deck = content.decks[0].clone();
    deck.slides[0].notes = Some("SECRET-TRAINER-NOTE <script>".to_owned());
    let scope = Scope::Deck(&deck);
    let notes = render(
        &content,
        &Strings::default(),
        scope,
        Layout::Notes,
        Paper::A4,
    );
    assert!(notes.contains("SECRET-TRAINER-NOTE &lt;script&gt;"));
    assert!(!notes.contains("<script>"));
    for layout in [Layout::Cards, Layout::Pocket] {
        assert!(
            !render(&content, &Strings::default(), scope, layout, Paper::A4)
                .contains("SECRET-TRAINER-NOTE")
        );
    }
}
