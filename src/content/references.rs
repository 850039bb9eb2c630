//! Resolves references between items. A reference that fails only because its target's
//! file failed is a consequence, not a new problem: those are folded into one line per
//! lost target, after the problem that caused them.

use std::collections::HashMap;

use super::{
    load::{Loader, Located},
    model::{CustomerType, Phrase},
    problem::ProblemKind,
    validate::{Known, Target, Validate, Values},
};

/// A reference that resolves to nothing, and where it stands.
pub(super) struct Dangling {
    pub(super) file: usize,
    pub(super) offset: usize,
    pub(super) field: &'static str,
    pub(super) target: Target,
    pub(super) value: String,
}

impl Loader<'_> {
    /// Drops references that resolve to nothing, and returns them to be reported.
    pub(super) fn resolve<T: Validate>(
        &self,
        items: &mut [Located<T>],
        known: &Known,
        dangling: &mut Vec<Dangling>,
    ) {
        for located in items {
            let (file, region) = (located.file, located.region);
            let mut missing = Vec::new();
            for reference in located.item.references() {
                let field = reference.field;
                let mut check = |target: Target, value: &str| {
                    let ok = known.resolves(target, value);
                    if !ok && !known.hidden.contains(value) {
                        missing.push((field, target, value.to_owned()));
                    }
                    ok
                };
                let target = reference.target;
                match reference.values {
                    Values::Many(values) => values.retain(|v| check(target, v)),
                    Values::One(value) => {
                        if value.as_ref().is_some_and(|v| !check(target, v)) {
                            *value = None;
                        }
                    }
                    Values::Slides(slides) => slides.retain(|slide| {
                        slide
                            .show
                            .target()
                            .is_none_or(|(target, id)| check(target, id))
                    }),
                }
            }
            for (field, target, value) in missing {
                let from = self.field_offset(file, region, field);
                let offset = self.string_offset(file, &value, from).unwrap_or(from);
                dangling.push(Dangling {
                    file,
                    offset,
                    field,
                    target,
                    value,
                });
            }
        }
    }
}

/// What a folded line stands for: every citation when the sources did not load, or
/// every reference to one item that did not.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Group {
    Sources,
    Item(String),
}

/// Reports each dangling reference, except the consequences of an earlier problem: those
/// become one line per lost target, at the first reference, counting the others.
/// `sources_cause` names the sources file when it did not load.
pub(super) fn report_dangling(
    loader: &mut Loader<'_>,
    dangling: Vec<Dangling>,
    sources_cause: Option<&str>,
) {
    let group = |loader: &Loader<'_>, d: &Dangling| match d.target {
        Target::Source => sources_cause.map(|_| Group::Sources),
        _ => loader
            .lost
            .contains_key(&d.value)
            .then(|| Group::Item(d.value.clone())),
    };
    let mut counts: HashMap<Group, usize> = HashMap::new();
    for d in &dangling {
        if let Some(g) = group(loader, d) {
            *counts.entry(g).or_default() += 1;
        }
    }
    for d in dangling {
        let Some(g) = group(loader, &d) else {
            let kind = ProblemKind::UnknownReference {
                field: d.field.to_owned(),
                target: d.value,
                expected: d.target.expected(),
            };
            loader.problem(d.file, d.offset, kind);
            continue;
        };
        // The first reference of a group reports it; the rest were counted.
        let Some(count) = counts.remove(&g) else {
            continue;
        };
        let (cause, what) = match &g {
            Group::Sources => (
                sources_cause.unwrap_or_default().to_owned(),
                "sources".to_owned(),
            ),
            Group::Item(id) => {
                let file = loader.lost.get(id).copied().unwrap_or(d.file);
                (loader.files[file].display.clone(), format!("`{id}`"))
            }
        };
        let kind = ProblemKind::LostReference {
            field: d.field.to_owned(),
            target: d.value,
            cause,
            more: count - 1,
            what,
        };
        loader.problem(d.file, d.offset, kind);
    }
}

/// A card leads only with pairs written for it: each of its `top_phrases` must list
/// the card in its `situations`.
pub(super) fn check_top_phrases(
    loader: &mut Loader<'_>,
    cards: &mut [Located<CustomerType>],
    phrases: &[Located<Phrase>],
) {
    let situations: HashMap<&str, &[String]> = phrases
        .iter()
        .map(|p| (p.item.id.as_str(), p.item.situations.as_slice()))
        .collect();
    for card in cards {
        let id = card.item.id.clone();
        let (file, region) = (card.file, card.region);
        let mut misfits = Vec::new();
        card.item.top_phrases.retain(|phrase| {
            let fits = situations
                .get(phrase.as_str())
                .is_some_and(|s| s.contains(&id));
            if !fits {
                misfits.push(phrase.clone());
            }
            fits
        });
        for phrase in misfits {
            let from = loader.field_offset(file, region, "top_phrases");
            let offset = loader.string_offset(file, &phrase, from).unwrap_or(from);
            let kind = ProblemKind::Invalid(format!(
                "`top_phrases` names `{phrase}`, whose `situations` do not list `{id}`"
            ));
            loader.problem(file, offset, kind);
        }
    }
}
