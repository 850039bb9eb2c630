//! Turns content files into the validated model. Every problem is reported with its
//! position, and every valid item is kept: one bad file or item never hides the rest.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{
    Content, DEFAULT_LANGUAGE,
    layers::{LayerInfo, Lists},
    locate::Marks,
    model::{
        Contact, CustomerType, Deck, PhraseFile, Playbook, PrincipleFile, SiteFile, Source,
        SourceFile,
    },
    pack::{MANIFEST_FILE, Origin},
    positions::Lines,
    problem::{Position, Problem, ProblemKind},
    read::{ContentFile, SOURCES_FILE},
    references::{check_top_phrases, report_dangling},
    site::SITE_FILE,
    sources,
    stand_in::{english_values, prefer_translated, untranslated},
    validate::Known,
};

/// The validated content and everything that was wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub content: Content,
    pub problems: Vec<Problem>,
}

/// What a file at a given place in the layout must contain.
enum Role {
    /// A pack's `pack.ron`.
    Manifest,
    Sources,
    CustomerType,
    Phrases,
    Playbook,
    Principles,
    Deck,
    /// The site's contacts, which text names as placeholders.
    Site,
    /// A layer's `site.ron` at its top: its contacts for every language, where the
    /// layer's `LANG/site.ron` does not name the same contact.
    SiteDefault,
    OtherLanguage,
    Unexpected(String),
}

/// A file's role for `language`, and whether it is English standing in for that
/// language: an English item counts where the language has no item of that id.
fn role(path: &str, language: &str) -> (Role, bool) {
    let parts: Vec<&str> = path.split('/').collect();
    let stand_in = parts.len() > 1 && parts[0] == DEFAULT_LANGUAGE && language != DEFAULT_LANGUAGE;
    let role = match parts.as_slice() {
        [SOURCES_FILE] => Role::Sources,
        [MANIFEST_FILE] => Role::Manifest,
        [SITE_FILE] => Role::SiteDefault,
        [lang, ..] if *lang != language && !stand_in && parts.len() > 1 => Role::OtherLanguage,
        [_, SITE_FILE] => Role::Site,
        [_, "customer-types", _] => Role::CustomerType,
        [_, "phrases", _] => Role::Phrases,
        [_, "playbooks", _] => Role::Playbook,
        [_, "principles", _] => Role::Principles,
        [_, "decks", _] => Role::Deck,
        _ => Role::Unexpected(format!(
            "`{path}` is not part of the content layout (expected sources.ron, site.ron, LANG/site.ron, or \
             LANG/customer-types, LANG/phrases, LANG/playbooks, LANG/principles or LANG/decks with .ron files)"
        )),
    };
    (role, stand_in)
}

/// A parsed item with where it came from.
pub(super) struct Located<T> {
    pub(super) item: T,
    pub(super) file: usize,
    /// Byte range of the item in its file: from its `id` to the next item's.
    pub(super) region: (usize, usize),
}

/// A file's text with its positions and landmarks, indexed once.
struct Indexed<'f> {
    text: &'f str,
    lines: Lines<'f>,
    marks: Marks<'f>,
}

pub(super) struct Loader<'f> {
    pub(super) files: &'f [ContentFile],
    texts: Vec<Option<Indexed<'f>>>,
    pub(super) problems: Vec<Problem>,
    /// The site's contacts by id, which fill placeholders in every text.
    pub(super) contacts: HashMap<String, String>,
    /// The same in English, for the English items standing in for another language's
    /// (`stand_in`, by file): "Call старшего смены" would read as neither language.
    pub(super) english_contacts: HashMap<String, String>,
    pub(super) stand_in: Vec<bool>,
    /// Ids of items that did not load, with the file whose problem took them: a
    /// reference to one is a consequence of that problem, not a problem of its own.
    pub(super) lost: HashMap<String, usize>,
    /// A placeholder was left unfilled because no contacts loaded at all.
    pub(super) placeholders_unfilled: bool,
}

impl<'f> Loader<'f> {
    pub(super) fn problem(&mut self, file: usize, offset: usize, kind: ProblemKind) {
        let position = self.position(file, offset);
        self.problems.push(Problem {
            file: self.files[file].display.clone(),
            position,
            kind,
        });
    }

