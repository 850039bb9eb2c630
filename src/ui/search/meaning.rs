//! Search by meaning in the app. The sentence model loads on its own thread once the
//! first frame is up (start-up never waits for it), and each new query is embedded
//! and scored there; the scores come back as a command and the results are re-ranked. Word
//! results show on every key press as before: typing never waits for the model.

use std::sync::{Arc, mpsc};

use crate::{
    content::Content,
    meaning::{Meaning, vectors::Scored},
    ui::queue::ThreadSender,
};

use super::super::queue::AppCommand;

/// The loaded model, or why it could not load; compared by identity (commands are
/// compared in tests, and two loads are never equal).
#[derive(Debug, Clone)]
pub struct Loaded(pub Result<Arc<Meaning>, String>);

impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Ok(a), Ok(b)) => Arc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

/// Where search by meaning stands in the app.
#[derive(Debug, Default)]
pub struct MeaningSearch {
    state: State,
    /// Queries to embed, to the worker thread.
    queries: Option<mpsc::Sender<String>>,
    /// Content that changed while the model was loading for the old one: loaded
    /// for it once that load is in.
    pending: Option<(Content, ThreadSender)>,
}

#[derive(Debug, Default)]
enum State {
    /// Not asked for (tests that do not need it), or the first frame is not up yet.
    #[default]
    Idle,
    Loading,
    Ready(Arc<Meaning>),
    /// It failed to load: search is by words alone, and the notice says why.
    Off,
}

impl MeaningSearch {
    /// Loads the model for `content` on a thread; what it makes arrives through `send`.
    pub fn start(&mut self, content: Content, send: ThreadSender) {
        if !matches!(self.state, State::Idle) {
            return;
        }
        let (queries, inbox) = mpsc::channel::<String>();
        let spawned = std::thread::Builder::new()
            .name("search by meaning".into())
            .spawn(move || worker(&content, &send, &inbox));
        match spawned {
            Ok(_) => {
                self.state = State::Loading;
                self.queries = Some(queries);
            }
            // No thread: search stays by words, as when the model cannot load.
            Err(_) => self.state = State::Off,
        }
    }

    /// Loads the model again for changed `content` (its passages changed), if it was
    /// asked for: words alone meanwhile. The old worker ends with its channel.
    pub fn restart(&mut self, content: Content, send: ThreadSender) {
        match self.state {
            State::Idle => {}
            State::Loading => self.pending = Some((content, send)),
            State::Ready(_) | State::Off => {
                *self = Self::default();
                self.start(content, send);
            }
        }
    }

    /// Takes the worker's answer to `start`; returns the notice to show if it failed.
    pub fn loaded(&mut self, loaded: Loaded) -> Option<String> {
        if let Some((content, send)) = self.pending.take() {
            // For content that has since changed: load for the new content instead.
            *self = Self::default();
            self.start(content, send);
            return None;
        }
        match loaded.0 {
            Ok(meaning) => {
                self.state = State::Ready(meaning);
                None
            }
            Err(why) => {
                self.state = State::Off;
                self.queries = None;
                Some(why)
            }
        }
    }

    pub fn ready(&self) -> Option<&Arc<Meaning>> {
        match &self.state {
            State::Ready(meaning) => Some(meaning),
            _ => None,
        }
    }

    /// Asks for the vector of `query` (a newer query makes an older one moot).
    pub fn ask(&self, query: &str) {
        if let (State::Ready(_), Some(queries)) = (&self.state, &self.queries) {
            // A closed channel means the worker ended; word search goes on.
            let _ = queries.send(query.to_owned());
        }
    }
}

fn worker(content: &Content, send: &ThreadSender, inbox: &mpsc::Receiver<String>) {
    let meaning = match Meaning::load(content) {
        Ok(meaning) => Arc::new(meaning),
        Err(e) => {
            send.send(AppCommand::MeaningLoaded(Loaded(Err(e.to_string()))));
            return;
        }
    };
    send.send(AppCommand::MeaningLoaded(Loaded(Ok(Arc::clone(&meaning)))));
    while let Ok(mut query) = inbox.recv() {
        // Only the latest query matters: the user typed on while one was embedded.
        while let Ok(newer) = inbox.try_recv() {
            query = newer;
        }
        let vector = meaning.model.embed_query(&query);
        // Scored here, off the UI thread: the frame only fuses.
        let scores = Scored::from_scores(&meaning.index.scores(&vector));
        send.send(AppCommand::QueryMeaning { query, scores });
    }
}
