//! The guidance: typed model, loading with validation, and the validated whole that
//! search and the views read. Nothing here knows about the GUI.

pub mod bundled;
mod items;
mod layers;
mod load;
mod locate;
pub mod model;
pub mod pack;
mod parse;
mod positions;
mod problem;
mod read;
mod references;
pub mod site;
mod sources;
mod stand_in;
pub mod texts;
mod validate;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

pub use load::{Loaded, load, load_layers};
pub use model::{
    Contact, CustomerType, Deck, Escalation, Phrase, Playbook, PlaybookStep, PlaybookStyle,
    Principle, Source, SourcePoint,
};
pub use pack::{Origin, PackInfo};
pub use problem::{Position, Problem, ProblemKind};
pub use read::{
    ContentFile, LoadError, MAX_FILE_BYTES, SOURCES_FILE, languages, read_dir, read_files,
};
pub(crate) use read::{not_a_regular_file, read_capped};
pub use site::{NARROWER_SAFETY_CARDS, SAFETY_CARDS, is_safety_card, narrows};
pub use texts::TextRole;

/// The language the bundled guidance is written in, and the fallback for every other.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The kinds of guidance item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    CustomerType,
    Phrase,
    Playbook,
    Principle,
    Deck,
}

impl Kind {
    pub const ALL: [Self; 5] = [
        Self::CustomerType,
        Self::Phrase,
        Self::Playbook,
        Self::Principle,
        Self::Deck,
    ];

    /// The name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CustomerType => "customer_type",
            Self::Phrase => "phrase",
            Self::Playbook => "playbook",
            Self::Principle => "principle",
            Self::Deck => "deck",
        }
    }
}

/// Validated guidance for one language: every id unique, every reference resolves.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// Sorted by `order`, then title.
    pub customer_types: Vec<CustomerType>,
    pub phrases: Vec<Phrase>,
    pub playbooks: Vec<Playbook>,
    pub principles: Vec<Principle>,
    /// Training decks, in file order.
    pub decks: Vec<Deck>,
    pub sources: Vec<Source>,
    /// The site's contacts, in file order (the safety cards list them).
    pub contacts: Vec<Contact>,
    /// Where each item came from, by id; an item not listed is bundled.
    pub origins: HashMap<String, Origin>,
    /// Items whose pack's `review_every` has passed since their `reviewed` date: they
    /// show in full, with a quiet "due for review" mark.
    pub due_for_review: HashSet<String>,
    /// The packs loaded, in layer order.
    pub packs: Vec<PackInfo>,
    /// Items shown in English because their layer has no translation of them in the
    /// language read: marked "EN" where they show, and counted by `defuse check`.
    pub untranslated: HashSet<String>,
    /// The same layers in English, when this is another language: the search reads a
    /// translated item's English too, so a query finds it as it does in English
    /// (safety first) and the translation only adds words. None in English.
    pub english: Option<std::sync::Arc<Content>>,
}

/// A borrowed guidance item of any kind.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    CustomerType(&'a CustomerType),
    Phrase(&'a Phrase),
    Playbook(&'a Playbook),
    Principle(&'a Principle),
    Deck(&'a Deck),
}

impl<'a> Item<'a> {
    pub fn id(self) -> &'a str {
        match self {
            Self::CustomerType(c) => &c.id,
            Self::Phrase(p) => &p.id,
            Self::Playbook(p) => &p.id,
            Self::Principle(p) => &p.id,
            Self::Deck(d) => &d.id,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Self::CustomerType(_) => Kind::CustomerType,
            Self::Phrase(_) => Kind::Phrase,
            Self::Playbook(_) => Kind::Playbook,
            Self::Principle(_) => Kind::Principle,
            Self::Deck(_) => Kind::Deck,
        }
    }

    /// The line that names the item; for a phrase pair, the words to avoid.
    pub fn title(self) -> &'a str {
        match self {
            Self::CustomerType(c) => &c.title,
            Self::Phrase(p) => &p.avoid,
            Self::Playbook(p) => &p.title,
            Self::Principle(p) => &p.title,
            Self::Deck(d) => &d.title,
        }
    }

    /// Every text field's role and value, in file order, as `texts.rs` lists them for
    /// validation too. Owned: the search index keeps its own copy of each.
    pub fn texts(self) -> Vec<(TextRole, String)> {
        fn take<T: texts::Texts + Clone>(item: &T) -> Vec<(TextRole, String)> {
            let mut owned = item.clone();
            owned
                .texts_mut()
                .into_iter()
                .map(|(_, role, text)| (role, std::mem::take(text)))
                .collect()
        }
        match self {
            Self::CustomerType(c) => take(c),
            Self::Phrase(p) => take(p),
            Self::Playbook(p) => take(p),
            Self::Principle(p) => take(p),
            Self::Deck(d) => take(d),
        }
    }

    /// What a screen headlines: the title, except for a phrase pair, whose headline is
    /// what to say; the words to avoid are never shown alone as a title.
    pub fn headline(self) -> &'a str {
        match self {
            Self::Phrase(p) => &p.say,
            other => other.title(),
        }
    }

    /// One line under the title; for a phrase pair, what to say instead.
    pub fn summary(self) -> &'a str {
        match self {
            Self::CustomerType(c) => &c.summary,
            Self::Phrase(p) => &p.say,
            Self::Playbook(p) => &p.summary,
            Self::Principle(p) => &p.summary,
            Self::Deck(d) => &d.goal,
        }
    }

    pub fn sources(self) -> &'a [String] {
        match self {
            Self::CustomerType(c) => &c.sources,
            Self::Phrase(p) => &p.sources,
            Self::Playbook(p) => &p.sources,
            Self::Principle(p) => &p.sources,
            Self::Deck(d) => &d.sources,
        }
    }

    pub fn related(self) -> &'a [String] {
        match self {
            Self::CustomerType(c) => &c.related,
            Self::Phrase(p) => &p.situations,
            Self::Playbook(p) => &p.related,
            Self::Principle(p) => &p.related,
            Self::Deck(_) => &[],
        }
    }
}

