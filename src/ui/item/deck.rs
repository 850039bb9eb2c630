//! A training deck's page: who it is for, how long it takes, and its outline, each
//! slide opening the item it shows.

use egui::{RichText, Ui};

use crate::content::{Deck, model::Show};
use crate::present::slide_title;
use crate::ui::{
    State,
    command::UiCommand,
    queue::{AppCommand, Commands},
    style, widgets,
};

pub fn deck_ui(app: &State, tx: &mut Commands, ui: &mut Ui, deck: &Deck) {
    let palette = style::palette(ui);
    let meta = app.strings.deck_meta_of(deck);
    ui.add(egui::Label::new(RichText::new(meta).color(palette.weak)).wrap());
    // The deck's id, as the command line takes it (`defuse present <id>`).
    let command = format!("defuse present {}", deck.id);
    ui.add(egui::Label::new(RichText::new(command).monospace().color(palette.weak)).wrap());
    if ui.button(&app.strings.print_handouts).clicked() {
        tx.send(AppCommand::Ui(UiCommand::PrintHandouts));
    }
    widgets::section_heading_ui(ui, &app.strings.outline);
    let mut open = None;
    for (n, slide) in deck.slides.iter().enumerate() {
        let shown = slide.show.item_id().and_then(|id| app.content.get(id));
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(format!("{:>2}", n + 1)).strong());
            match (&slide.show, shown) {
                (Show::Free { title, .. }, _) => {
                    ui.label(RichText::new(&app.strings.free_slide).color(palette.weak));
                    ui.add(egui::Label::new(title.as_str()).wrap());
                }
                (_, Some(item)) => {
                    ui.label(RichText::new(app.strings.kind(item.kind())).color(palette.weak));
                    // Named as the grid and the presenter view name it.
                    let title = slide_title(&app.content, slide).unwrap_or_default();
                    if ui.link(title).clicked() {
                        open = Some(item.id().to_owned());
                    }
                }
                (_, None) => {}
            }
        });
    }
    if let Some(id) = open {
        tx.open(id);
    }
}
