//! The home screen: the safety situations, favourites and recent, then the customer
//! types as tiles.

pub mod help;
pub mod packs;
pub mod safety;
pub mod sections;
pub mod site_contacts;

use egui::{FontId, RichText, Ui};

use super::{
    State, View,
    queue::{AppCommand, Commands},
    style, widgets,
};
use crate::content::{CustomerType, SAFETY_CARDS};

/// Tiles are at least this wide; the grid adds columns as the window grows.
const TILE_MIN_WIDTH: f32 = 260.0;

pub fn home_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let width = ui.available_width();
    // Every safety situation first, compact; then what the worker chose or saw last,
    // so neither sits below the customer types (`safety::situations_ui`).
    safety::situations_ui(app, tx, ui, false);
    if !app.kiosk {
        item_list_ui(app, tx, ui, &app.strings.favourites, &app.user.favourites);
        item_list_ui(app, tx, ui, &app.strings.recent, &app.user.recent);
    }

    widgets::section_heading_ui(ui, &app.strings.customer_types);
    let spacing = ui.spacing().item_spacing.x;
    let columns = ((width + spacing) / (TILE_MIN_WIDTH + spacing))
        .floor()
        .max(1.0) as usize;
    let mut clicked = None;
    let cards: Vec<_> = app
        .content
        .customer_types
        .iter()
        .filter(|c| !SAFETY_CARDS.contains(&c.id.as_str()))
        .collect();
    let column_width = (width - spacing * (columns as f32 - 1.0)) / columns as f32;
    for row in cards.chunks(columns) {
        // Tiles in a row share the tallest one's height, so the grid reads as a grid.
        let height = row
            .iter()
            .map(|card| tile_height(ui, card, column_width - 28.0))
            .fold(body * 3.0, f32::max);
        ui.columns(columns, |cols| {
            for (col, card) in cols.iter_mut().zip(row) {
                let tile_width = col.available_width() - 28.0;
                let response =
                    widgets::block_ui(col, &card.title, palette.tile_bg, tile_width, |ui| {
                        ui.set_min_height(height);
                        ui.horizontal_top(|ui| {
                            ui.label(RichText::new(&card.icon).size(body * 1.6));
                            ui.add(egui::Label::new(tile_title(&card.title, body)).wrap());
                        });
                        ui.add(
                            egui::Label::new(RichText::new(&card.summary).color(palette.weak))
                                .wrap(),
                        );
                    });
                if response.clicked() {
                    clicked = Some(card.id.clone());
                }
            }
        });
    }
    if let Some(id) = clicked {
        tx.open(id);
    }

    widgets::section_heading_ui(ui, &app.strings.sections);
    ui.horizontal_wrapped(|ui| {
        for (label, view) in [
            (&app.strings.phrases, View::Phrases),
            (&app.strings.playbooks, View::Playbooks),
            (&app.strings.principles, View::Principles),
            (&app.strings.decks, View::Decks),
        ] {
            if ui.button(label).clicked() {
                tx.send(AppCommand::Navigate(view));
            }
        }
    });
}

fn tile_title(title: &str, body: f32) -> RichText {
    RichText::new(title).font(FontId::new(body * 1.1, style::bold()))
}

/// The height a tile's contents need at `width`: the icon and title, then the summary.
fn tile_height(ui: &Ui, card: &CustomerType, width: f32) -> f32 {
    let body = widgets::ui_body(ui);
    let layout = |text: RichText, wrap: f32| {
        egui::WidgetText::from(text)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Wrap),
                wrap,
                egui::FontSelection::Default,
            )
            .size()
            .y
    };
    let icon = layout(RichText::new(&card.icon).size(body * 1.6), f32::INFINITY);
    let icon_width = body * 1.6 + ui.spacing().item_spacing.x;
    let title = layout(tile_title(&card.title, body), width - icon_width);
    let summary = layout(RichText::new(&card.summary), width);
    icon.max(title) + ui.spacing().item_spacing.y + summary
}

/// The favourites page (menu, F6): every starred item, and a hint when there is none.
pub fn favourites_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    ui.heading(&app.strings.favourites);
    if !app
        .user
        .favourites
        .iter()
        .any(|id| app.content.get(id).is_some())
    {
        ui.label(&app.strings.no_favourites);
    }
    item_list_ui(app, tx, ui, "", &app.user.favourites);
}

/// A heading and a link per item; nothing when the list is empty.
fn item_list_ui(app: &State, tx: &mut Commands, ui: &mut Ui, heading: &str, ids: &[String]) {
    // Ids this content does not have (a newer version's, or a pack's) stay saved,
    // unshown.
    let items: Vec<(&String, _)> = ids
        .iter()
        .filter_map(|id| Some((id, app.content.get(id)?)))
        .collect();
    if items.is_empty() {
        return;
    }
    if !heading.is_empty() {
        widgets::section_heading_ui(ui, heading);
    }
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for (id, item) in items {
            if ui.button(item.headline()).clicked() {
                clicked = Some(id.clone());
            }
        }
    });
    if let Some(id) = clicked {
        tx.open(id);
    }
}
