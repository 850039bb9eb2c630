//! Reads content files into the validated model. Every problem is reported with its
//! position, and every valid item is kept: one bad file or item never hides the rest.

use std::{
    borrow::Cow,
    collections::{BTreeSet, HashMap, HashSet},
    fs, io,
    path::{Path, PathBuf},
};

use serde::de::DeserializeOwned;

use super::{
    Content,
    locate::{field_offsets, string_offset},
    model::{
        Contact, CustomerType, FORMAT_VERSION, Phrase, PhraseFile, Playbook, PrincipleFile,
        SiteFile, Source, SourceFile,
    },
    problem::{Position, Problem, ProblemKind},
    site,
    validate::{Known, Validate, Values, Versioned},
};

/// Hostile or mistaken files (a log, a video) are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Folders deeper than this are not walked, so a link loop cannot hang the loader.
const MAX_DEPTH: usize = 6;

/// One content file: where it sits in the content layout, and what it holds.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// Relative to the content root, `/`-separated: `en/customer-types/angry.ron`.
    pub path: String,
    /// How problems name the file: the path a person can open.
    pub display: String,
    pub bytes: Cow<'static, [u8]>,
}

/// The validated content and everything that was wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub content: Content,
    pub problems: Vec<Problem>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the content folder {path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
}

/// Reads every `.ron` file under `root`. Unreadable files become problems, not errors:
/// only a root that cannot be listed at all is an error.
pub fn read_dir(root: &Path) -> Result<(Vec<ContentFile>, Vec<Problem>), LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    fs::read_dir(root).map_err(|source| LoadError::Folder {
        path: root.to_owned(),
        source,
    })?;
    walk(root, root, 0, &mut files, &mut problems);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, problems))
}

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    files: &mut Vec<ContentFile>,
    problems: &mut Vec<Problem>,
) {
    let unreadable = |path: &Path, e: &io::Error| Problem {
        file: path.display().to_string(),
        position: Position::START,
        kind: ProblemKind::Unreadable(e.to_string()),
    };
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return problems.push(unreadable(dir, &e)),
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                problems.push(unreadable(dir, &e));
                continue;
            }
        };
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if path.is_dir() {
            if depth < MAX_DEPTH {
                walk(root, &path, depth + 1, files, problems);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        // Report a huge file's real size: the read below stops just past the limit.
        if let Ok(meta) = fs::metadata(&path)
            && meta.len() > MAX_FILE_BYTES as u64
        {
            problems.push(Problem {
                file: path.display().to_string(),
                position: Position::START,
                kind: ProblemKind::TooLarge {
                    size: usize::try_from(meta.len()).unwrap_or(usize::MAX),
                    limit: MAX_FILE_BYTES,
                },
            });
            continue;
        }
        match read_limited(&path) {
            Ok(bytes) => files.push(ContentFile {
                path: rel,
                display: path.display().to_string(),
                bytes: Cow::Owned(bytes),
            }),
            Err(e) => problems.push(unreadable(&path, &e)),
        }
    }
}

/// Reads at most one byte past the limit, so a huge file is refused without being loaded.
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    use io::Read as _;
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The languages present: every top-level folder that holds content.
pub fn languages(files: &[ContentFile]) -> Vec<String> {
    let set: BTreeSet<&str> = files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(lang, _)| lang))
        .collect();
    set.into_iter().map(str::to_owned).collect()
}

/// What a file at a given place in the layout must contain.
enum Role {
    Sources,
    CustomerType,
    Phrases,
    Playbook,
    Principles,
    /// The site's contacts, which text names as placeholders.
    Site,
    /// Interface text, read by the GUI's own loader.
    UiStrings,
    OtherLanguage,
    Unexpected(String),
}

