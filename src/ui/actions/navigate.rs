//! Where the user is: navigation, Back, and the search that goes with it (the rules
//! in `input::keys`).

use crate::ui::{DefuseApp, RESULT_LIMIT, View, site_contacts::SiteForm};
use crate::{
    content::Kind,
    meaning::vectors::Scored,
    search::{Filter, fusion},
};

impl DefuseApp {
    pub(in crate::ui) fn set_query(&mut self, query: String) {
        if query.trim().is_empty() {
            self.abandon_query();
        }
        if query.trim() != self.state.query.trim() {
            self.query_opened = false;
            // A new search starts at its first result: the list's old scroll offset
            // would hide the best matches above the view while Enter opens them.
            self.scroll_to_top = true;
            self.state.results_viewport.0 = 0.0;
        }
        self.state.query = query;
        if self.state.query.trim().is_empty() {
            self.state.results.clear();
            self.state.understood.clear();
            self.state.weak = false;
            self.words = None;
        } else {
            let query = self.state.query.clone();
            let outcome = fusion::words(&self.index, &query, RESULT_LIMIT);
            self.state.results = outcome.hits.clone();
            self.state.understood = outcome.understood.clone();
            self.state.weak = outcome.weak;
            self.words = Some((query.clone(), outcome));
            // The words' results show now; meaning joins them when the vector comes.
            self.meaning.ask(&query, self.index.reach(&query));
        }
        self.state.selected = 0;
        if self.state.view != View::Home && !self.state.query.trim().is_empty() {
            self.navigate(View::Home);
            self.search_from_page = true;
        } else if self.state.query.is_empty() {
            self.search_from_page = false;
        }
    }

    /// Joins meaning to the results of `query`, if it is still the query on screen.
    /// A row the user moved to stays highlighted; an untouched list starts at its
    /// new best.
    pub(in crate::ui) fn rerank(&mut self, query: &str, scores: &[Scored]) {
        if self.meaning.ready().is_none() || query != self.state.query || query.trim().is_empty() {
            return;
        }
        let kept = (self.state.selected > 0)
            .then(|| {
                self.state
                    .results
                    .get(self.state.selected)
                    .map(|h| h.id.clone())
            })
            .flatten();
        let scores: Vec<_> = scores.iter().map(Scored::borrowed).collect();
        let words = match &self.words {
            Some((words_query, words)) if words_query == query => words.clone(),
            _ => fusion::words(&self.index, query, RESULT_LIMIT),
        };
        let outcome = fusion::join(words, &scores, RESULT_LIMIT);
        self.state.results = outcome.hits;
        self.state.understood = outcome.understood;
        self.state.weak = outcome.weak;
        self.state.selected = kept
            .and_then(|id| self.state.results.iter().position(|h| h.id == id))
            .unwrap_or(0);
    }

    /// The phrases page's list: filtered through the same index as the main search,
    /// best match first, so typos and word forms behave the same everywhere. Worked
    /// out when the filter changes, not every frame.
    pub(in crate::ui) fn filter_phrases(&mut self) {
        let mut filter = Filter::kind(Kind::Phrase);
        if let Some(situation) = &self.state.phrase_filter {
            let ids: std::collections::HashSet<String> = self
                .state
                .content
                .phrases
                .iter()
                .filter(|p| p.situations.contains(situation))
                .map(|p| p.id.clone())
                .collect();
            filter = filter.with_ids(ids);
        }
        let text = self.state.phrase_text.clone();
        self.state.phrase_list = self
            .index
            .search_filtered(&text, usize::MAX, &filter)
            .hits
            .into_iter()
            .map(|hit| hit.id)
            .collect();
    }

    /// A query left with no result opened found nothing useful: remember it, if the
    /// user asked for that.
    pub(in crate::ui) fn abandon_query(&mut self) {
        if !self.state.prefs.record_missed
            || self.query_opened
            || self.state.query.trim().is_empty()
        {
            return;
        }
        let query = std::mem::take(&mut self.state.query);
        if self.state.missed.record(&query) {
            self.save_missed();
        }
        self.state.query = query;
    }

    /// Goes to `view`. Leaving Home clears the search, so an old query never sits above
    /// an unrelated page; arriving Home puts the cursor in the search box.
    pub(in crate::ui) fn navigate(&mut self, view: View) {
        if view == self.state.view {
            return;
        }
        if let View::Item(id) = &view
            && !self.state.kiosk
        {
            self.change_user(|user| user.visited(id));
        }
        if view != View::Home && !self.state.query.is_empty() {
            if matches!(view, View::Item(_)) && !self.state.results.is_empty() {
                self.query_opened = true;
            }
            self.abandon_query();
            self.state.query.clear();
            self.state.results.clear();
            self.state.selected = 0;
        }
        if let View::ToCustomer { language, .. } = &view {
            self.read_language(*language);
        }
        let previous = std::mem::replace(&mut self.state.view, view);
        // Results of a search started on a page are no page of their own: that page is
        // already last in the history, and Back returns there (rule 4 in `keys`).
        if !std::mem::take(&mut self.search_from_page) {
            self.history.push(previous);
        }
        self.arrive();
    }

    /// Back (Esc, Alt+←, the button), by the rules in `keys`.
    pub(in crate::ui) fn back(&mut self) {
        if self.state.view == View::Home {
            if self.state.query.is_empty() {
                // Nothing to go back to from Home: never forward to an old page.
                self.focus_search = true;
                return;
            }
            let from_page = self.search_from_page;
            self.set_query(String::new());
            if from_page && let Some(page) = self.history.pop() {
                self.state.view = page;
            }
        } else {
            self.state.view = self.history.pop().unwrap_or(View::Home);
        }
        self.arrive();
    }

    /// What every page change does: open at the top, focus search on Home, and have
    /// the phrases page's list ready.
    pub(in crate::ui) fn arrive(&mut self) {
        self.state.copied = None;
        self.scroll_to_top = true;
        if self.state.view != View::Practice {
            self.pause_practice();
        }
        // Only Home takes the cursor to the search box; a request left from before
        // (the first frame's) must not follow the user to another page.
        self.focus_search = self.state.view == View::Home;
        self.leave_search = self.state.view != View::Home;
        if self.state.view == View::Phrases {
            self.filter_phrases();
        }
        if self.state.view == View::Packs {
            self.state.pack_rows = super::super::home::packs::rows(&self.state);
        }
        if self.state.view == View::SiteContacts {
            // The page opens on what is saved, not on boxes left half-filled.
            self.state.site_form = SiteForm::new(&self.state.site, &self.state.content);
        }
    }
}
