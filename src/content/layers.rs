//! Layers, as tealdeer layers custom pages over its own: the bundled content first,
//! then each pack in order. What each pack's `pack.ron` says, what it hides, the
//! safety cards that nothing may hide or break, and where each item came from.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{
    items::is_valid_id,
    load::{Loader, Located},
    model::{Contact, CustomerType, Deck, Phrase, Playbook, Principle},
    pack::{Manifest, Origin, PackInfo, ReviewEvery, parse_reviewed},
    problem::ProblemKind,
    references::Dangling,
    site::is_safety_card,
    validate::{Known, Validate},
};

/// What one layer is: its origin, and what its `pack.ron` asks for.
#[derive(Debug)]
pub(super) struct LayerInfo {
    origin: Origin,
    review_every: Option<ReviewEvery>,
    /// Ids to hide, each with the `pack.ron` that names it and where.
    hide: Vec<(String, usize, usize)>,
    pub(super) pack: Option<PackInfo>,
}

impl LayerInfo {
    pub(super) fn new(origin: Origin) -> Self {
        Self {
            origin,
            review_every: None,
            hide: Vec::new(),
            pack: None,
        }
    }

    /// Reads the layer's `pack.ron`; a broken one is reported and the layer keeps the
    /// name its folder gave it, so its items still load.
    pub(super) fn read_manifest(&mut self, loader: &mut Loader<'_>, file: usize) {
        let Some(manifest) = loader.try_parse::<Manifest>(file) else {
            return;
        };
        let whole = (0, usize::MAX);
        if is_valid_id(&manifest.name) {
            self.origin = Origin::Pack(manifest.name.clone());
        } else {
            let at = loader.field_offset(file, whole, "name");
            let why = format!(
                "the pack's name `{}` cannot name a folder: use lowercase letters, digits and dashes",
                manifest.name
            );
            loader.problem(file, at, ProblemKind::Invalid(why));
        }
        if let Some(text) = &manifest.review_every {
            match ReviewEvery::parse(text) {
                Ok(every) => self.review_every = Some(every),
                Err(why) => {
                    let at = loader.field_offset(file, whole, "review_every");
                    loader.problem(file, at, ProblemKind::Invalid(why));
                }
            }
        }
        let from = loader.field_offset(file, whole, "hide");
        let mut next = from;
        for id in manifest.hide {
            let at = loader.string_offset(file, &id, next).unwrap_or(from);
            next = at + 1;
            self.hide.push((id, file, at));
        }
        let folder = std::path::Path::new(&loader.files[file].display)
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default();
        self.pack = Some(PackInfo {
            name: self.origin.name().to_owned(),
            version: manifest.version,
            changes: manifest.changes,
            folder,
            hidden: self.hide.len(),
        });
    }
}

/// The origin of layer `layer`; a layer past the list is the last one's.
fn origin(layers: &[LayerInfo], layer: usize) -> Origin {
    layers
        .get(layer)
        .or(layers.last())
        .map_or(Origin::Bundled, |l| l.origin.clone())
}

/// Every item kind's located items.
#[derive(Default)]
pub(super) struct Lists {
    pub(super) cards: Vec<Located<CustomerType>>,
    pub(super) phrases: Vec<Located<Phrase>>,
    pub(super) playbooks: Vec<Located<Playbook>>,
    pub(super) principles: Vec<Located<Principle>>,
    pub(super) decks: Vec<Located<Deck>>,
}

/// An item as layering sees it, whatever its kind.
struct Entry<'a> {
    id: &'a str,
    reviewed: Option<&'a str>,
    file: usize,
    region: (usize, usize),
}

/// What layering does with one kind's list.
trait LayeredList {
    fn entries(&self) -> Vec<Entry<'_>>;
    fn remove_id(&mut self, id: &str);
}

impl<T: Validate> LayeredList for Vec<Located<T>> {
    fn entries(&self) -> Vec<Entry<'_>> {
        self.iter()
            .map(|l| Entry {
                id: l.item.id(),
                reviewed: l.item.reviewed(),
                file: l.file,
                region: l.region,
            })
            .collect()
    }

    fn remove_id(&mut self, id: &str) {
        self.retain(|l| l.item.id() != id);
    }
}

impl Lists {
    fn entries(&self) -> Vec<Entry<'_>> {
        let mut all = self.cards.entries();
        all.extend(self.phrases.entries());
        all.extend(self.playbooks.entries());
        all.extend(self.principles.entries());
        all.extend(self.decks.entries());
        all
    }

    fn remove(&mut self, id: &str) {
        self.cards.remove_id(id);
        self.phrases.remove_id(id);
        self.playbooks.remove_id(id);
        self.principles.remove_id(id);
        self.decks.remove_id(id);
    }
}

/// Where each item came from, and which are due for review.
pub(super) struct Stamps {
    pub(super) origins: HashMap<String, Origin>,
    pub(super) due: HashSet<String>,
}

