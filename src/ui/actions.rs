//! Every change to the app's state: the commands views and keys send, applied once a
//! frame, and the navigation rules they follow.

use super::{
    DefuseApp, RESULT_LIMIT, TOAST_SECONDS, View, command::UiCommand, handouts,
    present::Presenting, queue::AppCommand, style,
};
use crate::{
    content::{DEFAULT_LANGUAGE, Kind},
    export,
    meaning::vectors::Scored,
    practice::{Mark, Round, Scope},
    present::Presentation,
    search::{Analyzer, Filter, Index, fusion},
};

impl DefuseApp {
    /// Applies what views and keys asked for this frame, in the order they asked.
    pub(super) fn drain(&mut self, ctx: &egui::Context) {
        let mut commands = self.inbox.take();
        commands.extend(self.commands.take());
        if commands.is_empty() {
            return;
        }
        for command in commands {
            self.apply(ctx, command);
        }
        // The frame just drawn showed the state before these commands.
        ctx.request_repaint();
    }

    fn apply(&mut self, ctx: &egui::Context, command: AppCommand) {
        match command {
            AppCommand::Ui(command) => self.run(ctx, command),
            AppCommand::Open(id) => self.navigate(View::Item(id)),
            AppCommand::Navigate(view) => self.navigate(view),
            AppCommand::SetQuery(query) => self.set_query(query),
            AppCommand::ClearSearch => {
                self.set_query(String::new());
                self.focus_search = true;
            }
            AppCommand::MoveSelection(by) => {
                let last = self.results.len().saturating_sub(1);
                self.selected = self.selected.saturating_add_signed(by).min(last);
                self.scroll_to_selected = true;
            }
            AppCommand::SelectResult(n) => {
                if n < self.results.len() {
                    self.selected = n;
                }
            }
            AppCommand::OpenSelected => {
                if let Some(hit) = self.results.get(self.selected) {
                    self.navigate(View::Item(hit.id.clone()));
                }
            }
            AppCommand::ResultsViewport(offset, height) => {
                self.results_viewport = (offset, height);
            }
            AppCommand::ToggleFavourite(id) => {
                self.user.toggle_favourite(&id);
                self.save_user();
            }
            AppCommand::CopyPhrase { id, text } => {
                ctx.copy_text(text);
                self.copied = Some(id);
            }
            AppCommand::SetPhraseSituation(situation) => {
                self.phrase_filter = situation;
                self.filter_phrases();
            }
            AppCommand::SetPhraseText(text) => {
                self.phrase_text = text;
                self.filter_phrases();
            }
            AppCommand::SetRecordMissed(on) => self.set_record_missed(on),
            AppCommand::ClearMissed => {
                self.missed.clear();
                self.save_missed();
            }
            AppCommand::DismissNotices => self.notices.clear(),
            AppCommand::StartPresenting {
                id,
                page,
                presenter_only,
            } => self.start_presenting(ctx, id, page, presenter_only),
            AppCommand::StartPractice(scope) => self.start_practice(ctx, &scope),
            AppCommand::SetReply(text) => {
                if let Some(round) = &mut self.round {
                    *round.reply_mut() = text;
                }
            }
            AppCommand::SetHandoutForm(form) => self.handout = form,
            AppCommand::WriteHandout => {
                let form = &self.handout;
                let scope = match form.deck.as_deref() {
                    Some(id) => export::Scope::deck(&self.content, id),
                    None => Ok(export::Scope::All),
                };
                let dir = std::path::PathBuf::from(form.dir.trim());
                let written = scope.and_then(|scope| {
                    export::write(
                        &self.content,
                        &self.strings,
                        &dir,
                        scope,
                        export::Print {
                            layout: form.layout,
                            paper: form.paper,
                            two_up: form.two_up,
                        },
                    )
                });
                self.handout.written = Some(written.map_err(|e| e.to_string()));
            }
            AppCommand::ChooseHandoutFolder => self.choose_folder(ctx),
            AppCommand::OpenFolder(dir) => {
                if let Err(e) = handouts::open_folder(&dir) {
                    self.notice(format!("{}: {e}", dir.display()));
                }
            }
            AppCommand::MeaningLoaded(loaded) => {
                if let Some(why) = self.meaning.loaded(loaded) {
                    self.notices
                        .push(self.strings.meaning_off.replace("{why}", &why));
                } else if !self.query.trim().is_empty() {
                    self.meaning.ask(&self.query);
                }
            }
            AppCommand::QueryMeaning { query, scores } => self.rerank(&query, &scores),
            AppCommand::Present(action) => {
                let now = ctx.input(|i| i.time);
                if let Some(presenting) = &mut self.presenting {
                    presenting.show.apply(action, now);
                }
            }
        }
    }

