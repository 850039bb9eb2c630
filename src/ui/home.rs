//! The home screen: the safety entry, the customer types as tiles, favourites and recent.

use egui::{FontId, RichText, Ui};

use super::{DefuseApp, View, style, widgets};
use crate::content::{CustomerType, SAFETY_CARDS};

/// Tiles are at least this wide; the grid adds columns as the window grows.
const TILE_MIN_WIDTH: f32 = 260.0;

pub fn home_ui(app: &mut DefuseApp, ui: &mut Ui) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let width = ui.available_width();
    safety_entry_ui(app, ui, width);

    widgets::section_heading(ui, &app.strings.customer_types);
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
    for row in cards.chunks(columns) {
        ui.columns(columns, |cols| {
            for (col, card) in cols.iter_mut().zip(row) {
                let tile_width = col.available_width() - 28.0;
                let response =
                    widgets::block(col, &card.title, palette.tile_bg, tile_width, |ui| {
                        ui.set_min_height(body * 4.5);
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(&card.icon).size(body * 1.6));
                            ui.add(
                                egui::Label::new(
                                    RichText::new(&card.title)
                                        .font(FontId::new(body * 1.1, style::bold())),
                                )
                                .wrap(),
                            );
                        });
                        ui.label(RichText::new(&card.summary).color(palette.weak));
                    });
                if response.clicked() {
                    clicked = Some(card.id.clone());
                }
            }
        });
    }
    if let Some(id) = clicked {
        app.open(&id);
    }

    item_list_ui(
        app,
        ui,
        &app.strings.favourites.clone(),
        &app.user.favourites.clone(),
    );
    item_list_ui(
        app,
        ui,
        &app.strings.recent.clone(),
        &app.user.recent.clone(),
    );

    widgets::section_heading(ui, &app.strings.sections);
    ui.horizontal_wrapped(|ui| {
        for (label, view) in [
            (app.strings.phrases.clone(), View::Phrases),
            (app.strings.playbooks.clone(), View::Playbooks),
            (app.strings.principles.clone(), View::Principles),
        ] {
            if ui.button(label).clicked() {
                app.navigate(view);
            }
        }
    });
}

/// Both safety cards as red blocks at the top: threats or violence, and someone who
/// says they will hurt themselves. Side by side when there is room.
fn safety_entry_ui(app: &mut DefuseApp, ui: &mut Ui, width: f32) {
    let cards: Vec<CustomerType> = SAFETY_CARDS
        .iter()
        .filter_map(|id| app.content.customer_type(id).cloned())
        .collect();
    let mut clicked = None;
    let mut entry = |ui: &mut Ui, card: &CustomerType| {
        let palette = style::palette(ui);
        let body = widgets::ui_body(ui);
        let block_width = ui.available_width() - 28.0;
        let response = widgets::block(ui, &card.title, palette.danger, block_width, |ui| {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}  {}", card.icon, card.title))
                        .font(FontId::new(body * 1.3, style::bold()))
                        .color(palette.danger_text),
                )
                .wrap(),
            );
            ui.label(RichText::new(&card.summary).color(palette.danger_text));
        });
        if response.clicked() {
            clicked = Some(card.id.clone());
        }
    };
    if width >= 2.0 * TILE_MIN_WIDTH && cards.len() > 1 {
        ui.columns(cards.len(), |cols| {
            for (col, card) in cols.iter_mut().zip(&cards) {
                entry(col, card);
            }
        });
    } else {
        for card in &cards {
            entry(ui, card);
        }
    }
    if let Some(id) = clicked {
        app.open(&id);
    }
}

/// A heading and a link per item; nothing when the list is empty.
fn item_list_ui(app: &mut DefuseApp, ui: &mut Ui, heading: &str, ids: &[String]) {
    if ids.is_empty() {
        return;
    }
    widgets::section_heading(ui, heading);
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for id in ids {
            if let Some(item) = app.content.get(id)
                && ui.button(item.title()).clicked()
            {
                clicked = Some(id.clone());
            }
        }
    });
    if let Some(id) = clicked {
        app.open(&id);
    }
}