    pub(super) fn position(&self, file: usize, offset: usize) -> Position {
        self.texts[file]
            .as_ref()
            .map_or(Position::START, |t| t.lines.position(offset))
    }

    pub(super) fn text(&self, file: usize) -> &'f str {
        self.texts[file].as_ref().map_or("", |t| t.text)
    }

    pub(super) fn lines(&self, file: usize) -> Option<&Lines<'f>> {
        self.texts[file].as_ref().map(|t| &t.lines)
    }

    pub(super) fn marks(&self, file: usize) -> Option<&Marks<'f>> {
        self.texts[file].as_ref().map(|t| &t.marks)
    }

    /// Indexes the text of `file`; a UTF-8 byte-order mark (Windows Notepad writes one)
    /// is not part of the content, so positions count from after it.
    pub(super) fn set_text(&mut self, file: usize, text: &'f str) -> &'f str {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        self.texts[file] = Some(Indexed {
            text,
            lines: Lines::new(text),
            marks: Marks::new(text),
        });
        text
    }

    /// Where `field` stands within an item, or the item's start.
    pub(super) fn field_offset(&self, file: usize, region: (usize, usize), field: &str) -> usize {
        self.marks(file)
            .and_then(|m| m.label_in(field, region))
            .unwrap_or(region.0)
    }

    /// Where the string `value` stands at or after `from`.
    pub(super) fn string_offset(&self, file: usize, value: &str, from: usize) -> Option<usize> {
        self.marks(file).and_then(|m| m.string_from(value, from))
    }
}

/// Loads one language's guidance (plus the shared `sources.ron`) from `files`, one
/// layer: the bundled content, or a full content folder.
pub fn load(files: &[ContentFile], language: &str) -> Loaded {
    load_layers(
        files,
        &[Origin::Bundled],
        language,
        chrono::Local::now().date_naive(),
    )
}

