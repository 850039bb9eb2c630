//! Printable handouts: a deck (or every card and playbook) as one self-contained HTML
//! file per run, in the `cards`, `pocket` or `notes` layout. Egui-free: the slides come
//! from `present::slide_page`/`item_page`, so a handout shows exactly what a slide shows.

mod html;
mod pages;
mod pocket;

use std::{
    fmt, fs,
    path::{Path, PathBuf},
    str::FromStr,
};

use crate::content::{Content, Deck, Item};
use crate::present::{Page, item_page, slide_page};
use crate::strings::Strings;

/// How the handout is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// One item (slide) per page, for learners.
    #[default]
    Cards,
    /// Phrase pairs on A6 cards, four to a sheet, for an apron pocket.
    Pocket,
    /// The trainer's copy: each slide with its notes, questions and role-play brief.
    Notes,
}

/// The sheet the handout is printed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Layout {
    pub const ALL: [Self; 3] = [Self::Cards, Self::Pocket, Self::Notes];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cards => "cards",
            Self::Pocket => "pocket",
            Self::Notes => "notes",
        }
    }
}

impl Paper {
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Letter => "letter",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Layout {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| "use cards, pocket or notes".to_owned())
    }
}

impl FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == s.to_ascii_lowercase())
            .ok_or_else(|| "use a4 or letter".to_owned())
    }
}

/// Why a handout was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no training deck with id `{0}`")]
    UnknownDeck(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a handout covers: one deck's slides, or every card and playbook.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    Deck(&'a Deck),
    All,
}

/// One slide as printed: the page the projector shows (all stages at once) and the
/// trainer's material, which only the `notes` layout prints.
#[derive(Debug)]
pub(crate) struct PrintSlide<'a> {
    pub page: Page,
    /// The item the slide shows, for its sources; none on a free slide.
    pub item: Option<Item<'a>>,
    pub slide: Option<&'a crate::content::model::Slide>,
}

impl<'a> Scope<'a> {
    /// The deck with `id`, or an error naming it.
    pub fn deck(content: &'a Content, id: &str) -> Result<Self, ExportError> {
        content
            .decks
            .iter()
            .find(|d| d.id == id)
            .map(Scope::Deck)
            .ok_or_else(|| ExportError::UnknownDeck(id.to_owned()))
    }

    /// The file name stem: the deck id, or `all`.
    fn stem(self) -> String {
        match self {
            // Ids are content text: keep the name to safe characters so it cannot
            // climb out of DIR or clash with the file system.
            Self::Deck(deck) => deck
                .id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect(),
            Self::All => "all".to_owned(),
        }
    }

    /// The header over every page.
    fn title<'s>(self, s: &'s Strings) -> &'s str
    where
        'a: 's,
    {
        match self {
            Self::Deck(deck) => &deck.title,
            Self::All => &s.handout_everything,
        }
    }

    /// The slides in deck order, or each card then each playbook.
    fn slides(self, content: &'a Content) -> Vec<PrintSlide<'a>> {
        match self {
            Self::Deck(deck) => deck
                .slides
                .iter()
                .enumerate()
                .filter_map(|(i, slide)| {
                    Some(PrintSlide {
                        page: slide_page(content, slide, i)?,
                        item: slide.show.item_id().and_then(|id| content.get(id)),
                        slide: Some(slide),
                    })
                })
                .collect(),
            Self::All => {
                let cards = content.customer_types.iter().map(Item::CustomerType);
                let playbooks = content.playbooks.iter().map(Item::Playbook);
                cards
                    .chain(playbooks)
                    .enumerate()
                    .filter_map(|(i, item)| {
                        let mut page = item_page(item, false)?;
                        page.slide = i;
                        Some(PrintSlide {
                            page,
                            item: Some(item),
                            slide: None,
                        })
                    })
                    .collect()
            }
        }
    }
}

/// The whole handout as one HTML document, its labels in `strings`.
pub fn render(
    content: &Content,
    strings: &Strings,
    scope: Scope<'_>,
    layout: Layout,
    paper: Paper,
) -> String {
    let body = match layout {
        Layout::Cards | Layout::Notes => {
            let slides = scope.slides(content);
            pages::render(content, strings, scope, &slides, layout, paper)
        }
        Layout::Pocket => pocket::render(content, strings, scope, paper),
    };
    html::document(scope.title(strings), layout, paper, &body)
}

/// The file a run writes: `DIR/<deck-or-all>-<layout>-<paper>.html`.
pub fn file_path(dir: &Path, scope: Scope<'_>, layout: Layout, paper: Paper) -> PathBuf {
    dir.join(format!("{}-{layout}-{paper}.html", scope.stem()))
}

/// Renders the handout and writes it into `dir` (created if missing); returns its path.
pub fn write(
    content: &Content,
    strings: &Strings,
    dir: &Path,
    scope: Scope<'_>,
    layout: Layout,
    paper: Paper,
) -> Result<PathBuf, ExportError> {
    let path = file_path(dir, scope, layout, paper);
    let html = render(content, strings, scope, layout, paper);
    fs::create_dir_all(dir)
        .and_then(|()| fs::write(&path, html))
        .map_err(|source| ExportError::Write {
            path: path.clone(),
            source,
        })?;
    Ok(path)
}

#[cfg(test)]
mod tests;
