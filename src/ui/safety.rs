//! The safety choice (F2): both safety cards' first steps side by side, and who to call,
//! so a worker acts in one glance whichever kind of danger it is.

use egui::{FontId, RichText, Ui};

use super::{DefuseApp, queue::Commands, style, widgets};
use crate::content::CustomerType;

/// How many steps each card shows here; the rest are one click away.
const FIRST_STEPS: usize = 3;
/// Below this width the two cards stack.
const SIDE_BY_SIDE_WIDTH: f32 = 700.0;

pub fn safety_ui(app: &DefuseApp, tx: &mut Commands, ui: &mut Ui) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    ui.label(
        RichText::new(&app.strings.safety_heading)
            .font(FontId::new(body * 1.6, style::bold()))
            .color(palette.danger),
    );
    let cards: Vec<&CustomerType> = app.content.safety_cards().collect();
    let mut open = None;
    let width = ui.available_width();
    if width >= SIDE_BY_SIDE_WIDTH {
        ui.columns(cards.len().max(1), |cols| {
            for (col, card) in cols.iter_mut().zip(&cards) {
                if safety_card_ui(app, col, card) {
                    open = Some(card.id.clone());
                }
            }
        });
    } else {
        for card in &cards {
            if safety_card_ui(app, ui, card) {
                open = Some(card.id.clone());
            }
        }
    }
    contacts_ui(app, ui);
    if let Some(id) = open {
        tx.open(id);
    }
}

/// One safety card's title, summary and first steps as a red block; true if clicked.
fn safety_card_ui(app: &DefuseApp, ui: &mut Ui, card: &CustomerType) -> bool {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let width = ui.available_width() - 28.0;
    let response = widgets::block(ui, &card.title, palette.danger, width, |ui| {
        widgets::danger_heading(ui, &format!("{}  {}", card.icon, card.title), 1.4);
        ui.label(RichText::new(&card.summary).color(palette.danger_text));
        ui.add_space(6.0);
        ui.label(
            RichText::new(&app.strings.safety_first_steps)
                .strong()
                .color(palette.danger_text),
        );
        for (n, step) in card.steps.iter().take(FIRST_STEPS).enumerate() {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}. {step}", n + 1))
                        .size(body * 1.15)
                        .color(palette.danger_text),
                )
                .wrap(),
            );
        }
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("{} →", app.strings.open_full_card))
                .underline()
                .color(palette.danger_text),
        );
    });
    response.clicked()
}

/// The site's contacts: generic until an organisation's pack fills them in.
pub fn contacts_ui(app: &DefuseApp, ui: &mut Ui) {
    if app.content.contacts.is_empty() {
        return;
    }
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 4.0;
        ui.label(RichText::new(&app.strings.contacts).strong());
        egui::Grid::new("contacts")
            .num_columns(2)
            .spacing([12.0, 2.0])
            .show(ui, |ui| {
                for contact in &app.content.contacts {
                    ui.label(RichText::new(&contact.label).strong());
                    ui.add(egui::Label::new(&contact.value).wrap());
                    ui.end_row();
                }
            });
    });
}
