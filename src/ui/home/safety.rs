//! The safety choice (F2): every safety situation as a compact red button (icon, title,
//! first step) and who to call, so a worker picks the right card at a glance whichever
//! kind of danger it is; at 420×720 threats, self-harm and who to call come first,
//! without scrolling. Home shows the same buttons.

use egui::{FontId, RichText, Ui};

use crate::content::{Contact, CustomerType};
use crate::ui::{State, queue::Commands, style, widgets};

/// Buttons are at least this wide; a wider window gets more columns.
const BUTTON_MIN_WIDTH: f32 = 330.0;
/// In one column, only this many situations (the first in `SAFETY_CARDS`: threats and
/// self-harm) show their first step, so every situation still fits a phone-sized window.
const STEPS_WHEN_NARROW: usize = 2;

pub fn safety_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
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
    let all: Vec<&Contact> = app.content.contacts.iter().collect();
    let cards: Vec<&CustomerType> = app.content.safety_cards().collect();
    if columns(ui, cards.len()) > 1 {
        cards_ui(tx, ui, &cards, true);
        ui.add_space(6.0);
        contacts_ui(app, ui, &all);
        return;
    }
    // One column (a phone-sized window): threats and self-harm with their first step,
    // then who to call, all without scrolling at 420×720 (P1-3); then the others.
    let first = STEPS_WHEN_NARROW.min(cards.len());
    cards_ui(tx, ui, &cards[..first], true);
    ui.add_space(6.0);
    contacts_ui(app, ui, &all);
    ui.add_space(6.0);
    cards_ui(tx, ui, &cards[first..], false);
}

/// How many columns of buttons `count` safety situations take in this width.
fn columns(ui: &Ui, count: usize) -> usize {
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.x;
    (((width + spacing) / (BUTTON_MIN_WIDTH + spacing)).floor() as usize)
        .clamp(1, count.clamp(1, 3))
}

/// Every loaded safety card as a red button that opens it, in `SAFETY_CARDS` order;
/// with `steps`, each shows its first step where there is room.
pub fn situations_ui(app: &State, tx: &mut Commands, ui: &mut Ui, steps: bool) {
    let cards: Vec<&CustomerType> = app.content.safety_cards().collect();
    cards_ui(tx, ui, &cards, steps);
}

/// `cards` as red buttons in rows; with `steps`, each shows its first step where
/// there is room (in one column, only the first `STEPS_WHEN_NARROW`).
fn cards_ui(tx: &mut Commands, ui: &mut Ui, cards: &[&CustomerType], steps: bool) {
    if cards.is_empty() {
        return;
    }
    let columns = columns(ui, cards.len());
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
    let response = widgets::framed_button_ui(ui, &card.title, frame, width, |ui| {
        ui.spacing_mut().item_spacing.y = 2.0;
        widgets::danger_heading_ui(ui, &format!("{}  {}", card.icon, card.title), 1.1);
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
pub fn contacts_ui(app: &State, ui: &mut Ui, contacts: &[&Contact]) {
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
