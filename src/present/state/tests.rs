//! The state machine driven action by action, on a small hand-made deck over the bundled
//! content and on the bundled decks themselves.

use super::*;
use crate::content::{Deck, bundled, model::Show};
use crate::present::Part;

fn slide(show: Show) -> Slide {
    Slide {
        show,
        notes: None,
        minutes: None,
        questions: Vec::new(),
        answers: Vec::new(),
        roleplay: None,
        reveal_steps: false,
    }
}

fn free(title: &str) -> Slide {
    slide(Show::Free {
        title: title.to_owned(),
        bullets: vec![format!("{title} bullet")],
    })
}

/// Bundled content plus deck `test`: free "intro", phrase `calm-down` (one reveal),
/// card `threatening` with its steps revealed one by one, free "end". 30 minutes.
fn content() -> Content {
    let mut content = bundled::load("en").content;
    let mut card = slide(Show::Card("threatening".into()));
    card.reveal_steps = true;
    card.notes = Some("Only the trainer reads this.".into());
    content.decks.push(Deck {
        reviewed: None,
        version: 1,
        id: "test".into(),
        title: "Test".into(),
        audience: "Testers".into(),
        goal: "Test.".into(),
        minutes: 30,
        materials: Vec::new(),
        before_class: Vec::new(),
        keywords: Vec::new(),
        slides: vec![
            free("intro"),
            slide(Show::Phrase("calm-down".into())),
            card,
            free("end"),
        ],
        sources: vec!["own".into()],
    });
    content
}

fn deck() -> Presentation {
    Presentation::deck(&content(), "test", 0.0).expect("the test deck")
}

fn steps_of_threatening() -> usize {
    content()
        .customer_type("threatening")
        .expect("card")
        .steps
        .len()
}

fn at(p: &Presentation) -> (usize, usize) {
    (p.page_index(), p.stage())
}

/// Splits with a fake measure: a page fits when it holds at most `n` blocks.
fn split(p: &mut Presentation, n: usize) {
    let mut height = |page: &Page, _: f32| page.blocks.len() as f32;
    let room = n as f32;
    p.paginate(
        &[1.0],
        &mut Measure {
            height: &mut height,
            room,
        },
    );
}

fn run(p: &mut Presentation, actions: &[Action]) {
    for &action in actions {
        p.apply(action, 0.0);
    }
}

#[test]
fn next_reveals_then_moves_and_stops_at_the_end() {
    let mut p = deck();
    assert_eq!((at(&p), p.position()), ((0, 0), ("1".into(), 4)));
    run(&mut p, &[Action::Next]);
    assert_eq!(at(&p), (1, 0), "a page with no reveals moves on");
    run(&mut p, &[Action::Next]);
    assert_eq!(at(&p), (1, 1), "the phrase reveals before moving");
    run(&mut p, &[Action::Next]);
    assert_eq!(at(&p), (2, 0));
    for stage in 1..=steps_of_threatening() {
        run(&mut p, &[Action::Next]);
        assert_eq!(at(&p), (2, stage), "one step per next");
    }
    run(&mut p, &[Action::Next, Action::Next, Action::Next]);
    assert_eq!(at(&p), (3, 0), "the last page stays");
    assert_eq!(p.position(), ("4".into(), 4));
}

#[test]
fn previous_hides_reveals_then_goes_back_at_stage_zero() {
    let mut p = deck();
    run(&mut p, &[Action::Next, Action::Next]);
    let shown = |p: &Presentation| p.current().visible(p.stage()).count();
    assert_eq!(shown(&p), 3, "avoid, why, say");
    run(&mut p, &[Action::Previous]);
    assert_eq!((at(&p), shown(&p)), ((1, 0), 1), "the phrase hides again");
    run(
        &mut p,
        &[Action::Next, Action::Next, Action::Next, Action::Next],
    );
    assert_eq!(at(&p), (2, 2));
    run(&mut p, &[Action::Previous, Action::Previous]);
    assert_eq!(at(&p), (2, 0));
    run(&mut p, &[Action::Previous]);
    assert_eq!(
        at(&p),
        (1, 0),
        "back to the previous page, its reveal hidden"
    );
    run(&mut p, &[Action::Previous, Action::Previous]);
    assert_eq!(at(&p), (0, 0), "the first page stays");
}

