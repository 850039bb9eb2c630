//! Printable handouts: a deck (or every card and playbook) as one self-contained HTML
//! file per run, in the `cards`, `pocket`, `notes` or `roleplay` layout. Egui-free: the
//! slides come from `present::slide_page`/`item_page`, so a handout shows exactly what a
//! slide shows.

mod html;
mod layout_card;
mod measure;
mod pages;
mod pairs;
mod pieces;
mod pocket;
mod roleplay;
mod runsheet;

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
    /// The trainer's copy: a run sheet, then each slide with its notes, questions,
    /// answers and role-play brief.
    Notes,
    /// Each role-play's briefs as separate cut-out cards for the customer, the staff
    /// member and the observer, so no player reads another's brief.
    Roleplay,
}

/// The sheet the handout is printed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Layout {
    pub const ALL: [Self; 4] = [Self::Cards, Self::Pocket, Self::Notes, Self::Roleplay];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cards => "cards",
            Self::Pocket => "pocket",
            Self::Notes => "notes",
            Self::Roleplay => "roleplay",
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
            .ok_or_else(|| crate::strings::current().cli_layout())
    }
}

impl FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == s.to_ascii_lowercase())
            .ok_or_else(|| crate::strings::current().cli_paper())
    }
}

/// Why a handout was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", crate::strings::current().err_unknown_deck(.0.as_str()))]
    UnknownDeck(String),
    #[error("{}", crate::strings::current().err_write(path.display().to_string(), source.to_string()))]
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

/// How a handout is printed: its layout, its paper, and whether short pages share a
/// sheet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Print {
    pub layout: Layout,
    pub paper: Paper,
    /// Two short slides to a sheet (`cards` and `notes`); a safety card keeps its own.
    pub two_up: bool,
}

impl Print {
    pub fn new(layout: Layout, paper: Paper) -> Self {
        Self {
            layout,
            paper,
            two_up: false,
        }
    }
}

/// The whole handout as one HTML document, its labels in `strings`, one slide a page.
pub fn render(
    content: &Content,
    strings: &Strings,
    scope: Scope<'_>,
    layout: Layout,
    paper: Paper,
) -> String {
    render_with(content, strings, scope, Print::new(layout, paper))
}

/// The whole handout as `print` sets it.
pub fn render_with(content: &Content, strings: &Strings, scope: Scope<'_>, print: Print) -> String {
    let Print {
        layout,
        paper,
        two_up,
    } = print;
    let body = match layout {
        Layout::Cards | Layout::Notes => {
            let slides = scope.slides(content);
            let mut body = String::new();
            if layout == Layout::Notes
                && let Scope::Deck(deck) = scope
            {
                // Titles as the slides show them; a slide whose item is missing, its id.
                let titles: Vec<String> = deck
                    .slides
                    .iter()
                    .map(|slide| match &slide.show {
                        crate::content::model::Show::Free { title, .. } => title.clone(),
                        show => {
                            let id = show.item_id().unwrap_or_default();
                            content.get(id).map_or(id, |item| item.title()).to_owned()
                        }
                    })
                    .collect();
                let run = runsheet::render(deck, &titles, strings, scope, paper);
                if two_up {
                    // In two-up every printed sheet is a `div.sheet`, the run sheet's
                    // pages too, so a sheet count matches the printout.
                    for page in run.split_inclusive("</section>\n") {
                        body.push_str("<div class=\"sheet\">\n");
                        body.push_str(page);
                        body.push_str("</div>\n");
                    }
                } else {
                    body.push_str(&run);
                }
            }
            body.push_str(&pages::render(
                content, strings, scope, &slides, layout, paper, two_up,
            ));
            body
        }
        Layout::Pocket => pocket::render(content, strings, scope, paper),
        Layout::Roleplay => roleplay::render(content, strings, scope, paper),
    };
    html::document(scope.title(strings), layout, paper, &body)
}

/// The file a run writes: `DIR/<deck-or-all>-<layout>[-2up]-<paper>.html`.
pub fn file_path(dir: &Path, scope: Scope<'_>, print: Print) -> PathBuf {
    let Print {
        layout,
        paper,
        two_up,
    } = print;
    let two_up = if two_up && matches!(layout, Layout::Cards | Layout::Notes) {
        "-2up"
    } else {
        ""
    };
    dir.join(format!("{}-{layout}{two_up}-{paper}.html", scope.stem()))
}

/// Renders the handout and writes it into `dir` (created if missing); returns its path.
pub fn write(
    content: &Content,
    strings: &Strings,
    dir: &Path,
    scope: Scope<'_>,
    print: Print,
) -> Result<PathBuf, ExportError> {
    let path = file_path(dir, scope, print);
    let html = render_with(content, strings, scope, print);
    fs::create_dir_all(dir)
        .and_then(|()| crate::output::write(&path, html))
        .map_err(|source| ExportError::Write {
            path: path.clone(),
            source,
        })?;
    Ok(path)
}

#[cfg(test)]
mod tests;
