//! The desktop app: state, navigation and the frame loop. Views live in sibling modules.

pub mod command;
mod help;
mod home;
mod item;
pub mod launch;
mod results;
mod safety;
pub mod screenshot;
mod sections;
pub mod strings;
pub mod style;
mod widgets;

use egui::{Key, RichText};
use serde::{Deserialize, Serialize};

use crate::{
    content::{Content, DEFAULT_LANGUAGE, Kind},
    missed::{Missed, MissedStore},
    search::{Analyzer, Hit, Index},
    user_data::{UserData, UserStore},
};
use command::UiCommand;
use strings::Strings;
use style::ThemeChoice;

/// How many results the list shows.
pub const RESULT_LIMIT: usize = 200;
pub(crate) const PREFS_KEY: &str = "defuse-prefs";

/// Preferences, kept in eframe's storage: losing them costs nothing the user made.
/// Unknown fields make the entry "not understood", so eframe's file is set aside rather
/// than written back without them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Prefs {
    pub theme: ThemeChoice,
    pub zoom: f32,
    /// Remember searches that found nothing, on this computer only. Off by default.
    pub record_missed: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            record_missed: false,
        }
    }
}

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The customer types, or search results while there is a query.
    Home,
    /// Both safety cards' first steps, and who to call (F2).
    Safety,
    Item(String),
    Phrases,
    Playbooks,
    Principles,
    Decks,
    Favourites,
    Help,
    /// Searches that found nothing, for the trainer (opt-in).
    Missed,
}

/// How the app starts: where its data lives and what it shows first.
#[derive(Debug, Default)]
pub struct AppOptions {
    /// Content to show instead of the bundled guidance.
    pub content: Option<Content>,
    /// A ready index of `content`, if one was built ahead (see `launch`).
    pub index: Option<Index>,
    pub store: UserStore,
    /// Where searches that found nothing are kept, when the user turns that on.
    pub missed: MissedStore,
    pub view: Option<View>,
    pub query: Option<String>,
    pub theme: Option<ThemeChoice>,
    /// Messages to show once at start (a settings file set aside, content problems).
    pub notices: Vec<String>,
    /// Whether preferences and egui's state may be written to eframe's storage: off
    /// for screenshots, and when a bad settings file could not be moved aside.
    pub save_settings: bool,
    pub screenshot: Option<screenshot::Capture>,
}

pub struct DefuseApp {
    content: Content,
    /// Built on the first query, so start-up does not wait for it.
    index: Option<Index>,
    strings: Strings,
    prefs: Prefs,
    user: UserData,
    store: UserStore,
    query: String,
    results: Vec<Hit>,
    /// Query words understood only through the thesaurus, and the word they became.
    understood: Vec<(String, String)>,
    /// Nothing matched the query well: the results are a best guess.
    weak: bool,
    /// Whether a result of the current query was opened (else it was abandoned).
    query_opened: bool,
    missed: Missed,
    missed_store: MissedStore,
    selected: usize,
    view: View,
    history: Vec<View>,
    focus_search: bool,
    /// Set on entering a page, so it opens at its top.
    scroll_to_top: bool,
    scroll_to_selected: bool,
    /// The results list's scroll offset and visible height, from the last frame.
    results_viewport: (f32, f32),
    notices: Vec<String>,
    phrase_filter: Option<String>,
    phrase_text: String,
    copied: Option<String>,
    /// A short message at the bottom of the window, and when it goes (egui time).
    toast: Option<(String, f64)>,
    save_settings: bool,
    screenshot: Option<screenshot::Capture>,
}

/// How long a toast stays, in seconds.
const TOAST_SECONDS: f64 = 2.5;
/// Below this width the search box gets its own row.
const NARROW_WIDTH: f32 = 600.0;
/// Page content is centred and at most this wide; from `WIDE_WIDTH` on, wider, with
/// cards in two columns and type that grows with the window.
const MAX_CONTENT_WIDTH: f32 = 1100.0;
const WIDE_WIDTH: f32 = 1600.0;
const MAX_WIDE_CONTENT_WIDTH: f32 = 1800.0;

