//! The safety choice (F2): every safety situation as a compact red button (icon, title,
//! first steps) and who to call, so a worker picks the right card at a glance whichever
//! kind of danger it is; at 420×720 threats and self-harm with steps 1-3, and who to
//! call, come first, without scrolling. Home shows the same buttons, titles only.

use std::sync::Arc;

use egui::{FontId, Galley, RichText, Ui};

use crate::content::{Contact, CustomerType};
use crate::ui::{
    State,
    command::UiCommand,
    queue::{AppCommand, Commands},
    style, widgets,
};

/// A contact in "Who to call": its label and its number (or "not set"), laid out.
type Row = (Arc<Galley>, Arc<Galley>);

/// Buttons are at least this wide; a wider window gets more columns.
const BUTTON_MIN_WIDTH: f32 = 330.0;
/// The first this many situations (in `SAFETY_CARDS`: threats and self-harm) show
/// their first `LEAD_STEPS` steps; the others their first step where there is room
/// (several columns), or only their title (one column), so every situation still fits
/// a phone-sized window.
const LEAD_CARDS: usize = 2;
const LEAD_STEPS: usize = 3;

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
        contacts_ui(app, tx, ui, &all);
        return;
    }
    // One column (a phone-sized window): threats and self-harm with steps 1-3, then
    // who to call, all without scrolling at 420×720 (P1-3); then the others.
    ui.spacing_mut().item_spacing.y = 6.0;
    let first = LEAD_CARDS.min(cards.len());
    cards_ui(tx, ui, &cards[..first], true);
    contacts_ui(app, tx, ui, &all);
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
/// with `steps`, each shows its first steps where there is room.
pub fn situations_ui(app: &State, tx: &mut Commands, ui: &mut Ui, steps: bool) {
    let cards: Vec<&CustomerType> = app.content.safety_cards().collect();
    cards_ui(tx, ui, &cards, steps);
}

/// `cards` as red buttons in rows; with `steps`, the lead cards show `LEAD_STEPS`
/// steps and the others one where there are several columns.
fn cards_ui(tx: &mut Commands, ui: &mut Ui, cards: &[&CustomerType], steps: bool) {
    if cards.is_empty() {
        return;
    }
    let columns = columns(ui, cards.len());
    let steps_of = |n: usize| match (steps, n < LEAD_CARDS, columns > 1) {
        (false, _, _) => 0,
        (true, true, _) => LEAD_STEPS,
        (true, false, true) => 1,
        (true, false, false) => 0,
    };
    let mut open = None;
    for (r, row) in cards.chunks(columns).enumerate() {
        if columns == 1 {
            // One column needs no columns: the button takes the whole width, and its
            // steps the smallest type we use (16 px at zoom 1), so that threats and
            // self-harm with three steps each, and who to call, fit a 420×720 window.
            let size = ui.style().text_styles.get(&egui::TextStyle::Small);
            let size = size.map_or(widgets::ui_body(ui), |f| f.size);
            if let Some(card) = row.first()
                && situation_ui(ui, card, steps_of(r), size, 0.0)
            {
                open = Some(card.id.clone());
            }
            continue;
        }
        ui.columns(columns, |cols| {
            for (c, (col, card)) in cols.iter_mut().zip(row).enumerate() {
                let size = widgets::ui_body(col);
                if situation_ui(col, card, steps_of(r * columns + c), size, 20.0) {
                    open = Some(card.id.clone());
                }
            }
        });
    }
    if let Some(id) = open {
        tx.open(id);
    }
}

/// One situation: icon and title, and its first `steps` steps in type of `size`; true
/// if clicked. `gap` is left free to its right.
fn situation_ui(ui: &mut Ui, card: &CustomerType, steps: usize, size: f32, gap: f32) -> bool {
    let palette = style::palette(ui);
    let frame = egui::Frame::new()
        .fill(palette.danger)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(10, 6));
    let width = ui.available_width() - gap - 20.0;
    let response = widgets::framed_button_ui(ui, &card.title, frame, width, |ui| {
        ui.spacing_mut().item_spacing.y = 2.0;
        widgets::danger_heading_ui(ui, &format!("{}  {}", card.icon, card.title), 1.1);
        for (n, step) in card.steps.iter().take(steps).enumerate() {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}. {step}", n + 1))
                        .size(size)
                        .color(palette.danger_text),
                )
                .wrap(),
            );
        }
    });
    response.clicked()
}