#[test]
fn first_and_last() {
    let mut p = deck();
    run(&mut p, &[Action::Last]);
    assert_eq!(at(&p), (3, 0));
    run(&mut p, &[Action::Previous, Action::Next, Action::First]);
    assert_eq!(at(&p), (0, 0));
}

#[test]
fn digits_then_enter_jump_to_a_one_based_page() {
    let mut p = deck();
    run(&mut p, &[Action::Digit(3)]);
    assert_eq!((p.typed(), at(&p)), ("3", (0, 0)));
    run(&mut p, &[Action::Enter]);
    assert_eq!((p.typed(), at(&p)), ("", (2, 0)));
    run(&mut p, &[Action::Digit(9), Action::Digit(9), Action::Enter]);
    assert_eq!(at(&p), (3, 0), "clamped to the last page");
    run(&mut p, &[Action::Digit(0), Action::Enter]);
    assert_eq!(at(&p), (0, 0), "page 0 means the first");
    run(&mut p, &[Action::Enter]);
    assert_eq!(at(&p), (1, 0), "Enter alone is next");
    run(&mut p, &[Action::Digit(4), Action::Black]);
    assert_eq!(p.typed(), "", "any other action forgets the digits");
    run(
        &mut p,
        &[Action::Black, Action::Digit(12), Action::Digit(1)],
    );
    assert_eq!(p.typed(), "1", "not a digit: ignored");
    run(
        &mut p,
        &(0..9).map(|_| Action::Digit(1)).collect::<Vec<_>>(),
    );
    assert_eq!(p.typed(), "1111", "a stuck key stops at four digits");
}

#[test]
fn black_and_white_toggle_and_next_only_unblanks() {
    let mut p = deck();
    run(&mut p, &[Action::Black]);
    assert_eq!(p.screen(), Screen::Black);
    run(&mut p, &[Action::Black]);
    assert_eq!(p.screen(), Screen::Slide);
    run(&mut p, &[Action::White]);
    assert_eq!(p.screen(), Screen::White);
    run(&mut p, &[Action::Black]);
    assert_eq!(p.screen(), Screen::Black, "the other colour swaps");
    run(&mut p, &[Action::White, Action::White]);
    assert_eq!(p.screen(), Screen::Slide);
    run(&mut p, &[Action::Black, Action::Next]);
    assert_eq!((p.screen(), at(&p)), (Screen::Slide, (0, 0)));
    run(&mut p, &[Action::Next, Action::White, Action::Previous]);
    assert_eq!((p.screen(), at(&p)), (Screen::Slide, (1, 0)));
}

#[test]
fn grid_selects_and_chooses_a_page() {
    let mut p = deck();
    run(&mut p, &[Action::Next, Action::Grid]);
    assert_eq!(p.screen(), Screen::Grid { selected: 1 });
    run(&mut p, &[Action::GridMove(1), Action::GridMove(4)]);
    assert_eq!(p.screen(), Screen::Grid { selected: 3 }, "clamped");
    run(&mut p, &[Action::GridMove(-9), Action::Next, Action::Next]);
    assert_eq!(p.screen(), Screen::Grid { selected: 2 });
    run(&mut p, &[Action::Enter]);
    assert_eq!((p.screen(), at(&p)), (Screen::Slide, (2, 0)));
    run(&mut p, &[Action::Grid, Action::Last, Action::Grid]);
    assert_eq!((p.screen(), at(&p)), (Screen::Slide, (2, 0)), "G closes it");
    run(&mut p, &[Action::Grid, Action::Choose(0)]);
    assert_eq!((p.screen(), at(&p)), (Screen::Slide, (0, 0)));
    run(&mut p, &[Action::Choose(99)]);
    assert_eq!(at(&p), (3, 0), "a click on a thumbnail, clamped");
    run(&mut p, &[Action::GridMove(-1)]);
    assert_eq!(
        (p.screen(), at(&p)),
        (Screen::Slide, (3, 0)),
        "no grid, no move"
    );
}

