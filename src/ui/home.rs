//! The home screen: the safety entry, the customer types as tiles, favourites and recent.

use egui::{FontId, RichText, Ui};

use super::{DefuseApp, View, style, widgets};

/// Tiles are at least this wide; the grid adds columns as the window grows.
const TILE_MIN_WIDTH: f32 = 260.0;

pub fn home_ui(app: &mut DefuseApp, ui: &mut Ui) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let width = ui.available_width();
    let safety = widgets::block(
        ui,
        &app.strings.safety_button,
        palette.danger,
        width - 28.0,
        |ui| {
            ui.label(
                RichText::new(&app.strings.safety_button)
                    .font(FontId::new(body * 1.4, style::bold()))
                    .color(palette.danger_text),
            );
            if let Some(card) = app.content.customer_type("threatening") {
                ui.label(RichText::new(&card.summary).color(palette.danger_text));
            }
        },
    );
    if safety.clicked() {
        app.open("threatening");
    }

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
        .filter(|c| c.id != "threatening")
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
