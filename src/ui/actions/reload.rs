//! Live reload: a pack changed on disk (the folder watcher) or Ctrl+R reads the packs
//! again on a thread of its own, and the new content replaces the old in one frame.
//! The page stays; if its item has gone, a notice says so and the app goes Home.
//! Problems in the packs show as notices with `defuse check`'s file:line:column.

use std::{
    sync::{Arc, Mutex},
    thread::JoinHandle,
};

use super::super::{DefuseApp, View, palette, queue::AppCommand, site_contacts::SiteForm};
use crate::{
    library::{LanguageChain, Library},
    search::Index,
};

/// The search index of the content the app opened on, when the first frame came
/// without it (`Library::bundled_unindexed`).
#[derive(Debug)]
pub enum Indexing {
    /// To build in this language at the end of the first frame.
    AfterFirstFrame(String),
    Building(JoinHandle<Index>),
}

/// The packs read again and indexed, off the UI thread. Compared by identity, as
/// the model's load is (two reloads are never equal).
#[derive(Debug, Clone)]
pub struct Reloaded(Arc<Mutex<Option<Library>>>);

impl PartialEq for Reloaded {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Reloaded {
    /// Reads `places`' packs now, in `chain`'s language, and indexes them; says on
    /// stderr how long it took, for whoever edits a pack with a terminal open (and
    /// for `scripts/bench-reload-process.sh`).
    fn read(places: &crate::packs::Places, chain: &LanguageChain) -> Self {
        let started = std::time::Instant::now();
        let library = Library::open(&places.sources(), chain);
        crate::report!(
            "defuse: packs read again in {} ms",
            started.elapsed().as_millis()
        );
        Self(Arc::new(Mutex::new(Some(library))))
    }

    fn take(&self) -> Option<Library> {
        self.0.lock().ok().and_then(|mut inner| inner.take())
    }
}

impl DefuseApp {
    /// Watches the packs' folders (after the first frame, as the model loads): a
    /// change reads them again on the watcher's thread and sends the result. Where
    /// watching is not possible, Ctrl+R still reloads.
    pub(in crate::ui) fn start_watching(&mut self, ctx: &egui::Context) {
        let Some(places) = self.places.clone() else {
            return;
        };
        let send = self.inbox.sender(Some(ctx));
        let folders = places.folders();
        let chain = self.languages.clone();
        let pause = self.meaning.pause();
        let watched = crate::watch::watch(&folders, move || {
            let _held = pause.hold();
            send.send(AppCommand::Reloaded(Reloaded::read(&places, &chain)));
        });
        match watched {
            Ok(watch) => self.watch = Some(watch),
            Err(e) => self.notice(e.to_string()),
        }
    }

    /// Reads the packs again on a thread (Ctrl+R).
    pub(in crate::ui) fn reload(&mut self, ctx: &egui::Context) {
        let Some(places) = self.places.clone() else {
            return;
        };
        let send = self.inbox.sender(Some(ctx));
        let chain = self.languages.clone();
        let pause = self.meaning.pause();
        let spawned = std::thread::Builder::new()
            .name("reload packs".into())
            .spawn(move || {
                let _held = pause.hold();
                send.send(AppCommand::Reloaded(Reloaded::read(&places, &chain)));
            });
        if let Err(e) = spawned {
            self.notice(e.to_string());
        }
    }

    /// Puts reloaded content in place, saying so.
    pub(in crate::ui) fn reloaded(&mut self, ctx: &egui::Context, reloaded: &Reloaded) {
        if let Some(library) = reloaded.take() {
            self.put_library(ctx, library, true);
        }
    }

    /// The packs read at start-up, once their thread is done: the window opened on the
    /// bundled content meanwhile, so a large pack never holds up the first frame.
    pub(in crate::ui) fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(loading) = self.loading.take() else {
            return;
        };
        if !loading.is_finished() {
            self.loading = Some(loading);
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            return;
        }
        match loading.join() {
            Ok(library) => self.put_library(ctx, library, false),
            Err(_) => self.notice(self.state.strings.packs_not_loaded.clone()),
        }
        if self.state.toast.as_ref().map(|(t, _)| t) == Some(&self.state.strings.packs_loading) {
            self.state.toast = None;
        }
    }

