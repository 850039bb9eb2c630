//! What each item kind offers to validation: its id, its text fields (listed once,
//! here), its required lists and its references to other items and sources.

use std::collections::HashSet;

use super::model::{
    Contact, CustomerType, Deck, Escalation, Phrase, PhraseFile, Playbook, Principle,
    PrincipleFile, Show, SiteFile, Slide, SourceFile,
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
    pub(super) fn hint(self) -> &'static str {
        match self {
            Self::Source => " (expected a source id such as `S2` or a point key such as `S2.M2.1`)",
            Self::Item => " (expected the id of a card, playbook, principle or phrase pair)",
            Self::CustomerType => " (expected a customer-type id such as `angry`)",
            Self::Phrase => " (expected the id of a phrase pair)",
            Self::Playbook => " (expected a playbook id such as `three-steps`)",
            Self::Principle => " (expected a principle id such as `listen-first`)",
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

/// A text field and the label that locates it in the file.
pub(super) type Text<'a> = (&'static str, &'a mut String);

/// What every item offers to validation.
pub(super) trait Validate {
    fn id(&self) -> &str;
    /// Every text field, by the label that locates it: checked for emptiness and for
    /// placeholders, which are then filled in.
    fn texts(&mut self) -> Vec<Text<'_>>;
    /// Required lists and their lengths.
    fn lists(&self) -> Vec<(&'static str, usize)>;
    fn references(&mut self) -> Vec<Reference<'_>>;
}

fn each<'a>(field: &'static str, values: &'a mut [String]) -> impl Iterator<Item = Text<'a>> {
    values.iter_mut().map(move |v| (field, v))
}

fn escalations(list: &mut [Escalation]) -> impl Iterator<Item = Text<'_>> {
    list.iter_mut()
        .flat_map(|e| [("when", &mut e.when), ("then", &mut e.then)])
}

impl Validate for CustomerType {
    fn id(&self) -> &str {
        &self.id
    }
    fn texts(&mut self) -> Vec<Text<'_>> {
        let mut texts = vec![
            ("title", &mut self.title),
            ("icon", &mut self.icon),
            ("summary", &mut self.summary),
        ];
        texts.extend(each("recognise", &mut self.recognise));
        texts.extend(each("steps", &mut self.steps));
        texts.extend(escalations(&mut self.escalate));
        texts.extend(each("keywords", &mut self.keywords));
        texts
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
    fn texts(&mut self) -> Vec<Text<'_>> {
        let mut texts = vec![("avoid", &mut self.avoid), ("say", &mut self.say)];
        texts.extend(self.direction.as_mut().map(|d| ("direction", d)));
        texts.push(("why", &mut self.why));
        texts.extend(each("keywords", &mut self.keywords));
        texts
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
    fn texts(&mut self) -> Vec<Text<'_>> {
        let mut texts = vec![("title", &mut self.title), ("summary", &mut self.summary)];
        texts.extend(escalations(self.urgent.as_mut_slice()));
        for step in &mut self.steps {
            texts.push(("title", &mut step.title));
            texts.push(("detail", &mut step.detail));
        }
        texts.extend(each("keywords", &mut self.keywords));
        texts
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
    fn texts(&mut self) -> Vec<Text<'_>> {
        let mut texts = vec![("title", &mut self.title), ("summary", &mut self.summary)];
        texts.extend(each("how", &mut self.how));
        texts.extend(each("keywords", &mut self.keywords));
        texts
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
    fn texts(&mut self) -> Vec<Text<'_>> {
        let mut texts = vec![
            ("title", &mut self.title),
            ("audience", &mut self.audience),
            ("goal", &mut self.goal),
        ];
        texts.extend(each("keywords", &mut self.keywords));
        for slide in &mut self.slides {
            if let Show::Free { title, bullets } = &mut slide.show {
                texts.push(("title", title));
                texts.extend(each("bullets", bullets));
            }
            texts.extend(slide.notes.as_mut().map(|n| ("notes", n)));
            texts.extend(each("questions", &mut slide.questions));
            if let Some(r) = &mut slide.roleplay {
                texts.push(("customer", &mut r.customer));
                texts.push(("wants", &mut r.wants));
                texts.push(("practise", &mut r.practise));
            }
        }
        texts
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
    fn texts(&mut self) -> Vec<Text<'_>> {
        vec![("label", &mut self.label), ("value", &mut self.value)]
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
