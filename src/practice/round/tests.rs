//! Round rules: which pairs, in what order, requeue on "practise again", a bounded
//! round, the review summary and the scene line.

use super::*;
use crate::practice::testing::{content, started};

fn ids(round: &Round) -> Vec<String> {
    round.queue.clone()
}

/// Reveals and marks the current pair, returning its id.
fn answer(round: &mut Round, mark: Mark, progress: &mut Progress) -> Option<String> {
    let id = round.current()?.to_owned();
    round.reveal();
    assert!(round.mark(mark, progress));
    Some(id)
}

#[test]
fn takes_the_pairs_of_a_deck_a_card_or_all() {
    let content = content();
    let progress = Progress::default();
    let deck = Round::for_deck(&content, &progress, "intro");
    // The phrase slide, then the card's pairs top first; `queue` only once.
    assert_eq!(
        deck.as_ref().map(ids),
        Some(vec!["queue".into(), "sorry".into(), "calm".into()])
    );
    assert_eq!(
        deck.map(|r| r.scope().clone()),
        Some(Scope::Deck("intro".into()))
    );
    let card = Round::for_card(&content, &progress, "angry");
    assert_eq!(
        card.as_ref().map(ids),
        Some(vec!["sorry".into(), "calm".into(), "queue".into()])
    );
    let all = Round::all(&content, &progress);
    assert_eq!(all.as_ref().map(|r| r.position()), Some((1, 4)));
    assert!(Round::for_deck(&content, &progress, "gone").is_none());
    assert!(Round::for_card(&content, &progress, "gone").is_none());
    assert!(Round::all(&Content::default(), &progress).is_none());
}

#[test]
fn a_round_of_every_pair_is_the_ten_most_due() {
    let mut content = content();
    let first = content.phrases[0].clone();
    for n in 0..20 {
        let mut pair = first.clone();
        pair.id = format!("extra-{n}");
        content.phrases.push(pair);
    }
    let mut progress = Progress::default();
    // The first pairs are known well: the round leaves them for later.
    let mut round = started(Round::all(&content, &progress));
    for _ in 0..4 {
        answer(&mut round, Mark::HadIt, &mut progress);
    }
    let round = started(Round::all(&content, &progress));
    assert_eq!(round.position(), (1, ALL_ROUND));
    let known: Vec<String> = content.phrases[..4].iter().map(|p| p.id.clone()).collect();
    assert!(
        ids(&round).iter().all(|id| !known.contains(id)),
        "{:?}",
        ids(&round)
    );
    assert_eq!(ids(&round).first().map(String::as_str), Some("extra-0"));
}

#[test]
fn again_comes_back_later_in_the_round_and_the_summary_lists_it() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_card(&content, &progress, "angry"));
    assert_eq!(round.position(), (1, 3));
    assert_eq!(
        answer(&mut round, Mark::Again, &mut progress).as_deref(),
        Some("sorry")
    );
    // Fewer than REQUEUE_GAP pairs remain, so it comes back at the end.
    assert_eq!(ids(&round), ["calm", "queue", "sorry"]);
    assert_eq!(round.position(), (2, 4));
    answer(&mut round, Mark::HadIt, &mut progress);
    answer(&mut round, Mark::HadIt, &mut progress);
    assert_eq!(round.current(), Some("sorry"));
    answer(&mut round, Mark::HadIt, &mut progress);
    assert!(round.is_done());
    assert_eq!(round.position(), (4, 4));
    assert_eq!(round.summary(), ["sorry"]);
    // Its return was practice only: it stays in the first box.
    assert_eq!(progress.box_of("sorry"), 1);
    assert_eq!(progress.box_of("calm"), 2);
}

#[test]
fn again_comes_back_three_pairs_later_when_more_remain() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::all(&content, &progress));
    answer(&mut round, Mark::Again, &mut progress);
    assert_eq!(ids(&round), ["sorry", "limits", "queue", "calm"]);
    answer(&mut round, Mark::Again, &mut progress);
    assert_eq!(ids(&round), ["limits", "queue", "calm", "sorry"]);
}

#[test]
fn again_pairs_come_first_in_the_next_round() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_card(&content, &progress, "angry"));
    for mark in [Mark::HadIt, Mark::Again, Mark::HadIt, Mark::HadIt] {
        answer(&mut round, mark, &mut progress);
    }
    assert!(round.is_done());
    let next = Round::for_card(&content, &progress, "angry");
    assert_eq!(
        next.as_ref().map(ids),
        Some(vec!["calm".into(), "sorry".into(), "queue".into()])
    );
}

#[test]
fn a_round_over_three_pairs_always_ends() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_card(&content, &progress, "angry"));
    let mut shown = 0;
    while answer(&mut round, Mark::Again, &mut progress).is_some() {
        shown += 1;
        assert!(shown <= 3 * (1 + usize::from(MAX_RETURNS)), "never ends");
    }
    assert_eq!(shown, 3 * (1 + usize::from(MAX_RETURNS)));
    assert_eq!(round.summary(), ["sorry", "calm", "queue"]);
    assert!(!round.mark(Mark::HadIt, &mut progress));
}

#[test]
fn only_a_revealed_pair_can_be_marked_and_the_reply_goes_with_it() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_card(&content, &progress, "rude"));
    round.reply_mut().push_str("Let me help you with that");
    assert!(!round.mark(Mark::HadIt, &mut progress));
    assert_eq!(progress, Progress::default());
    round.reveal();
    assert!(round.is_revealed());
    assert_eq!(round.reply(), "Let me help you with that");
    assert_eq!(
        round.current_phrase(&content).map(|p| p.say.as_str()),
        Some("say limits")
    );
    assert!(round.mark(Mark::HadIt, &mut progress));
    assert_eq!(round.reply(), "");
    assert!(!round.is_revealed());
}

#[test]
fn the_scene_is_the_title_of_the_first_card() {
    let content = content();
    assert_eq!(scene(&content, "queue"), Some("Rude customer"));
    assert_eq!(
        card_of(&content, "calm").map(|c| c.id.as_str()),
        Some("angry")
    );
    assert_eq!(scene(&content, "gone"), None);
}