fn role(path: &str, language: &str) -> Role {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["sources.ron"] => Role::Sources,
        [lang, ..] if *lang != language && parts.len() > 1 => Role::OtherLanguage,
        [_, "ui.ron"] => Role::UiStrings,
        [_, "site.ron"] => Role::Site,
        [_, "customer-types", _] => Role::CustomerType,
        [_, "phrases", _] => Role::Phrases,
        [_, "playbooks", _] => Role::Playbook,
        [_, "principles", _] => Role::Principles,
        _ => Role::Unexpected(format!(
            "`{path}` is not part of the content layout (expected sources.ron, LANG/site.ron, or \
             LANG/customer-types, LANG/phrases, LANG/playbooks or LANG/principles with .ron files)"
        )),
    }
}

/// A parsed item with where it came from.
struct Located<T> {
    item: T,
    file: usize,
    /// Byte range of the item in its file: from its `id` to the next item's.
    region: (usize, usize),
}

struct Loader<'f> {
    files: &'f [ContentFile],
    texts: Vec<Option<&'f str>>,
    problems: Vec<Problem>,
    /// The site's contacts by id, which fill placeholders in every text.
    contacts: HashMap<String, String>,
}

impl<'f> Loader<'f> {
    fn problem(&mut self, file: usize, offset: usize, kind: ProblemKind) {
        let position = self.texts[file].map_or(Position::START, |t| Position::of_offset(t, offset));
        self.problems.push(Problem {
            file: self.files[file].display.clone(),
            position,
            kind,
        });
    }