    /// At the end of the first frame, builds the index of the content on screen on a
    /// thread.
    pub(in crate::ui) fn start_indexing(&mut self) {
        let Some(Indexing::AfterFirstFrame(language)) = &self.indexing else {
            return;
        };
        let language = language.clone();
        let (content, code) = (Arc::clone(&self.state.content), language.clone());
        let building = std::thread::Builder::new()
            .name("index".into())
            .spawn(move || Library::index_of(&content, &code));
        match building {
            Ok(handle) => self.indexing = Some(Indexing::Building(handle)),
            // No thread: this frame builds it.
            Err(_) => {
                self.index = Library::index_of(&self.state.content, &language);
                self.words = None;
            }
        }
    }

    /// Puts the index in place once built, and works out the search on screen (typed
    /// in the first instant, or asked for on the phrases page) with it.
    pub(in crate::ui) fn poll_indexing(&mut self, ctx: &egui::Context) {
        let Some(Indexing::Building(handle)) = &self.indexing else {
            return;
        };
        if !handle.is_finished() {
            ctx.request_repaint_after(std::time::Duration::from_millis(20));
            return;
        }
        if let Some(Indexing::Building(handle)) = self.indexing.take()
            && let Ok(index) = handle.join()
        {
            self.index = index;
            let query = std::mem::take(&mut self.state.query);
            self.set_query(query);
            if self.state.view == View::Phrases {
                self.filter_phrases();
            }
        }
    }

    /// Puts new content in place: search, palette and site form follow it, the
    /// results are worked out again, and the page stays unless its item has gone.
    fn put_library(&mut self, ctx: &egui::Context, library: Library, announce: bool) {
        let Library {
            content,
            index,
            problems,
            signatures,
            ..
        } = library;
        self.state.pack_signatures = signatures;
        self.forget_languages();
        // The last reload's problems go; these (if any) take their place.
        self.state
            .notices
            .retain(|n| !self.pack_notices.contains(n));
        self.pack_notices = problems.iter().map(ToString::to_string).collect();
        for notice in self.pack_notices.clone() {
            self.notice(notice);
        }
        self.state.palette_entries =
            palette::entries::Entries::of(&content, &self.state.strings, self.state.kiosk);
        // The Site contacts page keeps what is typed in it (and its "Saved").
        if self.state.view != View::SiteContacts {
            self.state.site_form = SiteForm::new(&self.state.site, &content);
        }
        // An index still being built is of the content this replaces.
        self.indexing = None;
        let old_content = std::mem::replace(&mut self.state.content, Arc::new(content));
        let old_index = std::mem::replace(&mut self.index, index);
        // Freeing a 10,000-item index and its content took 250 ms of a frame: a thread
        // of its own does it (or, if there is none, this frame).
        let _ = std::thread::Builder::new()
            .name("drop old content".into())
            .spawn(move || drop((old_content, old_index)));
        self.meaning.restart(
            Arc::clone(&self.state.content),
            self.inbox.sender(Some(ctx)),
        );
        let query = std::mem::take(&mut self.state.query);
        self.set_query(query);
        if let View::Item(id) = &self.state.view
            && self.state.content.get(id).is_none()
        {
            self.notice(self.state.strings.item_gone.clone());
            self.history.clear();
            self.navigate(View::Home);
        }
        if self.state.view == View::Packs {
            self.state.pack_rows = super::super::home::packs::rows(&self.state);
        }
        // A toast already showing (such as "Installed NAME", which caused this
        // reload) says more than "Packs reloaded".
        if announce && self.state.toast.is_none() {
            let until = ctx.input(|i| i.time) + super::super::TOAST_SECONDS;
            self.state.toast = Some((self.state.strings.packs_reloaded.clone(), until));
        }
    }
}
