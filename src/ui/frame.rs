//! The window for one frame, drawn from the state as it is: the top bar and the page,
//! or a presentation and its presenter view.

use super::{
    State, View, chrome, chrome::Once, command::UiCommand, handouts, help, home, item, palette,
    practice, present, present::placement, presenter, queue::AppCommand, queue::Commands, safety,
    search, sections, site_contacts,
};
use crate::content::Kind;

/// Page content is centred and at most this wide; from `WIDE_WIDTH` on, wider, with
/// cards in two columns and type that grows with the window.
const MAX_CONTENT_WIDTH: f32 = 1100.0;
const WIDE_WIDTH: f32 = 1600.0;
const MAX_WIDE_CONTENT_WIDTH: f32 = 1800.0;

impl State {
    fn main_ui(&self, tx: &mut Commands, ui: &mut egui::Ui) {
        match &self.view {
            View::Home => home::home_ui(self, tx, ui),
            View::Safety => safety::safety_ui(self, tx, ui),
            View::Item(id) => item::item_ui(self, tx, ui, id),
            View::Phrases => sections::phrases_ui(self, tx, ui),
            View::Playbooks => sections::list_ui(self, tx, ui, Kind::Playbook),
            View::Principles => sections::list_ui(self, tx, ui, Kind::Principle),
            View::Decks => sections::list_ui(self, tx, ui, Kind::Deck),
            View::Favourites => home::favourites_ui(self, tx, ui),
            View::Help => help::help_ui(self, ui),
            View::Missed => help::missed_ui(self, tx, ui),
            View::Practice => practice::practice_ui(self, tx, ui),
            View::Handouts => handouts::handouts_ui(self, tx, ui),
            View::SiteContacts => site_contacts::site_contacts_ui(self, tx, ui),
            View::Packs => home::packs::packs_ui(self, tx, ui),
            View::ToCustomer { phrase, language } => {
                item::to_customer::to_customer_ui(self, ui, phrase, *language);
            }
        }
    }

    fn palette_ui(&self, tx: &mut Commands, ctx: &egui::Context) {
        if let Some(open) = &self.palette {
            palette::palette_ui(self, open, tx, ctx);
        }
    }

    /// A presentation: the slide fills the window; the presenter view opens in its own
    /// window (or fills this one, for a screenshot of it).
    pub(super) fn presentation_ui(&self, tx: &mut Commands, ui: &mut egui::Ui) {
        let Some(presenting) = &self.presenting else {
            return;
        };
        let now = ui.input(|i| i.time);
        let clock = chrono::Local::now().format("%H:%M").to_string();
        let state = presenter::PresenterState {
            show: &presenting.show,
            content: &self.content,
            strings: &self.strings,
            theme: self.prefs.projector,
            now,
            clock: &clock,
            projector_width: presenting.split_for.map_or(1.0, |s| s.x),
            covers_slide: false,
        };
        // The timer and clock move on their own.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(1));
        if presenting.presenter_only {
            egui::CentralPanel::default().show(ui, |ui| presenter::presenter_ui(state, tx, ui));
            self.palette_ui(tx, ui.ctx());
            return;
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let theme = self.prefs.projector;
                present::projector_ui(presenting, &self.content, &self.strings, theme, tx, ui);
            });
        if presenting.show.presenter() {
            let placed = presenting.presenter_window;
            let mut builder = egui::ViewportBuilder::default()
                .with_title(&self.strings.presenter_title)
                .with_inner_size(placed.size);
            if let Some(position) = placed.position {
                builder = builder.with_position(position);
            }
            ui.ctx()
                .show_viewport_immediate(presenter::viewport_id(), builder, |ui, _| {
                    // The palette opens here, never on the projected screen.
                    if self.palette.is_some() {
                        palette::palette_keys(ui.ctx(), tx);
                    } else if UiCommand::CommandPalette.consume(ui.ctx()) {
                        tx.send(AppCommand::Ui(UiCommand::CommandPalette));
                    } else {
                        present::present_keys(ui.ctx(), &presenting.show, tx);
                    }
                    if ui.input(|i| i.viewport().close_requested()) {
                        tx.send(AppCommand::Present(crate::present::Action::TogglePresenter));
                    }
                    // Told apart each frame: the trainer may drag it away, or back.
                    let covers_slide = ui.input(|i| {
                        let root = i.raw.viewports.get(&egui::ViewportId::ROOT);
                        let projector = root.and_then(|v| v.outer_rect);
                        placement::covers(i.viewport().outer_rect, projector)
                    });
                    let state = presenter::PresenterState {
                        covers_slide,
                        ..state
                    };
                    egui::CentralPanel::default().show(ui, |ui| {
                        presenter::presenter_ui(state, tx, ui);
                    });
                    self.palette_ui(tx, ui.ctx());
                });
        }
    }

    /// The whole window for one frame, drawn from the state as it is; what the user
    /// did comes back as commands in `tx`.
    pub(super) fn frame_ui(&self, tx: &mut Commands, ui: &mut egui::Ui, once: Once) {
        egui::Panel::top("top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::same(8)))
            .show(ui, |ui| {
                chrome::top_bar_ui(self, tx, ui, once);
                chrome::notices_ui(self, tx, ui);
            });
        chrome::toast_ui(self, ui);
        self.palette_ui(tx, ui.ctx());
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
                search::results::results_ui(self, tx, ui, once);
                return;
            }
            // The bar's room is kept even on a short page: a bar that appears once the
            // page is measured narrows it over the first frames, and Home's columns
            // could change between them.
            let mut scroll = egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
                .id_salt(format!("{:?}", self.view));
            if once.scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| {
                if once.scroll_by != 0.0 {
                    ui.scroll_with_delta_animation(
                        egui::vec2(0.0, -once.scroll_by),
                        egui::style::ScrollAnimation::none(),
                    );
                }
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
                        self.main_ui(tx, ui);
                    });
                });
            });
        });
    }
}