/// Loads one language's guidance from layers: each file's `layer` indexes `origins`
/// (the bundled content first, then each pack in order; a `pack.ron` names its layer).
/// `today` decides which items are due for review.
pub fn load_layers(
    files: &[ContentFile],
    origins: &[Origin],
    language: &str,
    today: NaiveDate,
) -> Loaded {
    let mut loader = Loader {
        files,
        texts: files.iter().map(|_| None).collect(),
        problems: Vec::new(),
        contacts: HashMap::new(),
        english_contacts: HashMap::new(),
        stand_in: vec![false; files.len()],
        lost: HashMap::new(),
        placeholders_unfilled: false,
    };
    let mut layers: Vec<LayerInfo> = origins.iter().cloned().map(LayerInfo::new).collect();
    let mut site_file = false;
    let mut contacts = Vec::new();
    let mut default_contacts = Vec::new();
    let mut lists = Lists::default();
    let mut sources: Vec<Source> = Vec::new();
    // The file that should have held the sources, if it is there but did not load.
    let mut sources_file = None;
    let mut sources_loaded = false;
    let mut stand_in_contacts = Vec::new();
    for (file, content_file) in files.iter().enumerate() {
        if content_file.unread {
            // Its problem is reported already; what it held is lost, once.
            loader.lose_all(file);
            continue;
        }
        let (role, english_stand_in) = role(&content_file.path, language);
        loader.stand_in[file] = english_stand_in;
        match role {
            Role::Manifest => {
                let layer = content_file.layer.min(layers.len().saturating_sub(1));
                if let Some(info) = layers.get_mut(layer) {
                    info.read_manifest(&mut loader, file);
                }
            }
            Role::Sources => match loader.try_parse::<SourceFile>(file) {
                Some(parsed) => {
                    sources_loaded = true;
                    // One sources file a layer: a later layer's source replaces an
                    // earlier one with the same id.
                    for source in sources::check(&mut loader, file, parsed.sources, &[]) {
                        sources.retain(|s| s.id != source.id);
                        sources.push(source);
                    }
                }
                None => sources_file = Some(file),
            },
            Role::CustomerType => {
                if let Some(card) = loader.parse::<CustomerType>(file) {
                    lists.cards.extend(loader.locate(file, vec![card]));
                }
            }
            Role::Playbook => {
                if let Some(playbook) = loader.parse::<Playbook>(file) {
                    lists.playbooks.extend(loader.locate(file, vec![playbook]));
                }
            }
            Role::Phrases => {
                let items = loader.parse_list(file, "phrases", |f: PhraseFile| f.phrases);
                lists.phrases.extend(items);
            }
            Role::Principles => {
                let items = loader.parse_list(file, "principles", |f: PrincipleFile| f.principles);
                lists.principles.extend(items);
            }
            Role::Deck => {
                if let Some(deck) = loader.parse::<Deck>(file) {
                    if let Some(why) = deck.timing_problem() {
                        let at = loader.field_offset(file, (0, usize::MAX), "minutes");
                        loader.problem(file, at, ProblemKind::Invalid(why));
                    }
                    for why in deck.slides.iter().filter_map(|s| s.show.bullets_problem()) {
                        let at = loader.field_offset(file, (0, usize::MAX), "bullets");
                        loader.problem(file, at, ProblemKind::Invalid(why));
                    }
                    lists.decks.extend(loader.locate(file, vec![deck]));
                }
            }
            Role::Site => {
                site_file = true;
                let parsed = loader.parse_list(file, "contacts", |f: SiteFile| f.contacts);
                if english_stand_in {
                    stand_in_contacts.extend(parsed);
                } else {
                    contacts.extend(parsed);
                }
            }
            Role::SiteDefault => {
                site_file = true;
                let parsed = loader.parse_list(file, "contacts", |f: SiteFile| f.contacts);
                default_contacts.extend(parsed);
            }
            Role::OtherLanguage => {}
            Role::Unexpected(why) => loader.problem(file, 0, ProblemKind::UnexpectedFile(why)),
        }
    }

    // Contacts have their own namespace, and fill the placeholders of everything else.
    loader.english_contacts = english_values(files, &default_contacts, &stand_in_contacts);
    let contacts = with_defaults(files, default_contacts, stand_in_contacts, contacts);
    // The language's own items replace English ones of the same id in their layer.
    prefer_translated(files, &loader.stand_in, &mut lists.cards);
    prefer_translated(files, &loader.stand_in, &mut lists.phrases);
    prefer_translated(files, &loader.stand_in, &mut lists.playbooks);
    prefer_translated(files, &loader.stand_in, &mut lists.principles);
    prefer_translated(files, &loader.stand_in, &mut lists.decks);
    let contacts = loader.dedupe(contacts, &mut HashMap::new(), "contact").kept;
    // Once, in English: a site gives each number once (a pack's `site.ron`) for
    // every language, and the same contact unset in six languages is one warning.
    if layers.len() > 1 && language == DEFAULT_LANGUAGE {
        loader.warn_unset_contacts(&contacts);
    }
    let contacts: Vec<Contact> = contacts.into_iter().map(|l| l.item).collect();
    loader.contacts = contacts
        .iter()
        .map(|c| (c.id.clone(), c.value.clone()))
        .collect();
    let mut seen = HashMap::new();
    let cards = loader.dedupe(std::mem::take(&mut lists.cards), &mut seen, "customer_type");
    lists.cards = cards.kept;
    lists.phrases = loader
        .dedupe(std::mem::take(&mut lists.phrases), &mut seen, "phrase")
        .kept;
    lists.playbooks = loader
        .dedupe(std::mem::take(&mut lists.playbooks), &mut seen, "playbook")
        .kept;
    lists.principles = loader
        .dedupe(
            std::mem::take(&mut lists.principles),
            &mut seen,
            "principle",
        )
        .kept;
    lists.decks = loader
        .dedupe(std::mem::take(&mut lists.decks), &mut seen, "deck")
        .kept;
    let hidden = loader.hide(&layers, &mut lists);
    seen.retain(|id, _| !hidden.contains(id));

    let known = Known {
        items: seen.into_keys().collect(),
        customer_types: lists.cards.iter().map(|c| c.item.id.clone()).collect(),
        phrases: lists.phrases.iter().map(|p| p.item.id.clone()).collect(),
        playbooks: lists.playbooks.iter().map(|p| p.item.id.clone()).collect(),
        principles: lists.principles.iter().map(|p| p.item.id.clone()).collect(),
        citations: sources
            .iter()
            .flat_map(|s| {
                std::iter::once(s.id.clone()).chain(s.points.iter().map(|p| p.key.clone()))
            })
            .collect(),
        hidden,
    };
    let mut dangling = Vec::new();
    loader.resolve(&mut lists.cards, &known, &mut dangling);
    loader.keep_safety_cards(
        &mut lists.cards,
        cards.shadowed,
        &known,
        &mut dangling,
        &layers,
    );
    loader.resolve(&mut lists.phrases, &known, &mut dangling);
    loader.resolve(&mut lists.playbooks, &known, &mut dangling);
    loader.resolve(&mut lists.principles, &known, &mut dangling);
    loader.resolve(&mut lists.decks, &known, &mut dangling);
    // Without a sources file every citation dangles: that is one problem, not hundreds.
    let sources_cause = (!sources_loaded).then(|| match sources_file {
        Some(file) => files[file].display.clone(),
        None => beside_root(files, SOURCES_FILE),
    });
    report_dangling(&mut loader, dangling, sources_cause.as_deref());
    // Without a site file every placeholder is unknown: one problem, where it belongs
    // (a site file that is there but broken has its own).
    if !site_file && loader.placeholders_unfilled {
        let display = beside_root(files, &format!("{language}/site.ron"));
        loader.problems.push(Problem {
            file: display,
            position: Position::START,
            kind: ProblemKind::MissingSite,
        });
    }
    check_top_phrases(&mut loader, &mut lists.cards, &lists.phrases);
    loader.refused_safety_overrides(&lists.cards, &layers);
    let stamps = loader.stamp(&lists, &layers, today);
    let untranslated = untranslated(&loader.stand_in, &lists);

    let Lists {
        cards,
        phrases,
        playbooks,
        principles,
        decks,
    } = lists;
    let mut customer_types: Vec<CustomerType> = cards.into_iter().map(|l| l.item).collect();
    customer_types.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.title.cmp(&b.title)));
    Loaded {
        content: Content {
            customer_types,
            phrases: phrases.into_iter().map(|l| l.item).collect(),
            playbooks: playbooks.into_iter().map(|l| l.item).collect(),
            principles: principles.into_iter().map(|l| l.item).collect(),
            decks: decks.into_iter().map(|l| l.item).collect(),
            sources,
            contacts,
            origins: stamps.origins,
            due_for_review: stamps.due,
            packs: layers.into_iter().filter_map(|l| l.pack).collect(),
            untranslated,
            english: None,
        },
        problems: loader.problems,
    }
}