    /// The search index, built on first use if start-up did not build it.
    fn index(&mut self) -> &Index {
        self.index.get_or_insert_with(|| {
            Index::new(&self.content, Analyzer::for_language(DEFAULT_LANGUAGE))
        })
    }

    pub(super) fn set_query(&mut self, query: String) {
        if query.trim().is_empty() {
            self.abandon_query();
        }
        if query.trim() != self.query.trim() {
            self.query_opened = false;
            // A new search starts at its first result: the list's old scroll offset
            // would hide the best matches above the view while Enter opens them.
            self.scroll_to_top = true;
            self.results_viewport.0 = 0.0;
        }
        self.query = query;
        if self.query.trim().is_empty() {
            self.results.clear();
            self.understood.clear();
            self.weak = false;
        } else {
            let query = self.query.clone();
            let outcome = self.index().search_detailed(&query, RESULT_LIMIT);
            self.results = outcome.hits;
            self.understood = outcome.understood;
            self.weak = outcome.weak;
            // The words' results show now; meaning joins them when the vector comes.
            self.meaning.ask(&query);
        }
        self.selected = 0;
        if self.view != View::Home && !self.query.trim().is_empty() {
            self.navigate(View::Home);
            self.search_from_page = true;
        } else if self.query.is_empty() {
            self.search_from_page = false;
        }
    }

    /// Joins meaning to the results of `query`, if it is still the query on screen.
    /// A row the user moved to stays highlighted; an untouched list starts at its
    /// new best.
    fn rerank(&mut self, query: &str, scores: &[Scored]) {
        if self.meaning.ready().is_none() || query != self.query || query.trim().is_empty() {
            return;
        }
        let kept = (self.selected > 0)
            .then(|| self.results.get(self.selected).map(|h| h.id.clone()))
            .flatten();
        let scores: Vec<_> = scores.iter().map(Scored::borrowed).collect();
        let outcome = fusion::with_scores(self.index(), query, &scores, RESULT_LIMIT);
        self.results = outcome.hits;
        self.understood = outcome.understood;
        self.weak = outcome.weak;
        self.selected = kept
            .and_then(|id| self.results.iter().position(|h| h.id == id))
            .unwrap_or(0);
    }

    /// The phrases page's list: filtered through the same index as the main search,
    /// best match first, so typos and word forms behave the same everywhere. Worked
    /// out when the filter changes, not every frame.
    fn filter_phrases(&mut self) {
        let mut filter = Filter::kind(Kind::Phrase);
        if let Some(situation) = &self.phrase_filter {
            let ids: std::collections::HashSet<String> = self
                .content
                .phrases
                .iter()
                .filter(|p| p.situations.contains(situation))
                .map(|p| p.id.clone())
                .collect();
            filter = filter.with_ids(ids);
        }
        let text = self.phrase_text.clone();
        self.phrase_list = self
            .index()
            .search_filtered(&text, usize::MAX, &filter)
            .hits
            .into_iter()
            .map(|hit| hit.id)
            .collect();
    }

    /// A query left with no result opened found nothing useful: remember it, if the
    /// user asked for that.
    pub(super) fn abandon_query(&mut self) {
        if !self.prefs.record_missed || self.query_opened || self.query.trim().is_empty() {
            return;
        }
        let query = std::mem::take(&mut self.query);
        if self.missed.record(&query) {
            self.save_missed();
        }
        self.query = query;
    }

    fn save_missed(&mut self) {
        if let Err(e) = self.missed_store.save(&self.missed) {
            self.notice(e.to_string());
        }
    }

    /// Turns recording of missed searches on or off; off forgets nothing already kept.
    fn set_record_missed(&mut self, on: bool) {
        self.prefs.record_missed = on;
        if on {
            let (missed, notice) = self.missed_store.load();
            self.missed = missed;
            self.notices.extend(notice);
        }
    }

    fn notice(&mut self, message: String) {
        if !self.notices.contains(&message) {
            self.notices.push(message);
        }
    }

    /// Goes to `view`. Leaving Home clears the search, so an old query never sits above
    /// an unrelated page; arriving Home puts the cursor in the search box.
    pub(super) fn navigate(&mut self, view: View) {
        if view == self.view {
            return;
        }
        if let View::Item(id) = &view {
            self.user.visited(id);
            self.save_user();
        }
        if view != View::Home && !self.query.is_empty() {
            if matches!(view, View::Item(_)) && !self.results.is_empty() {
                self.query_opened = true;
            }
            self.abandon_query();
            self.query.clear();
            self.results.clear();
            self.selected = 0;
        }
        let previous = std::mem::replace(&mut self.view, view);
        // Results of a search started on a page are no page of their own: that page is
        // already last in the history, and Back returns there (rule 4 in `keys`).
        if !std::mem::take(&mut self.search_from_page) {
            self.history.push(previous);
        }
        self.arrive();
    }

