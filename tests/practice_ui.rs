//! Practice mode driven as a learner would: a round over three pairs, "practise
//! again" bringing one back, the summary, Esc and resume, a restart, a corrupt file.

use std::path::Path;

use defuse::{
    content::{Content, bundled},
    library::Library,
    practice::PracticeStore,
    ui::{AppOptions, DefuseApp, View},
    user_data::UserStore,
};
use egui::Key;
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;

/// The bundled content with the angry card keeping only three phrase pairs.
fn three_pairs() -> Content {
    let mut content = bundled::load("en").content;
    let mut kept = 0;
    content.phrases.retain(|p| {
        let keep = p.situations.iter().any(|s| s == "angry") && kept < 3;
        kept += usize::from(keep);
        keep
    });
    for card in &mut content.customer_types {
        card.top_phrases.clear();
    }
    content
}

fn app(dir: &Path) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        library: Some(Library::from_content(three_pairs(), "en")),
        store: UserStore::at(dir.join("favourites.ron")),
        practice: PracticeStore::in_dir(dir),
        view: Some(View::Item("angry".into())),
        ..AppOptions::default()
    };
    common::app::open(options)
}

fn press(harness: &mut Harness<'_, DefuseApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn start(harness: &mut Harness<'_, DefuseApp>) {
    harness.get_by_label("Practise").click();
    harness.run();
    assert_eq!(harness.state().view(), &View::Practice);
}

fn current(harness: &Harness<'_, DefuseApp>) -> String {
    harness
        .state()
        .round()
        .and_then(|r| r.current())
        .map(str::to_owned)
        .unwrap_or_default()
}

fn say_of(id: &str) -> String {
    three_pairs()
        .phrases
        .into_iter()
        .find(|p| p.id == id)
        .map(|p| p.say)
        .unwrap_or_default()
}

#[test]
fn practise_again_brings_a_pair_back_and_the_summary_lists_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = app(dir.path());
    start(&mut harness);
    assert_eq!(harness.state().round().map(|r| r.position()), Some((1, 3)));
    let first = current(&harness);
    assert!(
        harness.query_by_label_contains(&say_of(&first)).is_none(),
        "our words wait until asked for"
    );
    press(&mut harness, Key::Space);
    assert!(harness.query_by_label_contains(&say_of(&first)).is_some());
    press(&mut harness, Key::Num2);
    let mut seen = vec![first.clone()];
    while harness.state().round().is_some_and(|r| !r.is_done()) {
        seen.push(current(&harness));
        press(&mut harness, Key::Enter);
        press(&mut harness, Key::Num1);
        assert!(seen.len() < 10, "the round ends");
    }
    assert_eq!(
        seen.iter().filter(|id| **id == first).count(),
        2,
        "the pair marked again came back once: {seen:?}"
    );
    assert!(harness.query_by_label("To look at again").is_some());
    assert!(harness.query_by_label_contains(&say_of(&first)).is_some());
}

#[test]
fn esc_leaves_a_round_that_resumes_where_it_was_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let first;
    {
        let mut harness = app(dir.path());
        start(&mut harness);
        first = current(&harness);
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num1);
        press(&mut harness, Key::Escape);
        assert_eq!(harness.state().view(), &View::Item("angry".into()));
        assert!(harness.state().round().is_none());
        start(&mut harness);
        assert_eq!(
            harness.state().round().map(|r| r.position()),
            Some((2, 3)),
            "resumed"
        );
        press(&mut harness, Key::Escape);
    }
    // A new app on the same folder: the box moved and the round is still there.
    let mut harness = app(dir.path());
    assert_eq!(harness.state().progress().box_of(&first), 2);
    start(&mut harness);
    assert_eq!(harness.state().round().map(|r| r.position()), Some((2, 3)));
}

#[test]
fn a_corrupt_progress_file_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("practice.ron");
    std::fs::write(&file, "(boxes: {\"calm\": ").expect("write a broken file");
    let harness = app(dir.path());
    let notices = harness.state().notices().join("\n");
    assert!(notices.contains("practice.ron"), "{notices}");
    let kept_aside = std::fs::read_dir(dir.path())
        .expect("list the folder")
        .filter_map(Result::ok)
        .any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("practice.ron") && name != "practice.ron"
        });
    assert!(kept_aside, "the broken file is kept beside, not deleted");
}
