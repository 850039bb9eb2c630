//! Checks each parsed item on its own (id, texts, required lists, placeholders) and
//! across items (one item per id).

use std::collections::HashMap;

use super::{
    load::{Loader, Located},
    problem::ProblemKind,
    site,
    validate::Validate,
};

impl Loader<'_> {
    /// Reports empty text, invalid ids and unknown placeholders, and fills in the
    /// placeholders it knows; true if the item is whole.
    fn check_item<T: Validate>(&mut self, located: &mut Located<T>) -> bool {
        let Located { item, file, region } = located;
        let (file, region) = (*file, *region);
        let mut whole = true;
        if !is_valid_id(item.id()) {
            let offset = self.field_offset(file, region, "id");
            let id = item.id();
            let shown = match id.char_indices().nth(64) {
                Some((cut, _)) => format!("{}…", &id[..cut]),
                None => id.to_owned(),
            };
            self.problem(file, offset, ProblemKind::InvalidId(shown));
            whole = false;
        }
        // Several texts share a label (every step's `detail`): point at the value itself,
        // searching on from the last one found under the same label.
        let mut next_from: HashMap<&str, usize> = HashMap::new();
        let mut found = Vec::new();
        for (field, _, value) in item.texts_mut() {
            let empty = value.trim().is_empty();
            let control = value.chars().find(|c| c.is_control() && *c != '\n');
            let misspelt = site::misspelt_placeholders(value);
            let contacts = if self.stand_in.get(file).copied().unwrap_or(false) {
                &self.english_contacts
            } else {
                &self.contacts
            };
            let filled = site::fill(value, |name| contacts.get(name).map(String::as_str));
            let clean = control.is_none() && misspelt.is_empty();
            if !empty && clean && filled.as_ref().is_ok_and(|f| f == value) {
                continue;
            }
            let label = self.field_offset(file, region, field);
            let from = next_from.get(field).copied().unwrap_or(label);
            let offset = self.string_offset(file, value, from).unwrap_or(label);
            next_from.insert(field, offset + 1);
            if let Some(c) = control {
                let code = format!("U+{:04X}", u32::from(c));
                let field = field.to_owned();
                found.push((offset, ProblemKind::ControlCharacter { field, code }));
            }
            found.extend(misspelt.into_iter().map(|(written, meant)| {
                let written = written.to_owned();
                (offset, ProblemKind::MisspeltPlaceholder { written, meant })
            }));
            match filled {
                _ if empty => found.push((
                    offset,
                    ProblemKind::EmptyText {
                        field: field.to_owned(),
                    },
                )),
                Ok(text) => *value = text,
                // No contacts at all: the site file is missing or broken, and that one
                // problem is reported, not one per placeholder.
                Err(_) if self.contacts.is_empty() => self.placeholders_unfilled = true,
                Err(names) => found.extend(names.into_iter().map(|name| {
                    (
                        offset,
                        ProblemKind::UnknownPlaceholder {
                            name,
                            known: self.known_contacts(),
                        },
                    )
                })),
            }
        }
        for (field, len) in item.lists() {
            if len == 0 {
                let offset = self.field_offset(file, region, field);
                found.push((
                    offset,
                    ProblemKind::EmptyText {
                        field: field.to_owned(),
                    },
                ));
            }
        }
        whole &= found.is_empty();
        for (offset, kind) in found {
            self.problem(file, offset, kind);
        }
        if !whole {
            self.lost.entry(item.id().to_owned()).or_insert(file);
            // An id written wrong ("Angry Card") is not the one others refer to; by the
            // layout, a one-item file's name is.
            if let Some(name) = self.files[file].item_name() {
                self.lost.entry(name.to_owned()).or_insert(file);
            }
        }
        whole
    }

    fn known_contacts(&self) -> String {
        let mut names: Vec<String> = self.contacts.keys().map(|k| format!("{{{k}}}")).collect();
        names.sort();
        if names.is_empty() {
            "none: LANG/site.ron lists the contacts".to_owned()
        } else {
            names.join(", ")
        }
    }

    /// Keeps one item with each id across every kind: a later layer's item replaces an
    /// earlier layer's of the same kind whole, in its place; a second one in the same
    /// layer is a duplicate, reported.
    pub(super) fn dedupe<T: Validate>(
        &mut self,
        items: Vec<Located<T>>,
        seen: &mut HashMap<String, Seen>,
        // The key of `err_kind_changed`'s message: `customer_type`, `phrase` ...
        kind: &'static str,
    ) -> Deduped<T> {
        let mut kept: Vec<Located<T>> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        let mut shadowed = Vec::new();
        for mut located in items {
            if !self.check_item(&mut located) {
                continue;
            }
            let offset = self.field_offset(located.file, located.region, "id");
            let here = format!(
                "{}:{}",
                self.files[located.file].display,
                self.position(located.file, offset)
            );
            let layer = self.files[located.file].layer;
            let id = located.item.id().to_owned();
            if let Some(first) = seen.get(&id) {
                let problem = match at.get(&id) {
                    _ if first.layer == layer => ProblemKind::DuplicateId {
                        id,
                        first: first.at.clone(),
                    },
                    Some(&i) => {
                        shadowed.push(std::mem::replace(&mut kept[i], located));
                        seen.insert(
                            id,
                            Seen {
                                at: here,
                                layer,
                                kind,
                            },
                        );
                        continue;
                    }
                    None => ProblemKind::KindChanged {
                        id,
                        kind: first.kind,
                        first: first.at.clone(),
                    },
                };
                self.problem(located.file, offset, problem);
                continue;
            }
            at.insert(id.clone(), kept.len());
            seen.insert(
                id,
                Seen {
                    at: here,
                    layer,
                    kind,
                },
            );
            kept.push(located);
        }
        Deduped { kept, shadowed }
    }
}

/// Where an id was first seen, in which layer, as what kind of item.
pub(super) struct Seen {
    at: String,
    layer: usize,
    kind: &'static str,
}

/// One kind's items, one per id, and the earlier layers' items they replaced.
pub(super) struct Deduped<T> {
    pub(super) kept: Vec<Located<T>>,
    pub(super) shadowed: Vec<Located<T>>,
}

pub(in crate::content) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