#[test]
fn upcoming_names_the_next_reveal_or_page() {
    let mut p = deck();
    assert_eq!(p.upcoming(), Upcoming::Page(1));
    run(&mut p, &[Action::Next]);
    assert_eq!(p.upcoming(), Upcoming::Reveal { page: 1, stage: 1 });
    run(&mut p, &[Action::Last]);
    assert_eq!(p.upcoming(), Upcoming::End);
}

#[test]
fn timer_and_pace_follow_injected_times() {
    let mut p = Presentation::deck(&content(), "test", 1000.0).expect("deck");
    // 30 minutes over 4 pages: page 2 (0-based) is due at 15 minutes.
    p.go_to_page(2);
    assert_eq!(p.pace(1000.0 + 15.0 * 60.0), Some(Pace::OnTime));
    assert_eq!(p.pace(1000.0 + 18.0 * 60.0), Some(Pace::Behind(3)));
    p.apply(Action::PauseTimer, 1000.0 + 60.0);
    assert_eq!(p.pace(1000.0 + 9999.0), Some(Pace::Ahead(14)));
    p.apply(Action::PauseTimer, 5000.0);
    p.apply(Action::ResetTimer, 5000.0);
    assert_eq!(p.timer().elapsed(5030.0), 30.0);
    let item = Presentation::item(&content(), "calm-down", 0.0).expect("item");
    assert_eq!(item.pace(600.0), None, "a lone item has no minutes");
}

#[test]
fn pace_counts_from_where_the_class_started_or_the_timer_was_reset() {
    // 30 minutes over 4 slides: 7.5 minutes a slide.
    let mut p = Presentation::deck(&content(), "test", 0.0).expect("deck");
    p.start_at(2);
    assert_eq!(
        p.pace(0.0),
        Some(Pace::OnTime),
        "picking up halfway is not ahead"
    );
    p.go_to_page(3);
    assert_eq!(p.pace(7.5 * 60.0), Some(Pace::OnTime));
    assert_eq!(p.pace(10.0 * 60.0), Some(Pace::Behind(2)));
    // Back from a break on slide 3: reset, and the plan runs from here.
    p.apply(Action::ResetTimer, 3600.0);
    assert_eq!(p.pace(3600.0), Some(Pace::OnTime));
    p.apply(Action::First, 3600.0);
    assert_eq!(
        p.pace(3600.0),
        Some(Pace::OnTime),
        "going back is not ahead either"
    );
}

#[test]
fn presenter_view_opens_when_a_deck_has_notes() {
    let mut p = deck();
    assert!(p.presenter());
    run(&mut p, &[Action::TogglePresenter]);
    assert!(!p.presenter());
    let mut content = content();
    for deck in &mut content.decks {
        deck.slides.retain(|s| s.notes.is_none());
    }
    let quiet = Presentation::deck(&content, "test", 0.0).expect("deck");
    assert!(!quiet.presenter(), "no notes, questions or role-play");
    let bundled = bundled::load("en").content;
    for deck in &bundled.decks {
        let p = Presentation::deck(&bundled, &deck.id, 0.0).expect("bundled deck");
        assert!(p.presenter(), "{}", deck.id);
    }
}

#[test]
fn items_present_alone_and_decks_through_item() {
    let content = content();
    let p = Presentation::item(&content, "calm-down", 0.0).expect("phrase");
    assert_eq!(
        (p.item_id(), p.deck_id(), p.position()),
        (Some("calm-down"), None, ("1".into(), 1))
    );
    assert_eq!(
        (p.notes(), p.questions().len(), p.presenter()),
        (None, 0, false)
    );
    assert_eq!(p.current().stages, 1, "a phrase always reveals");
    let d = Presentation::item(&content, "test", 0.0).expect("a deck id presents the deck");
    assert_eq!(d.deck_id(), Some("test"));
    assert!(Presentation::item(&content, "no-such-id", 0.0).is_none());
    assert!(Presentation::deck(&content, "calm-down", 0.0).is_none());
}

