//! Search by meaning in the app: word results show at once, before the query's vector
//! exists; its scores re-rank them and says what meaning found; the model loads on
//! its own thread after the first frame; a model that cannot load leaves one notice.

use std::{
    sync::{Arc, OnceLock},
    time::{Duration, Instant},
};

use defuse::{
    content::bundled,
    meaning::{Meaning, vectors::Scored},
    search::{Analyzer, Index, MatchedBy, fusion},
    ui::{
        AppOptions, DefuseApp, RESULT_LIMIT,
        queue::{AppCommand, ThreadSender},
        search::meaning::Loaded,
    },
    user_data::UserStore,
};
use egui_kittest::{Harness, kittest::Queryable as _};

mod common;

fn app(dir: &std::path::Path, search_by_meaning: bool) -> Harness<'static, DefuseApp> {
    let options = AppOptions {
        store: UserStore::at(dir.join("favourites.ron")),
        search_by_meaning,
        ..AppOptions::default()
    };
    common::app::build(options, common::app::SIZE)
}

fn meaning() -> Arc<Meaning> {
    static MEANING: OnceLock<Arc<Meaning>> = OnceLock::new();
    Arc::clone(MEANING.get_or_init(|| {
        let content = bundled::load("en").content;
        Arc::new(Meaning::load(&content).expect("the bundled model loads"))
    }))
}

/// The app with the model loaded as its thread would load it (no query asked yet),
/// the model, and the thread's sending end.
fn app_with_meaning(
    dir: &std::path::Path,
) -> (Harness<'static, DefuseApp>, Arc<Meaning>, ThreadSender) {
    let mut harness = app(dir, false);
    harness.run();
    let meaning = meaning();
    let send = harness.state().thread_sender();
    send.send(AppCommand::MeaningLoaded(Loaded(Ok(Arc::clone(&meaning)))));
    harness.run();
    (harness, meaning, send)
}

/// What the model's thread sends for `query`.
fn scores(meaning: &Meaning, query: &str) -> Vec<Scored> {
    let reach = Index::new(&bundled::load("en").content, Analyzer::english()).reach(query);
    Scored::from_scores(
        &meaning
            .index
            .scores(&meaning.model.embed_query(query), reach),
    )
}

/// "She said life is very hard", in Greek: no content is written in Greek (the
/// Chinese once used here is now in the cards' other-language lines).
const UNSEEN_WORDS: &str = "Είπε ότι η ζωή είναι πολύ δύσκολη";

#[test]
fn word_results_come_first_and_the_vector_reranks_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut harness, meaning, send) = app_with_meaning(dir.path());
    assert!(harness.state().meaning_ready());

    // A word query: results at once, from the words, while no vector has come.
    harness.get_by_label("Search").type_text("shout");
    harness.run();
    let results = harness.state().results();
    assert_eq!(results.first().map(|h| h.id.as_str()), Some("angry"));
    assert!(results.iter().all(|h| h.matched_by == MatchedBy::Words));

    // The vector of a query the user has since replaced changes nothing.
    send.send(AppCommand::QueryMeaning {
        query: "something else".into(),
        scores: scores(&meaning, "something else"),
    });
    harness.run();
    assert!(
        harness
            .state()
            .results()
            .iter()
            .all(|h| h.matched_by == MatchedBy::Words)
    );

    // Words that match nothing: nothing until the vector comes, then meaning's results,
    // each saying so.
    harness
        .get_by_label("Search")
        .type_text(&format!(" {UNSEEN_WORDS}"));
    harness.run();
    let query = harness.state().query().to_owned();
    send.send(AppCommand::QueryMeaning {
        scores: scores(&meaning, &query),
        query,
    });
    harness.run();
    let results = harness.state().results();
    assert!(
        results.iter().any(|h| h.meaning_score.is_some()),
        "the vector joined the results"
    );
    // Joined to the word results kept from the key press, as a search from scratch
    // would order them.
    let index = Index::new(&bundled::load("en").content, Analyzer::english());
    let fresh = fusion::search(
        &index,
        Some(&meaning),
        harness.state().query(),
        RESULT_LIMIT,
    );
    let ids = |hits: &[defuse::search::Hit]| hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(results), ids(&fresh.hits));
}

#[test]
fn a_query_no_word_matches_is_found_by_meaning_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut harness, meaning, send) = app_with_meaning(dir.path());
    harness.get_by_label("Search").type_text(UNSEEN_WORDS);
    harness.run();
    assert!(harness.state().results().is_empty(), "no word matches");
    send.send(AppCommand::QueryMeaning {
        query: UNSEEN_WORDS.into(),
        scores: scores(&meaning, UNSEEN_WORDS),
    });
    harness.run();
    let results = harness.state().results();
    assert!(!results.is_empty(), "meaning finds something");
    assert!(results.iter().all(|h| h.matched_by == MatchedBy::Meaning));
    assert!(
        harness
            .query_all_by_label_contains("matched by meaning")
            .next()
            .is_some(),
        "the row says it was matched by meaning"
    );
    assert_eq!(harness.state().selected(), 0, "Enter opens the first row");
}

#[test]
fn the_model_loads_on_its_thread_after_the_first_frame() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), true);
    harness.step();
    // The first frame did not wait for the model.
    assert!(!harness.state().meaning_ready());
    harness.get_by_label("Search").type_text(UNSEEN_WORDS);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        harness.step();
        if harness
            .state()
            .results()
            .first()
            .is_some_and(|h| h.matched_by == MatchedBy::Meaning)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no result by meaning within a minute");
}

#[test]
fn a_model_that_cannot_load_leaves_one_notice_and_word_search() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(dir.path(), false);
    harness.run();
    harness
        .state()
        .thread_sender()
        .send(AppCommand::MeaningLoaded(Loaded(Err(
            "the sentence model file is damaged".into(),
        ))));
    harness.run();
    let notices = harness.state().notices();
    assert_eq!(
        notices
            .iter()
            .filter(|n| n.contains("Search by meaning is off"))
            .count(),
        1,
        "{notices:?}"
    );
    harness.get_by_label("Search").type_text("shout");
    harness.run();
    assert_eq!(
        harness.state().results().first().map(|h| h.id.as_str()),
        Some("angry")
    );
    assert!(!harness.state().meaning_ready());
}
