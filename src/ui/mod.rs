//! The desktop app: state, navigation and the frame loop. Views live in sibling modules.

pub mod command;
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
    search::{Analyzer, Hit, Index},
    user_data::{UserData, UserStore},
};
use command::UiCommand;
use strings::Strings;
use style::ThemeChoice;

/// How many results the list shows.
pub const RESULT_LIMIT: usize = 200;
const PREFS_KEY: &str = "defuse-prefs";

/// Preferences, kept in eframe's storage: losing them costs nothing the user made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub theme: ThemeChoice,
    pub zoom: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
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
}

/// How the app starts: where its data lives and what it shows first.
#[derive(Debug, Default)]
pub struct AppOptions {
    /// Content to show instead of the bundled guidance.
    pub content: Option<Content>,
    /// A ready index of `content`, if one was built ahead (see `launch`).
    pub index: Option<Index>,
    pub store: UserStore,
    pub view: Option<View>,
    pub query: Option<String>,
    pub theme: Option<ThemeChoice>,
    /// Messages to show once at start (a settings file set aside, content problems).
    pub notices: Vec<String>,
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
    selected: usize,
    view: View,
    history: Vec<View>,
    focus_search: bool,
    scroll_to_selected: bool,
    /// The results list's scroll offset and visible height, from the last frame.
    results_viewport: (f32, f32),
    notices: Vec<String>,
    phrase_filter: Option<String>,
    phrase_text: String,
    copied: Option<String>,
    screenshot: Option<screenshot::Capture>,
}

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
        let (mut user, notice) = options.store.load();
        notices.extend(notice);
        user.retain_known(|id| content.get(id).is_some());

        let mut app = Self {
            index: options.index,
            content,
            strings: Strings::default(),
            prefs,
            user,
            store: options.store,
            query: String::new(),
            results: Vec::new(),
            selected: 0,
            view: View::Home,
            history: Vec::new(),
            focus_search: true,
            scroll_to_selected: false,
            results_viewport: (0.0, 0.0),
            notices,
            phrase_filter: None,
            phrase_text: String::new(),
            copied: None,
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

    fn set_query(&mut self, query: String) {
        self.query = query;
        self.results = if self.query.trim().is_empty() {
            Vec::new()
        } else {
            self.index
                .get_or_insert_with(|| {
                    Index::new(&self.content, Analyzer::for_language(DEFAULT_LANGUAGE))
                })
                .search(&self.query, RESULT_LIMIT)
        };
        self.selected = 0;
        if self.view != View::Home && !self.query.trim().is_empty() {
            self.navigate(View::Home);
        }
    }

    fn navigate(&mut self, view: View) {
        if view == self.view {
            return;
        }
        if let View::Item(id) = &view {
            self.user.visited(id);
            self.save_user();
        }
        let previous = std::mem::replace(&mut self.view, view);
        self.history.push(previous);
        self.copied = None;
    }

    fn back(&mut self) {
        match self.history.pop() {
            Some(view) => self.view = view,
            None if self.view != View::Home => self.view = View::Home,
            None => self.set_query(String::new()),
        }
        self.copied = None;
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
            }
            UiCommand::ShowPhrases => self.navigate(View::Phrases),
            UiCommand::ShowPlaybooks => self.navigate(View::Playbooks),
            UiCommand::ShowPrinciples => self.navigate(View::Principles),
        }
    }

    fn zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        self.prefs.zoom = zoom.clamp(style::MIN_ZOOM, style::MAX_ZOOM);
        ctx.set_zoom_factor(self.prefs.zoom);
    }

    /// Keys that act on the whole app; none fire while a text field has focus,
    /// except those that cannot be typed.
    fn handle_keys(&mut self, ctx: &egui::Context) {
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
                // Right to left: the box is added before its label to stand after it.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    self.search_box_ui(ui);
                });
            });
        });
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
        if self.focus_search {
            response.request_focus();
            self.focus_search = false;
        }
        if response.changed() {
            self.set_query(query);
        }
        if response.has_focus() {
            let esc = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape));
            if esc {
                if self.query.is_empty() {
                    response.surrender_focus();
                } else {
                    self.set_query(String::new());
                }
            }
            if !self.results.is_empty() {
                let ctx = ui.ctx().clone();
                let before = self.view.clone();
                self.result_keys(&ctx);
                if self.view != before {
                    response.surrender_focus();
                }
            }
        } else if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
            // egui drops focus on Esc before we see it: treat it as "clear".
            self.set_query(String::new());
            response.request_focus();
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button("☰", |ui| {
            for command in [
                UiCommand::Home,
                UiCommand::ShowPhrases,
                UiCommand::ShowPlaybooks,
                UiCommand::ShowPrinciples,
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

    fn main_ui(&mut self, ui: &mut egui::Ui) {
        match self.view.clone() {
            View::Home => home::home_ui(self, ui),
            View::Safety => safety::safety_ui(self, ui),
            View::Item(id) => item::item_ui(self, ui, &id),
            View::Phrases => sections::phrases_ui(self, ui),
            View::Playbooks => sections::list_ui(self, ui, Kind::Playbook),
            View::Principles => sections::list_ui(self, ui, Kind::Principle),
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
            if self.view == View::Home && !self.query.trim().is_empty() {
                results::results_ui(self, ui);
                return;
            }
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .id_salt(format!("{:?}", self.view))
                .show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(1100.0));
                    self.main_ui(ui);
                });
        });
        if let Some(capture) = &mut self.screenshot {
            capture.after_frame(&ctx);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, PREFS_KEY, &self.prefs);
        }
    }
}