    /// Back (Esc, Alt+←, the button), by the rules in `keys`.
    fn back(&mut self) {
        if self.view == View::Home {
            if self.query.is_empty() {
                // Nothing to go back to from Home: never forward to an old page.
                self.focus_search = true;
                return;
            }
            let from_page = self.search_from_page;
            self.set_query(String::new());
            if from_page && let Some(page) = self.history.pop() {
                self.view = page;
            }
        } else {
            self.view = self.history.pop().unwrap_or(View::Home);
        }
        self.arrive();
    }

    /// What every page change does: open at the top, focus search on Home, and have
    /// the phrases page's list ready.
    fn arrive(&mut self) {
        self.copied = None;
        self.scroll_to_top = true;
        if self.view != View::Practice {
            self.pause_practice();
        }
        // Only Home takes the cursor to the search box; a request left from before
        // (the first frame's) must not follow the user to another page.
        self.focus_search = self.view == View::Home;
        self.leave_search = self.view != View::Home;
        if self.view == View::Phrases {
            self.filter_phrases();
        }
    }

    /// User data is small: write it on every change, so nothing depends on a clean exit.
    fn save_user(&mut self) {
        if let Err(e) = self.store.save(&self.user) {
            self.notice(e.to_string());
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::FocusSearch => self.focus_search = true,
            UiCommand::Back => self.back(),
            UiCommand::Home => {
                self.set_query(String::new());
                self.navigate(View::Home);
            }
            UiCommand::SafetyCard => self.navigate(View::Safety),
            UiCommand::ToggleFavourite => {
                if let View::Item(id) = self.view.clone() {
                    self.user.toggle_favourite(&id);
                    self.save_user();
                }
            }
            UiCommand::ZoomIn => self.zoom(ctx, self.prefs.zoom * 1.1),
            UiCommand::ZoomOut => self.zoom(ctx, self.prefs.zoom / 1.1),
            UiCommand::ZoomReset => self.zoom(ctx, 1.0),
            UiCommand::CycleTheme => {
                self.prefs.theme = self.prefs.theme.next();
                self.prefs.theme.apply(ctx);
                let now = self.prefs.theme.label(&self.strings).to_owned();
                let text = self.strings.theme_now.replace("{theme}", &now);
                self.toast = Some((text, ctx.input(|i| i.time) + TOAST_SECONDS));
            }
            UiCommand::ShowPhrases => self.navigate(View::Phrases),
            UiCommand::ShowPlaybooks => self.navigate(View::Playbooks),
            UiCommand::ShowPrinciples => self.navigate(View::Principles),
            UiCommand::ShowDecks => self.navigate(View::Decks),
            UiCommand::ShowFavourites => self.navigate(View::Favourites),
            UiCommand::ShowMissed => self.navigate(View::Missed),
            UiCommand::ShowHelp => self.navigate(View::Help),
            UiCommand::Present => {
                // F5 on the presentation last left resumes where the class was.
                let open = match &self.view {
                    View::Item(id) => Some(id.as_str()),
                    _ => None,
                };
                let page = match &self.resume {
                    Some((id, page)) if open == Some(id.as_str()) => *page,
                    _ => 0,
                };
                self.start_presenting(ctx, None, page, false);
            }
            UiCommand::ProjectorTheme => self.prefs.projector = self.prefs.projector.toggled(),
            UiCommand::LeavePresentation => self.stop_presenting(ctx),
            UiCommand::Practise => {
                let scope = match &self.view {
                    View::Item(id) if self.content.decks.iter().any(|d| &d.id == id) => {
                        Scope::Deck(id.clone())
                    }
                    View::Item(id) if self.content.customer_type(id).is_some() => {
                        Scope::Card(id.clone())
                    }
                    _ => Scope::All,
                };
                self.start_practice(ctx, &scope);
            }
            UiCommand::ShowAnswer => {
                if let Some(round) = &mut self.round {
                    round.reveal();
                }
            }
            UiCommand::PrintHandouts => {
                if let View::Item(id) = &self.view
                    && self.content.decks.iter().any(|d| &d.id == id)
                {
                    self.handout.deck = Some(id.clone());
                }
                self.navigate(View::Handouts);
            }
            UiCommand::HadTheIdea => self.mark(Mark::HadIt),
            UiCommand::PractiseAgain => self.mark(Mark::Again),
            // The presentation's own keys arrive as `AppCommand::Present`.
            UiCommand::NextSlide
            | UiCommand::PreviousSlide
            | UiCommand::FirstSlide
            | UiCommand::LastSlide
            | UiCommand::BlackScreen
            | UiCommand::WhiteScreen
            | UiCommand::SlideGrid
            | UiCommand::TogglePresenterView => {}
        }
    }

