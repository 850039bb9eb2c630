//! Turns content files into the validated model. Every problem is reported with its
//! position, and every valid item is kept: one bad file or item never hides the rest.

use std::collections::HashMap;

use serde::de::DeserializeOwned;

use super::{
    Content,
    locate::Marks,
    model::{
        Contact, CustomerType, Deck, FORMAT_VERSION, PhraseFile, Playbook, PrincipleFile, SiteFile,
        Source, SourceFile,
    },
    positions::Lines,
    problem::{Position, Problem, ProblemKind},
    read::{ContentFile, MAX_FILE_BYTES, SOURCES_FILE},
    references::{check_top_phrases, report_dangling},
    sources,
    validate::{Known, Versioned},
};

/// The validated content and everything that was wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub content: Content,
    pub problems: Vec<Problem>,
}

/// What a file at a given place in the layout must contain.
enum Role {
    Sources,
    CustomerType,
    Phrases,
    Playbook,
    Principles,
    Deck,
    /// The site's contacts, which text names as placeholders.
    Site,
    OtherLanguage,
    Unexpected(String),
}

fn role(path: &str, language: &str) -> Role {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        [SOURCES_FILE] => Role::Sources,
        [lang, ..] if *lang != language && parts.len() > 1 => Role::OtherLanguage,
        [_, "site.ron"] => Role::Site,
        [_, "customer-types", _] => Role::CustomerType,
        [_, "phrases", _] => Role::Phrases,
        [_, "playbooks", _] => Role::Playbook,
        [_, "principles", _] => Role::Principles,
        [_, "decks", _] => Role::Deck,
        _ => Role::Unexpected(format!(
            "`{path}` is not part of the content layout (expected sources.ron, LANG/site.ron, or \
             LANG/customer-types, LANG/phrases, LANG/playbooks, LANG/principles or LANG/decks with .ron files)"
        )),
    }
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

    fn text(&self, file: usize) -> &'f str {
        self.texts[file].as_ref().map_or("", |t| t.text)
    }

    pub(super) fn marks(&self, file: usize) -> Option<&Marks<'f>> {
        self.texts[file].as_ref().map(|t| &t.marks)
    }

    /// Indexes the text of `file`; a UTF-8 byte-order mark (Windows Notepad writes one)
    /// is not part of the content, so positions count from after it.
    fn set_text(&mut self, file: usize, text: &'f str) -> &'f str {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        self.texts[file] = Some(Indexed {
            text,
            lines: Lines::new(text),
            marks: Marks::new(text),
        });
        text
    }

    /// Checks size and encoding, parses, and checks the format version. A file that
    /// fails takes its items with it: their ids are remembered as lost.
    fn parse<T: DeserializeOwned + Versioned>(&mut self, file: usize) -> Option<T> {
        let parsed = self.try_parse(file);
        if parsed.is_none() {
            self.lose_all(file);
        }
        parsed
    }

    fn try_parse<T: DeserializeOwned + Versioned>(&mut self, file: usize) -> Option<T> {
        let bytes: &'f [u8] = &self.files[file].bytes;
        if bytes.len() > MAX_FILE_BYTES {
            let kind = ProblemKind::TooLarge {
                size: bytes.len(),
                limit: MAX_FILE_BYTES,
            };
            self.problem(file, 0, kind);
            return None;
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => self.set_text(file, text),
            Err(e) => {
                let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                let valid = self.set_text(file, valid);
                self.problem(file, valid.len(), ProblemKind::InvalidUtf8);
                return None;
            }
        };
        let parsed: T = match ron::from_str(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                let (offset, kind) = self.syntax_problem(file, &e);
                self.problem(file, offset, kind);
                return None;
            }
        };
        if parsed.version() != FORMAT_VERSION {
            let offset = self.marks(file).and_then(|m| m.labels("version").first());
            let offset = offset.copied().unwrap_or(0);
            let kind = ProblemKind::UnsupportedVersion {
                found: parsed.version(),
                supported: FORMAT_VERSION,
            };
            self.problem(file, offset, kind);
            return None;
        }
        Some(parsed)
    }

    /// Where a parse error is and what to say about it. A file that stops before its
    /// content is complete says so, rather than what the parser expected next.
    fn syntax_problem(&self, file: usize, e: &ron::error::SpannedError) -> (usize, ProblemKind) {
        let text = self.text(file);
        let Some(lines) = self.texts[file].as_ref().map(|t| &t.lines) else {
            return (0, ProblemKind::Syntax(e.code.to_string()));
        };
        let start = lines.offset(e.span.start.line, e.span.start.col);
        let end = lines.offset(e.span.end.line, e.span.end.col);
        // A string runs to the end of the file only when its closing quote is missing.
        if e.code == ron::Error::ExpectedStringEnd {
            return (start, ProblemKind::EndsInString);
        }
        let content_end = text.trim_end().len();
        if content_end == 0 {
            return (0, ProblemKind::EmptyFile);
        }
        // No opening parenthesis at all ("garbage"), or everything on one line that a
        // `//` comment swallows (old Mac line endings: CR alone): not a short file.
        let code = text.find("//").map_or(text, |at| &text[..at]);
        if !code.contains('(') || (text.contains('\r') && !text.contains('\n')) {
            return (0, ProblemKind::NotContent);
        }
        if end >= content_end {
            return (content_end, ProblemKind::EndsEarly(e.code.to_string()));
        }
        // ron starts the span of a misplaced value at the white space before it; point at
        // the value itself.
        let at = if start < end && text[start..end].trim().is_empty() {
            end
        } else {
            start
        };
        (at, ProblemKind::Syntax(e.code.to_string()))
    }

    /// Remembers every id named in a one-item file that did not load; where none can be
    /// read (an empty file, not UTF-8, UTF-16), the file's name, which by the layout is
    /// its item's id: every reference to it is then one line after the file's problem,
    /// not a line each saying the item does not exist.
    pub(super) fn lose_all(&mut self, file: usize) {
        let mut ids: Vec<String> = self
            .marks(file)
            .map(|marks| {
                marks
                    .labels("id")
                    .iter()
                    .filter_map(|&at| marks.value_after(at))
                    .collect()
            })
            .unwrap_or_default();
        if ids.is_empty() {
            ids.extend(self.files[file].item_name().map(str::to_owned));
        }
        for id in ids {
            self.lost.entry(id).or_insert(file);
        }
    }

    /// Parses a file holding a list of items. When one item does not fit the format
    /// (an unknown field, a wrong type) but the file is well-formed, the items that do
    /// fit are kept and every one that does not is reported.
    fn parse_list<F, T>(
        &mut self,
        file: usize,
        list_field: &str,
        items_of: impl FnOnce(F) -> Vec<T>,
    ) -> Vec<Located<T>>
    where
        F: DeserializeOwned + Versioned,
        T: DeserializeOwned,
    {
        let reported = self.problems.len();
        if let Some(parsed) = self.parse::<F>(file) {
            return self.locate(file, items_of(parsed));
        }
        let first_error = match self.problems.get(reported) {
            Some(Problem {
                kind: ProblemKind::Syntax(_),
                position,
                ..
            }) => *position,
            _ => return Vec::new(),
        };
        let text = self.text(file);
        let Ok(ron::Value::Map(map)) = ron::from_str::<ron::Value>(text) else {
            return Vec::new();
        };
        let field = |name: &str| map.get(&ron::Value::String(name.to_owned())).cloned();
        let version_ok = field("version")
            .and_then(|v| v.into_rust::<u32>().ok())
            .is_some_and(|v| v == FORMAT_VERSION);
        let Some(ron::Value::Seq(values)) = field(list_field).filter(|_| version_ok) else {
            return Vec::new();
        };
        // The file is not lost after all: only the items that do not fit are.
        self.lost.retain(|_, f| *f != file);
        let starts = self
            .marks(file)
            .map_or(&[][..], |m| m.labels("id"))
            .to_vec();
        let mut kept = Vec::new();
        for (i, value) in values.into_iter().enumerate() {
            let start = starts.get(i).copied().unwrap_or(0);
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            match value.into_rust::<T>() {
                Ok(item) => kept.push(Located {
                    item,
                    file,
                    region: (start, end),
                }),
                Err(e) => {
                    if let Some(id) = self.marks(file).and_then(|m| m.value_after(start)) {
                        self.lost.entry(id).or_insert(file);
                    }
                    let first = self.position(file, start) <= first_error
                        && first_error < self.position(file, end);
                    if !first {
                        self.problem(file, start, ProblemKind::Syntax(e.to_string()));
                    }
                }
            }
        }
        kept
    }

    /// Splits a file's items into regions by their `id` labels.
    fn locate<T>(&self, file: usize, items: Vec<T>) -> Vec<Located<T>> {
        let len = self.text(file).len();
        let starts = self.marks(file).map_or(&[][..], |m| m.labels("id"));
        let count = items.len();
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let start = if count == 1 {
                    0
                } else {
                    starts.get(i).copied().unwrap_or(0)
                };
                let end = starts
                    .get(i + 1)
                    .copied()
                    .filter(|_| count > 1)
                    .unwrap_or(len);
                Located {
                    item,
                    file,
                    region: (start, end),
                }
            })
            .collect()
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

