//! What each item kind offers to validation: its id, its text fields (listed once, in
//! `texts.rs`), its required lists and its references to other items and sources.

use std::collections::HashSet;

use super::texts::Texts;

use super::model::{
    Contact, CustomerType, Deck, Phrase, PhraseFile, Playbook, Principle, PrincipleFile, Show,
    SiteFile, Slide, SourceFile,
};

pub(super) trait Versioned {
    fn version(&self) -> u32;
}

macro_rules! versioned {
    ($($t:ty),*) => {$(impl Versioned for $t { fn version(&self) -> u32 { self.version } })*};
}
versioned!(
    CustomerType,
    Deck,
    Playbook,
    PhraseFile,
    PrincipleFile,
    SiteFile,
    SourceFile
);

#[derive(Debug, Clone, Copy)]
pub(super) enum Target {
    Source,
    Item,
    CustomerType,
    Phrase,
    Playbook,
    Principle,
}

impl Target {
    /// What the field takes, as the key of `err_unknown_reference`'s message.
    pub(super) fn expected(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Item => "item",
            Self::CustomerType => "customer_type",
            Self::Phrase => "phrase",
            Self::Playbook => "playbook",
            Self::Principle => "principle",
        }
    }
}

pub(super) enum Values<'a> {
    Many(&'a mut Vec<String>),
    One(&'a mut Option<String>),
    /// A deck's slides: each names an item of its own kind, and a slide whose item does
    /// not exist is dropped, so the rest of the deck still loads.
    Slides(&'a mut Vec<Slide>),
}

impl Show {
    /// The item a slide shows and the kind it must be; none for a free slide.
    pub(super) fn target(&self) -> Option<(Target, &str)> {
        match self {
            Self::Card(id) => Some((Target::CustomerType, id)),
            Self::Phrase(id) => Some((Target::Phrase, id)),
            Self::Playbook(id) => Some((Target::Playbook, id)),
            Self::Principle(id) => Some((Target::Principle, id)),
            Self::Free { .. } => None,
        }
    }
}

pub(super) struct Reference<'a> {
    pub(super) field: &'static str,
    pub(super) target: Target,
    pub(super) values: Values<'a>,
}

fn many<'a>(field: &'static str, target: Target, values: &'a mut Vec<String>) -> Reference<'a> {
    Reference {
        field,
        target,
        values: Values::Many(values),
    }
}

/// What every item offers to validation. Its text fields ([`Texts`], listed once for
/// validation and search) are checked for emptiness and for placeholders, which are
/// then filled in.
pub(super) trait Validate: Texts {
    fn id(&self) -> &str;
    /// Required lists and their lengths.
    fn lists(&self) -> Vec<(&'static str, usize)>;
    fn references(&mut self) -> Vec<Reference<'_>>;
    /// When the item was last reviewed, as written; contacts carry no date.
    fn reviewed(&self) -> Option<&str> {
        None
    }
}

impl Validate for CustomerType {
    fn id(&self) -> &str {
        &self.id
    }
    fn reviewed(&self) -> Option<&str> {
        self.reviewed.as_deref()
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("recognise", self.recognise.len()),
            ("steps", self.steps.len()),
            ("escalate", self.escalate.len()),
            ("keywords", self.keywords.len()),
            ("sources", self.sources.len()),
        ]
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        vec![
            many("top_phrases", Target::Phrase, &mut self.top_phrases),
            many("related", Target::Item, &mut self.related),
            many("sources", Target::Source, &mut self.sources),
        ]
    }
}

impl Validate for Phrase {
    fn id(&self) -> &str {
        &self.id
    }
    fn reviewed(&self) -> Option<&str> {
        self.reviewed.as_deref()
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("situations", self.situations.len()),
            ("sources", self.sources.len()),
        ]
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        vec![
            many("situations", Target::CustomerType, &mut self.situations),
            many("sources", Target::Source, &mut self.sources),
        ]
    }
}

impl Validate for Playbook {
    fn id(&self) -> &str {
        &self.id
    }
    fn reviewed(&self) -> Option<&str> {
        self.reviewed.as_deref()
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("steps", self.steps.len()),
            ("keywords", self.keywords.len()),
            ("sources", self.sources.len()),
        ]
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        let mut refs = vec![
            many("related", Target::Item, &mut self.related),
            many("sources", Target::Source, &mut self.sources),
        ];
        refs.extend(self.steps.iter_mut().map(|step| Reference {
            field: "link",
            target: Target::Item,
            values: Values::One(&mut step.link),
        }));
        refs
    }
}

impl Validate for Principle {
    fn id(&self) -> &str {
        &self.id
    }
    fn reviewed(&self) -> Option<&str> {
        self.reviewed.as_deref()
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("how", self.how.len()),
            ("keywords", self.keywords.len()),
            ("sources", self.sources.len()),
        ]
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        vec![
            many("related", Target::Item, &mut self.related),
            many("sources", Target::Source, &mut self.sources),
        ]
    }
}

impl Validate for Deck {
    fn id(&self) -> &str {
        &self.id
    }
    fn reviewed(&self) -> Option<&str> {
        self.reviewed.as_deref()
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        vec![
            ("slides", self.slides.len()),
            ("sources", self.sources.len()),
        ]
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        vec![
            Reference {
                field: "show",
                target: Target::Item,
                values: Values::Slides(&mut self.slides),
            },
            many("sources", Target::Source, &mut self.sources),
        ]
    }
}

impl Validate for Contact {
    fn id(&self) -> &str {
        &self.id
    }
    fn lists(&self) -> Vec<(&'static str, usize)> {
        Vec::new()
    }
    fn references(&mut self) -> Vec<Reference<'_>> {
        Vec::new()
    }
}

/// Everything a reference may point at.
pub(super) struct Known {
    pub(super) items: HashSet<String>,
    pub(super) customer_types: HashSet<String>,
    pub(super) phrases: HashSet<String>,
    pub(super) playbooks: HashSet<String>,
    pub(super) principles: HashSet<String>,
    pub(super) citations: HashSet<String>,
    /// Items a pack hid: a reference to one is dropped without a problem.
    pub(super) hidden: HashSet<String>,
}

impl Known {
    pub(super) fn resolves(&self, target: Target, value: &str) -> bool {
        match target {
            Target::Source => self.citations.contains(value),
            Target::Item => self.items.contains(value),
            Target::CustomerType => self.customer_types.contains(value),
            Target::Phrase => self.phrases.contains(value),
            Target::Playbook => self.playbooks.contains(value),
            Target::Principle => self.principles.contains(value),
        }
    }
}