impl Loader<'_> {
    /// Warns for each contact with no number: with a pack loaded, a site's safety cards
    /// should name real numbers.
    pub(super) fn warn_unset_contacts(&mut self, contacts: &[Located<Contact>]) {
        for contact in contacts {
            if contact
                .item
                .number
                .as_deref()
                .is_none_or(|n| n.trim().is_empty())
            {
                let at = self.field_offset(contact.file, contact.region, "id");
                let label = contact.item.label.clone();
                self.problem(contact.file, at, ProblemKind::ContactNotSet { label });
            }
        }
    }

    /// Takes out what each pack's `hide` names from the layers before it (a later layer
    /// may bring an item back), never a safety card; returns the ids taken out.
    pub(super) fn hide(&mut self, layers: &[LayerInfo], lists: &mut Lists) -> HashSet<String> {
        let mut hidden = HashSet::new();
        for (layer, info) in layers.iter().enumerate() {
            for (id, file, offset) in &info.hide {
                let kind = if is_safety_card(id) {
                    ProblemKind::HidesSafetyCard(id.clone())
                } else {
                    let from = lists
                        .entries()
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| self.files[e.file].layer);
                    match from {
                        Some(from) if from < layer => {
                            lists.remove(id);
                            hidden.insert(id.clone());
                            continue;
                        }
                        Some(from) if from == layer => ProblemKind::HidesOwnItem(id.clone()),
                        Some(_) => continue,
                        None => ProblemKind::HidesNothing(id.clone()),
                    }
                };
                self.problem(*file, *offset, kind);
            }
        }
        hidden
    }

    /// A pack's safety card whose references do not all resolve is refused, and the
    /// bundled card (the earliest layer's) takes its place: a worker in danger must
    /// never meet a half-working card.
    pub(super) fn keep_safety_cards(
        &mut self,
        cards: &mut [Located<CustomerType>],
        mut shadowed: Vec<Located<CustomerType>>,
        known: &Known,
        dangling: &mut Vec<Dangling>,
        layers: &[LayerInfo],
    ) {
        for card in cards.iter_mut() {
            let broken = dangling.iter().any(|d| d.file == card.file);
            if self.files[card.file].layer == 0 || !is_safety_card(&card.item.id) || !broken {
                continue;
            }
            let Some(i) = shadowed.iter().position(|s| s.item.id == card.item.id) else {
                continue;
            };
            let refused = std::mem::replace(card, shadowed.remove(i));
            let at = self.field_offset(refused.file, refused.region, "id");
            let kept = origin(layers, self.files[card.file].layer).to_string();
            let id = refused.item.id;
            self.problem(
                refused.file,
                at,
                ProblemKind::SafetyOverrideRefused { id, kept },
            );
            self.resolve(std::slice::from_mut(card), known, dangling);
        }
    }

    /// Says so where a pack's safety card did not load at all (a broken file, an empty
    /// step) and an earlier layer's card stays in its place.
    pub(super) fn refused_safety_overrides(
        &mut self,
        cards: &[Located<CustomerType>],
        layers: &[LayerInfo],
    ) {
        let mut refused: Vec<(usize, String, String)> = self
            .lost
            .iter()
            .filter(|(id, file)| self.files[**file].layer > 0 && is_safety_card(id))
            .filter_map(|(id, &file)| {
                let card = cards.iter().find(|c| &c.item.id == id)?;
                let kept = origin(layers, self.files[card.file].layer).to_string();
                Some((file, id.clone(), kept))
            })
            .collect();
        refused.sort();
        for (file, id, kept) in refused {
            self.problem(file, 0, ProblemKind::SafetyOverrideRefused { id, kept });
        }
    }

    /// Records each item's origin, checks its `reviewed` date, and warns where its
    /// pack's `review_every` has passed since.
    pub(super) fn stamp(
        &mut self,
        lists: &Lists,
        layers: &[LayerInfo],
        today: NaiveDate,
    ) -> Stamps {
        let mut stamps = Stamps {
            origins: HashMap::new(),
            due: HashSet::new(),
        };
        for entry in lists.entries() {
            let layer = self.files[entry.file].layer;
            stamps
                .origins
                .insert(entry.id.to_owned(), origin(layers, layer));
            let Some(text) = entry.reviewed else {
                continue;
            };
            let at = self.field_offset(entry.file, entry.region, "reviewed");
            let reviewed = match parse_reviewed(text) {
                Ok(date) => date,
                Err(why) => {
                    self.problem(entry.file, at, ProblemKind::Invalid(why));
                    continue;
                }
            };
            let every = layers.get(layer).and_then(|l| l.review_every);
            let Some(every) = every else {
                continue;
            };
            if every.due(reviewed).is_none_or(|due| due <= today) {
                stamps.due.insert(entry.id.to_owned());
                let kind = ProblemKind::DueForReview {
                    reviewed: text.to_owned(),
                    every: every.to_string(),
                };
                self.problem(entry.file, at, kind);
            }
        }
        stamps
    }
}