    fn text(&self, file: usize) -> &'f str {
        self.texts[file].unwrap_or("")
    }

    /// Checks size and encoding, parses, and checks the format version.
    fn parse<T: DeserializeOwned + Versioned>(&mut self, file: usize) -> Option<T> {
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
            Ok(text) => text,
            Err(e) => {
                let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                self.texts[file] = Some(valid);
                self.problem(file, valid.len(), ProblemKind::InvalidUtf8);
                return None;
            }
        };
        self.texts[file] = Some(text);
        let parsed: T = match ron::from_str(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                // ron starts the span of a misplaced value at the white space before it;
                // point at the value itself (or at the end of a truncated file).
                let start = offset_of(text, e.span.start.line, e.span.start.col);
                let end = offset_of(text, e.span.end.line, e.span.end.col);
                let at = if start < end && text[start..end].trim().is_empty() {
                    e.span.end
                } else {
                    e.span.start
                };
                let position = Position {
                    line: at.line,
                    column: at.col,
                };
                self.problems.push(Problem {
                    file: self.files[file].display.clone(),
                    position,
                    kind: ProblemKind::Syntax(e.code.to_string()),
                });
                return None;
            }
        };
        if parsed.version() != FORMAT_VERSION {
            let offset = field_offsets(text, "version").first().copied().unwrap_or(0);
            let kind = ProblemKind::UnsupportedVersion {
                found: parsed.version(),
                supported: FORMAT_VERSION,
            };
            self.problem(file, offset, kind);
            return None;
        }
        Some(parsed)
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
        let starts = field_offsets(text, "id");
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
                    let first = Position::of_offset(text, start) <= first_error
                        && first_error < Position::of_offset(text, end);
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
        let text = self.text(file);
        let starts = field_offsets(text, "id");
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
                    .unwrap_or(text.len());
                Located {
                    item,
                    file,
                    region: (start, end),
                }
            })
            .collect()
    }

    /// Where `field` stands within an item, or the item's start.
    fn field_offset(&self, file: usize, region: (usize, usize), field: &str) -> usize {
        field_offsets(self.text(file), field)
            .into_iter()
            .find(|&o| o >= region.0 && o < region.1)
            .unwrap_or(region.0)
    }

    /// Reports empty text, invalid ids and unknown placeholders, and fills in the
    /// placeholders it knows; true if the item is whole.
    fn check_item<T: Validate>(&mut self, located: &mut Located<T>) -> bool {
        let Located { item, file, region } = located;
        let (file, region) = (*file, *region);
        let mut whole = true;
        if !is_valid_id(item.id()) {
            let offset = self.field_offset(file, region, "id");
            self.problem(file, offset, ProblemKind::InvalidId(item.id().to_owned()));
            whole = false;
        }
        // Several texts share a label (every step's `detail`): point at the value itself,
        // searching on from the last one found under the same label.
        let mut next_from: HashMap<&str, usize> = HashMap::new();
        let mut found = Vec::new();
        for (field, value) in item.texts() {
            let empty = value.trim().is_empty();
            let filled = site::fill(value, |name| self.contacts.get(name).map(String::as_str));
            if !empty && filled.as_ref().is_ok_and(|f| f == value) {
                continue;
            }
            let label = self.field_offset(file, region, field);
            let from = next_from.get(field).copied().unwrap_or(label);
            let offset = string_offset(self.text(file), value, from).unwrap_or(label);
            next_from.insert(field, offset + 1);
            match filled {
                _ if empty => found.push((
                    offset,
                    ProblemKind::EmptyText {
                        field: field.to_owned(),
                    },
                )),
                Ok(text) => *value = text,
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

    /// Keeps the first item with each id across every kind; reports the rest.
    fn dedupe<T: Validate>(
        &mut self,
        items: Vec<Located<T>>,
        seen: &mut HashMap<String, String>,
    ) -> Vec<Located<T>> {
        let mut kept = Vec::new();
        for mut located in items {
            if !self.check_item(&mut located) {
                continue;
            }
            let offset = self.field_offset(located.file, located.region, "id");
            let here = format!(
                "{}:{}",
                self.files[located.file].display,
                Position::of_offset(self.text(located.file), offset)
            );
            let id = located.item.id().to_owned();
            if let Some(first) = seen.get(&id) {
                let kind = ProblemKind::DuplicateId {
                    id,
                    first: first.clone(),
                };
                self.problem(located.file, offset, kind);
                continue;
            }
            seen.insert(id, here);
            kept.push(located);
        }
        kept
    }

    /// Drops references that resolve to nothing, reporting each.
    fn resolve<T: Validate>(&mut self, items: &mut [Located<T>], known: &Known) {
        for located in items {
            let (file, region) = (located.file, located.region);
            let mut dangling = Vec::new();
            for reference in located.item.references() {
                let (field, target) = (reference.field, reference.target);
                let mut check = |value: &String| {
                    let ok = known.resolves(target, value);
                    if !ok {
                        dangling.push((field, target, value.clone()));
                    }
                    ok
                };
                match reference.values {
                    Values::Many(values) => values.retain(|v| check(v)),
                    Values::One(value) => {
                        if value.as_ref().is_some_and(|v| !check(v)) {
                            *value = None;
                        }
                    }
                }
            }
            for (field, target, value) in dangling {
                let from = self.field_offset(file, region, field);
                let offset = string_offset(self.text(file), &value, from).unwrap_or(from);
                let kind = ProblemKind::UnknownReference {
                    field: field.to_owned(),
                    target: value,
                    hint: target.hint().to_owned(),
                };
                self.problem(file, offset, kind);
            }
        }
    }
}

/// The byte offset of a 1-based line and character column in `text`, clamped to its end.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line.checked_sub(2) {
        None => 0,
        Some(n) => text
            .match_indices('\n')
            .nth(n)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Loads one language's guidance (plus the shared `sources.ron`) from `files`.
pub fn load(files: &[ContentFile], language: &str) -> Loaded {
    let mut loader = Loader {
        files,
        texts: vec![None; files.len()],
        problems: Vec::new(),
        contacts: HashMap::new(),
    };
    let mut contacts = Vec::new();
    let mut cards = Vec::new();
    let mut phrases = Vec::new();
    let mut playbooks = Vec::new();
    let mut principles = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    for (file, content_file) in files.iter().enumerate() {
        match role(&content_file.path, language) {
            Role::Sources => {
                if let Some(parsed) = loader.parse::<SourceFile>(file) {
                    sources.extend(check_sources(&mut loader, file, parsed.sources, &sources));
                }
            }
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
            Role::Site => {
                contacts.extend(loader.parse_list(file, "contacts", |f: SiteFile| f.contacts));
            }
            Role::UiStrings | Role::OtherLanguage => {}
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

    let known = Known {
        items: seen.into_keys().collect(),
        customer_types: cards.iter().map(|c| c.item.id.clone()).collect(),
        phrases: phrases.iter().map(|p| p.item.id.clone()).collect(),
        citations: sources
            .iter()
            .flat_map(|s| {
                std::iter::once(s.id.clone()).chain(s.points.iter().map(|p| p.key.clone()))
            })
            .collect(),
    };
    loader.resolve(&mut cards, &known);
    loader.resolve(&mut phrases, &known);
    loader.resolve(&mut playbooks, &known);
    loader.resolve(&mut principles, &known);
    check_top_phrases(&mut loader, &mut cards, &phrases);

    let mut customer_types: Vec<CustomerType> = cards.into_iter().map(|l| l.item).collect();
    customer_types.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.title.cmp(&b.title)));
    Loaded {
        content: Content {
            customer_types,
            phrases: phrases.into_iter().map(|l| l.item).collect(),
            playbooks: playbooks.into_iter().map(|l| l.item).collect(),
            principles: principles.into_iter().map(|l| l.item).collect(),
            sources,
            contacts,
        },
        problems: loader.problems,
    }
}

/// A card leads only with pairs written for it: each of its `top_phrases` must list
/// the card in its `situations`.
fn check_top_phrases(
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
            let offset = string_offset(loader.text(file), &phrase, from).unwrap_or(from);
            let kind = ProblemKind::Invalid(format!(
                "`top_phrases` names `{phrase}`, whose `situations` do not list `{id}`"
            ));
            loader.problem(file, offset, kind);
        }
    }
}

