//! Box rules, practice order, retain_known and the practice.ron store (atomic, a bad
//! file set aside, a paused round kept).

use std::fs;

use super::*;
use crate::practice::{
    Mark, round,
    testing::{content, started},
};

#[test]
fn boxes_move_up_one_to_five_and_again_goes_back_to_one() {
    let mut progress = Progress::default();
    assert_eq!(progress.box_of("calm"), FIRST_BOX);
    progress.had_it("calm");
    assert_eq!(progress.box_of("calm"), 2);
    for _ in 0..10 {
        progress.had_it("calm");
    }
    assert_eq!(progress.box_of("calm"), LAST_BOX);
    progress.again("calm");
    assert_eq!(progress.box_of("calm"), FIRST_BOX);
    assert_eq!(progress, Progress::default());
}

#[test]
fn lower_boxes_come_first_ties_in_the_order_given() {
    let mut progress = Progress::default();
    progress.had_it("a");
    progress.had_it("a");
    progress.had_it("c");
    let order = progress.order(vec!["a".into(), "b".into(), "c".into(), "d".into()]);
    assert_eq!(order, ["b", "d", "c", "a"]);
}

#[test]
fn retain_known_drops_gone_pairs_and_keeps_the_rest() {
    let content = content();
    let mut progress = Progress::default();
    progress.had_it("calm");
    progress.had_it("gone");
    progress.pause(started(Round::for_card(&content, &progress, "angry")));
    progress.retain_known(|id| id != "gone" && id != "sorry");
    assert_eq!(progress.box_of("calm"), 2);
    assert_eq!(progress.box_of("gone"), FIRST_BOX);
    assert_eq!(
        progress.paused.as_ref().and_then(Round::current),
        Some("queue")
    );
    // A paused round with nothing left is dropped.
    progress.retain_known(|id| id == "limits");
    assert_eq!(progress.paused, None);
}

#[test]
fn saves_and_loads_round_trip() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut store = PracticeStore::in_dir(dir.path());
    assert_eq!(store.path(), Some(dir.path().join(FILE_NAME).as_path()));
    assert_eq!(store.load(), (Progress::default(), None));
    let mut progress = Progress::default();
    progress.had_it("calm");
    progress.had_it("calm");
    progress.had_it("sorry");
    store.save(&progress)?;
    assert_eq!(store.load(), (progress, None));
    assert!(!dir.path().join("practice.tmp").exists());
    Ok(())
}

#[test]
fn a_paused_round_survives_save_and_load() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_deck(&content, &progress, "intro"));
    round.reveal();
    assert!(round.mark(Mark::Again, &mut progress));
    round.reply_mut().push_str("I can see this matters");
    round.reveal();
    progress.pause(round.clone());
    PracticeStore::in_dir(dir.path()).save(&progress)?;
    let (mut loaded, notice) = PracticeStore::in_dir(dir.path()).load();
    assert_eq!(notice, None);
    assert_eq!(loaded, progress);
    let resumed = loaded.resume();
    assert_eq!(resumed.as_ref(), Some(&round));
    assert_eq!(resumed.as_ref().map(Round::position), Some((2, 4)));
    assert_eq!(
        resumed.as_ref().map(Round::reply),
        Some("I can see this matters")
    );
    assert_eq!(loaded.paused, None);
    Ok(())
}

#[test]
fn a_finished_round_is_not_kept() {
    let content = content();
    let mut progress = Progress::default();
    let mut round = started(Round::for_card(&content, &progress, "rude"));
    for _ in 0..2 {
        round.reveal();
        round.mark(Mark::HadIt, &mut progress);
    }
    assert!(round.is_done());
    progress.pause(round);
    assert_eq!(progress.resume(), None);
}

#[test]
fn unknown_fields_are_set_aside_not_dropped() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, r#"(version: 1, boxes: {"calm": 3}, streak: 7)"#)?;
    let (progress, notice) = PracticeStore::in_dir(dir.path()).load();
    assert_eq!(progress, Progress::default());
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    assert!(!path.exists());
    Ok(())
}

#[test]
fn a_file_from_a_newer_version_is_set_aside_not_misread() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, r#"(version: 2, boxes: {"calm": 3})"#)?;
    let mut store = PracticeStore::in_dir(dir.path());
    let (progress, notice) = store.load();
    assert_eq!(progress, Progress::default());
    assert!(notice.is_some_and(|n| n.contains("newer version") && n.contains("kept as")));
    assert!(!path.exists());
    // An older file without a version reads as the current one.
    fs::write(&path, r#"(boxes: {"calm": 3})"#)?;
    let (progress, notice) = store.load();
    assert_eq!((progress.box_of("calm"), notice), (3, None));
    Ok(())
}

#[test]
fn a_hand_edited_file_is_brought_within_bounds() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let long = "x".repeat(3 * round::MAX_REPLY_CHARS);
    fs::write(
        dir.path().join(FILE_NAME),
        format!(
            r#"(boxes: {{"calm": 9, "sorry": 0, "queue": 1, "limits": 3}},
               paused: Some((queue: ["calm"], review: ["calm", "calm"], reply: "{long}")))"#
        ),
    )?;
    let (progress, notice) = PracticeStore::in_dir(dir.path()).load();
    assert_eq!(notice, None);
    assert_eq!(progress.version, FORMAT_VERSION);
    assert_eq!(
        ["calm", "sorry", "queue", "limits"].map(|id| progress.box_of(id)),
        [5, 1, 1, 3]
    );
    assert_eq!(progress.boxes.len(), 2);
    let paused = progress.paused.as_ref();
    assert_eq!(
        paused.map(Round::summary),
        Some(["calm".to_owned()].as_slice())
    );
    assert_eq!(
        paused.map(|r| r.reply().chars().count()),
        Some(round::MAX_REPLY_CHARS)
    );
    Ok(())
}
