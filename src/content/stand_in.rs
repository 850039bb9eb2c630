//! English items standing in for what a language has not translated: the language's
//! own items replace them by id within a layer, the rest are counted (the "EN" mark,
//! `defuse check`'s warning), and their placeholders read English's contacts. A
//! translation leaves out the lists only search reads, and takes English's.

use std::collections::{HashMap, HashSet};

use super::{
    layers::Lists,
    load::Located,
    model::{Contact, CustomerType, Deck, Phrase, Playbook, Principle},
    read::ContentFile,
    validate::Validate,
};

/// The lists a translation may leave out and take from its English original: search
/// reads every language's items through their English words (`searched_fields`), so
/// translating them would add bytes and work, and nothing a worker sees.
pub(super) trait SearchLists {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>>;
}

impl SearchLists for CustomerType {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>> {
        vec![
            &mut self.keywords,
            &mut self.heard,
            &mut self.heard_other_languages,
        ]
    }
}

impl SearchLists for Phrase {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.keywords]
    }
}

impl SearchLists for Playbook {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.keywords]
    }
}

impl SearchLists for Principle {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.keywords]
    }
}

impl SearchLists for Deck {
    fn search_lists(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.keywords]
    }
}

/// Drops the English stand-ins (`stand_in`, by file) whose id the language's own
/// files give in the same layer, after the translation has taken from them the search
/// lists it left out; the rest stay, to show in English.
pub(super) fn prefer_translated<T: Validate + SearchLists>(
    files: &[ContentFile],
    stand_in: &[bool],
    items: &mut Vec<Located<T>>,
) {
    let key = |l: &Located<T>| (files[l.file].layer, l.item.id().to_owned());
    let translated: HashSet<(usize, String)> = items
        .iter()
        .filter(|l| !stand_in[l.file])
        .map(key)
        .collect();
    let mut originals: HashMap<(usize, String), Vec<Vec<String>>> = HashMap::new();
    for located in items.iter_mut().filter(|l| stand_in[l.file]) {
        let id = key(located);
        if translated.contains(&id) {
            let lists = located.item.search_lists();
            originals.insert(id, lists.into_iter().map(std::mem::take).collect());
        }
    }
    for located in items.iter_mut().filter(|l| !stand_in[l.file]) {
        let Some(english) = originals.remove(&key(located)) else {
            continue;
        };
        for (own, original) in located.item.search_lists().into_iter().zip(english) {
            if own.is_empty() {
                *own = original;
            }
        }
    }
    items.retain(|l| !stand_in[l.file] || !translated.contains(&key(l)));
}

/// The contacts' values as English reads them: each layer's default, then its
/// English one, a later layer's over an earlier's.
pub(super) fn english_values(
    files: &[ContentFile],
    defaults: &[Located<Contact>],
    english: &[Located<Contact>],
) -> HashMap<String, String> {
    let mut ordered: Vec<(usize, bool, &Contact)> = defaults
        .iter()
        .map(|c| (files[c.file].layer, false, &c.item))
        .chain(english.iter().map(|c| (files[c.file].layer, true, &c.item)))
        .collect();
    ordered.sort_by_key(|&(layer, own, _)| (layer, own));
    ordered
        .into_iter()
        .map(|(_, _, c)| (c.id.clone(), c.value.clone()))
        .collect()
}

/// The ids of the items that load from English stand-ins.
pub(super) fn untranslated(stand_in: &[bool], lists: &Lists) -> HashSet<String> {
    fn from<T: Validate>(stand_in: &[bool], items: &[Located<T>]) -> Vec<String> {
        items
            .iter()
            .filter(|l| stand_in[l.file])
            .map(|l| l.item.id().to_owned())
            .collect()
    }
    [
        from(stand_in, &lists.cards),
        from(stand_in, &lists.phrases),
        from(stand_in, &lists.playbooks),
        from(stand_in, &lists.principles),
        from(stand_in, &lists.decks),
    ]
    .into_iter()
    .flatten()
    .collect()
}