/// Sources have their own namespace (`S0`, `S2.M2.1`); each id and key is unique.
fn check_sources(
    loader: &mut Loader<'_>,
    file: usize,
    parsed: Vec<Source>,
    earlier: &[Source],
) -> Vec<Source> {
    let mut keys: HashSet<String> = earlier
        .iter()
        .flat_map(|s| std::iter::once(s.id.clone()).chain(s.points.iter().map(|p| p.key.clone())))
        .collect();
    let text = loader.text(file);
    let id_offsets = field_offsets(text, "id");
    let key_offsets = field_offsets(text, "key");
    let mut key_index = 0;
    let mut kept = Vec::new();
    for (i, mut source) in parsed.into_iter().enumerate() {
        let offset = id_offsets.get(i).copied().unwrap_or(0);
        let point_offsets: Vec<usize> = key_offsets
            .iter()
            .copied()
            .skip(key_index)
            .take(source.points.len())
            .collect();
        key_index += source.points.len();
        if source.id.trim().is_empty() || source.title.trim().is_empty() {
            let field = if source.id.trim().is_empty() {
                "id"
            } else {
                "title"
            };
            loader.problem(
                file,
                offset,
                ProblemKind::EmptyText {
                    field: field.to_owned(),
                },
            );
            continue;
        }
        if !keys.insert(source.id.clone()) {
            let kind = ProblemKind::Invalid(format!("duplicate source id `{}`", source.id));
            loader.problem(file, offset, kind);
            continue;
        }
        let mut points = Vec::new();
        for (j, point) in source.points.into_iter().enumerate() {
            let at = point_offsets.get(j).copied().unwrap_or(offset);
            if point.key.trim().is_empty() || point.label.trim().is_empty() {
                let field = if point.key.trim().is_empty() {
                    "key"
                } else {
                    "label"
                };
                loader.problem(
                    file,
                    at,
                    ProblemKind::EmptyText {
                        field: field.to_owned(),
                    },
                );
            } else if !keys.insert(point.key.clone()) {
                let kind =
                    ProblemKind::Invalid(format!("duplicate source point key `{}`", point.key));
                loader.problem(file, at, kind);
            } else {
                points.push(point);
            }
        }
        source.points = points;
        kept.push(source);
    }
    kept
}