impl std::fmt::Debug for DefuseApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DefuseApp")
            .field("view", &self.view)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl DefuseApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let ctx = &cc.egui_ctx;
        ctx.set_fonts(style::fonts());
        style::apply_sizes(ctx);
        // Zoom goes through our commands, so it is clamped and remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);

        let mut prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        if !(style::MIN_ZOOM..=style::MAX_ZOOM).contains(&prefs.zoom) {
            prefs.zoom = 1.0;
        }
        if let Some(theme) = options.theme {
            prefs.theme = theme;
        }
        prefs.theme.apply(ctx);
        ctx.set_zoom_factor(prefs.zoom);

        let mut notices = options.notices;
        let content = options.content.unwrap_or_else(|| {
            let loaded = crate::content::bundled::load(DEFAULT_LANGUAGE);
            notices.extend(loaded.problems.iter().map(ToString::to_string));
            loaded.content
        });
        let mut store = options.store;
        let (mut user, notice) = store.load();
        notices.extend(notice);
        user.retain_known(|id| content.get(id).is_some());
        let mut missed_store = options.missed;
        let (missed, missed_notice) = if prefs.record_missed {
            missed_store.load()
        } else {
            (Missed::default(), None)
        };
        notices.extend(missed_notice);

        let mut app = Self {
            index: options.index,
            content,
            strings: Strings::default(),
            prefs,
            user,
            store,
            query: String::new(),
            results: Vec::new(),
            understood: Vec::new(),
            weak: false,
            query_opened: false,
            missed,
            missed_store,
            selected: 0,
            view: View::Home,
            history: Vec::new(),
            focus_search: true,
            scroll_to_top: true,
            scroll_to_selected: false,
            results_viewport: (0.0, 0.0),
            notices,
            phrase_filter: None,
            phrase_text: String::new(),
            copied: None,
            toast: None,
            save_settings: options.save_settings && options.screenshot.is_none(),
            screenshot: options.screenshot,
        };
        if let Some(query) = options.query {
            app.set_query(query);
        }
        if let Some(view) = options.view {
            app.navigate(view);
        }
        app
    }

    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn results(&self) -> &[Hit] {
        &self.results
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn user_data(&self) -> &UserData {
        &self.user
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The message shown at the bottom of the window, if any.
    pub fn toast(&self) -> Option<&str> {
        self.toast.as_ref().map(|(text, _)| text.as_str())
    }

    /// The search index, built on first use if start-up did not build it.
    fn index(&mut self) -> &Index {
        self.index.get_or_insert_with(|| {
            Index::new(&self.content, Analyzer::for_language(DEFAULT_LANGUAGE))
        })
    }

    fn set_query(&mut self, query: String) {
        if query.trim().is_empty() {
            self.abandon_query();
        }
        if query.trim() != self.query.trim() {
            self.query_opened = false;
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
        }
        self.selected = 0;
        if self.view != View::Home && !self.query.trim().is_empty() {
            self.navigate(View::Home);
        }
    }

    /// A query left with no result opened found nothing useful: remember it, if the
    /// user asked for that.
    fn abandon_query(&mut self) {
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
            let message = e.to_string();
            if !self.notices.contains(&message) {
                self.notices.push(message);
            }
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

    fn clear_missed(&mut self) {
        self.missed.clear();
        self.save_missed();
    }

    /// Goes to `view`. Leaving Home clears the search, so an old query never sits above
    /// an unrelated page; arriving Home puts the cursor in the search box.
    fn navigate(&mut self, view: View) {
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
        self.history.push(previous);
        self.arrive();
    }

    fn back(&mut self) {
        if self.view == View::Home && !self.query.is_empty() {
            self.set_query(String::new());
        } else {
            self.view = self.history.pop().unwrap_or(View::Home);
        }
        self.arrive();
    }

    /// What every page change does: open at the top, focus search on Home.
    fn arrive(&mut self) {
        self.copied = None;
        self.scroll_to_top = true;
        if self.view == View::Home {
            self.focus_search = true;
        }
    }

    fn open(&mut self, id: &str) {
        self.navigate(View::Item(id.to_owned()));
    }

    fn toggle_favourite(&mut self, id: &str) {
        self.user.toggle_favourite(id);
        self.save_user();
    }

    /// User data is small: write it on every change, so nothing depends on a clean exit.
    fn save_user(&mut self) {
        if let Err(e) = self.store.save(&self.user) {
            let message = e.to_string();
            if !self.notices.contains(&message) {
                self.notices.push(message);
            }
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
                    self.toggle_favourite(&id);
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
        }
    }

    fn zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        self.prefs.zoom = zoom.clamp(style::MIN_ZOOM, style::MAX_ZOOM);
        ctx.set_zoom_factor(self.prefs.zoom);
    }

    /// Keys that act on the whole app; none fire while a text field has focus,
    /// except those that cannot be typed.
    fn handle_keys(&mut self, ctx: &egui::Context) {
        // Esc closes an open menu or list (egui does that as it draws it) and does
        // nothing else.
        if egui::Popup::is_any_open(ctx) && ctx.input(|i| i.key_pressed(Key::Escape)) {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        if let Some(command) = UiCommand::pressed(ctx, typing) {
            self.run(ctx, command);
        }
        if typing {
            return;
        }
        let showing_results = self.view == View::Home && !self.results.is_empty();
        if showing_results {
            self.result_keys(ctx);
        }
    }

    /// ↑/↓ move through results and Enter opens one, from the search box or not.
    fn result_keys(&mut self, ctx: &egui::Context) {
        let (down, up, enter) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                i.consume_key(egui::Modifiers::NONE, Key::Enter),
            )
        });
        let last = self.results.len().saturating_sub(1);
        if down {
            self.selected = (self.selected + 1).min(last);
            self.scroll_to_selected = true;
        }
        if up {
            self.selected = self.selected.saturating_sub(1);
            self.scroll_to_selected = true;
        }
        if enter && let Some(hit) = self.results.get(self.selected) {
            let id = hit.id.clone();
            self.open(&id);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        let narrow = ui.available_width() < NARROW_WIDTH;
        ui.horizontal(|ui| {
            let can_go_back = self.view != View::Home || !self.query.is_empty();
            let back = ui.add_enabled(can_go_back, egui::Button::new(&self.strings.back));
            if back
                .on_hover_text(UiCommand::Back.shortcut_text(ui.ctx()))
                .clicked()
            {
                self.back();
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                self.menu_ui(ui);
                let safety = egui::Button::new(
                    RichText::new(&self.strings.safety_short)
                        .color(egui::Color32::WHITE)
                        .strong(),
                )
                .fill(style::palette(ui).danger);
                let response = ui.add(safety).on_hover_text(format!(
                    "{} ({})",
                    self.strings.safety_tooltip,
                    UiCommand::SafetyCard.shortcut_text(ui.ctx())
                ));
                if response.clicked() {
                    self.navigate(View::Safety);
                }
                if !narrow {
                    // Right to left: the box is added before its label to stand after it.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        self.search_box_ui(ui);
                    });
                }
            });
        });
        if narrow {
            ui.horizontal(|ui| self.search_box_ui(ui));
        }
    }

    fn search_box_ui(&mut self, ui: &mut egui::Ui) {
        let label = ui.label(&self.strings.search_label);
        let width = ui.available_width() - 8.0;
        let mut query = self.query.clone();
        let output = egui::TextEdit::singleline(&mut query)
            .id_salt("search")
            .hint_text(&self.strings.search_hint)
            .desired_width(width)
            .return_key(None)
            .show(ui);
        let response = output.response.response.clone().labelled_by(label.id);
        // Home always has the cursor in the search box, unless the user moved it on.
        let nothing_focused = ui.ctx().memory(|m| m.focused().is_none());
        if self.focus_search || (self.view == View::Home && nothing_focused) {
            response.request_focus();
            self.focus_search = false;
        }
        if response.changed() {
            self.set_query(query);
        }
        // egui drops a text box's focus on Esc before we see it, so look at both.
        let esc = ui.input(|i| i.key_pressed(Key::Escape))
            && (response.has_focus() || response.lost_focus());
        if esc {
            ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape));
            if self.view == View::Home {
                // Clears the search (if any) and stays Home, ready to type.
                self.set_query(String::new());
                self.focus_search = true;
            } else {
                self.back();
            }
        } else if response.has_focus() && !self.results.is_empty() {
            let ctx = ui.ctx().clone();
            let before = self.view.clone();
            self.result_keys(&ctx);
            if self.view != before {
                response.surrender_focus();
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button("☰", |ui| {
            for command in [
                UiCommand::Home,
                UiCommand::SafetyCard,
                UiCommand::ShowFavourites,
                UiCommand::ShowPhrases,
                UiCommand::ShowPlaybooks,
                UiCommand::ShowPrinciples,
                UiCommand::ShowDecks,
                UiCommand::ShowHelp,
                UiCommand::ShowMissed,
                UiCommand::ZoomIn,
                UiCommand::ZoomOut,
                UiCommand::ZoomReset,
            ] {
                let button = egui::Button::new(command.label(&self.strings))
                    .shortcut_text(command.shortcut_text(ui.ctx()));
                if ui.add(button).clicked() {
                    let ctx = ui.ctx().clone();
                    self.run(&ctx, command);
                }
            }
            let theme = egui::Button::new(self.prefs.theme.label(&self.strings))
                .shortcut_text(UiCommand::CycleTheme.shortcut_text(ui.ctx()));
            if ui.add(theme).clicked() {
                let ctx = ui.ctx().clone();
                self.run(&ctx, UiCommand::CycleTheme);
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Menu"));
    }

    fn notices_ui(&mut self, ui: &mut egui::Ui) {
        if self.notices.is_empty() {
            return;
        }
        egui::Frame::new()
            .fill(style::palette(ui).escalate_bg)
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                for notice in &self.notices {
                    ui.label(notice);
                }
                if ui.button(&self.strings.dismiss).clicked() {
                    self.notices.clear();
                }
            });
    }

    fn toast_ui(&mut self, ctx: &egui::Context) {
        let Some((text, until)) = &self.toast else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if now >= *until {
            self.toast = None;
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(until - now));
        egui::Area::new(egui::Id::unique("defuse-toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -24.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| ui.strong(text.as_str()));
            });
    }

    fn main_ui(&mut self, ui: &mut egui::Ui) {
        match self.view.clone() {
            View::Home => home::home_ui(self, ui),
            View::Safety => safety::safety_ui(self, ui),
            View::Item(id) => item::item_ui(self, ui, &id),
            View::Phrases => sections::phrases_ui(self, ui),
            View::Playbooks => sections::list_ui(self, ui, Kind::Playbook),
            View::Principles => sections::list_ui(self, ui, Kind::Principle),
            View::Decks => sections::list_ui(self, ui, Kind::Deck),
            View::Favourites => home::favourites_ui(self, ui),
            View::Help => help::help_ui(self, ui),
            View::Missed => help::missed_ui(self, ui),
        }
    }
}

impl eframe::App for DefuseApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_keys(&ctx);
        egui::Panel::top("top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::same(8)))
            .show(ui, |ui| {
                self.top_bar_ui(ui);
                self.notices_ui(ui);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let wide = ui.available_width() >= WIDE_WIDTH;
            if wide {
                // Type grows with the window, so a card can be shown to a small group.
                let scale = (ui.available_width() / 1400.0).clamp(1.0, 1.35);
                for font in ui.style_mut().text_styles.values_mut() {
                    font.size *= scale;
                }
            }
            if self.view == View::Home && !self.query.trim().is_empty() {
                results::results_ui(self, ui);
                return;
            }
            let mut scroll = egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .id_salt(format!("{:?}", self.view));
            if std::mem::take(&mut self.scroll_to_top) {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| {
                let max = if wide {
                    MAX_WIDE_CONTENT_WIDTH
                } else {
                    MAX_CONTENT_WIDTH
                };
                let available = ui.available_width();
                let width = available.min(max);
                ui.horizontal_top(|ui| {
                    ui.add_space(((available - width) / 2.0).floor());
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        self.main_ui(ui);
                    });
                });
            });
        });
        self.toast_ui(&ctx);
        if let Some(capture) = &mut self.screenshot {
            capture.after_frame(&ctx);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // A search still on screen when the app closes was abandoned too.
        self.abandon_query();
        if self.save_settings {
            eframe::set_value(storage, PREFS_KEY, &self.prefs);
        }
    }

    /// egui's memory is what eframe writes even when the app saves nothing: without
    /// this, every screenshot run left a settings file behind.
    fn persist_egui_memory(&self) -> bool {
        self.save_settings
    }
}
