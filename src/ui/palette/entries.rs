//! The palette's list: every card, phrase pair, playbook, principle, deck, slide and
//! command by its title, and the fuzzy match (skim's algorithm) that ranks them.

use fuzzy_matcher::{FuzzyMatcher as _, skim::SkimMatcherV2};

use crate::content::{Content, Item, model::Show};
use crate::strings::Strings;
use crate::ui::command::{Scope, UiCommand};

/// What choosing a row does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Opens an item's page (or, while presenting, shows it to the class).
    Open(String),
    /// A deck's slide, 0-based as in the deck's outline.
    Slide {
        deck: String,
        slide: usize,
    },
    Command(UiCommand),
}

/// One row: its title as matched and shown, and what kind of thing it is.
#[derive(Debug, Clone)]
pub struct Entry {
    pub title: String,
    /// "Card", "Phrase pair", "Slide", "Command"…
    pub kind: String,
    pub target: Target,
    /// A slide's number (1-based): a query word made of digits must equal it.
    number: Option<usize>,
    /// The title in lower case, matched against the query in lower case.
    lower: String,
}

/// Every entry, built once from the content; matched on every key.
pub struct Entries {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for Entries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entries")
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

/// What a query word made of digits adds when it is the slide's number: more than any
/// fuzzy match of one character.
const NUMBER_SCORE: i64 = 50;

impl Entries {
    /// Commands first (the palette's empty list shows them), then every item in the
    /// content's order, then each deck's slides.
    pub fn new(content: &Content, strings: &Strings) -> Self {
        let mut entries: Vec<Entry> = UiCommand::ALL
            .into_iter()
            .filter(|c| c.in_palette())
            .map(|command| {
                Entry::new(
                    command.label(strings).trim_end_matches('…').to_owned(),
                    strings.kind_command.clone(),
                    Target::Command(command),
                    None,
                )
            })
            .collect();
        entries.extend(content.items().map(|item| {
            Entry::new(
                title(item),
                strings.kind(item.kind()).to_owned(),
                Target::Open(item.id().to_owned()),
                None,
            )
        }));
        for deck in &content.decks {
            for (n, slide) in deck.slides.iter().enumerate() {
                let shown = match &slide.show {
                    Show::Free { title, .. } => title.clone(),
                    other => other
                        .item_id()
                        .and_then(|id| content.get(id))
                        .map(title)
                        .unwrap_or_default(),
                };
                let place = strings.palette_slide(deck.title.as_str(), n + 1);
                entries.push(Entry::new(
                    format!("{place}: {shown}"),
                    strings.kind_slide.clone(),
                    Target::Slide {
                        deck: deck.id.clone(),
                        slide: n,
                    },
                    Some(n + 1),
                ));
            }
        }
        Self {
            entries,
            // Titles and queries are lower-cased once, so the matcher folds no case.
            matcher: SkimMatcherV2::default().respect_case(),
        }
    }

    /// The app's entries: a kiosk's leave out what it does not offer.
    pub fn of(content: &Content, strings: &Strings, kiosk: bool) -> Self {
        let entries = Self::new(content, strings);
        if kiosk { entries.for_kiosk() } else { entries }
    }

    /// Leaves out the commands a kiosk does not offer ([`UiCommand::in_kiosk`]).
    pub fn for_kiosk(mut self) -> Self {
        self.entries
            .retain(|e| !matches!(e.target, Target::Command(c) if !c.in_kiosk()));
        self
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, n: usize) -> Option<&Entry> {
        self.entries.get(n)
    }

    /// The entries matching `query`, best first, at most `limit`. Each word of the
    /// query must match the title on its own, in any order ("ffm 5": the deck's
    /// initials, then the slide's number); a word of digits matches a slide's number
    /// exactly. An empty query lists the commands `scope` has, in their order.
    pub fn find(&self, query: &str, scope: Scope, limit: usize) -> Vec<usize> {
        let query = query.to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return self
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| matches!(e.target, Target::Command(c) if c.scope() == scope))
                .map(|(n, _)| n)
                .take(limit)
                .collect();
        }
        let mut found: Vec<(i64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| match e.target {
                Target::Command(c) => c.scope() == scope,
                _ => true,
            })
            .filter_map(|(n, entry)| Some((self.score(entry, &words)?, n)))
            .collect();
        // Best score first; among equals, the list's own order (commands, cards…).
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().take(limit).map(|(_, n)| n).collect()
    }

    fn score(&self, entry: &Entry, words: &[&str]) -> Option<i64> {
        let mut total = 0;
        for word in words {
            let digits = word.chars().all(|c| c.is_ascii_digit());
            total += match entry.number {
                Some(number) if digits => {
                    (word.parse::<usize>().ok()? == number).then_some(NUMBER_SCORE)?
                }
                // Most titles lack a word's letters in order: skip the matcher's table.
                _ if !in_order(&entry.lower, word) => return None,
                _ => self.matcher.fuzzy_match(&entry.lower, word)?,
            };
        }
        Some(total)
    }
}

impl Entry {
    fn new(title: String, kind: String, target: Target, number: Option<usize>) -> Self {
        Self {
            lower: title.to_lowercase(),
            title,
            kind,
            target,
            number,
        }
    }
}

/// Whether `word`'s characters all occur in `title`, in order.
fn in_order(title: &str, word: &str) -> bool {
    let mut rest = title.chars();
    word.chars().all(|c| rest.any(|t| t == c))
}

/// An item's title in the palette: a phrase pair by both its lines, so either finds it.
fn title(item: Item<'_>) -> String {
    match item {
        Item::Phrase(p) => format!("{} → {}", p.avoid, p.say),
        other => other.title().to_owned(),
    }
}
