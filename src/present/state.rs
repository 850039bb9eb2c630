//! The presentation as a pure state machine: which page and reveal stage is shown, what
//! covers it (black, white, the grid), the typed page number, the timer and the
//! presenter view. Every key or click becomes an [`Action`]; views only read the state.

use super::{
    page::{Page, item_page, slide_page},
    paginate::{Measure, paginate},
    timer::{Pace, Timer, minutes_before},
};
use crate::content::{
    Content, Item,
    model::{Roleplay, Slide},
};

/// At most this many digits are kept while a page number is typed: more can only be
/// a stuck key, and the number stays far from overflowing.
const MAX_TYPED: usize = 4;

/// What the projector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Slide,
    Black,
    White,
    /// The overview of every page, with the one a Choose or Enter would open.
    Grid {
        selected: usize,
    },
}

/// Everything that moves a presentation: keys, clicks and the presenter's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    First,
    Last,
    /// A digit (0–9) of a page number; Enter jumps to it.
    Digit(u8),
    Enter,
    Black,
    White,
    Grid,
    /// Moves the grid selection by this many pages (±1, ± a row of columns).
    GridMove(i32),
    /// Opens the page with this 0-based index (from the grid or a thumbnail).
    Choose(usize),
    TogglePresenter,
    PauseTimer,
    ResetTimer,
}

/// What the next "next" shows, for the presenter view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upcoming {
    /// The current page at this stage.
    Reveal { page: usize, stage: usize },
    /// This page (0-based), at stage 0.
    Page(usize),
    /// Nothing: the last page is fully shown.
    End,
}

/// A deck or a lone item being presented.
#[derive(Debug, Clone)]
pub struct Presentation {
    deck_id: Option<String>,
    item_id: Option<String>,
    /// The deck's slides, for their notes, questions and role-play; empty for an item.
    slides: Vec<Slide>,
    /// One page per slide, before any splitting: what `paginate` starts from.
    unsplit: Vec<Page>,
    /// What is shown, never empty.
    pages: Vec<Page>,
    /// Each page's body size on the screen last paginated for; empty until then.
    bodies: Vec<f32>,
    page: usize,
    stage: usize,
    screen: Screen,
    typed: String,
    timer: Timer,
    /// The deck slide the pace counts from: where the presentation started, or where
    /// the timer was last reset (after a break, say).
    plan_from: usize,
    presenter: bool,
    minutes: Option<u32>,
}

impl Presentation {
    /// A deck from its first page, timer running from `now`. None when no deck has this
    /// id or none of its slides can be shown. One page per slide until [`Self::paginate`].
    pub fn deck(content: &Content, deck_id: &str, now: f64) -> Option<Self> {
        let deck = content.decks.iter().find(|d| d.id == deck_id)?;
        let pages: Vec<Page> = deck
            .slides
            .iter()
            .enumerate()
            .filter_map(|(i, slide)| slide_page(content, slide, i))
            .collect();
        if pages.is_empty() {
            return None;
        }
        let presenter = deck
            .slides
            .iter()
            .any(|s| s.notes.is_some() || !s.questions.is_empty() || s.roleplay.is_some());
        Some(
            Self::new(pages, now, presenter, Some(deck.minutes)).with_ids(
                Some(deck.id.clone()),
                None,
                deck.slides.clone(),
            ),
        )
    }

    /// One item on its own page: no notes, no minutes, presenter view closed. A deck's
    /// id presents the deck, so "present what is open" works on a deck page too.
    pub fn item(content: &Content, item_id: &str, now: f64) -> Option<Self> {
        let item = content.get(item_id)?;
        if let Item::Deck(deck) = item {
            return Self::deck(content, &deck.id, now);
        }
        let page = item_page(item, false)?;
        Some(Self::new(vec![page], now, false, None).with_ids(
            None,
            Some(item.id().to_owned()),
            Vec::new(),
        ))
    }

    fn new(pages: Vec<Page>, now: f64, presenter: bool, minutes: Option<u32>) -> Self {
        Self {
            deck_id: None,
            item_id: None,
            slides: Vec::new(),
            unsplit: pages.clone(),
            pages,
            bodies: Vec::new(),
            page: 0,
            stage: 0,
            screen: Screen::Slide,
            typed: String::new(),
            timer: Timer::start(now),
            plan_from: 0,
            presenter,
            minutes,
        }
    }

    fn with_ids(mut self, deck: Option<String>, item: Option<String>, slides: Vec<Slide>) -> Self {
        self.deck_id = deck;
        self.item_id = item;
        self.slides = slides;
        self
    }

