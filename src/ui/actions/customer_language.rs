//! The content in another of our languages, for the page that shows a customer a line
//! in theirs: read once per language with the packs as they stand, on a thread where
//! packs are read from disk, and forgotten when the packs change.

use std::{collections::HashSet, sync::Arc};

use crate::{
    content::{self, Content},
    library::Library,
    strings::Language,
    ui::{DefuseApp, queue::AppCommand},
};

/// The languages being read, and which reading of the packs they belong to.
#[derive(Debug, Default)]
pub struct LanguageReads {
    pending: HashSet<Language>,
    /// Counts the times the packs were put in place: a language read from the packs
    /// before the last change is stale.
    generation: u64,
}

/// A language's content, read on a thread. Compared by identity, as a reload is.
#[derive(Debug, Clone)]
pub struct LanguageRead {
    language: Language,
    generation: u64,
    content: Arc<Content>,
}

impl PartialEq for LanguageRead {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.content, &other.content)
    }
}

impl DefuseApp {
    /// Starts reading `language`'s content, unless it is read or being read. Without
    /// packs (a test, a screenshot) the bundled content is read here, at once.
    pub(in crate::ui) fn read_language(&mut self, language: Language) {
        if self.state.other_languages.contains_key(&language)
            || self.language_reads.pending.contains(&language)
        {
            return;
        }
        let Some(places) = self.places.clone() else {
            let content = content::bundled::load(language.code()).content;
            self.state
                .other_languages
                .insert(language, Arc::new(content));
            return;
        };
        // The page asks for frames while it waits: no context to wake is needed.
        let send = self.inbox.sender(None);
        let generation = self.language_reads.generation;
        let spawned = std::thread::Builder::new()
            .name("read a language".into())
            .spawn(move || {
                let content = Library::content_in(&places.sources(), language.code());
                send.send(AppCommand::LanguageRead(LanguageRead {
                    language,
                    generation,
                    content: Arc::new(content),
                }));
            });
        match spawned {
            Ok(_) => {
                self.language_reads.pending.insert(language);
            }
            Err(e) => self.notice(e.to_string()),
        }
    }

    /// Keeps a language's content, if the packs have not changed since it was asked for.
    pub(in crate::ui) fn language_read(&mut self, read: LanguageRead) {
        if read.generation != self.language_reads.generation {
            return;
        }
        self.language_reads.pending.remove(&read.language);
        self.state
            .other_languages
            .insert(read.language, read.content);
    }

    /// Forgets every language read with the packs as they were, reading again the one
    /// on screen.
    pub(in crate::ui) fn forget_languages(&mut self) {
        self.language_reads.generation += 1;
        self.language_reads.pending.clear();
        self.state.other_languages.clear();
        if let crate::ui::View::ToCustomer { language, .. } = &self.state.view {
            self.read_language(*language);
        }
    }
}