/// Who to call: each contact's label and what the site calls for it (`site.ron`),
/// large and bold on one line, or a muted "not set"; two to a row where they fit.
/// The guidance text itself keeps its generic wording ("the police on your local
/// emergency number"): the search's passage vectors are keyed to that text. Under
/// the table, a small button opens the Site contacts page.
pub fn contacts_ui(app: &State, tx: &mut Commands, ui: &mut Ui, contacts: &[&Contact]) {
    if contacts.is_empty() {
        return;
    }
    let palette = style::palette(ui);
    let body = widgets::ui_body(ui);
    let number = FontId::new(body * 1.15, style::bold());
    let one_line = |ui: &Ui, text: RichText| -> Arc<Galley> {
        egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    };
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 2.0;
        // Rows as high as their text: a row is not a button.
        ui.spacing_mut().interact_size.y = 0.0;
        ui.label(RichText::new(&app.strings.contacts).strong());
        let rows: Vec<Row> = contacts
            .iter()
            .map(|contact| {
                // This computer's own setting first, then what a pack gives.
                let value = match app.site.number(&contact.id).or(contact.number.as_deref()) {
                    Some(n) => RichText::new(n).font(number.clone()),
                    None => RichText::new(&app.strings.not_set)
                        .italics()
                        .color(palette.weak),
                };
                (
                    one_line(ui, RichText::new(&contact.label).strong()),
                    one_line(ui, value),
                )
            })
            .collect();
        let widest = |pick: fn(&Row) -> &Arc<Galley>| {
            rows.iter().map(|r| pick(r).size().x).fold(0.0, f32::max)
        };
        let gap = 12.0;
        let width = ui.available_width();
        let pair = widest(|r| &r.0) + gap + widest(|r| &r.1);
        if rows.len() > 3 && 2.0 * pair + 2.0 * gap > width {
            // A long number ("SADAG 0800 567 567") in a narrow window: each contact's
            // label and number stay together on one line, as many to a line as fit.
            packed_ui(ui, rows, gap, width);
            set_contacts_button_ui(app, tx, ui);
            return;
        }
        let per_row = if rows.len() > 3 { 2 } else { 1 };
        egui::Grid::new("contacts")
            .num_columns(2 * per_row)
            .spacing([gap, 2.0])
            .min_row_height(0.0)
            .show(ui, |ui| {
                for (n, (label, value)) in rows.into_iter().enumerate() {
                    ui.label(label);
                    ui.label(value);
                    if n % per_row == per_row - 1 {
                        ui.end_row();
                    }
                }
            });
        set_contacts_button_ui(app, tx, ui);
    });
}

/// Contacts as (label, number) galleys, greedily as many to a line as fit `width`.
fn packed_ui(ui: &mut Ui, rows: Vec<Row>, gap: f32, width: f32) {
    let inner = 6.0;
    let mut lines: Vec<Vec<Row>> = Vec::new();
    let mut used = f32::INFINITY;
    for (label, value) in rows {
        let wide = label.size().x + inner + value.size().x;
        match lines.last_mut() {
            Some(line) if used + gap + wide <= width => {
                used += gap + wide;
                line.push((label, value));
            }
            _ => {
                used = wide;
                lines.push(vec![(label, value)]);
            }
        }
    }
    for line in lines {
        // Bottoms aligned: the small label sits on the large number's line.
        let high = line
            .iter()
            .map(|(label, value)| label.size().y.max(value.size().y))
            .fold(0.0, f32::max);
        let bottoms = egui::Layout::left_to_right(egui::Align::Max);
        ui.allocate_ui_with_layout(egui::vec2(width, high), bottoms, |ui| {
            ui.spacing_mut().item_spacing.x = inner;
            for (n, (label, value)) in line.into_iter().enumerate() {
                if n > 0 {
                    ui.add_space(gap - inner);
                }
                ui.label(label);
                ui.label(value);
            }
        });
    }
}

/// The small button under "Who to call" that opens the Site contacts page.
fn set_contacts_button_ui(app: &State, tx: &mut Commands, ui: &mut Ui) {
    // A kiosk's numbers are set by whoever runs it, not by the person at the screen.
    if app.kiosk {
        return;
    }
    ui.add_space(2.0);
    if ui.small_button(&app.strings.set_site_contacts).clicked() {
        tx.send(AppCommand::Ui(UiCommand::ShowSiteContacts));
    }
}
