//! Search by meaning in the app. The sentence model loads on its own thread once the
//! first frame is up (start-up never waits for it), and each new query is embedded
//! and scored there; the scores come back as a command and the results are re-ranked. Word
//! results show on every key press as before: typing never waits for the model.
//! Passages with no stored vector (a pack's) are embedded there too, between queries,
//! a small batch at a time; the grown index is sent every few seconds.

use std::{
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
        mpsc,
    },
    time::{Duration, Instant},
};

use crate::{
    content::Content,
    meaning::{
        Meaning,
        grow::{Growing, cache_file},
        vectors::{Reach, Scored},
    },
    ui::queue::ThreadSender,
};

/// A query for the model's thread, and the passages it reaches.
type Asked = (String, Reach);

/// Passages embedded between looks at the queries and the pause: about a quarter of a
/// second on one core, so a query, or a reload, waits at most that long.
const BATCH: usize = 16;

/// How often a growing index is sent to the window (rebuilding it reads every
/// passage).
const REFRESH: Duration = Duration::from_secs(10);

/// How often the cache is written while embedding: it is read, merged and written
/// whole, up to 70 MB for a 10,000-item pack.
const SAVE_EVERY: Duration = Duration::from_secs(60);

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
    /// Queries to embed, to the worker thread, with the passages they reach.
    queries: Option<mpsc::Sender<Asked>>,
    /// Content that changed while the model was loading for the old one: loaded
    /// for it once that load is in.
    pending: Option<(Arc<Content>, ThreadSender)>,
    /// Held while the packs are read again: the background embedding waits, so the
    /// reload has the CPU (it made a reload half a second slower).
    pause: Pause,
}

/// Held (by a reload) to make the model's thread stop embedding a pack's passages
/// until it is let go; queries are still answered.
#[derive(Debug, Clone, Default)]
pub struct Pause(Arc<AtomicUsize>);

/// While this lives, the background embedding waits.
#[derive(Debug)]
pub struct Held(Arc<AtomicUsize>);

impl Pause {
    pub fn hold(&self) -> Held {
        self.0.fetch_add(1, Ordering::SeqCst);
        Held(Arc::clone(&self.0))
    }

