//! Practice rounds: starting, marking, pausing and keeping one.

use crate::practice::{Mark, Round, Scope};
use crate::ui::{DefuseApp, TOAST_SECONDS, View};

impl DefuseApp {
    /// Practises `scope`: the paused round of it if there is one, else a new round.
    pub(in crate::ui) fn start_practice(&mut self, ctx: &egui::Context, scope: &Scope) {
        let paused = self.progress.resume();
        let round = match paused {
            Some(round) if round.scope() == scope && !round.is_done() => Some(round),
            other => {
                // A paused round of other pairs stays paused.
                if let Some(other) = other {
                    self.progress.pause(other);
                }
                match scope {
                    Scope::Deck(id) => Round::for_deck(&self.state.content, &self.progress, id),
                    Scope::Card(id) => Round::for_card(&self.state.content, &self.progress, id),
                    Scope::All => Round::all(&self.state.content, &self.progress),
                }
            }
        };
        let Some(round) = round else {
            let now = ctx.input(|i| i.time);
            self.state.toast = Some((
                self.state.strings.practice_nothing.clone(),
                now + TOAST_SECONDS,
            ));
            return;
        };
        self.state.round = Some(round);
        if self.state.view == View::Practice {
            self.arrive();
        } else {
            self.navigate(View::Practice);
        }
    }

    pub(in crate::ui) fn mark(&mut self, mark: Mark) {
        let Some(round) = &mut self.state.round else {
            return;
        };
        if round.mark(mark, &mut self.progress) {
            self.save_progress();
        }
    }

    /// Leaving the practice page keeps the round to resume.
    pub(in crate::ui) fn pause_practice(&mut self) {
        if let Some(round) = self.state.round.take() {
            self.progress.pause(round);
            self.save_progress();
        }
    }

    /// Writes the progress with the open round as paused, leaving it open: what a
    /// restart resumes if the app closes mid-round.
    pub(in crate::ui) fn keep_practice(&mut self) {
        let Some(round) = &self.state.round else {
            return;
        };
        let mut progress = self.progress.clone();
        progress.pause(round.clone());
        if let Err(e) = self.practice_store.save(&progress) {
            self.notice(e.to_string());
        }
    }

    pub(in crate::ui) fn save_progress(&mut self) {
        if let Err(e) = self.practice_store.save(&self.progress) {
            self.notice(e.to_string());
        }
    }
}
