//! Every change to the app's state: the commands views and keys send, applied once a
//! frame. What each command does lives with its job in the modules below.

mod customer_language;
pub mod dialogs;
mod files;
mod navigate;
mod palette;
mod practice;
mod present;
pub mod reload;

pub(in crate::ui) use customer_language::{LanguageRead, LanguageReads};

use super::{DefuseApp, TOAST_SECONDS, View, command::UiCommand, handouts, queue::AppCommand};
use crate::{
    export,
    practice::{Mark, Scope},
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
            AppCommand::Navigate(view) => {
                let personal = matches!(
                    view,
                    View::Favourites | View::Missed | View::SiteContacts | View::Packs
                );
                if !(self.state.kiosk && personal) {
                    self.navigate(view);
                }
            }
            AppCommand::SetQuery(query) => self.set_query(query),
            AppCommand::ClearSearch => {
                self.set_query(String::new());
                self.focus_search = true;
            }
            AppCommand::MoveSelection(by) => {
                let last = self.state.results.len().saturating_sub(1);
                self.state.selected = self.state.selected.saturating_add_signed(by).min(last);
                self.scroll_to_selected = true;
            }
            AppCommand::SelectResult(n) => {
                if n < self.state.results.len() {
                    self.state.selected = n;
                }
            }
            AppCommand::OpenSelected => {
                if let Some(hit) = self.state.results.get(self.state.selected) {
                    self.navigate(View::Item(hit.id.clone()));
                }
            }
            AppCommand::ResultsViewport(offset, height) => {
                self.state.results_viewport = (offset, height);
            }
            AppCommand::ToggleFavourite(_)
            | AppCommand::SetRecordMissed(_)
            | AppCommand::SaveSite
                if self.state.kiosk => {}
            AppCommand::ToggleFavourite(id) => self.toggle_favourite(&id),
            AppCommand::CopyPhrase { id, text } => {
                ctx.copy_text(text);
                self.state.copied = Some(id);
            }
            AppCommand::SetPhraseSituation(situation) => {
                self.state.phrase_filter = situation;
                self.filter_phrases();
            }
            AppCommand::SetPhraseText(text) => {
                self.state.phrase_text = text;
                self.filter_phrases();
            }
            AppCommand::SetRecordMissed(on) => self.set_record_missed(ctx, on),
            AppCommand::SetLanguage(language) => {
                self.change_prefs(ctx, |p| p.language = Some(language));
            }
            AppCommand::ClearMissed => {
                self.state.missed.clear();
                self.save_missed();
            }
            AppCommand::DismissNotices => self.state.notices.clear(),
            AppCommand::StartPresenting {
                id,
                page,
                presenter_only,
            } => self.start_presenting(ctx, id, page, presenter_only),
            AppCommand::StartPractice(scope) => self.start_practice(ctx, &scope),
            AppCommand::SetReply(text) => {
                if let Some(round) = &mut self.state.round {
                    *round.reply_mut() = text;
                }
            }
            AppCommand::SetHandoutForm(form) => self.state.handout = form,
            AppCommand::WriteHandout => {
                let form = &self.state.handout;
                let scope = match form.deck.as_deref() {
                    Some(id) => export::Scope::deck(&self.state.content, id),
                    None => Ok(export::Scope::All),
                };
                let dir = std::path::PathBuf::from(form.dir.trim());
                let written = scope.and_then(|scope| {
                    export::write(
                        &self.state.content,
                        &self.state.strings,
                        &dir,
                        scope,
                        export::Print {
                            layout: form.layout,
                            paper: form.paper,
                            two_up: form.two_up,
                        },
                    )
                });
                self.state.handout.written = Some(written.map_err(|e| e.to_string()));
            }
            AppCommand::ChooseHandoutFolder => self.choose_folder(ctx),
            AppCommand::HandoutFolderChosen(picked) => self.handout_folder_chosen(picked),
            AppCommand::InstallPack(from) => self.install_pack(ctx, from),
            AppCommand::PackInstalled(outcome) => self.pack_installed(ctx, outcome),
            AppCommand::SetSiteForm(form) => self.state.site_form = form,
            AppCommand::SaveSite => {
                self.save_site();
                // The numbers are this PC's own layer: the guidance text says them too.
                self.reload(ctx);
            }
            AppCommand::OpenFolder(dir) => {
                if let Err(e) = handouts::open_folder(&dir) {
                    self.notice(format!("{}: {e}", dir.display()));
                }
            }
            AppCommand::MeaningLoaded(loaded) => {
                self.state.meaning_progress = loaded.0.as_ref().ok().and_then(|m| {
                    let built = m.built;
                    (built.missing > 0).then_some((built.embedded, built.embedded + built.missing))
                });
                if let Some(why) = self.meaning.loaded(loaded) {
                    self.state.notices.push(self.state.strings.meaning_off(why));
                } else if !self.state.query.trim().is_empty() {
                    self.meaning
                        .ask(&self.state.query, self.index.reach(&self.state.query));
                }
            }
            AppCommand::PaletteQuery(query) => self.palette_query(query),
            AppCommand::PaletteMove(by) => self.palette_move(by),
            AppCommand::PaletteChoose(row) => self.palette_choose(ctx, row),
            AppCommand::ClosePalette => self.close_palette(ctx),
            AppCommand::QueryMeaning { query, scores } => self.rerank(&query, &scores),
            AppCommand::Reload => self.reload(ctx),
            AppCommand::Reloaded(reloaded) => self.reloaded(ctx, &reloaded),
            AppCommand::LanguageRead(read) => self.language_read(read),
            AppCommand::Present(action) => {
                let now = ctx.input(|i| i.time);
                if let Some(presenting) = &mut self.state.presenting {
                    presenting.show.apply(action, now);
                }
            }
        }
    }

    pub(in crate::ui) fn run(&mut self, ctx: &egui::Context, command: UiCommand) {
        if self.state.kiosk && !command.in_kiosk() {
            return;
        }
        match command {
            UiCommand::FocusSearch => self.focus_search = true,
            UiCommand::CommandPalette => self.toggle_palette(ctx),
            UiCommand::Back => self.back(),
            UiCommand::Home => {
                self.set_query(String::new());
                self.navigate(View::Home);
            }
            UiCommand::SafetyCard => self.navigate(View::Safety),
            UiCommand::ToggleFavourite => {
                if let View::Item(id) = self.state.view.clone() {
                    self.toggle_favourite(&id);
                }
            }
            UiCommand::ZoomIn => self.zoom(ctx, self.state.prefs.zoom * 1.1),
            UiCommand::ZoomOut => self.zoom(ctx, self.state.prefs.zoom / 1.1),
            UiCommand::ZoomReset => self.zoom(ctx, 1.0),
            UiCommand::CycleTheme => {
                let next = self.state.prefs.theme.next();
                self.change_prefs(ctx, |p| p.theme = next);
                self.state.prefs.theme.apply(ctx);
                let text = self.state.prefs.theme.label(&self.state.strings).to_owned();
                self.state.toast = Some((text, ctx.input(|i| i.time) + TOAST_SECONDS));
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
                let open = match &self.state.view {
                    View::Item(id) => Some(id.as_str()),
                    _ => None,
                };
                let page = match &self.resume {
                    Some((id, page)) if open == Some(id.as_str()) => *page,
                    _ => 0,
                };
                self.start_presenting(ctx, None, page, false);
            }
            UiCommand::ProjectorTheme => {
                let next = self.state.prefs.projector.toggled();
                self.change_prefs(ctx, |p| p.projector = next);
            }
            UiCommand::LeavePresentation => self.stop_presenting(ctx),
            UiCommand::Practise => {
                let scope = match &self.state.view {
                    View::Item(id) if self.state.content.decks.iter().any(|d| &d.id == id) => {
                        Scope::Deck(id.clone())
                    }
                    View::Item(id) if self.state.content.customer_type(id).is_some() => {
                        Scope::Card(id.clone())
                    }
                    _ => Scope::All,
                };
                self.start_practice(ctx, &scope);
            }
            UiCommand::ShowAnswer => {
                if let Some(round) = &mut self.state.round {
                    round.reveal();
                }
            }
            UiCommand::PrintHandouts => {
                if let View::Item(id) = &self.state.view
                    && self.state.content.decks.iter().any(|d| &d.id == id)
                {
                    self.state.handout.deck = Some(id.clone());
                }
                self.navigate(View::Handouts);
            }
            UiCommand::ShowSiteContacts => self.navigate(View::SiteContacts),
            UiCommand::ShowPacks => self.navigate(View::Packs),
            UiCommand::ReloadPacks => self.reload(ctx),
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
}