/// How problems name a file that is not among the files (`sources.ron`, `en/site.ron`):
/// `path` under the content root the others sit in.
fn beside_root(files: &[ContentFile], path: &str) -> String {
    files
        .iter()
        .find_map(|f| f.display.strip_suffix(&f.path))
        .map_or_else(|| path.to_owned(), |root| format!("{root}{path}"))
}

/// A site's contacts in layer order, each layer's default (`site.ron`) ones first,
/// then its English ones where the language read is another, less those a later
/// one names too: as Zendesk's dynamic content, a language's own wording or number
/// wins over the default, and the default over English.
fn with_defaults(
    files: &[ContentFile],
    defaults: Vec<Located<Contact>>,
    english: Vec<Located<Contact>>,
    own: Vec<Located<Contact>>,
) -> Vec<Located<Contact>> {
    let layer = |c: &Located<Contact>| files[c.file].layer;
    let named: HashSet<(usize, String)> =
        own.iter().map(|c| (layer(c), c.item.id.clone())).collect();
    let defaults: Vec<Located<Contact>> = defaults
        .into_iter()
        .filter(|d| !named.contains(&(layer(d), d.item.id.clone())))
        .collect();
    let named_or_default: HashSet<(usize, String)> = named
        .into_iter()
        .chain(defaults.iter().map(|d| (layer(d), d.item.id.clone())))
        .collect();
    let mut all: Vec<Located<Contact>> = defaults
        .into_iter()
        .chain(
            english
                .into_iter()
                .filter(|e| !named_or_default.contains(&(layer(e), e.item.id.clone()))),
        )
        .chain(own)
        .collect();
    // Stable: within a layer, the defaults stay ahead of the language's own.
    all.sort_by_key(layer);
    all
}