/// Loads one language's guidance (plus the shared `sources.ron`) from `files`.
pub fn load(files: &[ContentFile], language: &str) -> Loaded {
    let mut loader = Loader {
        files,
        texts: files.iter().map(|_| None).collect(),
        problems: Vec::new(),
        contacts: HashMap::new(),
        lost: HashMap::new(),
        placeholders_unfilled: false,
    };
    let mut site_file = false;
    let mut contacts = Vec::new();
    let mut cards = Vec::new();
    let mut phrases = Vec::new();
    let mut playbooks = Vec::new();
    let mut principles = Vec::new();
    let mut decks = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    // The file that should have held the sources, if it is there but did not load.
    let mut sources_file = None;
    let mut sources_loaded = false;
    for (file, content_file) in files.iter().enumerate() {
        if content_file.unread {
            // Its problem is reported already; what it held is lost, once.
            loader.lose_all(file);
            continue;
        }
        match role(&content_file.path, language) {
            Role::Sources => match loader.try_parse::<SourceFile>(file) {
                Some(parsed) => {
                    sources_loaded = true;
                    let checked = sources::check(&mut loader, file, parsed.sources, &sources);
                    sources.extend(checked);
                }
                None => sources_file = Some(file),
            },
            Role::CustomerType => {
                if let Some(card) = loader.parse::<CustomerType>(file) {
                    cards.extend(loader.locate(file, vec![card]));
                }
            }
            Role::Playbook => {
                if let Some(playbook) = loader.parse::<Playbook>(file) {
                    playbooks.extend(loader.locate(file, vec![playbook]));
                }
            }
            Role::Phrases => {
                phrases.extend(loader.parse_list(file, "phrases", |f: PhraseFile| f.phrases));
            }
            Role::Principles => {
                let items = loader.parse_list(file, "principles", |f: PrincipleFile| f.principles);
                principles.extend(items);
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
                    decks.extend(loader.locate(file, vec![deck]));
                }
            }
            Role::Site => {
                site_file = true;
                contacts.extend(loader.parse_list(file, "contacts", |f: SiteFile| f.contacts));
            }
            Role::OtherLanguage => {}
            Role::Unexpected(why) => loader.problem(file, 0, ProblemKind::UnexpectedFile(why)),
        }
    }

    // Contacts have their own namespace, and fill the placeholders of everything else.
    let contacts: Vec<Contact> = loader
        .dedupe(contacts, &mut HashMap::new())
        .into_iter()
        .map(|l| l.item)
        .collect();
    loader.contacts = contacts
        .iter()
        .map(|c| (c.id.clone(), c.value.clone()))
        .collect();
    let mut seen = HashMap::new();
    let mut cards = loader.dedupe(cards, &mut seen);
    let mut phrases = loader.dedupe(phrases, &mut seen);
    let mut playbooks = loader.dedupe(playbooks, &mut seen);
    let mut principles = loader.dedupe(principles, &mut seen);
    let mut decks = loader.dedupe(decks, &mut seen);

    let known = Known {
        items: seen.into_keys().collect(),
        customer_types: cards.iter().map(|c| c.item.id.clone()).collect(),
        phrases: phrases.iter().map(|p| p.item.id.clone()).collect(),
        playbooks: playbooks.iter().map(|p| p.item.id.clone()).collect(),
        principles: principles.iter().map(|p| p.item.id.clone()).collect(),
        citations: sources
            .iter()
            .flat_map(|s| {
                std::iter::once(s.id.clone()).chain(s.points.iter().map(|p| p.key.clone()))
            })
            .collect(),
    };
    let mut dangling = Vec::new();
    loader.resolve(&mut cards, &known, &mut dangling);
    loader.resolve(&mut phrases, &known, &mut dangling);
    loader.resolve(&mut playbooks, &known, &mut dangling);
    loader.resolve(&mut principles, &known, &mut dangling);
    loader.resolve(&mut decks, &known, &mut dangling);
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
    check_top_phrases(&mut loader, &mut cards, &phrases);

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