#[test]
fn notes_are_for_the_presenter_and_never_on_a_page() {
    let mut p = deck();
    run(&mut p, &[Action::Choose(2)]);
    assert_eq!(p.notes(), Some("Only the trainer reads this."));
    let bundled = bundled::load("en").content;
    for deck in &bundled.decks {
        let mut p = Presentation::deck(&bundled, &deck.id, 0.0).expect("bundled deck");
        // Split hard too, so continued pages are checked as well.
        split(&mut p, 4);
        let mut secrets: Vec<&str> = Vec::new();
        for slide in &deck.slides {
            secrets.extend(slide.notes.as_deref());
            secrets.extend(slide.questions.iter().map(String::as_str));
            if let Some(r) = &slide.roleplay {
                secrets.extend([r.customer.as_str(), r.wants.as_str(), r.practise.as_str()]);
            }
        }
        for page in p.pages() {
            let mut texts = vec![page.title.as_str()];
            texts.extend(page.blocks.iter().flat_map(|b| part_texts(&b.part)));
            for text in texts {
                // A page may quote words a note also uses, never a note itself.
                assert!(
                    secrets.iter().all(|s| !text.contains(s)),
                    "{}: {text}",
                    deck.id
                );
            }
        }
        let with_notes =
            (0..p.pages().len()).filter(|&i| p.slide_of(i).is_some_and(|s| s.notes.is_some()));
        assert_eq!(
            with_notes.count(),
            p.pages().len(),
            "{}: every bundled page has notes",
            deck.id
        );
    }
}

fn part_texts(part: &Part) -> Vec<&str> {
    match part {
        Part::Heading(_) => Vec::new(),
        Part::Step { title, text, .. } => title
            .iter()
            .map(String::as_str)
            .chain([text.as_str()])
            .collect(),
        Part::Urgent { when, then } => vec![when, then],
        Part::Text(t)
        | Part::Bullet(t)
        | Part::Avoid(t)
        | Part::Say(t)
        | Part::Why(t)
        | Part::Direction(t) => vec![t],
    }
}

#[test]
fn paginating_counts_continued_pages_and_keeps_the_slide() {
    let mut p = deck();
    run(&mut p, &[Action::Choose(2), Action::Next]);
    split(&mut p, 5);
    assert!(
        p.pages().len() > 4,
        "the card splits: {} pages",
        p.pages().len()
    );
    // P2-3: the mark counts slides, as the outline does; continued pages are 3b, 3c….
    assert_eq!(
        (p.position(), p.stage()),
        (("3".into(), 4), 0),
        "back to the first page of the same slide"
    );
    assert_eq!(p.page_label(p.page_index() + 1), "3b");
    // A typed slide number opens that slide's first page, wherever splits put it.
    run(&mut p, &[Action::Digit(4), Action::Enter]);
    assert_eq!((p.current().slide, p.position().0.as_str()), (3, "4"));
    run(&mut p, &[Action::Digit(3), Action::Enter]);
    assert_eq!(p.current().slide, 2);
    assert!(!p.current().continued);
    assert!(
        p.pages()
            .iter()
            .filter(|pg| pg.slide == 2)
            .skip(1)
            .all(|pg| pg.continued)
    );
    run(&mut p, &[Action::Last]);
    assert_eq!(p.current().slide, 3);
    assert_eq!(p.notes(), None);
    run(&mut p, &[Action::Previous]);
    assert_eq!(
        p.notes(),
        Some("Only the trainer reads this."),
        "continued pages share the notes"
    );
    // The same measure again changes nothing, so the trainer stays put.
    let before = at(&p);
    split(&mut p, 5);
    assert_eq!(at(&p), before);
    // A roomier screen restores one page per slide.
    split(&mut p, usize::MAX);
    assert_eq!(p.position(), ("3".into(), 4));
}