    /// Splits pages that do not fit and sizes their type, with `sizes` (largest first,
    /// the floor last) and `measure` from the interface (see [`paginate`]). Call it
    /// again when the screen size changes: it starts from the unsplit slides. If the
    /// pages change, the current slide restarts at its first page; if not, nothing
    /// moves.
    pub fn paginate(&mut self, sizes: &[f32], measure: &mut Measure<'_>) {
        let split = paginate(self.unsplit.clone(), sizes, measure);
        self.bodies = split.bodies;
        if split.pages == self.pages {
            return;
        }
        let slide = self.current().slide;
        self.pages = split.pages;
        self.page = self
            .pages
            .iter()
            .position(|p| p.slide == slide)
            .unwrap_or(0);
        self.stage = 0;
        // A blank or the grid stays up; the grid's selection stays on a real page.
        if let Screen::Grid { selected } = self.screen {
            self.select(selected, 0);
        }
    }

    /// Applies one key, click or button; `now` is the clock in seconds.
    pub fn apply(&mut self, action: Action, now: f64) {
        if !matches!(action, Action::Digit(_) | Action::Enter) {
            self.typed.clear();
        }
        match action {
            Action::Next => self.step(true),
            Action::Previous => self.step(false),
            Action::First | Action::Last => {
                let target = if action == Action::First {
                    0
                } else {
                    self.last()
                };
                match self.screen {
                    Screen::Grid { .. } => self.screen = Screen::Grid { selected: target },
                    _ => self.go_to_page(target),
                }
            }
            Action::Digit(d) if d <= 9 && self.typed.len() < MAX_TYPED => {
                self.typed.push(char::from(b'0' + d));
            }
            Action::Digit(_) => {}
            Action::Enter => self.enter(),
            Action::Black => self.blank(Screen::Black),
            Action::White => self.blank(Screen::White),
            Action::Grid => {
                self.screen = match self.screen {
                    Screen::Grid { .. } => Screen::Slide,
                    _ => Screen::Grid {
                        selected: self.page,
                    },
                };
            }
            Action::GridMove(by) => {
                if let Screen::Grid { selected } = self.screen {
                    self.select(selected, by);
                }
            }
            Action::Choose(page) => self.go_to_page(page),
            Action::TogglePresenter => self.presenter = !self.presenter,
            Action::PauseTimer => self.timer.toggle(now),
            Action::ResetTimer => {
                self.timer.reset(now);
                self.plan_from = self.current().slide;
            }
        }
    }

    /// Shows page `n` (0-based, clamped) at stage 0, closing any blank or grid.
    pub fn go_to_page(&mut self, n: usize) {
        self.show(n.min(self.last()));
    }

    /// Starts on page `n` rather than the first: the pace counts from its slide, so a
    /// class that picks up halfway is not told it is ahead.
    pub fn start_at(&mut self, n: usize) {
        self.go_to_page(n);
        self.plan_from = self.current().slide;
    }

    fn show(&mut self, page: usize) {
        self.page = page;
        self.stage = 0;
        self.screen = Screen::Slide;
    }