    /// Practises `scope`: the paused round of it if there is one, else a new round.
    /// Opens the folder dialog on a thread of its own: it is modal to the user, not to
    /// the app, which keeps drawing (and its window keeps answering) while it is open.
    fn choose_folder(&mut self, ctx: &egui::Context) {
        if self.folder_choice.is_some() {
            return;
        }
        let (answer, receive) = std::sync::mpsc::channel();
        let pick = self.folder_picker.0;
        let start = std::path::PathBuf::from(self.handout.dir.trim());
        let title = self.strings.choose_folder_title.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // The app may have closed meanwhile; then nobody waits for the answer.
            let _ = answer.send(pick(&start, &title));
            ctx.request_repaint();
        });
        self.folder_choice = Some(receive);
    }

    /// Takes the folder dialog's answer once it has one; a folder picked replaces the
    /// one typed, a cancel leaves it.
    pub(super) fn receive_folder_choice(&mut self) {
        let Some(receive) = &self.folder_choice else {
            return;
        };
        match receive.try_recv() {
            Ok(picked) => {
                if let Some(dir) = picked {
                    self.handout.dir = dir.display().to_string();
                    self.handout.written = None;
                }
                self.folder_choice = None;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.folder_choice = None,
        }
    }

    pub fn choosing_folder(&self) -> bool {
        self.folder_choice.is_some()
    }

    fn start_practice(&mut self, ctx: &egui::Context, scope: &Scope) {
        let paused = self.progress.resume();
        let round = match paused {
            Some(round) if round.scope() == scope && !round.is_done() => Some(round),
            other => {
                // A paused round of other pairs stays paused.
                if let Some(other) = other {
                    self.progress.pause(other);
                }
                match scope {
                    Scope::Deck(id) => Round::for_deck(&self.content, &self.progress, id),
                    Scope::Card(id) => Round::for_card(&self.content, &self.progress, id),
                    Scope::All => Round::all(&self.content, &self.progress),
                }
            }
        };
        let Some(round) = round else {
            let now = ctx.input(|i| i.time);
            self.toast = Some((self.strings.practice_nothing.clone(), now + TOAST_SECONDS));
            return;
        };
        self.round = Some(round);
        if self.view == View::Practice {
            self.arrive();
        } else {
            self.navigate(View::Practice);
        }
    }

    fn mark(&mut self, mark: Mark) {
        let Some(round) = &mut self.round else {
            return;
        };
        if round.mark(mark, &mut self.progress) {
            self.save_progress();
        }
    }

    /// Leaving the practice page keeps the round to resume.
    pub(super) fn pause_practice(&mut self) {
        if let Some(round) = self.round.take() {
            self.progress.pause(round);
            self.save_progress();
        }
    }

    /// Writes the progress with the open round as paused, leaving it open: what a
    /// restart resumes if the app closes mid-round.
    pub(super) fn keep_practice(&mut self) {
        let Some(round) = &self.round else {
            return;
        };
        let mut progress = self.progress.clone();
        progress.pause(round.clone());
        if let Err(e) = self.practice_store.save(&progress) {
            self.notice(e.to_string());
        }
    }

    fn save_progress(&mut self) {
        if let Err(e) = self.practice_store.save(&self.progress) {
            self.notice(e.to_string());
        }
    }

    /// Presents `id`, or the open item or deck; says what to do when nothing is open.
    fn start_presenting(
        &mut self,
        ctx: &egui::Context,
        id: Option<String>,
        page: usize,
        presenter_only: bool,
    ) {
        let id = id.or_else(|| match &self.view {
            View::Item(id) => Some(id.clone()),
            _ => None,
        });
        let now = ctx.input(|i| i.time);
        let Some(show) = id.and_then(|id| Presentation::item(&self.content, &id, now)) else {
            let text = self.strings.present_nothing.clone();
            self.toast = Some((text, now + TOAST_SECONDS));
            return;
        };
        self.presenting = Some(Presenting {
            show,
            from: self.view.clone(),
            split_for: None,
            start_page: Some(page),
            presenter_only,
            bodies: Vec::new(),
        });
        // A screenshot keeps the size it was asked for.
        if self.screenshot.is_none() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Esc: back to the page the trainer left, as it was.
    fn stop_presenting(&mut self, ctx: &egui::Context) {
        if let Some(presenting) = self.presenting.take() {
            let show = &presenting.show;
            if let Some(id) = show.deck_id().or(show.item_id()) {
                self.resume = Some((id.to_owned(), show.page_index()));
            }
            if self.screenshot.is_none() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
            self.view = presenting.from;
            self.arrive();
        }
    }

    fn zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        // Past what the window allows, further Ctrl+= would only have to be undone.
        let width = ctx.content_rect().width() * ctx.zoom_factor();
        self.prefs.zoom = style::fit_zoom(zoom, width);
        ctx.set_zoom_factor(self.prefs.zoom);
    }
}
