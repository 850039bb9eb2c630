//! The safety choice (F2): every safety situation as a compact red button (icon, title,
//! first step) and who to call, all on one screen at 420×720, so a worker picks the
//! right card at a glance whichever kind of danger it is. Home shows the same buttons.

use egui::{FontId, RichText, Ui};

use super::{DefuseApp, queue::Commands, style, widgets};
use crate::content::{Contact, CustomerType};

/// Buttons are at least this wide; a wider window gets more columns.
const BUTTON_MIN_WIDTH: f32 = 330.0;
/// In one column, only this many situations (the first in `SAFETY_CARDS`: threats and
/// self-harm) show their first step, so every situation still fits a phone-sized window.
const STEPS_WHEN_NARROW: usize = 2;

pub fn safety_ui(app: &DefuseApp, tx: &mut Commands, ui: &mut Ui) {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    ui.add(
        egui::Label::new(
            RichText::new(&app.strings.safety_heading)
                .font(FontId::new(body * 1.25, style::bold()))
                .color(palette.danger),
        )
        .wrap(),
    );
    situations_ui(app, tx, ui, true);
    ui.add_space(6.0);
    let all: Vec<&Contact> = app.content.contacts.iter().collect();
    contacts_ui(app, ui, &all);
}

/// Every loaded safety card as a red button that opens it, in `SAFETY_CARDS` order;
/// with `steps`, each shows its first step where there is room.
pub fn situations_ui(app: &DefuseApp, tx: &mut Commands, ui: &mut Ui, steps: bool) {
    let cards: Vec<&CustomerType> = app.content.safety_cards().collect();
    if cards.is_empty() {
        return;
    }
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.x;
    let columns = (((width + spacing) / (BUTTON_MIN_WIDTH + spacing)).floor() as usize)
        .clamp(1, cards.len().min(3));
    let show_step = |n: usize| steps && (columns > 1 || n < STEPS_WHEN_NARROW);
    let mut open = None;
    for (r, row) in cards.chunks(columns).enumerate() {
        ui.columns(columns, |cols| {
            for (c, (col, card)) in cols.iter_mut().zip(row).enumerate() {
                if situation_ui(col, card, show_step(r * columns + c)) {
                    open = Some(card.id.clone());
                }
            }
        });
    }
    if let Some(id) = open {
        tx.open(id);
    }
}

/// One situation: icon and title, and its first step if asked; true if clicked.
fn situation_ui(ui: &mut Ui, card: &CustomerType, step: bool) -> bool {
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let width = ui.available_width() - 20.0;
    let frame = egui::Frame::new()
        .fill(palette.danger)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(10, 8));
    let response = widgets::framed_button(ui, &card.title, frame, width, |ui| {
        ui.spacing_mut().item_spacing.y = 2.0;
        widgets::danger_heading(ui, &format!("{}  {}", card.icon, card.title), 1.1);
        if step && let Some(first) = card.steps.first() {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("1. {first}"))
                        .size(body)
                        .color(palette.danger_text),
                )
                .wrap(),
            );
        }
    });
    response.clicked()
}

/// The site's contacts: generic until an organisation's pack fills them in.
pub fn contacts_ui(app: &DefuseApp, ui: &mut Ui, contacts: &[&Contact]) {
    if contacts.is_empty() {
        return;
    }
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 4.0;
        ui.label(RichText::new(&app.strings.contacts).strong());
        egui::Grid::new("contacts")
            .num_columns(2)
            .spacing([12.0, 2.0])
            .show(ui, |ui| {
                for contact in contacts {
                    ui.label(RichText::new(&contact.label).strong());
                    ui.add(egui::Label::new(&contact.value).wrap());
                    ui.end_row();
                }
            });
    });
}