    fn is_held(&self) -> bool {
        self.0.load(Ordering::SeqCst) > 0
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
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
    /// Back to not loaded, keeping the pause the reloads hold.
    fn reset(&mut self) {
        *self = Self {
            pause: self.pause.clone(),
            ..Self::default()
        };
    }

    /// What a reload holds while it reads, so the background embedding waits.
    pub fn pause(&self) -> Pause {
        self.pause.clone()
    }

    /// Loads the model for `content` on a thread; what it makes arrives through `send`.
    pub fn start(&mut self, content: Arc<Content>, send: ThreadSender) {
        if !matches!(self.state, State::Idle) {
            return;
        }
        let (queries, inbox) = mpsc::channel::<Asked>();
        let spawned = std::thread::Builder::new()
            .name("search by meaning".into())
            .spawn({
                let pause = self.pause.clone();
                move || worker(&content, &send, &inbox, cache_file(), &pause)
            });
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
    pub fn restart(&mut self, content: Arc<Content>, send: ThreadSender) {
        match self.state {
            State::Idle => {}
            State::Loading => self.pending = Some((content, send)),
            State::Ready(_) | State::Off => {
                self.reset();
                self.start(content, send);
            }
        }
    }

    /// Takes the worker's answer to `start`; returns the notice to show if it failed.
    pub fn loaded(&mut self, loaded: Loaded) -> Option<String> {
        if let Some((content, send)) = self.pending.take() {
            // For content that has since changed: load for the new content instead.
            self.reset();
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

    /// Asks for the meaning scores of `query` over the passages `reach` allows (a
    /// newer query makes an older one moot).
    pub fn ask(&self, query: &str, reach: Reach) {
        if let (State::Ready(_), Some(queries)) = (&self.state, &self.queries) {
            // A closed channel means the worker ended; word search goes on.
            let _ = queries.send((query.to_owned(), reach));
        }
    }
}

fn worker(
    content: &Content,
    send: &ThreadSender,
    inbox: &mpsc::Receiver<Asked>,
    cache: Option<PathBuf>,
    pause: &Pause,
) {
    // One thread embeds, so the window keeps a core of its own.
    let mut growing = match Growing::start(content, cache, Some(1)) {
        Ok(growing) => growing,
        Err(e) => {
            send.send(AppCommand::MeaningLoaded(Loaded(Err(e.to_string()))));
            return;
        }
    };
    let mut meaning = Arc::new(growing.meaning(content));
    send.send(AppCommand::MeaningLoaded(Loaded(Ok(Arc::clone(&meaning)))));
    let mut refreshed = Instant::now();
    let mut saved = Instant::now();
    loop {
        let asked = if growing.missing() == 0 {
            inbox.recv().ok()
        } else {
            match inbox.try_recv() {
                Ok(query) => Some(query),
                Err(mpsc::TryRecvError::Empty) => None,
                Err(mpsc::TryRecvError::Disconnected) => break,
            }
        };
        if let Some(mut latest) = asked {
            // Only the latest query matters: the user typed on while one was embedded.
            while let Ok(newer) = inbox.try_recv() {
                latest = newer;
            }
            let (query, reach) = latest;
            let vector = meaning.model.embed_query(&query);
            // Scored here, off the UI thread: the frame only fuses.
            let scores = Scored::from_scores(&meaning.index.scores(&vector, reach));
            send.send(AppCommand::QueryMeaning { query, scores });
            continue;
        }
        if growing.missing() == 0 {
            // The window closed the channel: the content changed or the app ended.
            break;
        }
        if pause.is_held() {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        growing.embed(BATCH);
        if growing.missing() == 0 || refreshed.elapsed() >= REFRESH {
            meaning = Arc::new(growing.meaning(content));
            send.send(AppCommand::MeaningLoaded(Loaded(Ok(Arc::clone(&meaning)))));
            // (The window then asks for the query on screen again, over the new index.)
            refreshed = Instant::now();
        }
        if growing.missing() == 0 || saved.elapsed() >= SAVE_EVERY {
            // A cache that cannot be written only means embedding again next time.
            let _ = growing.save(content);
            saved = Instant::now();
        }
    }
    let _ = growing.save(content);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{content::bundled, ui::input::queue::Inbox};

    #[test]
    fn passages_without_vectors_are_embedded_after_the_model_is_ready_and_sent_grown() {
        let mut content = bundled::load("en").content;
        let card = &mut content.customer_types[0];
        let new_steps: Vec<String> = (0..70)
            .map(|n| format!("Step {n} of a site's own way with this customer"))
            .collect();
        card.steps.extend(new_steps);
        let inbox = Inbox::default();
        let send = inbox.sender(None);
        let (queries, asked) = mpsc::channel::<Asked>();
        let pause = Pause::default();
        let held = pause.hold();
        let worker = std::thread::spawn({
            let pause = pause.clone();
            move || worker(&content, &send, &asked, None, &pause)
        });
        // Paused, it is ready but embeds nothing.
        std::thread::sleep(Duration::from_millis(500));
        let paused: Vec<usize> = inbox
            .take()
            .into_iter()
            .filter_map(|c| match c {
                AppCommand::MeaningLoaded(Loaded(Ok(meaning))) => Some(meaning.built.embedded),
                _ => None,
            })
            .collect();
        assert_eq!(paused, [0], "ready, and nothing embedded while paused");
        drop(held);

        let mut sizes = paused;
        let deadline = Instant::now() + Duration::from_secs(120);
        while sizes.last().is_none_or(|&n| n < 70) && Instant::now() < deadline {
            for command in inbox.take() {
                if let AppCommand::MeaningLoaded(Loaded(Ok(meaning))) = command {
                    sizes.push(meaning.built.embedded);
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(sizes.first(), Some(&0), "ready before embedding: {sizes:?}");
        assert_eq!(
            sizes.last(),
            Some(&70),
            "every new step embedded: {sizes:?}"
        );
        drop(queries);
        worker.join().expect("the worker ends with its channel");
    }
}