    fn last(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Next or previous: on a blank screen it only brings the slide back (any key
    /// un-blanks, as in reveal.js); in the grid it moves the selection.
    fn step(&mut self, forward: bool) {
        match self.screen {
            Screen::Black | Screen::White => self.screen = Screen::Slide,
            Screen::Grid { selected } => self.select(selected, if forward { 1 } else { -1 }),
            Screen::Slide if forward => self.next(),
            Screen::Slide => self.previous(),
        }
    }

    fn next(&mut self) {
        match self.upcoming() {
            Upcoming::Reveal { stage, .. } => self.stage = stage,
            Upcoming::Page(page) => self.show(page),
            Upcoming::End => {}
        }
    }

    /// Going back hides the last reveal; at stage 0 it opens the previous page, also
    /// at stage 0, so its reveals replay.
    fn previous(&mut self) {
        if self.stage > 0 {
            self.stage -= 1;
        } else if self.page > 0 {
            self.show(self.page - 1);
        }
    }

    fn enter(&mut self) {
        let typed = std::mem::take(&mut self.typed);
        match (typed.parse::<usize>(), self.screen) {
            // Typed numbers are slide numbers, 1-based, as the outline and the progress
            // mark show them: the slide's first page. Past the last, the last page.
            (Ok(n), _) => {
                let slide = n.saturating_sub(1);
                let page = self
                    .pages
                    .iter()
                    .position(|p| p.slide >= slide)
                    .unwrap_or(self.last());
                self.go_to_page(page);
            }
            (Err(_), Screen::Grid { selected }) => self.go_to_page(selected),
            (Err(_), _) => self.step(true),
        }
    }

    /// The same key again brings the slide back; the other colour swaps.
    fn blank(&mut self, colour: Screen) {
        self.screen = if self.screen == colour {
            Screen::Slide
        } else {
            colour
        };
    }

    fn select(&mut self, from: usize, by: i32) {
        let moved = i64::try_from(from).unwrap_or(i64::MAX) + i64::from(by);
        let last = i64::try_from(self.last()).unwrap_or(i64::MAX);
        // Clamped into 0..=last, so the conversion back cannot fail.
        let selected = usize::try_from(moved.clamp(0, last)).unwrap_or(0);
        self.screen = Screen::Grid { selected };
    }

    pub fn deck_id(&self) -> Option<&str> {
        self.deck_id.as_deref()
    }

    /// The item presented on its own; none for a deck.
    pub fn item_id(&self) -> Option<&str> {
        self.item_id.as_deref()
    }

    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// Page `n`'s body size on the screen it was split for; none before splitting.
    pub fn body(&self, n: usize) -> Option<f32> {
        self.bodies.get(n).copied()
    }

    /// The current page's 0-based index.
    pub fn page_index(&self) -> usize {
        self.page
    }

    pub fn current(&self) -> &Page {
        // `pages` is never empty and `page` is always clamped to it.
        &self.pages[self.page]
    }

    /// How many reveal stages of the current page are shown.
    pub fn stage(&self) -> usize {
        self.stage
    }

    /// The progress mark's numbers, as the deck's outline numbers its slides: the
    /// current page's label and the slide count ("5b / 13", P2-3).
    pub fn position(&self) -> (String, usize) {
        (self.page_label(self.page), self.slide_count())
    }

    /// How many slides the deck has (its outline's count); for an item, one per page
    /// it was written as.
    pub fn slide_count(&self) -> usize {
        if self.slides.is_empty() {
            self.unsplit.len()
        } else {
            self.slides.len()
        }
    }

    /// Page `n`'s number as the trainer and the outline know it: its slide's, 1-based,
    /// with b, c… on the slide's continued pages ("5", "5b", "5c").
    pub fn page_label(&self, n: usize) -> String {
        let Some(page) = self.pages.get(n) else {
            return String::new();
        };
        let first = self
            .pages
            .iter()
            .position(|p| p.slide == page.slide)
            .unwrap_or(n);
        let number = page.slide + 1;
        match n.saturating_sub(first) {
            0 => number.to_string(),
            k => {
                let letter = u8::try_from(k).map_or(b'z', |k| b'a'.saturating_add(k).min(b'z'));
                format!("{number}{}", char::from(letter))
            }
        }
    }

    /// What the next "next" would show.
    pub fn upcoming(&self) -> Upcoming {
        if self.stage < self.current().stages {
            Upcoming::Reveal {
                page: self.page,
                stage: self.stage + 1,
            }
        } else if self.page < self.last() {
            Upcoming::Page(self.page + 1)
        } else {
            Upcoming::End
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The digits typed so far, for a quiet echo on screen.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    pub fn presenter(&self) -> bool {
        self.presenter
    }

    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    /// The deck's estimated minutes; none for a lone item.
    pub fn minutes(&self) -> Option<u32> {
        self.minutes
    }

    /// The deck slide behind page `page`: its notes, questions and role-play, which only
    /// the presenter view shows. None for a lone item.
    pub fn slide_of(&self, page: usize) -> Option<&Slide> {
        self.slides.get(self.pages.get(page)?.slide)
    }

    pub fn notes(&self) -> Option<&str> {
        self.slide_of(self.page)?.notes.as_deref()
    }

    pub fn questions(&self) -> &[String] {
        self.slide_of(self.page).map_or(&[], |s| &s.questions)
    }

    pub fn roleplay(&self) -> Option<&Roleplay> {
        self.slide_of(self.page)?.roleplay.as_ref()
    }

    /// Against the deck's plan, from the slide the plan started on (a slide's
    /// "continued" pages share its time); none for a lone item.
    pub fn pace(&self, now: f64) -> Option<Pace> {
        let minutes = self.minutes?;
        let due = |slide| minutes_before(&self.slides, minutes, slide);
        let planned = due(self.current().slide) - due(self.plan_from);
        Some(Pace::of(self.timer.elapsed(now), planned.max(0.0)))
    }
}

#[cfg(test)]
mod tests;