impl Content {
    /// Every item, customer types first, decks last, in display order.
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> {
        let cards = self.customer_types.iter().map(Item::CustomerType);
        let phrases = self.phrases.iter().map(Item::Phrase);
        let playbooks = self.playbooks.iter().map(Item::Playbook);
        let principles = self.principles.iter().map(Item::Principle);
        let decks = self.decks.iter().map(Item::Deck);
        cards
            .chain(phrases)
            .chain(playbooks)
            .chain(principles)
            .chain(decks)
    }

    /// Where the item `id` came from: the bundled content, or a pack.
    pub fn origin(&self, id: &str) -> &Origin {
        static BUNDLED: Origin = Origin::Bundled;
        self.origins.get(id).unwrap_or(&BUNDLED)
    }

    /// Whether the item `id` is past its pack's review interval.
    pub fn is_due_for_review(&self, id: &str) -> bool {
        self.due_for_review.contains(id)
    }

    pub fn get(&self, id: &str) -> Option<Item<'_>> {
        self.items().find(|item| item.id() == id)
    }

    /// The English originals of this language's translated items, by id (see
    /// `english`): empty in English.
    pub fn english_originals(&self) -> HashMap<&str, Item<'_>> {
        self.english
            .as_deref()
            .map(|english| {
                english
                    .items()
                    .filter(|item| !self.untranslated.contains(item.id()))
                    .map(|item| (item.id(), item))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Of an item with no English original (not among `english_originals`): whether
    /// it is this language's own (a pair that works only in Russian), all its text in
    /// this language, rather than English content standing in for a translation.
    pub fn only_in_this_language(&self, id: &str) -> bool {
        self.english.is_some() && !self.untranslated.contains(id)
    }

    pub fn customer_type(&self, id: &str) -> Option<&CustomerType> {
        self.customer_types.iter().find(|c| c.id == id)
    }

    /// The safety cards that are loaded, in `SAFETY_CARDS` order.
    pub fn safety_cards(&self) -> impl Iterator<Item = &CustomerType> {
        SAFETY_CARDS.iter().filter_map(|id| self.customer_type(id))
    }

    /// The site contacts that a card's first `steps` name, in the site's order: who to
    /// call in the first moments, a list short enough to stay above the fold beside
    /// those steps. Where the first steps call no one (in a robbery you hand over
    /// first), the contacts its later steps name.
    pub fn contacts_for(&self, card: &CustomerType, steps: usize) -> Vec<&Contact> {
        let named_in = |steps: &[String]| -> Vec<&Contact> {
            self.contacts
                .iter()
                .filter(|c| steps.iter().any(|s| s.contains(c.value.as_str())))
                .collect()
        };
        let first = named_in(&card.steps[..steps.min(card.steps.len())]);
        if first.is_empty() {
            named_in(&card.steps)
        } else {
            first
        }
    }

    /// The phrase pairs that fit a customer type: the card's `top_phrases` first, best
    /// first, then the rest in file order.
    pub fn phrases_for<'a>(&'a self, card_id: &str) -> Vec<&'a Phrase> {
        let top: &[String] = self
            .customer_type(card_id)
            .map_or(&[], |c| c.top_phrases.as_slice());
        let mut pairs: Vec<&Phrase> = top
            .iter()
            .filter_map(|id| self.phrases.iter().find(|p| &p.id == id))
            .collect();
        pairs.extend(
            self.phrases
                .iter()
                .filter(|p| p.situations.iter().any(|s| s == card_id) && !top.contains(&p.id)),
        );
        pairs
    }

    /// Resolves a citation (`S2`, `S2.M2.1`) to its source and, for a point key, the point.
    pub fn citation(&self, key: &str) -> Option<(&Source, Option<&SourcePoint>)> {
        self.sources.iter().find_map(|source| {
            if source.id == key {
                return Some((source, None));
            }
            let point = source.points.iter().find(|p| p.key == key)?;
            Some((source, Some(point)))
        })
    }
}
